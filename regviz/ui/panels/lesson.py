"""The lesson sidebar: the step's text, where we are, Back and Next. It only shows a lesson and asks for steps;
``ui.lesson_player`` makes the window do what a step says.

A lesson may come from anyone: its text is shown as the sanitiser (core.content.markup) writes it, the text view
loads no resource and follows no link, an https link opens in the system browser only after the user has seen
the address and said yes, and titles are plain text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPalette, QTextDocument
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from ...core.content import markup
from ...core.content.lessons import Lesson
from ..lesson_colours import stylesheet


def fill_counts(text: str, counts: dict[str, int]) -> str:
    """A lesson's ``{weights}`` and ``{parameters}``, counted from the running net (core.records.RunInfo), so a
    lesson never types a number the model could contradict; "…" until the net exists."""
    for name in ("weights", "parameters"):
        text = text.replace(f"{{{name}}}", f"{counts[name]:,}" if name in counts else "…")
    return text


class _Document(QTextDocument):
    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        return None  # QTextDocument's own fallback reads any local file (or data: URL) a text names


class LessonText(QTextBrowser):
    """A text view that never reads a file or the network (Qt would open an ``<img>``'s path, /dev/zero or a
    FIFO included) and never navigates: a click on an https link asks, then hands it to the system browser."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocument(_Document(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.ask_to_open)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        return None  # no image, style sheet or page is ever loaded

    def doSetSource(self, url: QUrl, kind=None) -> None:  # noqa: N802
        """Nothing replaces the step's text (setSource, Back/Forward keys)."""

    @Slot(QUrl)
    def ask_to_open(self, url: QUrl) -> bool:
        if url.scheme() != "https" or not url.host():
            return False  # the sanitiser keeps no other link; one set by hand is ignored
        address = url.toString()
        box = QMessageBox(QMessageBox.Icon.Question, "Open a link",
                          f"This lesson links to\n\n{address}\n\nOpen it in your web browser?",
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Open:
            return False
        return QDesktopServices.openUrl(url)


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
        self.where = QLabel()
        self.where.setObjectName("lessonStep")
        for label in (self.title, self.where):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the file: never rich text
        self.text = LessonText()
        self.text.setObjectName("lessonText")
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
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128  # the text view's background
        self.text.document().setDefaultStyleSheet(stylesheet(dark))  # the span classes in this theme's colours
        self.text.setHtml(markup.clean(fill_counts(step.text, self.counts)))
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(lesson.steps) - 1)
        self.next.setText("Next ▶" if index < len(lesson.steps) - 1 else "Last step")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.lesson is not None:  # a theme switch
            self.show_step(self.lesson, self.index)

    def set_run(self, info) -> None:
        """A new net: the counts a step's text may quote."""
        self.counts = {"weights": info.n_weights, "parameters": info.n_parameters}
        if self.lesson is not None:
            self.show_step(self.lesson, self.index)
