"""What goes down the pipe to the training process: one small frozen dataclass per command, dispatched with
``match`` (records coming back up are in ``core.records``). Plain data, no torch: the window builds these.

Also the run modes and their variants' names, so the window copies none of them: which nets a mode trains,
and which net a live change reaches (``variant_for``).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..translatable import QT_TRANSLATE_NOOP


class RunMode(StrEnum):
    SINGLE = "single"  # one net
    BASELINE = "baseline"  # the configured net beside an unregularized twin (A/B)
    BATCHNORM = "batchnorm"  # the same deep net with and without batch norm
    FGSM = "fgsm"  # a standard net and an adversarially trained one
    RACE = "race"  # 2 to 4 variants the teacher named (core.run.race)


VARIANTS: dict[RunMode, tuple[str, ...]] = {
    RunMode.SINGLE: ("main",),
    RunMode.BASELINE: ("regularized", "baseline"),
    RunMode.BATCHNORM: ("batch norm", "no batch norm"),
    RunMode.FGSM: ("standard", "adversarial"),
    RunMode.RACE: (),  # named by the race itself
}


def run_mode(value: str) -> RunMode:
    """A mode from text (a session, a lesson), or ValueError naming the allowed ones."""
    try:
        return RunMode(value)
    except ValueError:
        raise ValueError(QT_TRANSLATE_NOOP("training", "run mode {mode!r}: allowed {names}")
                         .format(mode=value, names=", ".join(m.value for m in RunMode))) from None


def baseline_of(cfg):
    """The same experiment with every regularizer off (batch norm, an architecture choice, is kept)."""
    return cfg.with_overrides({
        "regularization.l1": 0.0, "regularization.l2": 0.0, "regularization.weight_decay": 0.0,
        "regularization.augmentation.enabled": False, "regularization.adversarial.epsilon": 0.0,
        "model.dropout": 0.0,
    })


def variant_configs(config, mode: RunMode | str, race=()) -> dict:
    """Each net ``mode`` trains, by name, with its own config: one net; the configured net and its
    unregularized baseline; the same net with and without batch norm; a standard net and an adversarially
    trained twin (ε from the config, 0.2 if it has none); or the variants of ``race`` (core.run.race). Pure
    config: sessions check saved weights with it."""
    mode = RunMode(mode)
    if mode is RunMode.RACE:
        from .race import race_configs

        return race_configs(config, race)
    if mode is RunMode.BASELINE:
        configs = (config, baseline_of(config))
    elif mode is RunMode.BATCHNORM:
        configs = (config.with_overrides({"model.batchnorm": True}),
                   config.with_overrides({"model.batchnorm": False}))
    elif mode is RunMode.FGSM:
        epsilon = config.regularization.adversarial.epsilon or 0.2
        configs = (config.with_overrides({"regularization.adversarial.epsilon": 0.0}),
                   config.with_overrides({"regularization.adversarial.epsilon": epsilon}))
    else:
        configs = (config,)
    return dict(zip(VARIANTS[mode], configs))


def changed_keys(before, after) -> list[str]:
    """The dotted keys whose values differ between two configs."""
    from ..config import all_keys

    return [key for key in all_keys() if before.get(key) != after.get(key)]


def needs_new_run(before, before_mode: RunMode | str, after, after_mode: RunMode | str) -> bool:
    """Going from one experiment to another: can the running nets simply take the changes (every changed key is
    live, the mode is the same and not a race), or must new nets start? The app state and the lesson tests both
    ask here."""
    from ..config import is_live

    return RunMode(after_mode) is not RunMode(before_mode) or RunMode(after_mode) is RunMode.RACE or \
        not all(is_live(key) for key in changed_keys(before, after))


def variant_for(mode: RunMode, key: str) -> str | None:
    """Which net of a pair a live change reaches; None: every net. The baseline stays unregularized, and the
    standard net of the FGSM pair stays standard; training keys (the learning rate, say) reach both. (In a race
    the teacher names the variant: ui.state.)"""
    mode = RunMode(mode)
    if mode is RunMode.BASELINE and not key.startswith("training."):
        return "regularized"
    if mode is RunMode.FGSM and key.startswith("regularization.adversarial."):
        return "adversarial"
    return None


# -- steering the current run -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Play:
    pass


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class Step:
    """Train ``n`` steps while paused."""
    n: int = 1


@dataclass(frozen=True)
class RunFor:
    """Train exactly ``steps`` more steps, then pause and say so (a ``Paused`` record)."""
    steps: int


@dataclass(frozen=True)
class SetLive:
    """Set a live config key on one variant of the run, or on every variant when ``variant`` is None."""
    key: str
    value: Any
    variant: str | None = None


@dataclass(frozen=True)
class SetTrainingPoints:
    """The 2-D training set as the class edited it (points clicked in, dragged, deleted), every net of the run
    training on it from the next step; ``points`` None: the generated set again."""
    points: Any = None  # numpy [N, 2] float
    labels: Any = None  # numpy [N] int, the true classes (label noise is applied on top)


@dataclass(frozen=True)
class SetSpeed:
    steps_per_second: float | None  # None: as fast as the machine goes


@dataclass(frozen=True)
class SetActivations:
    """Ask for per-layer activation statistics in each record (the batch-norm view) or stop asking."""
    on: bool


# -- replacing the run ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StartRun:
    """A new run replacing the current one. ``initial``: (weights, step) of a saved session to start from;
    ``race``: the variants of a RunMode.RACE run (core.run.race.Race)."""
    run_id: int
    config_json: str
    mode: RunMode
    play: bool
    speed: float | None = None
    activations: bool = False
    initial: tuple[dict, int] | None = None
    race: tuple = ()


@dataclass(frozen=True)
class StartSweep:
    """Replace the run with a sweep of ``key`` over ``values`` (SweepProgress and SweepRow records, then Ended),
    ``jobs`` values at once in worker processes (1: in the training process itself)."""
    run_id: int
    config_json: str
    key: str
    values: tuple[float, ...]
    jobs: int = 1


@dataclass(frozen=True)
class Cancel:
    """End the current run or sweep."""


@dataclass(frozen=True)
class Quit:
    pass


# -- questions about the current nets (answered between steps; the reply is a record) -------------------------
@dataclass(frozen=True)
class AskAttack:
    """One test image under FGSM for ``variant``: an AttackView."""
    variant: str
    index: int
    epsilon: float


@dataclass(frozen=True)
class AskRobustness:
    """Test accuracy of every net under ``attack`` (fgsm or pgd) at each ε: a RobustnessCurve."""
    epsilons: tuple[float, ...]
    attack: str = "fgsm"


@dataclass(frozen=True)
class AskSnapshot:
    """Every net's weights and a full evaluation (a session being saved): a Snapshot."""


@dataclass(frozen=True)
class AskPreview:
    """``columns``² draws of the augmentation pipeline ``augmentation`` (an AugmentationConfig as a dict) applied
    to ``image`` ([C, H, W] in [0, 1]), seeded: an AugmentationPreview echoing ``number`` (newest wins)."""
    number: int
    image: Any
    augmentation: dict
    columns: int
    seed: int


Query = AskAttack | AskRobustness | AskSnapshot | AskPreview
Control = Play | Pause | Step | RunFor | SetLive | SetTrainingPoints | SetSpeed | SetActivations | Query
Message = Control | StartRun | StartSweep | Cancel | Quit
