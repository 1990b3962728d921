"""The notes' L2 and L1 cells, editable: change w, λ, X or y and every number is recomputed as you type
(core.content.worked, numpy: the window never needs torch)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (QBoxLayout, QFormLayout, QGroupBox, QLabel, QLayout, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.translatable import QT_TRANSLATE_NOOP
from ..texts import Retranslating
from ..translated import error_text

NOTES = {"w": "0.5", "lam": "0.1", "x": "1, 2, 3, 4", "y": "2, 4, 6, 8"}
translate = QCoreApplication.translate  # translate("WorkedExamplesPanel", "…"): lupdate reads the literal context


class WorkedExamplesPanel(Retranslating, QWidget):
    live_run = Signal(object)  # an ExperimentConfig: the notes' X and y, trained live (core.content.worked)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # minimumSizeHint below says how narrow

        inputs = QGroupBox()
        self.texts.put(inputs.setTitle, QT_TRANSLATE_NOOP("WorkedExamplesPanel",
                                                          "The notes' cell: one weight, y ≈ w·x"))
        form = QFormLayout(inputs)
        self.fields: dict[str, QLineEdit] = {}
        for key, text in (("w", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "weight w")),
                          ("lam", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "λ (regularization strength)")),
                          ("x", "X"), ("y", "y")):
            label = QLabel()
            self.texts.put(label.setText, text)
            edit = QLineEdit(NOTES[key])
            edit.setObjectName(f"worked_{key}")
            edit.textChanged.connect(self.recompute)
            self.fields[key] = edit
            label.setBuddy(edit)  # as addRow(text, field) sets it: a screen reader names the field by it
            form.addRow(label, edit)
        # Side by side where the width allows (on a projector, with a lesson's text under it, there is no room for a
        # column); one above the other where it does not (beside the control dock at 1024 px).
        self._boxes = (inputs,)
        self._top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addWidget(inputs, 1)
        layout.addLayout(top)

        results = QGroupBox()
        self.texts.put(results.setTitle, QT_TRANSLATE_NOOP("WorkedExamplesPanel",
                                                           "Computed by regviz's own penalty functions"))
        grid = QFormLayout(results)
        self.values: dict[str, QLabel] = {}
        for key, text in (("mse_notes", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "MSE as the notes compute it")),
                          ("l2_penalty", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "L2 penalty λ·w²")),
                          ("l2_total", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "MSE + L2 (the notes: 19.4)")),
                          ("l1_penalty", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "L1 penalty λ·|w|")),
                          ("l1_total", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "MSE + L1 (the notes: 19.425)")),
                          ("mse", QT_TRANSLATE_NOOP("WorkedExamplesPanel", "MSE pairing each x with its y"))):
            label = QLabel()
            self.texts.put(label.setText, text)
            value = QLabel("…")
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-size: 14pt; font-weight: bold;")
            self.values[key] = value
            label.setBuddy(value)
            grid.addRow(label, value)
        top.addWidget(results, 1)
        self._boxes = (inputs, results)

        self.gradient = QLabel()
        self.gradient.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #D55E00;")
        self.message.setWordWrap(True)
        why = QLabel()
        self.texts.put(why.setText, QT_TRANSLATE_NOOP(
            "WorkedExamplesPanel", "Why two MSEs? In the notes X is a column (shape 4×1) and y a row (shape 4), so "
                                   "numpy broadcasts y − X·w to a 4×4 table and averages all 16 differences: that "
                                   "gives 19.375. Pairing each x with its own y, as regression means, gives 16.875 "
                                   "at the notes' values. The penalties are the same either way."))
        why.setWordWrap(True)
        self.train_live = QPushButton()
        self.texts.put(self.train_live.setText, QT_TRANSLATE_NOOP(
            "WorkedExamplesPanel", "Train it live: the notes' X and y, y = w·x + b, with this λ"))
        self.train_live.setObjectName("worked_train_live")
        self.texts.put(self.train_live.setToolTip, QT_TRANSLATE_NOOP(
            "WorkedExamplesPanel", "A run on the notes' four points (preset notes-line) with L2 at the λ above: "
                                   "watch w go towards 2, or below it with the penalty"))
        self.train_live.clicked.connect(self._on_train_live)
        live = QLabel()
        self.texts.put(live.setText, QT_TRANSLATE_NOOP(
            "WorkedExamplesPanel", "The live run trains on the paired MSE (16.875 at w = 0.5, b = 0), as "
                                   "regression does; the notes' broadcast 19.375 stays above for comparison."))
        live.setWordWrap(True)
        for widget in (self.gradient, self.message, why, self.train_live, live):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.recompute()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the boxes one above the other: the window may be narrower than the two side by side."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        margins = layout.contentsMargins()
        width = max(box.minimumSizeHint().width() for box in self._boxes) + margins.left() + margins.right()
        height = hint.height()
        if self.width() > width and layout.hasHeightForWidth():
            # Its paragraphs wrapped at the width it has, not at their narrowest: at the narrowest they asked
            # for 130 px more than they take, and grew a 1024×768 projector's window to 864 px (lesson 2 step 1).
            height = min(height, layout.totalHeightForWidth(self.width()))
        return QSize(width, height)

    def resizeEvent(self, event) -> None:
        margins = self.layout().contentsMargins()
        needed = sum(box.minimumSizeHint().width() for box in self._boxes) + self._top.spacing() + \
            margins.left() + margins.right()
        want = QBoxLayout.Direction.LeftToRight if event.size().width() >= needed else QBoxLayout.Direction.TopToBottom
        if self._top.direction() != want:
            self._top.setDirection(want)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its minimum height follows its width (minimumSizeHint)

    @Slot()
    def _on_train_live(self) -> None:
        from ...core.config import ConfigError
        from ...core.content.worked import notes_run

        try:
            lam = float(self.fields["lam"].text())
            config = notes_run(lam)
        except (ValueError, ConfigError) as exc:
            self.message.setText(translate("WorkedExamplesPanel", "Not started: λ must be a number from 0 to 10 "
                                                                  "({reason}).").format(reason=error_text(exc)))
            return
        self.live_run.emit(config)

    @Slot()
    def recompute(self) -> None:
        from ...core.content.worked import penalty_example

        try:
            w = float(self.fields["w"].text())
            lam = float(self.fields["lam"].text())
            x = [float(v) for v in self.fields["x"].text().replace(";", ",").split(",") if v.strip()]
            y = [float(v) for v in self.fields["y"].text().replace(";", ",").split(",") if v.strip()]
            result = penalty_example(w, x, y, lam)
        except ValueError as exc:
            self.message.setText(translate("WorkedExamplesPanel", "Not a valid input ({reason}); the numbers shown "
                                                                  "are for the last valid one.").format(
                reason=error_text(exc)))
            return
        self.message.setText("")
        for key, label in self.values.items():
            label.setText(f"{result[key]:.6g}")
        self.texts.put(self.gradient.setText, QT_TRANSLATE_NOOP(
            "WorkedExamplesPanel", "What each penalty does to the gradient at w = {w:g}: L2 adds 2λw = {l2:.4g}, "
                                   "proportional to w, so big weights shrink fast and small ones barely move; L1 "
                                   "adds λ·sign(w) = {l1:.4g}, the same pull for every weight however small, which "
                                   "is why it drives weights to exactly zero. The data's own gradient here is "
                                   "{mse:.4g}.").format(w=w, l2=result["grad_l2"], l1=result["grad_l1"],
                                                        mse=result["grad_mse"]))
