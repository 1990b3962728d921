"""The engine imported into the window's own process, for panels that compute on demand (worked examples,
augmentation previews, the dropout example); training itself runs in the training process."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class LocalEngine(QObject):
    """Imports the engine into the window's own process, once, off the GUI thread, for panels that compute on
    demand (the training itself runs in the training process)."""

    ready = Signal()

    class _Import(QRunnable):
        def __init__(self, done: Signal):
            super().__init__()
            self._done = done

        def run(self) -> None:
            from ..core import augmentation, worked  # noqa: F401  (torch, torchvision)

            self._done.emit()

    class _Signals(QObject):
        done = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.loaded = False
        self._requested = False
        self._signals = self._Signals()
        self._signals.done.connect(self._on_done)

    def request(self) -> None:
        if not self._requested:
            self._requested = True
            QThreadPool.globalInstance().start(self._Import(self._signals.done))

    @Slot()
    def _on_done(self) -> None:
        self.loaded = True
        self.ready.emit()
