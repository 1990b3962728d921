"""Lessons in the window: every shipped lesson steps through, each step doing what it declares."""
import json

import pytest

from regviz.core.content import lessons


def _visible_tabs(window):
    return [window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]


def _check_step(window, lesson, index):
    step = lesson.steps[index]
    assert window.state.config == lesson.config_at(index), f"step {index + 1}: config"
    assert window.state.mode == lesson.mode_at(index), f"step {index + 1}: mode"
    assert window.tabs.currentWidget() is window.panels[step.tab]
    # Classroom mode: only the step's tab and the controls it lists.
    assert _visible_tabs(window) == [window.panels[step.tab]]
    for name, widgets in window.regularizers.rows.items():
        assert widgets[0].isVisibleTo(window) == (name in step.controls), f"step {index + 1}: row {name}"
    whole = "experiment" in step.controls
    assert window.experiment.isVisibleTo(window) == bool({"experiment", "data", "early_stopping"} & set(step.controls))
    assert window.experiment.data_box.isVisibleTo(window) == (whole or "data" in step.controls)
    assert window.experiment.stop_box.isVisibleTo(window) == (whole or "early_stopping" in step.controls)
    for widget in (window.experiment.preset, window.experiment.lr):  # the preset's box, the model's: the whole
        assert widget.isVisibleTo(window) == (whole and window.experiment.isVisibleTo(window)), \
            f"step {index + 1}: {type(widget).__name__}"  # panel's only
    assert window.stage.panel.where.text().startswith(f"Step {index + 1} of {len(lesson.steps)}")


@pytest.mark.parametrize("name", lessons.names())
def test_every_shipped_lesson_steps_through_as_declared(window, qtbot, name):
    lesson = lessons.load(name)
    window.lessons.open_named(name)
    assert window.stage.dock.isVisible()
    for index, step in enumerate(lesson.steps):
        if index:
            if window.state.engine.training_for:
                window.state.engine.pause()  # Space, then Next: moves on at once (Next alone would finish first)
            window.lessons.next()
        _check_step(window, lesson, index)
        if step.predict is not None:  # the class predicts first (tests/ui/test_prediction.py): then it trains
            assert window.state.engine.state == "paused" and window.stage.prediction.box.isVisible()
            window.stage.prediction.pick(1)
            window.menus.play_action.trigger()
        # The first lesson (the one a class starts with) is trained through; the others only start training,
        # to keep the suite short: exact stopping is the same code, and core/test_live checks it too.
        if step.train and name == lessons.names()[0]:
            assert window.state.engine.state == "running"
            target = step.train  # each training step of lesson 1 starts from a net at step 0
            qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=90000)
            if lesson.config_at(index).training.early_stopping.patience:  # the step ends where validation says
                assert 0 < window.state.last_record.step < target
                assert window.statusBar().currentMessage().startswith("Early stopping at step")
            else:
                assert window.state.last_record.step == target  # exactly: the process stops itself on the step
        elif step.train:
            assert window.state.engine.state == "running"
    window.lessons.back()
    _check_step(window, lesson, len(lesson.steps) - 2) if len(lesson.steps) > 1 else None
    window.lessons.close()
    assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))
    assert all(w[0].isVisibleTo(window) for w in window.regularizers.rows.values())


def test_a_live_step_changes_the_net_the_class_is_watching(window, qtbot):
    """Lesson 2, step 3 raises λ on the trained net instead of starting again."""
    window.lessons.open_named("02-l2")
    window.lessons.next()
    window.stage.prediction.skip()  # step 2 asks the class first
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.last_record.step >= 500, timeout=90000)
    window.lessons.next()
    assert window.state.config.regularization.l2 == 1.0
    qtbot.waitUntil(lambda: window.state.last_record.step > 500, timeout=30000)  # it went on from step 500


def test_a_malformed_lesson_file_gets_a_message_naming_step_and_key(window, tmp_path):
    raw = json.loads(lessons._folder().joinpath("01-overfitting.json").read_text())
    raw["steps"][2]["set"] = {"regularization.l2": 50}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw))
    before = window.state.config
    assert not window.lessons.open_file(str(path))
    text = window._message.text()
    assert "step 3" in text and "'Turn on L2 and compare'" in text and "regularization.l2" in text
    assert window.state.config == before and not window.stage.dock.isVisible()


def test_next_during_a_steps_training_finishes_it_first_at_full_speed(window, qtbot):
    """A slow laptop: Next while step 2 still trains does not leave a half-trained net under step 3's text."""
    window.menus.speed.setValue(2)  # 10 steps a second: step 2's 600 steps would take a minute
    window.lessons.open_named("01-overfitting")
    window.lessons.next()
    assert window.state.engine.training_for and window.lessons.index == 1
    window.lessons.next()
    assert window.lessons.index == 1 and "Finishing" in window.statusBar().currentMessage()
    seen = []
    window.state.record.connect(lambda r: seen.append((window.lessons.index, r.step)))
    qtbot.waitUntil(lambda: window.lessons.index == 2, timeout=60000)
    assert max(step for index, step in seen if index == 1) == 600  # step 2 trained to its end, then step 3
    assert window.state.engine.steps_per_second == 10  # the class's speed is back
