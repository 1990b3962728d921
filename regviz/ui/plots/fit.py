"""A regression's fitted curve: each net's ŷ(x) drawn live over the training points (filled) and the test points
(hollow), where a classification shows its decision boundary. A click on an empty spot adds a training point
(x, y) there; Shift+click deletes the nearest. As the boundary does, the panel only reports the edited set
(``points_edited``); the app state sends it to the training process, and the points drawn are the ones the
process says it trains on (``set_training_set``)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal

from .. import appearance, colours, theme
from ...core.run.race import STYLES
from ...core.translatable import QT_TRANSLATE_NOOP
from .curves import cache_axes, fit_legend, legend_entry, legend_strip, relabel_legend
from .net_names import net_words
from ..texts import Retranslating

translate = QCoreApplication.translate  # translate("FitPanel", "…"): lupdate reads the literal context

CURVE_HUES = ("black", "purple", "green", "sky")  # each net's curve; the points are blue (train) and vermillion (test)
PICK_PX = 12  # how near a point a Shift+click must be to delete it, in screen pixels


class FitPanel(Retranslating, pg.PlotWidget):
    """One plot: the points, and one curve per net (the first solid, a baseline dashed, a race's in its styles)."""

    points_edited = Signal(object, object)  # the whole edited training set: x [N, 1], y [N]
    described = Signal(str)  # what a click did, in words for the class

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.texts.put(self.setTitle, QT_TRANSLATE_NOOP("FitPanel", "Fitted curve"))
        self.setLabel("bottom", "x")
        self.setLabel("left", "y")
        self.showGrid(x=True, y=True, alpha=0.2)
        self.hideButtons()
        self.setMouseEnabled(False, False)
        cache_axes(self.getPlotItem())
        self.legend = legend_strip(self.getPlotItem())
        self.true_points: np.ndarray | None = None  # what the next edit starts from: x [N, 1]
        self.true_values: np.ndarray | None = None  # and y [N]
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._latest: dict[str, np.ndarray] = {}
        self._extent = None
        self.show_test = True
        self.train = pg.ScatterPlotItem()
        self.test = pg.ScatterPlotItem(brush=pg.mkBrush(None))
        self.style_points()
        self.addItem(self.test)
        self.addItem(self.train)

    def style_points(self) -> None:
        """The points (and so their legend swatches) in the current theme's variants: filled train points outlined
        in the theme's text colour, hollow test points. Called at every theme switch (appearance._style_view) and
        new run: points built under one theme kept its white outline on the other's white."""
        self.train.setPen(pg.mkPen(appearance.plot_colour(colours.OKABE_ITO["black"]), width=1))
        self.train.setBrush(pg.mkBrush(appearance.plot_colour(colours.TRAIN)))
        self.test.setPen(pg.mkPen(appearance.plot_colour(colours.TEST), width=2))

    def set_run(self, names: list[str], extent, train_x, train_y, test_x, test_y) -> None:
        self._latest = {}
        self._extent = extent
        x0, x1, y0, y1 = extent
        for curve in self.curves.values():
            self.removeItem(curve)
        self.legend.clear()
        self.curves = {}
        scale = appearance.line_scale()
        self.style_points()
        self.train.setData(x=np.asarray(train_x)[:, 0], y=np.asarray(train_y), size=10 * scale)
        self.test.setData(x=np.asarray(test_x)[:, 0], y=np.asarray(test_y), size=8 * scale)
        self.test.setVisible(self.show_test)
        for name, style, hue in zip(names, STYLES, CURVE_HUES):  # a colour and a line style each (never hue alone)
            self.curves[name] = self.plot([], [], pen=theme.pen(colours.OKABE_ITO[hue], 2.5, style=style))
            legend_entry(self.legend, self.curves[name], QT_TRANSLATE_NOOP("FitPanel", "ŷ {net}").format(
                net=net_words(name)) if len(names) > 1 else QT_TRANSLATE_NOOP("FitPanel", "ŷ(x), the fit"))
        legend_entry(self.legend, self.train, QT_TRANSLATE_NOOP("FitPanel", "train"))
        legend_entry(self.legend, self.test, QT_TRANSLATE_NOOP("FitPanel", "test"))
        self.fit_legend()
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def retranslated(self) -> None:
        relabel_legend(self.legend)
        self.fit_legend()

    def fit_legend(self) -> None:
        """The legend's four entries in one row where they fit (curves.fit_legend): a second row is taken from
        the data's height."""
        fit_legend(self)
        self.getPlotItem().layout.activate()

    def resizeEvent(self, event) -> None:  # noqa: N802
        if self.__dict__.get("legend") is not None:  # pyqtgraph sends one resize before __init__ made it
            self.fit_legend()
        super().resizeEvent(event)

    def set_true_set(self, points, values) -> None:
        """The training set as it is (app state), what the next edit changes."""
        self.true_points = None if points is None else np.asarray(points, dtype=np.float32).reshape(-1, 1).copy()
        self.true_values = None if values is None else np.asarray(values, dtype=np.float32).copy()

    def set_training_set(self, values, points=None) -> None:
        """Draw the training points the nets train on now."""
        if points is not None:
            self.train.setData(x=np.asarray(points)[:, 0], y=np.asarray(values))

    def set_show_test(self, on: bool) -> None:
        self.show_test = on
        self.test.setVisible(on)

    def set_curve(self, name: str, curve: np.ndarray) -> None:
        self._latest[name] = curve

    def refresh(self) -> None:
        if self._extent is not None:
            x0, x1 = self._extent[:2]
            for name, curve in self._latest.items():
                if name in self.curves:
                    self.curves[name].setData(np.linspace(x0, x1, len(curve)), curve)
        self._latest = {}

    # -- editing with the mouse --------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        box = self.getPlotItem().getViewBox()
        scene = self.mapToScene(event.position().toPoint())
        if self.true_points is None or self._extent is None or not box.sceneBoundingRect().contains(scene):
            return super().mousePressEvent(event)
        where = box.mapSceneToView(scene)
        x0, x1, y0, y1 = self._extent
        x, y = float(np.clip(where.x(), x0, x1)), float(np.clip(where.y(), y0, y1))
        points, values = self.true_points, self.true_values
        if event.modifiers() & pg.QtCore.Qt.KeyboardModifier.ShiftModifier:
            pixel = box.viewPixelSize()
            distance = np.hypot((points[:, 0] - x) / pixel[0], (values - y) / pixel[1]) if len(points) else []
            nearest = int(np.argmin(distance)) if len(points) else None
            if nearest is None or distance[nearest] > PICK_PX:
                self.described.emit(translate("FitPanel", "Nothing deleted: Shift+click on a point deletes it."))
            else:
                self.points_edited.emit(np.delete(points, nearest, 0), np.delete(values, nearest))
                self.described.emit(translate("FitPanel", "Deleted the point at ({x}, {y}): {n} training points "
                                                          "now.").format(x=f"{points[nearest, 0]:.2f}",
                                                                         y=f"{values[nearest]:.2f}", n=len(points) - 1))
        else:
            self.points_edited.emit(np.vstack([points, [[x]]]).astype(np.float32),
                                    np.append(values, y).astype(np.float32))
            self.described.emit(translate("FitPanel", "Added a point at x = {x}, y = {y}: {n} training points "
                                                      "now.").format(x=f"{x:.2f}", y=f"{y:.2f}", n=len(points) + 1))
        event.accept()
