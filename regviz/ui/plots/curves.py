"""Live curves over training steps, drawn from preallocated numpy buffers (pyqtgraph's scrolling-plot pattern).

Records append to buffers (cheap, any rate); ``refresh()`` redraws only dirty curves with ``setData(buf[:n])``,
called by the window's redraw timer (each training plot about 20 times a second). Long runs stay light: clip-to-view plus peak downsampling.
"""
from __future__ import annotations

from dataclasses import dataclass

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from .. import theme


def cache_axes(plot: pg.PlotItem) -> None:
    """Let Qt keep each axis as a pixmap: axes redraw only when their range changes, not on every frame (axis
    text was two thirds of the window's painting time while training). And no SI-prefix multipliers on a
    teaching plot: "weight value (x0.001)" with ticks −500…500 reads as 500 to a class."""
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.getAxis(name).enableAutoSIPrefix(False)


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
    label: str
    colour: str
    dashed: bool = False
    width: float = 2.0
    style: str = "solid"  # or dotted, dashdot (theme.LINE_STYLES); ``dashed`` wins


SHORT_NAMES = {"batch norm": "BN", "no batch norm": "no BN"}  # legend labels that fit a projector's column


def short_name(net: str) -> str:
    return SHORT_NAMES.get(net, net)


def style_key(legend: pg.LegendItem, net: str, style: str = "dashed") -> None:
    """A legend entry for a line style rather than a series: a dashed sample and the net's name say once what
    every dashed curve is, so a compared run adds one entry, not one per curve."""
    legend.addItem(pg.PlotDataItem([], [], pen=theme.pen(theme.OKABE_ITO["black"], 2.0, style=style)),
                   short_name(net))


def fit_legend(view: pg.PlotWidget) -> None:
    """As many legend columns as fit between the plot's axes (one row where they all do: each row of the strip
    is taken from the data's height), one where two do not (a projector beside the lesson): a legend wider than
    its plot would widen the plot past its widget and clip it."""
    plot = view.getPlotItem()
    legend = plot.legend
    axes = sum(plot.getAxis(side).width() for side in ("left", "right") if plot.getAxis(side).isVisible())
    # The text's own width (a label's bounding rect is the room the layout gave it, not what it needs).
    entries = [sample.boundingRect().width() + label.item.boundingRect().width() + 8
               for sample, label in legend.items]
    room = view.width() - axes - 20
    columns = max(1, min(len(entries), int(room // max(entries)))) if entries else 1
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


def legend_strip(plot: pg.PlotItem, columns: int = 2) -> pg.LegendItem:
    """A legend in a strip between the title and the data, never on the curves (a class must see both). It takes
    the hidden top axis's row of the plot's layout; ``plot.legend`` makes ``plot(name=…)`` add its entries."""
    legend = pg.LegendItem(colCount=columns, labelTextSize="9pt")
    plot.layout.removeItem(plot.getAxis("top"))
    plot.layout.addItem(legend, 1, 1)
    plot.legend = legend
    return legend


class CurvePlot(pg.PlotWidget):
    """Named series against training step, with an optional shaded band between two of them (the gap) and a
    hover read-out of every visible series at the step under the mouse."""

    def __init__(self, title: str, y_label: str, legend: bool = True, parent=None):
        super().__init__(parent=parent)
        self.setTitle(title)
        self.setLabel("left", y_label)
        self.setLabel("bottom", "step")
        self.showGrid(x=True, y=True, alpha=0.2)
        self.setClipToView(True)
        self.setDownsampling(auto=True, mode="peak")
        # Ranges move in steps, not every frame, so the axes (cached) rarely need redrawing.
        self.enableAutoRange(x=False, y=False)
        self._x_max = 0.0
        self.fixed_x: tuple[float, float] | None = None  # for plots whose x is not the step
        self._y_keeper = RangeKeeper("y")
        cache_axes(self.getPlotItem())
        self.legend = legend_strip(self.getPlotItem()) if legend else None
        self.buffers: dict[str, Buffer] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._band: pg.FillBetweenItem | None = None
        self._dirty = False
        self._readout = pg.TextItem(anchor=(0, 0), color="k", fill=pg.mkBrush(255, 255, 255, 220))
        self._readout.setZValue(100)
        self._readout.hide()
        self.addItem(self._readout, ignoreBounds=True)
        self._hover = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)

    def set_series(self, specs: list[SeriesSpec], band: tuple[str, str] | None = None) -> None:
        """Replace every series (a new run, or compare mode switched); ``band`` shades between two of them."""
        for curve in self.curves.values():
            self.removeItem(curve)
        if self._band is not None:
            self.removeItem(self._band)
            self._band = None
        if self.legend is not None:
            self.legend.clear()
        self.buffers = {s.key: Buffer() for s in specs}
        self._x_max = 0.0
        self._y_keeper.reset()
        # An empty label keeps a series out of the legend (a compared net's curves: the style key names them).
        self.curves = {s.key: self.plot([], [], pen=theme.pen(s.colour, s.width, s.dashed, s.style),
                                        name=s.label if self.legend is not None and s.label else None)
                       for s in specs}
        if band and all(k in self.curves for k in band):
            low, high = band
            self._band = pg.FillBetweenItem(self.curves[low], self.curves[high], brush=pg.mkBrush(213, 94, 0, 40))
            self.addItem(self._band)
        self.fit_legend()
        self._dirty = True

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
        if self.__dict__.get("legend") is not None:  # pyqtgraph sends one resize before __init__ made it
            self.fit_legend()
        super().resizeEvent(event)

    def refresh(self) -> None:
        if not self._dirty:
            return
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
        values = np.concatenate([b.y for b in filled])
        if self.getPlotItem().ctrl.logYCheck.isChecked():
            values = np.log10(values[values > 0])
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
        self._readout.setText(f"step {nearest_step:,.0f}\n" + "\n".join(lines))
        self._readout.setPos(point)
        self._readout.show()
