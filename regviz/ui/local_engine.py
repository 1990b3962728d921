"""The engine imported into the window's own process, for panels that compute on demand (worked examples,
augmentation previews, the dropout example); training itself runs in the training process."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


def _import_engine() -> None:
    from ..core.content import worked  # noqa: F401  (torch)
    from ..core.maths import augmentation  # noqa: F401  (torchvision)


class LocalEngine(QObject):
    """Imports the engine into the window's own process, once, off the GUI thread (a superqt worker), the
    first time a panel asks."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.loaded = False
        self._worker = None

    def request(self) -> None:
        if self._worker is None:
            from superqt.utils import create_worker

            self._worker = create_worker(_import_engine, _start_thread=False)
            self._worker.returned.connect(self._on_done)
            self._worker.start()

    @Slot(object)
    def _on_done(self, _result) -> None:
        self.loaded = True
        self.ready.emit()
