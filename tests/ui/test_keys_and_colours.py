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
