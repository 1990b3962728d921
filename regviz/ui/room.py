"""Text that asks for the room it needs and never holds a window taller than its screen: a box of code as tall
as its wrapped lines (``CodeView``) or in a box of its own (``CodeDialog``), and a row of explanation a panel hides
on a short screen (``TextRow``).

A word-wrapped label tells Qt its height for a width, and Qt then sets a top-level window's minimum height from
the window's narrowest width: a screen-sized window could not shrink to the screen. These widgets say their
height for their current width as a size hint instead."""
from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout, QTextOption
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

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


class CodeDialog(QDialog):
    """A box of code on its own (where a panel has no room for it): as wide as its longest line or 90 % of the
    screen, as tall as its wrapped lines, with Copy and Close."""

    def __init__(self, text: str, title: str, copy_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.code = CodeView(text)
        layout.addWidget(self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(copy_text)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        longest = max(self.code.fontMetrics().horizontalAdvance(line) for line in (text or " ").split("\n"))
        width = min(int(screen.width() * 0.9), longest + 2 * self.code.frameWidth() + 40)
        self.code.setMinimumWidth(width)
        self.code.setMinimumHeight(min(int(screen.height() * 0.75), self.code.height_for(width)))


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
