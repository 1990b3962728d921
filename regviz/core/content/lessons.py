"""Guided lessons: a JSON file of steps, each with text to read, a preset or settings to load, a panel to show
and steps to train. No Qt here: the window plays a validated ``Lesson``; the checks live here so a teacher's own
file fails with a message naming the step and key (``LessonError``), never half-way through a class.

Step text is the restricted markup of ``core.content.markup`` and titles are plain text: a file that needs more
is refused naming what the sanitiser would remove. The format is documented in ``docs/lessons.md``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from . import lesson_words, markup, predict, presets
from ..config import FIELDS, ConfigError, ExperimentConfig
from ..run.messages import RunMode
from .user_files import parse_json, read_text

MODES = tuple(mode.value for mode in RunMode if mode is not RunMode.RACE)  # a race needs its variants named
TABS = ("training", "network", "errors", "augmentation", "batchnorm", "fgsm", "dropout", "worked")
# What classroom mode can leave visible: the control that sets each config field (its FieldSpec's ``control``:
# a regularizer row, or the experiment panel for data and model), the toolbar's speed slider and baseline switch.
# A field's own control (core.config), the experiment panel whole or one of its boxes, and two toolbar widgets.
EXPERIMENT_BOXES = ("experiment", "data", "early_stopping")
CONTROLS = tuple(dict.fromkeys((*(field.control for field in FIELDS.values()), *EXPERIMENT_BOXES, "speed",
                                "compare")))
MAX_TRAIN = 100_000
# The plots a step may name (its ``plots`` key), per tab: what the presentation stage shows; a step that names
# none shows its tab's usual set. Tabs not listed are one view each (nothing to choose).
PLOTS = {"training": ("loss", "accuracy", "histogram", "norm", "boundary", "fit"),  # fit: a regression's curve
         "batchnorm": ("ridges", "std", "mean", "loss", "snapshot"),
         "fgsm": ("images", "robustness"), "augmentation": ("image", "transforms", "grid", "code")}
# Every key a step may have, once: what it means (docs/lessons.md says the same), read by the parser below.
STEP_KEYS = {"title": "shown above the text; plain text", "text": "what to look at and why (core.content.markup)",
             "preset": "load this preset: a new net (required in the first step)",
             "set": "config values to change after the preset", "mode": f"run mode: {', '.join(MODES)}",
             "tab": f"the tab to show: {', '.join(TABS)}", "train": f"steps to train (0 … {MAX_TRAIN:,})",
             "controls": "what classroom mode leaves visible",
             "plots": "the plots the step shows (of its tab's: see PLOTS); default: the tab's usual set",
              "predict": "a question the class answers before the step trains (core.content.predict)"}


class LessonError(ValueError):
    """A lesson file that cannot be played; the message names the file, the step and the key."""


@dataclass(frozen=True)
class Step:
    title: str
    text: str  # the allow-listed markup of core.content.markup, as its sanitiser writes it
    preset: str | None = None  # load this preset (a new net)
    set: dict[str, Any] = field(default_factory=dict)  # then these config keys, in order
    mode: str | None = None  # run mode; a step that loads a preset and names none runs 'single'
    tab: str = "training"
    train: int = 0  # train this many steps from where the step leaves the net, then pause
    controls: tuple[str, ...] = ()  # what classroom mode shows
    plots: tuple[str, ...] | None = None  # the plots of its tab the step shows; None: the tab's usual set
    predict: predict.Predict | None = None  # a question the class answers before the step trains


@dataclass(frozen=True)
class Lesson:
    name: str  # file name without .json
    title: str
    summary: str
    steps: tuple[Step, ...]
    language: str = "en"  # the language of its words (core.content.lesson_words); its configuration is the file's
    shipped: bool = False  # a lesson of resources/lessons, which has overlays in other languages

    def config_at(self, index: int) -> ExperimentConfig:
        """The config the app holds after steps 0 … index (the first step always loads a preset)."""
        cfg = None
        for step in self.steps[:index + 1]:
            if step.preset is not None:
                cfg = presets.load(step.preset)
            if step.set:
                cfg = cfg.with_overrides(step.set)
        return cfg


    def mode_at(self, index: int) -> str:
        """The run mode after steps 0 … index: the last one named since the last preset, else 'single'."""
        mode = "single"
        for step in self.steps[:index + 1]:
            if step.preset is not None:
                mode = "single"
            if step.mode is not None:
                mode = step.mode
        return mode


def parse(text: str, name: str) -> Lesson:
    def fail(where: str, message: str) -> LessonError:
        return LessonError(f"lesson {name}{where}: {message}")

    raw = parse_json(text, LessonError, f"lesson {name}")
    if not isinstance(raw, dict):
        raise fail("", "expected an object with \"title\" and \"steps\"")
    unknown = set(raw) - {"title", "summary", "steps"}
    if unknown:
        raise fail("", f"unknown key {sorted(unknown)[0]!r}; allowed: title, summary, steps")
    title, summary, raw_steps = raw.get("title"), raw.get("summary", ""), raw.get("steps")
    if not isinstance(title, str) or not title.strip():
        raise fail("", "key 'title': a non-empty text is required")
    if not isinstance(summary, str):
        raise fail("", "key 'summary': expected text")
    for key, value in (("title", title), ("summary", summary)):
        try:
            markup.check_plain(value)
        except markup.MarkupError as exc:
            raise fail("", f"key {key!r}: {exc}") from None
    if not isinstance(raw_steps, list) or not raw_steps:
        raise fail("", "key 'steps': expected a non-empty list of steps")
    steps = []
    cfg: ExperimentConfig | None = None
    for number, raw_step in enumerate(raw_steps, 1):
        label = raw_step.get("title") if isinstance(raw_step, dict) else None
        where = f", step {number}" + (f" ({label!r})" if isinstance(label, str) else "")
        step, cfg = _step(raw_step, cfg, lambda message, w=where: fail(w, message))
        steps.append(step)
    return predict.attach(Lesson(name, title, summary, tuple(steps)), raw_steps, fail)


def _step(raw: Any, cfg: ExperimentConfig | None, fail) -> tuple[Step, ExperimentConfig]:
    if not isinstance(raw, dict):
        raise fail("expected an object")
    unknown = set(raw) - set(STEP_KEYS)
    if unknown:
        raise fail(f"unknown key {sorted(unknown)[0]!r}; allowed: {', '.join(sorted(STEP_KEYS))}")
    for key in ("title", "text"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(f"key {key!r}: a non-empty text is required")
    try:
        markup.check_plain(raw["title"])
    except markup.MarkupError as exc:
        raise fail(f"key 'title': {exc}") from None
    try:
        text = markup.check(raw["text"])
    except markup.MarkupError as exc:
        raise fail(f"key 'text': {exc}") from None
    preset = raw.get("preset")
    if preset is not None:
        if preset not in presets.names():
            raise fail(f"key 'preset': unknown preset {preset!r}; presets: {', '.join(presets.names())}")
        cfg = presets.load(preset)
    elif cfg is None:
        raise fail("key 'preset': the first step must load a preset, so every class starts from the same net")
    changes = raw.get("set", {})
    if not isinstance(changes, dict):
        raise fail("key 'set': expected an object of \"section.key\": value")
    try:
        cfg = cfg.with_overrides(changes, from_stranger="a lesson") if changes else cfg
    except ConfigError as exc:
        raise fail(f"key 'set': {exc}") from None
    mode = raw.get("mode")
    if mode is not None and mode not in MODES:
        raise fail(f"key 'mode': {mode!r}; allowed: {', '.join(MODES)}")
    tab = raw.get("tab", "training")
    if tab not in TABS:
        raise fail(f"key 'tab': {tab!r}; allowed: {', '.join(TABS)}")
    train = raw.get("train", 0)
    if isinstance(train, bool) or not isinstance(train, int) or not 0 <= train <= MAX_TRAIN:
        raise fail(f"key 'train': expected a whole number of steps in 0 … {MAX_TRAIN:,}, not {train!r}")
    controls = raw.get("controls", [])
    if not isinstance(controls, list):  # "l2" alone is a control, but not a list of them
        raise fail(f"key 'controls': expected a list of controls, e.g. [\"l2\"], not {controls!r}")
    bad = [c for c in controls if c not in CONTROLS]
    if bad:
        raise fail(f"key 'controls': {bad[0]!r} is not a control; allowed: {', '.join(CONTROLS)}")
    plots = raw.get("plots")
    if plots is not None:
        allowed = PLOTS.get(tab, ())
        if not allowed:
            raise fail(f"key 'plots': the {tab!r} tab has no plots to choose from; tabs that do: "
                       f"{', '.join(PLOTS)}")
        if not isinstance(plots, list) or not plots:
            raise fail(f"key 'plots': expected a non-empty list of plots, e.g. [\"loss\"], not {plots!r}")
        bad = [p for p in plots if not isinstance(p, str) or p not in allowed]
        if bad:
            raise fail(f"key 'plots': {bad[0]!r} is not a plot of the {tab!r} tab; allowed: {', '.join(allowed)}")
        if len(set(plots)) != len(plots):
            raise fail(f"key 'plots': {plots!r} names a plot twice")
        plots = tuple(plots)
    return Step(raw["title"], text, preset, dict(changes), mode, tab, train, tuple(controls), plots), cfg


def _folder():
    return resources.files("regviz.resources").joinpath("lessons")


def names() -> list[str]:
    """Shipped lessons in teaching order (files are numbered: 01-overfitting.json, …)."""
    return sorted(f.name[:-5] for f in _folder().iterdir() if f.name.endswith(".json"))


def languages() -> list[str]:
    """The languages the shipped lessons speak: English (their source) and each folder of overlays."""
    folder = _folder().joinpath("i18n")
    found = sorted(f.name for f in folder.iterdir() if f.is_dir() and lesson_words.LANGUAGE.fullmatch(f.name)) \
        if folder.is_dir() else []
    return ["en", *(code for code in found if code != "en")]


def system_language(environ=None) -> str:
    """The system locale's language if the lessons speak it, else English (what render-lesson, export-notebook and
    a window without a choice use): the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set, as gettext reads
    them ("de_DE.UTF-8" is German; "C" and "POSIX" are English)."""
    import os

    environ = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in languages() else "en"
    return "en"


def load(name: str, language: str = "en") -> Lesson:
    """A shipped lesson; in ``language``, its words from resources/lessons/i18n/<language>/<name>.json (English
    where there is no such file), its configuration always from the English file."""
    language = lesson_words.check_language(language, LessonError)
    path = _folder().joinpath(f"{name}.json")
    if not path.is_file():
        raise LessonError(f"unknown lesson {name!r}; lessons: {', '.join(names())}")
    lesson = replace(parse(path.read_text(encoding="utf-8"), name), shipped=True)
    overlay = _folder().joinpath("i18n", language, f"{name}.json")
    if language == "en" or not overlay.is_file():
        return lesson
    label = f"lesson {name} in {language!r} (resources/lessons/i18n/{language}/{name}.json)"
    try:
        text = overlay.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LessonError(f"{label}: cannot read it ({exc})") from None
    return lesson_words.apply(lesson, text, label, LessonError, language)


def translated(lesson: Lesson, language: str) -> Lesson:
    """``lesson`` with its words in ``language``: a shipped lesson loads that overlay (or its English); a
    teacher's own file stays in the language it was written in."""
    if lesson.language == language or not lesson.shipped:
        return lesson
    return load(lesson.name, language)


def load_file(path: str | Path) -> Lesson:
    """A teacher's own lesson file."""
    path = Path(path)
    return parse(read_text(path, LessonError, f"lesson {path.name}"), path.stem)
