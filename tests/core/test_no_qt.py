"""regviz/core must never import a GUI module (napari's forbidden-import contract)."""
import pkgutil
import subprocess
import sys

import regviz.core


def test_core_imports_no_gui_module():
    modules = [m.name for m in pkgutil.walk_packages(regviz.core.__path__, "regviz.core.")]
    assert {"regviz.core.maths.regularizers", "regviz.core.run.training", "regviz.core.content.session"} <= set(modules)
    assert len(modules) >= 24
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'superqt', 'qtpy'))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"regviz.core pulled in GUI modules: {out}"


def test_cli_train_imports_no_gui_module(tmp_path):
    code = ("import sys\nfrom regviz.cli import main\n"
            f"main(['train', '--preset', 'overfit-2d', '--steps', '3', '--out', r'{tmp_path}', '--quiet'])\n"
            "print('GUI:' + ','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "GUI:"
