"""Panels beside the training view."""
import pytest


def _value(panel, key):
    return float(panel.values[key].text())


def test_worked_examples_show_the_notes_numbers_and_recompute_as_you_type(window, qtbot):
    panel = window.worked
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.values["l2_total"].text() != "…", timeout=60000)
    assert _value(panel, "mse_notes") == pytest.approx(19.375)
    assert _value(panel, "l2_total") == pytest.approx(19.4)
    assert _value(panel, "l1_penalty") == pytest.approx(0.05)
    assert _value(panel, "l1_total") == pytest.approx(19.425)
    assert _value(panel, "mse") == pytest.approx(16.875)
    assert "2λw = 0.1" in panel.gradient.text()
    panel.fields["w"].setText("2")
    assert _value(panel, "mse") == pytest.approx(0.0)  # y = 2x exactly
    assert _value(panel, "l2_penalty") == pytest.approx(0.4)
    assert "2λw = 0.4" in panel.gradient.text()


def test_worked_examples_reject_bad_input_and_keep_the_last_numbers(window, qtbot):
    panel = window.worked
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.values["l2_total"].text() != "…", timeout=60000)
    panel.fields["x"].setText("1, 2, three")
    assert "Not a valid input" in panel.message.text()
    assert _value(panel, "l2_total") == pytest.approx(19.4)
    panel.fields["x"].setText("1, 2, 3")
    assert "Not a valid input" in panel.message.text()  # 3 values of X for 4 of y
    panel.fields["x"].setText("1, 2, 3, 4")
    assert panel.message.text() == ""
