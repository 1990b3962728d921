"""QApplication bootstrap. Qt is imported here, never in regviz.core."""
from __future__ import annotations

import os
import sys


APP_ID = "io.github.regviz"


def _icon():
    from importlib import resources

    from PySide6.QtGui import QIcon

    with resources.as_file(resources.files("regviz.resources").joinpath("regviz.svg")) as path:
        return QIcon(str(path))


def make_app(argv: list[str], settings_path: str | None = None):
    """The QApplication and the shown main window, with the engine starting; what `regviz` runs, and what the
    launch benchmark measures (``settings_path``: an INI file instead of the user's settings)."""
    from .core.run.process import TrainingProcess  # no torch here: the training process imports it

    # The training process first: importing torch there (1.5 s here) overlaps everything the window does.
    process = TrainingProcess()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("regviz")
    app.setOrganizationName("regviz")
    app.setDesktopFileName(APP_ID)  # Wayland and the task bar match the window to the installed .desktop entry
    app.setWindowIcon(_icon())
    settings = QSettings(settings_path, QSettings.Format.IniFormat) if settings_path else None
    window = MainWindow(settings=settings)
    window.state.engine.load_engine(process)
    window.show()
    QTimer.singleShot(50, lambda: window.start())  # after the first paint: plots and engine load behind a visible window
    return app, window


def run_app(argv: list[str]) -> int:
    """Open the window and run until it closes; exits the process (see the end) rather than returning."""
    from PySide6.QtCore import QThreadPool

    app, window = make_app(argv)
    code = app.exec()
    # The window has stopped its worker and saved its settings. Tearing down torch's and Qt's libraries takes
    # over a second here (and a torch import still running on the pool, if the user quit while loading, cannot
    # be interrupted), so once the settings are on disk we leave at once: quitting must feel instant.
    window.settings.sync()
    QThreadPool.globalInstance().waitForDone(200)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
