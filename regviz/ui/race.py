"""Racing up to four variants in the window: the dialog that names them and the control box that says which one
the sliders change (core.run.race holds what a race is; ui.state runs it)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..core.config import ConfigError
from ..core.run.messages import RunMode, baseline_of
from ..core.run.race import MAX_VARIANTS, READY_MADE, STYLE_GLYPHS, STYLES, format_variant, parse_race, race_configs
from ..core.translatable import QT_TRANSLATE_NOOP
from .language import LiveTexts
from .translated import error_text, translated

translate = QCoreApplication.translate  # every sentence here: translate("race", "…")
STYLE_NAMES = {"solid": QT_TRANSLATE_NOOP("race", "solid"), "dashed": QT_TRANSLATE_NOOP("race", "dashed"),
               "dotted": QT_TRANSLATE_NOOP("race", "dotted"), "dashdot": QT_TRANSLATE_NOOP("race", "dash-dot")}


class RaceDialog(QDialog):
    """Two to four lines ``NAME:KEY=VALUE,…``, started from a ready-made race; a bad line is named in the dialog
    and nothing starts."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(translate("race", "Race up to four variants"))  # made anew each time: no LiveTexts
        intro = QLabel(translate("race", "Each variant trains from the same initial weights on the same minibatches; "
                                         "only its settings differ. Write each as NAME:KEY=VALUE,… (NAME: alone is the "
                                         "experiment as it is). A line style tells them apart on every plot."))
        intro.setWordWrap(True)
        self.ready_made = QComboBox()
        self.ready_made.addItems(READY_MADE)
        self.ready_made.activated.connect(lambda i: self.fill(READY_MADE[self.ready_made.itemText(i)]))
        form = QFormLayout()
        form.addRow(translate("race", "Ready-made"), self.ready_made)
        self.lines = [QLineEdit() for _ in range(MAX_VARIANTS)]
        for line, style in zip(self.lines, STYLES):
            line.setMinimumWidth(420)
            form.addRow(translated(STYLE_NAMES[style]) + " " + STYLE_GLYPHS[style], line)
        self.plain = QCheckBox(translate("race", "Every regularizer off, except what a variant sets"))
        self.plain.setToolTip(translate("race", "Race from the unregularized experiment (L1, L2, weight decay, dropout, "
                                                "augmentation and adversarial training off), so 'none' means none and "
                                                "'l2' means L2 alone"))
        self.plain.setChecked(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # quotes the lines, which a session may have filled
        self.error.setStyleSheet("color: #B00020; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(translate("race", "Start the race"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.plain)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        current = [format_variant(name, settings) for name, settings in state.race]
        self.fill(current or READY_MADE[self.ready_made.itemText(0)])

    def fill(self, texts) -> None:
        for line, text in zip(self.lines, [*texts, *[""] * MAX_VARIANTS]):
            line.setText(text)
        self.error.clear()

    def start(self) -> None:
        config = baseline_of(self.state.config) if self.plain.isChecked() else self.state.config
        try:
            race = parse_race([line.text() for line in self.lines if line.text().strip()])
            race_configs(config, race)
        except ConfigError as exc:
            self.error.setText(error_text(exc))
            return
        self.state.start_race(race, config)
        self.accept()


class RaceBox(QGroupBox):
    """Shown while a race runs: which variant the controls change (they show its settings) and End race."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.dialog: RaceDialog | None = None
        texts = LiveTexts(self)
        texts.set(self.setTitle, lambda: translate("race", "Race"))
        self.target = QComboBox()
        texts.set(self.target.setToolTip, lambda: translate(
            "race", "The variant the sliders and boxes below change; 'every variant' sets a value for all of them"))
        texts.set(lambda text: self.target.count() and self.target.setItemText(0, text), _every)
        self.target.activated.connect(lambda i: state.set_target(self.target.itemData(i)))
        self.end = QPushButton()
        texts.set(self.end.setText, lambda: translate("race", "End race"))
        texts.set(self.end.setToolTip, lambda: translate("race", "Back to one net with the experiment's shared "
                                                                 "settings"))
        self.end.clicked.connect(lambda: state.replace(state.config, RunMode.SINGLE,
                                                       translate("race", "Race ended: one net")))
        form = QFormLayout(self)
        changes = QLabel()
        texts.set(changes.setText, lambda: translate("race", "Changes go to"))
        changes.setBuddy(self.target)
        form.addRow(changes, self.target)
        form.addRow("", self.end)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setVisible(False)
        state.race_changed.connect(self.show_race)

    def open_dialog(self) -> None:
        """Name up to four variants of the experiment and race them (window-modal; the plots keep drawing)."""
        self.dialog = RaceDialog(self.state, self.window())
        self.dialog.open()

    def show_race(self, race, target) -> None:
        self.target.clear()
        self.target.addItem(_every(), None)
        for (name, _settings), style in zip(race, STYLES):
            self.target.addItem(f"{name} {STYLE_GLYPHS[style]}", name)
        self.target.setCurrentIndex(max(0, self.target.findData(target)) if target is not None else 0)
        self.setVisible(bool(race))
        self.target.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to Play/Pause


def _every() -> str:
    return translate("race", "every variant")
