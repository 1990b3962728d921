"""Decision boundaries for 2-D data: P(class 1) as a heat map under the training and test points — with K > 2
classes, K colour regions (each cell its likeliest class, paler where the net is less sure) and points marked by
shape too — which the class can edit (ConvNetJS's clickable data): a click adds a training point (left button the
class chosen with the number keys 1–6, shown in the class key; with two classes the right button or Ctrl+click
adds blue), a drag moves one, Shift+click deletes one. The panel only reports the edited set (``points_edited``);
the app state sends it to the training process, and the points drawn are the ones the process says it trains on
(``set_training_set``)."""
from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal

from .. import appearance, colours, theme
from ...core.run.race import STYLE_GLYPHS, STYLES
from ...core.translatable import QT_TRANSLATE_NOOP
from .curves import cache_axes
from .net_names import net_words
from ..texts import Retranslating, say


AXIS_NAMES = ("x₁", "x₂")
# the bar's end ticks fall outside its axis: named here
KEY_LABEL = QT_TRANSLATE_NOOP("BoundaryPanel", "P(blue class): 0 orange … 1 blue")
# colours.CLASS_COLOUR_NAMES and CLASS_SYMBOL_NAMES, in the words a point is described with
COLOUR_WORDS = (QT_TRANSLATE_NOOP("BoundaryPanel", "orange"), QT_TRANSLATE_NOOP("BoundaryPanel", "blue"),
                QT_TRANSLATE_NOOP("BoundaryPanel", "green"), QT_TRANSLATE_NOOP("BoundaryPanel", "purple"),
                QT_TRANSLATE_NOOP("BoundaryPanel", "sky blue"), QT_TRANSLATE_NOOP("BoundaryPanel", "vermillion"))
SHAPE_WORDS = (QT_TRANSLATE_NOOP("BoundaryPanel", "circle"), QT_TRANSLATE_NOOP("BoundaryPanel", "square"),
               QT_TRANSLATE_NOOP("BoundaryPanel", "triangle"), QT_TRANSLATE_NOOP("BoundaryPanel", "diamond"),
               QT_TRANSLATE_NOOP("BoundaryPanel", "star"), QT_TRANSLATE_NOOP("BoundaryPanel", "hexagon"))


MAP_FRAME = (45, 60, 60)  # px a map's left axis, its title and bottom axis, and the colour bar under the maps take


def key_label(orientation: str, narrow: bool = False) -> str:
    """The colour key's caption; standing beside a race's row of maps, in two lines at its colon (in one it
    ran past the maps' height at 1280×720 in presentation type); under maps narrower than its one line too (the
    40 %-longer pseudo language's line ran past both edges of a 219-px map at 1024×768)."""
    text = say(KEY_LABEL)
    head, colon, tail = text.partition(":")
    return f"{head}{colon}<br>{tail.strip()}" if colon and (orientation == "vertical" or narrow) else text


def colour_key(cmap: pg.ColorMap, orientation: str = "horizontal") -> pg.ColorBarItem:
    """What the map's colours mean: the net's probability of the blue class, 0 (orange) to 1 (blue), white at
    0.5 on the boundary itself. Not interactive: a class must not drag the levels by accident."""
    key = pg.ColorBarItem(values=(0.0, 1.0), width=12, colorMap=cmap, label=key_label(orientation),
                          interactive=False, colorMapMenu=False, orientation=orientation)
    key.axis.setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
    return key


REGION_STRENGTH = 0.55  # a sure cell's share of its class's hue (the rest white): as pale as the two-class map
translate = QCoreApplication.translate  # the keyboard editing's sentences: translate("BoundaryPanel", "…")
PICK_PX = 12  # how near a point a press must be to drag or delete it, in screen pixels
CURSOR_STEPS = 20  # the keyboard cursor crosses the map in this many arrow presses (Shift: five times finer)
_CURSOR_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
_EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace, *_CURSOR_KEYS)


def _class_brushes(labels) -> list:
    """Each training point filled with its class's colour."""
    return [pg.mkBrush(theme.CLASS_COLOURS[int(c)]) for c in labels]


def _symbols(labels, many: bool):
    """Each point's marker: with more than two classes its class's shape (never colour alone), else a circle."""
    return [colours.CLASS_SYMBOLS[int(c)] for c in labels] if many else "o"


def _same(shown: tuple, before: tuple | None) -> bool:
    """The same extent, points, classes and marker sizes as drawn."""
    return before is not None and len(shown) == len(before) and all(
        np.array_equal(a, b) if isinstance(a, np.ndarray) or isinstance(b, np.ndarray) else a == b
        for a, b in zip(shown, before))


def _a_point(label, names: tuple[str, ...] = ("0", "1")) -> str:
    """A point of a class, by its colour as the lessons name it (theme.CLASS_COLOURS: 0 orange, 1 blue)."""
    if len(names) <= 2:
        return translate("BoundaryPanel", "an orange point") if int(label) == 0 else \
            translate("BoundaryPanel", "a blue point")
    c = int(label)
    return translate("BoundaryPanel", "a point of class {name} ({colour} {shape})").format(
        name=names[c], colour=say(COLOUR_WORDS[c]), shape=say(SHAPE_WORDS[c]))


def class_regions(probabilities: np.ndarray) -> np.ndarray:
    """[G, G, K] class probabilities -> [G, G, 3] RGB: each cell its likeliest class's hue, blended with white
    by how sure the net is there (chance, 1/K: white)."""
    k = probabilities.shape[-1]
    hues = np.array([[int(h[i:i + 2], 16) for i in (1, 3, 5)] for h in colours.CLASS_COLOURS[:k]], dtype=np.float32)
    best = probabilities.argmax(-1)
    sure = (probabilities.max(-1) - 1 / k) / (1 - 1 / k)
    strength = (REGION_STRENGTH * np.clip(sure, 0, 1))[..., None]
    return (255 * (1 - strength) + hues[best] * strength).astype(np.uint8)


def class_key_html(names: tuple[str, ...], chosen: int) -> str:
    """The small class key: each class's colour, shape and name, and which one a click adds (keys 1–K). Names
    may come from a stranger's CSV: escaped, so they are text, never markup."""
    shapes = {"o": "●", "s": "■", "t1": "▲", "d": "◆", "star": "★", "h": "⬢"}
    parts = []
    for c, name in enumerate(names):
        mark = f'<span style="color:{colours.CLASS_COLOURS[c]}">{shapes[colours.CLASS_SYMBOLS[c]]}</span>'
        own = f" {html.escape(name[:12])}" if name != str(c) else ""  # a CSV's class names; not 0, 1, 2 again
        label = f"{c + 1}{mark}{own}"
        parts.append(f"<b><u>{label}</u></b>" if c == chosen else label)
    return translate("BoundaryPanel", "click adds: {classes}").format(classes=" ".join(parts))


OUTLINE = 4  # pixels the black edge of a hollow test point is wider than its coloured ring


def _ring_outline(test: pg.ScatterPlotItem, xy, size: float, symbols) -> pg.ScatterPlotItem:
    """A thin black ring around each hollow test point, behind it: a class's coloured ring on its own class's
    shade was 1.4:1 (orange on light orange); the black outline stands over 3:1 on every shade of the map. A child
    of the test points, so it shows and hides with them."""
    outline = pg.ScatterPlotItem(pos=xy, size=size + OUTLINE, brush=pg.mkBrush(None), symbol=symbols,
                                 pen=pg.mkPen("k", width=1))
    outline.setParentItem(test)
    outline.setFlag(outline.GraphicsItemFlag.ItemStacksBehindParent)
    return outline


class BoundaryPanel(Retranslating, pg.GraphicsLayoutWidget):
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
        self._points_shown: tuple | None = None  # the extent, points and marker sizes the maps draw (set_run)
        self.show_test = True
        self._cmap = theme.boundary_colormap()
        self._lut = self._cmap.getLookupTable(0.0, 1.0, 256)
        self.classes: tuple[str, ...] = ("0", "1")
        self.click_class = 0  # the class a (left) click adds: number keys 1–6 choose it
        self.key: pg.LabelItem | None = None  # K > 2 classes: which colour and shape is which class
        self.colour_bar: pg.ColorBarItem | None = None  # two classes: what the map's shades mean
        # Editing from the keyboard (issue 27): a cursor the arrows move, Enter adds a point of ``click_class``
        # there (Ctrl+Enter the other class, as Ctrl+click), Delete removes the point under it.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a mouse click leaves → to Step; Tab brings the cursor
        self.texts.put(self.setAccessibleName, QT_TRANSLATE_NOOP("BoundaryPanel", "Decision boundary"))
        self.key_cursor: tuple[float, float] | None = None
        self._cursor_marks: dict[int, pg.ScatterPlotItem] = {}

    @property
    def many(self) -> bool:
        return len(self.classes) > 2

    def choose_class(self, index: int) -> bool:
        """Number key ``index + 1``: the class the next click adds (False, nothing changes: no such class)."""
        if not 0 <= index < len(self.classes):
            return False
        self.click_class = index
        self._show_key()
        return True

    def retranslated(self) -> None:
        """The class key and the colour bar's label (pyqtgraph items set once) in the new language."""
        self._show_key()
        if self.colour_bar is not None:
            self.colour_bar.axis.setLabel(key_label("horizontal" if self.colour_bar.horizontal else "vertical"))
            self.restyled()
        # Laid out again at once: the maps kept the width a longer title had needed (the pseudo language's,
        # then Spanish's "Frontera de decisión" was centred past the widget's edge) until the next resize.
        self.ci.layout.invalidate()
        self.ci.layout.activate()
        self.updateGeometry()

    def _show_key(self) -> None:
        if self.key is not None:
            self.key.setText(class_key_html(self.classes, self.click_class),
                             size=f"{9 * min(appearance.line_scale(), appearance.PLOT_TEXT_SCALE):.0f}pt",
                             color=appearance.foreground())

    def set_run(self, names: list[str], extent, train_xy, train_y, test_xy, test_y,
                classes: tuple[str, ...] = ("0", "1")) -> None:
        self._latest = {}
        self._extent = extent
        x0, x1, y0, y1 = extent
        train_size, test_size = 9 * appearance.line_scale(), 8 * appearance.line_scale()
        same_classes = tuple(classes) == self.classes
        self.classes = tuple(classes)
        self.click_class = self.click_class if self.click_class < len(classes) else 0
        brushes = _class_brushes(train_y)
        pens = [pg.mkPen(theme.CLASS_COLOURS[int(c)], width=2) for c in test_y]
        many = self.many
        shown = (tuple(extent), train_xy, train_y, test_xy, test_y, train_size, test_size)
        same_points, self._points_shown = _same(shown, self._points_shown), shown
        if list(self.views) == list(names) and same_classes:  # a reset or a new setting: the same maps, anew
            for plot, image, train, test in self.views.values():
                image.clear()
                if same_points:  # a reset: the same points (setting four maps' points again was 25 ms)
                    continue
                train.setData(pos=train_xy, brush=brushes, size=train_size, symbol=_symbols(train_y, many))
                test.setData(pos=test_xy, pen=pens, size=test_size, symbol=_symbols(test_y, many))
                test.outline.setData(pos=test_xy, size=test_size + OUTLINE, symbol=_symbols(test_y, many))
                plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            return
        self.clear()
        self.views = {}
        self.key = self.colour_bar = None
        row_of_maps = len(names) > 2  # a race: small multiples side by side; one or two stack in a narrow column
        first_row = 0
        if many:  # the class key above the maps: which colour and shape is which class, and what a click adds
            self.key = self.addLabel("", row=0, col=0, colspan=len(names) if row_of_maps else 1)
            self._show_key()
            first_row = 1
        for i, (name, style) in enumerate(zip(names, STYLES)):
            # Compared: the net's name (and a race's line style) is the title; no room for more on a projector.
            plot = pg.PlotItem()  # placed by _place_maps
            # The title over the left axis too, not only over the map: beside the axis, the 40 %-longer pseudo
            # language's "Decision boundary" asked 261 px of a 219-px column at 1024×768 and ran past the edge.
            plot.layout.removeItem(plot.titleLabel)
            plot.layout.addItem(plot.titleLabel, 0, 0, 1, 3)
            # One entry per map's place (the key), not one per run's plot; a race's names are the teacher's.
            self.texts.put(plot.setTitle, QT_TRANSLATE_NOOP("BoundaryPanel", "Decision boundary") if len(names) == 1
                           else f"{name} {STYLE_GLYPHS[style]}" if row_of_maps else net_words(name), key=("title", i))
            # No locked aspect: the map fills its axes (a locked aspect left white margins where the net's
            # prediction is not drawn).
            plot.hideButtons()
            plot.setMouseEnabled(False, False)
            cache_axes(plot)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self._lut)
            plot.addItem(image)
            train = pg.ScatterPlotItem(pos=train_xy, size=train_size, pen=pg.mkPen("k", width=1), brush=brushes,
                                       symbol=_symbols(train_y, many), name="train")
            test = pg.ScatterPlotItem(pos=test_xy, size=test_size, brush=pg.mkBrush(None),
                                      symbol=_symbols(test_y, many), pen=pens, name="test")
            test.outline = _ring_outline(test, test_xy, test_size, _symbols(test_y, many))
            plot.addItem(train)
            plot.addItem(test)
            test.setVisible(self.show_test)
            plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            # The data's two inputs, named as the lessons name them (x₁ across, x₂ up).
            plot.setLabel("bottom", AXIS_NAMES[0])
            if i == 0 or not row_of_maps:
                plot.setLabel("left", AXIS_NAMES[1])
            self.views[name] = (plot, image, train, test)
        self._first_row = first_row
        self._in_a_row = None
        if not many:  # two classes: what the shades mean (K colour regions are keyed by the class key above)
            # A race's row of maps keeps its height for data: the key stands at its right end (under the row it
            # took ~57 px of the ~300 a race's maps have at 1280×720).
            self.colour_bar = colour_key(self._cmap, "vertical" if row_of_maps else "horizontal")
        self._place_maps()
        self._fit_key()

    def _place_maps(self) -> None:
        """A race's three or four maps side by side; one net's or a compared pair's one above the other in a
        tall box, side by side where that draws them larger (a lesson's row of plots on a projector, under the step's
        text). The class key stays above them, the colour bar under them, across (a race's at the row's right end)."""
        plots = [plot for plot, *_ in self.views.values()]
        width, height = self.width(), self.height()
        # Two maps: side by side where each map's data area comes out larger, counting what each map's axes and
        # title take (MAP_FRAME) and the colour bar under them (a projector's row of plots: 420 × 430 px stacked
        # left each map 99 px of data, in a row 165).
        fw, fh, _bar = MAP_FRAME
        laid_out = [p for p in plots if p.vb.height() > 0 and p.geometry().height() > p.vb.height()]
        if laid_out:  # what its axes and title take as laid out now (in presentation type 27 px more than MAP_FRAME)
            fw = max(fw, max(p.geometry().width() - p.vb.width() for p in laid_out))
            fh = max(fh, max(p.geometry().height() - p.vb.height() for p in laid_out))
        upright = self.colour_bar is not None and not self.colour_bar.horizontal  # a race's, at the row's end
        bar = MAP_FRAME[2] if self.colour_bar is not None and not upright else 0
        # Where only one arrangement keeps each map DATA_HEIGHT of data (a class reads a map by its height: a
        # question's taller strip left two stacked maps 109 px each at 1024×768), that one.
        row, stack = (width / 2 - fw, height - bar - fh), (width - fw, (height - bar) / 2 - fh)
        if (row[1] >= appearance.DATA_HEIGHT) != (stack[1] >= appearance.DATA_HEIGHT):
            larger_in_a_row = row[1] >= appearance.DATA_HEIGHT
        else:
            larger_in_a_row = min(row) > min(stack)
        in_a_row = len(plots) > 2 or (len(plots) == 2 and larger_in_a_row)
        if in_a_row == self._in_a_row and all(p in self.ci.items for p in plots):
            return
        self._in_a_row = in_a_row
        for item in (*plots, self.colour_bar):
            if item is not None and item in self.ci.items:
                self.ci.removeItem(item)
        top = self._first_row
        for i, plot in enumerate(plots):
            self.ci.addItem(plot, row=top if in_a_row else top + i, col=i if in_a_row else 0)
        if upright:
            self.ci.addItem(self.colour_bar, row=top, col=len(plots))
        elif self.colour_bar is not None:
            self.ci.addItem(self.colour_bar, row=top + 1 if in_a_row else top + len(plots), col=0,
                            colspan=len(plots) if in_a_row else 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # pyqtgraph sends one resize before __init__ made the maps, and one as close() drops the viewport after
        # clearing the scene: the maps are deleted then (touching them segfaulted closing a pair of maps).
        if not self.__dict__.get("views") or getattr(self, "closed", False):
            return
        if len(self.views) == 2:
            self._place_maps()
        self._fit_key()

    def restyled(self) -> None:
        """The theme, type size (ui.appearance) or language changed: the key's caption measured again as drawn."""
        if self.colour_bar is not None:
            self.colour_bar.measured = None
            self._fit_key()

    def _fit_key(self) -> None:
        """The colour key's caption under the maps in one line where they are wide enough for it, else in two:
        its one line measured as drawn, once per language and type size."""
        bar = self.colour_bar
        if bar is None or not bar.horizontal:
            return
        key = (say(KEY_LABEL), appearance.line_scale())
        if getattr(bar, "measured", None) != key:
            bar.axis.setLabel(key_label("horizontal"))
            label = bar.axis.label  # its text's own width: the document's margins may reach into the layout's
            bar.one_line = label.boundingRect().width() - 2 * label.document().documentMargin()
            bar.measured, bar.narrow = key, False
        narrow = bar.one_line > self.width() - 18  # the layout's margins
        if narrow != bar.narrow:
            bar.narrow = narrow
            bar.axis.setLabel(key_label("horizontal", narrow))

    def clear_maps(self) -> None:
        """A new run is on its way: no map of the old net (its points stay until the new set comes)."""
        self._latest = {}
        for _plot, image, _train, _test in self.views.values():
            image.clear()

    def set_true_set(self, points, labels) -> None:
        """The training set with its true classes (app state), what the next edit changes."""
        self.true_points = None if points is None else np.asarray(points, dtype=np.float32).copy()
        self.true_labels = None if labels is None else np.asarray(labels, dtype=np.int64).copy()

    def set_training_set(self, labels, points=None) -> None:
        """Draw the training points the nets train on now (points None: the same points, new labels)."""
        brushes = _class_brushes(labels)
        self._points_shown = None  # the drawn points are no longer the run's: the next set_run draws its own
        for _plot, _image, train, _test in self.views.values():
            if points is not None:
                train.setData(pos=points, brush=brushes, symbol=_symbols(labels, self.many))
            elif len(brushes) == len(train.data):
                train.setBrush(brushes)
                if self.many:
                    train.setSymbol(_symbols(labels, True))

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
                self.described.emit(translate("BoundaryPanel", "Deleted {point}: {n} training points now.").format(
                    point=_a_point(labels[nearest], self.classes), n=len(points) - 1))
            else:
                self.described.emit(translate("BoundaryPanel", "Nothing deleted: Shift+click on a point deletes it."))
        elif nearest is not None:
            self._drag = (name, nearest, tuple(float(v) for v in points[nearest]))
        else:
            blue = not self.many and (event.button() == Qt.MouseButton.RightButton
                                      or modifiers & Qt.KeyboardModifier.ControlModifier)
            added = 1 if blue else self.click_class
            x, y = self._inside(where)
            self.points_edited.emit(np.vstack([points, [(x, y)]]).astype(np.float32),
                                    np.append(labels, added))
            self.described.emit(translate("BoundaryPanel", "Added {point} at ({x}, {y}): {n} training points "
                                                           "now.").format(
                point=_a_point(added, self.classes), x=f"{x:.2f}", y=f"{y:.2f}", n=len(points) + 1))
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return super().mouseMoveEvent(event)
        name, index, _start = self._drag
        box = self.views[name][0].getViewBox()
        self.true_points[index] = self._inside(box.mapSceneToView(self.mapToScene(event.position().toPoint())))
        self._points_shown = None
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
            self.described.emit(translate("BoundaryPanel", "Nothing added: that click landed on a training point. "
                                                           "Click on an empty spot to add one (drag a point to "
                                                           "move it)."))
        else:
            self.points_edited.emit(self.true_points.copy(), self.true_labels.copy())
            self.described.emit(translate("BoundaryPanel", "Moved {point} to ({x}, {y}).").format(
                point=_a_point(self.true_labels[index], self.classes), x=f"{x:.2f}", y=f"{y:.2f}"))
        event.accept()

    # -- editing from the keyboard ----------------------------------------------------------------------------
    def event(self, event) -> bool:
        """While the map has focus its arrows, Enter and Delete edit points before the window's shortcuts (→ is
        Step otherwise); Space and the other single keys stay the window's."""
        if event.type() == event.Type.ShortcutOverride and event.key() in _EDIT_KEYS and self._extent is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self._extent is None or key not in _EDIT_KEYS:
            return super().keyPressEvent(event)
        x0, x1, y0, y1 = self._extent
        x, y = self.key_cursor if self.key_cursor is not None else ((x0 + x1) / 2, (y0 + y1) / 2)
        if key in _CURSOR_KEYS:
            fine = 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = _CURSOR_KEYS[key]
            self.move_cursor(x + dx * (x1 - x0) / (CURSOR_STEPS * fine), y + dy * (y1 - y0) / (CURSOR_STEPS * fine))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            other = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            self.move_cursor(x, y)
            self.add_at_cursor(1 - self.click_class if other and not self.many else self.click_class)
        else:
            self.move_cursor(x, y)
            self.delete_at_cursor()
        event.accept()

    def move_cursor(self, x: float, y: float) -> None:
        x0, x1, y0, y1 = self._extent
        self.key_cursor = (float(np.clip(x, x0, x1)), float(np.clip(y, y0, y1)))
        for plot, *_ in self.views.values():
            mark = self._cursor_marks.get(id(plot))
            if mark is None or mark.scene() is None:  # the maps were rebuilt: a new mark on each
                mark = pg.ScatterPlotItem(size=18 * appearance.line_scale(), symbol="+", brush=pg.mkBrush(None),
                                          pen=pg.mkPen(appearance.foreground(), width=2))
                mark.setZValue(20)
                plot.addItem(mark)
                self._cursor_marks[id(plot)] = mark
            mark.setData(pos=[self.key_cursor])
        self.setAccessibleDescription(self.describe_extra())

    def _under_cursor(self) -> int | None:
        if self.true_points is None or not len(self.true_points) or not self.views:
            return None
        box = next(iter(self.views.values()))[0].getViewBox()
        pixel = box.viewPixelSize()
        distance = np.hypot((self.true_points[:, 0] - self.key_cursor[0]) / pixel[0],
                            (self.true_points[:, 1] - self.key_cursor[1]) / pixel[1])
        nearest = int(np.argmin(distance))
        return nearest if distance[nearest] <= PICK_PX else None

    def add_at_cursor(self, label: int) -> None:
        if self.true_points is None:
            return
        x, y = self.key_cursor
        points, labels = self.true_points, self.true_labels
        self.points_edited.emit(np.vstack([points, [(x, y)]]).astype(np.float32), np.append(labels, label))
        self.described.emit(translate("BoundaryPanel", "Added {point} at ({x}, {y}): {n} training points now.").format(
            point=_a_point(label, self.classes), x=f"{x:.2f}", y=f"{y:.2f}", n=len(points) + 1))

    def delete_at_cursor(self) -> None:
        nearest = None if self.true_points is None else self._under_cursor()
        if nearest is None:
            self.described.emit(translate("BoundaryPanel", "Nothing deleted: move the cursor onto a point (arrow "
                                                           "keys), then press Delete."))
            return
        points, labels = self.true_points, self.true_labels
        self.points_edited.emit(np.delete(points, nearest, 0), np.delete(labels, nearest))
        self.described.emit(translate("BoundaryPanel", "Deleted {point}: {n} training points now.").format(
            point=_a_point(labels[nearest], self.classes), n=len(points) - 1))

    def describe_extra(self) -> str:
        """The keyboard cursor, for a screen reader: where it is and whether a point is under it."""
        if self.key_cursor is None:
            return translate("BoundaryPanel", "Arrow keys move a cursor, Enter adds a point there, Delete removes one.")
        under = self._under_cursor()
        what = translate("BoundaryPanel", "no point under it") if under is None else \
            translate("BoundaryPanel", "{point} under it").format(point=_a_point(self.true_labels[under], self.classes))
        return translate("BoundaryPanel", "Cursor at ({x}, {y}), {what}.").format(x=f"{self.key_cursor[0]:.2f}",
                                                          y=f"{self.key_cursor[1]:.2f}", what=what)

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
                if grid.ndim == 3:  # K > 2 classes: colour regions
                    image.setImage(class_regions(grid), autoLevels=False, levels=(0, 255), lut=None)
                else:
                    image.setImage(grid, levels=(0.0, 1.0), lut=self._lut)
                x0, x1, y0, y1 = self._extent
                image.setRect(x0, y0, x1 - x0, y1 - y0)  # after setImage: the rect scales the image's pixels
        self._latest = {}
