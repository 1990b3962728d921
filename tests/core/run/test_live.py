"""The live loop and the training process, driven directly: no Qt, no window."""
import time

import pytest

from regviz.core.config import ExperimentConfig
from regviz.core.run.live import EVALUATION_SHARE, LiveControl, live_run, make_trainer_factory, record_interval
from regviz.core.run.messages import (AskAttack, AskRobustness, Pause, Play, RunFor, SetActivations, SetLive,
                                      SetSpeed, SetTrainingPoints, Step)
from regviz.core.records import EarlyStopped, Ended, Failed, Paused, Record, RunInfo, TrainingSet

CFG = ExperimentConfig().with_overrides({"data.name": "xor", "data.samples": 200, "model.hidden": [8]})


def test_paused_run_steps_on_request_takes_commands_and_stops():
    control = LiveControl(running=False)
    run = live_run(make_trainer_factory(CFG, "single"), control)
    info = next(run)
    assert isinstance(info, RunInfo) and info.names == ("main",) and info.train_points.shape[1] == 2
    assert next(run).step == 0
    control.step(1)
    assert next(run).step == 1
    control.take(SetLive("regularization.l2", 0.1))
    control.step(1)
    record = next(run)
    assert record.step == 2 and record.models[0].l2_penalty > 0
    control.play()
    assert next(run).step > 2
    control.stop()
    with pytest.raises(StopIteration):
        next(run)


def test_run_for_trains_exactly_that_many_steps_then_pauses_itself():
    """A lesson's "train 300 steps": the process stops on the step, not wherever a record happened to fall."""
    control = LiveControl(running=False)
    run = live_run(make_trainer_factory(CFG, "single"), control)
    next(run), next(run)
    control.step(3)
    while next(run).step < 3:
        pass
    control.run_for(137)
    steps = []
    while not steps or steps[-1] < 137 + 3:
        steps.append(next(run).step)
    assert steps[-1] == 140 and not control.running
    assert next(run) == Paused(140)  # it says so, so the window's buttons follow
    control.step(1)  # paused, not ended: it still takes single steps
    assert next(run).step == 141
    control.stop()


def test_records_are_rate_limited_at_the_source():
    control = LiveControl(running=True, max_records_per_second=5)
    run = live_run(make_trainer_factory(CFG, "baseline"), control)
    next(run)
    start = time.perf_counter()
    records = [next(run)]
    while time.perf_counter() - start < 1.0:
        records.append(next(run))
    control.stop()
    assert len(records) <= 7
    assert records[-1].step - records[-2].step > 1  # many steps per record
    assert [m.name for m in records[-1].models] == ["regularized", "baseline"]


def test_records_take_at_most_a_fifth_of_a_live_run():
    # an MNIST pair's record (25 ms) against the 30-a-second cap: 100 ms of training between records, so the
    # class waits for steps, not evaluations (the old interval, twice a record, gave records a third)
    assert EVALUATION_SHARE == 0.2
    assert record_interval(0.025, 30) == pytest.approx(0.1)
    share = 0.025 / (0.025 + record_interval(0.025, 30))
    assert share == pytest.approx(0.2)
    assert record_interval(0.001, 30) == pytest.approx(1 / 30)  # cheap records: the rate cap rules


def test_speed_cap_is_respected():
    control = LiveControl(running=True)
    control.steps_per_second = 20
    run = live_run(make_trainer_factory(CFG, "single"), control)
    next(run)
    first = next(run)
    start = time.perf_counter()
    last = first
    while time.perf_counter() - start < 1.0:
        last = next(run)
    control.stop()
    assert 10 <= last.step - first.step <= 30


def test_every_steering_message_reaches_the_control():
    """The one command loop: the process's listener hands each message to LiveControl.take."""
    control = LiveControl(running=False)
    control.take(Play())
    assert control.running
    control.take(Pause())
    assert not control.running
    control.take(Step(3))
    assert [control.take_step() for _ in range(4)] == [True, True, True, False]
    control.take(RunFor(5))
    assert control.running and not control.reached(10) and control.reached(15)
    control.take(SetSpeed(30))
    control.take(SetActivations(True))
    control.take(SetLive("regularization.l2", 0.1, "main"))
    control.take(AskRobustness((0.0,)))
    assert (control.steps_per_second, control.activations) == (30, True)
    assert list(control.commands) == [SetLive("regularization.l2", 0.1, "main")]
    assert list(control.queries) == [AskRobustness((0.0,))]


def test_a_failing_run_reaches_the_window_as_a_message():
    """Anything a run raises (a data set that will not load, here) becomes Failed, then Ended."""
    from regviz.core.run.process import TrainingProcess

    process = TrainingProcess()
    try:
        assert process.receive() == (0, "ready")
        bad = CFG.with_overrides({"data.name": "tv-mnist", "data.root": "/nonexistent"})
        process.start_run(3, bad, "single", play=True, speed=None, activations=False)
        run_id, failed = process.receive()
        assert run_id == 3 and isinstance(failed, Failed) and "never downloads" in failed.message
        assert process.receive() == (3, Ended())
    finally:
        assert process.shutdown()


def test_training_process_round_trip():
    from regviz.core.run.process import TrainingProcess

    process = TrainingProcess()
    try:
        assert process.receive() == (0, "ready")
        process.start_run(7, CFG, "single", play=False, speed=None, activations=True)
        run_id, info = process.receive()
        assert run_id == 7 and isinstance(info, RunInfo)
        run_id, first = process.receive()
        assert isinstance(first, Record) and first.step == 0 and first.models[0].activations
        process.send(Step(2))
        assert process.receive()[1].step == 2  # both steps, then one record
        bad = CFG.with_overrides({"data.name": "tv-mnist", "data.root": "/nonexistent"})
        process.start_run(8, bad, "single", play=True, speed=None, activations=False)
        items = []
        while not items or items[-1] != (8, Ended()):  # run 7 ends first: it was replaced
            items.append(process.receive())
        failed = [item for run_id, item in items if run_id == 8 and isinstance(item, Failed)]
        assert failed and "never downloads" in failed[0].message
    finally:
        assert process.shutdown()
    with pytest.raises(EOFError):
        while True:
            process.receive()


class _Records:
    def __init__(self):
        self.sent = []

    def send(self, item):
        self.sent.append(item)


def test_a_run_replaced_before_it_began_still_ends():
    """Every run the window starts ends with Ended, even one the next start stopped before it began: a save that
    asked its nets for their weights learns from that Ended that they will never come (the 1,000-action test's
    save that never finished: its run was replaced before the process reached it, and nothing was ever sent)."""
    import queue

    from regviz.core.run.messages import StartRun
    from regviz.core.run.process import _runs

    runs, records = queue.Queue(), _Records()
    replaced = LiveControl()
    replaced.stop()  # the listener stopped it: a newer StartRun arrived while an older run was still training
    runs.put((StartRun(4, CFG.to_json(), "single", False, None, False), replaced))
    runs.put(None)
    _runs(runs, records)
    assert records.sent == [(0, "ready"), (4, Ended())]


def test_questions_are_answered_between_steps_and_stale_ones_dropped():
    control = LiveControl(running=False)
    run = live_run(make_trainer_factory(CFG, "baseline"), control)
    next(run), next(run)
    control.ask(AskAttack("standard", 0, 0.1))  # no such net in this run: dropped, the run goes on
    control.ask(AskRobustness((0.0, 0.5)))
    curve = next(run)
    assert curve.epsilons == (0.0, 0.5) and set(curve.accuracy) == {"regularized", "baseline"}
    control.ask(AskAttack("baseline", 3, 0.5))
    view = next(run)
    assert view.variant == "baseline" and view.index == 3 and view.original.shape == (2,)
    control.step(1)
    assert next(run).step == 1
    control.stop()


def test_a_live_label_noise_change_sends_the_new_training_labels():
    control = LiveControl(running=False)
    run = live_run(make_trainer_factory(CFG, "single"), control)
    info, _ = next(run), next(run)
    control.take(SetLive("data.label_noise", 0.5))
    control.step(1)
    relabelled = next(run)
    assert isinstance(relabelled, TrainingSet)
    assert int((relabelled.labels != info.train_labels).sum()) == round(0.5 * info.n_train)
    assert isinstance(next(run), Record)
    control.stop()


def test_early_stopping_pauses_the_live_run_once_and_play_trains_on():
    config = CFG.with_overrides({"data.validation_fraction": 0.3, "training.early_stopping.patience": 2,
                                 "training.eval_every": 5, "training.lr": 0.1, "model.hidden": [32, 32]})
    control = LiveControl(running=True)
    run = live_run(make_trainer_factory(config, "single"), control)
    item = next(run)
    while not isinstance(item, EarlyStopped):
        item = next(run)
    assert not control.running and item.step - item.best_step == 2 * 5 and item.restored
    control.play()
    steps = [r.step for r in (next(run) for _ in range(3)) if isinstance(r, Record)]
    assert steps and steps[-1] > item.step  # the class can train on past the stopping point
    control.stop()


def test_an_edit_of_points_meant_for_the_2d_run_before_is_dropped_by_an_image_run():
    """The class clicked a point just as a digit preset replaced the 2-D run: the new run trains on, no error."""
    import numpy as np

    config = ExperimentConfig().with_overrides({"data.name": "mnist", "data.train_size": 64, "data.test_size": 50,
                                                "model.hidden": [8]})
    control = LiveControl(running=False)
    run = live_run(make_trainer_factory(config, "single"), control)
    next(run), next(run)
    control.take(SetTrainingPoints(np.zeros((3, 2), np.float32), np.array([0, 1, 0])))
    control.step(1)
    assert isinstance(next(run), Record) and not control.commands
    control.stop()
