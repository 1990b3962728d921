"""File ▸ Export ▸ Experiment as a notebook…: the window's experiment as it stands (its settings, its A/B pair)
becomes a notebook nbformat accepts, with no regviz or Qt in it; a write that fails says so and leaves nothing
half-written (executing notebooks is tests/core/content/test_notebook.py's)."""
import ast
import errno
import os
import sys

import nbformat
from PySide6.QtWidgets import QFileDialog, QMenu

from regviz.core.content import user_files
from regviz.core.run.messages import RunMode
from regviz.ui.notebook_export import export_notebook
from notebook_cells import imports

ALLOWED_IMPORTS = {"torch", "torchvision", "numpy", "matplotlib", "math", "base64", "io", "collections"}


def _nets(nb) -> dict:
    """The nets of the notebook's Run cell: name -> the settings dict written beside its model."""
    (run,) = [c.source for c in nb.cells if c.cell_type == "code" and "run = Run(" in c.source]
    call = next(n for n in ast.walk(ast.parse(run)) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "Run")
    nets = call.args[1]
    return {ast.literal_eval(k): ast.literal_eval(v.elts[1]) for k, v in zip(nets.keys, nets.values)}


def _menu_action(window, *path):
    """The menu bar's action at ``path`` (menu titles without their '&', then the action's text)."""
    actions = window.menuBar().actions()
    for title in path[:-1]:
        (menu,) = [a.menu() for a in actions if a.text().replace("&", "") == title and isinstance(a.menu(), QMenu)]
        actions = menu.actions()
    (action,) = [a for a in actions if a.text() == path[-1]]
    return action


def test_the_menu_writes_the_window_s_experiment_as_a_valid_notebook(window, qtbot, tmp_path, monkeypatch):
    """The menu item, its save dialog answered: a notebook nbformat validates, importing only torch, numpy,
    matplotlib and the standard library, with the L2 λ and hidden width just set through the app state, and
    the status bar says where it went."""
    state = window.state
    assert state.set_value("regularization.l2", 0.0123)  # live: the running net keeps its weights
    assert state.set_value("model.hidden", [17, 9])  # not live: a new net
    path = tmp_path / "handout" / "mine.ipynb"
    path.parent.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kw: (asked.append(args) or str(path), "Jupyter notebooks (*.ipynb)"))
    _menu_action(window, "File", "Export", "Experiment as a notebook…").trigger()
    assert asked and asked[0][2].endswith(f"{state.config.name}.ipynb")  # offered under the experiment's name
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert imports(nb) <= ALLOWED_IMPORTS, imports(nb) - ALLOWED_IMPORTS
    text = "\n".join(c.source for c in nb.cells)
    assert "regviz" not in "".join(line for line in text.splitlines() if line.lstrip().startswith(("import", "from")))
    assert "PySide6" not in text and "pyqtgraph" not in text
    ((name, settings),) = _nets(nb).items()
    assert name == "main" and settings["l2"] == 0.0123 and settings["seed"] == state.config.training.seed
    assert "nn.Linear(2, 17)" in text and "nn.Linear(17, 9)" in text
    assert str(path) in window.statusBar().currentMessage()
    assert [p.name for p in path.parent.iterdir()] == ["mine.ipynb"]  # no temporary file beside it


def test_in_a_b_mode_the_notebook_trains_both_nets(window, qtbot, tmp_path):
    """With the baseline on, the notebook trains the regularized net and the unregularized one in lockstep."""
    window.state.set_value("regularization.l2", 0.05)
    window.state.set_compare(True)
    qtbot.waitUntil(lambda: window.state.last_record is not None and len(window.state.last_record.models) == 2,
                    timeout=60000)
    assert window.state.mode is RunMode.BASELINE
    path = export_notebook(window, str(tmp_path), tmp_path / "ab.ipynb")
    nets = _nets(nbformat.read(path, as_version=4))
    assert len(nets) == 2 and sorted(s["l2"] for s in nets.values()) == [0.0, 0.05]


def test_a_folder_that_does_not_exist_is_said_and_nothing_is_written(window, tmp_path):
    path = tmp_path / "no such folder" / "x.ipynb"
    assert export_notebook(window, str(tmp_path), path) is None
    assert window._message is not None and window._message.windowTitle() == "Cannot export the notebook"
    assert "no such folder" in window._message.text() and "x.ipynb" in window._message.text()
    assert not path.parent.exists()


def test_a_full_disk_mid_write_keeps_the_earlier_notebook_whole(window, tmp_path, monkeypatch):
    """The disk fills halfway through the new notebook: the message names the file, the notebook written before
    is still there byte for byte, and no partial or temporary file is left beside it."""
    path = tmp_path / "class.ipynb"
    assert export_notebook(window, str(tmp_path), path) == path
    before = path.read_bytes()
    window.state.set_value("regularization.l2", 0.5)

    def half_then_full(fd, data):
        os.write(fd, bytes(data)[:len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(user_files, "_write_all", half_then_full)
    assert export_notebook(window, str(tmp_path), path) is None
    assert "class.ipynb" in window._message.text() and "No space left" in window._message.text()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".ini" and p.name != "data") == ["class.ipynb"]


def test_without_nbformat_the_window_says_what_to_install(window, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "nbformat", None)
    assert export_notebook(window, str(tmp_path), tmp_path / "x.ipynb") is None
    assert "pip install nbformat" in window._message.text()
    assert not (tmp_path / "x.ipynb").exists()
