"""Weight norm and sparsity over time on one plot, each with its own axis (pyqtgraph's MultiplePlotAxes)."""
from __future__ import annotations

import pyqtgraph as pg

from ...core.run.race import STYLES
from ...core.translatable import QT_TRANSLATE_NOOP
from .. import theme
from .curves import Buffer, CurvePlot, SeriesSpec, legend_entry, style_key


SPARSITY_LABEL = QT_TRANSLATE_NOOP("NormSparsityPlot", "% exactly 0")  # the right axis
# its legend entry: short, so the labelled axis and the legend fit a 1024-px column
SPARSITY_KEY = QT_TRANSLATE_NOOP("NormSparsityPlot", "% zero")


class NormSparsityPlot(CurvePlot):
    """‖w‖₂ on the left axis; sparsity (share of weights exactly 0, in %) on the right, 0–100."""

    def __init__(self, parent=None):
        # A short title: the labelled right axis took the width "Weight size, zeros" needed at 1024 px.
        super().__init__(QT_TRANSLATE_NOOP("NormSparsityPlot", "Weights, zeros"), "‖w‖₂", parent=parent)
        self.right = pg.ViewBox()
        plot = self.getPlotItem()
        plot.showAxis("right")
        plot.scene().addItem(self.right)
        plot.getAxis("right").linkToView(self.right)
        # The right axis is the pink curve's, named on the axis as in the legend: unlabelled, a class read its
        # 0–100 as the norm's.
        self.texts.put(plot.setLabel, SPARSITY_LABEL, "right")
        plot.getAxis("right").setTextPen(theme.SPARSITY)
        for side in ("left", "right"):  # two labelled axes in a third of 1024 px beside a lesson: 3 px each closer
            plot.getAxis(side).setStyle(tickTextOffset=2)
        self.right.setXLink(plot)
        self.right.setYRange(0, 100)
        self.right.setMouseEnabled(y=False)
        plot.vb.sigResized.connect(self._sync_geometry)
        self.sparsity_curves: dict[str, pg.PlotDataItem] = {}
        self.sparsity_buffers: dict[str, Buffer] = {}

    def _sync_geometry(self) -> None:
        self.right.setGeometry(self.getPlotItem().vb.sceneBoundingRect())

    def set_variants(self, names: list[str]) -> None:
        if not self.set_series([SeriesSpec(f"norm:{n}", "‖w‖₂" if i == 0 else "", theme.NORM, style=style)
                                for i, (n, style) in enumerate(zip(names, STYLES))]):
            return  # the same nets: emptied (clear_curves), its sparsity curves and legend kept
        for curve in self.sparsity_curves.values():
            self.right.removeItem(curve)
        self.sparsity_buffers = {n: Buffer() for n in names}
        self.sparsity_curves = {}
        for i, (n, style) in enumerate(zip(names, STYLES)):
            curve = pg.PlotDataItem([], [], pen=theme.pen(theme.SPARSITY, 2.0, style=style))
            self.right.addItem(curve)
            if i == 0:
                legend_entry(self.legend, curve, SPARSITY_KEY)
            self.sparsity_curves[n] = curve
        if len(names) == 2:  # a race's styles are named on the loss plot; one key here would crowd the legend
            style_key(self.legend, names[1])
        self.fit_legend()

    def append_variant(self, name: str, step: float, norm: float, sparsity: float) -> None:
        self.append(f"norm:{name}", step, norm)
        self.sparsity_buffers[name].append(step, sparsity * 100)

    def clear_curves(self) -> None:
        for buf in self.sparsity_buffers.values():
            buf.clear()
        super().clear_curves()

    def refresh(self) -> None:
        dirty = self._dirty
        super().refresh()
        if dirty:
            for name, curve in self.sparsity_curves.items():
                buf = self.sparsity_buffers[name]
                curve.setData(buf.x, buf.y)
            self.right.enableAutoRange(y=False)
            self.right.setYRange(0, 100, padding=0.02)
