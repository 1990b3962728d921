"""Small reusable controls."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget


class ValueSlider(QWidget):
    """A slider over [low, high] with its value printed beside it; linear, or logarithmic (λ spans five decades).
    Values are rounded to the 3 digits the label shows, so what the class reads is what the engine gets."""

    valueChanged = Signal(float)

    def __init__(self, low: float, high: float, value: float, *, log: bool = False, steps: int = 100,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._log = log
        self._low, self._high = (math.log10(low), math.log10(high)) if log else (low, high)
        self._steps = steps
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, steps)
        self.label = QLabel()
        self.label.setMinimumWidth(48)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.setValue(value)
        self.slider.valueChanged.connect(self._on_slider)

    def value(self) -> float:
        return self._to_value(self.slider.value())

    def setValue(self, value: float) -> None:
        scaled = math.log10(max(value, 1e-300)) if self._log else value
        fraction = min(max((scaled - self._low) / (self._high - self._low), 0.0), 1.0)
        self.slider.blockSignals(True)
        self.slider.setValue(round(fraction * self._steps))
        self.slider.blockSignals(False)
        self.label.setText(f"{self.value():.3g}")

    def _to_value(self, position: int) -> float:
        scaled = self._low + (self._high - self._low) * position / self._steps
        return float(f"{10 ** scaled if self._log else scaled:.3g}")

    def _on_slider(self, position: int) -> None:
        value = self._to_value(position)
        self.label.setText(f"{value:.3g}")
        self.valueChanged.emit(value)
