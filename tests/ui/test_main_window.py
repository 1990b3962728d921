"""The app as a teacher uses it: open, play, pause, change λ live, reset, compare, diverge, close."""
import random

import pytest
from PySide6.QtCore import QPointF, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from regviz.core.content import presets


def _steps(window):
    return window.state.last_record.step if window.state.last_record else -1


def test_window_opens_with_the_overfit_preset_ready(window):
    assert "regviz" in window.windowTitle()
    assert window.state.config.name == "overfit-2d"
    assert window.state.engine.state == "paused"
    assert window.state.last_record.step == 0
    assert window.panels["training"].boundary.isVisible() and len(window.panels["training"].boundary.views) == 1


def test_play_trains_and_curves_gain_points(window, qtbot):
    window.state.engine.play()
    # Records arrive at most 30 a second, whatever the step rate: wait for a few, not for a step count.
    qtbot.waitUntil(lambda: _steps(window) > 50 and len(window.state.history["main"]) >= 3, timeout=20000)
    window.refresh_plots(all_plots=True)
    curve = window.panels["training"].loss_plot.curves["test:main"]
    assert len(curve.getData()[0]) >= 3
    assert window.panels["training"].loss_plot.buffers["train:main"].n >= 3
    assert "step" in window.menus.counter.text()


def test_hovering_a_plot_reads_out_every_curve_at_that_step(window, qtbot):
    window.state.engine.play()
    qtbot.waitUntil(lambda: window.panels["training"].loss_plot.buffers["test:main"].n > 5, timeout=20000)
    window.state.engine.pause()
    window.refresh_plots(all_plots=True)
    plot = window.panels["training"].loss_plot
    step = plot.buffers["test:main"].x[3]
    scene_pos = plot.getPlotItem().vb.mapViewToScene(QPointF(step, 0.5))
    plot._on_mouse((scene_pos,))
    text = plot._readout.toPlainText()
    assert plot._readout.isVisible()
    assert f"step {step:,.0f}" in text and "train:" in text and "test:" in text


def test_space_toggles_play_and_pause_stops_steps(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _steps(window) > 20, timeout=20000)
    assert window.state.engine.state == "running"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.state.engine.state == "paused"
    qtbot.wait(300)
    frozen = _steps(window)
    qtbot.wait(400)
    assert _steps(window) == frozen


def test_step_runs_exactly_one_step(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: _steps(window) == 1, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: _steps(window) == 2, timeout=10000)


def test_changing_l2_while_running_changes_the_penalty_without_a_reset(window, qtbot):
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > 30, timeout=20000)
    assert window.state.last_record.models[0].l2_penalty == 0
    before = _steps(window)
    window.regularizers.switches["l2"].setChecked(True)
    qtbot.waitUntil(lambda: window.state.last_record.models[0].l2_penalty > 0, timeout=10000)
    assert _steps(window) > before  # the same net trained on; a reset would have restarted at 0
    assert window.state.config.regularization.l2 == pytest.approx(0.01)
    window.regularizers.sliders["l2"].setValue(1.0)
    window.regularizers.sliders["l2"].slider.setValue(window.regularizers.sliders["l2"].slider.value() - 1)
    assert window.state.config.regularization.l2 < 1.0 and window.state.config.regularization.l2 > 0.5


def test_reset_reproduces_the_first_loss_exactly(window, qtbot):
    first = window.state.last_record.models[0].train_loss
    window.state.engine.step()
    qtbot.waitUntil(lambda: _steps(window) == 1, timeout=10000)
    after_one = window.state.last_record.models[0].train_loss
    qtbot.keyClick(window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: _steps(window) == 0, timeout=20000)
    assert window.state.last_record.models[0].train_loss == first
    window.state.engine.step()
    qtbot.waitUntil(lambda: _steps(window) == 1, timeout=10000)
    assert window.state.last_record.models[0].train_loss == after_one


def test_changing_the_data_resets_and_says_so(window, qtbot):
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > 20, timeout=20000)
    with qtbot.waitSignal(window.state.engine.run_started, timeout=20000) as started:
        window.experiment.dataset.setCurrentText("spiral")
        window.experiment.dataset.activated.emit(window.experiment.dataset.currentIndex())
        assert "reset" in window.statusBar().currentMessage()
    assert window.state.config.data.name == "spiral"
    assert started.args[0].config.data.name == "spiral"
    with qtbot.waitSignal(window.state.engine.record, timeout=20000) as first:
        pass
    assert first.args[0].step < 200  # a new net: counting from the start again, and still training


def test_compare_trains_a_baseline_from_the_same_start(window, qtbot):
    window.regularizers.switches["l2"].setChecked(True)
    window.menus.compare_box.setChecked(True)
    qtbot.waitUntil(lambda: window.state.last_record is not None and len(window.state.last_record.models) == 2, timeout=20000)
    record = window.state.last_record
    assert [m.name for m in record.models] == ["regularized", "baseline"]
    assert record["regularized"].train_loss == record["baseline"].train_loss  # same initial weights
    assert len(window.panels["training"].boundary.views) == 2
    assert "train:baseline" in window.panels["training"].loss_plot.curves
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > 30, timeout=20000)
    assert window.state.last_record["regularized"].l2_penalty > 0 and window.state.last_record["baseline"].l2_penalty == 0


def test_divergence_pauses_and_says_lower_the_learning_rate(window, qtbot):
    window.state.set_value("training.optimizer", "sgd")
    qtbot.waitUntil(lambda: window.state.last_record is not None and _steps(window) == 0, timeout=20000)
    window.state.set_value("training.lr", 1.0)
    window.state.set_value("regularization.l2", 10.0)
    window.state.engine.play()
    qtbot.waitUntil(lambda: window.state.engine.state == "ended", timeout=20000)
    assert window.state.last_record.diverged
    assert "lower the learning rate" in window.statusBar().currentMessage()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible() and "diverged" in box.text()


def test_an_error_in_training_reaches_the_user_and_the_app_stays_usable(window, qtbot, tmp_path):
    good = window.state.config
    # A data set that is not on disk: the training process fails to build the run and says why.
    window.state.config = good.with_overrides({"data.name": "tv-fashionmnist", "data.root": str(tmp_path)})
    window.state.reset()
    qtbot.waitUntil(lambda: window.state.engine.state == "ended", timeout=20000)
    assert "never downloads" in window.statusBar().currentMessage()
    box = window.findChild(QMessageBox)
    assert box is not None and "FashionMNIST" in box.text()
    window.state.config = good
    window.state.reset()
    window.state.engine.play()
    qtbot.waitUntil(lambda: window.state.engine.state == "running" and _steps(window) > 5, timeout=20000)


def test_a_crashed_training_process_is_reported_and_restarted(window, qtbot):
    window.state.engine.process.process.kill()
    qtbot.waitUntil(lambda: window.state.engine.state == "ended", timeout=20000)
    assert "stopped unexpectedly" in window.statusBar().currentMessage()
    window.state.reset()
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.engine.engine_ready, timeout=60000)
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > 5, timeout=20000)


def test_bad_input_is_refused_with_a_message_and_nothing_lost(window):
    before = window.state.config
    window.experiment.hidden.setText("sixty-four")
    window.experiment.hidden.editingFinished.emit()
    assert window.state.config == before
    assert "model.hidden" in window.statusBar().currentMessage()
    assert window.experiment.hidden.text() == "64, 64, 64"


def test_closing_mid_training_stops_the_worker_within_a_second(window, qtbot):
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > 10, timeout=20000)
    window.close()
    assert QThreadPool.globalInstance().waitForDone(1000)


def test_settings_restore_the_last_experiment(qtbot, settings):
    from regviz.ui.main_window import MainWindow

    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.state.load_preset("l1-sparsity")
    first.close()
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    assert second.state.config == presets.load("l1-sparsity")
    second.close()


def test_three_hundred_random_actions_end_cleanly(window, qtbot):
    rng = random.Random(1234)
    w = window
    actions = [
        lambda: w.state.engine.toggle(),
        lambda: w.state.engine.step(),
        lambda: w.state.reset(),
        lambda: w.menus.compare_box.setChecked(not w.menus.compare_box.isChecked()),
        lambda: w.menus.speed.setValue(rng.randrange(w.menus.speed.maximum() + 1)),
        lambda: w.menus.log_action.trigger(),
        lambda: w.menus.test_points_action.trigger(),
    ]
    for name, switch in w.regularizers.switches.items():
        actions.append(lambda s=switch: s.setChecked(not s.isChecked()) if s.isEnabled() else None)
    for slider in w.regularizers.sliders.values():
        actions.append(lambda s=slider: s.slider.setValue(rng.randrange(101)))
    actions.append(lambda: w.experiment.lr.slider.setValue(rng.randrange(30, 80)))
    actions.append(lambda: w.experiment.noise.slider.setValue(rng.randrange(101)))

    def pick_dataset():
        w.experiment.dataset.setCurrentIndex(rng.randrange(w.experiment.dataset.count()))
        w.experiment.dataset.activated.emit(w.experiment.dataset.currentIndex())

    actions.append(pick_dataset)
    for _ in range(300):
        rng.choice(actions)()
        qtbot.wait(rng.choice([0, 1, 5, 20]))
    w.state.engine.play()
    qtbot.waitUntil(lambda: w.state.last_record is not None, timeout=30000)
    w.close()
    assert QThreadPool.globalInstance().waitForDone(1000)


def test_the_deep_presets_init_scale_is_shown_and_changeable(window, qtbot):
    window.state.load_preset("deep-batchnorm")
    combo = window.experiment.init_scale
    assert combo.currentData() == 1.0
    with qtbot.waitSignal(window.state.engine.run_started, timeout=20000):
        combo.setCurrentIndex(combo.findData(0.25))
        combo.activated.emit(combo.currentIndex())
    assert window.state.config.model.init_scale == 0.25
    combo.setCurrentIndex(combo.findData(None))
    combo.activated.emit(combo.currentIndex())
    assert window.state.config.model.init_scale is None
