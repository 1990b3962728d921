"""The window's status line in the window's language: a marked sentence (core.translatable) that stands until
replaced (Ready, Paused) is said again after a language switch, unless another message took the line since (the
state sent "Ready — press Space to train" as a finished English string, so it stayed English)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStatusBar

from ..core.translatable import Message, Template
from .translated import translated


class StatusLine(QObject):
    """A child of the window: the window passes its LanguageChange on to it."""

    def __init__(self, bar: QStatusBar, parent: QObject):
        super().__init__(parent)
        self.bar = bar
        self._standing: tuple[str, str] | None = None  # (marked sentence, as shown)

    def show(self, text: str, ms: int) -> None:
        shown = translated(text)
        self._standing = (text, shown) if ms == 0 and isinstance(text, (Template, Message)) else None
        self.bar.showMessage(shown, ms)

    def event(self, event: QEvent) -> bool:
        standing = self._standing
        if event.type() == QEvent.Type.LanguageChange and standing and self.bar.currentMessage() == standing[1]:
            self.show(standing[0], 0)
        return super().event(event)
