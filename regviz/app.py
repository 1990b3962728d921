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


def run_app(argv: list[str]) -> int:
    """Open the window and run until it closes; exits the process (see the end) rather than returning."""
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("regviz")
    app.setOrganizationName("regviz")
    app.setDesktopFileName(APP_ID)  # Wayland and the task bar match the window to the installed .desktop entry
    app.setWindowIcon(_icon())
    window = MainWindow()
    window.show()
    QTimer.singleShot(50, window.start)  # after the first paint: plots and engine load behind a visible window
    code = app.exec()
    # The window has stopped its worker and saved its settings. Tearing down torch's and Qt's libraries takes
    # over a second here (and a torch import still running on the pool, if the user quit while loading, cannot
    # be interrupted), so once the settings are on disk we leave at once: quitting must feel instant.
    window.settings.sync()
    QThreadPool.globalInstance().waitForDone(200)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
