"""A screen reader's view, for real (issue 27, item 3): the app, started from the venv under Xvfb inside its own
D-Bus session with Qt's AT-SPI bridge on, read through AT-SPI by Debian's python3-pyatspi with the system Python
(tests/ui/atspi_probe.py) — the path Orca reads. The named controls must be there with the names the offscreen
test gives them, and the plots with descriptions.

Runs in make test's real-X step (marker realscreen, under xvfb-run). Skips where X, dbus-run-session or
python3-pyatspi is missing; when CI=true it fails instead (.ci/run installs at-spi2-core and python3-pyatspi)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.realscreen, pytest.mark.timeout(120)]

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")
# Names a screen reader must hear: the toolbar's actions, the dock's sliders and fields (named from the words
# beside them by ui.access), a tab, and a plot.
WANTED = ["Play", "Step", "Learning rate", "Learning rate value", "Seed", "Preset", "L2 λ Σ w²", "Training",
          "Decision boundary"]


def _missing() -> str | None:
    if not os.environ.get("DISPLAY"):
        return "no X display (run under xvfb-run, as make test does)"
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session is missing (Debian: dbus-daemon)"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"],
                                                         capture_output=True).returncode != 0:
        return "python3-pyatspi is missing (Debian: apt-get install at-spi2-core python3-pyatspi)"
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        return "at-spi2-core is missing (Debian: apt-get install at-spi2-core)"
    return None


def test_the_accessible_tree_names_the_controls_on_at_spi(tmp_path):
    missing = _missing()
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the AT-SPI check cannot run: {missing}")
        pytest.skip(missing)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=str(tmp_path / "config"), REGVIZ_DATA_DIR=str(tmp_path / "data"),
               HOME=str(tmp_path))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # its own session bus, never the user's
    app = [sys.executable, "-m", "regviz"]
    result = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(PROBE), json.dumps(WANTED), *app],
                            env=env, capture_output=True, text=True, timeout=100)
    nodes = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("[")]
    names = {name for _role, name, _ in nodes}
    assert nodes, f"nothing read from AT-SPI (exit {result.returncode}):\n{result.stderr[-3000:]}"
    assert set(WANTED) <= names, f"missing on AT-SPI: {sorted(set(WANTED) - names)}\n{result.stderr[-2000:]}"
    sliders = [name for role, name, _ in nodes if role == "slider"]
    assert sliders and all(sliders), f"a slider without a name on AT-SPI: {sliders}"
    boundary = [desc for _role, name, desc in nodes if name == "Decision boundary"]
    assert any(boundary), "the decision boundary has no description on AT-SPI"
