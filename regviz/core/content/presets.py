"""Named experiments shipped in ``resources/presets/*.json`` (each a partial ExperimentConfig)."""
from __future__ import annotations

from importlib import resources

from ..config import ConfigError, ExperimentConfig
from ..translatable import QT_TRANSLATE_NOOP, message_of

DEFAULT = "overfit-2d"  # the CLI's preset when none is named, and a fresh window's


def _folder():
    return resources.files("regviz.resources").joinpath("presets")


def names() -> list[str]:
    return sorted(f.name[:-5] for f in _folder().iterdir() if f.name.endswith(".json"))


def load(name: str) -> ExperimentConfig:
    """A shipped preset by name; a name that is not one of ``names()`` (empty, a path, a typo) is refused."""
    if name not in names():
        raise ConfigError(QT_TRANSLATE_NOOP("presets", "unknown preset {name!r}; presets: {names}")
                          .format(name=name, names=", ".join(names())))
    path = _folder().joinpath(f"{name}.json")
    try:
        return ExperimentConfig.from_json(path.read_text(encoding="utf-8"))
    except ConfigError as exc:
        raise ConfigError(QT_TRANSLATE_NOOP("presets", "preset {name}: {problem}")
                          .format(name=name, problem=message_of(exc))) from None


def all_presets() -> list[ExperimentConfig]:
    return [load(n) for n in names()]


def saved_or_default(saved: object) -> ExperimentConfig:
    """The config a window saved (its JSON), else the default preset (none saved, or settings from another
    version)."""
    if isinstance(saved, str):
        try:
            return ExperimentConfig.from_json(saved)
        except ConfigError:
            pass
    return load(DEFAULT)
