"""Builds regviz's installers from the PyInstaller bundle: `python packaging/build.py STEP…`.

Steps: icons, metainfo, bundle, deb, tar, inno, validate, check (the bundle's self-test with a cleared
environment and the .deb's contents), all (= icons metainfo validate bundle deb tar inno). `make package` runs
`all` in a dedicated venv; `make package-test` runs `all check`. Everything lands in build/ and dist/.
"""
from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "packaging"
BUILD = Path(os.environ.get("REGVIZ_BUILD_DIR", ROOT / "build"))  # the tests build icons into a temporary folder
DIST = ROOT / "dist"
APP_ID = "io.github.regviz"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Qt's xcb platform plugin and its GL/font/D-Bus integrations load from the system.
DEB_DEPENDS = ("libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libegl1, libgl1, "
               "libfontconfig1, libdbus-1-3")


def version() -> str:
    return re.search(r'__version__ = "([^"]+)"', (ROOT / "regviz" / "__init__.py").read_text()).group(1)


def deb_arch() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def run(*cmd, **kwargs) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


# -- icons and metadata -------------------------------------------------------------------------------------
def icons() -> Path:
    """PNGs of every size from resources/regviz.svg (Qt's SVG renderer), plus .ico and .icns (Pillow)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = BUILD / "icons"
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "regviz.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/regviz.svg is not a valid SVG")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"{size}.png"))
    largest = Image.open(out / "256.png")
    largest.save(out / "regviz.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(out / "512.png").save(out / "regviz.icns")
    print(f"icons -> {out}")
    return out


def metainfo() -> Path:
    out = BUILD / "linux" / f"{APP_ID}.metainfo.xml"
    out.parent.mkdir(parents=True, exist_ok=True)
    text = (HERE / "linux" / f"{APP_ID}.metainfo.xml.in").read_text()
    out.write_text(text.replace("@VERSION@", version()).replace("@DATE@", date.today().isoformat()))
    return out


def validate() -> None:
    """desktop-file-validate and appstreamcli (Debian's desktop-file-utils and appstream packages)."""
    desktop = HERE / "linux" / f"{APP_ID}.desktop"
    run("desktop-file-validate", desktop)
    run("appstreamcli", "validate", "--no-net", "--pedantic", metainfo())


# -- the bundle ---------------------------------------------------------------------------------------------
def bundle() -> Path:
    started = time.perf_counter()
    BUILD.mkdir(parents=True, exist_ok=True)
    # From build/, not the repository root: `python -m` puts the working folder first on sys.path, and the
    # source tree's regviz/ lacks regviz.resources (setuptools maps it from resources/ at install time). The
    # bundle must be made from the installed package.
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", DIST,
        "--workpath", BUILD / "pyinstaller", HERE / "regviz.spec", cwd=BUILD)
    folder = DIST / "regviz"
    print(f"bundle -> {folder}: {_size(folder)} in {time.perf_counter() - started:.0f} s")
    return folder


def _size(path: Path) -> str:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file() and not f.is_symlink()]
    total = sum(f.stat().st_size for f in files)
    return f"{total / 1e9:.2f} GB" if total > 1e9 else f"{total / 1e6:.0f} MB"


def _install_tree(root: Path, prefix: str = "/opt/regviz") -> None:
    """The Linux layout: the bundle in /opt, a command in /usr/bin, desktop entry, icons and metainfo."""
    shutil.copytree(DIST / "regviz", root / prefix.lstrip("/"), symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/regviz").symlink_to(f"{prefix}/regviz")
    apps = root / "usr/share/applications"
    apps.mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{APP_ID}.desktop", apps)
    meta = root / "usr/share/metainfo"
    meta.mkdir(parents=True)
    shutil.copy(metainfo(), meta)
    for size in ICON_SIZES:
        folder = root / f"usr/share/icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copy(BUILD / "icons" / f"{size}.png", folder / f"{APP_ID}.png")
    scalable = root / "usr/share/icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "regviz.svg", scalable / f"{APP_ID}.svg")


def deb() -> Path:
    name = f"regviz_{version()}_{deb_arch()}"
    root = BUILD / "deb" / name
    shutil.rmtree(root, ignore_errors=True)
    _install_tree(root)
    size_kb = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN/control").write_text(
        f"Package: regviz\nVersion: {version()}\nArchitecture: {deb_arch()}\nMaintainer: regviz contributors "
        f"<regviz@users.noreply.github.com>\nInstalled-Size: {size_kb}\nDepends: {DEB_DEPENDS}\nSection: "
        "education\nPriority: optional\nHomepage: https://github.com/regviz/regviz\nDescription: see "
        "regularization in neural networks working, live\n A desktop demonstrator for teaching L2 and L1 "
        "penalties, dataset augmentation,\n dropout, batch normalization and adversarial training with FGSM. "
        "Runs offline;\n Python and PyTorch are bundled in /opt/regviz.\n")
    out = DIST / f"{name}.deb"
    # gzip -1: the bundle is mostly already-compressed shared libraries; xz would take many minutes for ~1 %.
    run("dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", root, out)
    print(f"deb -> {out} ({_size(out)})")
    return out


def tar() -> Path:
    name = f"regviz-{version()}-linux-{platform.machine()}"
    stage = BUILD / "tar" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(DIST / "regviz", stage / "regviz", symlinks=True)
    shutil.copy(HERE / "linux" / f"{APP_ID}.desktop", stage)
    shutil.copy(metainfo(), stage)
    shutil.copy(BUILD / "icons" / "256.png", stage / f"{APP_ID}.png")
    shutil.copy(HERE / "linux" / "INSTALL.txt", stage)
    out = DIST / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=1) as archive:
        archive.add(stage, arcname=name)
    print(f"tar -> {out} ({_size(out)})")
    return out


def inno() -> Path:
    """The Windows installer script, with this version (build it on Windows: see packaging/README.md)."""
    out = BUILD / "windows" / "regviz.iss"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text((HERE / "windows" / "regviz.iss.in").read_text().replace("@VERSION@", version()))
    print(f"inno -> {out}")
    return out


# -- checks -------------------------------------------------------------------------------------------------
def check() -> None:
    """The bundle's self-test with a cleared environment (no system Python, CUDA or library paths can hide a
    missing piece), then the .deb's contents."""
    run("env", "-i", "PATH=/usr/bin:/bin", "QT_QPA_PLATFORM=offscreen", f"HOME={BUILD / 'home'}",
        DIST / "regviz" / "regviz", "--self-test")
    out = DIST / f"regviz_{version()}_{deb_arch()}.deb"
    unpacked = BUILD / "deb-check"
    shutil.rmtree(unpacked, ignore_errors=True)
    run("dpkg-deb", "-x", out, unpacked)
    listing = subprocess.run(["dpkg-deb", "-c", str(out)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/regviz/regviz", "./usr/bin/regviz", f"./usr/share/applications/{APP_ID}.desktop",
                 f"./usr/share/metainfo/{APP_ID}.metainfo.xml", f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png"):
        if path not in listing:
            raise SystemExit(f".deb is missing {path}")
    run("desktop-file-validate", unpacked / f"usr/share/applications/{APP_ID}.desktop")
    run("appstreamcli", "validate", "--no-net", unpacked / f"usr/share/metainfo/{APP_ID}.metainfo.xml")
    print("check: bundle self-test passed; .deb unpacks to a validating desktop entry")


STEPS = {"icons": icons, "metainfo": metainfo, "validate": validate, "bundle": bundle, "deb": deb, "tar": tar,
         "inno": inno, "check": check}


def main(argv: list[str]) -> int:
    steps = []
    for arg in argv or ["all"]:
        steps += ["icons", "metainfo", "validate", "bundle", "deb", "tar", "inno"] if arg == "all" else [arg]
    for step in steps:
        if step not in STEPS:
            print(f"unknown step {step!r}; steps: {', '.join(STEPS)}, all", file=sys.stderr)
            return 2
        STEPS[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
