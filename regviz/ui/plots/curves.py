"""Live curves over training steps, drawn from preallocated numpy buffers (pyqtgraph's scrolling-plot pattern).

Records append to buffers (cheap, any rate); ``refresh()`` redraws only dirty curves with ``setData(buf[:n])``,
called by the window's redraw timer (each training plot about 20 times a second). Long runs stay light: clip-to-view plus peak downsampling.
"""
from __future__ import annotations

from dataclasses import dataclass

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtWidgets import QGraphicsItem

from .. import appearance, colours, theme
from ...core.translatable import QT_TRANSLATE_NOOP
from ..texts import Retranslating, count, say
from .net_names import short_name


def cache_axes(plot: pg.PlotItem) -> None:
    """Let Qt keep each axis as a pixmap: axes redraw only when their range changes, not on every frame (axis
    text was two thirds of the window's painting time while training). And no SI-prefix multipliers on a
    teaching plot: "weight value (x0.001)" with ticks −500…500 reads as 500 to a class. Tick labels never
    touch (``space_tick_labels``)."""
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.getAxis(name).enableAutoSIPrefix(False)
        space_tick_labels(plot.getAxis(name))


TICK_GAP_PX = 6  # the least room between two tick labels


def space_tick_labels(axis: pg.AxisItem) -> None:
    """Drop a tick label that would touch one already placed (majors are placed first, so minors go): a log axis
    over one decade labelled "0.00020.00030.0004…" as one word, and ten bar labels in a narrow plot ran
    together. pyqtgraph only thins labels by the share of the axis they fill, not by whether they overlap."""
    if getattr(axis, "_spaced", False):
        return
    axis._spaced = True
    generate = axis.generateDrawSpecs

    def spaced(painter):
        specs = generate(painter)
        if specs is None:
            return specs
        axis_spec, tick_specs, text_specs = specs
        kept = []
        for rect, flags, text in text_specs:
            room = rect.adjusted(-TICK_GAP_PX / 2, 0, TICK_GAP_PX / 2, 0) if axis.orientation in ("top", "bottom") \
                else rect.adjusted(0, -TICK_GAP_PX / 4, 0, TICK_GAP_PX / 4)
            if not any(room.intersects(other) for other, _, _ in kept):
                kept.append((rect, flags, text))
        return axis_spec, tick_specs, kept

    axis.generateDrawSpecs = spaced


MARK_ROWS = (0.92, 0.8, 0.68)  # heights of successive live-change labels: marks close together do not overlap
OUTLIER_RATIO = 4.0  # a first evaluation this many times above everything after it is left off the y range
SECONDARY_RATIO = 1.5  # the penalty is followed up to this many times the losses' top


def robust_values(series: list[np.ndarray], secondary: list[np.ndarray] = ()) -> np.ndarray:
    """The values a curve plot's y range fits. A large early penalty (≈500 against losses near 1) flattened
    every curve until L was pressed: a ``secondary`` series (the penalty) counts only up to SECONDARY_RATIO × the
    others' top, and a first evaluation that stands that far above everything after it is left off too. What is
    left off runs off the top of the plot; the curves a class reads keep the height."""
    series = [y[np.isfinite(y)] for y in series]
    series = [y for y in series if y.size]
    secondary = [y[np.isfinite(y)] for y in secondary]
    if not series:
        return np.concatenate(secondary) if secondary else np.empty(0)
    later = np.concatenate([y[1:] for y in series])
    if later.size >= 2:
        top = float(np.abs(later).max())
        series = [y[1:] if top > 0 and abs(y[0]) > OUTLIER_RATIO * top else y for y in series]
    values = np.concatenate(series)
    top = float(np.abs(values).max())
    kept = [y[np.abs(y) <= SECONDARY_RATIO * top] if top > 0 else y for y in secondary]
    return np.concatenate([values, *kept])


def _nice_ceiling(value: float) -> float:
    """The next of 1, 2, 5 × 10ⁿ at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value)


class RangeKeeper:
    """Sets one axis of a view to the data's span plus 10 %, and refits only when the data leaves that range or
    fills less than half of it: a range that moves every frame makes every axis redraw every frame."""

    def __init__(self, axis: str, symmetric: bool = False):
        self.axis = axis
        self.symmetric = symmetric
        self.range: tuple[float, float] | None = None

    def reset(self) -> None:
        self.range = None

    def fit(self, view: pg.ViewBox, values: np.ndarray) -> None:
        values = values[np.isfinite(values)]
        if not values.size:
            return
        low, high = float(values.min()), float(values.max())
        if self.symmetric:
            high = max(abs(low), abs(high))
            low = -high
        if self.range is not None:
            r_low, r_high = self.range
            if r_low <= low and high <= r_high and (high - low) >= 0.5 * (r_high - r_low):
                return
        pad = max((high - low) * 0.1, 1e-3)
        self.range = (low - pad, high + pad)
        if self.axis == "x":
            view.setXRange(*self.range, padding=0)
        else:
            view.setYRange(*self.range, padding=0)


class Hint:
    """A line in the middle of an empty view saying what to press (six empty batch-norm plots said nothing),
    wrapped onto more lines where the view is narrower than the sentence (the view clips what runs past it);
    ``show(False)`` once there is data. In the theme's text colour (black, which the dark theme swaps). Its
    owner calls ``retranslate()`` when the language changes (``text``: a marked sentence)."""

    def __init__(self, plot: pg.PlotItem, text):
        self.view = plot.getViewBox()
        self.source = text
        self.item = pg.TextItem(say(text), color=appearance.plot_colour(colours.OKABE_ITO["black"]),
                                anchor=(0.5, 0.5))
        self.item.setZValue(50)
        self.view.addItem(self.item, ignoreBounds=True)
        option = self.item.textItem.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.item.textItem.document().setDefaultTextOption(option)
        self.view.sigRangeChanged.connect(self._place)
        self.view.sigResized.connect(self._place)
        self._place()

    def retranslate(self) -> None:
        self.item.setText(say(self.source))
        self._place()

    def _place(self, *_) -> None:
        if not self.item.isVisible():  # hidden once there is data: no wrapping on every range change of a run
            return
        (x0, x1), (y0, y1) = self.view.viewRange()
        self.item.setPos((x0 + x1) / 2, (y0 + y1) / 2)
        text = self.item.textItem
        margin = 2 * text.document().documentMargin()
        room = self.view.boundingRect().width() - 8  # a few pixels clear of the view's edges
        text.setTextWidth(-1)
        if text.boundingRect().width() - margin > room > 0:
            text.setTextWidth(room)
        self.item.updateTextPos()

    def show(self, on: bool) -> None:
        self.item.setVisible(on)
        self._place()

    @property
    def shown(self) -> bool:
        return self.item.isVisible()

    @property
    def text(self) -> str:
        return self.item.toPlainText()


class Buffer:
    """Growing (x, y) arrays; capacity doubles, so appends are amortised O(1) and never reallocate per point."""

    def __init__(self, capacity: int = 512):
        self._data = np.empty((2, capacity))
        self.n = 0

    def append(self, x: float, y: float) -> None:
        if self.n == self._data.shape[1]:
            self._data = np.concatenate([self._data, np.empty_like(self._data)], axis=1)
        self._data[:, self.n] = (x, y)
        self.n += 1

    @property
    def x(self) -> np.ndarray:
        return self._data[0, :self.n]

    @property
    def y(self) -> np.ndarray:
        return self._data[1, :self.n]

    def clear(self) -> None:
        self.n = 0


@dataclass(frozen=True)
class SeriesSpec:
    key: str
    label: str  # a marked sentence (QT_TRANSLATE_NOOP), or a net's name as it is
    colour: str
    dashed: bool = False
    width: float = 2.0
    style: str = "solid"  # or dotted, dashdot (theme.LINE_STYLES); ``dashed`` wins
    secondary: bool = False  # the y range follows it only near the others (robust_values): the penalty


def legend_entry(legend: pg.LegendItem, item, text) -> None:
    """``item`` in the legend as ``text`` (marked, or a name), remembered so a language switch relabels it."""
    legend.addItem(item, say(text))
    if not hasattr(legend, "sources"):
        legend.sources = {}
    legend.sources[legend.items[-1][1]] = text


def relabel_legend(legend: pg.LegendItem | None) -> None:
    """Every remembered legend entry in the reader's language (after a LanguageChange)."""
    sources = getattr(legend, "sources", {}) if legend is not None else {}
    shown = {label for _, label in legend.items} if legend is not None else set()
    for label, text in list(sources.items()):
        if label in shown:
            label.setText(say(text))
        else:
            del sources[label]  # the legend was cleared since


def style_key(legend: pg.LegendItem, net: str, style: str = "dashed") -> None:
    """A legend entry for a line style rather than a series: a dashed sample and the net's name say once what
    every dashed curve is, so a compared run adds one entry, not one per curve."""
    legend_entry(legend, pg.PlotDataItem([], [], pen=theme.pen(theme.OKABE_ITO["black"], 2.0, style=style)),
                 short_name(net))


def words_fit(view: pg.PlotWidget, hint):
    """``hint`` at least as wide as the plot's title and its x axis's name need beside its y axes: a layout that
    gave the view less cut the title (batch norm's "Dispersión por profundidad" in 230 px at 1024×768) or the axis
    name ("entrada − media de su unidad"), and a second y axis pushed the plot past its widget's edge ("Gewichte,
    Nullen" 246 px wide in 235). The legend is not counted: it takes more rows where it is narrow (``fit_legend``)."""
    plot = view.getPlotItem()
    words = [plot.titleLabel.minimumWidth()] if plot.titleLabel.isVisible() else []
    bottom = plot.getAxis("bottom")
    if bottom.isVisible() and bottom.label.isVisible() and (bottom.labelText or "").strip():
        words.append(bottom.label.boundingRect().width() - 2 * bottom.label.document().documentMargin())
    if words:
        axes = sum(plot.getAxis(side).width() for side in ("left", "right") if plot.getAxis(side).isVisible())
        left, _top, right, _bottom = plot.layout.getContentsMargins()
        hint.setWidth(max(hint.width(), math.ceil(max(words) + axes + left + right)))
    return hint


def keep_words_fitting(view: pg.PlotWidget) -> None:
    """Ask the layout again whenever what ``words_fit`` counts changes width: an axis widens when it first draws
    its tick labels, after the layout had read the plot's minimum (the German "% genau 0" axis then ran 5 px
    past the widget). Only when the words no longer fit, or need less than when the layout was last asked (an
    axis narrowed once its ticks came: the layout had kept the wider minimum, and in the 40 %-longer pseudo
    language batch norm's tab asked 1045 px of a 1024-px window): asking on every change upset the row heights a
    layout had shared out (batch norm's first row at 128 px in presentation type)."""
    plot = view.getPlotItem()
    last = words_fit(view, QSize(0, 0)).width()  # what the layout reads first (axes not yet drawn)

    def changed() -> None:
        nonlocal last
        try:
            width = words_fit(view, QSize(0, 0)).width()
        except RuntimeError:  # a part's C++ object is gone: the window is closing (an interrupted render-lessons)
            return
        if width != last and (width > view.width() or width < last):
            view.updateGeometry()
        last = width

    for part in (plot.getAxis("left"), plot.getAxis("right"), plot.getAxis("bottom").label, plot.titleLabel):
        if hasattr(part, "geometryChanged"):
            part.geometryChanged.connect(changed)
    plot.getAxis("bottom").label.document().contentsChanged.connect(changed)


def fit_legend(view: pg.PlotWidget) -> None:
    """As many legend columns as fit across the plot (one row where they all do: each row of the strip
    is taken from the data's height), one where two do not (a projector beside the lesson): a legend wider than
    its plot would widen the plot past its widget and clip it."""
    plot = view.getPlotItem()
    legend = plot.legend
    # No entries yet (batch norm's plots before their first run): no empty strip over the data (18 px of it).
    legend.setMaximumHeight(16777215 if legend.items else 0)
    legend.setVisible(bool(legend.items))
    # The text's own width (a label's bounding rect is the room the layout gave it, not what it needs), and the
    # legend's spacing between a sample and its label and between columns.
    gap = legend.layout.horizontalSpacing()
    entries = [sample.boundingRect().width() + label.item.boundingRect().width() + 2 * gap + 2
               for sample, label in legend.items]
    room = view.width() - 10  # the strip spans the axes' columns too (legend_strip); the loop below catches a miss
    columns = max((c for c in range(1, len(entries) + 1) if _grid_width(entries, c) <= room), default=1)
    if columns > 2:  # more than two only when that saves a row: three entries and three columns, not four and three
        rows = -(-len(entries) // columns)
        while columns > 2 and -(-len(entries) // (columns - 1)) == rows:
            columns -= 1
    if legend.columnCount != columns:
        legend.setColumnCount(columns)
    while columns > 1 and view.centralWidget.minimumWidth() > view.width() + 1:  # the estimate was short of it
        columns -= 1
        legend.setColumnCount(columns)
        plot.layout.activate()


def _grid_width(entries: list[float], columns: int) -> float:
    """The width of entries laid out in ``columns`` (row by row): each column as wide as its widest entry."""
    return sum(max(entries[c::columns]) for c in range(min(columns, len(entries))))


def legend_strip(plot: pg.PlotItem, columns: int = 2) -> pg.LegendItem:
    """A legend in a strip between the title and the data, never on the curves (a class must see both). It takes
    the hidden top axis's row of the plot's layout; ``plot.legend`` makes ``plot(name=…)`` add its entries."""
    legend = pg.LegendItem(colCount=columns, labelTextSize="9pt")
    plot.layout.removeItem(plot.getAxis("top"))
    # Over the y axes too, not only the data: 50-60 px more for a row, so "entrenamiento · prueba" takes one row
    # where it would take two (each row of the strip is taken from the data's height).
    plot.layout.addItem(legend, 1, 0, 1, 3)
    plot.legend = legend
    return legend


class CurvePlot(Retranslating, pg.PlotWidget):
    """Named series against training step, with an optional shaded band between two of them (the gap) and a
    hover read-out of every visible series at the step under the mouse. Title, labels, legend, hint and marks
    are marked sentences (QT_TRANSLATE_NOOP), set again when the language changes: change them with
    ``self.texts.put(self.setTitle, …)`` / ``put(self.setLabel, …, "left")``."""

    def __init__(self, title, y_label, legend: bool = True, parent=None, hint=None):
        super().__init__(parent=parent)
        self.texts.put(self.setTitle, title)
        self.texts.put(self.setLabel, y_label, "left")
        self.texts.put(self.setLabel, QT_TRANSLATE_NOOP("CurvePlot", "step"), "bottom")
        self.showGrid(x=True, y=True, alpha=0.2)
        self.setClipToView(True)
        self.setDownsampling(auto=True, mode="peak")
        # Ranges move in steps, not every frame, so the axes (cached) rarely need redrawing.
        self.enableAutoRange(x=False, y=False)
        self._x_max = 0.0
        self.fixed_x: tuple[float, float] | None = None  # for plots whose x is not the step
        self._y_keeper = RangeKeeper("y")
        cache_axes(self.getPlotItem())
        keep_words_fitting(self)
        self.legend = legend_strip(self.getPlotItem()) if legend else None
        self.buffers: dict[str, Buffer] = {}
        self._secondary: set[str] = set()
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._names: dict[str, object] = {}  # each series' label as marked (the read-out names them)
        self._band: pg.FillBetweenItem | None = None
        self._dirty = False
        self._readout = pg.TextItem(anchor=(0, 0), color="k", fill=pg.mkBrush(255, 255, 255, 220))
        self._readout.setZValue(100)
        self._readout.hide()
        self.addItem(self._readout, ignoreBounds=True)
        self._hover = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)
        self.hint = Hint(self.getPlotItem(), hint) if hint else None  # shown while no curve has a point
        self.marks: list[pg.InfiniteLine] = []  # live changes (``mark``), until the next run
        self._built: tuple | None = None  # the series and band set_series last built

    def set_series(self, specs: list[SeriesSpec], band: tuple[str, str] | None = None) -> bool:
        """Replace every series (a new run, or compare mode switched); ``band`` shades between two of them. The same
        series as now (a reset, a new setting) are only emptied: rebuilding a race's curves and legend froze the
        window 20-70 ms at each reset. True when rebuilt (a caller's own legend entries then go in again)."""
        if self._built == (tuple(specs), band):
            self.clear_curves()
            return False
        self._built = (tuple(specs), band)
        for curve in self.curves.values():
            self.removeItem(curve)
        if self._band is not None:
            self.removeItem(self._band)
            self._band = None
        if self.legend is not None:
            self.legend.clear()
        self.clear_marks()
        self.buffers = {s.key: Buffer() for s in specs}
        self._secondary = {s.key for s in specs if s.secondary}
        self._x_max = 0.0
        self._y_keeper.reset()
        # An empty label keeps a series out of the legend (a compared net's curves: the style key names them).
        self.curves = {s.key: self.plot([], [], pen=theme.pen(s.colour, s.width, s.dashed, s.style))
                       for s in specs}
        self._names = {s.key: s.label for s in specs}
        for spec in specs:
            self.curves[spec.key].opts["name"] = say(spec.label) or None  # the read-out's name
            if self.legend is not None and spec.label:
                legend_entry(self.legend, self.curves[spec.key], spec.label)
        for spec in specs:  # a secondary series (the penalty) under the curves a class reads, never over them
            if spec.secondary:
                self.curves[spec.key].setZValue(-1)
        if band and all(k in self.curves for k in band):
            low, high = band
            self._band = pg.FillBetweenItem(self.curves[low], self.curves[high], brush=pg.mkBrush(213, 94, 0, 40))
            self.addItem(self._band)
        self.fit_legend()
        self._dirty = True
        return True

    def retranslated(self) -> None:
        """Legend, read-out names, hint and marks in the new language (the title and labels are ``texts``)."""
        relabel_legend(self.legend)
        for key, curve in self.curves.items():
            curve.opts["name"] = say(self._names.get(key, "")) or None
        if self.hint is not None:
            self.hint.retranslate()
        for line in self.marks:
            line.label.setFormat(_escaped(say(line.source)))
        self.fit_legend()
        self.updateGeometry()  # a title in the new language can need more width (minimumSizeHint)

    def minimumSizeHint(self):  # noqa: N802
        return words_fit(self, super().minimumSizeHint())

    def fit_legend(self) -> None:
        """After the legend's entries change: one or two columns, whichever fits (see ``fit_legend``), and the
        plot laid out again at once, so the new legend is never drawn where the layout has not yet put it."""
        if self.legend is not None:
            fit_legend(self)
            self.getPlotItem().layout.activate()

    def append(self, key: str, step: float, value: float) -> None:
        self.buffers[key].append(step, value)
        self._dirty = True

    def resizeEvent(self, event) -> None:
        # pyqtgraph sends one resize before __init__ made the legend, and one after close() dropped the plot
        if self.__dict__.get("legend") is not None and self.__dict__.get("plotItem") is not None:
            self.fit_legend()
        super().resizeEvent(event)

    def mark(self, step: float, key: str, text) -> pg.InfiniteLine:
        """A vertical mark at ``step`` saying what changed there ("L2 λ → 0.01"): a live change bends the
        curves, and the class must see which change bent them where. A slider dragged through many values at one
        step leaves one mark, its last value. ``text``: a marked sentence (relabelled on a language change)."""
        source, text = text, _escaped(say(text))
        last = self.marks[-1] if self.marks else None
        if last is not None and last.key == key and abs(last.value() - step) < 1:
            last.label.setFormat(text)
            last.source = source
            return last
        line = pg.InfiniteLine(pos=step, angle=90, movable=False,
                               pen=theme.pen(colours.OKABE_ITO["black"], 1.0, style="dotted"),
                               label=text, labelOpts={"position": MARK_ROWS[len(self.marks) % len(MARK_ROWS)],
                                                      "color": appearance.plot_colour(colours.OKABE_ITO["black"]),
                                                      "anchors": [(0, 0), (0, 0)]})
        line.key, line.source = key, source
        self.addItem(line, ignoreBounds=True)
        self.marks.append(line)
        return line

    def clear_marks(self) -> None:
        for line in self.marks:
            self.removeItem(line)
        self.marks = []

    def clear_curves(self) -> None:
        """A new run is on its way: every curve empty now, not when its first record comes (the old run's curves
        stood under the new preset's controls for two seconds)."""
        for buf in self.buffers.values():
            buf.clear()
        self.clear_marks()
        self._x_max = 0.0
        self._y_keeper.reset()
        self._dirty = True
        self.refresh()

    def refresh(self) -> None:
        if not self._dirty:
            return
        if self.hint is not None:
            self.hint.show(not any(b.n > 1 for b in self.buffers.values()))  # one point draws no line
        self.fit_legend()  # cheap; and the theme or presentation scale may have resized the labels
        for key, curve in self.curves.items():
            buf = self.buffers[key]
            curve.setData(buf.x, buf.y)
        self._fit_ranges()
        self._dirty = False

    def _fit_ranges(self) -> None:
        """x: 0 … the next round number past 1.5× the last step, so it moves rarely."""
        filled = [b for b in self.buffers.values() if b.n]
        if not filled:
            return
        last = max(b.x[-1] for b in filled)
        if self.fixed_x is not None:
            if self._x_max == 0:
                self._x_max = self.fixed_x[1]
                self.setXRange(*self.fixed_x, padding=0)
        elif last > self._x_max or self._x_max == 0:
            self._x_max = _nice_ceiling(max(last, 10) * 1.5)
            self.setXRange(0, self._x_max, padding=0)
        if self.getPlotItem().ctrl.logYCheck.isChecked():  # a log axis shows an early outlier as it is
            values = np.concatenate([b.y for b in filled])
            values = np.log10(values[values > 0])
        else:
            secondary = self._secondary
            values = robust_values([b.y for k, b in self.buffers.items() if b.n and k not in secondary],
                                   [b.y for k, b in self.buffers.items() if b.n and k in secondary])
        self._y_keeper.fit(self.getPlotItem().vb, values)

    def set_log_y(self, on: bool) -> None:
        self.setLogMode(y=on)
        self._y_keeper.reset()
        self._dirty = True

    def _on_mouse(self, event) -> None:
        pos: QPointF = event[0]
        vb = self.getPlotItem().vb
        if not self.sceneBoundingRect().contains(pos) or not any(b.n for b in self.buffers.values()):
            self._readout.hide()
            return
        point = vb.mapSceneToView(pos)
        step = point.x()
        lines = []
        for key, buf in self.buffers.items():
            if not buf.n or not self.curves[key].isVisible():
                continue
            i = int(np.argmin(np.abs(buf.x - step)))  # the nearest recorded step
            lines.append(f"{self.curves[key].name()}: {buf.y[i]:.4g}")
            nearest_step = buf.x[i]
        heading = QCoreApplication.translate("CurvePlot", "step {step}").format(step=count(round(nearest_step)))
        self._readout.setText(heading + "\n" + "\n".join(lines))
        self._readout.setPos(point)
        self._readout.show()


def _escaped(text: str) -> str:
    """A mark's label is a format string: braces in it shown as braces."""
    return text.replace("{", "{{").replace("}", "}}")
