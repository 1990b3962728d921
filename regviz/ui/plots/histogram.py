"""Weight histograms: L1's spike at zero and L2's narrowing, as share of weights per bin."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ...core.run.race import STYLES
from .. import theme
from ...core.translatable import QT_TRANSLATE_NOOP
from .curves import RangeKeeper, cache_axes, fit_legend, legend_entry, legend_strip, relabel_legend
from ..texts import Retranslating


CENTRAL_SHARE = 0.995  # the x range holds this share of each variant's weights


def central_span(edges: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The edges of the bins that hold the central CENTRAL_SHARE of the weights: one large weight set the range
    to ±5 around a spike of all the others, which then was a single bar a class could not read."""
    total = float(counts.sum())
    if total <= 0:
        return edges
    cumulative = np.cumsum(counts) / total
    tail = (1 - CENTRAL_SHARE) / 2
    first = int(np.searchsorted(cumulative, tail, side="right"))
    last = int(np.searchsorted(cumulative, 1 - tail, side="left"))
    return edges[[max(0, first - 1), min(len(edges) - 1, last + 2)]]


class HistogramPlot(Retranslating, pg.PlotWidget):
    """One step-shaped histogram per variant; the first filled, the others outlined in their line styles. Its
    title, labels and legend are marked sentences (set again when the language changes)."""

    def __init__(self, title=QT_TRANSLATE_NOOP("HistogramPlot", "Weight histogram"),
                 x_label=QT_TRANSLATE_NOOP("HistogramPlot", "weight value"), parent=None):
        super().__init__(parent=parent)
        self.texts.put(self.setTitle, title)
        self.texts.put(self.setLabel, QT_TRANSLATE_NOOP("HistogramPlot", "share of weights (%)"), "left")
        self.texts.put(self.setLabel, x_label, "bottom")
        self.showGrid(x=True, y=True, alpha=0.2)
        cache_axes(self.getPlotItem())
        self.enableAutoRange(x=False, y=False)
        self._x_keeper = RangeKeeper("x", symmetric=True)
        self._y_keeper = RangeKeeper("y")
        self.legend = legend_strip(self.getPlotItem())
        self.items: dict[str, pg.PlotDataItem] = {}
        self._latest: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._built: tuple | None = None  # what set_names last built

    def set_names(self, names: list[str], colours: list[str] | None = None, labels: list | None = None,
                  legend: bool = True) -> None:
        """One histogram per name (the keys ``set_data`` takes); ``labels``: the legend's words for them (marked
        sentences), the names themselves by default; no legend where a key beside the plot names them."""
        labels = labels or names
        colours = colours or [theme.TRAIN, theme.OKABE_ITO["black"]]
        built = (tuple(names), tuple(colours), tuple(labels), legend)
        if built == self._built:  # a reset, a new setting: the same histograms, emptied
            self.clear_data()
            return
        self._built = built
        for item in self.items.values():
            self.removeItem(item)
        self.legend.clear()
        self.items = {}
        self._latest = {}
        self._x_keeper.reset()
        self._y_keeper.reset()
        for i, (name, label, style) in enumerate(zip(names, labels, STYLES)):
            colour = colours[min(i, len(colours) - 1)]
            if i == 0:
                item = pg.PlotDataItem(stepMode="center", fillLevel=0, pen=theme.pen(colour, 1.5),
                                       brush=pg.mkBrush(0, 114, 178, 90))
            else:  # the others outlined, each in its line style (a race's variants)
                item = pg.PlotDataItem(stepMode="center", pen=theme.pen(colour, 2.0, style=style))
            self.addItem(item)
            if legend:
                legend_entry(self.legend, item, label)
            self.items[name] = item
        fit_legend(self)

    def fit_legend(self) -> None:
        fit_legend(self)

    def retranslated(self) -> None:
        relabel_legend(self.legend)
        fit_legend(self)

    def resizeEvent(self, event) -> None:
        if self.__dict__.get("legend") is not None:  # pyqtgraph sends one resize before __init__ made it
            fit_legend(self)
        super().resizeEvent(event)

    def clear_data(self) -> None:
        """A new run is on its way: no bars of the old one."""
        self._latest = {}
        for item in self.items.values():
            item.clear()
        self._x_keeper.reset()
        self._y_keeper.reset()

    def set_data(self, name: str, edges: np.ndarray, counts: np.ndarray) -> None:
        self._latest[name] = (edges, counts)

    def refresh(self) -> None:
        if not self._latest:
            return
        fit_legend(self)
        xs, ys = [], []
        for name, (edges, counts) in self._latest.items():
            total = counts.sum()
            share = counts / total * 100 if total else counts
            self.items[name].setData(edges, share)
            xs.append(central_span(edges, counts))
            ys.append(np.append(share, 0.0))
        self._latest = {}
        view = self.getPlotItem().vb
        self._x_keeper.fit(view, np.concatenate(xs))
        self._y_keeper.fit(view, np.concatenate(ys))
