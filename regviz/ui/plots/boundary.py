"""Decision boundaries for 2-D data: P(class 1) as a heat map under the training and test points."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from .. import appearance, theme
from .curves import cache_axes


class BoundaryPanel(pg.GraphicsLayoutWidget):
    """One map per variant, one above the other; test points hollow and toggleable."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.views: dict[str, tuple[pg.PlotItem, pg.ImageItem, pg.ScatterPlotItem, pg.ScatterPlotItem]] = {}
        self._latest: dict[str, np.ndarray] = {}
        self._extent = None
        self.show_test = True
        self._cmap = theme.boundary_colormap()

    def set_run(self, names: list[str], extent, train_xy, train_y, test_xy, test_y) -> None:
        self.clear()
        self.views = {}
        self._latest = {}
        self._extent = extent
        x0, x1, y0, y1 = extent
        for row, name in enumerate(names):  # stacked: the column is tall and narrow
            # Compared: the net's name is the title (a column narrow on a projector has no room for more).
            plot = self.addPlot(row=row, col=0, title=name if len(names) > 1 else "Decision boundary")
            # No locked aspect: the map fills its axes (a locked aspect left white margins where the net's
            # prediction is not drawn).
            plot.hideButtons()
            plot.setMouseEnabled(False, False)
            cache_axes(plot)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self._cmap.getLookupTable(0.0, 1.0, 256))
            plot.addItem(image)
            train = pg.ScatterPlotItem(pos=train_xy, size=9 * appearance.line_scale(), pen=pg.mkPen("k", width=1),
                                       brush=[pg.mkBrush(theme.CLASS_COLOURS[int(c)]) for c in train_y],
                                       name="train")
            test = pg.ScatterPlotItem(pos=test_xy, size=8 * appearance.line_scale(), brush=pg.mkBrush(None), symbol="o",
                                      pen=[pg.mkPen(theme.CLASS_COLOURS[int(c)], width=2) for c in test_y],
                                      name="test")
            plot.addItem(train)
            plot.addItem(test)
            test.setVisible(self.show_test)
            plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self.views[name] = (plot, image, train, test)

    def set_train_labels(self, labels) -> None:
        """Recolour the training points (label noise flipped some of them mid-run)."""
        brushes = [pg.mkBrush(theme.CLASS_COLOURS[int(c)]) for c in labels]
        for _plot, _image, train, _test in self.views.values():
            if len(brushes) == len(train.data):
                train.setBrush(brushes)

    def set_show_test(self, on: bool) -> None:
        self.show_test = on
        for _, _, _, test in self.views.values():
            test.setVisible(on)

    def set_grid(self, name: str, probabilities: np.ndarray) -> None:
        self._latest[name] = probabilities

    def refresh(self) -> None:
        for name, grid in self._latest.items():
            if name in self.views:
                image = self.views[name][1]
                image.setImage(grid, levels=(0.0, 1.0))
                x0, x1, y0, y1 = self._extent
                image.setRect(x0, y0, x1 - x0, y1 - y0)  # after setImage: the rect scales the image's pixels
        self._latest = {}
