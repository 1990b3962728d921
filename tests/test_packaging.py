"""Packaging checks that run in the normal suite: the spec, the desktop entry, the metainfo, the icons, the
Windows script, and the self-test the bundle runs. The full build is `make package-test`."""
import ast
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import regviz

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


@pytest.fixture
def out(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "BUILD", tmp_path)
    return tmp_path


def _spec_value(name):
    tree = ast.parse((ROOT / "packaging" / "regviz.spec").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def test_the_spec_collects_torchvisions_operator_libraries_and_drops_triton():
    hidden = _spec_value("hiddenimports")
    for name in ("torchvision._C_stable", "torchvision.image_stable"):
        assert name in hidden
        assert importlib.util.find_spec(name) is not None, f"{name} is not in this torchvision"
    for name in hidden:
        if name.startswith("regviz."):
            assert importlib.util.find_spec(name) is not None, f"hidden import {name} does not exist"
    assert "triton" in _spec_value("excludes") and "PySide6.QtQuick" in _spec_value("excludes")
    compile((ROOT / "packaging" / "regviz.spec").read_text(), "regviz.spec", "exec")


def test_one_version_everywhere(out):
    meta = build.metainfo().read_text()
    assert f'<release version="{regviz.__version__}"' in meta and build.version() == regviz.__version__
    assert f'#define AppVersion "{regviz.__version__}"' in build.inno().read_text()
    assert 'version = {attr = "regviz.__version__"}' in (ROOT / "pyproject.toml").read_text()


def test_the_desktop_entry_has_what_a_menu_needs():
    import configparser

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / f"{build.APP_ID}.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "regviz" and section["Icon"] == build.APP_ID
    assert "Education;" in section["Categories"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed "
                    "(.ci/run installs it)")
def test_desktop_file_validate_passes():
    result = subprocess.run(["desktop-file-validate", str(ROOT / "packaging" / "linux" / f"{build.APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream is not installed (.ci/run installs it)")
def test_appstream_metainfo_validates(out):
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(build.metainfo())],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_are_rendered_for_every_platform(tmp_path):
    """In a child process: rendering needs a QGuiApplication, and one left in this process would break the
    window tests that follow (they need a QApplication)."""
    from PIL import Image

    env = dict(os.environ, REGVIZ_BUILD_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "icons"], check=True, env=env,
                   capture_output=True, timeout=120)
    folder = tmp_path / "icons"
    for size in build.ICON_SIZES:
        with Image.open(folder / f"{size}.png") as image:
            assert image.size == (size, size) and image.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(folder / "regviz.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
    with Image.open(folder / "regviz.icns") as icns:
        assert icns.size[0] >= 256


def test_the_self_test_passes_here(tmp_path):
    """What the bundle runs with a cleared environment; here from the source install."""
    result = subprocess.run([sys.executable, "-m", "regviz", "--self-test"], capture_output=True, text=True,
                            timeout=240, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                                              "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout and "tabs drawn" in result.stdout


def test_every_package_is_installed_by_a_non_editable_install():
    """pyproject lists packages by hand: a missing one works in the editable dev install and breaks every real
    install (the bundle's self-test found regviz.ui.panels missing)."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "regviz").rglob("__init__.py")}
    found |= {"regviz.resources." + p.parent.name for p in (ROOT / "resources").glob("*/__init__.py")}
    found.add("regviz.resources")
    assert found <= listed, f"not in pyproject's packages: {sorted(found - listed)}"
