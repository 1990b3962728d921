"""The desktop app: PySide6 + pyqtgraph views over the engine's records. No maths here."""
