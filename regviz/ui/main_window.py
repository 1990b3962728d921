"""The main window. For now a titled shell; the live app arrives with the desktop-app issue."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("regviz")
        self.resize(1200, 800)
        label = QLabel("regviz — the live app is being built. Use `regviz train --preset NAME` meanwhile.")
        label.setMargin(24)
        self.setCentralWidget(label)
