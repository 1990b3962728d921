"""The lesson sidebar: the step's text, where we are, Back and Next. It only shows a lesson and asks for steps;
``ui.lesson_player`` makes the window do what a step says."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from ...core.content.lessons import Lesson


def fill_counts(text: str, counts: dict[str, int]) -> str:
    """A lesson's ``{weights}`` and ``{parameters}``, counted from the running net (core.records.RunInfo), so a
    lesson never types a number the model could contradict; "…" until the net exists."""
    for name in ("weights", "parameters"):
        text = text.replace(f"{{{name}}}", f"{counts[name]:,}" if name in counts else "…")
    return text


class LessonPanel(QWidget):
    step_requested = Signal(int)
    classroom_toggled = Signal(bool)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lesson: Lesson | None = None
        self.index = 0
        self.counts: dict[str, int] = {}  # the running net's sizes, for a lesson's {weights} and {parameters}
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("lessonStep")
        self.where.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("lessonText")
        self.text.setOpenExternalLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows stay with the window
        buttons = QHBoxLayout()
        self.back = QPushButton("◀ Back")
        self.next = QPushButton("Next ▶")
        self.next.setDefault(True)
        for button in (self.back, self.next):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        self.back.clicked.connect(lambda: self.step_requested.emit(self.index - 1))
        self.next.clicked.connect(lambda: self.step_requested.emit(self.index + 1))
        self.classroom = QCheckBox("Classroom mode")
        self.classroom.setToolTip("Show only the controls and the tab this step needs")
        self.classroom.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.classroom.setChecked(True)
        self.classroom.toggled.connect(self.classroom_toggled)
        close = QPushButton("End lesson")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_requested)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.classroom)
        layout.addWidget(close)

    def show_step(self, lesson: Lesson, index: int) -> None:
        self.lesson, self.index = lesson, index
        step = lesson.steps[index]
        self.title.setText(lesson.title)
        self.where.setText(f"Step {index + 1} of {len(lesson.steps)} — {step.title}")
        self.text.setHtml(fill_counts(step.text, self.counts))
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(lesson.steps) - 1)
        self.next.setText("Next ▶" if index < len(lesson.steps) - 1 else "Last step")

    def set_run(self, info) -> None:
        """A new net: the counts a step's text may quote."""
        self.counts = {"weights": info.n_weights, "parameters": info.n_parameters}
        if self.lesson is not None:
            self.show_step(self.lesson, self.index)
