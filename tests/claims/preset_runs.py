"""Preset runs more than one claim reads, trained once per run of the suite and seed (as shipped: only the seed
and the named settings changed)."""
from __future__ import annotations

import functools

from regviz.core.content import presets
from regviz.core.run.training import Trainer


@functools.cache
def _overfit_pair(seed: int, overrides: tuple) -> tuple:
    trainer = Trainer.for_mode(presets.load("overfit-2d").with_overrides(
        {"training.seed": seed, **dict(overrides)}), "baseline")
    for _ in range(trainer.config.training.steps):
        trainer.step()
    nets = {m.name: m for m in trainer.evaluate(boundary=True).models}
    return nets["regularized"], nets["baseline"]


def overfit_pair(seed: int, overrides: dict) -> tuple:
    """overfit-2d with ``overrides`` beside its baseline (same start, same minibatches), all its 1,000 steps:
    the (regularized, baseline) records, with their decision boundaries."""
    return _overfit_pair(seed, tuple(sorted(overrides.items())))
