"""The presentation stage: what a lesson puts in front of the class, behind a small interface (``LessonStage``)
that the lesson player and render-lesson use instead of the window's docks, tabs and panels.

On a projector (presentation type, F11) the step's text is a strip across the window under the plots, as tall
as the text needs, in a type size that fits the room it has (never below 0.9 of the presentation body size), so nothing
scrolls and nothing is cut, with the step's few controls at its right end; above it the step's tab alone (no tab
bar) shows only the plots the step names (its ``plots`` key), in one row, across the whole width. At the normal type size the lesson is a sidebar on the right
with the step's controls under its text, as before. ``text_fits`` is the check the layout tests use."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QSizePolicy, QStyle, QTextEdit,
                               QToolButton, QWidget)

from . import appearance
from ..core.content.lessons import EXPERIMENT_BOXES, Lesson
from .panels.lesson import LessonPanel
from .language import LiveTexts
from .prediction import PredictionFlow

translate = QCoreApplication.translate  # every text here: translate("stage", "…")

PLOT_ROOM = 290  # pixels the step's plots keep above the strip in presentation mode: 150 of data, title, legend, axis
DATA_HEIGHT = appearance.DATA_HEIGHT  # pixels of data area each shown plot keeps
# Pixels more than DATA_HEIGHT the strip's fit leaves each plot: a dock's last relayout can take 1-3 px after the
# fit measured them (lesson 8 step 4's maps came out 147 px in one CI run, 150 in others).
FIT_SLACK = 4
# The step text's type, relative to the body text, tried largest first; below 1.0 the prediction's answers and
# reveal shrink with it (0.8 of presentation type is still 1.28 times the normal type).
TEXT_SIZES = (1.1, 1.05, 1.0, 0.95, 0.9, 0.85, 0.8)
CONTROLS_MIN_WIDTH = 270  # pixels at normal type size
SIDEBAR_WIDTH = 300  # the least width of the lesson sidebar (a quarter of a wider window): 282 px of text
SIDEBAR_CONTROLS = 0.2  # the least of the sidebar's height the step's controls keep when its text needs the rest
RECHECK_MS = 50  # after the plots' area last changed size, their data heights are checked again
SIDEBAR_SLACK = 20  # pixels (a line) the text keeps beyond its need: labels measured at a stale width, a scroll bar


class LessonStage(Protocol):
    """What the lesson player needs of the screen: show this text, these plots, these controls."""

    step_requested: Signal  # (int) Back or Next on the stage
    classroom_toggled: Signal  # (bool)
    close_requested: Signal
    prediction: PredictionFlow | None  # asks a step's prediction and holds training until the class answers

    def open_lesson(self) -> None: ...

    def close_lesson(self) -> None: ...

    def show_text(self, lesson: Lesson, index: int) -> None: ...

    def show_plots(self, tab: str, plots: tuple[str, ...] | None) -> None: ...

    def show_controls(self, controls: frozenset[str] | None, tab: str | None) -> None: ...

    def classroom(self) -> bool: ...

    def show_message(self, title: str, text: str) -> None: ...

    def choose_lesson_file(self) -> str | None: ...


def text_fits(view: QTextEdit) -> bool:
    """The whole text is on screen: no scroll bar in either direction and the laid-out text no taller than the
    view (a scroll bar that is switched off can still hide lines)."""
    bars = (view.verticalScrollBar(), view.horizontalScrollBar())
    return (all(bar.maximum() == 0 for bar in bars)
            and view.document().size().height() <= view.viewport().height() + 1
            and view.document().idealWidth() <= view.viewport().width() + 1)


def _text_height(view: QTextEdit, width: int) -> int:
    """The height the view needs to show its text whole at ``width`` pixels (frame included)."""
    # A copy laid out at that width: the view's own document keeps the width of its viewport (measured on it,
    # a view with a scroll bar said 118 px where 93 hold the text at full width, and the other way round).
    document = view.document().clone()
    document.setDefaultFont(view.font())
    document.setDocumentMargin(view.document().documentMargin())
    document.setTextWidth(max(1, width - 2 * view.frameWidth()))
    height = document.size().height()
    return int(height + 0.999) + 2 * view.frameWidth() + 2


class Stage(QObject):
    """The window's stage (a MainWindow's lesson dock, control dock, tabs and panels, arranged per step)."""

    step_requested = Signal(int)
    classroom_toggled = Signal(bool)
    close_requested = Signal()

    def __init__(self, window, state):
        super().__init__(window)
        self.window = window
        self.lesson_open = False
        self.presenting = False
        self._fitting = False
        self._rechecked = False  # fit_text's one follow-up check is running (_recheck_fit)
        self._plot_deficit = 0  # pixels the shown plots came out short of DATA_HEIGHT after the last fit
        self._shown_controls: tuple = (None, None)
        self.panel = LessonPanel()
        self.panel.step_requested.connect(self.step_requested)
        self.panel.classroom_toggled.connect(self.classroom_toggled)
        self.panel.close_requested.connect(self.close_requested)
        self.prediction = PredictionFlow(state, window, self.panel)
        self.prediction.resized.connect(self.fit_text)  # the strip as tall as question, answers or reveal need
        state.run_started.connect(self.panel.set_run)
        state.record.connect(self.panel.set_record)
        texts = LiveTexts(window)
        self.dock = QDockWidget(window)
        texts.set(self.dock.setWindowTitle, lambda: translate("stage", "Lesson"))
        self.dock.setObjectName("lesson")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        # The strip under the plots spans the whole window; the controls sit beside the plots, above it.
        for corner in (Qt.Corner.BottomLeftCorner, Qt.Corner.BottomRightCorner):
            window.setCorner(corner, Qt.DockWidgetArea.BottomDockWidgetArea)
        # Presentation type without a lesson: the controls fold away behind a button at the tab bar's left, so
        # the plots get the window's width (a projector's 1024 or 1280 pixels hold the plots or the controls).
        self.controls_button = QToolButton()
        self.controls_button.setObjectName("controlsButton")
        texts.set(self.controls_button.setText, lambda: translate("stage", "Controls"))
        self.controls_button.setCheckable(True)
        self.controls_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        texts.set(self.controls_button.setToolTip, lambda: translate(
            "stage", "Show or hide the controls (presentation mode folds them away so the plots get the room)"))
        self.controls_button.toggled.connect(lambda on: self._arrange_free())
        self.controls_button.hide()
        window.tabs.setCornerWidget(self.controls_button, Qt.Corner.TopLeftCorner)
        self._free_presenting: bool | None = None  # the type the window was arranged for with no lesson open
        self._refit_soon = QTimer(self, singleShot=True, interval=0)
        self._refit_soon.timeout.connect(self.arrange)
        self._refit_words_soon = QTimer(self, singleShot=True, interval=0)  # after a language switch
        self._extra_points: float | None = None  # the prediction box's type size (None: the window's)
        self._refit_words_soon.timeout.connect(self._refit_words)
        # The plots' room changed after the strip was fitted (a dock's late relayout: lesson 8 step 7's two plots
        # at 134 px in one CI run): checked again once that settles, within _recheck_fit's bound.
        self._recheck_soon = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck_soon.timeout.connect(self._recheck_fit)
        window.installEventFilter(self)
        window.tabs.installEventFilter(self)
        self.panel.text.installEventFilter(self)
        self._narration = getattr(getattr(window, "narration", None), "label", None)
        if self._narration is not None:  # a narration a line longer after the strip was fitted takes the plots' room
            self._narration.installEventFilter(self)
        # A new font or text after the strip was fitted (a type switch restyles the text view itself): fit anew.
        self.panel.text.document().documentLayout().documentSizeChanged.connect(self._text_resized)

    # -- LessonStage --------------------------------------------------------------------------------------
    def open_lesson(self) -> None:
        self.window.ensure_plots()
        self.lesson_open = True
        self._free_presenting = None
        self.controls_button.hide()
        self.dock.show()
        self.arrange(force=True)

    def close_lesson(self) -> None:
        self.lesson_open = False
        self.dock.hide()
        self.panel.set_strip(False)
        self.show_plots(None, None)
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.window.controls_dock)
        self.show_controls(None, None)
        self.fit_controls()

    def show_text(self, lesson: Lesson, index: int) -> None:
        self.panel.show_step(lesson, index)
        self._plot_deficit = 0
        self.fit_text()

    def show_plots(self, tab: str | None, plots: tuple[str, ...] | None) -> None:
        """Show ``tab`` (None: stay) with only ``plots`` of it (None: its usual set); every other tab that can
        choose shows its usual set again."""
        w = self.window
        if tab is not None:
            w.show_tab(tab)
        for name, panel in w.panels.items():
            if hasattr(panel, "show_plots"):
                panel.show_plots(plots if name == tab else None)
            # The tabs a step hides ask for no room: a tab widget is otherwise as tall as its tallest page.
            policy = QSizePolicy.Policy.Ignored if tab is not None and name != tab else QSizePolicy.Policy.Preferred
            panel.setSizePolicy(policy, policy)

    def show_controls(self, controls: frozenset[str] | None, tab: str | None) -> None:
        """Only these controls and this tab (None: every control and every tab): the regularizer rows, the
        experiment panel or its boxes, the toolbar's speed slider and baseline switch the step lists."""
        w = self.window
        self._shown_controls = (controls, tab)
        w.regularizers.show_only(controls)
        if controls is not None:  # the step's text explains (the tooltips still do): the rows stay short
            for label in w.regularizers.findChildren(QLabel, "explanation"):
                label.hide()
        w.regularizers.setVisible(controls is None or bool(controls & set(w.regularizers.rows)))
        w.experiment.show_only(controls)
        w.experiment.setVisible(controls is None or bool(controls & set(EXPERIMENT_BOXES)))
        for name, widgets in w.menus.toolbar_groups.items():
            for widget in widgets:
                widget.setVisible(controls is None or name in controls)
        w.controls_dock.setVisible(controls is None or bool(controls - {"speed", "compare"}))
        self._controls_width()  # the rows shown now: the Data box is wider than a regularizer row
        for i in range(w.tabs.count()):
            w.tabs.setTabVisible(i, tab is None or w.tabs.widget(i) is w.panels[tab])
        w.tabs.tabBar().setVisible(tab is None)  # one tab: its name is the step's business, the room the plots'
        self._fit_sidebar()
        self.fit_text()

    def _fit_sidebar(self) -> None:
        """Normal type: the step's text whole first, the step's controls under it in the height that is left, as
        tall as they are where that fits, else scrolling in at least SIDEBAR_CONTROLS of the docks' height (a
        row stays in reach); the text, with the other share, never scrolls where the two fit at all."""
        w, controls = self.window, self.window.controls_dock
        if not (self.lesson_open and not self.presenting and controls.isVisible()) or self._fitting:
            return
        scroll = controls.widget()
        column = scroll.widget()
        rows = column.heightForWidth(scroll.viewport().width()) if column.hasHeightForWidth() else -1
        need = max(rows, column.sizeHint().height()) + 2 * scroll.frameWidth() + (controls.height() - scroll.height())
        total = self.dock.height() + controls.height()  # what resizeDocks shares out (it scales sizes to it)
        least = min(need, int(total * SIDEBAR_CONTROLS))
        layout, view = self.panel.layout(), self.panel.text
        body = QApplication.font().pointSizeF()
        for scale in TEXT_SIZES:  # as in the strip: the largest type whose text fits beside the controls' least
            font = view.font()
            font.setPointSizeF(body * scale)
            view.setFont(font)
            others = (layout.heightForWidth(self.panel.width()) if layout.hasHeightForWidth()
                      else layout.sizeHint().height()) - view.sizeHint().height()
            text = max(view.minimumSizeHint().height(), _text_height(view, view.width()))
            lesson = others + text + self.dock.height() - self.panel.height() + SIDEBAR_SLACK
            if lesson + least <= total:
                break
        share = max(least, min(need, total - lesson))
        if share != controls.height():
            self._fitting = True
            try:
                w.resizeDocks([self.dock, controls], [total - share, share], Qt.Orientation.Vertical)
            finally:
                self._fitting = False

    def classroom(self) -> bool:
        return self.panel.classroom.isChecked()

    def show_message(self, title: str, text: str) -> None:
        self.window.show_message(title, text)

    def choose_lesson_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("stage", "Open lesson"), "",
                                              translate("stage", "Lessons (*.json)"))
        return path or None

    def shown_text(self) -> str:
        """The step's text as the class sees it (the counts a lesson quotes filled in): render-lesson's caption."""
        return self.panel.shown_text()

    def note(self, text: str) -> None:
        """What a click on the boundary did: in the status bar, and in a lesson under the step's text (until
        the next step), where a class looks."""
        self.window.show_status(text, 8000)
        if self.lesson_open:
            self.panel.set_note(text)
            self.fit_text()

    def settled(self, tab: str) -> bool:
        """Tab ``tab`` shows what it computes after training (an attack's curves, augmented pictures) for the
        latest step: a panel says so with ``settled(step)``; one without it has nothing to wait for."""
        panel = self.window.panels.get(tab) if self.window.plots_built else None
        settled = getattr(panel, "settled", None)
        return settled is None or settled(self.window.state.step)

    def fits(self) -> bool:
        """The step's whole text is on screen: it needs no scroll bar, and nothing (a dock squeezed by a window
        too small for it) cuts the view itself (the layout tests and render-lesson ask)."""
        view = self.panel.text
        shown = view.visibleRegion().boundingRect()
        inside = self.window.rect().contains(view.rect().translated(view.mapTo(self.window, view.rect().topLeft())))
        return text_fits(view) and shown.size() == view.size() and inside

    # -- arrangement ---------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.window.tabs:
            if event.type() == QEvent.Type.Resize and self.lesson_open and self.presenting and not self._fitting:
                self._recheck_soon.start()
            return False
        if watched is self._narration:
            if (event.type() == QEvent.Type.Resize and self.lesson_open and self.presenting and not self._fitting
                    and event.size().height() != event.oldSize().height()):
                self._refit_soon.start()
            return False
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            # Qt posts the switch; the window's texts change as it passes it on, so the controls' width and
            # the strip are fitted to the new words once that is done (German rows need 380 px, English 288).
            self._refit_words_soon.start()
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange) and not self._fitting:
            if self.lesson_open and (watched is self.window or event.type() == QEvent.Type.Resize):
                self._refit_soon.start()
            elif watched is self.window:  # presentation type switched on or off (fold or unfold the controls),
                self._refit_soon.start()  # or a new window size (QMainWindow gives the dock its size hint again)
        return False

    def _refit_words(self) -> None:
        self._controls_width()
        self.arrange()

    def _text_resized(self, _size) -> None:
        if self.lesson_open and self.presenting and not self._fitting:
            self._refit_soon.start()

    def _arrange_free(self) -> None:
        """No lesson open: in presentation type the controls folded away (the button at the tab bar's left
        unfolds them), at normal type always shown."""
        if self.lesson_open:
            return
        presenting = appearance.line_scale() > 1.0
        if presenting != self._free_presenting:
            self._free_presenting = presenting
            self.controls_button.blockSignals(True)
            self.controls_button.setChecked(False)  # each time presentation type begins, the plots get the room
            self.controls_button.blockSignals(False)
        self.controls_button.setVisible(presenting)
        self.window.controls_dock.setVisible(not presenting or self.controls_button.isChecked())

    def arrange(self, force: bool = False) -> None:
        """The lesson as a sidebar (normal type) or a strip under the plots (presentation type)."""
        if not self.lesson_open:
            self.fit_controls()  # the controls as wide as this type size needs (after presentation type: less)
            return
        w = self.window
        presenting = appearance.line_scale() > 1.0
        if presenting != self.presenting or force:
            self.presenting = presenting
            self.panel.set_strip(presenting)
            self.show_controls(*self._shown_controls)  # the rows' explanations: in the sidebar, not the strip
            self.dock.setTitleBarWidget(QWidget())  # the strip's own row names it, the sidebar's title (no "Lesson")
            if not presenting:
                self._scale_extra(None)
                self.panel.setMinimumHeight(0)
                self.panel.setMaximumHeight(16777215)
            if presenting:
                # The step's controls at the strip's right end: the plots above get the window's whole width.
                w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
                w.splitDockWidget(self.dock, w.controls_dock, Qt.Orientation.Horizontal)
            else:
                # The step's few controls go under its text, on the same side: on a 1024-pixel projector the
                # plots need the room a second dock would take.
                self.panel.text.setMinimumHeight(0)
                self.panel.text.setMaximumHeight(16777215)
                w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
                w.splitDockWidget(self.dock, w.controls_dock, Qt.Orientation.Vertical)
                self._fit_sidebar()
            self.fit_controls()
        if not self.presenting:  # a resized window too: the sidebar's width follows the window's, not its past
            width = max(SIDEBAR_WIDTH, w.width() // 4)
            if self.dock.width() != width:
                w.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        self._fit_sidebar()  # a resized window shares its height out anew: the controls as tall as they are
        self.fit_text()

    def fit_text(self) -> None:
        """Presentation mode: the strip exactly as tall as the step's text and its prediction need at the strip's
        width, in the largest of TEXT_SIZES with which the whole strip leaves the plots PLOT_ROOM (the smallest
        when none does: then ``fits`` or the plots' height says so). The sidebar: refitted to what it needs."""
        if self.lesson_open and not self.presenting:
            self._fit_sidebar()  # the sidebar: its text, the prediction box or the note changed what it needs
        if not (self.lesson_open and self.presenting) or self._fitting:
            return
        self._fitting = True
        try:
            view, w, layout = self.panel.text, self.window, self.panel.layout()
            margins = layout.contentsMargins()
            controls = w.controls_dock
            beside = 0
            if controls.isVisible() and not controls.isFloating():
                # The step's few controls at the strip's end as narrow as they allow: the text takes the rest.
                beside = controls.minimumSizeHint().width()
                w.resizeDocks([self.dock, controls], [w.width() - beside, beside], Qt.Orientation.Horizontal)
            separator = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent) if beside else 0
            panel_width = w.width() - beside - separator
            width = panel_width - margins.left() - margins.right()
            bar = w.statusBar()
            narration = getattr(getattr(w, "narration", None), "label", None)
            said = narration.heightForWidth(w.width()) if narration is not None and narration.isVisible() else 0
            room = (w.height() - w.centralWidget().geometry().top() - (bar.height() if bar.isVisible() else 0)
                    - said - self._plot_room() - self._plot_deficit)
            # The step's controls whole where the plots keep their room; where they do not (lesson 8's Data box),
            # the plots come first and the controls' column scrolls.
            beside_need = min(self._controls_height(), room) if beside else 0
            body = QApplication.font().pointSizeF()
            for scale in TEXT_SIZES:
                font = view.font()
                font.setPointSizeF(body * scale)
                view.setFont(font)
                self._scale_extra(body * scale if scale < 1.0 else None)
                # Measured at its full width: a scroll bar Qt shows while the strip is still settling goes again
                # once the text fits without it (LessonText._drop_needless_bar). Measured as if the bar stood
                # beside it, a step's text took a line more than it needs (lesson 1 step 5: 149 px of boundary).
                view.setFixedHeight(max(_text_height(view, width), 2 * view.fontMetrics().height()))
                layout.invalidate()
                need = layout.totalHeightForWidth(panel_width) if layout.hasHeightForWidth() else -1
                need = max(need, layout.totalMinimumSize().height(), beside_need)
                if need <= room:
                    break
            self.panel.setFixedHeight(need)  # the strip is its text and its prediction, no more
            w.resizeDocks([self.dock], [need], Qt.Orientation.Vertical)
        finally:
            self._fitting = False
        if not self._rechecked:
            QTimer.singleShot(0, self, self._recheck_fit)

    def _controls_height(self) -> int:
        """The height the step's controls at the strip's end need whole: the strip is at least that tall (a
        shorter one hid lesson 3 step 4's L1 slider under the dock's scroll bar)."""
        dock = self.window.controls_dock
        scroll = dock.widget()
        column = scroll.widget() if hasattr(scroll, "widget") else None
        if column is None or column.layout() is None:
            return 0
        title = dock.titleBarWidget().sizeHint().height() if dock.titleBarWidget() is not None else \
            dock.fontMetrics().height() + 2 * dock.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetTitleMargin)
        return column.layout().totalMinimumSize().height() + 2 * scroll.frameWidth() + title + 2

    def _recheck_fit(self) -> None:
        """Once the strip is laid out: a wrapped label in it (an answer's reveal) that came out taller than the
        room it got means its type changed after it was measured (a theme switch restyled it: a reveal's second
        line was cut after a switch to the dark theme on a projector): fitted once more."""
        if not (self.lesson_open and self.presenting):
            return
        cut = any(label.isVisible() and label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1
                  for label in self.panel.findChildren(QLabel))
        # Plots laid out a few pixels short of their data height (lesson 1 step 5's boundary and lesson 8 step 4's
        # two maps at 148 px, as measured once laid out): fitted once more with that much less room for the strip.
        short = DATA_HEIGHT - self._shortest_plot()
        if 0 < short <= DATA_HEIGHT // 4 and self._plot_deficit < DATA_HEIGHT // 4:
            self._plot_deficit += short
            cut = True
        if cut:
            self._rechecked = True
            try:
                self.fit_text()
            finally:
                self._rechecked = False

    def _shown_plots(self) -> list:
        """The plots with a data area (at least 40 px: not a squeezed leftover) shown on the current tab."""
        import sys

        if "pyqtgraph" not in sys.modules:
            return []
        import pyqtgraph as pg

        page = self.window.tabs.currentWidget()
        return [item for view in (page.findChildren(pg.GraphicsView) if page is not None else ())
                if view.isVisible() for item in view.scene().items()
                if isinstance(item, pg.PlotItem) and not isinstance(item, pg.ColorBarItem) and item.isVisible()
                and item.vb.height() >= 40]

    def _plot_room(self) -> int:
        """The height the step's tab needs for DATA_HEIGHT (and FIT_SLACK) of data in each shown plot: its plots'
        titles, legends, axes and colour bars measured as they are laid out now (a decision boundary's colour bar
        and its key take 40 px more than a loss plot's axis), at least PLOT_ROOM."""
        tabs, data = self.window.tabs, DATA_HEIGHT + FIT_SLACK
        return max([PLOT_ROOM] + [tabs.height() - int(item.vb.height()) + data for item in self._shown_plots()])

    def _shortest_plot(self) -> int:
        """The data height of the shortest plot shown on the current tab (DATA_HEIGHT where none is)."""
        return min((round(item.vb.height()) for item in self._shown_plots()), default=DATA_HEIGHT)

    def _scale_extra(self, points: float | None) -> None:
        """The prediction's answers and reveal in ``points`` (None: the body type), as the step text shrinks. Set
        as the box's font, which its labels inherit, hidden ones too: a style sheet's size stayed on the labels
        hidden when it went (a Spanish verdict in the sidebar in presentation type, three lines tall)."""
        extra = self.panel.extra
        if extra is None or points == self._extra_points:
            return
        font = QFont()  # nothing set: the box's labels follow the window's type
        if points is not None:
            font.setPointSizeF(points)
        extra.setFont(font)
        self._extra_points = points

    def fit_controls(self) -> None:
        """The control dock as wide as its rows need in the current type size (it does not scroll sideways);
        beside the lesson's text in the sidebar it takes the sidebar's width. Called after a type change: the
        lesson's arrangement follows at once (not after the font events have gone round)."""
        self._arrange_free()
        if self.lesson_open and (appearance.line_scale() > 1.0) != self.presenting:
            self.arrange()
        self._controls_width()

    def _controls_width(self) -> None:
        """The control dock as wide as the rows shown need, a vertical scroll bar included (beside the strip
        the dock is as short as the strip: lesson 8 step 4's Data box needed 307 px of a 278-px view)."""
        scroll = self.window.controls_dock.widget()
        beside_text = self.lesson_open and not self.presenting
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        need = 0 if beside_text else scroll.widget().minimumSizeHint().width() + 2 * scroll.frameWidth() + bar + 8
        scroll.setMinimumWidth(max(CONTROLS_MIN_WIDTH, need))
        dock = self.window.controls_dock
        if not self.lesson_open and dock.isVisible() and not dock.isFloating():
            # As narrow as its rows allow: its size hint (the Data box's widest rows) took the 90 px that kept the
            # Training plots' legends on fewer rows and the Augmentation grid beside its code at 1024x768.
            width = scroll.minimumWidth() + dock.width() - scroll.width()
            if dock.width() != width:
                self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
