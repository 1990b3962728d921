"""A lesson's prediction step in the window: the class predicts, then sees.

When the lesson player reaches a step with a ``predict`` block it asks here instead of training: the question
takes the place of the step's text (which often says what happens), the answers show with a show-of-hands count
each, and Play and Step are refused with a message (``AppState.hold``) until the teacher picks the class's answer
(keys 1–4 while no count has focus, or a click) or skips the question. The pick can change until training starts
(Space, or the box's Train button). When the step's run has ended — its last record in, and for an attack rule
the FGSM tab's curves of that step — ``core.content.predict.evaluate`` decides every answer from those records,
and the reveal marks each one true or false with its deciding numbers, beside the class's pick and counts, and
says so when the run contradicts the lesson's expected answer. Nothing is scripted: a run that comes out
otherwise is shown as it came out.

A prediction step that does not train (lesson 7 step 4: PGD against the nets step 1 trained) asks the same way,
but Space (or the box's Reveal) trains nothing: the run as it stands answers — its last record, and the attack
curves the FGSM tab has of that very step, or asks for now when it has none (``core.content.predict`` refuses such
a step whose net no earlier step trained, or whose rule reads more of a run than its last record).
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QWidget)

from ..core.content import predict
from .language import number as _number
from .translated import translated
from .widgets import empty_layout

translate = QCoreApplication.translate  # every sentence here: translate("prediction", "…")
HANDS = 999  # the largest show of hands the count fields take


class _AnswerText(QLabel):
    """An answer's text, wrapped, plain (it comes from a lesson file); a click on it is a click on its button."""

    def __init__(self, text: str, button: QPushButton):
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.button.isEnabled():
            self.button.click()


def _weight(bold: bool) -> QFont:
    """A font that sets only the weight: its size still follows the window's type (presentation, the strip's
    smaller sizes); a copy of the label's whole font kept the size it had when the class picked."""
    font = QFont()
    font.setBold(bold)
    return font


WIDE_STRIP = 1200  # window pixels from which the strip sets two answers side by side before the reveal


class PredictionBox(QWidget):
    """The answers (a button and a count each), Skip and Train, and after the run the reveal."""

    picked = Signal(int)  # 1-based
    skipped = Signal()
    train_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("prediction")
        self.buttons: list[QPushButton] = []
        self.texts: list[QLabel] = []
        self.counts: list[QSpinBox] = []
        self.truths: list[QLabel] = []
        self.lines: list[QLabel] = []  # the strip's reveal: an answer, what the run made of it and its count
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.skip = QPushButton()
        self.skip.clicked.connect(self.skipped)
        self.train = QPushButton()
        self._trains = True
        self._summary = lambda: ""  # the summary's text now, in the window's language (set again on a switch)
        self._result: predict.ClassPrediction | None = None
        self.train.clicked.connect(self.train_requested)
        self.summary = QLabel()
        self.summary.setObjectName("predictionSummary")
        for widget in (self.skip, self.train):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the digits stay with the window
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # numbers and a lesson's answer texts: never rich
        self.hands = QLabel(self)  # the sidebar's count column, named once (each count says it in the strip)
        self.row = QHBoxLayout()
        self._strip = False
        self.revealed = False
        self.contradicts = False
        self.retranslate()
        self.hide()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the box in the window's language (at the start and after a switch)."""
        self.skip.setText(translate("prediction", "Skip the question"))
        self.train.setText(translate("prediction", "Train ▶") if self._trains else translate("prediction", "Reveal"))
        self.hands.setText(translate("prediction", "hands"))
        self.hands.setToolTip(translate("prediction", "How many in the class chose each answer (optional)"))
        for number, (button, count) in enumerate(zip(self.buttons, self.counts), 1):
            button.setToolTip(translate("prediction", "The class's answer (key {number})").format(number=number))
            count.setToolTip(translate("prediction", "How many in the class chose this answer (optional)"))
            if count.prefix():
                count.setPrefix(_hands_prefix())
        self.summary.setText(self._summary())
        if self._result is not None:
            self._reveal_texts(self._result)

    def say(self, text) -> None:
        """The summary line: ``text()`` now and after a language switch."""
        self._summary = text
        self.summary.setText(text())

    def set_strip(self, on: bool) -> None:
        """Presentation strip: the answers side by side; the sidebar: one above the other."""
        self._strip = on
        self._lay_out()

    def show_block(self, block: predict.Predict, trains: bool = True) -> None:
        for widgets in (self.buttons, self.texts, self.counts, self.truths, self.lines):
            for w in widgets:
                w.hide()  # now: deleteLater waits for the event loop (render-lesson only processes events, and
                w.deleteLater()  # the last lesson's answers stayed painted under the next one's)
            widgets.clear()
        for number, answer in enumerate(block.answers, 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, n=number: self.picked.emit(n))
            text = _AnswerText(answer.text, button)
            count = QSpinBox()
            count.setRange(0, HANDS)
            count.setPrefix(_hands_prefix())
            count.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            truth = QLabel()
            truth.setWordWrap(True)
            truth.setTextFormat(Qt.TextFormat.PlainText)
            truth.hide()
            line = QLabel()
            line.setObjectName("revealLine")
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.hide()
            self.lines.append(line)
            self.buttons.append(button)
            self.texts.append(text)
            self.counts.append(count)
            self.truths.append(truth)
        count = len(block.answers)
        self._trains, self._result = trains, None
        self._summary = (lambda: translate("prediction", "Pick the class's answer (keys 1–{count} or click), or skip; "
                                                         "then Space trains the step.").format(count=count)) if trains \
            else (lambda: translate("prediction", "Pick the class's answer (keys 1–{count} or click), or skip; then "
                                                  "Space reveals what the run says.").format(count=count))
        self.retranslate()
        self.skip.setEnabled(True)
        self.train.setEnabled(True)
        self.skip.show()
        self.train.show()
        self.revealed = self.contradicts = False
        self._lay_out()
        self.show()

    def _lay_out(self) -> None:
        """An answer: its key's button, its text (wrapped: a long answer never widens the window), its count,
        and under them after the run what the run made of it. The strip (a projector's bottom edge, where
        height is the plots') puts two answers in a row and Skip and Train beside the summary, and after the
        run one line an answer: its text, what the run made of it with the deciding numbers, and its count as
        text (the counts were taken: the reveal used them); the sidebar, one answer under the other."""
        grid = self.grid
        empty_layout(grid)
        for item in (self.summary, self.skip, self.train):
            self.row.removeWidget(item)
        self.hands.setVisible(not self._strip and bool(self.buttons))
        if not self._strip:
            self._lay_out_sidebar()
            return
        for button, count in zip(self.buttons, self.counts):  # as the sidebar left them
            button.setMinimumWidth(0)
            button.setMaximumWidth(16777215)
            count.setPrefix(_hands_prefix())
        # Two answers a row where the strip is wide (1280 px); at 1024 px their texts wrapped to four lines beside
        # the counts and the window grew 6 px past the screen: one a row there.
        per_row = 2 if self._strip and not self.revealed and self.window().width() >= WIDE_STRIP else 1
        compact = self._strip and self.revealed
        for column in range(8):
            grid.setColumnStretch(column, 0)
        for n, (button, text, count, truth, line) in enumerate(zip(self.buttons, self.texts, self.counts,
                                                                    self.truths, self.lines)):
            for widget in (line, text, count, truth):
                widget.setParent(self)  # shown or hidden here, never as a window of its own
            line.setVisible(compact)
            text.setVisible(not compact)
            count.setVisible(not compact)
            truth.setVisible(self.revealed and not compact)
            # In the strip a key's button is as narrow as its digit: the width is the answer's line's.
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("88") + 24 if self._strip else 16777215)
            if compact:
                grid.addWidget(button, n, 0)
                grid.addWidget(line, n, 1, 1, 3)
                continue
            row, column = 2 * (n // per_row), 4 * (n % per_row)
            grid.addWidget(button, row, column)
            grid.addWidget(text, row, column + 1)
            grid.addWidget(count, row, column + 2)
            if self.revealed:
                grid.addWidget(truth, row + 1, column + 1, 1, 2)
            grid.setColumnStretch(column + 1, 1)
        if compact:
            grid.setColumnStretch(1, 1)
        # The strip's reveal says in its lines what came true and which was the class's answer: the summary
        # line only when the run contradicts the lesson.
        self.summary.setVisible(not compact or self.contradicts)
        end = len(self.buttons) if compact else 2 * -(-len(self.buttons) // per_row)
        span = 4 * per_row
        if self._strip:
            self.row.insertWidget(0, self.summary, 1)
            self.row.addWidget(self.skip)
            self.row.addWidget(self.train)
            grid.addLayout(self.row, end, 0, 1, span)
        else:
            grid.addWidget(self.summary, end, 0, 1, span)
            self.row.addWidget(self.skip)
            self.row.addWidget(self.train)
            grid.addLayout(self.row, end + 1, 0, 1, span)

    def _lay_out_sidebar(self) -> None:
        """The sidebar (a third of a 1024-pixel screen, under a step's text that must not scroll): a narrow key
        button, the answer's text as wide as the rest allows, a bare count under one "hands" heading, and the
        run's verdict under the text. A count prefixed "hands:" and a full-width button left the text 60 px:
        four lines an answer."""
        grid = self.grid
        key_width = self.fontMetrics().horizontalAdvance("88") + 16
        for column in range(8):
            grid.setColumnStretch(column, 0)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.hands, 0, 2)
        for n, (button, text, count, truth, line) in enumerate(zip(self.buttons, self.texts, self.counts,
                                                                    self.truths, self.lines)):
            for widget in (line, text, count, truth):
                widget.setParent(self)  # shown or hidden here, never as a window of its own
            line.hide()  # the strip's one-line reveal
            text.show()
            count.show()
            truth.setVisible(self.revealed)
            button.setFixedWidth(key_width)
            count.setPrefix("")
            grid.addWidget(button, 1 + 2 * n, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, 1 + 2 * n, 1)
            grid.addWidget(count, 1 + 2 * n, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(truth, 2 + 2 * n, 1, 1, 2)
        end = 1 + 2 * len(self.buttons)
        self.summary.show()
        grid.addWidget(self.summary, end, 0, 1, 3)
        self.row.addWidget(self.skip)
        self.row.addWidget(self.train)
        grid.addLayout(self.row, end + 1, 0, 1, 3)

    def show_pick(self, pick: int | None) -> None:
        for n, (button, text) in enumerate(zip(self.buttons, self.texts), 1):
            button.setChecked(n == pick)
            text.setFont(_weight(n == pick))  # the class's answer stands out, also once the buttons are locked

    def _reveal_texts(self, result: predict.ClassPrediction) -> None:
        counted = any(result.counts)
        for n, (truth, line, text, holds, numbers, hands) in enumerate(zip(
                self.truths, self.lines, self.texts, result.holds, result.numbers, result.counts), 1):
            mark = translate("prediction", "✓ true") if holds else translate("prediction", "✗ false") \
                if holds is False else translate("prediction", "? not measured")
            said = translate("prediction", "{mark} — {numbers}").format(mark=mark, numbers=translated(numbers))
            truth.setText(said)
            parts = [translate("prediction", "{answer}: {verdict}").format(answer=text.text(), verdict=said)]
            if counted:
                parts.append(translate("prediction", "hands: {count}").format(count=hands))
            if n == result.pick:
                parts.append(translate("prediction", "the class's answer"))
            line.setText(" · ".join(parts))
            line.setFont(_weight(n == result.pick))  # the class's answer in bold, as it was picked

    def show_reveal(self, result: predict.ClassPrediction) -> None:
        self._result = result
        self._reveal_texts(result)
        self.say(lambda: reveal_text(result))
        self.contradicts = result.contradicts
        self.skip.hide()
        self.train.hide()
        self.revealed = True
        self._lay_out()

    def lock(self) -> None:
        """Training has started: the pick stands (the counts may still be typed in)."""
        for button in self.buttons:
            button.setEnabled(False)
        self.skip.setEnabled(False)
        self.train.setEnabled(False)


@dataclass
class _Open:
    """The prediction step under way."""
    lesson: str
    number: int  # 1-based step
    block: predict.Predict
    train: int
    pick: int | None = None
    skipped: bool = False
    started: bool = False
    start_step: int = 0
    target: int = 0
    records: list = field(default_factory=list)
    curves: dict = field(default_factory=dict)  # attack -> RobustnessCurve of the step's end
    ended: bool = False
    result: predict.ClassPrediction | None = None


class PredictionFlow(QObject):
    """Asks, holds training, picks, trains and reveals (see the module's docstring)."""

    revealed = Signal(object)  # core.content.predict.ClassPrediction
    resized = Signal()  # the question, the answers or the reveal changed what the lesson panel needs

    def __init__(self, state, window, panel):
        super().__init__(window)
        self.state, self.panel = state, panel
        self.box = PredictionBox()
        panel.set_extra(self.box)
        self.open: _Open | None = None
        self.latest: dict = {}  # attack -> the run's latest RobustnessCurve (what the FGSM tab plots)
        self.box.picked.connect(self.pick)
        self.box.skipped.connect(self.skip)
        self.box.train_requested.connect(lambda: self.hold("play"))
        self.keys = []
        for number in range(1, predict.MAX_ANSWERS + 1):
            key = QShortcut(QKeySequence(str(number)), window, activated=lambda n=number: self._key(n))
            key.setEnabled(False)
            self.keys.append(key)
        state.record.connect(self._on_record)
        state.engine.state_changed.connect(self._on_engine_state)
        state.engine.answer.connect(self._on_answer)
        state.run_started.connect(self._on_run_started)

    # -- the player's side --------------------------------------------------------------------------------
    def ask(self, lesson, index: int) -> None:
        """Step ``index`` of ``lesson`` holds a prediction: show it and hold training until the class answers."""
        self.close()
        step = lesson.steps[index]
        self.open = _Open(lesson.name, index + 1, step.predict, step.train)
        self.state.hold = self.hold
        self.box.show_block(step.predict, trains=bool(step.train))
        self.panel.show_question(self._question_html(step.predict))
        for key, _answer in zip(self.keys, step.predict.answers):
            key.setEnabled(True)
        self.resized.emit()
        self._say_waiting()

    @staticmethod
    def _question_html(block: predict.Predict) -> str:
        return translate("prediction", "<p><b>Predict:</b> {question}</p>").format(question=html.escape(block.question))

    def retranslate(self, lesson, index: int) -> None:
        """The lesson's words in another language (its rules are the same): the open question and its answers
        shown in them, the pick, the counts and a reveal kept (a reveal's record keeps the words it was made in)."""
        o = self.open
        block = lesson.steps[index].predict if 0 <= index < len(lesson.steps) else None
        if o is None or o.number != index + 1 or block is None or len(block.answers) != len(o.block.answers):
            return
        o.block = block
        for label, answer in zip(self.box.texts, block.answers):
            label.setText(answer.text)
        if o.result is not None:
            self.box.show_reveal(o.result)  # its lines again, with the answers' new words
        elif self.panel.question_html is not None:
            self.panel.show_question(self._question_html(block))
        self.resized.emit()

    def _say_waiting(self) -> None:
        if self.open is not None and not self.open.started:
            self.state.status.emit(translate("prediction", "Predict first: pick the class's answer (keys 1–{count}) "
                                                           "or skip the question").format(
                count=len(self.open.block.answers)), 0)

    def close(self) -> None:
        """The player left the step (Next, Back, End lesson): nothing of it is pending any more."""
        self.open = None
        if self.state.hold == self.hold:
            self.state.hold = None
        for key in self.keys:
            key.setEnabled(False)
        self.box.hide()
        if self.panel.question_html is not None:
            self.panel.show_question(None)
        self.resized.emit()

    # -- the teacher's side -------------------------------------------------------------------------------
    @Slot(int)
    def pick(self, number: int) -> None:
        o = self.open
        if o is None or o.started or not 1 <= number <= len(o.block.answers):
            self.box.show_pick(o.pick if o else None)
            return
        o.pick, o.skipped = number, False
        self.box.show_pick(number)
        self.box.say((lambda: translate("prediction", "The class's answer: {number}. Space (or Train) trains the "
                                                      "step; until then the pick can change.").format(number=number))
                     if o.train else
                     (lambda: translate("prediction", "The class's answer: {number}. Space (or Reveal) reveals what "
                                                      "the run says; until then the pick can change.").format(
                         number=number)))
        self.state.status.emit((translate("prediction", "The class's answer: {number} — press Space to train the step")
                                if o.train else translate("prediction", "The class's answer: {number} — press Space "
                                                                        "to reveal")).format(number=number), 0)

    @Slot()
    def skip(self) -> None:
        o = self.open
        if o is None or o.started:
            return
        o.pick, o.skipped = None, True
        self.box.show_pick(None)
        self.start()

    def _key(self, number: int) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractSpinBox) or isinstance(getattr(focus, "parent", lambda: None)(),
                                                             QAbstractSpinBox):
            return  # a digit typed into a count
        self.pick(number)

    def hold(self, kind: str) -> bool:
        """AppState.hold: Play or Step while the question is open. True: the press was taken here."""
        o = self.open
        if o is None or o.started:
            return False
        if o.pick is None and not o.skipped:
            self.state.status.emit(translate("prediction", "Training waits for the class's prediction: pick an "
                                                           "answer (keys 1–{count}) or skip the question").format(
                count=len(o.block.answers)), 0)
            return True
        if kind == "step":
            self.state.status.emit(translate("prediction", "Press Space to train this step: its run answers the "
                                                           "question") if o.train else
                                   translate("prediction", "Press Space to reveal: the run as it stands answers the "
                                                           "question"), 0)
            return True
        self.start()
        return True

    def start(self) -> None:
        """The step trains: the pick stands from here."""
        o = self.open
        if o is None or o.started:
            return
        o.started = True
        o.start_step = self.state.step
        o.target = o.start_step + o.train
        self.state.hold = None
        for key in self.keys:
            key.setEnabled(False)
        self.box.lock()
        pick, trains = o.pick, bool(o.train)

        def doing() -> str:
            said = translate("prediction", "Training… the run answers when the step ends.") if trains else \
                translate("prediction", "The run as it stands answers…")
            return said if pick is None else translate("prediction", "The class's answer: {number}. {doing}").format(
                number=pick, doing=said)
        self.box.say(doing)
        if o.train:
            self.state.train_for(o.train)
            return
        self.state.status.emit(translate("prediction", "The run as it stands answers (step {step}): this step "
                                                       "trains nothing").format(step=_number(self.state.step)),
                               8000)  # in place of "Predict first…"
        if self.state.last_record is not None:  # else the engine is starting: its first record answers
            self._as_it_stands(self.state.last_record)

    def _as_it_stands(self, record) -> None:
        """A step that does not train: ``record`` (the run's last) answers, with the attack curves of its step —
        those the FGSM tab has, or asked for here (the tab plots them when they come)."""
        from ..core.run.messages import AskRobustness
        from .panels.fgsm import EPSILONS  # what the tab asks for: the same curves

        o = self.open
        o.records, o.ended = [record], True
        for attack in sorted(self._attacks(o)):
            curve = self.latest.get(attack)
            if curve is not None and curve.step == record.step:
                o.curves[attack] = curve
            else:
                self.state.ask(AskRobustness(EPSILONS, attack))
        self._reveal_when_ready()

    @staticmethod
    def _attacks(o: _Open) -> set[str]:
        return {a.rule.attack for a in o.block.answers if a.rule.metric == "attack_accuracy"}

    # -- the run's side -----------------------------------------------------------------------------------
    @Slot(object)
    def _on_run_started(self, _info) -> None:
        self.latest.clear()
        o = self.open
        if o is not None and not o.started:  # after the state's own "Ready — press Space" (it would mislead)
            QTimer.singleShot(0, self, self._say_waiting)
        if o is not None and o.started and not o.ended:
            # The step's new net came up after Space (its preset or mode), or a Reset: it trains from step 0.
            o.records.clear()
            o.start_step, o.target = 0, o.train
        if o is not None and o.started and not o.train and o.result is None:  # a new net: its first record answers
            o.records, o.curves, o.ended = [], {}, False

    @Slot(object)
    def _on_record(self, record) -> None:
        o = self.open
        if o is not None and o.started and not o.ended and not o.train:
            self._as_it_stands(record)
        elif o is not None and o.started and not o.ended and o.start_step < record.step <= o.target:
            o.records.append(record)

    @Slot(str)
    def _on_engine_state(self, engine_state: str) -> None:
        o = self.open
        if o is None or not o.started or o.ended or engine_state != "paused" or not o.records:
            return
        if o.records[-1].step >= o.target:
            o.ended = True
            self._reveal_when_ready()

    @Slot(object)
    def _on_answer(self, item) -> None:
        from ..core.records import EarlyStopped, RobustnessCurve  # numpy only

        if isinstance(item, RobustnessCurve):
            self.latest[item.attack] = item
        o = self.open
        if o is None or not o.started:
            return
        if isinstance(item, EarlyStopped) and not o.ended and o.records:  # the step ended before its last step
            o.ended = True
            self._reveal_when_ready()
        if isinstance(item, RobustnessCurve) and o.records and item.step == o.records[-1].step:
            o.curves[item.attack] = item
            if o.ended:
                self._reveal_when_ready()

    def _reveal_when_ready(self) -> None:
        o = self.open
        if o is None or o.result is not None:
            return
        attacks = self._attacks(o)
        if not attacks <= set(o.curves):
            return  # the FGSM tab asks for them when training pauses: they arrive next
        outcomes = predict.evaluate(o.block, o.records, [o.curves[a] for a in sorted(attacks)])
        o.result = predict.decided(o.lesson, o.number, o.block, o.pick,
                                   [c.value() for c in self.box.counts], outcomes)
        self.state.predictions.append(o.result)  # kept in a saved session, exported as CSV
        del self.state.predictions[:-predict.MAX_KEPT]  # as many as a session may hold
        self.show_reveal(o.result)
        self.revealed.emit(o.result)

    def show_reveal(self, result: predict.ClassPrediction) -> None:
        """Each answer marked with what the run made of it and its deciding numbers; the class's pick and counts
        stay where they were; a run that contradicts the lesson's expected answer is said to."""
        self.box.show_reveal(result)
        self.panel.show_question(None)  # the step's text: now it says what the class has seen
        self.resized.emit()


def reveal_text(result: predict.ClassPrediction) -> str:
    """The reveal in words: what came true, the class's answer, and a contradiction of the lesson, if any."""
    true = result.true_answers
    lines = [translate("prediction", "The run made no answer true.") if not true else
             translate("prediction", "The run made answer {number} true.").format(number=true[0]) if len(true) == 1
             else translate("prediction", "The run made answers {numbers} true.").format(
                 numbers=", ".join(map(str, true)))]
    lines.append(translate("prediction", "The class answered {number}.").format(number=result.pick) if result.pick
                 else translate("prediction", "The class skipped the question."))
    if result.contradicts:
        lines.append(translate("prediction", "This run contradicts the lesson's expected answer ({number}): on this "
                                             "seed and with these settings it came out otherwise.").format(
            number=result.expected))
    return " ".join(lines)


def _hands_prefix() -> str:
    return translate("prediction", "hands: ")  # the count's prefix in the strip
