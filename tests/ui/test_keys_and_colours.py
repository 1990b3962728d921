"""Keys and colours (issue 21, item 3): the penalty never hides a curve under it, and the Run icons are seen
in both themes."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from fake_runs import run_info
from screen_checks import contrast
from regviz.ui import appearance


def test_the_penalty_is_drawn_under_the_losses_in_its_own_dash_pattern(qtbot):
    from regviz.ui.panels.training import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_run(run_info())
    curves = panel.loss_plot.curves
    penalty, train, test = (curves[f"{k}:regularized"] for k in ("penalty", "train", "test"))
    assert penalty.zValue() < min(train.zValue(), test.zValue())
    styles = {curve.opts["pen"].style() for curve in (penalty, train)}
    assert len(styles) == 2 and penalty.opts["pen"].style() == Qt.PenStyle.DashDotLine


def _ink(icon) -> QColor:
    """The mean colour of an icon's opaque pixels."""
    image = icon.pixmap(32, 32).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    ink = [p for p in pixels if p.alpha() > 200]
    assert ink, "an empty icon"
    return QColor(*(round(sum(getattr(p, c)() for p in ink) / len(ink)) for c in ("red", "green", "blue")))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_run_icons_stand_out_on_the_toolbar_in_each_theme(qtbot, settings, theme):
    from regviz.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    try:
        appearance.apply(window, theme)
        background = QApplication.palette().color(QPalette.ColorRole.Window)  # the toolbar's
        menus = window.menus
        for action in (menus.play_action, menus.step_action, menus.reset_action):
            assert contrast(_ink(action.icon()), background) >= 3.0, (theme, action.text())
        assert contrast(_ink(menus._pause_icon), background) >= 3.0
    finally:
        appearance.apply(window, "light")
        window.close()


def test_a_regression_s_train_points_follow_a_theme_switch(qtbot):
    """The fitted-curve plot's filled train points (and their legend swatch) built in one theme keep contrast in the
    other: built under the dark theme they had a white outline, still white on the light theme's white."""
    import numpy as np
    from PySide6.QtWidgets import QWidget, QVBoxLayout
    from regviz.ui.plots.fit import FitPanel

    host = QWidget()
    qtbot.addWidget(host)
    try:
        appearance.apply(host, "dark")
        panel = FitPanel()
        QVBoxLayout(host).addWidget(panel)
        panel.set_run(["main"], (-1, 1, -1, 1), np.zeros((3, 1)), np.zeros(3), np.ones((2, 1)), np.ones(2))
        host.show()
        for theme in ("light", "dark", "light"):
            appearance.apply(host, theme)
            background = panel.backgroundBrush().color()
            swatch = next(sample.item for sample, label in panel.legend.items if label.text == "train")
            assert swatch is panel.train
            assert contrast(panel.train.opts["pen"].color(), background) >= 3.0, theme
            assert contrast(panel.test.opts["pen"].color(), background) >= 3.0, theme
    finally:
        appearance.apply(host, "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_batch_norm_layer_key_is_legible_in_each_theme(qtbot, theme):
    """The ridge plots' 'layer N' labels: their text colour (pyqtgraph's default is light grey, 1.7:1 on white)
    at 4.5:1 on the plot in each theme."""
    import numpy as np
    from PySide6.QtWidgets import QWidget
    from regviz.core.records import LayerStats
    from regviz.ui.panels.batchnorm import RidgePlot

    host = QWidget()
    qtbot.addWidget(host)
    try:
        appearance.apply(host, theme)
        ridge = RidgePlot("batch norm", host)
        edges = np.linspace(-2, 2, 11)
        ridge.set_stats([LayerStats(layer=i + 1, std=1.0, mean=0.0, hist=np.arange(10.0), edges=edges)
                         for i in range(3)])
        ridge.refresh()
        background = ridge.backgroundBrush().color()
        assert len(ridge.labels) == 3
        for label in ridge.labels:
            assert contrast(label.color, background) >= 4.5, (theme, label.toPlainText(), label.color.name())
    finally:
        appearance.apply(host, "light")


def test_a_theme_switch_recolours_what_a_paused_run_drew(qtbot):
    """Switched to the dark theme with nothing new to draw (a paused lesson step): batch norm's layer ridges and a
    line style's legend key (an item outside the plot) take the dark theme's colours, ≥ 3:1 on the plot."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QVBoxLayout, QWidget
    from regviz.core.records import LayerStats
    from regviz.ui.panels.batchnorm import RidgePlot
    from regviz.ui.plots.curves import style_key

    host = QWidget()
    QVBoxLayout(host)
    qtbot.addWidget(host)
    try:
        appearance.apply(host, "light")
        ridge = RidgePlot("batch norm", host)
        plot = pg.PlotWidget(host)
        host.layout().addWidget(ridge)
        host.layout().addWidget(plot)
        legend = plot.getPlotItem().addLegend()
        style_key(legend, "baseline")
        edges = np.linspace(-2, 2, 11)
        ridge.set_stats([LayerStats(layer=i + 1, std=1.0, mean=0.0, hist=np.arange(10.0), edges=edges)
                         for i in range(3)])
        ridge.refresh()
        host.show()
        appearance.apply(host, "dark")
        background = ridge.backgroundBrush().color()
        for curve in ridge.curves:
            assert contrast(curve.opts["pen"].color(), background) >= 3.0, curve.opts["pen"].color().name()
        key = legend.items[0][0].item
        assert contrast(pg.mkPen(key.opts["pen"]).color(), plot.backgroundBrush().color()) >= 3.0
    finally:
        appearance.apply(host, "light")
