"""Live curves over training steps, drawn from preallocated numpy buffers (pyqtgraph's scrolling-plot pattern).

Records append to buffers (cheap, any rate); ``refresh()`` redraws only dirty curves with ``setData(buf[:n])``,
called by the window's ~30 Hz timer. Long runs stay light: clip-to-view plus peak downsampling.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from .. import theme


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


class CurvePlot(pg.PlotWidget):
    """Named series against training step, with an optional shaded band between two of them and a hover
    read-out of every visible series at the step under the mouse."""

    def __init__(self, title: str, y_label: str, band: tuple[str, str] | None = None, parent=None):
        super().__init__(parent=parent)
        self.setTitle(title)
        self.setLabel("left", y_label)
        self.setLabel("bottom", "step")
        self.showGrid(x=True, y=True, alpha=0.2)
        self.setClipToView(True)
        self.setDownsampling(auto=True, mode="peak")
        self.legend = self.addLegend(offset=(-8, 8), labelTextSize="9pt")
        self.buffers: dict[str, Buffer] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._band_keys = band
        self._band: pg.FillBetweenItem | None = None
        self._dirty = False
        self._readout = pg.TextItem(anchor=(0, 0), color="k", fill=pg.mkBrush(255, 255, 255, 220))
        self._readout.setZValue(100)
        self._readout.hide()
        self.addItem(self._readout, ignoreBounds=True)
        self._hover = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)

    def set_series(self, specs: list[SeriesSpec]) -> None:
        """Replace every series (a new run, or compare mode switched)."""
        for curve in self.curves.values():
            self.removeItem(curve)
        if self._band is not None:
            self.removeItem(self._band)
            self._band = None
        self.legend.clear()
        self.buffers = {s.key: Buffer() for s in specs}
        self.curves = {s.key: self.plot([], [], pen=theme.pen(s.colour, s.width, s.dashed), name=s.label)
                       for s in specs}
        if self._band_keys and all(k in self.curves for k in self._band_keys):
            low, high = self._band_keys
            self._band = pg.FillBetweenItem(self.curves[low], self.curves[high], brush=pg.mkBrush(213, 94, 0, 40))
            self.addItem(self._band)
        self._dirty = True

    def append(self, key: str, step: float, value: float) -> None:
        self.buffers[key].append(step, value)
        self._dirty = True

    def refresh(self) -> None:
        if not self._dirty:
            return
        for key, curve in self.curves.items():
            buf = self.buffers[key]
            curve.setData(buf.x, buf.y)
        self._dirty = False

    def set_log_y(self, on: bool) -> None:
        self.setLogMode(y=on)

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
            i = int(np.clip(np.searchsorted(buf.x, step), 0, buf.n - 1))
            lines.append(f"{self.curves[key].name()}: {buf.y[i]:.4g}")
            nearest_step = buf.x[i]
        self._readout.setText(f"step {nearest_step:,.0f}\n" + "\n".join(lines))
        self._readout.setPos(point)
        self._readout.show()
