"""Prediction steps: a lesson step's ``predict`` block (a question and 2–4 answers) and the rules that decide,
from the run the class just watched, which answers came true.

An answer's rule is declarative, never code: a metric of one variant (as the records name it), taken at a step,
at the end, or as its minimum or maximum over the step's run, compared (<, >, <=, >=) with the same metric of
another variant or with a finite number, optionally times a factor. The block is checked when the lesson loads
(``attach``), so a bad one is refused naming the step and key; ``evaluate`` answers it from the records, with the
numbers that decided each answer as text (sentences marked for translation, filled with str.format).

    "predict": {"question": "Which net ends with the lower test loss?", "expected": 1,
                "answers": [{"text": "the L2 net", "rule": {"metric": "test_loss", "variant": "regularized",
                                                              "compare": "<", "than": "baseline"}}, …]}
"""
from __future__ import annotations

import math
import operator
from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

from ..records import ModelRecord, Record, RobustnessCurve
from ..run.messages import VARIANTS, RunMode
from ..translatable import QT_TRANSLATE_NOOP, message_of
from ..translatable import number as number_field
from . import markup

# metric -> how a value is shown ("share": a fraction shown in %, "step": a step number, "number": 3 digits)
METRICS = {
    "train_loss": "number", "test_loss": "number", "train_accuracy": "share", "test_accuracy": "share",
    "gap": "number", "sparsity": "share", "weight_l2": "number", "weight_l1": "number", "val_loss": "number",
    "val_accuracy": "share", "best_step": "step", "attack_accuracy": "share",
}
VALIDATION_METRICS = ("val_loss", "val_accuracy", "best_step")  # need data.validation_fraction > 0
ATTACKS = ("fgsm", "pgd")
WHEN = ("end", "min", "max")  # or a whole step number
COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}
RULE_KEYS = ("metric", "variant", "at", "compare", "than", "value", "factor", "epsilon", "attack")
MIN_ANSWERS, MAX_ANSWERS = 2, 4


@dataclass(frozen=True)
class Rule:
    metric: str
    variant: str
    compare: str
    at: str | int = "end"  # "end", "min", "max" or a step number (the record there, or the last one before it)
    than: str | None = None  # another variant's same metric …
    value: float | None = None  # … or a number
    factor: float = 1.0  # the right-hand side times this
    epsilon: float | None = None  # attack_accuracy: the ε of the attack curve
    attack: str = "fgsm"


@dataclass(frozen=True)
class Answer:
    text: str
    rule: Rule


@dataclass(frozen=True)
class Predict:
    question: str
    answers: tuple[Answer, ...]
    expected: int | None = None  # the 1-based answer the lesson expects to come true (None: it does not say)


@dataclass(frozen=True)
class Outcome:
    """One answer decided: ``holds`` None when the run did not measure what the rule reads."""
    holds: bool | None
    numbers: str  # the deciding numbers, e.g. "regularized: 0.21, baseline: 1.74"


class PredictError(ValueError):
    """A bad predict block; ``attach`` turns it into the lesson's own error naming the step."""


# -- parsing ---------------------------------------------------------------------------------------------------
def attach(lesson, raw_steps: Sequence[Any], fail: Callable[[str, str], Exception]):
    """``lesson`` with each step's ``predict`` block parsed (the steps' other keys are already checked);
    ``fail(where, message)`` is the lesson parser's error. Variants are those of the step's run mode."""
    steps = list(lesson.steps)
    for index, raw in enumerate(raw_steps):
        if not isinstance(raw, dict) or "predict" not in raw:
            continue
        step = steps[index]
        try:
            if not step.train:
                _answerable_as_it_stands(lesson.steps, index)
            cfg = lesson.config_at(index)
            block = parse(raw["predict"], VARIANTS[RunMode(lesson.mode_at(index))],
                          validation=bool(cfg.data.validation_fraction))
            if not step.train:
                for number, answer in enumerate(block.answers, 1):
                    if answer.rule.at != "end":
                        raise PredictError(QT_TRANSLATE_NOOP("predict", "answer {number} rule: key 'at': {at!r}: a "
                                                                        "step that does not train is answered by the "
                                                                        "run as it stands: 'end' only")
                                           .format(number=number, at=answer.rule.at))
        except PredictError as exc:
            raise fail(QT_TRANSLATE_NOOP("predict", ", step {number} ({title!r})")
                       .format(number=index + 1, title=step.title),
                       QT_TRANSLATE_NOOP("predict", "key 'predict': {problem}").format(problem=message_of(exc))) from None
        steps[index] = replace(step, predict=block)
    return replace(lesson, steps=tuple(steps))


def _answerable_as_it_stands(steps, index: int) -> None:
    """A prediction step that does not train is answered by the run as the earlier steps left it (its last
    record, the attack curves of that net): so it must keep that net (no preset, mode or settings of its own),
    and some earlier step must have trained it since it was made."""
    step = steps[index]
    own = [key for key, given in (("preset", step.preset is not None), ("mode", step.mode is not None),
                                  ("set", bool(step.set))) if given]
    if own:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "a prediction step that does not train is answered by the "
                                                        "run as the earlier steps left it, so it keeps their net: no "
                                                        "key {key!r} (or give it 'train')").format(key=own[0]))
    for earlier in reversed(steps[:index]):
        if earlier.train:
            return
        if earlier.preset is not None or earlier.mode is not None:
            break
    raise PredictError(QT_TRANSLATE_NOOP("predict", "a prediction step that does not train is answered by the run as "
                                                    "it stands, and no earlier step trained this net: give this step "
                                                    "'train', or train before it"))


def parse(raw: Any, variants: Sequence[str], validation: bool = True) -> Predict:
    """A predict block from JSON, or PredictError naming the key; ``variants``: the nets of the step's run."""
    if not isinstance(raw, dict):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "expected an object with \"question\" and \"answers\""))
    unknown = set(raw) - {"question", "answers", "expected"}
    if unknown:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "unknown key {key!r}; allowed: question, answers, expected")
                           .format(key=sorted(map(str, unknown))[0]))
    question = _plain(raw.get("question"), "question")
    answers = raw.get("answers")
    if not isinstance(answers, list) or not MIN_ANSWERS <= len(answers) <= MAX_ANSWERS:
        count = len(answers) if isinstance(answers, list) else QT_TRANSLATE_NOOP("predict", "no list")
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'answers': expected a list of {min_answers} to "
                                                        "{max_answers} answers, not {count}")
                           .format(min_answers=MIN_ANSWERS, max_answers=MAX_ANSWERS, count=count))
    parsed = tuple(_answer(a, n, variants, validation) for n, a in enumerate(answers, 1))
    expected = raw.get("expected")
    if expected is not None and (isinstance(expected, bool) or not isinstance(expected, int)
                                 or not 1 <= expected <= len(parsed)):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'expected': the number of an answer, 1 … {answers}, not "
                                                        "{expected!r}")
                           .format(answers=len(parsed), expected=expected))
    return Predict(question, parsed, expected)


def _plain(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key {key!r}: a non-empty text is required")
                           .format(key=key))
    try:
        markup.check_plain(value)
    except markup.MarkupError as exc:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key {key!r}: {problem}")
                           .format(key=key, problem=message_of(exc))) from None
    return value


def _answer(raw: Any, number: int, variants: Sequence[str], validation: bool) -> Answer:
    where = QT_TRANSLATE_NOOP("predict", "answer {number}").format(number=number)
    if not isinstance(raw, dict) or set(raw) - {"text", "rule"}:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: expected an object with \"text\" and \"rule\" (and "
                                                        "nothing else)").format(where=where))
    text = _plain(raw.get("text"), QT_TRANSLATE_NOOP("predict", "{where} text").format(where=where))
    try:
        return Answer(text, _rule(raw.get("rule"), variants, validation))
    except PredictError as exc:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "{where} rule: {problem}")
                           .format(where=where, problem=message_of(exc))) from None


def _number(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key {key!r}: expected a finite number, not {value!r}")
                           .format(key=key, value=value))
    return float(value)


def _rule(raw: Any, variants: Sequence[str], validation: bool) -> Rule:
    if not isinstance(raw, dict):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "expected an object with \"metric\", \"variant\", "
                                                        "\"compare\" and \"than\" or \"value\""))
    unknown = set(raw) - set(RULE_KEYS)
    if unknown:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "unknown key {key!r}; allowed: {names}")
                           .format(key=sorted(map(str, unknown))[0], names=', '.join(RULE_KEYS)))
    metric = raw.get("metric")
    if not isinstance(metric, str) or metric not in METRICS:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'metric': {metric!r}; allowed: {names}")
                           .format(metric=metric, names=', '.join(METRICS)))
    if metric in VALIDATION_METRICS and not validation:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'metric': {metric} needs a validation split "
                                                        "(data.validation_fraction > 0)").format(metric=metric))
    allowed = ", ".join(variants)
    variant = raw.get("variant")
    if not isinstance(variant, str) or variant not in variants:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'variant': {variant!r} is not a net of this step's run; "
                                                        "allowed: {allowed}")
                           .format(variant=variant, allowed=allowed))
    compare = raw.get("compare")
    if not isinstance(compare, str) or compare not in COMPARE:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'compare': {compare!r}; allowed: {names}")
                           .format(compare=compare, names=', '.join(COMPARE)))
    at = raw.get("at", "end")
    if isinstance(at, bool) or not (isinstance(at, str) and at in WHEN or isinstance(at, int) and 0 <= at <= 10**9):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'at': {at!r}; allowed: {names} or a step number")
                           .format(at=at, names=', '.join(WHEN)))
    if ("than" in raw) == ("value" in raw):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "give exactly one of 'than' (another net) and 'value' (a "
                                                        "number)"))
    than, value = raw.get("than"), None
    if "than" in raw and (not isinstance(than, str) or than not in variants or than == variant):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'than': {than!r} is not another net of this step's run; "
                                                        "allowed: {allowed}").format(than=than, allowed=allowed))
    if "value" in raw:
        value = _number(raw["value"], "value")
    factor = _number(raw.get("factor", 1.0), "factor")
    if factor <= 0:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'factor': expected a number above 0, not {factor!r}")
                           .format(factor=factor))
    epsilon, attack = raw.get("epsilon"), raw.get("attack", "fgsm")
    if metric == "attack_accuracy":
        epsilon = _number(epsilon, "epsilon")
        if not 0 <= epsilon <= 1:
            raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'epsilon': expected 0 … 1, not {epsilon!r}")
                               .format(epsilon=epsilon))
        if attack not in ATTACKS:
            raise PredictError(QT_TRANSLATE_NOOP("predict", "key 'attack': {attack!r}; allowed: {names}")
                               .format(attack=attack, names=', '.join(ATTACKS)))
    elif "epsilon" in raw or "attack" in raw:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "keys 'epsilon' and 'attack' belong to metric "
                                                        "attack_accuracy only"))
    return Rule(metric, variant, compare, at, than, value, factor, epsilon, attack)


# -- evaluating ------------------------------------------------------------------------------------------------
def evaluate(block: Predict, records: Sequence[Record], curves: Sequence[RobustnessCurve] = ()) -> list[Outcome]:
    """Each answer of ``block`` decided on a step's run: ``records`` in step order (the step's first to its last),
    ``curves`` the attack curves measured during or after it."""
    return [decide(answer.rule, records, curves) for answer in block.answers]


def decide(rule: Rule, records: Sequence[Record], curves: Sequence[RobustnessCurve] = ()) -> Outcome:
    left = _value(rule, rule.variant, records, curves)
    if rule.than is not None:
        right = _value(rule, rule.than, records, curves)
    else:
        right = rule.value
    missing = [name for name, v in ((rule.variant, left), (rule.than, right)) if name is not None and v is None]
    if missing:
        return Outcome(None, QT_TRANSLATE_NOOP("predict", "{variant}: not measured in this run").format(
            variant=missing[0]))
    bound = right * rule.factor
    holds = COMPARE[rule.compare](left, bound)
    shown = {"variant": rule.variant, "value": _show(rule.metric, left), "other": rule.than,
             "other_value": _show(rule.metric, right), "factor": f"{rule.factor:g}",
             "bound": _show(rule.metric, bound), "compare": rule.compare}
    if rule.than is not None and rule.factor == 1:
        text = QT_TRANSLATE_NOOP("predict", "{variant}: {value}, {other}: {other_value}")
    elif rule.than is not None:
        text = QT_TRANSLATE_NOOP("predict", "{variant}: {value}, {other}: {other_value} (× {factor} = {bound})")
    else:
        text = QT_TRANSLATE_NOOP("predict", "{variant}: {value} (the answer says {compare} {bound})")
    return Outcome(holds, text.format(**shown))


def _value(rule: Rule, variant: str, records: Sequence[Record], curves: Sequence[RobustnessCurve]) -> float | None:
    """The rule's metric of ``variant`` at ``rule.at``; None when the run has no such number."""
    if rule.metric == "attack_accuracy":
        series = [(c.step, _on_curve(c, variant, rule)) for c in curves if c.attack == rule.attack]
    else:
        series = [(r.step, _of_model(r, variant, rule.metric)) for r in records]
    series = [(step, v) for step, v in series if v is not None]
    if isinstance(rule.at, int):
        series = [(step, v) for step, v in series if step <= rule.at][-1:]
    if not series:
        return None
    values = [v for _, v in series]
    if rule.at == "min":
        return min(values, key=lambda v: (math.isnan(v), v))  # a diverged record counts only if all are
    if rule.at == "max":
        return max(values, key=lambda v: (not math.isnan(v), v))
    return values[-1]


def _of_model(record: Record, variant: str, metric: str) -> float | None:
    try:
        model: ModelRecord = record[variant]
    except KeyError:
        return None
    value = model.gap if metric == "gap" else getattr(model, metric)
    return None if value is None else float(value)


def _on_curve(curve: RobustnessCurve, variant: str, rule: Rule) -> float | None:
    accuracy = curve.accuracy.get(variant)
    if accuracy is None:
        return None
    for eps, acc in zip(curve.epsilons, accuracy):
        if math.isclose(eps, rule.epsilon, abs_tol=1e-9):
            return float(acc)
    return None


def _show(metric: str, value: float) -> str:
    kind = METRICS[metric]
    if kind == "share":
        return QT_TRANSLATE_NOOP("predict", "{percent:.1f} %").format(percent=100 * value)
    if kind == "step" and math.isfinite(value):
        return QT_TRANSLATE_NOOP("predict", "step {step:,.0f}").format(step=value)
    return number_field(value, ".3g")


# -- what a class predicted, and what its run revealed (kept in sessions, exported as CSV) ----------------------
MAX_KEPT = 200  # predictions a session keeps: a term of lessons; a file with more is refused
MAX_TEXT = 500  # characters of a question, an answer or its numbers
MAX_HANDS = 10_000  # a show of hands larger than any lecture hall
CSV_COLUMNS = ("lesson", "step", "question", "class_answer", "counts", "revealed_answer", "deciding_numbers")


@dataclass(frozen=True)
class ClassPrediction:
    """One prediction step as a class played it: ``pick`` the class's answer (1-based; None: skipped), ``counts``
    the show of hands per answer, ``holds`` what the run made of each answer (None: not measured), ``numbers``
    the deciding numbers per answer."""
    lesson: str
    step: int  # 1-based
    question: str
    answers: tuple[str, ...]
    pick: int | None
    counts: tuple[int, ...]
    holds: tuple[bool | None, ...]
    numbers: tuple[str, ...]
    expected: int | None = None

    @property
    def true_answers(self) -> tuple[int, ...]:
        return tuple(n for n, holds in enumerate(self.holds, 1) if holds)

    @property
    def contradicts(self) -> bool:
        """The run did not make the lesson's expected answer true (on this seed, with these settings)."""
        return self.expected is not None and self.holds[self.expected - 1] is not True

    def to_dict(self) -> dict:
        return {"lesson": self.lesson, "step": self.step, "question": self.question, "answers": list(self.answers),
                "pick": self.pick, "counts": list(self.counts), "holds": list(self.holds),
                "numbers": list(self.numbers), "expected": self.expected}

    def csv_row(self) -> dict[str, str]:
        """CSV_COLUMNS: answers as "1: text", several joined by "; " (none: "none")."""
        def named(n: int) -> str:
            return f"{n}: {self.answers[n - 1]}"
        return {"lesson": self.lesson, "step": str(self.step), "question": self.question,
                "class_answer": named(self.pick) if self.pick else "skipped",
                "counts": "; ".join(f"{n}: {c}" for n, c in enumerate(self.counts, 1)),
                "revealed_answer": "; ".join(named(n) for n in self.true_answers) or "none",
                "deciding_numbers": "; ".join(f"{n}: {text}" for n, text in enumerate(self.numbers, 1))}


def decided(lesson: str, step: int, block: Predict, pick: int | None, counts: Sequence[int],
            outcomes: Sequence[Outcome]) -> ClassPrediction:
    return ClassPrediction(lesson, step, block.question, tuple(a.text for a in block.answers), pick, tuple(counts),
                           tuple(o.holds for o in outcomes), tuple(o.numbers for o in outcomes), block.expected)


def class_prediction(raw: Any, where: str) -> ClassPrediction:
    """A ClassPrediction from a session's JSON, or PredictError naming ``where`` and the key; every text plain
    and short, every list as long as the answers (2 … 4), every count a whole number 0 … MAX_HANDS."""
    keys = ("lesson", "step", "question", "answers", "pick", "counts", "holds", "numbers", "expected")
    if not isinstance(raw, dict) or set(raw) - set(keys):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: expected an object with keys {names}")
                           .format(where=where, names=', '.join(keys)))

    def text(value: Any, key: str) -> str:
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: key {key!r}: expected a text of at most "
                                                            "{max_text} characters")
                               .format(where=where, key=key, max_text=MAX_TEXT))
        try:
            markup.check_plain(value)
        except markup.MarkupError as exc:
            raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: key {key!r}: {problem}")
                               .format(where=where, key=key, problem=message_of(exc))) from None
        return value

    def whole(value: Any, key: str, low: int, high: int, none: bool = False) -> int | None:
        if none and value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: key {key!r}: expected a whole number {low} … "
                                                            "{high}, not {value!r}")
                               .format(where=where, key=key, low=low, high=high, value=value))
        return value

    answers = raw.get("answers")
    if not isinstance(answers, list) or not MIN_ANSWERS <= len(answers) <= MAX_ANSWERS:
        raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: key 'answers': expected a list of {min_answers} to "
                                                        "{max_answers} texts")
                           .format(where=where, min_answers=MIN_ANSWERS, max_answers=MAX_ANSWERS))
    n = len(answers)
    lists = {}
    for key in ("counts", "holds", "numbers"):
        value = raw.get(key)
        if not isinstance(value, list) or len(value) != n:
            raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: key {key!r}: expected a list of {n} (one per "
                                                            "answer)").format(where=where, key=key, n=n))
        lists[key] = value
    if not all(v is None or isinstance(v, bool) for v in lists["holds"]):
        raise PredictError(QT_TRANSLATE_NOOP("predict", "{where}: key 'holds': expected true, false or null per "
                                                        "answer").format(where=where))
    return ClassPrediction(
        text(raw.get("lesson"), "lesson"), whole(raw.get("step"), "step", 1, 10_000), text(raw.get("question"),
                                                                                              "question"),
        tuple(text(a, "answers") for a in answers), whole(raw.get("pick"), "pick", 1, n, none=True),
        tuple(whole(c, "counts", 0, MAX_HANDS) for c in lists["counts"]), tuple(lists["holds"]),
        tuple(text(t, "numbers") for t in lists["numbers"]), whole(raw.get("expected"), "expected", 1, n, none=True))
