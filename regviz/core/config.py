"""The whole experiment as plain dataclasses: validated, JSON round-trippable, overridable by dotted keys.

Every value a teacher can type is checked here, once, with a message that names the dotted key and the allowed
range, so the CLI, the app and a lesson file all fail the same clear way (``ConfigError``).
"""
from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field, fields
from typing import Any

TWO_D_SETS = ("circle", "xor", "gauss", "spiral", "moons")
IMAGE_SETS = ("mnist", "tv-mnist", "tv-fashionmnist", "tv-cifar10")
DATASETS = TWO_D_SETS + IMAGE_SETS
ACTIVATIONS = ("relu", "tanh", "sigmoid")
OPTIMIZERS = ("sgd", "adam", "adamw")
MODEL_KINDS = ("mlp", "cnn")
DEVICES = ("auto", "cpu", "cuda")


class ConfigError(ValueError):
    """A config value is missing, of the wrong type or out of range; the message names the dotted key."""


# Keys that may change while training without resetting the net; every other change needs a new run.
LIVE_KEYS = ("regularization.l1", "regularization.l2", "regularization.weight_decay",
             "regularization.adversarial.epsilon", "regularization.adversarial.weight",
             "model.dropout", "training.lr", "training.momentum", "training.eval_every")


def is_live(key: str) -> bool:
    return key in LIVE_KEYS or key.startswith("regularization.augmentation.")


@dataclass(frozen=True)
class Command:
    """Set a live config key on one variant of a run, or on all of them when ``variant`` is None."""
    key: str
    value: Any
    variant: str | None = None


@dataclass
class DataConfig:
    name: str = "circle"
    noise: float = 0.0  # 2-D sets: std of Gaussian noise on the coordinates
    samples: int = 400  # 2-D sets: points generated in all
    train_fraction: float = 0.5  # 2-D sets: share of points used for training
    train_size: int = 1000  # image sets: training examples (small = visible overfitting)
    test_size: int = 1000  # image sets: test examples, stratified
    root: str = ""  # torchvision sets: the folder that already holds the data (never downloaded)


@dataclass
class ModelConfig:
    kind: str = "mlp"
    hidden: list[int] = field(default_factory=lambda: [8, 8])
    activation: str = "relu"
    dropout: float = 0.0
    batchnorm: bool = False
    # None: torch's default init. A number s: weights ~ N(0, (s / sqrt(fan_in))^2), the knob that makes a deep
    # net's activations vanish (s small) or explode (s large) when batch norm is off.
    init_scale: float | None = None


@dataclass
class AugmentationConfig:
    enabled: bool = False
    hflip: float = 0.5  # probability
    rotation: float = 20.0  # degrees, as in the notes
    brightness: float = 0.2  # as in the notes
    contrast: float = 0.2  # as in the notes
    crop_scale: float = 0.8  # RandomResizedCrop keeps this share of the area at least
    crop_ratio: float = 1.33  # aspect ratios between 1/r and r
    noise: float = 0.0  # Gaussian noise sigma


@dataclass
class AdversarialConfig:
    epsilon: float = 0.0  # > 0 turns adversarial training on
    weight: float = 0.5  # loss = (1 - weight) * clean + weight * adversarial


@dataclass
class RegularizationConfig:
    l1: float = 0.0  # loss += l1 * sum |w|
    l2: float = 0.0  # loss += l2 * sum w^2
    include_bias: bool = False
    weight_decay: float = 0.0  # the optimizer's own decay (see regularizers.py for the Adam caveat)
    augmentation: AugmentationConfig = field(default_factory=AugmentationConfig)
    adversarial: AdversarialConfig = field(default_factory=AdversarialConfig)


@dataclass
class TrainingConfig:
    optimizer: str = "adam"
    lr: float = 0.01
    momentum: float = 0.0
    batch_size: int = 32
    steps: int = 2000
    seed: int = 0
    eval_every: int = 50
    device: str = "auto"


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
    def from_dict(cls, raw: Any) -> "ExperimentConfig":
        cfg = _build(cls, raw, "")
        validate(cfg)
        return cfg

    @classmethod
    def from_json(cls, text: str) -> "ExperimentConfig":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"not valid JSON: {exc}") from None
        return cls.from_dict(raw)

    def with_overrides(self, overrides: dict[str, Any] | list[str]) -> "ExperimentConfig":
        """A validated copy with dotted keys set, e.g. ``{"regularization.l2": 0.01}`` or ``["model.hidden=[64,64]"]``."""
        if isinstance(overrides, list):
            overrides = dict(parse_assignment(item) for item in overrides)
        raw = self.to_dict()
        for key, value in overrides.items():
            node = raw
            parts = key.split(".")
            for part in parts[:-1]:
                if not isinstance(node.get(part), dict):
                    raise ConfigError(f"{key}: unknown key (no section '{part}')")
                node = node[part]
            if parts[-1] not in node or isinstance(node[parts[-1]], dict):
                raise ConfigError(f"{key}: unknown key; known keys: {', '.join(all_keys())}")
            node[parts[-1]] = value
        return ExperimentConfig.from_dict(raw)

    def get(self, key: str) -> Any:
        node: Any = self
        for part in key.split("."):
            if not hasattr(node, part):
                raise ConfigError(f"{key}: unknown key")
            node = getattr(node, part)
        return node


def parse_assignment(text: str) -> tuple[str, Any]:
    """``"regularization.l2=0.01"`` -> ("regularization.l2", 0.01); values are JSON when they parse as JSON."""
    if "=" not in text:
        raise ConfigError(f"{text!r}: expected section.key=value")
    key, _, value = text.partition("=")
    return key.strip(), parse_value(value.strip())


def parse_value(text: str) -> Any:
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("none", "null"):
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
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
}


def _dataclass_type(f: dataclasses.Field) -> type | None:
    return _SECTIONS.get(f.name) if f.name in _SECTIONS else None


def _build(cls: type, raw: Any, prefix: str) -> Any:
    if not isinstance(raw, dict):
        raise ConfigError(f"{prefix.rstrip('.') or 'config'}: expected an object, got {type(raw).__name__}")
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ConfigError(f"{prefix}{unknown[0]}: unknown key; allowed here: {', '.join(known)}")
    values = {}
    defaults = cls()
    for name, f in known.items():
        key = prefix + name
        if name not in raw:
            continue
        sub = _dataclass_type(f)
        if sub is not None:
            values[name] = _build(sub, raw[name], key + ".")
        else:
            values[name] = _coerce(key, raw[name], getattr(defaults, name))
    return cls(**values)


def _coerce(key: str, value: Any, default: Any) -> Any:
    """Check the JSON type against the default's type; ints are accepted where floats are expected."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{key} = {value!r}: expected true or false")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
            raise ConfigError(f"{key} = {value!r}: expected a whole number")
        return int(value)
    if isinstance(default, float) or default is None and key.endswith("init_scale"):
        if value is None and default is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key} = {value!r}: expected a number")
        if not math.isfinite(value):
            raise ConfigError(f"{key} = {value!r}: expected a finite number")
        return float(value)
    if isinstance(default, list):
        if isinstance(value, int) and not isinstance(value, bool):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise ConfigError(f"{key} = {value!r}: expected a list of whole numbers, e.g. [64, 64]")
        return list(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(f"{key} = {value!r}: expected text")
        return value
    raise ConfigError(f"{key}: cannot set a value of type {type(value).__name__}")


# (key, low, high) inclusive ranges; the message quotes them.
RANGES: dict[str, tuple[float, float]] = {
    "data.noise": (0.0, 1.0),
    "data.samples": (20, 20000),
    "data.train_fraction": (0.05, 0.95),
    "data.train_size": (10, 60000),
    "data.test_size": (10, 10000),
    "model.dropout": (0.0, 0.95),
    "model.init_scale": (0.01, 10.0),
    "regularization.l1": (0.0, 10.0),
    "regularization.l2": (0.0, 10.0),
    "regularization.weight_decay": (0.0, 1.0),
    "regularization.augmentation.hflip": (0.0, 1.0),
    "regularization.augmentation.rotation": (0.0, 180.0),
    "regularization.augmentation.brightness": (0.0, 1.0),
    "regularization.augmentation.contrast": (0.0, 1.0),
    "regularization.augmentation.crop_scale": (0.05, 1.0),
    "regularization.augmentation.crop_ratio": (1.0, 3.0),
    "regularization.augmentation.noise": (0.0, 1.0),
    "regularization.adversarial.epsilon": (0.0, 1.0),
    "regularization.adversarial.weight": (0.0, 1.0),
    "training.lr": (1e-6, 10.0),
    "training.momentum": (0.0, 0.999),
    "training.batch_size": (1, 4096),
    "training.steps": (1, 10_000_000),
    "training.seed": (0, 2**31 - 1),
    "training.eval_every": (1, 1_000_000),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "data.name": DATASETS,
    "model.kind": MODEL_KINDS,
    "model.activation": ACTIVATIONS,
    "training.optimizer": OPTIMIZERS,
    "training.device": DEVICES,
}


def validate(cfg: ExperimentConfig) -> None:
    for key, (low, high) in RANGES.items():
        value = cfg.get(key)
        if value is None:
            continue
        if not low <= value <= high:
            raise ConfigError(f"{key} = {value}: out of range, allowed {low:g} … {high:g}")
    for key, allowed in CHOICES.items():
        value = cfg.get(key)
        if value not in allowed:
            raise ConfigError(f"{key} = {value!r}: allowed values are {', '.join(allowed)}")
    hidden = cfg.model.hidden
    if not 1 <= len(hidden) <= 16 or not all(1 <= w <= 4096 for w in hidden):
        raise ConfigError(f"model.hidden = {hidden}: 1 … 16 layers of 1 … 4096 units each")
    if cfg.model.kind == "cnn" and cfg.data.name in TWO_D_SETS:
        raise ConfigError(f"model.kind = 'cnn': needs an image data set (data.name is {cfg.data.name!r})")
    if cfg.data.name.startswith("tv-") and not cfg.data.root:
        raise ConfigError(f"data.root: {cfg.data.name} needs the folder that holds it (nothing is downloaded)")
