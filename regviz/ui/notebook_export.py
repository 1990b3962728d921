"""File ▸ Export ▸ Notebook: the window's experiment as a Jupyter notebook (core.content.notebook). Without torch:
the notebook is text; nbformat is imported only here, when one is written, and its absence is said in a box."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from .translated import error_text

translate = QCoreApplication.translate  # every sentence here: translate("notebook", "…")


def export_notebook(window, folder: str, path: str | Path | None = None) -> Path | None:
    """Ask where (unless ``path``), write the notebook of the window's experiment and run mode, say where."""
    from ..core.config import ConfigError
    from ..core.content.notebook import export_notebook as make, write_notebook
    from ..core.run.messages import RunMode

    state = window.state
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, translate("notebook", "Export as a Jupyter notebook"),
                                              str(Path(folder) / f"{state.config.name}.ipynb"),
                                              translate("notebook", "Jupyter notebooks (*.ipynb)"))
        if not path:
            return None
    path = Path(path)
    mode = "single" if state.mode is RunMode.RACE else state.mode
    try:
        write_notebook(make(state.config, mode), path)
    except ConfigError as exc:
        window.show_message(translate("notebook", "Cannot export the notebook"), error_text(exc))
        return None
    except OSError as exc:
        window.show_message(translate("notebook", "Cannot export the notebook"), f"{path}: {exc}")
        return None
    window.statusBar().showMessage(translate("notebook", "Notebook written to {path} — open it in Jupyter or upload "
                                                         "it to Colab").format(path=path), 6000)
    return path
