"""Each class's accuracy, a bar per net: a pair's or a race's side by side on one scale (the Errors tab)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from .. import appearance, theme
from .curves import cache_axes, legend_entry, legend_strip, relabel_legend
from .net_names import net_words

translate = QCoreApplication.translate  # lupdate reads the literal context ("ErrorsPanel": the tab's own words)

# A net's bars in the accuracy chart, in the palette's theme variants: every pair at least ΔE 21 apart in normal,
# protan and deutan vision in both themes, and never vermillion, the colour of the matrix's mistakes. Not green:
# beside purple it was ΔE 13-19, and beside black a reviewer's deuteranope simulation made it a second dark grey. The
# bar's place in its group says the net too (left to right as the key names them): colour is never the only cue.
BAR_COLOURS = ("blue", "orange", "black", "purple")


class AccuracyBars:
    """Each class's accuracy on the test examples: one bar per net, a pair's or a race's side by side in each class's
    group on one scale (0-1), so a class compares them digit by digit; a key names the nets in their bars' order."""

    def __init__(self, layout: pg.GraphicsLayout, at: tuple, names: list[str], classes: tuple[str, ...], unit: str):
        row, col, rows, cols = at
        self.unit, self.names, n = unit, list(names), len(classes)
        self.plot = layout.addPlot(row=row, col=col, rowspan=rows, colspan=cols)
        self.plot.setYRange(0, 1, padding=0)
        self.plot.setXRange(-0.5, n - 0.5, padding=0.02)
        self.plot.getAxis("bottom").setTicks([[(i, c) for i, c in enumerate(classes)]])
        self.plot.getAxis("bottom").setStyle(tickLength=4)  # outward: inward, each tick notched a bar's foot
        self.plot.hideButtons()
        self.plot.setMouseEnabled(False, False)
        cache_axes(self.plot)
        many = len(names) > 1
        self.legend = legend_strip(self.plot, columns=len(names)) if many else None
        width = 0.8 / len(names)
        self.items: dict[str, pg.BarGraphItem] = {}
        for i, name in enumerate(names):
            bar = pg.BarGraphItem(x=np.arange(n) + (i - (len(names) - 1) / 2) * width, height=np.zeros(n),
                                  width=0.9 * width)
            self.plot.addItem(bar)
            self.items[name] = bar
            if many:
                legend_entry(self.legend, bar, net_words(name))
        self._theme = ""  # the background the bars were coloured for
        self.colour()
        self.name_parts()

    def name_parts(self) -> None:
        self.plot.setTitle(translate("ErrorsPanel", "accuracy per digit") if self.unit == "digit" else
                           translate("ErrorsPanel", "accuracy per class"))
        relabel_legend(self.legend)

    def colour(self) -> None:
        """Each net's colour as the current theme draws it (again on a theme switch)."""
        if self._theme == appearance.background():
            return
        self._theme = appearance.background()
        for name, colour in zip(self.names, BAR_COLOURS):
            drawn = appearance.plot_colour(theme.OKABE_ITO[colour])
            self.items[name].setOpts(brush=pg.mkBrush(drawn), pen=pg.mkPen(None))  # the key's swatch: a square alone

    def draw(self, name: str, accuracy) -> None:
        self.items[name].setOpts(height=np.nan_to_num(accuracy))

    def clear(self) -> None:
        for bar in self.items.values():
            bar.setOpts(height=np.zeros(len(bar.opts["x"])))

    def heights(self, name: str) -> list[float]:
        """The bars drawn for ``name``: each class's accuracy, as shown."""
        return [float(h) for h in self.items[name].opts["height"]]
