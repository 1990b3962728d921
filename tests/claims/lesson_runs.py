"""A lesson played as the app plays it (Next, Next, …), headless: each step either starts new nets or hands the
running ones its live changes (core.run.messages.needs_new_run, the app state's own rule), then trains exactly
the steps it declares. Only the seed differs from the class's run: the claims must hold on seeds nobody tuned on.
"""
from __future__ import annotations

from regviz.core.content import lessons
from regviz.core.run.live import LIVE_EVAL_LIMIT
from regviz.core.run.messages import SetLive, changed_keys, needs_new_run, variant_for
from regviz.core.run.training import Trainer


def play(name: str, seed: int, upto: int, *, overrides: dict | None = None) -> Trainer:
    """Steps 1 … ``upto`` (1-based) of bundled lesson ``name`` with ``training.seed`` = ``seed``."""
    lesson = lessons.load(name)
    trainer, config, mode = None, None, None
    extra = {"training.seed": seed, **(overrides or {})}
    for index in range(upto):
        step = lesson.steps[index]
        target = lesson.config_at(index).with_overrides(extra)
        target_mode = lesson.mode_at(index)
        if trainer is None or step.preset is not None or step.mode is not None or \
                needs_new_run(config, mode, target, target_mode):
            trainer = Trainer.for_mode(target, target_mode, eval_limit=LIVE_EVAL_LIMIT)  # what the plots show
        else:
            for key in changed_keys(config, target):
                trainer.apply(SetLive(key, target.get(key), variant_for(target_mode, key)))
        config, mode = target, target_mode
        for _ in range(step.train or 0):
            trainer.step()
    return trainer
