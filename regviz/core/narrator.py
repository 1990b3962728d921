"""The narrator: one or two plain sentences about what the curves do, from the records of a run so far.

Each rule below is a function of the history (``Record``s in step order) and a ``Context`` (which nets have a
regularizer on, how many training points there are, the latest attack curve). It returns a sentence exactly
when its condition, stated in its docstring, holds on the latest record, else None. ``narrate`` says the first
``MAX_SENTENCES`` rules that hold, in ``RULES`` order. The sentences are the plots' accessible description, and
``regviz train --narrate`` prints each change of ``Narration.keys`` (which interpretations are said) with its step.
Sentences are whole templates marked for translation and filled with str.format.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .records import ModelRecord, Record, RobustnessCurve
from .translatable import QT_TRANSLATE_NOOP, number

MAX_SENTENCES = 2
MEMORISING_RISE = 0.10  # test loss above its minimum by this share and …
MEMORISING_RISE_ABS = 0.05  # … by this much, …
MEMORISING_STEPS = 100  # … for at least this many steps, …
MEMORISING_FIT = 0.99  # … while the net gets at least this share of its training points right
HOLDING_GAP = 0.10  # |test loss - train loss| at most this …
HOLDING_ACCURACY = 0.75  # … while the net fits at least this share of its training points
HOLDING_STEPS = 100  # … after this many steps
SPARSE_SHARE = 0.5  # at least this share of weights exactly zero: "most"
STALLED_STEPS = 100  # the validation loss's lowest this many steps ago or more


@dataclass(frozen=True)
class Context:
    regularizers: dict[str, str] = field(default_factory=dict)  # net -> what is on, e.g. {"regularized": "L2"}
    points: int | None = None  # training points
    curve: RobustnessCurve | None = None  # the latest accuracy-under-attack curve


@dataclass(frozen=True)
class Narration:
    step: int
    keys: tuple[str, ...]  # which rules spoke, and about which net: "memorising:main"
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        """The sentences one after the other, joined by a marked template so each stays translatable."""
        text = ""
        for sentence in self.sentences:
            text = QT_TRANSLATE_NOOP("narrator", "{first} {second}").format(first=text, second=sentence) \
                if text else sentence
        return text

    @property
    def line(self) -> str:
        """What ``regviz train --narrate`` prints: "step 450: …"."""
        return QT_TRANSLATE_NOOP("narrator", "step {step}: {narration}").format(step=number(self.step, ","),
                                                                             narration=self.text)


def regularizers_of(cfg) -> str:
    """What regularizes a net of config ``cfg``, as the narrator names it ("" for none); batch norm is an
    architecture here, not a regularizer."""
    reg = cfg.regularization
    on = [name for name, active in (
        (QT_TRANSLATE_NOOP("narrator", "L1"), reg.l1 > 0), (QT_TRANSLATE_NOOP("narrator", "L2"), reg.l2 > 0),
        (QT_TRANSLATE_NOOP("narrator", "weight decay"), reg.weight_decay > 0),
        (QT_TRANSLATE_NOOP("narrator", "dropout"), cfg.model.dropout > 0),
        (QT_TRANSLATE_NOOP("narrator", "augmentation"), reg.augmentation.enabled),
        (QT_TRANSLATE_NOOP("narrator", "adversarial training"), reg.adversarial.epsilon > 0),
        (QT_TRANSLATE_NOOP("narrator", "early stopping"), cfg.training.early_stopping.patience > 0)) if active]
    return _listed(on)


def _listed(names: list) -> str:
    """Names as one phrase, "L1, L2 and dropout": each joint a marked template (the window translates "and" and
    the comma), built from the end so every field is a name or a Message."""
    if not names:
        return ""
    phrase = names[-1]
    if len(names) > 1:
        phrase = QT_TRANSLATE_NOOP("narrator", "{first} and {second}").format(first=names[-2], second=phrase)
    for name in reversed(names[:-2]):
        phrase = QT_TRANSLATE_NOOP("narrator", "{first}, {rest}").format(first=name, rest=phrase)
    return phrase


def context_for(configs: dict, points: int | None = None, curve: RobustnessCurve | None = None) -> Context:
    """The context of a run of nets ``configs`` (name -> config, as core.run.messages.variant_configs gives)."""
    return Context({name: label for name, cfg in configs.items() if (label := regularizers_of(cfg))}, points, curve)


def _net(text: str, name: str, history: Sequence[Record]) -> str:
    """A sentence about one net, prefixed with its name when the run trains several."""
    if len(history[-1].models) < 2:
        return text
    return QT_TRANSLATE_NOOP("narrator", "{net}: {sentence}").format(net=name, sentence=text)


def _series(history: Sequence[Record], name: str) -> list[tuple[int, ModelRecord]]:
    return [(r.step, m) for r in history for m in r.models if m.name == name]


def diverged(history: Sequence[Record], context: Context) -> tuple[str, str] | None:
    """Holds when a net's latest record is marked diverged (a loss or the weights became NaN or infinite)."""
    for m in history[-1].models:
        if m.diverged:
            text = QT_TRANSLATE_NOOP("narrator", "The loss diverged (became NaN or infinite) by step {step}: lower "
                                     "the learning rate or the penalty.")
            return m.name, _net(text.format(step=history[-1].step), m.name, history)
    return None


def memorising_since(models: Sequence[tuple[int, ModelRecord]]) -> int | None:
    """For one net's (step, record) history: the step of the test loss's minimum when the net is memorising —
    the latest test loss is above that minimum by more than MEMORISING_RISE of it and by at least
    MEMORISING_RISE_ABS, the minimum is at least MEMORISING_STEPS steps back, the latest train loss is below the
    train loss at the minimum, and the latest train accuracy is at least MEMORISING_FIT — else None. (The first
    minimum counts if it repeats; non-finite losses never hold.)"""
    losses = [(step, m.test_loss, m.train_loss) for step, m in models]
    if not all(math.isfinite(t) and math.isfinite(r) for _, t, r in losses):
        return None
    best_step, best, train_at_best = min(losses, key=lambda row: row[1])
    now_step, now, train_now = losses[-1]
    if now > best * (1 + MEMORISING_RISE) and now - best >= MEMORISING_RISE_ABS and \
            now_step - best_step >= MEMORISING_STEPS and train_now < train_at_best and \
            models[-1][1].train_accuracy >= MEMORISING_FIT:
        return best_step
    return None


def memorising(history: Sequence[Record], context: Context) -> tuple[str, str] | None:
    """Holds for the first net (in record order) for which ``memorising_since`` is a step."""
    for m in history[-1].models:
        since = memorising_since(_series(history, m.name))
        if since is not None:
            steps = history[-1].step - since
            if context.points:
                text = QT_TRANSLATE_NOOP("narrator", "Test loss is up since its lowest, {steps} steps ago, while "
                                         "training loss has fallen: the net is memorising its {points} points.")
            else:
                text = QT_TRANSLATE_NOOP("narrator", "Test loss is up since its lowest, {steps} steps ago, while "
                                         "training loss has fallen: the net is memorising its training points.")
            return m.name, _net(text.format(steps=number(steps, ","), points=context.points), m.name, history)
    return None


def holding(history: Sequence[Record], context: Context) -> tuple[str, str] | None:
    """Holds for the first net with a regularizer on (``context.regularizers``) whose latest record, at step
    HOLDING_STEPS or later, has |test loss − train loss| ≤ HOLDING_GAP and train accuracy ≥ HOLDING_ACCURACY
    (a net that fits nothing has no gap either: that is not holding), and that is not memorising."""
    latest = history[-1]
    if latest.step < HOLDING_STEPS:
        return None
    for m in latest.models:
        label = context.regularizers.get(m.name)
        if not label or not math.isfinite(m.gap) or abs(m.gap) > HOLDING_GAP or \
                not m.train_accuracy >= HOLDING_ACCURACY:
            continue
        if memorising_since(_series(history, m.name)) is not None:
            continue
        text = QT_TRANSLATE_NOOP("narrator", "The gap between train and test loss is {gap:.2f}: {regularizer} is "
                                 "holding.")
        return m.name, _net(text.format(gap=abs(m.gap), regularizer=label), m.name, history)
    return None


def sparse(history: Sequence[Record], context: Context) -> tuple[str, str] | None:
    """Holds for the first net whose latest record has a share of weights exactly zero ≥ SPARSE_SHARE."""
    for m in history[-1].models:
        if m.sparsity >= SPARSE_SHARE:
            text = QT_TRANSLATE_NOOP("narrator", "{percent:.0f} % of the weights are exactly zero.")
            return m.name, _net(text.format(percent=math.floor(100 * m.sparsity)), m.name, history)
    return None


def attacked(history: Sequence[Record], context: Context) -> tuple[str, str] | None:
    """Holds when ``context.curve`` has an ε above 0: the first net's accuracy under that curve's attack (FGSM or
    PGD) at the largest ε (the sentence reports a measurement; its interpretation is the reader's)."""
    curve = context.curve
    if curve is None or not curve.epsilons or max(curve.epsilons) <= 0 or not curve.accuracy:
        return None
    at = max(range(len(curve.epsilons)), key=lambda i: curve.epsilons[i])
    name, accuracy = next(iter(curve.accuracy.items()))
    text = QT_TRANSLATE_NOOP("narrator", "Accuracy under the {attack} attack at ε = {epsilon:g}: {percent:.0f} %.")
    sentence = text.format(attack=curve.attack.upper(), epsilon=curve.epsilons[at], percent=100 * accuracy[at])
    return name, sentence if len(curve.accuracy) < 2 else \
        QT_TRANSLATE_NOOP("narrator", "{net}: {sentence}").format(net=name, sentence=sentence)


def stalled(history: Sequence[Record], context: Context) -> tuple[str, str] | None:
    """Holds for the first net whose latest record has a best step (a validation split) at least STALLED_STEPS
    steps before the latest record's step: the validation loss has not improved since."""
    latest = history[-1]
    for m in latest.models:
        if m.best_step is not None and latest.step - m.best_step >= STALLED_STEPS:
            text = QT_TRANSLATE_NOOP("narrator", "The validation loss was lowest at step {best}: early stopping goes "
                                     "back to the net of that step.")
            return m.name, _net(text.format(best=number(m.best_step, ",")), m.name, history)
    return None


RULES: dict[str, Callable[[Sequence[Record], Context], tuple[str, str] | None]] = {
    "diverged": diverged, "memorising": memorising, "holding": holding, "sparse": sparse, "attacked": attacked,
    "stalled": stalled}


def narrate(history: Sequence[Record], context: Context = Context()) -> Narration:
    """The first MAX_SENTENCES rules that hold on ``history`` (none for an empty history)."""
    keys, sentences = [], []
    for key, rule in RULES.items() if history else ():
        said = rule(history, context)
        if said is not None and len(sentences) < MAX_SENTENCES:
            keys.append(f"{key}:{said[0]}")
            sentences.append(said[1])
    return Narration(history[-1].step if history else 0, tuple(keys), tuple(sentences))


class Narrator:
    """Follows a run record by record and reports each change of what is said (``Narration.keys``)."""

    def __init__(self, context: Context = Context()):
        self.context = context
        self.history: list[Record] = []
        self._said: tuple[str, ...] = ()

    def add(self, record: Record) -> Narration | None:
        """The narration after ``record`` when its interpretations differ from the last one reported, else None."""
        self.history.append(record)
        return self._changed()

    def set_context(self, context: Context) -> Narration | None:
        """A new context (an attack curve measured, say): the narration of the same history, if it changed."""
        self.context = context
        return self._changed() if self.history else None

    def _changed(self) -> Narration | None:
        narration = narrate(self.history, self.context)
        if narration.keys == self._said:
            return None
        self._said = narration.keys
        return narration
