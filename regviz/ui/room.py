"""Text that asks for the room it needs and never holds a window taller than its screen: a box of code as tall
as its wrapped lines (``CodeView``), and a row of explanation a panel hides on a short screen (``TextRow``).

A word-wrapped label tells Qt its height for a width, and Qt then sets a top-level window's minimum height from
the window's narrowest width: a screen-sized window could not shrink to the screen. These widgets say their
height for their current width as a size hint instead."""
from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QWidget

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


class TextRow(QWidget):
    """A row of wrapped text (and code) above a panel's pictures, as tall as it needs at its width; it may be
    squeezed (the panel hides it on a short screen: ``setVisible`` from its resize event), so it never keeps the
    window taller than the screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        heights = [w.heightForWidth(w.width()) if isinstance(w, QLabel) else w.sizeHint().height()
                   for w in self.findChildren(QWidget) if w.isVisibleTo(self) and w.parentWidget() is self]
        margins = self.contentsMargins()
        return QSize(hint.width(), max(heights, default=0) + margins.top() + margins.bottom())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()
