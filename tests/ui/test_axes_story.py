"""Axes that show the story (issue 21, item 4): ranges a class can read, named axes, colour keys, shared scales,
tick labels that never run together. Views are fed synthetic records (tests/ui/fake_runs.py)."""
import re

import numpy as np
import pytest
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage, QPainter

from fake_runs import model_record, record, run_info
from screen_checks import contrast
from regviz.ui import appearance


def _top(plot) -> float:
    return plot.getPlotItem().vb.viewRange()[1][1]


def test_a_large_early_penalty_leaves_the_loss_axis_to_the_losses(qtbot):
    from regviz.ui.panels.training import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_run(run_info())
    for step in range(0, 400, 10):  # a penalty of 500 at the start, decaying; losses from 0.7 to 0.3
        panel.on_record(record(step, model_record(loss=0.3 + 0.4 * np.exp(-step / 100),
                                                  penalty=500 * np.exp(-step / 30))))
    panel.loss_plot.refresh()
    assert 0.84 <= _top(panel.loss_plot) < 1.5  # the test loss's start (0.84) on the plot, not 500


def test_a_first_evaluation_far_above_the_rest_runs_off_the_top_and_a_normal_descent_does_not(qtbot):
    from regviz.ui.plots.curves import CurvePlot, SeriesSpec

    plot = CurvePlot("Loss", "cross-entropy")
    qtbot.addWidget(plot)
    plot.set_series([SeriesSpec("train", "train", "#0072B2")])
    for step, value in enumerate([60.0] + [1.0 - 0.01 * i for i in range(30)]):
        plot.append("train", step, value)
    plot.refresh()
    assert 1.0 <= _top(plot) < 2.0
    plot.set_series([SeriesSpec("train", "train", "#0072B2")])  # 2.3 down to 0.05 (MNIST): all of it stays
    for step in range(30):
        plot.append("train", step, 0.05 + 2.25 * np.exp(-step / 3))
    plot.refresh()
    assert _top(plot) >= 2.3


def test_a_race_histogram_spans_its_weights_not_one_stray_weight(qtbot):
    from regviz.ui.plots.histogram import HistogramPlot

    plot = HistogramPlot()
    qtbot.addWidget(plot)
    names = ["l1", "l2", "dropout", "none"]
    plot.set_names(names)
    rng = np.random.default_rng(0)
    for i, name in enumerate(names):
        weights = rng.normal(scale=0.1, size=2000)
        if i == 0:
            weights[0] = 5.0  # one stray weight
        limit = np.abs(weights).max()
        counts, edges = np.histogram(weights, bins=41, range=(-limit, limit))
        plot.set_data(name, edges, counts.astype(float))
    plot.refresh()
    low, high = plot.getPlotItem().vb.viewRange()[0]
    assert high < 1.5 and low > -1.5  # the weights' ±0.35, not ±5


def test_the_decision_boundary_names_its_axes_and_has_a_colour_key(qtbot):
    from regviz.ui.plots.boundary import BoundaryPanel

    panel = BoundaryPanel()
    qtbot.addWidget(panel)
    info = run_info()
    panel.set_run(["regularized"], info.boundary_extent, info.train_points, info.train_labels, info.test_points,
                  info.test_labels)
    plot = panel.views["regularized"][0]
    assert plot.getAxis("bottom").labelText == "x₁" and plot.getAxis("left").labelText == "x₂"
    assert isinstance(panel.colour_bar, pg.ColorBarItem) and panel.colour_bar.scene() is panel.scene()
    assert panel.colour_bar.getAxis("bottom").labelText == "P(blue class): 0 orange … 1 blue"
    assert [text for _, text in panel.colour_bar.axis._tickLevels[0]] == ["0", "0.5", "1"]


def test_the_sparsity_axis_is_named(qtbot):
    from regviz.ui.plots.twin import NormSparsityPlot

    plot = NormSparsityPlot()
    qtbot.addWidget(plot)
    axis = plot.getPlotItem().getAxis("right")
    assert axis.isVisible() and axis.labelText == "% exactly 0"


def _colours(html: str) -> list[QColor]:
    return [QColor(c) for c in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", html)]


@pytest.fixture
def dark_after(qapp):
    """Yields a function that switches a widget to the dark theme; the light theme is back afterwards."""
    widgets = []

    def dark(widget):
        widgets.append(widget)
        appearance.apply(widget, "dark")
    yield dark
    for widget in widgets:
        appearance.apply(widget, "light")


def test_batchnorm_ridges_share_one_x_scale_and_key_their_layers_legibly_in_the_dark(qtbot, dark_after):
    from regviz.ui.panels.batchnorm import VARIANTS, BatchNormPanel

    panel = BatchNormPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.set_run(run_info(names=VARIANTS, hidden=(16,) * 8))
    dark_after(panel)  # switched after the run began: its curves must take the dark theme's colours
    panel.on_record(record(10, model_record("batch norm", layers=8, spread=1.0),
                           model_record("no batch norm", layers=8, spread=0.4)))
    for plot in panel.plots:
        plot.refresh()
    with_bn, without = panel.ridges["batch norm"], panel.ridges["no batch norm"]
    assert with_bn.getPlotItem().vb.viewRange()[0] == pytest.approx(without.getPlotItem().vb.viewRange()[0])
    background = QColor(appearance.background())
    for ridge in (with_bn, without):
        assert [label.textItem.toPlainText().split()[-1] for label in ridge.labels] == [str(i) for i in range(1, 9)]
        for curve, label in zip(ridge.curves, ridge.labels):
            assert contrast(curve.opts["pen"].color(), background) >= 3.0
            swatch, text = _colours(label.textItem.toHtml())[-2:]
            assert swatch == curve.opts["pen"].color()  # the key's swatch is its curve's colour
            assert contrast(swatch, background) >= 3.0 and contrast(text, background) >= 4.5
    for plot in (panel.std_plot, panel.mean_plot):
        for curve in plot.curves.values():
            assert contrast(curve.opts["pen"].color(), background) >= 3.0


def touching_tick_labels(axis: pg.AxisItem) -> list[tuple[str, str]]:
    """Pairs of tick labels that would be drawn touching (as the axis lays them out to paint)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(axis.style["tickFont"] or axis.font())
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    texts = specs[2] if specs else []
    return [(a[2], b[2]) for i, a in enumerate(texts) for b in texts[i + 1:]
            if a[0].adjusted(-2, 0, 2, 0).intersects(b[0])]


def test_sweep_ticks_over_one_decade_do_not_run_together(qtbot):
    from regviz.ui.panels.sweep import SweepPanel

    panel = SweepPanel()
    qtbot.addWidget(panel)
    panel.resize(760, 420)
    panel.show()
    for value in np.geomspace(1e-4, 1e-3, 6):
        panel.on_row({"value": float(value), "train_loss": 0.3, "test_loss": 0.5})
    panel.plot.getPlotItem().vb.autoRange()
    qtbot.wait(10)
    axis = panel.plot.getPlotItem().getAxis("bottom")
    assert touching_tick_labels(axis) == []


def test_fgsm_bars_label_their_digits_apart(qtbot):
    from regviz.ui.panels.fgsm import FgsmPanel

    panel = FgsmPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 600)  # each bar chart ~140 px wide: ten digits did not fit
    panel.show()
    qtbot.wait(10)
    for bar in panel.bars.values():
        plot = next(item for item in panel.images.ci.items if isinstance(item, pg.PlotItem)
                    and bar in item.items)
        assert touching_tick_labels(plot.getAxis("bottom")) == []
