"""The lesson sidebar: the step's text, where we are, Back and Next. It only shows a lesson and asks for steps;
``ui.lesson_player`` makes the window do what a step says.

A lesson may come from anyone: its text is shown as the sanitiser (core.content.markup) writes it, the text view
loads no resource and follows no link, an https link opens in the system browser only after the user has seen
the address and said yes, and titles are plain text."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPalette, QTextDocument
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QMessageBox, QPushButton, QTextBrowser, QWidget

from ...core.content import markup
from ...core.content.lessons import Lesson
from ..lesson_colours import stylesheet
from ..texts import count
from ..widgets import empty_layout

translate = QCoreApplication.translate  # the panel's own words: translate("LessonPanel", "…")


STRIP_PARAGRAPHS = "p{margin-top:6px;margin-bottom:6px}"
COUNTS = ("weights", "parameters", "test_accuracy")  # what a step's text may quote as {name}


def fill_counts(text: str, counts: dict[str, int | float | str]) -> str:
    """A lesson's ``{weights}`` and ``{parameters}``, counted from the running net (core.records.RunInfo), and
    ``{test_accuracy}``, the first net's latest (a percentage), so a lesson never types a number the model could
    contradict; in the window's number format, "…" until the net (or its first evaluation) exists."""
    locale = QLocale()
    plain = locale.language() == QLocale.Language.C  # Qt's C locale drops the thousands separator

    def shown(value) -> str:
        if isinstance(value, int):
            return count(value)
        if isinstance(value, float):
            return (f"{value:.1f}" if plain else locale.toString(value, "f", 1)) + " %"
        return "…" if value is None else str(value)

    for name in COUNTS:
        text = text.replace(f"{{{name}}}", shown(counts.get(name)))
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
        # A new text or font laid out beside a bar it no longer needs: checked once the layout has settled.
        self._bar_check = QTimer(self, singleShot=True, interval=0)
        self._bar_check.timeout.connect(self._drop_needless_bar)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._bar_check.start())

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        return None  # no image, style sheet or page is ever loaded

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._drop_needless_bar()

    def _drop_needless_bar(self) -> None:
        """A scroll bar shown while the view was briefly smaller stays: the text, wrapped beside it, is taller
        than the view (lesson 7 step 2 on a projector: 114 px of text in a 93-px view that holds it whole at
        its full width). Laid out again without it when the text fits."""
        bar = self.verticalScrollBar()
        if getattr(self, "_dropping", False) or not bar.isVisible():
            return
        document = self.document()
        old = document.textWidth()
        document.setTextWidth(self.viewport().width() + bar.width())
        fits = document.size().height() <= self.viewport().height()
        document.setTextWidth(old)
        if fits:
            self._dropping = True  # once: if Qt shows the bar again, the text does need it
            try:
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            finally:
                self._dropping = False

    def doSetSource(self, url: QUrl, kind=None) -> None:  # noqa: N802
        """Nothing replaces the step's text (setSource, Back/Forward keys)."""

    @Slot(QUrl)
    def ask_to_open(self, url: QUrl) -> bool:
        if url.scheme() != "https" or not url.host():
            return False  # the sanitiser keeps no other link; one set by hand is ignored
        address = url.toString()
        box = QMessageBox(QMessageBox.Icon.Question, translate("LessonPanel", "Open a link"),
                          translate("LessonPanel", "This lesson links to\n\n{address}\n\nOpen it in your web "
                                                   "browser?").format(address=address),
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
        self.counts: dict[str, int | float] = {}  # the running net's sizes and accuracy: what a text may quote
        self._shown: tuple | None = None
        self.question_html: str | None = None  # an open prediction's question, shown instead of the step's text
        self.extra: QWidget | None = None  # ui.prediction's answers and reveal, under the text
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.where = QLabel()
        self.where.setObjectName("lessonStep")
        self.note = QLabel()  # what the class's last click did (ui.stage.Stage.note)
        self.note.setObjectName("lessonNote")
        self.note.hide()
        for label in (self.title, self.where, self.note):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the file: never rich text
        self.text = LessonText()
        self.text.setObjectName("lessonText")
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows stay with the window
        self.back = QPushButton()
        self.next = QPushButton()
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self.step_requested.emit(self.index - 1))
        self.next.clicked.connect(lambda: self.step_requested.emit(self.index + 1))
        self.classroom = QCheckBox()
        self.classroom.setChecked(True)
        self.classroom.toggled.connect(self.classroom_toggled)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_requested)
        self.retranslate()
        for widget in (self.back, self.next, self.classroom, self.close_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strip = None
        self.set_strip(False)

    def retranslate(self) -> None:
        """The panel's own words in the window's language (the lesson's words come from its overlay)."""
        self.back.setText(translate("LessonPanel", "◀ Back"))
        self.classroom.setText(translate("LessonPanel", "Classroom mode"))
        self.classroom.setToolTip(translate("LessonPanel", "Show only the controls, the tab and the plots this "
                                                           "step needs"))
        self.close_button.setText(translate("LessonPanel", "End lesson"))
        self._name_step()

    def _name_step(self) -> None:
        """Where the class is ("Step 2 of 3 — …") and what Next does from here."""
        last = self.lesson is None or self.index >= len(self.lesson.steps) - 1
        self.next.setText(translate("LessonPanel", "Last step") if self.lesson is not None and last
                          else translate("LessonPanel", "Next ▶"))
        if self.lesson is not None:
            self.where.setText(translate("LessonPanel", "Step {number} of {count} — {title}").format(
                number=self.index + 1, count=len(self.lesson.steps), title=self.lesson.steps[self.index].title))

    def set_strip(self, on: bool) -> None:
        """A sidebar (title, step, text, buttons, one above the other) or a strip across the window for a
        projector (the step and the buttons in one row, the text the whole width under them)."""
        if on == self.strip:
            return
        self.strip = on
        grid = self.layout() or QGridLayout(self)
        empty_layout(grid)
        for i in range(9):
            grid.setRowStretch(i, 0)
            grid.setColumnStretch(i, 0)
        # The strip sizes its text to what the text needs (Stage.fit_text): a bar could only steal a line's width
        # while the strip settles and then stay (a text a line taller than its view); the sidebar may need one.
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else
                                             Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if on:
            grid.setContentsMargins(6, 2, 6, 2)
            grid.setVerticalSpacing(2)
            for col, widget in enumerate((self.where, self.back, self.next, self.close_button)):
                grid.addWidget(widget, 0, col)
            grid.setColumnStretch(0, 1)
            grid.addWidget(self.text, 1, 0, 1, 4)
            grid.addWidget(self.note, 2, 0, 1, 4)
            if self.extra is not None:
                grid.addWidget(self.extra, 3, 0, 1, 4)
        else:
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addWidget(self.where, 1, 0, 1, 2)
            grid.addWidget(self.text, 2, 0, 1, 2)
            grid.addWidget(self.note, 3, 0, 1, 2)
            if self.extra is not None:
                grid.addWidget(self.extra, 4, 0, 1, 2)
            grid.setContentsMargins(9, 6, 9, 6)
            grid.setVerticalSpacing(4)
            grid.setRowStretch(2, 1)
            grid.addWidget(self.back, 5, 0)
            grid.addWidget(self.next, 5, 1)
            # One row for the switch and End lesson: on a 768-pixel screen the text needs every line.
            grid.addWidget(self.classroom, 6, 0)
            grid.addWidget(self.close_button, 6, 1)
        # The strip's row names the step (the lesson's title is in its first step); classroom mode is switched
        # in the sidebar, at normal type: the strip's height is the plots' room.
        self.title.setVisible(not on)
        self.classroom.setVisible(not on)
        if self.extra is not None and hasattr(self.extra, "set_strip"):
            self.extra.set_strip(on)
        if self.lesson is not None:
            self.show_step(self.lesson, self.index)  # the paragraphs' spacing follows the layout

    def set_extra(self, widget: QWidget) -> None:
        """The prediction box (ui.prediction), under the step's text in either layout."""
        self.extra = widget
        strip, self.strip = self.strip, None
        self.set_strip(bool(strip))

    def show_question(self, html: str | None) -> None:
        """Show ``html`` (already escaped) instead of the step's text, None for the text again: the text often
        says what happens, and the class predicts before it sees."""
        self.question_html = html
        if self.lesson is not None:
            self.show_step(self.lesson, self.index)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def shown_text(self) -> str:
        """The step's text as shown (its counts filled in), in the sanitiser's markup."""
        if self.lesson is None:
            return ""
        return markup.clean(fill_counts(self.lesson.steps[self.index].text, self.counts))

    def show_step(self, lesson: Lesson, index: int) -> None:
        # The same step in another language: Qt's grid kept the labels' old line counts (a title one line longer
        # in German was cut to one): laid out anew, as a switch of layout does, which shows the step again.
        relayout = (self.lesson is not None and self._shown == (lesson.name, index)
                    and self.lesson.language != lesson.language)
        self.lesson, self.index = lesson, index
        if relayout:
            strip, self.strip = self.strip, None
            self.set_strip(bool(strip))
            return
        self.title.setText(lesson.title)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128  # the text view's background
        # The span classes in this theme's colours; in the strip, paragraphs half Qt's 12 px apart (its height
        # is the plots').
        self.text.document().setDefaultStyleSheet(stylesheet(dark) + (STRIP_PARAGRAPHS if self.strip else ""))
        if (lesson.name, index) != self._shown:  # a new step (the same one in another language keeps its note)
            self.set_note("")
        self._shown = (lesson.name, index)
        self.text.setHtml(self.question_html if self.question_html is not None else self.shown_text())
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(lesson.steps) - 1)
        self._name_step()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.PaletteChange and self.lesson is not None:  # a theme switch
            self.show_step(self.lesson, self.index)

    def set_run(self, info) -> None:
        """A new net: the counts a step's text may quote."""
        self.counts = {"weights": info.n_weights, "parameters": info.n_parameters}
        if self.lesson is not None:
            self.show_step(self.lesson, self.index)

    def set_record(self, record) -> None:
        """The first net's test accuracy, for a text that quotes ``{test_accuracy}`` (redrawn when it changes)."""
        if not record.models:
            return
        value = round(100 * record.models[0].test_accuracy, 1)
        if value != self.counts.get("test_accuracy"):
            self.counts["test_accuracy"] = value
            if self.lesson is not None and "{test_accuracy}" in self.lesson.steps[self.index].text:
                self.show_step(self.lesson, self.index)
