"""Shared by the drawings that redraw more than a curve does (the Network tab's graph and filters, the Errors
tab): a redraw budget, and the hover text they show."""
from __future__ import annotations

import time

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QWidget

REDRAW_HZ = 5.0  # hundreds of wide antialiased lines or cell labels cost milliseconds; the curves keep their pace


class RedrawBudget:
    """At most REDRAW_HZ redraws a second: ``due()`` says whether one may run now (and counts it)."""

    def __init__(self, hz: float = REDRAW_HZ):
        self.interval = 1.0 / hz
        self._at = 0.0

    def due(self) -> bool:
        now = time.perf_counter()
        if now - self._at < self.interval:
            return False
        self._at = now
        return True


def show_hover(widget: QWidget, text: str | None) -> None:
    """What the pointer is over, as a tooltip (kept on the widget as ``hover_text`` for tests)."""
    widget.hover_text = text
    if text:
        QToolTip.showText(QCursor.pos(), text, widget)
    else:
        QToolTip.hideText()
