"""Plays a lesson on the window: each step sets the config and run mode it declares, shows its tab, trains its
steps and, in classroom mode, hides every control the step does not list.

A step that loads a preset or names a mode starts a new net; a step that only changes live keys (λ, dropout, the
learning rate, …) applies them to the net as it is, so "now raise λ" acts on the net the class has been watching.
Going back replays the state the lesson declares at that step.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDockWidget

from ..core.content import lessons
from ..core.content.lessons import EXPERIMENT_BOXES, Lesson
from .panels.lesson import LessonPanel


class LessonPlayer(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson: Lesson | None = None
        self.index = -1
        self._after_training: int | None = None  # Next pressed while a step trains: go there when it is done
        self._speed: float | None = None
        self.panel = LessonPanel()
        self.panel.step_requested.connect(self.go)
        self.panel.classroom_toggled.connect(lambda _on: self._apply_visibility())
        self.panel.close_requested.connect(self.close)
        window.state.run_started.connect(self.panel.set_run)
        self.dock = QDockWidget("Lesson", window)
        self.dock.setObjectName("lesson")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.dock.setMinimumWidth(260)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

    @property
    def classroom(self) -> bool:
        return self.lesson is not None and self.panel.classroom.isChecked()

    def open_named(self, name: str) -> bool:
        """A shipped lesson (resources/lessons)."""
        try:
            lesson = lessons.load(name)
        except lessons.LessonError as exc:
            self.window.show_message("Cannot open the lesson", str(exc))
            return False
        self.open(lesson)
        return True

    def open_file(self, path: str | None = None) -> bool:
        """A teacher's own lesson; a mistake is reported (step and key) and nothing changes."""
        from PySide6.QtWidgets import QFileDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, "Open lesson", "", "Lessons (*.json)")
            if not path:
                return False
        try:
            lesson = lessons.load_file(path)
        except lessons.LessonError as exc:
            self.window.show_message("Cannot open the lesson", f"{exc}\n\nThe lesson format is described in "
                                                               "docs/lessons.md.")
            return False
        self.open(lesson)
        return True

    def open(self, lesson: Lesson) -> None:
        self.window.ensure_plots()
        self.lesson = lesson
        self.index = -1
        self.dock.show()
        # The step's few controls go under its text, on the same side: on a 1024-pixel projector the plots need
        # the room a second dock would take.
        self.window.splitDockWidget(self.dock, self.window.controls_dock, Qt.Orientation.Vertical)
        self.window.fit_controls()
        height = self.window.height()
        self.window.resizeDocks([self.dock, self.window.controls_dock], [height * 2 // 3, height // 3],
                                Qt.Orientation.Vertical)
        # As narrow as its text allows.
        self.window.resizeDocks([self.dock], [max(self.dock.minimumWidth(), self.window.width() // 4)],
                                Qt.Orientation.Horizontal)
        self.go(0)

    def close(self) -> None:
        self.lesson = None
        self.index = -1
        self.dock.hide()
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.window.controls_dock)
        self.window.fit_controls()
        self._apply_visibility()

    def next(self) -> None:
        """The next step; if this step is still training (a slow laptop), it first finishes at full speed, with
        its progress in the status bar: a lesson never leaves a half-trained net under a text about a trained one."""
        if self.lesson is None:
            return
        engine = self.window.state.engine
        if engine.training_for:
            if self._after_training is None:
                self._after_training = self.index + 1
                self._speed = engine.steps_per_second
                engine.set_speed(None)
                engine.state_changed.connect(self._on_engine_state)
                self.window.state.status.emit("Finishing this step's training first (at full speed)…", 0)
            return
        self.go(self.index + 1)

    @Slot(str)
    def _on_engine_state(self, state: str) -> None:
        if state == "running":
            return
        self.window.state.engine.state_changed.disconnect(self._on_engine_state)
        self.window.state.engine.set_speed(self._speed)
        target, self._after_training = self._after_training, None
        if state == "paused" and self.lesson is not None:
            self.go(target)

    def back(self) -> None:
        if self.lesson is not None:
            self.go(self.index - 1)

    def go(self, index: int) -> None:
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return
        w, state = self.window, self.window.state
        step = self.lesson.steps[index]
        self.index = index
        state.engine.pause()
        state.change_to(self.lesson.config_at(index), self.lesson.mode_at(index),
                        f"Lesson step {index + 1}: {step.title}", new_net=step.preset is not None or
                        step.mode is not None)
        w.show_tab(step.tab)
        if step.train:
            state.train_for(step.train)
        self.panel.show_step(self.lesson, index)
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        """Classroom mode shows the step's controls only: its regularizer rows, the experiment panel, the speed
        slider and the baseline switch if listed, and the step's own tab."""
        w = self.window
        step = self.lesson.steps[self.index] if self.classroom else None
        controls = set(step.controls) if step is not None else None
        w.regularizers.show_only(controls)
        w.regularizers.setVisible(controls is None or bool(controls & set(w.regularizers.rows)))
        w.experiment.show_only(controls)
        w.experiment.setVisible(controls is None or bool(controls & set(EXPERIMENT_BOXES)))
        for name, widgets in w.menus.toolbar_groups.items():
            for widget in widgets:
                widget.setVisible(controls is None or name in controls)
        w.controls_dock.setVisible(controls is None or bool(controls - {"speed", "compare"}))
        for i in range(w.tabs.count()):
            w.tabs.setTabVisible(i, step is None or w.tabs.widget(i) is w.panels[step.tab])
