"""The window's actions, menus, toolbar and help boxes: every command a teacher can give with a key or a click.
Each action calls the app state, the file actions or the lesson player, or asks the window through a signal;
nothing here holds state, and the window is reached only through ``MenuHost``."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QMenuBar, QMessageBox, QSlider, QStatusBar, QStyle, \
    QToolBar, QToolButton, QWidget

from ..core.content import lessons
from ..core.run.messages import RunMode
from ..core.translatable import QT_TRANSLATE_NOOP
from . import icons, language
from .language import LiveTexts, number
from .notebook_export import export_notebook
from .toolbar_fit import WordsWhereTheyFit
from .translated import translated

translate = QCoreApplication.translate  # every text here: translate("menus", "…") or QT_TRANSLATE_NOOP(…)

SPEEDS = (1, 3, 10, 30, 100, 300, None)  # steps per second; None = as fast as the machine goes
# Help ▸ Keyboard shortcuts: the keys as Qt names them (what the actions' shortcuts print), what each does.
SHORTCUTS = (
    ("Space", QT_TRANSLATE_NOOP("menus", "Play / pause")),
    ("S / Right", QT_TRANSLATE_NOOP("menus", "One training step")),
    ("R", QT_TRANSLATE_NOOP("menus", "Reset: new net, same seed (on the Augmentation tab: draw new examples)")),
    ("B", QT_TRANSLATE_NOOP("menus", "Compare with baseline on/off")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("menus", "Race up to four variants from one start")),
    ("L", QT_TRANSLATE_NOOP("menus", "Log-scale loss")),
    ("T", QT_TRANSLATE_NOOP("menus", "Show test points")),
    ("PgDown / PgUp", QT_TRANSLATE_NOOP("menus", "Lesson: next / previous step (what a presenter's remote sends)")),
    ("F11", QT_TRANSLATE_NOOP("menus", "Presentation mode: full screen, large type")),
    ("Ctrl+O / Ctrl+S", QT_TRANSLATE_NOOP("menus", "Open / save a session")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("menus", "Open data: a CSV of your own points (x1,x2,label, or x,y for a "
                                                "regression)")),
    ("Ctrl+Shift+C / Ctrl+Shift+V", QT_TRANSLATE_NOOP("menus", "Copy / paste the experiment as one line of text")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("menus", "Export the plots on this tab")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("menus", "Quit")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("menus", "Next / previous control (Enter presses a button or switches a box; "
                                                   "the arrows move a focused slider; typing goes to a focused field)")),
    ("Arrows, Enter, Delete", QT_TRANSLATE_NOOP("menus", "On the decision boundary (Tab to it): move the cursor, "
                                                         "add a point there (Ctrl+Enter: the other class), delete "
                                                         "the point under it")))


class MenuHost(Protocol):
    """What the menus need of the window: somewhere to put menus, a toolbar and window-wide shortcuts, and a
    way to show a box or a status line (a QMainWindow with MainWindow's two message methods)."""

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's names)

    def addToolBar(self, bar: QToolBar) -> None: ...  # noqa: N802

    def addAction(self, action: QAction) -> None: ...  # noqa: N802

    def style(self) -> QStyle: ...

    def show_box(self, title: str, text: str, icon: QMessageBox.Icon, rich: bool = False) -> None: ...

    def show_status(self, text: str, ms: int) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802: what the status line says now


class WindowMenus(QObject):
    """Builds the menu bar and the toolbar on ``host`` and keeps the play button and the compare switch in step
    with the app state (ui.state). What only the window can do is asked for by a signal."""

    log_toggled = Signal(bool)
    test_points_toggled = Signal(bool)
    presentation_toggled = Signal(bool)
    theme_chosen = Signal(str)
    tab_requested = Signal(str)
    race_requested = Signal()
    quit_requested = Signal()
    narration_toggled = Signal(bool)

    def __init__(self, state, files, lessons_player, host: MenuHost, settings: QSettings, theme: str):
        super().__init__(host if isinstance(host, QObject) else None)
        self.host, self.files, self.settings = host, files, settings
        self.state = state
        self.texts = texts = LiveTexts(host)  # every text here is set again when the language changes
        self._running = False
        self._record = None
        engine = state.engine
        self._play_icon, self._pause_icon = icons.icon("play"), icons.icon("pause")  # in the theme's text colour
        self.play_action = self._action(self._play_text, state.toggle, ["Space"])
        self.play_action.setIcon(self._play_icon)
        self.step_action = self._action(lambda: translate("menus", "Step"), state.step_once, ["S", "Right"])
        texts.set(self.play_action.setToolTip, lambda: translate("menus", "Train / pause (Space)"))
        texts.set(self.step_action.setToolTip, lambda: translate("menus", "Train one step (S)"))
        self.step_action.setIcon(icons.icon("step"))
        self.reset_action = self._action(lambda: translate("menus", "Reset"), state.reset, ["R"])
        texts.set(self.reset_action.setToolTip, lambda: translate("menus", "A new net from the same seed (R)"))
        self.reset_action.setIcon(icons.icon("reset"))
        self.compare_action = self._action(lambda: translate("menus", "Compare with baseline"), state.set_compare,
                                           ["B"], checkable=True)
        self.race_action = self._action(lambda: translate("menus", "Race up to four…"), self.race_requested,
                                        ["Ctrl+R"])
        # The toolbar's short name: the step counter must fit at 1024 px.
        texts.set(self.race_action.setIconText, lambda: translate("menus", "Race…"))
        texts.set(self.race_action.setToolTip, lambda: translate(
            "menus", "Train 2 to 4 variants of this experiment from one start, on the same minibatches (a line "
                     "style each)"))
        self.log_action = self._action(lambda: translate("menus", "Log-scale loss"), self.log_toggled, ["L"],
                                       checkable=True)
        self.test_points_action = self._action(lambda: translate("menus", "Show test points"),
                                               self.test_points_toggled, ["T"], checkable=True)
        self.test_points_action.setChecked(True)
        self.narration_action = self._action(lambda: translate("menus", "Narration under the plots"),
                                             self.narration_toggled, checkable=True)
        self.narration_action.setChecked(settings.value("narration", True) in (True, "true"))
        self.narration_action.toggled.connect(lambda on: settings.setValue("narration", on))
        self.open_action = self._action(lambda: translate("menus", "Open session…"), lambda: files.open_session())
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.save_action = self._action(lambda: translate("menus", "Save session…"), lambda: files.save_session())
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.weights_action = self._action(lambda: translate("menus", "Include weights in saved sessions"),
                                           lambda on: settings.setValue("session_weights", on), checkable=True)
        self.weights_action.setChecked(settings.value("session_weights", True) in (True, "true"))
        self.quit_action = self._action(lambda: translate("menus", "Quit"), self.quit_requested)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.next_action = self._action(lambda: translate("menus", "Next step"), lessons_player.next, ["PgDown"])
        self.back_action = self._action(lambda: translate("menus", "Previous step"), lessons_player.back, ["PgUp"])
        self.presentation_action = self._action(lambda: translate("menus", "Presentation mode"),
                                                self.presentation_toggled, ["F11"], checkable=True)
        self.lessons_player, self.theme = lessons_player, theme
        self.gif_action = self._action(lambda: translate("menus", "Record animated GIF of this tab"),
                                       lambda on: files.start_gif() if on else files.stop_gif(), checkable=True)
        self._build_menus()
        self._build_toolbar()
        engine.state_changed.connect(self.show_state)
        state.mode_changed.connect(self._on_mode)

    def _action(self, text, slot, shortcuts=(), checkable: bool = False) -> QAction:
        """An action whose text is ``text()`` in the window's language (a lesson's title: a plain str)."""
        action = QAction(self)
        if callable(text):
            self.texts.set(action.setText, text)
        else:
            action.setText(text)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.host.addAction(action)
        return action

    def _menu(self, parent, title) -> QMenu:
        menu = parent.addMenu("")
        self.texts.set(menu.setTitle, title)
        return menu

    def _build_menus(self) -> None:
        files, player = self.files, self.lessons_player
        menu = self.host.menuBar()
        file_menu = self._menu(menu, lambda: translate("menus", "&File"))
        for action in (self.open_action, self.save_action):
            file_menu.addAction(action)
        self.recent_menu = self._menu(file_menu, lambda: translate("menus", "Open recent"))
        file_menu.addAction(self.weights_action)
        file_menu.addAction(self._action(lambda: translate("menus", "Open data (CSV)…"),
                                         lambda: self.host.data_files.open_data(), ["Ctrl+Shift+O"]))
        file_menu.addSeparator()
        file_menu.addAction(self._action(lambda: translate("menus", "Copy experiment (one line)"),
                                         lambda: files.copy_experiment(), ["Ctrl+Shift+C"]))
        file_menu.addAction(self._action(lambda: translate("menus", "Paste experiment"),
                                         lambda: files.paste_experiment(), ["Ctrl+Shift+V"]))
        file_menu.addSeparator()
        export_menu = self._menu(file_menu, lambda: translate("menus", "Export"))
        export_menu.addAction(self._action(lambda: translate("menus", "Plots on this tab (PNG, SVG, CSV)…"),
                                           lambda: files.export_plots(), ["Ctrl+E"]))
        export_menu.addAction(self._action(lambda: translate("menus", "Window as PNG…"),
                                           lambda: files.export_window()))
        export_menu.addAction(self.gif_action)
        export_menu.addAction(self._action(lambda: translate("menus", "Training set as CSV…"),
                                           lambda: self.host.data_files.export_training_set()))
        export_menu.addAction(self._action(lambda: translate("menus", "Experiment as a PyTorch script…"),
                                           lambda: files.export_script()))
        export_menu.addAction(self._action(lambda: translate("menus", "Class predictions (CSV)…"),
                                           lambda: files.export_predictions()))
        export_menu.addAction(self._action(lambda: translate("menus", "Experiment as a notebook…"),
                                           lambda: export_notebook(self.host, files._folder())))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.rebuild_recent_menu()
        run_menu = self.run_menu = self._menu(menu, lambda: translate("menus", "&Run"))
        for action in (self.play_action, self.step_action, self.reset_action, self.compare_action,
                       self.race_action):
            run_menu.addAction(action)
        run_menu.addSeparator()
        run_menu.addAction(self._action(lambda: translate("menus", "λ sweep…"),
                                        lambda: self.tab_requested.emit("sweep")))
        lesson_menu = self._menu(menu, lambda: translate("menus", "&Lessons"))
        for name in lessons.names():  # each title in the window's language (the lesson's overlay, t2's words)
            english = lessons.load(name).title
            lesson_menu.addAction(self._action(lambda n=name, e=english: _lesson_title(n, e),
                                               lambda _=False, n=name: player.open_named(n)))
        lesson_menu.addSeparator()
        lesson_menu.addAction(self._action(lambda: translate("menus", "Open a lesson file…"),
                                           lambda: player.open_file()))
        lesson_menu.addAction(self.next_action)
        lesson_menu.addAction(self.back_action)
        view_menu = self._menu(menu, lambda: translate("menus", "&View"))
        view_menu.addAction(self.log_action)
        view_menu.addAction(self.test_points_action)
        view_menu.addAction(self.narration_action)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation_action)
        themes = QActionGroup(self)
        for name, label in (("light", lambda: translate("menus", "Light theme (high contrast)")),
                            ("dark", lambda: translate("menus", "Dark theme"))):
            action = self._action(label, lambda _=False, n=name: self.theme_chosen.emit(n), checkable=True)
            action.setChecked(name == self.theme)
            themes.addAction(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.language_menu = language.LanguageMenu(view_menu, self.settings, self.texts,
                                                   lambda text: self.host.show_status(text, 10000))
        help_menu = self._menu(menu, lambda: translate("menus", "&Help"))
        help_menu.addAction(self._action(lambda: translate("menus", "Keyboard shortcuts"), self.show_shortcuts))
        help_menu.addAction(self._action(lambda: translate("menus", "About regviz"), self.show_about))

    def _build_toolbar(self) -> None:
        texts = self.texts
        bar = QToolBar()
        texts.set(bar.setWindowTitle, lambda: translate("menus", "Training"))
        bar.setObjectName("training")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.play_action, self.step_action, self.reset_action):
            bar.addAction(action)
        # The step counter next to the buttons: what the class reads, so never in the overflow menu of a
        # projector's narrow window (the speed slider goes there first).
        self.counter = QLabel()
        texts.set(self.counter.setText, self._counter_text)
        self.counter.setObjectName("counter")  # bold, and scaled in presentation mode (appearance.NAMED_FONTS)
        bar.addWidget(self.counter)
        bar.addSeparator()
        label = QLabel()
        texts.set(label.setText, lambda: translate("menus", " Speed "))
        speed_label = bar.addWidget(label)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setFixedWidth(140)
        self.speed.valueChanged.connect(self._on_speed)
        speed_slider = bar.addWidget(self.speed)
        self.speed_label = QLabel()
        texts.set(self.speed_label.setText, self._speed_text)
        speed_value = bar.addWidget(self.speed_label)
        bar.addSeparator()
        self.compare_box = QCheckBox()
        texts.set(self.compare_box.setText, lambda: translate("menus", "Compare with baseline"))
        texts.set(self.compare_box.setToolTip, lambda: translate(
            "menus", "Train an unregularized twin from the same initial weights on the same minibatches (dashed "
                     "curves)"))
        self.compare_box.toggled.connect(self.state.set_compare)
        compare = bar.addWidget(self.compare_box)
        race_button = QToolButton()
        race_button.setDefaultAction(self.race_action)
        race = bar.addWidget(race_button)
        # What classroom mode can hide on the toolbar (the lesson player reads this).
        self.toolbar_groups = {"speed": [speed_label, speed_slider, speed_value], "compare": [compare, race]}
        self.host.addToolBar(bar)
        self.toolbar_fit = WordsWhereTheyFit(bar)
        for widget in bar.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to Play/Pause

    def rebuild_recent_menu(self) -> None:
        files = self.files
        self.recent_menu.clear()
        for path in files.recent():
            self.recent_menu.addAction(path, lambda p=path: files.open_session(p))
        self.recent_menu.setEnabled(bool(files.recent()))

    def _counter_text(self) -> str:
        step, epoch = (0, 0.0) if self._record is None else (self._record.step, self._record.epoch)
        return translate("menus", " step {step} · epoch {epoch} ").format(step=number(step), epoch=number(epoch, 1))

    def show_counter(self, record) -> None:
        """The toolbar's step and epoch (``None``: a new run's 0)."""
        self._record = record
        self.counter.setText(self._counter_text())

    def _speed_text(self) -> str:
        speed = SPEEDS[self.speed.value()]
        return translate("menus", " max ") if speed is None else translate("menus", " {speed}/s ").format(
            speed=number(speed))

    @Slot(int)
    def _on_speed(self, index: int) -> None:
        self.speed_label.setText(self._speed_text())
        self.state.engine.set_speed(SPEEDS[index])

    @Slot(object)
    def _on_mode(self, mode: RunMode) -> None:
        for widget in (self.compare_box, self.compare_action):
            widget.blockSignals(True)
            widget.setChecked(mode is RunMode.BASELINE)
            widget.blockSignals(False)

    def _play_text(self) -> str:
        return translate("menus", "Pause") if self._running else translate("menus", "Play")

    @Slot(str)
    def show_state(self, state: str) -> None:
        self._running = running = state == "running"
        self.play_action.setText(self._play_text())
        self.play_action.setIcon(self._pause_icon if running else self._play_icon)
        self.step_action.setEnabled(state == "paused")
        if running:
            self.host.show_status(translate("menus", "Training — Space pauses"), 3000)
        elif state == "paused":  # marked: said again in a new language while it holds the line
            self.host.show_status(QT_TRANSLATE_NOOP("menus", "Paused — Space trains, S steps once"), 0)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{translated(v)}</td></tr>" for k, v in SHORTCUTS)
        self.host.show_box(translate("menus", "Keyboard shortcuts"), f"<table>{rows}</table>",
                           QMessageBox.Icon.Information, rich=True)

    def show_about(self) -> None:
        from .. import __version__

        text = translate("menus", "<h3>regviz {version}</h3><p>See regularization in neural networks working, live."
                                  "</p><p>Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by "
                                  "Stefan van der Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).</p>"
                         ).format(version=__version__)
        self.host.show_box(translate("menus", "About regviz"), text, QMessageBox.Icon.Information, rich=True)


def _lesson_title(name: str, english: str) -> str:
    """A shipped lesson's title in the window's language; ``english`` when it cannot be read (a broken overlay:
    opening the lesson says what is wrong)."""
    try:
        return lessons.load(name, language.lesson_language()).title
    except lessons.LessonError:
        return english
