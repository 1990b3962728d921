"""The main window: controls on the left, live plots in the middle, one training run behind them.

Data flows one way: the panels change ``self.config``; live keys go to the running net as commands, other keys
start a new run; records come back from the controller into plot buffers, and a 10 ms timer repaints one plot
per tick.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QDockWidget, QGridLayout, QLabel, QMainWindow, QMessageBox,
                               QScrollArea, QSlider, QStyle, QTabWidget, QToolBar, QVBoxLayout,
                               QWidget)

from ..core.content import lessons

from ..core.content import presets
from ..core.config import ConfigError, ExperimentConfig, is_live
from . import appearance, colours
from .files import FileActions
from .lesson_player import LessonPlayer
from .panels.experiment import ExperimentPanel
from .panels.regularizers import RegularizerPanel
from .local_engine import LocalEngine
from .panels.worked import WorkedExamplesPanel
from .training_controller import TrainingController

DEFAULT_PRESET = "overfit-2d"
REDRAW_MS = 10  # one plot per tick, round robin: each of the five redraws at 20 Hz and no tick paints them all
SPEEDS = (1, 3, 10, 30, 100, 300, None)  # steps per second; None = as fast as the machine goes
SHORTCUTS = (("Space", "Play / pause"), ("S / Right", "One training step"), ("R", "Reset: new net, same seed "
              "(on the Augmentation tab: draw new examples)"), ("B", "Compare with baseline on/off"),
             ("L", "Log-scale loss"), ("T", "Show test points"), ("PgDown / PgUp", "Lesson: next / previous step "
              "(what a presenter's remote sends)"), ("F11", "Presentation mode: full screen, large type"),
             ("Ctrl+O / Ctrl+S", "Open / save a session"), ("Ctrl+E", "Export the plots on this tab"),
             ("Ctrl+Q", "Quit"))
TAB_NAMES = {"training": "training_view", "augmentation": "augmentation_panel", "batchnorm": "bn_panel",
             "fgsm": "fgsm_panel", "dropout": "dropout_panel", "worked": "worked", "sweep": "sweep_panel"}


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("regviz — regularization, live")
        self.settings = settings or QSettings()
        self.config = self._restore_config()
        self.mode = "single"  # or 'baseline' (A/B with an unregularized twin) or 'batchnorm' (with/without BN)
        self.names: list[str] = ["main"]
        self.last_record = None
        self.history: dict[str, list[dict[str, float]]] = {}  # metric rows per net, for saved sessions
        self._restoring = None  # a session being opened: its metrics go into the plots when its run starts
        self._pending: dict[str, object] = {}
        self._message: QMessageBox | None = None
        self._next_plot = -1

        self.controller = TrainingController(self)
        self.controller.run_started.connect(self._on_run_started)
        self.controller.record.connect(self._on_record)
        self.controller.diverged.connect(self._on_diverged)
        self.controller.failed.connect(self._on_failed)
        self.controller.state_changed.connect(self._on_state)

        self.plots_built = False
        placeholder = QLabel("Loading plots…")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.local_engine = LocalEngine(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(placeholder, "Training")
        self.worked = WorkedExamplesPanel(self.local_engine)
        self.tabs.addTab(self.worked, "Worked examples")
        self.setCentralWidget(self.tabs)
        self.files = FileActions(self)
        self.controller.answer.connect(self.files.on_answer)
        self._build_controls()
        self.lessons = LessonPlayer(self)
        self._build_actions()
        self._show_config()
        self._flush_live = self._send_pending  # throttled once superqt is loaded (see _on_run_started)

        self.redraw_timer = QTimer(self)
        self.redraw_timer.setInterval(REDRAW_MS)
        self.redraw_timer.timeout.connect(self._on_redraw_tick)
        self.redraw_timer.start()
        self.statusBar().showMessage("Loading the training engine (torch)…")
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)

    # -- construction ---------------------------------------------------------------------------------------
    def _build_plots(self) -> None:
        """pyqtgraph takes ~0.7 s to import here (it materialises every Qt enum), so the plots are built just
        after the window's first paint, like the engine is loaded after it."""
        from .panels.augmentation import AugmentationPanel
        from .panels.batchnorm import BatchNormPanel
        from .panels.dropout import DropoutPanel
        from .panels.fgsm import FgsmPanel
        from .plots.boundary import BoundaryPanel
        from .plots.curves import CurvePlot
        from .plots.histogram import HistogramPlot
        from .plots.twin import NormSparsityPlot
        from .theme import configure_pyqtgraph

        configure_pyqtgraph()
        self.loss_plot = CurvePlot("Loss", "cross-entropy")
        self.accuracy_plot = CurvePlot("Accuracy", "share correct", legend_corner=(-8, -8))  # curves end high
        self.histogram = HistogramPlot()
        self.norms = NormSparsityPlot()
        self.boundary = BoundaryPanel()
        central = QWidget()
        grid = QGridLayout(central)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(self.loss_plot, 0, 0)
        grid.addWidget(self.accuracy_plot, 1, 0)
        grid.addWidget(self.histogram, 0, 1)
        grid.addWidget(self.norms, 1, 1)
        grid.addWidget(self.boundary, 0, 2, 2, 1)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        self._plot_grid = grid
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, central, "Training")
        self.training_view = central
        self.bn_panel = BatchNormPanel()
        self.bn_panel.start_requested.connect(self.start_batchnorm)
        self.tabs.insertTab(1, self.bn_panel, "Batch norm")
        self.fgsm_panel = FgsmPanel()
        self.fgsm_panel.start_requested.connect(self.start_fgsm)
        self.fgsm_panel.stop_requested.connect(self.controller.pause)
        self.fgsm_panel.ask.connect(self.controller.ask)
        self.controller.answer.connect(self.fgsm_panel.on_answer)
        self.tabs.insertTab(2, self.fgsm_panel, "FGSM")
        self.dropout_panel = DropoutPanel(self.local_engine)
        self.dropout_panel.compare_requested.connect(self.show_dropout_gap)
        self.tabs.insertTab(3, self.dropout_panel, "Dropout")
        self.augmentation_panel = AugmentationPanel(self.local_engine)
        self.augmentation_panel.changed.connect(self.on_change)
        self.augmentation_panel.set_config(self.config)
        self.tabs.insertTab(1, self.augmentation_panel, "Augmentation")
        from .panels.sweep import SweepPanel, SweepRunner

        self.sweep_panel = SweepPanel()
        self.sweep_panel.set_steps(self.config.training.steps)
        self.sweeps = SweepRunner(self, self.sweep_panel)
        self.tabs.insertTab(self.tabs.indexOf(self.worked), self.sweep_panel, "λ sweep")
        self.reroll_shortcut = QShortcut(QKeySequence("R"), self, activated=self.augmentation_panel.reroll.click)
        self.reroll_shortcut.setEnabled(False)
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.setCurrentIndex(0)
        self.plots_built = True
        appearance.apply(self, self.theme, appearance.PRESENTATION_SCALE if self.isFullScreen() else 1.0)
        self.loss_plot.set_log_y(self.log_action.isChecked())
        self.boundary.set_show_test(self.test_points_action.isChecked())

    def _build_controls(self) -> None:
        self.experiment = ExperimentPanel()
        self.experiment.changed.connect(self.on_change)
        self.experiment.preset_chosen.connect(self.load_preset)
        self.regularizers = RegularizerPanel()
        self.regularizers.changed.connect(self.on_change)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(self.regularizers)
        layout.addWidget(self.experiment)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(320)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        dock = QDockWidget("Controls", self)
        dock.setObjectName("controls")
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.controls_dock = dock

    def _action(self, text: str, slot, shortcuts=(), checkable: bool = False, enabled: bool = True) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        style = self.style()
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.play_action = self._action("Play", self.controller.toggle, ["Space"])
        self.play_action.setIcon(self._play_icon)
        self.step_action = self._action("Step", self.controller.step, ["S", "Right"])
        self.step_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.reset_action = self._action("Reset", self.reset, ["R"])
        self.reset_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.compare_action = self._action("Compare with baseline", self.set_compare, ["B"], checkable=True)
        self.log_action = self._action("Log-scale loss", self._set_log_y, ["L"], checkable=True)
        self.test_points_action = self._action("Show test points", self._set_show_test, ["T"], checkable=True)
        self.test_points_action.setChecked(True)
        self.open_action = self._action("Open session…", lambda: self.files.open_session())
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.save_action = self._action("Save session…", lambda: self.files.save_session())
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.weights_action = self._action("Include weights in saved sessions", lambda on: self.settings.setValue(
            "session_weights", on), checkable=True)
        self.weights_action.setChecked(self.settings.value("session_weights", True) in (True, "true"))
        self.quit_action = self._action("Quit", self.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.next_action = self._action("Next step", self.lessons.next, ["PgDown"])
        self.back_action = self._action("Previous step", self.lessons.back, ["PgUp"])
        self.presentation_action = self._action("Presentation mode", self.set_presentation, ["F11"],
                                                checkable=True)
        self.gif_action = self._action("Record animated GIF of this tab", self._toggle_gif, checkable=True)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for action in (self.open_action, self.save_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("Open recent")
        file_menu.addAction(self.weights_action)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu("Export")
        export_menu.addAction(self._action("Plots on this tab (PNG, SVG, CSV)…", lambda: self.files.export_plots(),
                                           ["Ctrl+E"]))
        export_menu.addAction(self._action("Window as PNG…", lambda: self.files.export_window()))
        export_menu.addAction(self.gif_action)
        export_menu.addAction(self._action("Experiment as a PyTorch script…", lambda: self.files.export_script()))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.rebuild_recent_menu()
        run_menu = menu.addMenu("&Run")
        for action in (self.play_action, self.step_action, self.reset_action, self.compare_action):
            run_menu.addAction(action)
        run_menu.addSeparator()
        run_menu.addAction(self._action("λ sweep…", lambda: self.show_tab("sweep")))
        lesson_menu = menu.addMenu("&Lessons")
        for name in lessons.names():
            title = lessons.load(name).title
            lesson_menu.addAction(self._action(title, lambda _=False, n=name: self.lessons.open_named(n)))
        lesson_menu.addSeparator()
        lesson_menu.addAction(self._action("Open a lesson file…", lambda: self.lessons.open_file()))
        lesson_menu.addAction(self.next_action)
        lesson_menu.addAction(self.back_action)
        view_menu = menu.addMenu("&View")
        view_menu.addAction(self.log_action)
        view_menu.addAction(self.test_points_action)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation_action)
        self.theme = self.settings.value("theme", "light")
        self.theme = self.theme if self.theme in appearance.THEMES else "light"
        themes = QActionGroup(self)
        for name, label in (("light", "Light theme (high contrast)"), ("dark", "Dark theme")):
            action = self._action(label, lambda _=False, n=name: self.set_theme(n), checkable=True)
            action.setChecked(name == self.theme)
            themes.addAction(action)
            view_menu.addAction(action)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self._action("Keyboard shortcuts", self.show_shortcuts))
        help_menu.addAction(self._action("About regviz", self.show_about))

        bar = QToolBar("Training")
        bar.setObjectName("training")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.play_action, self.step_action, self.reset_action):
            bar.addAction(action)
        bar.addSeparator()
        speed_label = bar.addWidget(QLabel(" Speed "))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setFixedWidth(140)
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed.valueChanged.connect(self._on_speed)
        speed_slider = bar.addWidget(self.speed)
        self.speed_label = QLabel(" max ")
        speed_value = bar.addWidget(self.speed_label)
        bar.addSeparator()
        self.compare_box = QCheckBox("Compare with baseline")
        self.compare_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.compare_box.setToolTip("Train an unregularized twin from the same initial weights on the same "
                                    "minibatches (dashed curves)")
        self.compare_box.toggled.connect(self.set_compare)
        compare = bar.addWidget(self.compare_box)
        # What classroom mode can hide on the toolbar (the lesson player reads this).
        self.toolbar_groups = {"speed": [speed_label, speed_slider, speed_value], "compare": [compare]}
        bar.addSeparator()
        self.counter = QLabel(" step 0 · epoch 0.0 ")
        self.counter.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.counter)
        self.addToolBar(bar)
        for button in bar.findChildren(QWidget):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- start-up and shutdown ------------------------------------------------------------------------------
    def start(self) -> None:
        """Build the plots and begin loading the engine (call after the first paint); the first run is built as
        soon as the engine is ready."""
        if not self.plots_built:
            self._build_plots()
        self.controller.load_engine()
        self.controller.start(self.config, self.mode, play=False)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self._show_state(state)
        trained = self.last_record.step if self.last_record is not None else 0
        if state == "paused" and self.mode == "fgsm" and self.plots_built and trained > 0:
            self.fgsm_panel.training_stopped(finished=trained >= self.config.training.steps)

    def closeEvent(self, event) -> None:
        self.redraw_timer.stop()
        self.files.gif_timer.stop()
        self.controller.shutdown(timeout_ms=900)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("config", self.config.to_json())
        super().closeEvent(event)

    def _restore_config(self) -> ExperimentConfig:
        saved = self.settings.value("config")
        if isinstance(saved, str):
            try:
                return ExperimentConfig.from_json(saved)
            except ConfigError:
                pass  # settings from another version: fall back to the default preset
        return presets.load(DEFAULT_PRESET)

    # -- changes --------------------------------------------------------------------------------------------
    @Slot(str, object)
    def on_change(self, key: str, value) -> None:
        """A control changed ``key``: validate, then apply live or start a new net, and say which."""
        try:
            updated = self.config.with_overrides({key: value})
        except ConfigError as exc:
            self.statusBar().showMessage(f"Not applied — {exc}", 8000)
            self._show_config()
            return
        if updated == self.config:
            return
        self.config = updated
        if is_live(key):
            self._pending[key] = value
            self._flush_live()
            self.statusBar().showMessage(f"{key} = {value} — applied to the running net", 4000)
        else:
            self._new_run(f"{key} changed — the net was reset")
        self._show_config()

    def _show_config(self) -> None:
        """Every control shows ``self.config`` (without emitting changes of its own)."""
        self.experiment.set_config(self.config)
        self.regularizers.set_config(self.config)
        if self.plots_built:
            self.augmentation_panel.set_config(self.config)

    def _send_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for key, value in pending.items():
            self.controller.send(key, value, self._variant_for(key))

    def _variant_for(self, key: str) -> str | None:
        """Which net of a pair a live change is for: the baseline stays unregularized, the standard net of the
        FGSM pair stays standard; everything else (learning rate, say) goes to both."""
        if self.mode == "baseline" and not key.startswith("training."):
            return "regularized"
        if self.mode == "fgsm" and key.startswith("regularization.adversarial."):
            return "adversarial"
        return None

    @Slot(str)
    def load_preset(self, name: str) -> None:
        try:
            self.config = presets.load(name)
        except ConfigError as exc:
            self.show_message("Preset", str(exc))
            return
        self._show_config()
        if self.mode in ("batchnorm", "fgsm"):  # a preset is one net (or one with its baseline), not a pair
            self.mode = "single"
            self.controller.set_activations(False)
        self._new_run(f"Preset {name}: {self.config.description}")

    def set_compare(self, on: bool) -> None:
        if bool(on) != (self.mode == "baseline"):
            self.set_mode("baseline" if on else "single",
                          "Comparing with an unregularized baseline (dashed)" if on else "Baseline off")

    def set_mode(self, mode: str, message: str, initial: tuple[dict, int] | None = None) -> None:
        """Start a new run of ``mode`` (see TrainingController.start); batch-norm mode also asks for
        per-layer activation statistics in every record. ``initial``: (weights, step) of a saved session."""
        self.mode = mode
        for widget in (self.compare_box, self.compare_action):
            widget.blockSignals(True)
            widget.setChecked(mode == "baseline")
            widget.blockSignals(False)
        self.controller.set_activations(mode == "batchnorm")
        self._new_run(message, initial)

    def reset(self) -> None:
        self._new_run("Reset — a new net from the same seed")

    @Slot(int)
    def _on_tab(self, _index: int) -> None:
        """R resets the net, except on the augmentation tab, where it re-rolls the grid (and Reset stays on the
        toolbar and in the menu)."""
        on_augmentation = self.tabs.currentWidget() is self.augmentation_panel
        self.reset_action.setShortcut(QKeySequence() if on_augmentation else QKeySequence("R"))
        self.reroll_shortcut.setEnabled(on_augmentation)

    @Slot()
    def start_batchnorm(self) -> None:
        """The deep preset, twice: with and without batch norm, same start, same minibatches."""
        self.config = presets.load("deep-batchnorm")
        self._show_config()
        self.set_mode("batchnorm", "Batch norm: the same deep net with (solid) and without (dashed) it")

    @Slot()
    def show_dropout_gap(self) -> None:
        """Dropout on (at the slider's p), beside a twin without it: the A/B view of the training tab."""
        self.on_change("model.dropout", self.regularizers.sliders["dropout"].value())
        self.set_compare(True)
        self.tabs.setCurrentWidget(self.training_view)

    @Slot()
    def start_fgsm(self) -> None:
        """MNIST, twice: a standard net and an adversarially trained one, trained to the preset's step count."""
        self.config = presets.load("mnist-fgsm")
        self._show_config()
        self.set_mode("fgsm", "FGSM: training a standard and an adversarially trained net")
        self.controller.play()

    def _new_run(self, message: str, initial: tuple[dict, int] | None = None) -> None:
        self._pending.clear()
        self.last_record = None
        self.controller.start(self.config, self.mode, initial=initial)
        self.statusBar().showMessage(message, 6000)

    # -- lessons, sessions, sweeps, appearance ---------------------------------------------------------------
    def tab_widget(self, name: str) -> QWidget:
        return getattr(self, TAB_NAMES[name])

    def show_tab(self, name: str) -> None:
        self.ensure_plots()
        self.tabs.setCurrentWidget(self.tab_widget(name))

    def ensure_plots(self) -> None:
        if not self.plots_built:
            self._build_plots()

    def train_for(self, steps: int) -> None:
        """Train ``steps`` more steps, then pause (a lesson's "train": N)."""
        self.controller.train_for(steps)
        self.statusBar().showMessage(f"Training {steps:,} steps…", 4000)

    def restore_session(self, saved) -> None:
        """A loaded session (core.session.Session): its config and mode, its curves, and its nets' weights
        (training goes on from the saved step); without weights the run starts again from its seed."""
        self.lessons.close()
        self.config = saved.config
        self._show_config()
        initial = (saved.weights, saved.step) if saved.weights else None
        self._restoring = saved if initial else None
        self.controller.pause()
        self.set_mode(saved.mode, f"Session {saved.config.name}: " + (
            f"step {saved.step:,}, weights restored" if initial else "no weights saved, trained again from its "
                                                                     "seed"), initial)

    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.files.recent():
            self.recent_menu.addAction(path, lambda p=path: self.files.open_session(p))
        self.recent_menu.setEnabled(bool(self.files.recent()))

    def set_presentation(self, on: bool) -> None:
        """Full screen with fonts, lines and markers scaled for a projector."""
        self.presentation_action.setChecked(on)
        self.showFullScreen() if on else self.showNormal()
        appearance.apply(self, self.theme, appearance.PRESENTATION_SCALE if on else 1.0)

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.settings.setValue("theme", name)
        appearance.apply(self, name, appearance.PRESENTATION_SCALE if self.presentation_action.isChecked() else 1.0)

    def _toggle_gif(self, on: bool) -> None:
        self.files.start_gif() if on else self.files.stop_gif()

    def visible_plot_items(self) -> list:
        """The pyqtgraph plots on the current tab (for export)."""
        import pyqtgraph as pg

        current = self.tabs.currentWidget()
        return [item for view in current.findChildren(pg.GraphicsView) if view.isVisible()
                for item in view.scene().items() if isinstance(item, pg.PlotItem)]

    @Slot(int)
    def _on_speed(self, index: int) -> None:
        speed = SPEEDS[index]
        self.speed_label.setText(" max " if speed is None else f" {speed}/s ")
        self.controller.set_speed(speed)

    # -- records --------------------------------------------------------------------------------------------
    @Slot(object)
    def _on_run_started(self, info) -> None:
        if self._flush_live == self._send_pending:
            from superqt.utils import qthrottled  # loaded with the engine, off the start-up path

            self._flush_live = qthrottled(self._send_pending, timeout=50)  # slider storms: ≤ 20 sends/s
        self.names = list(info.names)
        self.last_record = None
        self.history = {name: [] for name in self.names}
        from .plots.curves import SeriesSpec

        # With two variants, the second (baseline, or the net without batch norm) is dashed.
        suffix = {name: f" ({name})" if len(self.names) > 1 else "" for name in self.names}
        curves = [SeriesSpec(f"{split}:{name}", f"{split}{suffix[name]}", colour, dashed=i > 0)
                  for i, name in enumerate(self.names)
                  for split, colour in (("train", colours.TRAIN), ("test", colours.TEST))]
        penalties = [SeriesSpec(f"penalty:{name}", f"penalty λ·Σ{suffix[name]}", colours.PENALTY, width=1.5)
                     for name in self.names[:1]]
        # The shaded gap band belongs to the first (regularized or only) run.
        self.loss_plot.set_series(curves + penalties, band=(f"train:{self.names[0]}", f"test:{self.names[0]}"))
        self.accuracy_plot.set_series(curves)
        self.histogram.set_names(self.names if len(self.names) > 1 else ["weights"])
        self.norms.set_variants(self.names)
        self.boundary.setVisible(not info.is_image)
        self._plot_grid.setColumnStretch(2, 0 if info.is_image else 1)  # images: the curves take the room
        if not info.is_image:
            self.boundary.set_run(self.names, info.boundary_extent, info.train_points, info.train_labels,
                                  info.test_points, info.test_labels)
        self.bn_panel.set_run(info.names, len(info.config.model.hidden))
        self.fgsm_panel.set_run(info.names, info.config.training.steps)
        self.dropout_panel.set_run(info.config.model.dropout)
        self.counter.setText(" step 0 · epoch 0.0 ")
        self.sweep_panel.set_steps(info.config.training.steps)
        restoring, self._restoring = self._restoring, None
        if restoring is not None:  # a session's curves, before its nets go on training
            for name, rows in restoring.metrics.items():
                if name in self.history:
                    self.history[name] = list(rows)
                for row in rows:
                    for split in ("train", "test"):
                        if f"{split}:{name}" in self.loss_plot.buffers:
                            self.loss_plot.append(f"{split}:{name}", row["step"], row[f"{split}_loss"])
                            self.accuracy_plot.append(f"{split}:{name}", row["step"], row[f"{split}_accuracy"])
        appearance.restyle_new_items(self)
        if self.controller.state == "paused":
            self.statusBar().showMessage("Ready — press Space to train", 0)

    @Slot(object)
    def _on_record(self, record) -> None:
        from ..core.content.session import metrics_row

        self.last_record = record
        step = record.step
        for m in record.models:
            self.history.setdefault(m.name, []).append(metrics_row(record, m))
            self.loss_plot.append(f"train:{m.name}", step, m.train_loss)
            self.loss_plot.append(f"test:{m.name}", step, m.test_loss)
            if f"penalty:{m.name}" in self.loss_plot.buffers:
                self.loss_plot.append(f"penalty:{m.name}", step, m.l1_penalty + m.l2_penalty)
            self.accuracy_plot.append(f"train:{m.name}", step, m.train_accuracy)
            self.accuracy_plot.append(f"test:{m.name}", step, m.test_accuracy)
            self.histogram.set_data(m.name if len(self.names) > 1 else "weights", m.weight_edges, m.weight_hist)
            self.norms.append_variant(m.name, step, m.weight_l2, m.sparsity)
            if m.boundary is not None:
                self.boundary.set_grid(m.name, m.boundary)
        self.bn_panel.on_record(record)
        self.fgsm_panel.on_record(record)
        self.dropout_panel.on_record(record)
        if self.mode == "fgsm" and step >= self.config.training.steps and self.controller.state == "running":
            self.controller.pause()  # trained as far as the preset says; the panel measures the result
        self.counter.setText(f" step {step:,} · epoch {record.epoch:,.1f} ")

    def _set_log_y(self, on: bool) -> None:
        if self.plots_built:
            self.loss_plot.set_log_y(on)

    def _set_show_test(self, on: bool) -> None:
        if self.plots_built:
            self.boundary.set_show_test(on)

    @Slot()
    def refresh_plots(self, all_plots: bool = False) -> None:
        """Redraw the next plot with news (all of them when asked). Painting is the window's main cost: one
        plot per tick keeps every event-loop turn short, so the window stays responsive while training."""
        if not self.plots_built:
            return
        current = self.tabs.currentWidget()
        if current in (self.bn_panel, self.fgsm_panel):
            plots = current.plots
        elif current is self.training_view or all_plots:
            plots = [self.loss_plot, self.accuracy_plot, self.histogram, self.norms, self.boundary]
        else:
            return  # nothing live is on screen
        if all_plots:
            for plot in plots:
                plot.refresh()
            return
        self._next_plot = (self._next_plot + 1) % len(plots)
        plots[self._next_plot].refresh()

    @Slot()
    def _on_redraw_tick(self) -> None:
        self.refresh_plots()

    @Slot(object)
    def _on_diverged(self, record) -> None:
        text = (f"The loss diverged at step {record.step:,} (it became NaN or infinite) — lower the learning "
                "rate, then press R to reset.")
        self.statusBar().showMessage(text)
        self.show_message("Training paused", text)

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self.statusBar().showMessage(f"Training stopped: {text}")
        self.show_message("Training stopped", f"Training stopped with an error:\n\n{text}\n\nChange the "
                                               "settings and press R to start again.")

    def _show_state(self, state: str) -> None:
        running = state == "running"
        self.play_action.setText("Pause" if running else "Play")
        self.play_action.setIcon(self._pause_icon if running else self._play_icon)
        self.step_action.setEnabled(state == "paused")
        if running:
            self.statusBar().showMessage("Training — Space pauses", 3000)
        elif state == "paused":
            self.statusBar().showMessage("Paused — Space trains, S steps once", 0)

    def show_message(self, title: str, text: str) -> None:
        """A window-modal box that does not block the event loop (training plots keep drawing behind it)."""
        if self._message is not None:
            self._message.close()
        self._message = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        self._message.open()

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in SHORTCUTS)
        box = QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts", f"<table>{rows}</table>",
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self._message = box

    def show_about(self) -> None:
        from .. import __version__

        text = (f"<h3>regviz {__version__}</h3><p>See regularization in neural networks working, live.</p>"
                "<p>Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by Stefan van der "
                "Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).</p>")
        box = QMessageBox(QMessageBox.Icon.Information, "About regviz", text, QMessageBox.StandardButton.Ok, self)
        box.open()
        self._message = box
