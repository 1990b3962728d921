"""Sliders with travel (issue 21): never shorter than 120 px, a log slider at least 25 px and 30 mouse positions
per decade, its arrow keys stepping 1–2–5 within each decade, and a value one can type beside it."""
import math

from PySide6.QtCore import Qt

from regviz.core.config import FIELDS
from regviz.ui.widgets import MIN_PER_DECADE, MIN_TRAVEL, ValueSlider


def _l2(qtbot, value=0.01):
    slider = ValueSlider.for_field("regularization.l2", value)
    qtbot.addWidget(slider)
    slider.show()
    return slider


def test_a_log_slider_has_travel_and_resolution_per_decade(qtbot):
    slider = _l2(qtbot)
    decades = math.log10(FIELDS["regularization.l2"].high / FIELDS["regularization.l2"].log_low)
    assert slider.slider.minimumWidth() >= max(MIN_TRAVEL, MIN_PER_DECADE * decades)
    assert slider.slider.maximum() / decades >= 30
    linear = ValueSlider.for_field("model.dropout", 0.5, low=0.01)
    qtbot.addWidget(linear)
    assert linear.slider.minimumWidth() >= MIN_TRAVEL


def test_arrow_keys_step_one_two_five_within_each_decade(qtbot):
    slider = _l2(qtbot)
    seen = []
    slider.valueChanged.connect(seen.append)
    for _ in range(4):
        qtbot.keyClick(slider.slider, Qt.Key.Key_Right)
    assert seen == [0.02, 0.05, 0.1, 0.2]
    qtbot.keyClick(slider.slider, Qt.Key.Key_Left)
    qtbot.keyClick(slider.slider, Qt.Key.Key_PageDown)
    assert seen[-2:] == [0.1, 0.01]
    assert slider.value() == 0.01 and slider.label.text() == "0.01"
    slider.setValue(10.0)
    qtbot.keyClick(slider.slider, Qt.Key.Key_Right)  # the top of the field: stays there, says nothing
    assert slider.value() == 10.0 and seen[-1] == 0.01


def test_a_typed_value_is_taken_and_a_bad_one_put_back(qtbot):
    slider = _l2(qtbot)
    seen = []
    slider.valueChanged.connect(seen.append)
    slider.label.setText("0.0123456")
    slider.label.editingFinished.emit()
    assert seen == [0.0123] and slider.value() == 0.0123 and slider.label.text() == "0.0123"
    for bad in ("lots", "50", "-1", "nan", ""):
        slider.label.setText(bad)
        slider.label.editingFinished.emit()
        assert slider.value() == 0.0123 and slider.label.text() == "0.0123", bad
    assert seen == [0.0123]


def test_a_focused_slider_takes_the_arrow_keys_before_the_window_and_space_stays_the_windows(qtbot):
    """→ is the window's Step shortcut; while a slider has keyboard focus → steps the slider instead."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    fired = []
    for key in ("Right", "Space"):
        action = QAction(key, window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False, k=key: fired.append(k))
        window.addAction(action)
    slider = ValueSlider.for_field("regularization.l2", 0.01)
    QVBoxLayout(window).addWidget(slider)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    slider.slider.setFocus()
    qtbot.waitUntil(slider.slider.hasFocus)
    qtbot.keyClick(slider.slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider.slider, Qt.Key.Key_Space)
    assert slider.value() == 0.02 and fired == ["Space"]
