"""Decision boundaries for 2-D data: P(class 1) as a heat map under the training and test points, which the
class can edit (ConvNetJS's clickable data): a click adds a training point (left button orange, right button or
Ctrl+click blue), a drag moves one, Shift+click deletes one. The panel only reports the edited set
(``points_edited``); the app state sends it to the training process, and the points drawn are the ones the
process says it trains on (``set_training_set``)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from .. import appearance, theme
from ...core.run.race import STYLE_GLYPHS, STYLES
from .curves import cache_axes


PICK_PX = 12  # how near a point a press must be to drag or delete it, in screen pixels


def _class_brushes(labels) -> list:
    """Each training point filled with its class's colour."""
    return [pg.mkBrush(theme.CLASS_COLOURS[int(c)]) for c in labels]


def _a_point(label) -> str:
    """A point of a class, by its colour as the lessons name it (theme.CLASS_COLOURS: 0 orange, 1 blue)."""
    return "an orange point" if int(label) == 0 else "a blue point"


class BoundaryPanel(pg.GraphicsLayoutWidget):
    """One map per variant, one above the other; test points hollow and toggleable."""

    points_edited = Signal(object, object)  # the whole edited training set: points [N, 2], true classes [N]
    described = Signal(str)  # what a click did, in words for the class (added, moved, deleted, or nothing)

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.true_points: np.ndarray | None = None  # the set an edit starts from (true classes, no label noise)
        self.true_labels: np.ndarray | None = None
        self._drag: tuple[str, int, tuple[float, float]] | None = None  # (view, point, where it was) in a drag
        self.views: dict[str, tuple[pg.PlotItem, pg.ImageItem, pg.ScatterPlotItem, pg.ScatterPlotItem]] = {}
        self._in_a_row: bool | None = None
        self._latest: dict[str, np.ndarray] = {}
        self._extent = None
        self.show_test = True
        self._cmap = theme.boundary_colormap()

    def set_run(self, names: list[str], extent, train_xy, train_y, test_xy, test_y) -> None:
        self._latest = {}
        self._extent = extent
        x0, x1, y0, y1 = extent
        train_size, test_size = 9 * appearance.line_scale(), 8 * appearance.line_scale()
        brushes = _class_brushes(train_y)
        pens = [pg.mkPen(theme.CLASS_COLOURS[int(c)], width=2) for c in test_y]
        if list(self.views) == list(names):  # a reset or a new setting: the same maps, their points and extent anew
            for plot, image, train, test in self.views.values():
                image.clear()
                train.setData(pos=train_xy, brush=brushes, size=train_size)
                test.setData(pos=test_xy, pen=pens, size=test_size)
                plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            return
        self.clear()
        self.views = {}
        row_of_maps = len(names) > 2  # a race: small multiples side by side; one or two stack in a narrow column
        for i, (name, style) in enumerate(zip(names, STYLES)):
            # Compared: the net's name (and a race's line style) is the title; no room for more on a projector.
            title = "Decision boundary" if len(names) == 1 else f"{name} {STYLE_GLYPHS[style]}" if row_of_maps \
                else name
            plot = pg.PlotItem(title=title)  # placed by _place_maps
            # No locked aspect: the map fills its axes (a locked aspect left white margins where the net's
            # prediction is not drawn).
            plot.hideButtons()
            plot.setMouseEnabled(False, False)
            cache_axes(plot)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self._cmap.getLookupTable(0.0, 1.0, 256))
            plot.addItem(image)
            train = pg.ScatterPlotItem(pos=train_xy, size=train_size, pen=pg.mkPen("k", width=1), brush=brushes,
                                       name="train")
            test = pg.ScatterPlotItem(pos=test_xy, size=test_size, brush=pg.mkBrush(None), symbol="o", pen=pens,
                                      name="test")
            plot.addItem(train)
            plot.addItem(test)
            test.setVisible(self.show_test)
            plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self.views[name] = (plot, image, train, test)
        self._place_maps()

    def _place_maps(self) -> None:
        """A race's three or four maps side by side; one net's or a compared pair's one above the other in a
        tall box, side by side where that draws them larger (a lesson's row of plots on a projector, under the step's
        text)."""
        plots = [plot for plot, *_ in self.views.values()]
        width, height = self.width(), self.height()
        in_a_row = len(plots) > 2 or (len(plots) == 2 and min(width / 2, height) > min(width, height / 2))
        if in_a_row == getattr(self, "_in_a_row", None) and all(p in self.ci.items for p in plots):
            return
        self._in_a_row = in_a_row
        for plot in plots:
            if plot in self.ci.items:
                self.ci.removeItem(plot)
        for i, plot in enumerate(plots):
            self.ci.addItem(plot, row=0 if in_a_row else i, col=i if in_a_row else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if len(self.__dict__.get("views", ())) == 2:  # pyqtgraph sends one resize before __init__ made them
            self._place_maps()

    def set_true_set(self, points, labels) -> None:
        """The training set with its true classes (app state), what the next edit changes."""
        self.true_points = None if points is None else np.asarray(points, dtype=np.float32).copy()
        self.true_labels = None if labels is None else np.asarray(labels, dtype=np.int64).copy()

    def set_training_set(self, labels, points=None) -> None:
        """Draw the training points the nets train on now (points None: the same points, new labels)."""
        brushes = _class_brushes(labels)
        for _plot, _image, train, _test in self.views.values():
            if points is not None:
                train.setData(pos=points, brush=brushes)
            elif len(brushes) == len(train.data):
                train.setBrush(brushes)

    # -- editing with the mouse --------------------------------------------------------------------------------
    def _hit(self, scene_pos) -> tuple[str, QPointF, int | None] | None:
        """The view under ``scene_pos``, the position in data coordinates, and the nearest training point
        within PICK_PX (or None)."""
        if self.true_points is None:
            return None
        for name, (plot, _image, _train, _test) in self.views.items():
            box = plot.getViewBox()
            if not box.sceneBoundingRect().contains(scene_pos):
                continue
            where = box.mapSceneToView(scene_pos)
            if not len(self.true_points):
                return name, where, None
            pixel = box.viewPixelSize()  # data units per screen pixel, x and y
            dx = (self.true_points[:, 0] - where.x()) / pixel[0]
            dy = (self.true_points[:, 1] - where.y()) / pixel[1]
            distance = np.hypot(dx, dy)
            nearest = int(np.argmin(distance))
            return name, where, nearest if distance[nearest] <= PICK_PX else None
        return None

    def _inside(self, where: QPointF) -> tuple[float, float]:
        x0, x1, y0, y1 = self._extent
        return float(np.clip(where.x(), x0, x1)), float(np.clip(where.y(), y0, y1))

    def mousePressEvent(self, event) -> None:
        hit = self._hit(self.mapToScene(event.position().toPoint()))
        if hit is None:
            return super().mousePressEvent(event)
        name, where, nearest = hit
        modifiers = event.modifiers()
        points, labels = self.true_points, self.true_labels
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            if nearest is not None:
                self.points_edited.emit(np.delete(points, nearest, 0), np.delete(labels, nearest))
                self.described.emit(f"Deleted {_a_point(labels[nearest])}: {len(points) - 1} training "
                                    "points now.")
            else:
                self.described.emit("Nothing deleted: Shift+click on a point deletes it.")
        elif nearest is not None:
            self._drag = (name, nearest, tuple(float(v) for v in points[nearest]))
        else:
            blue = event.button() == Qt.MouseButton.RightButton or modifiers & Qt.KeyboardModifier.ControlModifier
            x, y = self._inside(where)
            self.points_edited.emit(np.vstack([points, [(x, y)]]).astype(np.float32),
                                    np.append(labels, 1 if blue else 0))
            self.described.emit(f"Added {_a_point(1 if blue else 0)} at ({x:.2f}, {y:.2f}): "
                                f"{len(points) + 1} training points now.")
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return super().mouseMoveEvent(event)
        name, index, _start = self._drag
        box = self.views[name][0].getViewBox()
        self.true_points[index] = self._inside(box.mapSceneToView(self.mapToScene(event.position().toPoint())))
        for _plot, _image, train, _test in self.views.values():  # follows the pointer; sent on release
            if len(train.data) == len(self.true_points):
                train.setData(pos=self.true_points, brush=[p["brush"] for p in train.data])
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        _name, index, start = self._drag
        self._drag = None
        x, y = (float(v) for v in self.true_points[index])
        if (x, y) == start:  # a click on a point that did not drag it: nothing changes, and the class is told
            self.described.emit("Nothing added: that click landed on a training point. Click on an empty spot "
                                "to add one (drag a point to move it).")
        else:
            self.points_edited.emit(self.true_points.copy(), self.true_labels.copy())
            self.described.emit(f"Moved {_a_point(self.true_labels[index])} to ({x:.2f}, {y:.2f}).")
        event.accept()

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
