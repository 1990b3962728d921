"""The live loop the training process runs: the trainer paced for a screen, steered by a small control.

Plain Python at module level (Orange3's pattern): core.run.process runs ``live_run`` on the training process's
main thread while a listener thread hands it messages (``LiveControl.take``); the tests drive it directly, no Qt,
no threads. Records are rate-limited at the source: at most ``max_records_per_second``, and never so often that
evaluation takes more than a third of the time, however fast the steps are.
"""
from __future__ import annotations

import functools
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Generator

import numpy as np
import torch

from ..config import ExperimentConfig
from ..maths.adversarial import PIXEL_RANGE, accuracy_under_attack, attack_view
from ..records import (AttackView, AugmentationPreview, Paused, Record, RobustnessCurve, RunInfo,
                       Snapshot, TrainingSet)
from .messages import (AskAttack, AskPreview, AskRobustness, AskSnapshot, Control, Pause, Play, Query, RunFor,
                       RunMode, SetActivations, SetLive, SetSpeed, SetTrainingPoints, Step)
from .training import Trainer

LIVE_EVAL_LIMIT = 500  # examples per split in each live record: enough for smooth curves, cheap enough for 30/s


EVALUATION_SHARE = 0.2  # the most of a live run's time its records may take


def record_interval(eval_cost: float, max_records_per_second: float) -> float:
    """Seconds of training between two records: at most ``max_records_per_second``, and at least (1 − share) /
    share of a record's cost, so records take at most EVALUATION_SHARE of the time. An MNIST pair's record is
    18–27 ms against 5 ms steps; at a third (the old 2x) lesson 4's 1,000 steps took 10.2 s, at a fifth 8.8."""
    return max(1.0 / max_records_per_second, eval_cost * (1 - EVALUATION_SHARE) / EVALUATION_SHARE)


def describe(trainer: Trainer) -> RunInfo:
    data = trainer.data
    points = {}
    if not data.is_image:
        points = dict(train_points=data.x_train.cpu().numpy().copy(),
                      train_labels=trainer.true_labels.cpu().numpy().copy(),
                      trained_labels=data.y_train.cpu().numpy().copy(), test_points=data.x_test.cpu().numpy().copy(), test_labels=data.y_test.cpu().numpy().copy())
    model = trainer.model()
    return RunInfo(trainer.config, tuple(trainer.names), data.is_image, data.classes, len(data.y_train),
                   len(data.y_test), boundary_extent=trainer.boundary_extent, **points,
                   n_weights=sum(w.numel() for w in trainer.variants[0].weights),
                   n_parameters=sum(p.numel() for p in model.parameters()), task=data.task)


def make_trainer_factory(config: ExperimentConfig, mode: RunMode | str = RunMode.SINGLE,
                         race: tuple = ()) -> Callable[[], Trainer]:
    """What the live loop calls to build the run, on the training process (see Trainer.for_mode)."""
    return functools.partial(Trainer.for_mode, config, mode, race, eval_limit=LIVE_EVAL_LIMIT)


class LiveControl:
    """What the window has asked of the current run. Written by the process's listener thread (``take``), read
    by the loop between steps; the lock guards the one read-modify-write (the step budget) and the Event wakes a
    paused loop at once."""

    def __init__(self, *, running: bool = False, max_records_per_second: float = 30.0):
        self.running = running
        self.quit = False
        self.steps_per_second: float | None = None  # a speed cap; None = as fast as the machine goes
        self.max_records_per_second = max_records_per_second
        self.activations = False  # ask for per-layer statistics in each record (the batch-norm view)
        self.commands: deque[SetLive | SetTrainingPoints] = deque()
        self.queries: deque[Query] = deque()  # questions about the current nets, answered between steps
        self.initial: tuple[dict, int] | None = None  # (weights, step) of a saved session to start from
        self.until: int | None = None  # stop by itself at this step (a lesson's "train N steps")
        self.stopped_at: int | None = None  # where it stopped itself, until the loop has said so
        self._run_for: int | None = None
        self._budget = 0
        self._lock = threading.Lock()
        self._wake = threading.Event()

    def take(self, message: Control) -> None:
        """One message from the window (core.run.messages), applied to this run."""
        match message:
            case Play():
                self.play()
            case Pause():
                self.pause()
            case Step(n):
                self.step(n)
            case RunFor(steps):
                self.run_for(steps)
            case SetLive() | SetTrainingPoints():
                self.send(message)
            case SetSpeed(speed):
                self.steps_per_second = speed
            case SetActivations(on):
                self.activations = on
            case AskAttack() | AskRobustness() | AskSnapshot() | AskPreview():
                self.ask(message)

    def play(self) -> None:
        self.running = True
        self._wake.set()

    def pause(self) -> None:
        self.running = False
        self._wake.set()

    def step(self, n: int = 1) -> None:
        with self._lock:
            self._budget += n
        self._wake.set()

    def run_for(self, steps: int) -> None:
        """Train exactly ``steps`` more steps, then pause."""
        self._run_for = steps
        self.running = True
        self._wake.set()

    def reached(self, step: int) -> bool:
        """Called before each step: at the ``run_for`` target, pause (the loop then yields Paused)."""
        if self._run_for is not None:
            self.until, self._run_for = step + self._run_for, None
        if self.until is not None and step >= self.until:
            self.running, self.until, self.stopped_at = False, None, step
            return True
        return False

    def send(self, command: SetLive | SetTrainingPoints) -> None:
        self.commands.append(command)
        self._wake.set()

    def ask(self, query: Query) -> None:
        """A question answered between steps: see ``answer``."""
        self.queries.append(query)
        self._wake.set()

    def stop(self) -> None:
        self.quit = True
        self._wake.set()

    def take_step(self) -> bool:
        """True if one step may run now (playing, or a single step was asked for)."""
        if self.running:
            return True
        with self._lock:
            if self._budget > 0:
                self._budget -= 1
                return True
        return False

    @property
    def has_budget(self) -> bool:
        return self._budget > 0

    def wait(self, timeout: float) -> None:
        self._wake.wait(timeout)
        self._wake.clear()


def live_run(make_trainer: Callable[[], Trainer], control: LiveControl,
             idle_poll: float = 0.1) -> Generator[RunInfo | Record, None, None]:
    """Build the trainer (on this thread: loading data and building nets never blocks the GUI), yield its
    RunInfo and first record, then train while ``control`` says so. Ends after a record that reports
    divergence, or as soon as ``control.quit`` is set (checked between steps and while idle)."""
    torch.set_num_threads(max(1, (os.cpu_count() or 2) - 1))  # leave the GUI a core
    trainer = make_trainer()
    if control.initial is not None:
        trainer.load_state(*control.initial)
    yield describe(trainer)
    started = time.perf_counter()
    record = trainer.evaluate(activations=control.activations, boundary=True, network=True, errors=True)
    eval_cost = time.perf_counter() - started
    yield record
    while not control.quit:
        if (relabelled := _apply(trainer, control)) is not None:
            yield relabelled
        while control.queries:
            reply = answer(trainer, control.queries.popleft())
            if reply is not None:
                yield reply
        if not control.running and not control.has_budget:
            control.wait(idle_poll)  # idle: nothing is emitted; stop() wakes us at once
            continue
        interval = record_interval(eval_cost, control.max_records_per_second)
        chunk_start = time.perf_counter()
        steps = 0
        while not control.quit and not control.reached(trainer.step_count) and control.take_step():
            if (relabelled := _apply(trainer, control)) is not None:
                yield relabelled
            trainer.step()
            steps += 1
            if control.reached(trainer.step_count):
                break  # on the target: the record below is already the paused one
            if trainer.stopped_at == trainer.step_count:
                break  # early stopping, once: the record below is the restored nets'
            cap = control.steps_per_second
            if cap:  # keep pace with the speed control, waking early for pause or quit
                ahead = steps / cap - (time.perf_counter() - chunk_start)
                if ahead > 0:
                    control.wait(min(ahead, interval))
            if time.perf_counter() - chunk_start >= interval:
                break
        if steps:
            started = time.perf_counter()
            record = trainer.evaluate(activations=control.activations, boundary=True, network=True, errors=True)
            eval_cost = time.perf_counter() - started
            yield record
            if record.diverged:
                control.running = False
                return
            if trainer.stopped_at == trainer.step_count:
                control.running, control.until = False, None
                yield trainer.early_stopped()
                continue
        if control.stopped_at is not None:
            yield Paused(control.stopped_at)
            control.stopped_at = None


def answer(trainer: Trainer, query: Query) -> AttackView | RobustnessCurve | Snapshot | None:
    """Answer a question about the nets as they are now (eval mode; training is not disturbed). None for a
    question about a net this run does not have (it was asked of the run before)."""
    data = trainer.data
    clip = PIXEL_RANGE if data.is_image else None
    match query:
        case AskAttack(variant, index, epsilon):
            if variant not in trainer.names:
                return None
            index = int(index) % len(data.y_test)
            return attack_view(trainer.model(variant), data.x_test[index:index + 1], data.y_test[index:index + 1],
                               float(epsilon), clip, variant=variant, index=index)
        case AskRobustness(epsilons, kind):
            x, y = data.x_test[:LIVE_EVAL_LIMIT], data.y_test[:LIVE_EVAL_LIMIT]
            return RobustnessCurve(tuple(epsilons), {
                name: tuple(r["accuracy"] for r in accuracy_under_attack(trainer.model(name), x, y, epsilons, clip,
                                                                          kind=kind))
                for name in trainer.names}, trainer.step_count, kind)
        case AskPreview(number, image, augmentation, columns, seed):
            from ..config import AugmentationConfig
            from ..maths.augmentation import preview_grid  # torchvision: imported when a panel first asks

            return AugmentationPreview(number, preview_grid(np.asarray(image, dtype=np.float32),
                                                            AugmentationConfig(**augmentation), columns, seed))
        case AskSnapshot():
            final = {m.name: {"train_loss": m.train_loss, "test_loss": m.test_loss,
                              "train_accuracy": m.train_accuracy, "test_accuracy": m.test_accuracy}
                     for m in trainer.full_evaluation().models}
            return Snapshot(trainer.step_count, final, {name: trainer.state_arrays(name) for name in trainer.names})
    raise ValueError(f"not a question: {query!r}")


def _apply(trainer: Trainer, control: LiveControl) -> TrainingSet | None:
    """Apply the live changes waiting; the training set as it is now when one of them changed it."""
    relabelled = moved = False
    while control.commands:
        match control.commands.popleft():
            case SetTrainingPoints(points, labels):
                if trainer.data.is_image:
                    continue  # a click meant for the 2-D run this one replaced (as a stale question is dropped)
                trainer.set_training_points(points, labels)
                moved = True
            case command:
                trainer.apply(command)
                relabelled |= command.key == "data.label_noise"
    if not (relabelled or moved) or trainer.data.is_image:
        return None  # nothing changed that a view draws (image data has no points on screen)
    points = trainer.data.x_train.cpu().numpy().copy() if moved else None
    return TrainingSet(trainer.data.y_train.cpu().numpy().copy(), points)
