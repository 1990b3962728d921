"""QApplication bootstrap. Qt is imported here, never in regviz.core."""
from __future__ import annotations

import sys


def run_app(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("regviz")
    app.setOrganizationName("regviz")
    window = MainWindow()
    window.show()
    window.start()
    return app.exec()
