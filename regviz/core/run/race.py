"""A race: up to four variants of one experiment trained in lockstep — the same initial weights, the same
minibatches — each with its own settings (``regviz compare``; core.run.training.Trainer does the lockstep).

A variant is written ``NAME:KEY=VALUE,KEY=VALUE`` (``none:`` for the experiment as it is), e.g.
``l2:regularization.l2=0.01`` or ``adamw:training.optimizer=adamw,regularization.weight_decay=0.01``.
"""
from __future__ import annotations

import re

from ..config import ConfigError, ExperimentConfig, parse_value

MAX_VARIANTS = 4
_NAME = re.compile(r"[A-Za-z0-9_-]{1,24}")
_SETTING = re.compile(r",(?=[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+=)")  # a comma that starts the next key=value (not one in [8,8])


def parse_variant(text: str) -> tuple[str, dict]:
    """``NAME:KEY=VALUE,…`` as (name, {key: value}); ConfigError naming what is wrong."""
    name, sep, settings = text.partition(":")
    if not sep or not _NAME.fullmatch(name):
        raise ConfigError(f"--variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, digits, - or _; "
                          "'none:' for the experiment as it is)")
    overrides = {}
    for part in filter(None, _SETTING.split(settings)):
        key, eq, value = part.partition("=")
        if not eq:
            raise ConfigError(f"--variant {text!r}: {part!r} is not KEY=VALUE")
        overrides[key.strip()] = parse_value(value.strip())
    return name, overrides


def race_configs(base: ExperimentConfig, texts: list[str]) -> dict[str, ExperimentConfig]:
    """Each variant's config, by name, in order; every one validated and fit to train in lockstep."""
    if not 2 <= len(texts) <= MAX_VARIANTS:
        raise ConfigError(f"--variant: give 2 to {MAX_VARIANTS} variants, not {len(texts)}")
    configs: dict[str, ExperimentConfig] = {}
    for text in texts:
        name, overrides = parse_variant(text)
        if name in configs:
            raise ConfigError(f"--variant {text!r}: the name {name!r} is used twice")
        configs[name] = base.with_overrides(overrides) if overrides else base
    for name, cfg in configs.items():
        if (cfg.data, cfg.training.batch_size, cfg.training.seed) != \
                (base.data, base.training.batch_size, base.training.seed):
            raise ConfigError(f"--variant {name}: variants race from one start, so they keep the data, batch size "
                              "and seed of the experiment (set those with --set)")
    return configs
