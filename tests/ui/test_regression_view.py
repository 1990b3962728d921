"""A regression in the window (issue 24): the fitted curve where the boundary was, MSE and R² on the curves, a
click that adds an (x, y) training point, the 1-input net on the Network tab, and the classification-only tabs
saying so."""
import numpy as np
from PySide6.QtCore import QPointF, Qt


def _screen(fit, xy):
    box = fit.getPlotItem().getViewBox()
    return fit.mapFromScene(box.mapViewToScene(QPointF(*xy)))


def _start(window, qtbot, preset):
    """Load ``preset`` and wait for its run; the run's RunInfo."""
    started = []
    window.state.run_started.connect(started.append)
    window.state.load_preset(preset)
    qtbot.waitUntil(lambda: bool(started) and started[-1].config.name == preset, timeout=60000)
    return started[-1]


def _bishop(window, qtbot):
    info = _start(window, qtbot, "bishop-sin")
    assert info.task == "regression"
    window.state.train_for(60)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 60, timeout=60000)
    return window.panels["training"], info


def test_the_training_tab_draws_the_fitted_curve_over_filled_train_and_hollow_test_points(window, qtbot):
    panel, info = _bishop(window, qtbot)
    window.show_tab("training")
    fit = panel.fit
    assert fit.isVisible() and not panel.boundary.isVisible()
    assert panel.loss_plot.getPlotItem().getAxis("left").labelText == "MSE"
    assert "R²" in panel.accuracy_plot.getPlotItem().titleLabel.text
    x, y = fit.train.getData()
    np.testing.assert_allclose(x, info.train_points[:, 0])
    np.testing.assert_allclose(y, info.train_labels)
    assert len(fit.test.getData()[0]) == 90 and fit.test.opts["brush"].style() == Qt.BrushStyle.NoBrush
    assert fit.train.opts["brush"].style() != Qt.BrushStyle.NoBrush
    window.refresh_plots(all_plots=True)
    last = window.state.last_record.models[0]
    cx, cy = fit.curves["main"].getData()
    assert len(cx) == 200 and np.allclose(cy, last.curve)  # the curve the last record carried
    record_curve = last.curve
    window.state.train_for(200)  # and it moves as the net trains
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 260, timeout=60000)
    window.refresh_plots(all_plots=True)
    assert not np.allclose(fit.curves["main"].getData()[1], record_curve)


def test_a_click_on_the_fitted_curve_view_adds_an_x_y_training_point(window, qtbot):
    panel, _ = _bishop(window, qtbot)
    window.show_tab("training")
    fit = panel.fit
    starts = []
    window.state.run_started.connect(starts.append)
    n = len(fit.true_points)
    qtbot.mouseClick(fit.viewport(), Qt.MouseButton.LeftButton, pos=_screen(fit, (0.3, 1.5)))
    qtbot.waitUntil(lambda: len(fit.train.getData()[0]) == n + 1, timeout=30000)  # drawn once it trains on it
    points, values = window.state.points
    assert points.shape == (n + 1, 1) and abs(points[-1, 0] - 0.3) < 0.02 and abs(values[-1] - 1.5) < 0.05
    window.state.train_for(5)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 65, timeout=60000)
    assert not starts  # the same net trains on: no reset
    # Shift+click on that point deletes it
    qtbot.mouseClick(fit.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     _screen(fit, (float(points[-1, 0]), float(values[-1]))))
    qtbot.waitUntil(lambda: len(fit.train.getData()[0]) == n, timeout=30000)


def test_the_network_tab_draws_the_one_input_net_and_the_classification_tabs_say_so(window, qtbot):
    assert _start(window, qtbot, "notes-line").task == "regression"
    window.show_tab("network")
    window.state.train_for(10)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 10, timeout=60000)
    view = next(m.network for m in [window.state.last_record.models[0]] if m.network is not None)
    assert view.widths == (1, 1) and view.input_names == ("x",)
    window.refresh_plots(all_plots=True)
    assert "applies to classification" in window.panels["errors"].summary.text()
    assert "applies to classification" in window.panels["fgsm"].status.text()
    assert not window.regularizers.switches["adversarial"].isEnabled()


def test_the_worked_cell_starts_a_live_run_on_the_notes_x_and_y_and_keeps_the_broadcast_19_375(window, qtbot):
    panel = window.panels["worked"]
    window.tabs.setCurrentWidget(panel)
    started = []
    window.state.run_started.connect(started.append)
    panel.fields["lam"].setText("0.2")
    panel.train_live.click()
    qtbot.waitUntil(lambda: bool(started) and started[-1].config.name == "notes-line", timeout=60000)
    info = started[-1]
    assert info.task == "regression" and info.config.regularization.l2 == 0.2
    assert info.train_points[:, 0].tolist() == [1, 2, 3, 4] and info.train_labels.tolist() == [2, 4, 6, 8]
    assert window.tabs.currentWidget() is window.panels["training"]
    panel.fields["lam"].setText("0.1")
    assert panel.values["mse_notes"].text() == "19.375" and panel.values["mse"].text() == "16.875"
    panel.fields["lam"].setText("11")  # out of the field's range: refused, saying so, no run
    panel.train_live.click()
    assert "Not started" in panel.message.text() and started[-1].config.regularization.l2 == 0.2
