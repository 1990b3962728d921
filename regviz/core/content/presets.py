"""Named experiments shipped in ``resources/presets/*.json`` (each a partial ExperimentConfig)."""
from __future__ import annotations

from importlib import resources

from ..config import ConfigError, ExperimentConfig


def _folder():
    return resources.files("regviz.resources").joinpath("presets")


def names() -> list[str]:
    return sorted(f.name[:-5] for f in _folder().iterdir() if f.name.endswith(".json"))


def load(name: str) -> ExperimentConfig:
    path = _folder().joinpath(f"{name}.json")
    if not path.is_file():
        raise ConfigError(f"unknown preset {name!r}; presets: {', '.join(names())}")
    try:
        return ExperimentConfig.from_json(path.read_text(encoding="utf-8"))
    except ConfigError as exc:
        raise ConfigError(f"preset {name}: {exc}") from None


def all_presets() -> list[ExperimentConfig]:
    return [load(n) for n in names()]
