"""The toolbar's and Run menu's icons, drawn in the palette's text colour at paint time: the style's own media
icons are dark grey, invisible on the dark theme's toolbar. An icon engine paints each size when asked, so a
theme switch (a new application palette) redraws them without anyone keeping track."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPen, QPixmap

KINDS = ("play", "pause", "step", "reset")


class _Engine(QIconEngine):
    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def clone(self) -> QIconEngine:
        return _Engine(self.kind)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = min(rect.width(), rect.height())
        box = QRectF(rect.x() + (rect.width() - s) / 2, rect.y() + (rect.height() - s) / 2, s, s)
        x, y, u = box.x(), box.y(), s / 16  # a 16-unit grid
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if self.kind in ("play", "step"):
            right = 11 if self.kind == "step" else 13
            path = QPainterPath(QPointF(x + 3 * u, y + 2 * u))
            path.lineTo(x + right * u, y + 8 * u)
            path.lineTo(x + 3 * u, y + 14 * u)
            path.closeSubpath()
            painter.drawPath(path)
            if self.kind == "step":
                painter.drawRect(QRectF(x + 11.5 * u, y + 2 * u, 2 * u, 12 * u))
        elif self.kind == "pause":
            painter.drawRect(QRectF(x + 3.5 * u, y + 2 * u, 3 * u, 12 * u))
            painter.drawRect(QRectF(x + 9.5 * u, y + 2 * u, 3 * u, 12 * u))
        else:  # reset: a circular arrow
            pen = QPen(colour, 2 * u)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(x + 3 * u, y + 3 * u, 10 * u, 10 * u), 60 * 16, 290 * 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            head = QPainterPath(QPointF(x + 9 * u, y + 0.5 * u))
            head.lineTo(x + 14 * u, y + 3.5 * u)
            head.lineTo(x + 9 * u, y + 7 * u)
            head.closeSubpath()
            painter.drawPath(head)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap


def icon(kind: str) -> QIcon:
    """``kind``: one of KINDS."""
    if kind not in KINDS:
        raise ValueError(kind)
    return QIcon(_Engine(kind))
