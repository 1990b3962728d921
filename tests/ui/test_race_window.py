"""A race of up to four in the window: started from the dialog, drawn a line style each with the boundaries as
a row, live changes reaching the variant the controls name, refused races changing nothing, sessions."""
import math

from PySide6.QtCore import Qt

from regviz.core.run.messages import RunMode
from regviz.core.run.race import READY_MADE, parse_race

FOUR = READY_MADE["none / L2 / L1 / dropout"]


def _start_race(window, qtbot, texts=FOUR):
    window.race_box.open_dialog()
    dialog = window.race_box.dialog
    dialog.fill(texts)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: _names(window) == [t.split(":")[0] for t in texts], timeout=30000)
    return dialog


def _names(window):
    return [m.name for m in window.state.last_record.models] if window.state.last_record is not None else []


def _steps(window):
    return window.state.last_record.step if window.state.last_record is not None else -1


def test_a_race_of_four_starts_from_one_start_and_draws_a_style_and_a_map_each(window, qtbot):
    window.state.set_value("regularization.l2", 0.05)  # the dialog races from the unregularized experiment
    dialog = _start_race(window, qtbot)
    assert not dialog.isVisible() and window.state.mode is RunMode.RACE
    assert window.state.config.regularization.l2 == 0
    first = window.state.last_record
    # One start: at step 0 every variant is the same net (dropout is off when evaluating).
    assert len({round(m.test_loss, 6) for m in first.models}) == 1
    panel = window.panels["training"]
    pens = [panel.loss_plot.curves[f"test:{name}"].opts["pen"].style() for name in ("none", "l2", "l1", "dropout")]
    assert pens == [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine]
    assert panel.race_key.isVisible() and panel.race_key.entries == [
        ("solid", "none"), ("dashed", "l2"), ("dotted", "l1"), ("dashdot", "dropout")]
    # The four maps are a row of small multiples under the curves.
    boxes = [view[0].sceneBoundingRect() for view in panel.boundary.views.values()]
    assert len(boxes) == 4 and len({round(b.top()) for b in boxes}) == 1
    assert [b.left() for b in boxes] == sorted(b.left() for b in boxes)
    assert panel.boundary.geometry().top() > panel.loss_plot.geometry().bottom()
    assert [window.race_box.target.itemText(i) for i in range(5)][0] == "every variant"
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > 50, timeout=30000)
    record = window.state.last_record
    # Each variant trains with its own settings only.
    assert record["l2"].l2_penalty > 0 and record["none"].l2_penalty == 0 and record["l1"].l2_penalty == 0
    assert record["l1"].l1_penalty > 0 and record["dropout"].l1_penalty == 0


def test_a_live_change_reaches_the_variant_the_controls_name_and_only_it(window, qtbot):
    _start_race(window, qtbot)
    window.race_box.target.setCurrentIndex(window.race_box.target.findData("l2"))
    window.race_box.target.activated.emit(window.race_box.target.currentIndex())
    assert window.state.target == "l2"
    # The controls show the l2 variant's settings.
    assert window.regularizers.switches["l2"].isChecked()
    window.regularizers.changed.emit("regularization.l2", 0.1)  # what the L2 slider sends
    assert dict(window.state.race)["l2"] == {"regularization.l2": 0.1}
    assert dict(window.state.race)["none"] == {} and window.state.config.regularization.l2 == 0
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > 30, timeout=30000)
    window.state.engine.pause()
    record = window.state.last_record
    assert math.isclose(record["l2"].l2_penalty / record["l2"].weight_l2 ** 2, 0.1, rel_tol=1e-3)
    assert math.isclose(record["l1"].l2_penalty, 0.0)
    # Every variant: the setting is shared again, each variant's own value dropped.
    window.state.set_target(None)
    window.state.set_value("regularization.l2", 0.001)
    assert dict(window.state.race)["l2"] == {} and window.state.config.regularization.l2 == 0.001
    window.state.engine.play()
    qtbot.waitUntil(lambda: _steps(window) > record.step + 30, timeout=30000)
    later = window.state.last_record
    for name in ("none", "l2", "l1", "dropout"):
        assert math.isclose(later[name].l2_penalty / later[name].weight_l2 ** 2, 0.001, rel_tol=1e-3)


def test_a_race_that_cannot_start_from_one_start_is_refused_in_the_dialog_and_nothing_changes(window, qtbot):
    before = window.state.engine._run_id
    window.race_box.open_dialog()
    dialog = window.race_box.dialog
    for texts, message in ((["none:", "x:training.seed=3"], "keep the data, batch size and seed"),
                           (["none:"], "2 to 4 variants"),
                           (["none:", "x:regularization.l2=-1"], "regularization.l2"),
                           (["none:", "bad name:model.dropout=0.1"], "NAME:KEY=VALUE")):
        dialog.fill(texts)
        dialog.start_button.click()
        assert message in dialog.error.text() and dialog.isVisible()
    assert window.state.mode is RunMode.SINGLE and window.state.engine._run_id == before
    dialog.reject()


def test_a_race_is_saved_and_reopened_and_ending_it_goes_back_to_one_net(window, qtbot, tmp_path):
    _start_race(window, qtbot, READY_MADE["L2 under Adam / weight decay under AdamW"])
    window.state.engine.train_for(20)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and _steps(window) == 20, timeout=30000)
    path = tmp_path / "race.regviz"
    window.files.save_session(path)
    qtbot.waitUntil(path.exists, timeout=20000)
    saved = window.state.last_record
    window.race_box.end.click()
    qtbot.waitUntil(lambda: _names(window) == ["main"], timeout=30000)
    assert window.state.mode is RunMode.SINGLE and window.state.race == () and not window.race_box.isVisible()
    assert window.files.open_session(path)
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.last_record.step == 20,
                    timeout=30000)
    assert window.state.mode is RunMode.RACE and window.race_box.isVisible()
    assert window.state.race == parse_race(READY_MADE["L2 under Adam / weight decay under AdamW"])
    for m in saved.models:
        assert math.isclose(window.state.last_record[m.name].test_loss, m.test_loss, rel_tol=1e-4)


def test_a_reset_race_keeps_its_errors_tab_arranged_and_redraws_each_net(window, qtbot, monkeypatch):
    """Reset mid-race: the four matrices and the chart stay where they are (moving them re-laid the grid out
    twice per reset, 50-100 ms of a frozen window while the summary's line count changed the rows' heights), and
    each net's errors are the new run's."""
    window.resize(1024, 768)
    window.show_tab("errors")
    _start_race(window, qtbot)
    panel = window.panels["errors"]
    qtbot.waitUntil(lambda: all(panel.shown.get(m.name) is m.errors for m in window.state.last_record.models),
                    timeout=15000)
    window.refresh_plots(all_plots=True)
    grid = panel.view.ci.layout
    cells = {name: _cell(grid, column.matrix) for name, column in panel.columns.items()}
    moves = []
    monkeypatch.setattr(panel, "_arrange_race", lambda *a: moves.append(a))
    before = window.state.last_record
    window.state.reset()
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.last_record is not before,
                    timeout=30000)
    qtbot.waitUntil(lambda: all(panel.shown.get(m.name) is m.errors for m in window.state.last_record.models),
                    timeout=15000)
    window.refresh_plots(all_plots=True)
    qtbot.wait(100)
    assert moves == []
    assert {name: _cell(grid, column.matrix) for name, column in panel.columns.items()} == cells


def _cell(grid, item):
    """The (row, column) of a plot in a QGraphicsGridLayout."""
    for row in range(grid.rowCount()):
        for col in range(grid.columnCount()):
            if grid.itemAt(row, col) is item:
                return row, col
    raise AssertionError(f"{item} is not in the grid")


def _legend(plot):
    return [label.text for _sample, label in plot.legend.items]


def _legends(panel) -> dict:
    return {name: _legend(plot) for name, plot in (("loss", panel.loss_plot), ("accuracy", panel.accuracy_plot),
                                                      ("norm", panel.norms))}


def _new_run(window, qtbot, action):
    before = window.state.last_record
    action()
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.last_record is not before,
                    timeout=30000)


def test_a_reset_empties_the_training_curves_in_place_and_a_new_split_rebuilds_them(window, qtbot):
    """A reset (or a setting that keeps the same nets) empties the Training tab's curves and legends where they
    are: rebuilding a race's every curve and legend entry froze the window 50-100 ms at each reset. A pair keeps
    its one style key; a validation split adds its curve, which only a rebuild can do."""
    panel = window.panels["training"]
    window.state.set_compare(True)  # a pair: the dashed baseline's style named in the legend (style_key)
    qtbot.waitUntil(lambda: _names(window) == ["regularized", "baseline"], timeout=30000)
    window.state.engine.train_for(30)
    qtbot.waitUntil(lambda: _steps(window) == 30 and window.state.engine.state == "paused", timeout=30000)
    legends = _legends(panel)
    curves, histograms = dict(panel.loss_plot.curves), dict(panel.histogram.items)
    assert list(panel.loss_plot.buffers["test:regularized"].x)[-1] == 30  # the old run drawn to its last step
    for _ in range(2):
        _new_run(window, qtbot, window.state.reset)
        window.refresh_plots(all_plots=True)
        assert _legends(panel) == legends
        assert panel.loss_plot.curves == curves and panel.histogram.items == histograms  # the same items, emptied
        assert list(panel.loss_plot.buffers["test:regularized"].x) == [0] and not panel.best_line.isVisible()
        assert list(panel.norms.sparsity_buffers["baseline"].x) == [0]
    _new_run(window, qtbot, lambda: window.state.set_value("data.validation_fraction", 0.2))
    assert "validation" in _legend(panel.loss_plot) and "val:regularized" in panel.loss_plot.curves
    assert _legend(panel.loss_plot).count(legends["loss"][-1]) == 1  # the style key once, not once per run
