"""Panels beside the training view."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from regviz.core.content import session
from regviz.core.run.messages import variant_for


def _value(panel, key):
    return float(panel.values[key].text())


def test_worked_examples_show_the_notes_numbers_and_recompute_as_you_type(window, qtbot):
    panel = window.panels["worked"]
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
    panel = window.panels["worked"]
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.values["l2_total"].text() != "…", timeout=60000)
    panel.fields["x"].setText("1, 2, three")
    assert "Not a valid input" in panel.message.text()
    assert _value(panel, "l2_total") == pytest.approx(19.4)
    panel.fields["x"].setText("1, 2, 3")
    assert "Not a valid input" in panel.message.text()  # 3 values of X for 4 of y
    panel.fields["x"].setText("1, 2, 3, 4")
    assert panel.message.text() == ""


def test_batchnorm_panel_receives_both_nets_and_shows_the_difference(window, qtbot):
    window.tabs.setCurrentWidget(window.panels["batchnorm"])
    with qtbot.waitSignal(window.state.engine.run_started, timeout=30000) as started:
        window.panels["batchnorm"].start_button.click()
    assert started.args[0].names == ("batch norm", "no batch norm")
    assert window.state.mode == "batchnorm" and window.state.config.name == "deep-batchnorm"
    window.state.engine.play()
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.last_record.step > 300, timeout=60000)
    window.state.engine.pause()
    record = window.state.last_record
    assert all(m.activations is not None and len(m.activations) == 8 for m in record.models)
    window.refresh_plots(all_plots=True)
    for ridge in window.panels["batchnorm"].ridges.values():
        assert len(ridge.curves) == 8
    assert window.panels["batchnorm"].std_plot.buffers["batch norm:7"].n >= 2
    assert window.panels["batchnorm"].std_plot.buffers["no batch norm:7"].n >= 2
    spreads = window.panels["batchnorm"].spreads()
    with_bn, without = spreads["batch norm"], spreads["no batch norm"]
    assert all(0.5 * with_bn[0] <= s <= 2 * with_bn[0] for s in with_bn)
    assert without[-1] < 0.01 * without[0]  # the signal has vanished by the last layer


def test_leaving_batchnorm_mode_for_a_preset_goes_back_to_one_net(window, qtbot):
    window.tabs.setCurrentWidget(window.panels["batchnorm"])
    with qtbot.waitSignal(window.state.engine.run_started, timeout=30000):
        window.panels["batchnorm"].start_button.click()
    with qtbot.waitSignal(window.state.engine.run_started, timeout=30000) as started:
        window.menus.compare_box.setChecked(True)
    assert started.args[0].names == ("regularized", "baseline")
    assert not window.panels["batchnorm"].active


def test_fgsm_panel_trains_both_nets_and_moving_epsilon_changes_the_picture(window, qtbot):
    panel = window.panels["fgsm"]
    window.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(window.state.engine.run_started, timeout=30000) as started:
        panel.train_button.click()
    assert started.args[0].names == ("standard", "adversarial")
    qtbot.waitUntil(lambda: all(a in panel.curves and panel.curves[a].step >= 800 for a in ("fgsm", "pgd")),
                    timeout=180000)
    assert window.state.engine.state == "paused" and panel.progress.value() == 100
    curve = panel.curves["fgsm"]
    standard, robust = curve.accuracy["standard"], curve.accuracy["adversarial"]
    assert standard[0] > 0.8 and standard[-1] < 0.1  # the standard net's accuracy falls as ε grows...
    assert all(b <= a + 0.02 for a, b in zip(standard, standard[1:]))
    eps = curve.epsilons.index(0.2)
    assert standard[eps] < 0.3 and robust[eps] >= 0.6  # ...and adversarial training holds it up
    assert panel.curves["pgd"].accuracy["adversarial"][eps] < robust[eps] - 0.3  # against FGSM, not PGD

    qtbot.waitUntil(lambda: panel.last_view is not None and not panel._waiting, timeout=20000)
    panel.epsilon.setValue(0.0)
    panel.epsilon.valueChanged.emit(0.0)
    qtbot.waitUntil(lambda: panel.last_view.epsilon == 0.0 and not panel._waiting, timeout=20000)
    clean = panel.last_view
    assert (clean.adversarial == clean.original).all() and clean.adversarial_prediction == clean.clean_prediction
    panel.epsilon.setValue(0.25)
    panel.epsilon.valueChanged.emit(0.25)
    qtbot.waitUntil(lambda: panel.last_view.epsilon == 0.25 and not panel._waiting, timeout=20000)
    attacked = panel.last_view
    assert attacked.index == clean.index and not (attacked.adversarial == clean.adversarial).all()
    assert attacked.adversarial_prediction != attacked.label  # this digit fools the standard net
    panel.next_button.click()
    qtbot.waitUntil(lambda: panel.last_view.index == clean.index + 1 and not panel._waiting, timeout=20000)


def test_dropout_panel_masks_change_every_step_and_vanish_at_test_time(window, qtbot):
    panel = window.panels["dropout"]
    window.tabs.setCurrentWidget(panel)
    window.regularizers.switches["dropout"].setChecked(True)
    assert window.state.config.model.dropout == 0.5
    seen = []
    for _ in range(4):
        before = window.state.last_record.step
        window.state.engine.step()
        qtbot.waitUntil(lambda: window.state.last_record.step > before
                        and len(window.state.last_record.models[0].dropout_masks) > 0, timeout=20000)
        seen.append(tuple(m.tobytes() for m in panel.drawing.masks))
    assert len(set(seen)) > 1  # a new set of dropped units from step to step
    assert len(panel.drawing.masks) == 3 and sum(panel.drawing.dropped) > 0
    assert "drops" in panel.status.text()
    panel.eval_box.setChecked(True)
    assert panel.drawing.dropped == [0, 0, 0]
    qtbot.waitUntil(lambda: "0.6, 0, 1.6, 0" in panel.notes_text.text(), timeout=60000)
    assert "0.3, 0, 0.8, 0" in panel.notes_text.text()
    with qtbot.waitSignal(window.state.engine.run_started, timeout=20000) as started:
        panel.compare_button.click()
    assert started.args[0].names == ("regularized", "baseline")
    assert window.tabs.currentWidget() is window.panels["training"]


def _ready_augmentation(window, qtbot):
    panel = window.panels["augmentation"]
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.latest is not None, timeout=60000)
    return panel


def _next_picture(panel, qtbot, action):
    before = panel.latest
    action()
    qtbot.waitUntil(lambda: panel.latest is not before, timeout=20000)
    return panel.latest


def test_augmentation_grid_rerolls_and_a_seed_reproduces_it(window, qtbot):
    panel = _ready_augmentation(window, qtbot)
    first = panel.latest
    assert first.shape == (4 * 28 + 6, 4 * 28 + 6)  # sixteen digits with 2-pixel gaps
    tiles = [first[r * 30:r * 30 + 28, c * 30:c * 30 + 28] for r in range(4) for c in range(4)]
    assert len({t.tobytes() for t in tiles}) > 8  # the grid varies
    rerolled = _next_picture(panel, qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_R))  # R re-rolls here
    assert panel.seed.value() == 1 and not np.array_equal(rerolled, first)
    again = _next_picture(panel, qtbot, lambda: panel.seed.setValue(0))
    assert np.array_equal(again, first)
    assert "v2.RandomRotation(20)" in panel.code.toPlainText()


def test_augmentation_controls_drive_the_training_pipeline(window, qtbot):
    panel = _ready_augmentation(window, qtbot)
    panel.switches["noise"].setChecked(True)
    assert window.state.config.regularization.augmentation.noise == pytest.approx(0.05)
    panel.sliders["rotation"].slider.setValue(89)
    assert window.state.config.regularization.augmentation.rotation == pytest.approx(90)
    assert "v2.RandomRotation(90)" in panel.code.toPlainText() and "GaussianNoise" in panel.code.toPlainText()
    panel.switches["hflip"].setChecked(False)
    assert window.state.config.regularization.augmentation.hflip == 0.0
    assert "HorizontalFlip" not in panel.code.toPlainText()


def test_augmentation_opens_png_and_jpeg_and_rejects_a_corrupt_file(window, qtbot, tmp_path):
    from PIL import Image

    panel = _ready_augmentation(window, qtbot)
    Image.new("RGB", (60, 40), (200, 30, 30)).save(tmp_path / "red.png")
    Image.new("RGB", (50, 50), (30, 30, 200)).save(tmp_path / "blue.jpg")
    for name in ("red.png", "blue.jpg"):
        picture = _next_picture(panel, qtbot, lambda n=name: panel.load_file(str(tmp_path / n)))
        assert picture.ndim == 3 and picture.shape[2] == 3
    kept, source = panel.latest, panel.source_name
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with qtbot.waitSignal(panel.loaded, timeout=10000) as opened:
        panel.load_file(str(tmp_path / "broken.jpg"))
    assert opened.args == [False]
    assert "broken.jpg" in panel.message.text()
    qtbot.wait(300)
    assert panel.latest is kept and panel.source_name == source
    photo = _next_picture(panel, qtbot, lambda: panel._on_source(panel.source.findText("chelsea.png")))
    assert photo.ndim == 3 and "CC0" in panel.credit.text()


def test_r_rerolls_on_the_augmentation_tab_and_resets_elsewhere(window, qtbot):
    panel = _ready_augmentation(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert panel.seed.value() == 1
    with qtbot.waitSignal(window.state.engine.run_started, timeout=20000):
        window.menus.reset_action.trigger()  # the toolbar's Reset still resets
    window.tabs.setCurrentWidget(window.panels["training"])
    with qtbot.waitSignal(window.state.engine.run_started, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_R)
    assert panel.seed.value() == 1


def test_in_fgsm_mode_the_adversarial_switch_only_changes_the_adversarial_net(window):
    window.state.mode = "fgsm"
    assert variant_for(window.state.mode, "regularization.adversarial.epsilon") == "adversarial"
    assert variant_for(window.state.mode, "regularization.l2") is None
    window.state.mode = "baseline"
    assert variant_for(window.state.mode, "regularization.l2") == "regularized"
    assert variant_for(window.state.mode, "training.lr") is None


def test_the_label_noise_slider_relabels_the_points_live_without_a_new_run(window, qtbot):
    qtbot.waitUntil(lambda: window.state.last_record is not None, timeout=60000)
    boundary = window.panels["training"].boundary
    _plot, _image, train, _test = next(iter(boundary.views.values()))
    colours = lambda: [b.color().name() for b in train.data["brush"]]  # noqa: E731
    before = colours()
    for _ in range(3):
        window.state.engine.step()
    qtbot.waitUntil(lambda: window.state.step >= 3, timeout=30000)
    starts = []
    window.state.run_started.connect(starts.append)
    window.experiment.label_noise.slider.setValue(40)  # as a drag leaves it: 40 of 100 steps over 0 … 1
    qtbot.waitUntil(lambda: colours() != before, timeout=30000)
    changed = sum(a != b for a, b in zip(before, colours()))
    assert changed == round(0.4 * len(before)) and window.state.config.data.label_noise == 0.4
    assert not starts and window.state.step >= 3  # the same net trains on: no reset


def _screen(boundary, xy):
    plot = next(iter(boundary.views.values()))[0]
    return boundary.mapFromScene(plot.getViewBox().mapViewToScene(QPointF(*xy)))


def _empty_spot(boundary) -> tuple[float, float]:
    """The place inside the map's middle farthest from every training point (the map's size decides what
    PICK_PX reaches, so no fixed place is sure to be empty)."""
    x0, x1, y0, y1 = boundary._extent
    grid = np.stack(np.meshgrid(np.linspace(x0, x1, 41)[10:-10], np.linspace(y0, y1, 41)[10:-10]), -1).reshape(-1, 2)
    nearest = np.min(np.linalg.norm(grid[:, None] - boundary.true_points[None], axis=2), axis=1)
    return tuple(float(v) for v in grid[int(np.argmax(nearest))])


def _click(boundary, qtbot, xy, button=None, modifier=None):
    qtbot.mouseClick(boundary.viewport(), button or Qt.MouseButton.LeftButton,
                     modifier or Qt.KeyboardModifier.NoModifier, _screen(boundary, xy))


def test_clicked_points_join_the_training_set_without_a_reset_and_reset_data_restores_it(window, qtbot, tmp_path):
    boundary = window.panels["training"].boundary
    window.state.engine.step()
    qtbot.waitUntil(lambda: window.state.step >= 1, timeout=30000)
    n = len(boundary.true_points)
    _, _, train, _ = next(iter(boundary.views.values()))
    starts = []
    window.state.run_started.connect(starts.append)
    spot = _empty_spot(boundary)  # a click near a point drags it: a spot away from every point adds one
    _click(boundary, qtbot, spot, Qt.MouseButton.RightButton)  # a blue point
    qtbot.waitUntil(lambda: len(train.data) == n + 1, timeout=30000)  # drawn once the process trains on it
    assert window.state.points[1][-1] == 1 and np.allclose(window.state.points[0][-1], spot, atol=0.05)
    _click(boundary, qtbot, tuple(window.state.points[0][0]), modifier=Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(train.data) == n, timeout=30000)  # the first point deleted
    start, target = window.state.points[0][3].copy(), (0.5, -0.5)
    press, release = _screen(boundary, tuple(start)), _screen(boundary, target)
    qtbot.mousePress(boundary.viewport(), Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(boundary.viewport(), release)
    qtbot.mouseRelease(boundary.viewport(), Qt.MouseButton.LeftButton, pos=release)
    qtbot.waitUntil(lambda: np.allclose(window.state.points[0][3], target, atol=0.05), timeout=30000)
    assert len(window.state.points[0]) == n  # moved, not added
    window.state.engine.step()
    qtbot.waitUntil(lambda: window.state.step >= 2, timeout=30000)
    assert not starts and window.experiment.reset_points.isEnabled()
    edited = window.state.points[0].copy()
    path = tmp_path / "points.regviz"
    window.files.save_session(path)
    qtbot.waitUntil(path.exists, timeout=20000)
    np.testing.assert_allclose(session.load(path).points[0], edited, atol=1e-5)  # the session keeps them
    drawn = lambda: next(iter(boundary.views.values()))[2].getData()  # noqa: E731  (the new run's scatter)
    window.state.reset()  # a new net keeps the class's points
    qtbot.waitUntil(lambda: bool(starts) and np.allclose(np.stack(drawn(), 1), edited), timeout=30000)
    window.experiment.reset_points.click()
    qtbot.waitUntil(lambda: np.allclose(np.stack(drawn(), 1), window.state._generated[0]), timeout=30000)
    assert window.state.points is None and not window.experiment.reset_points.isEnabled()


def _counts(errors) -> list[str]:
    """What each cell of the confusion matrix should say: its count, or nothing for none."""
    return [str(int(v)) if v else "" for v in errors.confusion.flatten()]


def test_the_errors_tab_shows_each_nets_confusions_and_mistakes_on_digits(window, qtbot):
    window.state.load_preset("mnist-dropout")
    window.state.set_compare(True)
    window.show_tab("errors")
    panel = window.panels["errors"]
    qtbot.waitUntil(lambda: set(panel.columns) == {"regularized", "baseline"}, timeout=60000)
    window.state.train_for(20)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 20, timeout=60000)
    last = {m.name: m.errors for m in window.state.last_record.models}
    qtbot.waitUntil(lambda: all(panel.shown.get(n) is e for n, e in last.items()), timeout=15000)
    for name, errors in last.items():
        column = panel.columns[name]
        assert f"{errors.wrong} of {errors.total} test digits wrong" in panel.summary.text().replace("\u00a0", " ")
        assert all(" " not in part for part in panel.summary.text().split(" · "))  # it wraps between nets only
        assert column.texts() == _counts(errors)
        shown = [c.toPlainText() for c in column.captions if c.isVisible()]
        assert shown == [f"{t} → {g}" for t, g in zip(errors.true, errors.guess)]
    # A reset keeps the columns (building them anew blocked the window) but shows nothing of the old run.
    columns = dict(panel.columns)
    with qtbot.waitSignal(window.state.run_started, timeout=30000):
        window.state.reset()
    assert panel.columns == columns and "wrong" not in panel.summary.text() and "Space" in panel.summary.text()
    for column in columns.values():
        assert set(column.texts()) == {""} and column.image.image is None
        assert not any(c.isVisible() for c in column.pictures + column.captions)
    qtbot.waitUntil(lambda: len(panel.shown) == 2, timeout=30000)  # and the new run's first record fills them
    for name, column in columns.items():
        assert column.texts() == _counts(panel.shown[name])


def test_a_new_run_of_the_same_maps_redraws_their_points_and_clears_the_old_heat_map(qtbot):
    """The maps are kept across a reset (building them anew blocked the window), never the old run's picture."""
    from regviz.ui.plots.boundary import BoundaryPanel

    panel = BoundaryPanel()
    qtbot.addWidget(panel)
    rng = np.random.default_rng(0)
    first = rng.uniform(-1, 1, (30, 2)), rng.integers(0, 2, 30), rng.uniform(-1, 1, (10, 2)), rng.integers(0, 2, 10)
    panel.set_run(["a", "b"], (-1, 1, -1, 1), *first)
    panel.set_grid("a", rng.uniform(0, 1, (20, 20)))
    panel.refresh()
    views = dict(panel.views)
    assert views["a"][1].image is not None
    second = rng.uniform(-2, 2, (40, 2)), rng.integers(0, 2, 40), rng.uniform(-2, 2, (12, 2)), rng.integers(0, 2, 12)
    panel.set_run(["a", "b"], (-2, 2, -2, 2), *second)
    assert panel.views == views
    for plot, image, train, test in panel.views.values():
        assert image.image is None
        np.testing.assert_allclose(np.stack(train.getData(), 1), second[0])
        np.testing.assert_allclose(np.stack(test.getData(), 1), second[2])
        np.testing.assert_allclose(np.stack(test.outline.getData(), 1), second[2])  # the rings' outline follows
        assert plot.getViewBox().viewRange() == [[-2, 2], [-2, 2]]
    panel.set_run(["a", "b", "c"], (-2, 2, -2, 2), *second)  # other nets: other maps
    assert list(panel.views) == ["a", "b", "c"] and panel.views["a"] != views["a"]


def test_every_hollow_test_point_has_an_outline_that_reads_on_every_shade_of_the_map(qtbot):
    """A test point's coloured ring on its own class's shade was 1.4:1 (orange on light orange), under the 3:1 a
    line needs: each ring has a black outline behind it, over 3:1 on both classes' shades and the white between,
    shown and hidden with the test points."""
    from PySide6.QtGui import QColor
    from screen_checks import contrast

    from regviz.ui import theme
    from regviz.ui.plots.boundary import BoundaryPanel

    panel = BoundaryPanel()
    qtbot.addWidget(panel)
    rng = np.random.default_rng(1)
    panel.set_run(["a"], (-1, 1, -1, 1), rng.uniform(-1, 1, (30, 2)), rng.integers(0, 2, 30),
                  rng.uniform(-1, 1, (10, 2)), rng.integers(0, 2, 10))
    _plot, _image, _train, test = panel.views["a"]
    outline = test.outline
    assert outline.parentItem() is test and len(outline.getData()[0]) == len(test.getData()[0])
    shades = [theme.boundary_colormap().map(x, mode="qcolor") for x in (0.0, 0.25, 0.5, 0.75, 1.0)]
    ring = QColor(theme.CLASS_COLOURS[0])
    assert min(contrast(ring, shade) for shade in shades) < 3.0  # the ring alone does not read on every shade
    edge = outline.opts["pen"].color()
    assert min(contrast(edge, shade) for shade in shades) >= 3.0
    panel.set_show_test(False)
    assert not outline.isVisibleTo(panel.views["a"][0])


def test_the_augmentation_code_folds_behind_a_button_where_it_would_leave_the_grid_no_room(qtbot):
    """In the 40 %-longer pseudo language at 1024x768 the code was squeezed into 139 px beside the controls, and
    scrolled, while the grid became a strip. Where no place leaves the grid MIN_GRID, the code folds behind
    "Show the code…", which opens the whole code, unscrolled, with Copy; given room it unfolds again."""
    from PySide6.QtWidgets import QApplication

    from regviz.core.config import ExperimentConfig
    from regviz.ui.panels.augmentation import AugmentationPanel

    panel = AugmentationPanel()
    qtbot.addWidget(panel)
    panel.set_config(ExperimentConfig())  # the code of the default pipeline
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.code_box.isVisible() and not panel.show_code.isVisible()
    panel.resize(600, 420)  # a narrow tab: the code whole anywhere leaves the grid < 150 px
    qtbot.waitUntil(lambda: panel.show_code.isVisible())
    assert not panel.code_box.isVisible() and panel.view.height() >= panel.MIN_GRID
    dialog = panel.open_code()
    qtbot.waitExposed(dialog)
    assert dialog.code.toPlainText() == panel.code.toPlainText() and "RandomRotation(20" in dialog.code.toPlainText()
    bars = (dialog.code.verticalScrollBar(), dialog.code.horizontalScrollBar())
    qtbot.waitUntil(lambda: not any(bar.isVisible() for bar in bars), timeout=2000)  # once laid out: nothing scrolls
    copy = next(b for b in dialog.findChildren(type(panel.copy_button)) if b.text() == panel.copy_button.text())
    copy.click()
    assert QApplication.clipboard().text() == panel.code.toPlainText()
    dialog.close()
    panel.resize(1000, 700)
    qtbot.waitUntil(lambda: panel.code_box.isVisible())
    assert not panel.show_code.isVisible()
