"""A lesson played as the app plays it (Next, Next, …), headless: each step either starts new nets or hands the
running ones its live changes (core.run.messages.needs_new_run, the app state's own rule), then trains exactly
the steps it declares. Only the seed differs from the class's run: the claims must hold on seeds nobody tuned on.
"""
from __future__ import annotations

from regviz.core.content import lessons
from regviz.core.run.live import LIVE_EVAL_LIMIT
from regviz.core.run.messages import SetLive, changed_keys, needs_new_run, variant_for
from regviz.core.run.training import Trainer


def play(name: str, seed: int, upto: int, *, overrides: dict | None = None, start: int = 1,
         trainer: Trainer | None = None) -> Trainer:
    """Steps ``start`` … ``upto`` (1-based) of bundled lesson ``name`` with ``training.seed`` = ``seed``, going on
    from ``trainer`` (the net after the steps before ``start``; what a class did in between, like clicking a point
    in, is the caller's to do to it first)."""
    for index in range(start, upto + 1):
        trainer = _continue(name, seed, index, trainer, overrides)
    return trainer


def _continue(name: str, seed: int, index: int, trainer: Trainer | None, overrides: dict | None = None) -> Trainer:
    """Step ``index`` (1-based) applied to ``trainer`` (the net after the steps before; None before step 1)."""
    lesson = lessons.load(name)
    extra = {"training.seed": seed, **(overrides or {})}
    step = lesson.steps[index - 1]
    target = lesson.config_at(index - 1).with_overrides(extra)
    mode = lesson.mode_at(index - 1)
    if trainer is None or step.preset is not None or step.mode is not None or \
            needs_new_run(trainer.config_of_run, trainer.mode_of_run, target, mode):
        trainer = Trainer.for_mode(target, mode, eval_limit=LIVE_EVAL_LIMIT)  # what the plots show
    else:
        for key in changed_keys(trainer.config_of_run, target):
            trainer.apply(SetLive(key, target.get(key), variant_for(mode, key)))
    trainer.config_of_run, trainer.mode_of_run = target, mode
    for _ in range(step.train or 0):
        trainer.step()
        if trainer.stopped_at == trainer.step_count:
            break  # early stopping pauses the app's run here, as core.run.live does
    return trainer


_RECORDS: dict = {}
_TRAINERS: dict = {}


def record_after(name: str, seed: int, upto: int):
    """The record (every net, with boundary and activations) after step ``upto`` of lesson ``name``: one play
    per lesson and seed serves every step a test asks about (each step continues the one before, as in class)."""
    key = (name, seed)
    if key not in _RECORDS:
        records, trainer, lesson = {}, None, lessons.load(name)
        for index in range(1, len(lesson.steps) + 1):
            trainer = _continue(name, seed, index, trainer)
            records[index] = {m.name: m for m in trainer.evaluate(activations=True, boundary=True).models}
        _RECORDS[key], _TRAINERS[key] = records, trainer
    return _RECORDS[key][upto]


def trainer_after_last_step(name: str, seed: int) -> Trainer:
    """The nets after the last step of lesson ``name`` (the play record_after made: one play per lesson and seed).
    A test may train it on: every record was taken before."""
    record_after(name, seed, 1)
    return _TRAINERS[(name, seed)]
