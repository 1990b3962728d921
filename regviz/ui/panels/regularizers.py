"""One row per technique: a switch, its strength, and one line saying what it does, with its formula.

A thin view over the config: it emits ``changed(key, value)`` and never decides what a change means (the window
sends live keys to the running net and resets for the rest).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from ...core.config import ONE_D_SETS, TWO_D_SETS, ExperimentConfig, task_of
from ...core.translatable import QT_TRANSLATE_NOOP
from ..texts import Retranslating
from ..widgets import ValueSlider

ROWS = {
    # name: (title, explanation), marked for translation
    "l2": (QT_TRANSLATE_NOOP("RegularizerPanel", "L2  λ Σ w²"),
           QT_TRANSLATE_NOOP("RegularizerPanel", "Pulls every weight towards 0 in proportion to its size "
                                                 "(gradient 2λw): weights shrink.")),
    "l1": (QT_TRANSLATE_NOOP("RegularizerPanel", "L1  λ Σ |w|"),
           QT_TRANSLATE_NOOP("RegularizerPanel", "The same pull for every weight, however small (λ·sign w): "
                                                 "unhelpful weights become exactly 0.")),
    "dropout": (QT_TRANSLATE_NOOP("RegularizerPanel", "Dropout  p"),
                QT_TRANSLATE_NOOP("RegularizerPanel", "Each training step silences a random share p of hidden "
                                                      "units (kept ones ×1/(1−p)); all are on at test time.")),
    "batchnorm": (QT_TRANSLATE_NOOP("RegularizerPanel", "Batch norm"),
                  QT_TRANSLATE_NOOP("RegularizerPanel", "BN(x) = γ·(x − μ)/√(σ² + ε) + β over the batch, "
                                                        "before each nonlinearity: keeps deep nets' signals at "
                                                        "scale. Resets the net.")),
    "augmentation": (QT_TRANSLATE_NOOP("RegularizerPanel", "Augmentation"),
                     QT_TRANSLATE_NOOP("RegularizerPanel", "Trains on randomly flipped, rotated, cropped, "
                                                           "recoloured copies (images only): more data for free.")),
    "adversarial": (QT_TRANSLATE_NOOP("RegularizerPanel", "Adversarial  ε"),
                    QT_TRANSLATE_NOOP("RegularizerPanel", "Also trains on x + ε·sign(∇ₓ loss), the FGSM images "
                                                          "that fool the net; the mix weight sets their share.")),
}


def _line(name: QWidget, value: QWidget) -> QHBoxLayout:
    """A switch (or a name) and its value, the value at the right: each row as wide as its own two need."""
    line = QHBoxLayout()
    line.addWidget(name)
    line.addStretch(1)
    line.addWidget(value)
    return line


class RegularizerPanel(Retranslating, QGroupBox):
    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.texts.put(self.setTitle, QT_TRANSLATE_NOOP("RegularizerPanel", "Regularizers"))
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.switches: dict[str, QCheckBox] = {}
        self.rows: dict[str, list[QWidget]] = {}  # every widget of a technique's row (classroom mode hides rows)
        self.sliders: dict[str, ValueSlider] = {
            # 0 is the switch turned off, so a switched-on slider starts one notch above it.
            # Each value beside its switch, each slider on the whole line under them (its travel: the dock's width).
            "l2": ValueSlider.for_field("regularization.l2", 0.01, field_apart=True),
            "l1": ValueSlider.for_field("regularization.l1", 0.001, field_apart=True),
            "dropout": ValueSlider.for_field("model.dropout", 0.5, low=0.01, field_apart=True),
            "adversarial": ValueSlider.for_field("regularization.adversarial.epsilon", 0.2, low=0.01,
                                                 field_apart=True),
            "adversarial_weight": ValueSlider.for_field("regularization.adversarial.weight", 0.5, field_apart=True),
        }
        row = 0
        for name, (title, text) in ROWS.items():
            switch = QCheckBox()
            self.texts.put(switch.setText, title)
            switch.setObjectName(f"switch_{name}")
            switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to Play/Pause
            self.switches[name] = switch
            self.rows[name] = [switch]
            if name in self.sliders:  # the value on the switch's line, the slider on the whole line under them
                grid.addLayout(_line(switch, self.sliders[name].label), row, 0, 1, 2)
                grid.addWidget(self.sliders[name], row + 1, 0, 1, 2)
                self.rows[name] += [self.sliders[name].label, self.sliders[name]]
                row += 1
            else:
                grid.addWidget(switch, row, 0, 1, 2)
            explanation = QLabel()
            self.texts.put(explanation.setText, text)
            explanation.setWordWrap(True)
            explanation.setObjectName("explanation")
            grid.addWidget(explanation, row + 1, 0, 1, 2)
            self.rows[name].append(explanation)
            row += 2
            if name == "adversarial":
                mix = QLabel()
                self.texts.put(mix.setText, QT_TRANSLATE_NOOP("RegularizerPanel", "mix weight"))
                weight = self.sliders["adversarial_weight"]
                grid.addLayout(_line(mix, weight.label), row, 0, 1, 2)
                grid.addWidget(weight, row + 1, 0, 1, 2)
                self.rows[name] += [mix, weight.label, weight]
                row += 2
            switch.toggled.connect(lambda _on, n=name: self._emit(n))
        for name, slider in self.sliders.items():
            slider.setObjectName(f"slider_{name}")
            row_text = ROWS["adversarial" if name == "adversarial_weight" else name][1]
            self.texts.put(slider.slider.setToolTip, QT_TRANSLATE_NOOP(
                "RegularizerPanel", "{explanation} Drag, or click it and use ← →; type an exact value in the "
                                    "field.").format(explanation=row_text))
            slider.slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # arrows step it once clicked; never Tab-ed to
            row_name = "adversarial" if name == "adversarial_weight" else name
            slider.valueChanged.connect(lambda _v, n=row_name: self._on_slider(n))

    def show_only(self, names: set[str] | None) -> None:
        """Classroom mode: show just these techniques' rows (None: all of them)."""
        for name, widgets in self.rows.items():
            for widget in widgets:
                widget.setVisible(names is None or name in names)

    def _on_slider(self, name: str) -> None:
        if self.switches[name].isChecked():
            self._emit(name)

    def _emit(self, name: str) -> None:
        on = self.switches[name].isChecked()
        if name in ("l1", "l2"):
            self.changed.emit(f"regularization.{name}", self.sliders[name].value() if on else 0.0)
        elif name == "dropout":
            self.changed.emit("model.dropout", self.sliders[name].value() if on else 0.0)
        elif name == "batchnorm":
            self.changed.emit("model.batchnorm", on)
        elif name == "augmentation":
            self.changed.emit("regularization.augmentation.enabled", on)
        elif name == "adversarial":
            self.changed.emit("regularization.adversarial.weight", self.sliders["adversarial_weight"].value())
            self.changed.emit("regularization.adversarial.epsilon", self.sliders[name].value() if on else 0.0)

    def set_config(self, cfg: ExperimentConfig) -> None:
        """Show ``cfg`` without emitting anything."""
        reg = cfg.regularization
        values = {"l2": reg.l2, "l1": reg.l1, "dropout": cfg.model.dropout, "adversarial": reg.adversarial.epsilon}
        for name, value in values.items():
            self._set_switch(name, value > 0)
            if value > 0:
                self.sliders[name].setValue(value)
        self.sliders["adversarial_weight"].setValue(reg.adversarial.weight)
        self._set_switch("batchnorm", cfg.model.batchnorm)
        self._set_switch("augmentation", reg.augmentation.enabled)
        images = cfg.data.name not in TWO_D_SETS + ONE_D_SETS
        self.switches["augmentation"].setEnabled(images)
        self.texts.put(self.switches["augmentation"].setToolTip, "" if images else QT_TRANSLATE_NOOP(
            "RegularizerPanel", "Augmentation works on images: pick MNIST"))
        classes = task_of(cfg.data) == "classification"  # adversarial examples cross a class boundary
        self.switches["adversarial"].setEnabled(classes)
        self.texts.put(self.switches["adversarial"].setToolTip, "" if classes else QT_TRANSLATE_NOOP(
            "RegularizerPanel", "Adversarial training applies to classification"))

    def _set_switch(self, name: str, on: bool) -> None:
        switch = self.switches[name]
        switch.blockSignals(True)
        switch.setChecked(on)
        switch.blockSignals(False)
