"""The main window: assembles the control dock, the panels (one tab each), the menus and the lesson dock around
the app state (ui.state), and repaints the plots on a timer.

Every live panel has the same small contract: ``set_run(info)`` for a new run, ``on_record(record)`` for each
record, ``plots`` (what the redraw timer repaints and the exports write) and ``key_widgets`` (the layout test)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ..core.config import ExperimentConfig
from ..core.content import presets
from ..core.run.messages import RunMode
from . import appearance, language
from .access import Accessibility
from .collector import collect_on_gui_thread
from .controls import ControlDock
from .data_files import DataFiles, dropped_csv
from .engine import diverged_texts, failed_texts
from .file_actions import FileActions
from .lesson_player import LessonPlayer
from .menus import WindowMenus
from .narration import Narration
from .panel_set import TAB_TITLES, build_panels
from .stage import Stage
from .status_line import StatusLine
from .tab_style import NarrowTabs, sized_by_current_page
from .panels.worked import WorkedExamplesPanel
from .state import AppState
from .translated import translated

translate = QCoreApplication.translate

REDRAW_MS = 10  # one plot per tick, round robin: each of the five training plots redraws at 20 Hz
# The window's own floor: without one Qt raises its minimum to its layout's, and one moment's taller layout grew
# the window past a projector's screen for good (1024×864 at lesson 3 step 1 in CI). Below it, content clips.
WINDOW_FLOOR = (640, 480)


def _loading() -> QLabel:
    return QLabel(translate("window", "Loading plots…"), alignment=Qt.AlignmentFlag.AlignCenter)  # for a moment


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.status_line = StatusLine(self.statusBar(), self)  # says a standing sentence again in a new language
        collect_on_gui_thread()  # before the engine's reader thread runs Python (ui/collector.py says why)
        self.settings = settings or QSettings()
        language.start(QCoreApplication.instance(), self.settings)  # the saved language, else the system's
        self.texts = language.LiveTexts(self)  # the window's own texts, set again on a language change
        self.texts.set(self.setWindowTitle, lambda: translate("window", "regviz — regularization, live"))
        self.theme = next((t for t in appearance.THEMES if t == self.settings.value("theme", "light")), "light")
        self.state = AppState(presets.saved_or_default(self.settings.value("config")), self)
        self.state.config_changed.connect(self._show_config)
        self.state.run_started.connect(self._on_run_started)
        self.state.record.connect(self._on_record)
        self.state.status.connect(self.show_status)
        self.state.problem.connect(self.show_message)
        engine = self.state.engine
        engine.diverged.connect(lambda record: self._say_stopped(*diverged_texts(record)))
        engine.failed.connect(lambda text: self._say_stopped(*failed_texts(text)))
        engine.state_changed.connect(self._on_engine_state)
        self.panels: dict[str, QWidget] = {"worked": WorkedExamplesPanel()}
        self.panels["worked"].live_run.connect(lambda cfg: (self.show_tab("training"), self.state.replace(
            cfg, RunMode.SINGLE, translate("window", "The notes' X and y, trained live: y = w·x + b on the paired "
                                                     "MSE"))))
        self.plots_built = False
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._tab_style = NarrowTabs("Fusion")  # kept: the tab bar does not own its style
        self.tabs.tabBar().setStyle(self._tab_style)
        for index, name in enumerate(TAB_TITLES):  # every tab from the first paint: the tab bar never jumps
            self.tabs.addTab(self.panels["worked"] if name == "worked" else _loading(), "")
            self.texts.set(partial(self.tabs.setTabText, index), partial(translated, TAB_TITLES[name]))
        self.narration = Narration(self.state, self)  # what the curves do, in words, under the plots
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)  # the narration asks the plots for no room it does not use
        column.addWidget(self.tabs, 1)
        column.addWidget(self.narration.label)
        self.setCentralWidget(central)
        self.controls_dock = ControlDock(self.state, self)
        self.experiment, self.regularizers = self.controls_dock.experiment, self.controls_dock.regularizers
        self.race_box = self.controls_dock.race_box
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls_dock)
        self.files = FileActions(self.state, self.settings, self)  # sessions, exports, the autosave (a FileHost)
        self.data_files = DataFiles(self.state, self.files, self)  # a teacher's CSV: Open data, a drop, the export
        self.setAcceptDrops(True)
        self.stage = Stage(self, self.state)
        self.lessons = LessonPlayer(self.state, self.stage, self)
        self.menus = menus = WindowMenus(self.state, self.files, self.lessons, self, self.settings, self.theme)
        for signal, slot in ((menus.log_toggled, self.set_log_y), (menus.test_points_toggled, self.set_show_test),
                             (menus.presentation_toggled, self.set_presentation), (menus.theme_chosen, self.set_theme),
                             (menus.tab_requested, self.show_tab), (menus.race_requested, self.race_box.open_dialog),
                             (menus.quit_requested, self.close),
                             (self.files.recent_changed, menus.rebuild_recent_menu),
                             (menus.narration_toggled, self.narration.set_shown)):
            signal.connect(slot)
        self.narration.set_shown(menus.narration_action.isChecked())
        self.access = Accessibility(self)  # names, Tab chain, keys, focus ring, plot descriptions (issue 27)
        self.access.prepare()
        self._show_config(self.state.config)
        self._next_plot = -1
        self._message: QMessageBox | None = None
        self.redraw_timer = QTimer(self, interval=REDRAW_MS)
        self.redraw_timer.timeout.connect(self.refresh_plots)
        self.redraw_timer.start()
        self.show_status(translate("window", "Loading the training engine (torch)…"), 0)
        self.setMinimumSize(*WINDOW_FLOOR)
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            room = self.screen().availableGeometry()  # a fresh profile: what fits this screen, 1400×860 at most
            self.resize(min(1400, room.width()), min(860, room.height()))

    # -- construction ---------------------------------------------------------------------------------------
    def _build_plots(self) -> None:
        """The plots are built just after the window's first paint, like the engine is loaded after it."""
        built, self.sweeps = build_panels(self.state, self.stage, self.show_dropout_gap)
        self.panels.update(built)
        p = self.panels
        self.tabs.setUpdatesEnabled(False)
        for index, name in enumerate(TAB_TITLES):
            if name != "worked":  # already there: it needs no plots
                loading = self.tabs.widget(index)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, p[name], translated(TAB_TITLES[name]))
                loading.deleteLater()
        self.tabs.setUpdatesEnabled(True)
        self.reroll_shortcut = QAction(self, shortcut=QKeySequence("R"), enabled=False,
                                       triggered=p["augmentation"].reroll.click)  # in a menu
        self.texts.set(self.reroll_shortcut.setText, lambda: translate("window", "New augmentation examples"))
        self.addAction(self.reroll_shortcut)
        self.menus.run_menu.addAction(self.reroll_shortcut)
        self.tabs.currentChanged.connect(self._on_tab)
        sized_by_current_page(self.tabs)
        self.tabs.setCurrentIndex(0)
        self.plots_built = True
        appearance.apply(self, self.theme, appearance.PRESENTATION_SCALE if self.isFullScreen() else 1.0)
        self.set_log_y(self.menus.log_action.isChecked())
        self.set_show_test(self.menus.test_points_action.isChecked())
        self.access.prepare()

    def _panels_with(self, method: str) -> list:
        return [panel for panel in self.panels.values() if hasattr(panel, method)]

    # -- start-up and shutdown ------------------------------------------------------------------------------
    def start(self) -> None:
        """Build the plots and begin loading the engine (call after the first paint); the first run is built as
        soon as the engine is ready."""
        self.ensure_plots()
        self.state.engine.load_engine()
        self.state.engine.start(self.state.config, self.state.mode, play=False)

    def dragEnterEvent(self, event) -> None:  # a CSV dropped anywhere on the window: its points (data_files)
        if dropped_csv(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = dropped_csv(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.data_files.open_data(path)

    def closeEvent(self, event) -> None:
        if not self.files.may_close(event):  # a save is under way: the window closes once it is written
            return
        self.redraw_timer.stop()
        self.files.gif_timer.stop()
        self.state.engine.shutdown(timeout_ms=900)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("config", self.state.config.to_json())
        super().closeEvent(event)

    # -- views of the state ---------------------------------------------------------------------------------
    @Slot(object)
    def _show_config(self, config: ExperimentConfig) -> None:
        """Every control shows ``config`` (without emitting changes of its own)."""
        self.experiment.set_config(config)
        self.regularizers.set_config(config)
        if self.plots_built:
            self.panels["augmentation"].set_config(config)

    @Slot(object)
    def _on_run_started(self, info) -> None:
        for panel in self._panels_with("set_run"):
            panel.set_run(info)
        self.menus.show_counter(None)
        appearance.restyle_new_items(self)
        self.fit_controls()  # a race's box lists its variants: the dock as wide as they need
        QTimer.singleShot(0, self.access, self.access.prepare)  # a rebuilt panel's new controls, in a turn of its own

    @Slot(object)
    def _on_record(self, record) -> None:
        for panel in self._panels_with("on_record"):
            panel.on_record(record)
        self.menus.show_counter(record)

    @Slot(str)
    def _on_engine_state(self, state: str) -> None:
        if state == "paused" and self.state.mode is RunMode.FGSM and self.plots_built and self.state.step > 0:
            self.panels["fgsm"].training_stopped(finished=self.state.step >= self.state.config.training.steps)

    @Slot(object, int)
    def show_status(self, text: str, ms: int) -> None:
        self.status_line.show(text, ms)

    def _say_stopped(self, status: str, title: str, text: str) -> None:
        self.show_status(status, 0)
        self.show_message(title, text)

    @Slot()
    def refresh_plots(self, all_plots: bool = False) -> None:
        """Redraw the next plot of the current tab (all of them when asked). Painting is the window's main
        cost: one plot per tick keeps every event-loop turn short, so the window stays responsive."""
        plots = getattr(self.tabs.currentWidget(), "plots", [])
        if not plots:
            return  # nothing live is on screen
        if all_plots:
            for plot in plots:
                plot.refresh()
            return
        self._next_plot = (self._next_plot + 1) % len(plots)
        plots[self._next_plot].refresh()

    def current_view(self) -> QWidget:
        return self.tabs.currentWidget()

    def show_tab(self, name: str) -> None:
        self.ensure_plots()
        self.tabs.setCurrentWidget(self.panels[name])

    def ensure_plots(self) -> None:
        if not self.plots_built:
            self._build_plots()

    @Slot(int)
    def _on_tab(self, _index: int) -> None:
        """R resets the net, except on the augmentation tab, where it re-rolls the grid (Reset stays on the
        toolbar and in the menu)."""
        on_augmentation = self.tabs.currentWidget() is self.panels["augmentation"]
        self.menus.reset_action.setShortcut(QKeySequence() if on_augmentation else QKeySequence("R"))
        self.reroll_shortcut.setEnabled(on_augmentation)

    @Slot()
    def show_dropout_gap(self) -> None:
        """Dropout on (at the slider's p), beside a twin without it: the A/B view of the training tab."""
        self.state.set_value("model.dropout", self.regularizers.sliders["dropout"].value())
        self.state.set_compare(True)
        self.show_tab("training")

    def set_log_y(self, on: bool) -> None:
        if self.plots_built:
            self.panels["training"].set_log_y(on)

    def set_show_test(self, on: bool) -> None:
        if self.plots_built:
            self.panels["training"].set_show_test(on)

    def set_presentation(self, on: bool) -> None:
        """Full screen with fonts, lines and markers scaled for a projector."""
        with appearance.frozen(self):
            self.menus.presentation_action.setChecked(on)
            self.showFullScreen() if on else self.showNormal()
            appearance.apply(self, self.theme, appearance.PRESENTATION_SCALE if on else 1.0)
            self.fit_controls()

    def fit_controls(self) -> None:
        self.stage.fit_controls()

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.settings.setValue("theme", name)
        presentation = self.menus.presentation_action.isChecked()
        with appearance.frozen(self):
            appearance.apply(self, name, appearance.PRESENTATION_SCALE if presentation else 1.0)

    # -- messages -------------------------------------------------------------------------------------------
    @Slot(str, str)
    def show_message(self, title: str, text: str) -> None:
        """A window-modal box that does not block the event loop (training plots keep drawing behind it)."""
        self.show_box(title, text, QMessageBox.Icon.Warning)

    def show_box(self, title: str, text: str, icon: QMessageBox.Icon, rich: bool = False) -> None:
        if self._message is not None:
            self._message.close()
        self._message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self._message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)  # file names, titles
        self._message.open()
