"""A lesson's words in another language: an overlay per language and lesson, ``resources/lessons/i18n/<lang>/
<name>.json``, holding only what a person reads (title, summary, each step's title and text, a prediction's
question and answers). Everything else — presets, settings, training, rules, plots, controls — comes from the
English file alone, so the claims suite, which runs on that configuration, holds for every language.

An overlay is hostile input like a lesson: each text goes through the same sanitiser (core.content.markup), keeps
the English text's placeholders (``{weights}``, …) exactly, and must match the English step for step and answer
for answer; anything else raises LessonError naming the overlay file and the key. The format is in
docs/lessons.md ("Translations").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from . import markup
from ..translatable import QT_TRANSLATE_NOOP

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
LANGUAGE = re.compile(r"[a-z]{2,3}")  # a language code is a label, never a path
MAX_PLAIN = 500  # characters of a title, the summary, a question or an answer
MAX_TEXT = 10_000  # characters of a step's text (the longest English one has about 1,000)
TOP_KEYS = ("title", "summary", "steps")
STEP_KEYS = ("title", "text", "predict")
PREDICT_KEYS = ("question", "answers")


def check_language(language: Any, error: type[Exception]) -> str:
    if not isinstance(language, str) or not LANGUAGE.fullmatch(language):
        raise error(QT_TRANSLATE_NOOP("lessons", "language {language!r}: expected a language code such as 'de' (two "
                                                 "or three letters a–z)").format(language=language))
    return language


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def apply(lesson, raw_text: str, label: str, error: type[Exception], language: str):
    """``lesson`` (parsed from its English file) with the words of the overlay ``raw_text``; ``label`` names the
    overlay file in every error (``error``, the lesson's LessonError)."""
    from .user_files import parse_json

    raw = parse_json(raw_text, error, label)

    def fail(where: str, message: str) -> Exception:
        return error(f"{label}{where}: {message}")

    obj = _object(raw, TOP_KEYS, "", fail)
    title = _plain(obj, "title", lesson.title, "", fail)
    summary = _plain(obj, "summary", lesson.summary, "", fail) if lesson.summary or "summary" in obj else ""
    steps = obj.get("steps")
    if not isinstance(steps, list):
        raise fail("", "key 'steps': expected a list of steps, one per step of the English lesson")
    if len(steps) != len(lesson.steps):
        raise fail("", f"key 'steps': {len(steps)} steps, but the English lesson has {len(lesson.steps)}: an "
                       "overlay translates every step, in order")
    translated = tuple(_step(raw_step, english, f", step {n}", fail)
                       for n, (raw_step, english) in enumerate(zip(steps, lesson.steps), 1))
    return replace(lesson, title=title, summary=summary, steps=translated, language=language)


def _object(raw: Any, keys: tuple[str, ...], where: str, fail) -> dict:
    if not isinstance(raw, dict):
        raise fail(where, f"expected an object with the keys {', '.join(keys)}")
    unknown = sorted(map(str, set(raw) - set(keys)))
    if unknown:
        raise fail(where, f"unknown key {unknown[0]!r}; an overlay holds words only: {', '.join(keys)}")
    return raw


def _words(raw: Any, key: str, english: str, where: str, fail, limit: int) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise fail(where, f"key {key!r}: a non-empty text is required (the English: {markup._quote(english)})")
    if len(raw) > limit:
        raise fail(where, f"key {key!r}: {len(raw):,} characters; at most {limit:,}")
    if placeholders(raw) != placeholders(english):
        want = ", ".join(sorted(placeholders(english).elements())) or "none"
        raise fail(where, f"key {key!r}: its placeholders must be the English text's ({want}), each as often")
    return raw


def _plain(obj: dict, key: str, english: str, where: str, fail) -> str:
    text = _words(obj.get(key), key, english, where, fail, MAX_PLAIN)
    try:
        return markup.check_plain(text)
    except markup.MarkupError as exc:
        raise fail(where, f"key {key!r}: {exc}") from None


def _step(raw: Any, english, where: str, fail):
    keys = STEP_KEYS if english.predict is not None else STEP_KEYS[:2]
    obj = _object(raw, keys, where, fail)
    title = _plain(obj, "title", english.title, where, fail)
    text = _words(obj.get("text"), "text", english.text, where, fail, MAX_TEXT)
    try:
        text = markup.check(text)
    except markup.MarkupError as exc:
        raise fail(where, f"key 'text': {exc}") from None
    block = english.predict
    if block is not None:
        if "predict" not in obj:
            raise fail(where, "key 'predict': the English step asks a question; translate its question and answers")
        ask = _object(obj["predict"], PREDICT_KEYS, f"{where}, key 'predict'", fail)
        question = _plain(ask, "question", block.question, f"{where}, key 'predict'", fail)
        answers = ask.get("answers")
        if not isinstance(answers, list) or len(answers) != len(block.answers):
            count = len(answers) if isinstance(answers, list) else "no list"
            at = f"{where}, key 'predict'"  # where in the file: a place, not a sentence
            raise fail(at, f"key 'answers': {count}; the English question has {len(block.answers)} answers: a "
                           "list of their texts, in order")
        texts = [_plain({f"answer {n}": a}, f"answer {n}", b.text, f"{where}, key 'predict'", fail)
                 for n, (a, b) in enumerate(zip(answers, block.answers), 1)]
        block = replace(block, question=question,
                        answers=tuple(replace(b, text=t) for b, t in zip(block.answers, texts)))
    return replace(english, title=title, text=text, predict=block)
