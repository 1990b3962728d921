"""Plays a lesson: each step sets the config and run mode it declares, shows its tab and plots, trains its steps
and, in classroom mode, shows only the controls the step lists. It drives the app state and a small stage
(``ui.stage.LessonStage``: show this text, these plots, these controls), never the window's parts.

A step that loads a preset or names a mode starts a new net; a step that only changes live keys (λ, dropout, the
learning rate, …) applies them to the net as it is, so "now raise λ" acts on the net the class has been watching.
Going back replays the state the lesson declares at that step.

The words are the app's language (``language.lesson_language``; core.content.lesson_words), the
configuration always the English file's: on a language switch (Qt's LanguageChange, which the player's parent widget
passes to its children) the open step's text, title and question are shown again in the new language, nothing retrained.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Slot

from ..core.content import lessons
from ..core.content.lessons import Lesson
from .language import lesson_language
from .stage import LessonStage
from .state import AppState
from .translated import error_text

translate = QCoreApplication.translate  # every sentence here: translate("lessons", "…")


class LessonPlayer(QObject):
    def __init__(self, state: AppState, stage: LessonStage, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.stage = stage
        self.lesson: Lesson | None = None
        self.index = -1
        self._after_training: int | None = None  # Next pressed while a step trains: go there when it is done
        self._speed: float | None = None
        stage.step_requested.connect(self.go)
        stage.classroom_toggled.connect(lambda _on: self._show_step_view())
        stage.close_requested.connect(self.close)

    @property
    def classroom(self) -> bool:
        return self.lesson is not None and self.stage.classroom()

    def open_named(self, name: str) -> bool:
        """A shipped lesson (resources/lessons)."""
        try:
            lesson = lessons.load(name, lesson_language())
        except lessons.LessonError as exc:
            self.stage.show_message(translate("lessons", "Cannot open the lesson"), error_text(exc))
            return False
        self.open(lesson)
        return True

    def open_file(self, path: str | None = None) -> bool:
        """A teacher's own lesson; a mistake is reported (step and key) and nothing changes."""
        path = path or self.stage.choose_lesson_file()
        if not path:
            return False
        try:
            lesson = lessons.load_file(path)
        except lessons.LessonError as exc:
            self.stage.show_message(translate("lessons", "Cannot open the lesson"), translate(
                "lessons", "{error}\n\nThe lesson format is described in docs/lessons.md.").format(
                error=error_text(exc)))
            return False
        self.open(lesson)
        return True

    def open(self, lesson: Lesson) -> None:
        try:
            lesson = lessons.translated(lesson, lesson_language())
        except lessons.LessonError as exc:  # a broken overlay: the lesson plays in the language it came in
            self.state.status.emit(str(exc), 0)
        self.lesson = lesson
        self.index = -1
        self.stage.open_lesson()
        self.go(0)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        """The open lesson's words in the app's language now: the step stays, its net and run too."""
        if self.lesson is None or self.index < 0:
            return
        try:
            lesson = lessons.translated(self.lesson, lesson_language())
        except lessons.LessonError as exc:
            self.state.status.emit(str(exc), 0)
            return
        if lesson is self.lesson:
            return
        self.lesson = lesson
        self.stage.show_text(lesson, self.index)
        prediction = getattr(self.stage, "prediction", None)
        if prediction is not None:
            prediction.retranslate(lesson, self.index)

    def close(self) -> None:
        if getattr(self.stage, "prediction", None) is not None:
            self.stage.prediction.close()
        self.lesson = None
        self.index = -1
        self.stage.close_lesson()

    def next(self) -> None:
        """The next step; if this step is still training (a slow laptop), it first finishes at full speed, with
        its progress in the status bar: a lesson never leaves a half-trained net under a text about a trained one."""
        if self.lesson is None:
            return
        engine = self.state.engine
        if engine.training_for:
            if self._after_training is None:
                self._after_training = self.index + 1
                self._speed = engine.steps_per_second
                engine.set_speed(None)
                engine.state_changed.connect(self._on_engine_state)
                self.state.status.emit(translate("lessons", "Finishing this step's training first (at full speed)…"),
                                       0)
            return
        self.go(self.index + 1)

    @Slot(str)
    def _on_engine_state(self, state: str) -> None:
        if state == "running":
            return
        self.state.engine.state_changed.disconnect(self._on_engine_state)
        self.state.engine.set_speed(self._speed)
        target, self._after_training = self._after_training, None
        if state == "paused" and self.lesson is not None:
            self.go(target)

    def back(self) -> None:
        if self.lesson is not None:
            self.go(self.index - 1)

    def go(self, index: int) -> None:
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return
        state = self.state
        step = self.lesson.steps[index]
        self.index = index
        prediction = getattr(self.stage, "prediction", None)  # a stage without one plays the steps unasked
        if prediction is not None:
            prediction.close()
        state.engine.pause()
        state.change_to(self.lesson.config_at(index), self.lesson.mode_at(index),
                        translate("lessons", "Lesson step {number}: {title}").format(number=index + 1,
                                                                                      title=step.title),
                        new_net=step.preset is not None or
                        step.mode is not None)
        self.stage.show_text(self.lesson, index)
        self._show_step_view()
        if step.predict is not None and prediction is not None:
            prediction.ask(self.lesson, index)  # the class predicts first: training (or the reveal) waits for it
        elif step.train:
            state.train_for(step.train)

    def _show_step_view(self) -> None:
        """The step's tab, with only its plots and controls in classroom mode (all of them otherwise)."""
        if self.lesson is None:
            return
        step = self.lesson.steps[self.index]
        classroom = self.classroom
        self.stage.show_plots(step.tab, step.plots if classroom else None)
        self.stage.show_controls(frozenset(step.controls) if classroom else None, step.tab if classroom else None)
