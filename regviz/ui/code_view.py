"""A box of code a class can read whole: read-only, monospace, wrapped at its width, and exactly as tall as its
wrapped lines (so it never shows a scroll bar; the layout gives the rest of the room to the pictures)."""
from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

POINT_SIZE = 9


class CodeView(QPlainTextEdit):
    """Its size hint is the height of its wrapped lines at its width (asked again whenever the width changes); it
    may be squeezed to MIN_LINES (then it scrolls, and the real-screen test says so), so it never holds a window
    taller than its screen. Give the widget beside it in the layout the room that is left."""

    MIN_LINES = 3

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        font = QFont("monospace", POINT_SIZE)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.MIN_LINES * self.fontMetrics().lineSpacing() + 2 * self.frameWidth() + 8)
        self.setPlainText(text)

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setPlainText(text)
        self.updateGeometry()

    def height_for(self, width: int) -> int:
        """The height that shows every wrapped line at ``width`` pixels (frame and margins included)."""
        margin = self.document().documentMargin()
        frame = 2 * self.frameWidth()
        room = max(1.0, width - frame - 2 * margin)
        option = QTextOption()
        option.setWrapMode(self.wordWrapMode())
        total = 0.0
        for line in self.toPlainText().split("\n"):
            layout = QTextLayout(line, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                text_line = layout.createLine()
                if not text_line.isValid():
                    break
                text_line.setLineWidth(room)
                total += text_line.height()
            layout.endLayout()
        return math.ceil(total + 2 * margin) + frame + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.height_for(self.width()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width, a new height: the layout asks again
