"""First-layer filters of an image net: each drawn unit's weights laid out as the image they multiply (a 28×28
picture for an MNIST MLP, the 3×3 kernel for a CNN), live. Blue positive, white zero, orange negative, each
picture on its own symmetric scale so its shape shows: no penalty leaves noise, L2 smooth blobs, L1 sparse
strokes on white (exact zeros). One grid per net, side by side."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFont

from .. import appearance, theme
from .budget import RedrawBudget, show_hover
from .net_names import net_words
from ..texts import say

GAP = 0.12  # between pictures, in picture widths


class FilterGrid(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.boxes: dict[str, pg.ViewBox] = {}
        self.titles: dict[str, str] = {}
        self.images: dict[str, list[pg.ImageItem]] = {}
        self.shown: dict[str, object] = {}
        self._latest: dict[str, object] = {}
        self._budget = RedrawBudget()
        self.hover_text: str | None = None
        self.scene().sigMouseMoved.connect(self._on_mouse)

    def set_names(self, names: list[str]) -> None:
        self.clear()
        self.boxes, self.images, self.shown, self._latest = {}, {}, {}, {}
        self.titles = {name: say(net_words(name)) if len(names) > 1 else "" for name in names}
        for col, name in enumerate(names):
            box = self.addViewBox(row=0, col=col, lockAspect=True, enableMouse=False, invertY=True)
            box.setMenuEnabled(False)
            self.boxes[name] = box
            self.images[name] = []

    def set_view(self, name: str, view) -> None:
        self._latest[name] = view

    def columns(self, n: int) -> int:
        """A grid about as wide as its box: twice as wide as tall for one net, square for two side by side."""
        return max(1, math.ceil(math.sqrt(n * 2.0 / max(1, len(self.boxes)))))

    def refresh(self) -> None:
        if not self._latest or not self._budget.due():
            return
        for name, view in self._latest.items():
            if name in self.boxes and view.filters is not None:
                self._draw(name, view)
        self._latest = {}

    def _draw(self, name: str, view) -> None:
        box, images = self.boxes[name], self.images[name]
        filters = view.filters
        cols = self.columns(len(filters))
        if len(images) != len(filters):
            box.clear()
            images.clear()
            lut = theme.weight_colormap().getLookupTable(0.0, 1.0, 256)
            border = pg.mkPen(appearance.foreground(), width=1)
            for k in range(len(filters)):
                image = pg.ImageItem(axisOrder="row-major")
                image.setLookupTable(lut)
                image.setBorder(border)
                box.addItem(image)
                row, col = divmod(k, cols)
                image.rect = QRectF(col * (1 + GAP), row * (1 + GAP), 1.0, 1.0)  # set after each setImage
                images.append(image)
            rows = -(-len(filters) // cols)
            width = cols * (1 + GAP) - GAP
            head = 0.0
            if self.titles.get(name):  # in the box, not the layout: a layout label would make columns unequal
                title = pg.TextItem(self.titles[name], color=appearance.foreground(), anchor=(0.5, 1.0))
                font = QFont()
                font.setPointSizeF(min(9.0 * appearance.line_scale(), 9.0 * appearance.PLOT_TEXT_SCALE))
                font.setBold(True)
                title.setFont(font)
                title.setPos(width / 2, -0.15)
                box.addItem(title)
                head = 0.8
            box.setRange(QRectF(0, -head, width, rows * (1 + GAP) - GAP + head), padding=0.02)
        for image, picture in zip(images, filters):
            scale = float(np.abs(picture).max())
            scale = scale if scale > 0 else 1.0  # an all-zero unit (L1 removed it): white
            image.setImage(picture, levels=(-scale, scale), autoLevels=False)
            image.setRect(image.rect)  # after setImage: the rect scales the image's pixels
        self.shown[name] = view

    def _on_mouse(self, position) -> None:
        text = None
        for name, box in self.boxes.items():
            view = self.shown.get(name)
            if view is None or not box.sceneBoundingRect().contains(position):
                continue
            p = box.mapSceneToView(position)
            col, row = int(p.x() // (1 + GAP)), int(p.y() // (1 + GAP))
            cols = self.columns(len(view.filters))
            k = row * cols + col
            if 0 <= col < cols and 0 <= k < len(view.filters):
                picture = view.filters[k]
                zero = float((picture == 0).mean())
                text = QCoreApplication.translate(
                    "FilterGrid", "unit {unit} of {units}: weights from {low} to {high}, {zero} exactly zero").format(
                    unit=int(view.filter_units[k]) + 1, units=view.first_layer_width, low=f"{picture.min():+.3g}",
                    high=f"{picture.max():+.3g}", zero=f"{zero:.0%}")
            break
        show_hover(self, text)
