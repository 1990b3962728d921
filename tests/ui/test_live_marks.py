"""Live-change marks (issue 21, item 2): the loss plot marks the step where a live value changed, and says what
changed to what."""
import pytest

from fake_runs import model_record, record, run_info


@pytest.fixture
def bound(qtbot, monkeypatch):
    """A training panel bound to an app state whose engine sends nothing (no training process): what is
    tested is what the state and the view do with a change."""
    from regviz.core.config import ExperimentConfig
    from regviz.ui.panels.training import TrainingPanel
    from regviz.ui.state import AppState

    state = AppState(ExperimentConfig())
    monkeypatch.setattr(state.engine, "start", lambda *args, **kwargs: None)
    monkeypatch.setattr(state.engine, "send", lambda *args, **kwargs: None)
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.bind(state)
    panel.set_run(run_info())
    for step in range(0, 130, 10):
        state._on_record(record(step, model_record(loss=0.5)))
    return state, panel


def _label(line) -> str:
    return line.label.toPlainText()


def test_changing_lambda_mid_run_marks_that_step_with_what_changed(bound):
    state, panel = bound
    assert panel.loss_plot.marks == []
    assert state.set_value("regularization.l2", 0.01)
    (mark,) = panel.loss_plot.marks
    assert mark.value() == 120 and _label(mark) == "L2 λ → 0.01"
    assert state.set_value("regularization.l2", 0.02)  # dragged on at the same step: one mark, the last value
    (mark,) = panel.loss_plot.marks
    assert _label(mark) == "L2 λ → 0.02"
    state._on_record(record(200, model_record(loss=0.5)))
    assert state.set_value("training.lr", 0.05)
    assert [(m.value(), _label(m)) for m in panel.loss_plot.marks] == [(120, "L2 λ → 0.02"),
                                                                      (200, "learning rate → 0.05")]
    first, second = panel.loss_plot.marks
    assert first.label.orthoPos != second.label.orthoPos  # labels of nearby marks at different heights


def test_a_change_that_needs_a_new_net_leaves_no_mark_and_a_new_run_clears_them(bound):
    state, panel = bound
    assert state.set_value("regularization.l2", 0.01)
    assert state.set_value("model.hidden", [8])  # not live: a new net, whose plots start clean
    assert panel.loss_plot.marks == []
