"""Small reusable controls."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSpinBox, QWidget

from ..core.config import FIELDS

STEPS_PER_DECADE = 20  # a log slider lands on 1, 10, 100 … exactly, and on 0.01-style values a preset uses


class ValueSlider(QWidget):
    """A slider over [low, high] with its value printed beside it; linear, or logarithmic (λ spans decades).
    Values are rounded to the 3 digits the label shows, so what the class reads is what the engine gets; a value
    set from a config (a preset's 0.05, say) is shown and kept exactly until the slider is moved."""

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
        self._fit_label()
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self._exact: float | None = None
        self.setValue(value)
        self.slider.valueChanged.connect(self._on_slider)

    @classmethod
    def for_field(cls, key: str, value: float | None = None, *, low: float | None = None,
                  resolution: float = 0.01) -> "ValueSlider":
        """A slider over the config field's own range (core.config.FIELDS), so it offers exactly what validation
        accepts. ``low``: a higher floor where 0 is a switch turned off; log fields start at their ``log_low``."""
        field = FIELDS[key]
        if field.log:
            low = low or field.log_low or field.low
            steps = round(math.log10(field.high / low) * STEPS_PER_DECADE)
        else:
            low = field.low if low is None else low
            steps = max(1, round((field.high - low) / resolution))
        return cls(low, field.high, low if value is None else value, log=field.log, steps=steps)

    def _fit_label(self) -> None:
        """Room for the widest value the label shows, in the current font (presentation mode scales it)."""
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("0.0001") + 4)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_label()
        super().changeEvent(event)

    def value(self) -> float:
        return self._exact if self._exact is not None else self._to_value(self.slider.value())

    def setValue(self, value: float) -> None:
        scaled = math.log10(max(value, 1e-300)) if self._log else value
        fraction = min(max((scaled - self._low) / (self._high - self._low), 0.0), 1.0)
        self.slider.blockSignals(True)
        self.slider.setValue(round(fraction * self._steps))
        self.slider.blockSignals(False)
        low, high = sorted((self._to_value(0), self._to_value(self._steps)))
        self._exact = float(f"{value:.3g}") if low <= value <= high else None
        self.label.setText(f"{self.value():.3g}")

    def _to_value(self, position: int) -> float:
        scaled = self._low + (self._high - self._low) * position / self._steps
        return float(f"{10 ** scaled if self._log else scaled:.3g}")

    def _on_slider(self, position: int) -> None:
        self._exact = None
        value = self._to_value(position)
        self.label.setText(f"{value:.3g}")
        self.valueChanged.emit(value)


def spin_for_field(key: str, on_change) -> QSpinBox:
    """A whole-number box over the config field's own range; one change when typing is done, not per digit."""
    field = FIELDS[key]
    spin = QSpinBox()
    spin.setRange(int(field.low), int(min(field.high, 2**31 - 1)))
    spin.setKeyboardTracking(False)
    spin.setToolTip(f"{field.label}: {int(field.low):,} … {int(field.high):,}")
    spin.valueChanged.connect(on_change)
    return spin


class LineStyleKey(QWidget):
    """A key drawn with real pens: a line sample in each style and the name it stands for (a race's variants),
    so a class matches a curve to its net by the line itself, not by a glyph in some font."""

    SAMPLE = 36  # sample length, pixels at normal type size

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[tuple[str, str]] = []  # (style, name)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        self.entries = list(entries)
        self.updateGeometry()
        self.update()

    def _scale(self) -> float:
        from . import appearance

        return appearance.line_scale()

    def sizeHint(self):
        from PySide6.QtCore import QSize

        metrics = self.fontMetrics()
        width = sum(self.SAMPLE * self._scale() + 24 + metrics.horizontalAdvance(name) for _, name in self.entries)
        return QSize(int(width), metrics.height() + 6)

    def minimumSizeHint(self):
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        from PySide6.QtGui import QColor, QPainter, QPen

        from . import appearance
        from .theme import LINE_STYLES  # pyqtgraph is loaded by now: this key lives on the plots' tab

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(appearance.foreground())
        metrics = self.fontMetrics()
        sample = self.SAMPLE * self._scale()
        x = (self.width() - self.sizeHint().width()) / 2
        middle = self.height() / 2
        for style, name in self.entries:
            pen = QPen(colour, 2.0 * self._scale())
            pen.setStyle(LINE_STYLES[style])
            painter.setPen(pen)
            painter.drawLine(int(x), int(middle), int(x + sample), int(middle))
            painter.setPen(colour)
            painter.drawText(int(x + sample + 6), int(middle + metrics.ascent() / 2 - 1), name)
            x += sample + 24 + metrics.horizontalAdvance(name)
        painter.end()
