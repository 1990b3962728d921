"""A race: up to four variants of one experiment trained in lockstep — the same initial weights, the same
minibatches — each with its own settings (``regviz compare``, and the window's Race; core.run.training.Trainer
does the lockstep).

A variant is a name and the settings it changes, written ``NAME:KEY=VALUE,KEY=VALUE`` (``none:`` for the
experiment as it is), e.g. ``l2:regularization.l2=0.01`` or
``adamw:training.optimizer=adamw,regularization.weight_decay=0.01``. A race travels as ``Race``: plain
(name, {key: value}) pairs, so the window, a session and the training process all hold the same thing.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..config import ConfigError, ExperimentConfig, parse_value
from ..translatable import QT_TRANSLATE_NOOP, message_of

MAX_VARIANTS = 4
STYLES = ("solid", "dashed", "dotted", "dashdot")  # each variant's line style, in order: never hue alone
STYLE_GLYPHS = {"solid": "——", "dashed": "– –", "dotted": "···", "dashdot": "–·–"}  # a line style drawn in text
Race = tuple[tuple[str, dict], ...]
# A name may hold dots (l2-0.01, p-0.2) but not start with one: ``regviz compare`` makes a folder of each name.
_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,23}")
_SETTING = re.compile(r",(?=[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+=)")  # a comma that starts the next key=value (not one in [8,8])

READY_MADE: dict[str, tuple[str, ...]] = {  # the dialog's starting points; each line can be edited
    "none / L2 / L1 / dropout": ("none:", "l2:regularization.l2=0.01", "l1:regularization.l1=0.001",
                                 "dropout:model.dropout=0.3"),
    "L2 under Adam / weight decay under AdamW": ("adam-l2:regularization.l2=0.01",
                                                 "adamw-wd:training.optimizer=adamw,regularization.weight_decay=0.02"),
    "L2 strengths": ("none:", "l2-0.001:regularization.l2=0.001", "l2-0.01:regularization.l2=0.01",
                     "l2-0.1:regularization.l2=0.1"),
    "dropout rates": ("p-0:model.dropout=0", "p-0.2:model.dropout=0.2", "p-0.4:model.dropout=0.4",
                      "p-0.6:model.dropout=0.6"),
}


def parse_variant(text: str) -> tuple[str, dict]:
    """``NAME:KEY=VALUE,…`` as (name, {key: value}); ConfigError naming what is wrong."""
    name, sep, settings = text.strip().partition(":")
    if not sep or not _NAME.fullmatch(name):
        raise ConfigError(QT_TRANSLATE_NOOP("race", "variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, "
                                                    "digits, -, _ or ., not starting with .; 'none:' for the "
                                                    "experiment as it is)").format(text=text))
    overrides = {}
    for part in filter(None, _SETTING.split(settings.strip())):
        key, eq, value = part.partition("=")
        if not eq:
            raise ConfigError(QT_TRANSLATE_NOOP("race", "variant {text!r}: {part!r} is not KEY=VALUE")
                              .format(text=text, part=part))
        overrides[key.strip()] = parse_value(value.strip())
    return name, overrides


def format_variant(name: str, overrides: dict) -> str:
    """The text ``parse_variant`` reads back as (name, overrides)."""
    def text(value) -> str:
        plain = isinstance(value, str) and parse_value(value) == value  # adamw, not "adamw"
        return value if plain else json.dumps(value, separators=(",", ":"))

    return f"{name}:" + ",".join(f"{key}={text(value)}" for key, value in overrides.items())


def one_start(cfg: ExperimentConfig) -> tuple:
    """What nets trained in lockstep share (core.run.training.Trainer checks it too): the data, the batch size
    and the seed, hence the same initial weights and minibatches."""
    return cfg.data, cfg.training.batch_size, cfg.training.seed


def race_configs(base: ExperimentConfig, race: Sequence[tuple[str, dict]]) -> dict[str, ExperimentConfig]:
    """Each variant's config, by name, in order; every one validated and fit to train in lockstep."""
    if not 2 <= len(race) <= MAX_VARIANTS:
        raise ConfigError(QT_TRANSLATE_NOOP("race", "a race has 2 to {max_variants} variants, not {count}")
                          .format(max_variants=MAX_VARIANTS, count=len(race)))
    configs: dict[str, ExperimentConfig] = {}
    for name, overrides in race:
        if name in configs:
            raise ConfigError(QT_TRANSLATE_NOOP("race", "variant {name!r}: the name is used twice")
                              .format(name=name))
        try:
            configs[name] = base.with_overrides(overrides) if overrides else base
        except ConfigError as exc:
            raise ConfigError(QT_TRANSLATE_NOOP("race", "variant {name!r}: {problem}")
                              .format(name=name, problem=message_of(exc))) from None
    for name, cfg in configs.items():
        if one_start(cfg) != one_start(base):
            raise ConfigError(QT_TRANSLATE_NOOP("race", "variant {name!r}: variants race from one start, so they "
                                                        "keep the data, batch size and seed of the experiment (set "
                                                        "those for every variant)").format(name=name))
    return configs


def parse_race(texts: Sequence[str]) -> Race:
    """Variants written as text (``--variant``, the Race dialog's lines) as a Race."""
    return tuple(parse_variant(text) for text in texts)
