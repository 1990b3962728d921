"""A lesson played as the app plays it (Next, Next, …), headless: each step either starts new nets or hands the
running ones its live changes (core.run.messages.needs_new_run, the app state's own rule), then trains exactly
the steps it declares. Only the seed differs from the class's run: the claims must hold on seeds nobody tuned on.
"""
from __future__ import annotations

import copy
import json
import os

import torch

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


def _continue(name: str, seed: int, index: int, trainer: Trainer | None, overrides: dict | None = None,
              curve: list | None = None, every: int = 0) -> Trainer:
    """Step ``index`` (1-based) applied to ``trainer`` (the net after the steps before; None before step 1).
    ``curve``: gets a record (no boundary) before the step's training and every ``every`` steps of it, as the
    plots draw the curves."""
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
    for done in range(step.train or 0):
        if curve is not None and done % every == 0:
            curve.append(trainer.evaluate())
        trainer.step()
        if trainer.stopped_at == trainer.step_count:
            break  # early stopping pauses the app's run here, as core.run.live does
    return trainer


_RECORDS: dict = {}
_TRAINERS: dict = {}
_CURVES: dict = {}
_PROBED: dict = {}
CURVE_EVERY = {"01-overfitting": 25, "04-augmentation": 50}  # the lessons whose claims read a curve (steps apart)


def record_after(name: str, seed: int, upto: int):
    """The record (every net, with boundary and activations) after step ``upto`` of lesson ``name``: one play
    per lesson and seed serves every step a test asks about (each step continues the one before, as in class)."""
    key = (name, seed)
    if key not in _RECORDS:
        records, curves, trainer, lesson = {}, {}, None, lessons.load(name)
        every = CURVE_EVERY.get(name, 0)
        for index in range(1, len(lesson.steps) + 1):
            curves[index] = [] if every else None
            trainer = _continue(name, seed, index, trainer, curve=curves[index], every=every)
            records[index] = {m.name: m for m in trainer.evaluate(activations=True, boundary=True).models}
            if (name, index) in PROBES:
                _PROBED[(name, seed, index)] = PROBES[(name, index)](trainer)
        _RECORDS[key], _TRAINERS[key], _CURVES[key] = records, trainer, curves
    return _RECORDS[key][upto]


def trainer_after_last_step(name: str, seed: int) -> Trainer:
    """The nets after the last step of lesson ``name`` (the play record_after made: one play per lesson and seed).
    A test may train it on: every record was taken before."""
    record_after(name, seed, 1)
    return _TRAINERS[(name, seed)]


def curve_during(name: str, seed: int, index: int) -> list:
    """The records taken while step ``index`` of lesson ``name`` trained (every CURVE_EVERY[name] steps, from its
    first step; the record after its last is record_after's), from the same one play per lesson and seed."""
    record_after(name, seed, 1)
    return _CURVES[(name, seed)][index]


def probed(name: str, seed: int, index: int):
    """What PROBES[(name, index)] found after step ``index`` of the one play of lesson ``name``."""
    record_after(name, seed, 1)
    return _PROBED[(name, seed, index)]


def _layer_gradients(trainer) -> dict:
    """Each net's gradient norm per linear layer (first to head), of the loss on every training point now, taken
    on a copy (a batch-norm net's forward in training mode would move its running statistics)."""
    out = {}
    for name in trainer.names:
        model = copy.deepcopy(trainer.model(name))
        torch.nn.functional.cross_entropy(model(trainer.data.x_train), trainer.data.y_train).backward()
        out[name] = [float(m.weight.grad.norm()) for m in model.modules() if isinstance(m, torch.nn.Linear)]
    return out


TOO_SMALL, TOO_LARGE = 1e-4, 0.1  # lesson 1 step 4's "too small" and "too large" λ (its text names them)


def _slider_both_ways(trainer) -> dict:
    """Lesson 1 step 4, as a class does it: from step 3's nets, the L2 slider to TOO_SMALL for 600 steps, then to
    TOO_LARGE for 600 more. Harmless to the play: step 5 loads a preset of its own, so a new net."""
    out = {}
    for key, value in (("small", TOO_SMALL), ("large", TOO_LARGE)):
        trainer.apply(SetLive("regularization.l2", value, "regularized"))
        for _ in range(600):
            trainer.step()
        nets = {m.name: m for m in trainer.evaluate().models}
        out[key], out[f"{key} baseline"] = nets["regularized"], nets["baseline"]
    return out


def _input_weights(trainer) -> dict:
    """Each net's Σ|w| per input feature (summary.json's input_weights), after lesson 3's feature steps."""
    from regviz.core.run.training import input_weights

    return {name: input_weights(trainer.model(name), tuple(trainer.config.data.features)) for name in trainer.names}


PROBES = {("06-batchnorm", 2): _layer_gradients, ("01-overfitting", 4): _slider_both_ways,
          ("03-l1", 5): _input_weights, ("03-l1", 6): _input_weights}
# what a claim reads after a step beyond its record: a quantity no record holds, or what a class does next


def note(claim: str, seed: int, **values) -> None:
    """Append what a claim measured to $REGVIZ_CLAIM_LOG (JSON lines), when set: docs/claims.md's ranges."""
    path = os.environ.get("REGVIZ_CLAIM_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"claim": claim, "seed": seed, **{k: float(v) for k, v in values.items()}}) + "\n")


def boundary_length(grid) -> float:
    """How long a decision boundary is on the map: the share of neighbouring cells (across and down) whose
    predicted classes differ. A boundary that bends around single points is longer than a smooth one."""
    cls = grid > 0.5
    return float(((cls[1:] != cls[:-1]).sum() + (cls[:, 1:] != cls[:, :-1]).sum()) / (2 * cls.size))
