#!/usr/bin/env bash
# macOS: build dist/regviz.app with PyInstaller (the spec's BUNDLE step), then a compressed disk image.
# Run from the repository root on a Mac: bash packaging/macos/make_dmg.sh
set -euo pipefail
make package-venv
.venv-package/bin/python packaging/build.py icons bundle
VERSION=$(.venv-package/bin/python -c "import regviz; print(regviz.__version__)")
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R dist/regviz.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "regviz $VERSION" -srcfolder "$STAGE" -ov -format UDZO "dist/regviz-$VERSION-macos.dmg"
# Unsigned apps are quarantined when downloaded: sign and notarize with your Developer ID, or tell users to
# right-click > Open the first time (packaging/README.md).
