"""The whole experiment as plain dataclasses: validated, JSON round-trippable, overridable by dotted keys.

Every value a teacher can type is checked here, once, with a message that names the dotted key and the allowed
range, so the CLI, the app and a lesson file all fail the same clear way (``ConfigError``).
"""
from __future__ import annotations

import dataclasses
import json
import math
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any

from .translatable import QT_TRANSLATE_NOOP

GENERATED_2D = ("circle", "xor", "gauss", "spiral", "moons")
TWO_D_SETS = GENERATED_2D + ("csv",)  # csv: a teacher's own points (data.rows, read from data.path)
# 1-D regression sets (core.maths.generators): Bishop's noisy sin(2πx) (PRML §1.1), the notes' line y = 2x, a step
ONE_D_SETS = ("sin", "line", "step")
IMAGE_SETS = ("mnist", "tv-mnist", "tv-fashionmnist", "tv-cifar10")
DATASETS = TWO_D_SETS + ONE_D_SETS + IMAGE_SETS
TASKS = ("classification", "regression")
MANY_CLASSES = ("spiral", "gauss")  # the generated sets that draw 2 … MAX_CLASSES classes (arms, centres)
MAX_CLASSES = 6
# 2-D data's input features, as TF Playground offers them: computed from (x1, x2) inside the net (core.maths.features)
FEATURES = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")
FEATURE_LABELS = dict(zip(FEATURES, ("x₁", "x₂", "x₁²", "x₂²", "x₁x₂", "sin x₁", "sin x₂")))  # as the window shows them
# each feature of the points x = [N, 2], as torch code (core.maths.features computes the same; scripts print it)
FEATURE_FORMULAS = dict(zip(FEATURES, ("x[:, 0]", "x[:, 1]", "x[:, 0] ** 2", "x[:, 1] ** 2", "x[:, 0] * x[:, 1]",
                                       "torch.sin(x[:, 0])", "torch.sin(x[:, 1])")))
ACTIVATIONS = ("relu", "tanh", "sigmoid")
OPTIMIZERS = ("sgd", "adam", "adamw")
MODEL_KINDS = ("mlp", "cnn", "polynomial")  # polynomial: Legendre features of x, a linear output
DEVICES = ("auto", "cpu", "cuda")
BUNDLED_MNIST_SIZE = 5000  # the digits shipped in resources/mnist_5k.npz (500 a class)
MAX_NAME = 200  # characters in an experiment's name: a label, shown in titles and slugged into folder names


class ConfigError(ValueError):
    """A config value is missing, of the wrong type or out of range; the message names the dotted key."""


def task_of(data: "DataConfig") -> str:
    """The data set decides the task: the 1-D sets and a CSV of x,y points (data.rows two numbers a row) are
    regressions (MSE loss, R² in place of accuracy), every other set a classification."""
    if data.name in ONE_D_SETS or (data.name == "csv" and data.rows and len(data.rows[0]) == 2):
        return "regression"
    return "classification"


@dataclass(frozen=True)
class FieldSpec:
    """What one config field means, declared once beside its dataclass: validation, the widgets' limits, the
    sweep's parameters and the lesson controls are all read from here (``FIELDS``), so they cannot disagree.

    ``log``: its slider spans decades; ``log_low``: the smallest non-zero value such a slider shows (0 is the
    technique's switch turned off). ``live``: may change while training without a new net. ``sweep``: the
    default (low, high) of a λ sweep over it, None if it is not sweepable. ``control``: the name a lesson lists
    in ``controls`` to show the widget that sets it. ``label``: marked QT_TRANSLATE_NOOP("config", …), the
    English text to core and the CLI, translated where the window shows it (ui.translated)."""
    label: str
    low: float | None = None
    high: float | None = None
    log: bool = False
    log_low: float | None = None
    live: bool = False
    unit: str = ""
    sweep: tuple[float, float] | None = None
    choices: tuple[str, ...] = ()
    control: str = "experiment"
    key: str = ""  # the dotted key, filled in by FIELDS


def spec(default: Any = dataclasses.MISSING, *, factory: Any = dataclasses.MISSING, **meaning: Any) -> Any:
    """A dataclass field with its FieldSpec in the metadata."""
    return field(default=default, default_factory=factory, metadata={"spec": FieldSpec(**meaning)})


# Every augmentation strength is live: the pipeline is rebuilt between steps.
_AUG = dict(live=True, control="augmentation")


@dataclass
class DataConfig:
    name: str = spec("circle", label=QT_TRANSLATE_NOOP("config", "data set"), choices=DATASETS)
    # 2-D sets: std of Gaussian noise on the points; 1-D sets: on y (Bishop's σ = 0.3)
    noise: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "noise"), low=0.0, high=1.0)
    # 2-D and 1-D sets: points generated in all
    samples: int = spec(400, label=QT_TRANSLATE_NOOP("config", "points"), low=20, high=20000)
    # 2-D and 1-D sets: share for training (1-D sets: train x evenly spaced, as Bishop's, test x on a finer grid)
    train_fraction: float = spec(0.5, label=QT_TRANSLATE_NOOP("config", "train share"), low=0.05, high=0.95)
    # image sets (small = overfitting)
    train_size: int = spec(1000, label=QT_TRANSLATE_NOOP("config", "train examples"), low=10, high=60000)
    # image sets, stratified
    test_size: int = spec(1000, label=QT_TRANSLATE_NOOP("config", "test examples"), low=10, high=10000)
    # share of the *training* labels replaced by another class at random (seeded; test labels never): a big net
    # memorises the noise, a regularized one resists it (Zhang et al. 2017). Live: the same draws, more or fewer.
    label_noise: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "label noise"),
                              low=0.0, high=1.0, live=True, sweep=(0.0, 0.6))
    # share of the training examples held out as a validation set (early stopping watches it, never the test set)
    validation_fraction: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "validation share"), low=0.0, high=0.5)
    # torchvision sets: the folder that holds them (never downloaded)
    root: str = spec("", label=QT_TRANSLATE_NOOP("config", "data folder"))
    # spiral (arms) and gauss (centres): how many classes are drawn; csv: the file's own count, set when it is read
    classes: int = spec(2, label=QT_TRANSLATE_NOOP("config", "classes"), low=2, high=MAX_CLASSES)
    # 2-D data, FEATURES
    features: list[str] = spec(factory=lambda: ["x1", "x2"], label=QT_TRANSLATE_NOOP("config", "input features"))
    # data.name = csv: the file to read. Read once, when the config is built: its rows go into data.rows and the
    # path is cleared, so a run's config, a session and an exported script carry the points, never a path
    path: str = spec("", label=QT_TRANSLATE_NOOP("config", "CSV file"))
    # [x1, x2, class] (an index of class_names), or [x, y] for a regression (a CSV with the columns x,y)
    rows: list[list[float]] = spec(factory=list, label=QT_TRANSLATE_NOOP("config", "CSV rows"))
    # the CSV's labels, in class order
    class_names: list[str] = spec(factory=list, label=QT_TRANSLATE_NOOP("config", "class names"))
    # generated sets and image subsets: the seed of the draw (where the points fall, their noise, the split);
    # None follows training.seed. A lesson that shows one figure (Bishop's ten points) fixes it, so every class
    # sees the same points while the net's start still follows training.seed
    seed: int | None = spec(None, label=QT_TRANSLATE_NOOP("config", "seed of the data"), low=0, high=2**31 - 1)

    @property
    def n_classes(self) -> int:
        """2-D data's classes: data.classes for the sets that draw several and for a CSV; two for the others
        (so going from three spiral arms to circle needs no second change)."""
        return self.classes if self.name in (*MANY_CLASSES, "csv") else 2


@dataclass
class ModelConfig:
    kind: str = spec("mlp", label=QT_TRANSLATE_NOOP("config", "model"), choices=MODEL_KINDS)
    # [] = no hidden layer: one Linear
    hidden: list[int] = spec(factory=lambda: [8, 8], label=QT_TRANSLATE_NOOP("config", "hidden layers"))
    # model.kind = "polynomial": Legendre polynomials P1 … P_degree of x scaled to [-1, 1], then one Linear (P0 is
    # its bias). Legendre, not x, x², …: Adam fits them (monomials of x in [0, 1] are nearly collinear and do not)
    degree: int = spec(9, label=QT_TRANSLATE_NOOP("config", "polynomial degree"), low=0, high=15)
    activation: str = spec("relu", label=QT_TRANSLATE_NOOP("config", "activation"), choices=ACTIVATIONS)
    dropout: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "dropout p"),
                          low=0.0, high=0.95, live=True, control="dropout",
                          sweep=(0.1, 0.8))
    batchnorm: bool = spec(False, label=QT_TRANSLATE_NOOP("config", "batch norm"), control="batchnorm")
    # None: torch's default init. A number s: weights ~ N(0, (s / sqrt(fan_in))^2), the knob that makes a deep
    # net's activations vanish (s small) or explode (s large) when batch norm is off.
    init_scale: float | None = spec(None, label=QT_TRANSLATE_NOOP("config", "initial weight scale"),
                                    low=0.01, high=10.0)


@dataclass
class AugmentationConfig:
    enabled: bool = spec(False, label=QT_TRANSLATE_NOOP("config", "augmentation"), **_AUG)
    hflip: float = spec(0.5, label=QT_TRANSLATE_NOOP("config", "flip probability"), low=0.0, high=1.0, **_AUG)
    # as in the notes
    rotation: float = spec(20.0, label=QT_TRANSLATE_NOOP("config", "rotation"), unit="°", low=0.0, high=180.0, **_AUG)
    # as in the notes
    brightness: float = spec(0.2, label=QT_TRANSLATE_NOOP("config", "brightness"), low=0.0, high=1.0, **_AUG)
    # as in the notes
    contrast: float = spec(0.2, label=QT_TRANSLATE_NOOP("config", "contrast"), low=0.0, high=1.0, **_AUG)
    # share of the area at least
    crop_scale: float = spec(0.8, label=QT_TRANSLATE_NOOP("config", "crop keeps"), low=0.05, high=1.0, **_AUG)
    # between 1/r and r
    crop_ratio: float = spec(1.33, label=QT_TRANSLATE_NOOP("config", "crop aspect"), low=1.0, high=3.0, **_AUG)
    noise: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "pixel noise σ"), low=0.0, high=1.0, **_AUG)


@dataclass
class AdversarialConfig:
    epsilon: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "adversarial ε"), low=0.0, high=1.0, live=True,
                          control="adversarial")  # > 0 turns adversarial training on
    weight: float = spec(0.5, label=QT_TRANSLATE_NOOP("config", "adversarial mix weight"), low=0.0, high=1.0, live=True,
                         control="adversarial")  # loss = (1 - weight) * clean + weight * adversarial


@dataclass
class RegularizationConfig:
    l1: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "L1 λ"),
                     low=0.0, high=10.0, log=True, log_low=1e-5, live=True, control="l1",
                     sweep=(1e-5, 0.1))  # loss += l1 * sum |w|
    l2: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "L2 λ"),
                     low=0.0, high=10.0, log=True, log_low=1e-5, live=True, control="l2",
                     sweep=(1e-4, 1.0))  # loss += l2 * sum w^2
    include_bias: bool = spec(False, label=QT_TRANSLATE_NOOP("config", "penalize biases too"))
    # the optimizer's own decay (see regularizers.py for the Adam caveat)
    weight_decay: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "weight decay"),
                               low=0.0, high=1.0, log=True, log_low=1e-5, live=True,
                               sweep=(1e-4, 1.0))
    augmentation: AugmentationConfig = field(default_factory=AugmentationConfig)
    adversarial: AdversarialConfig = field(default_factory=AdversarialConfig)


@dataclass
class EarlyStoppingConfig:
    # evaluations (one every training.eval_every steps) without a lower validation loss before training stops
    patience: int = spec(0, label=QT_TRANSLATE_NOOP("config", "early-stopping patience"),
                         unit="evaluations", low=0, high=100_000)
    # when it stops: the best net, not the last
    restore_best: bool = spec(True, label=QT_TRANSLATE_NOOP("config", "restore the best weights"))


@dataclass
class TrainingConfig:
    optimizer: str = spec("adam", label=QT_TRANSLATE_NOOP("config", "optimizer"), choices=OPTIMIZERS)
    lr: float = spec(0.01, label=QT_TRANSLATE_NOOP("config", "learning rate"), low=1e-6, high=10.0, log=True, live=True)
    momentum: float = spec(0.0, label=QT_TRANSLATE_NOOP("config", "momentum"), low=0.0, high=0.999, live=True)
    batch_size: int = spec(32, label=QT_TRANSLATE_NOOP("config", "batch size"), low=1, high=4096)
    steps: int = spec(2000, label=QT_TRANSLATE_NOOP("config", "steps"), low=1, high=10_000_000)
    seed: int = spec(0, label=QT_TRANSLATE_NOOP("config", "seed"), low=0, high=2**31 - 1)
    eval_every: int = spec(50, label=QT_TRANSLATE_NOOP("config", "evaluate every"),
                           unit="steps", low=1, high=1_000_000, live=True)
    device: str = spec("auto", label=QT_TRANSLATE_NOOP("config", "device"), choices=DEVICES)
    early_stopping: EarlyStoppingConfig = field(default_factory=EarlyStoppingConfig)


@dataclass
class ExperimentConfig:
    name: str = "custom"
    description: str = ""
    data: DataConfig = field(default_factory=DataConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    regularization: RegularizationConfig = field(default_factory=RegularizationConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)

    # -- serialisation -------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_dict(cls, raw: Any, *, from_stranger: str = "") -> "ExperimentConfig":
        """``from_stranger``: what carried the config (a session, a one-line experiment, a lesson) when it may
        come from anyone: then a ``data.path`` is refused, never read (a stranger's file must not read yours)."""
        cfg = _build(cls, raw, "")
        if cfg.data.path and from_stranger:
            raise ConfigError(QT_TRANSLATE_NOOP("config", "data.path: {from_stranger} never names a file on this "
                                                          "computer (it carries a CSV's points in data.rows)")
                              .format(from_stranger=from_stranger))
        if cfg.data.path:
            _read_csv_into(cfg)
        if cfg.data.name != "csv":  # another data set chosen: a CSV's points are not carried along
            cfg.data.rows, cfg.data.class_names = [], []
        validate(cfg)
        return cfg

    @classmethod
    def from_json(cls, text: str, label: str = "config") -> "ExperimentConfig":
        from .content.user_files import parse_json

        return cls.from_dict(parse_json(text, ConfigError, label))

    def with_overrides(self, overrides: dict[str, Any] | list[str], *, from_stranger: str = "") -> "ExperimentConfig":
        """A validated copy with dotted keys set, e.g. ``{"regularization.l2": 0.01}`` or ``["model.hidden=[64,64]"]``."""
        if isinstance(overrides, list):
            overrides = dict(parse_assignment(item) for item in overrides)
        raw = self.to_dict()
        for key, value in overrides.items():
            node = raw
            parts = key.split(".")
            for part in parts[:-1]:
                if not isinstance(node.get(part), dict):
                    raise ConfigError(QT_TRANSLATE_NOOP("config", "{key}: unknown key (no section '{part}')")
                                      .format(key=key, part=part))
                node = node[part]
            if parts[-1] not in node or isinstance(node[parts[-1]], dict):
                raise ConfigError(QT_TRANSLATE_NOOP("config", "{key}: unknown key; known keys: {names}")
                                  .format(key=key, names=', '.join(all_keys())))
            node[parts[-1]] = value
        return ExperimentConfig.from_dict(raw, from_stranger=from_stranger)

    def get(self, key: str) -> Any:
        node: Any = self
        for part in key.split("."):
            if not hasattr(node, part):
                raise ConfigError(QT_TRANSLATE_NOOP("config", "{key}: unknown key").format(key=key))
            node = getattr(node, part)
        return node


def parse_assignment(text: str) -> tuple[str, Any]:
    """``"regularization.l2=0.01"`` -> ("regularization.l2", 0.01); values are JSON when they parse as JSON."""
    if "=" not in text:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{text!r}: expected section.key=value").format(text=text))
    key, _, value = text.partition("=")
    return key.strip(), parse_value(value.strip())


def parse_value(text: str) -> Any:
    """A value typed after ``key=``: true/false, none, JSON when it parses as JSON, ``64,64`` as a list, else
    text (which validation then checks against the key's type)."""
    from .content.user_files import parse_json

    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("none", "null"):
        return None
    try:
        return parse_json(text, ConfigError, repr(text[:40]))  # its errors say "'text': what is wrong"
    except ConfigError as exc:
        if "not valid JSON" not in str(exc):
            raise exc from None
    if "," in text:  # 64,64 -> [64, 64]
        return [parse_value(part.strip()) for part in text.split(",")]
    return text


def all_keys(cls: type = ExperimentConfig, prefix: str = "") -> list[str]:
    keys = []
    for f in fields(cls):
        sub = _dataclass_type(f)
        if sub is not None:
            keys += all_keys(sub, f"{prefix}{f.name}.")
        else:
            keys.append(prefix + f.name)
    return keys


# -- building and validation -------------------------------------------------------------------------------
_SECTIONS = {
    "data": DataConfig,
    "model": ModelConfig,
    "regularization": RegularizationConfig,
    "training": TrainingConfig,
    "augmentation": AugmentationConfig,
    "adversarial": AdversarialConfig,
    "early_stopping": EarlyStoppingConfig,
}


def _dataclass_type(f: dataclasses.Field) -> type | None:
    return _SECTIONS.get(f.name) if f.name in _SECTIONS else None


# What a field declared ``X | None`` is checked against when it is not None (the annotations are strings here).
_SAMPLES = {"int": 0, "float": 0.0, "str": ""}


def _optional_sample(f: dataclasses.Field) -> Any:
    """A value of X for a field declared ``X | None`` (None is then a value it may take); MISSING otherwise."""
    kind, _, rest = str(f.type).partition(" | ")
    return _SAMPLES.get(kind, dataclasses.MISSING) if rest == "None" else dataclasses.MISSING


def _build(cls: type, raw: Any, prefix: str) -> Any:
    if not isinstance(raw, dict):
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{where}: expected an object, got {type}")
                          .format(where=prefix.rstrip('.') or 'config', type=type(raw).__name__))
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{prefix}{unknown}: unknown key; allowed here: {names}")
                          .format(prefix=prefix, unknown=unknown[0], names=', '.join(known)))
    values = {}
    defaults = cls()
    for name, f in known.items():
        key = prefix + name
        if name not in raw:
            continue
        sub = _dataclass_type(f)
        if sub is not None:
            values[name] = _build(sub, raw[name], key + ".")
        elif (sample := _optional_sample(f)) is not dataclasses.MISSING:
            default = getattr(defaults, name)
            values[name] = None if raw[name] is None else _coerce(key, raw[name],
                                                                  sample if default is None else default)
        else:
            values[name] = _coerce(key, raw[name], getattr(defaults, name))
    return cls(**values)


def _coerce(key: str, value: Any, default: Any) -> Any:
    """Check the JSON type against the default's type; ints are accepted where floats are expected. Every user
    number passes here, so NaN, ±Infinity, 1e400 (inf once parsed) and integers too big for a float are refused
    with the key's name, never a traceback."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(QT_TRANSLATE_NOOP("config", "{key} = {value}: expected true or false")
                              .format(key=key, value=_show(value)))
        return value
    if isinstance(default, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(QT_TRANSLATE_NOOP("config", "{key} = {value}: expected a whole number")
                              .format(key=key, value=_show(value)))
        return value
    if isinstance(default, float):
        return finite_number(key, value)
    if key in _LIST_OF:
        return _LIST_OF[key](key, value)
    if isinstance(default, list):
        if isinstance(value, int) and not isinstance(value, bool):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise ConfigError(QT_TRANSLATE_NOOP("config", "{key} = {value}: expected a list of whole numbers, e.g. "
                                                          "[64, 64]").format(key=key, value=_show(value)))
        return list(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(QT_TRANSLATE_NOOP("config", "{key} = {value}: expected text")
                              .format(key=key, value=_show(value)))
        return value
    raise ConfigError(QT_TRANSLATE_NOOP("config", "{key}: cannot set a value of type {type}")
                      .format(key=key, type=type(value).__name__))


def _names(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]  # --set data.features=x1sq,x2sq
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{key} = {value}: expected a list of names, e.g. [\"x1\", "
                                                      "\"x2\"]").format(key=key, value=_show(value)))
    return list(value)


def _rows(key: str, value: Any) -> list[list[float]]:
    """A CSV's rows as the config carries them: a list of equal-length lists of finite numbers."""
    if not isinstance(value, list):
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{key}: expected a list of rows, each a list of numbers")
                          .format(key=key))
    out = []
    for i, row in enumerate(value):
        if not isinstance(row, list) or not row:
            raise ConfigError(QT_TRANSLATE_NOOP("config", "{key}[{i}] = {row}: expected a row of numbers, e.g. [0.5, "
                                                          "-0.2, 1]").format(key=key, i=i, row=_show(row)))
        out.append([finite_number(f"{key}[{i}]", v) for v in row])
    return out


_LIST_OF = {"data.features": _names, "data.class_names": _names, "data.rows": _rows}


def _read_csv_into(cfg: "ExperimentConfig") -> None:
    """data.path read into data.rows, data.class_names and data.classes, and cleared (see DataConfig.path)."""
    from .content.csv_data import read_csv

    if cfg.data.name != "csv":
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.path: only for data.name = 'csv' (data.name is "
                                                      "{data_name!r})").format(data_name=cfg.data.name))
    table = read_csv(cfg.data.path)
    cfg.data.rows = table.rows
    cfg.data.class_names = list(table.class_names)
    if table.class_names:
        cfg.data.classes = len(table.class_names)
    cfg.data.path = ""


def finite_number(label: str, value: Any) -> float:
    """``value`` as a finite float, or ConfigError naming ``label`` (the one check of a user's decimal number)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{label} = {value}: expected a number")
                          .format(label=label, value=_show(value)))
    try:
        number = float(value)
    except OverflowError:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{label} = {value}: too large, expected a finite number")
                          .format(label=label, value=_show(value))) from None
    if not math.isfinite(number):
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{label} = {value}: expected a finite number")
                          .format(label=label, value=_show(value)))
    return number


def _show(value: Any) -> str:
    """A user's value in a message, cut short (a 400-digit number or a long list should not fill the screen)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _walk(cls: type, prefix: str = "") -> dict[str, FieldSpec]:
    out: dict[str, FieldSpec] = {}
    for f in fields(cls):
        sub = _dataclass_type(f)
        if sub is not None:
            out.update(_walk(sub, f"{prefix}{f.name}."))
        elif "spec" in f.metadata:
            out[prefix + f.name] = dataclasses.replace(f.metadata["spec"], key=prefix + f.name)
    return out


FIELDS: dict[str, FieldSpec] = _walk(ExperimentConfig)  # every settable field's meaning, by dotted key
RANGES = {key: (s.low, s.high) for key, s in FIELDS.items() if s.low is not None}  # inclusive
CHOICES = {key: s.choices for key, s in FIELDS.items() if s.choices}
LIVE_KEYS = tuple(key for key, s in FIELDS.items() if s.live)
SWEEPABLE = {key: s for key, s in FIELDS.items() if s.sweep is not None}


def is_live(key: str) -> bool:
    """May ``key`` change while training (the same net goes on), or does a change need a new net?"""
    return key in FIELDS and FIELDS[key].live


# Right-to-left overrides, embeddings and isolates: printed raw, they reorder the terminal line around them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_name(name: str) -> None:
    """A name is a label (core.run.output.slug makes it a folder name): not empty, no NUL, newline or other
    control character (they broke paths and scripts with a traceback), no bidirectional override (it makes the
    CLI's lines read otherwise than they are), not an essay."""
    if not name.strip():
        raise ConfigError(QT_TRANSLATE_NOOP("config", "name: must not be empty (it labels the run and names its "
                                                      "output folder)"))
    bad = next((ch for ch in name if unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS), None)
    if bad is not None:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "name = {name}: holds a control character (U+{code:04X}); a "
                                                      "name is a one-line label")
                          .format(name=_show(name), code=ord(bad)))
    if len(name) > MAX_NAME:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "name = {name}: {length:,} characters, at most {max_name}")
                          .format(name=_show(name), length=len(name), max_name=MAX_NAME))


def validate(cfg: ExperimentConfig) -> None:
    check_name(cfg.name)
    for key, (low, high) in RANGES.items():
        value = cfg.get(key)
        if value is None:
            continue
        if not low <= value <= high:
            raise ConfigError(QT_TRANSLATE_NOOP("config", "{key} = {value}: out of range, allowed {low:g} … {high:g}")
                              .format(key=key, value=_show(value), low=low, high=high))
    for key, allowed in CHOICES.items():
        value = cfg.get(key)
        if value not in allowed:
            raise ConfigError(QT_TRANSLATE_NOOP("config", "{key} = {value!r}: allowed values are {names}")
                              .format(key=key, value=value, names=', '.join(allowed)))
    _validate_2d(cfg)
    hidden = cfg.model.hidden
    if not 0 <= len(hidden) <= 16 or not all(1 <= w <= 4096 for w in hidden):
        raise ConfigError(QT_TRANSLATE_NOOP("config", "model.hidden = {hidden}: 0 … 16 layers of 1 … 4096 units each "
                                                      "([]: no hidden layer, the inputs straight to the outputs)")
                          .format(hidden=hidden))
    if not hidden and cfg.model.kind == "cnn":
        raise ConfigError(QT_TRANSLATE_NOOP("config", "model.hidden = []: a CNN needs its channel count (e.g. [16])"))
    _validate_task(cfg)
    if cfg.data.name == "mnist" and cfg.data.train_size + cfg.data.test_size > BUNDLED_MNIST_SIZE:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.train_size + data.test_size = {total}: the bundled MNIST "
                                                      "has {size:,} digits (a torchvision set has more: tv-mnist)")
                          .format(total=cfg.data.train_size + cfg.data.test_size, size=BUNDLED_MNIST_SIZE))
    if cfg.model.batchnorm and cfg.training.batch_size < 2:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "model.batchnorm = true needs training.batch_size ≥ 2 (batch "
                                                      "norm divides by the batch's spread; training.batch_size is "
                                                      "{training_batch_size})")
                          .format(training_batch_size=cfg.training.batch_size))
    if cfg.training.early_stopping.patience and not cfg.data.validation_fraction:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "training.early_stopping.patience needs "
                                                      "data.validation_fraction > 0: the stopping step is chosen on "
                                                      "a validation split, never on the test set"))
    if cfg.model.kind == "cnn" and cfg.data.name in TWO_D_SETS + ONE_D_SETS:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "model.kind = 'cnn': needs an image data set (data.name is "
                                                      "{data_name!r})").format(data_name=cfg.data.name))
    if cfg.data.name.startswith("tv-") and not cfg.data.root:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.root: {data_name} needs the folder that holds it "
                                                      "(nothing is downloaded)").format(data_name=cfg.data.name))


MIN_ROWS, MAX_ROWS = 10, 20_000  # a CSV's points: enough for a train and a test split; what a record can draw


def _validate_2d(cfg: ExperimentConfig) -> None:
    """The 2-D settings: classes for the sets that draw them, input features, and a CSV's rows (which may come
    from anyone: a session or a line a stranger sent)."""
    d = cfg.data
    unknown = [f for f in d.features if f not in FEATURES]
    if unknown or not d.features or len(set(d.features)) != len(d.features):
        if unknown:
            sentence = QT_TRANSLATE_NOOP("config", "data.features = {value}: one or more of {names}, each once "
                                                   "({unknown!r} is not one)")
        else:
            sentence = QT_TRANSLATE_NOOP("config", "data.features = {value}: one or more of {names}, each once")
        raise ConfigError(sentence.format(value=_show(d.features), names=", ".join(FEATURES),
                                          unknown=unknown[0] if unknown else ""))
    regression = task_of(d) == "regression"
    if (d.name not in TWO_D_SETS or regression) and d.features != ["x1", "x2"]:
        if regression:
            sentence = QT_TRANSLATE_NOOP("config", "data.features: input features are for 2-D data (data.name "
                                                   "{data_name!r} is a 1-D regression)")
        else:
            sentence = QT_TRANSLATE_NOOP("config", "data.features: input features are for 2-D data (data.name "
                                                   "{data_name!r} is not 2-D)")
        raise ConfigError(sentence.format(data_name=d.name))
    if d.name != "csv":
        return
    if not d.rows:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.name = 'csv': give the file with data.path (File ▸ Open "
                                                      "data in the window)"))
    if not MIN_ROWS <= len(d.rows) <= MAX_ROWS:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.rows: {rows:,} points; a CSV gives {min_rows} … "
                                                      "{max_rows:,}")
                          .format(rows=len(d.rows), min_rows=MIN_ROWS, max_rows=MAX_ROWS))
    width = len(d.rows[0])
    if width == 2:  # x, y: a regression
        bad = next((i for i, row in enumerate(d.rows) if len(row) != 2), None)
        if bad is not None:
            raise ConfigError(QT_TRANSLATE_NOOP("config", "data.rows[{bad}]: every row x, y (two numbers), as the "
                                                          "first row is").format(bad=bad))
        if d.class_names:
            raise ConfigError(QT_TRANSLATE_NOOP("config", "data.class_names: x,y points are a regression, which has "
                                                          "no classes"))
        if len({row[0] for row in d.rows}) < 2:
            raise ConfigError(QT_TRANSLATE_NOOP("config", "data.rows: every point has the same x; a curve needs two "
                                                          "x values or more"))
        return
    if width != 3 or any(len(row) != 3 for row in d.rows):
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.rows: every row x1, x2, class (three numbers), or every "
                                                      "row x, y (two)"))
    k = len(d.class_names)
    if not 2 <= k <= MAX_CLASSES or len(set(d.class_names)) != k:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.class_names = {value}: 2 … {max_classes} different names")
                          .format(value=_show(d.class_names), max_classes=MAX_CLASSES))
    if d.classes != k:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.classes = {d_classes}: the CSV's points have {k} classes")
                          .format(d_classes=d.classes, k=k))
    for name in d.class_names:
        if not name.strip() or len(name) > 40 or any(unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS
                                                     for ch in name):
            raise ConfigError(QT_TRANSLATE_NOOP("config", "data.class_names: {name} is not a class name (1 … 40 "
                                                          "characters, one line)").format(name=_show(name)))
    for i, row in enumerate(d.rows):
        label = row[2]
        if not (label.is_integer() and 0 <= label < k):
            raise ConfigError(QT_TRANSLATE_NOOP("config", "data.rows[{i}]: class {label:g} is not one of 0 … {last}")
                              .format(i=i, label=label, last=k - 1))
    if len({row[2] for row in d.rows}) < 2:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.rows: every point has the same class; a classifier needs "
                                                      "two or more"))
def _validate_task(cfg: ExperimentConfig) -> None:
    """What only one task has: the polynomial model fits a curve; label noise and adversarial examples are about
    classes (a regression has no label to flip and FGSM's loss here is cross-entropy)."""
    if task_of(cfg.data) == "classification":
        if cfg.model.kind == "polynomial":
            raise ConfigError(QT_TRANSLATE_NOOP("config", "model.kind = 'polynomial': needs a 1-D regression data "
                                                          "set ({names}, or a CSV of x,y); data.name is {data_name!r}")
                              .format(names=', '.join(ONE_D_SETS), data_name=cfg.data.name))
        return
    name = cfg.data.name
    if cfg.data.label_noise:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "data.label_noise = {data_label_noise:g}: applies to "
                                                      "classification; data.name {name!r} is a regression")
                          .format(data_label_noise=cfg.data.label_noise, name=name))
    if cfg.regularization.adversarial.epsilon:
        raise ConfigError(QT_TRANSLATE_NOOP("config", "regularization.adversarial.epsilon = {adversarial_epsilon:g}: "
                                                      "applies to classification; data.name {name!r} is a regression")
                          .format(adversarial_epsilon=cfg.regularization.adversarial.epsilon, name=name))
    if cfg.model.kind == "polynomial" and (cfg.model.batchnorm or cfg.model.dropout):
        key = "model.batchnorm" if cfg.model.batchnorm else "model.dropout"
        raise ConfigError(QT_TRANSLATE_NOOP("config", "{key}: the polynomial model has no hidden layer to normalise "
                                                      "or drop (use model.kind = 'mlp')").format(key=key))
