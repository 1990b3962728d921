"""Small reusable controls."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QSlider, QSpinBox, QStyle, QWidget

from ..core.config import FIELDS
from .language import LiveTexts, number
from .translated import translated

translate = QCoreApplication.translate  # every text here: translate("widgets", "…")

STEPS_PER_DECADE = 30  # a log slider's mouse positions per decade; it lands on 1, 10, 100 … exactly
MIN_TRAVEL = 120  # pixels: the shortest slider a class can drag with any precision (issue 21)
MIN_PER_DECADE = 25  # pixels a log slider gives each decade, so a drag of a few pixels is not a factor of ten
NICE = (1.0, 2.0, 5.0)  # a log slider's keyboard steps within each decade


def empty_layout(layout) -> None:
    """Every item out of ``layout``, its widgets kept for a new arrangement. ``removeWidget`` deletes a widget's
    item; an item ``takeAt`` returns stays the widget's registered one, and the item of its next layout then
    never hears that the widget changed: the prediction box kept its strip height (76 px) in the sidebar, where
    its German reveal needed 174."""
    while layout.count():
        item = layout.itemAt(0)
        if item.widget() is not None:
            layout.removeWidget(item.widget())
        else:
            layout.removeItem(item)  # a nested layout (kept by its owner) or a spacer


def nice_neighbour(value: float, up: bool) -> float:
    """The next of 1, 2, 5 × 10ⁿ strictly above (or below) ``value``."""
    exponent = math.floor(math.log10(value))
    candidates = [m * 10.0 ** e for e in (exponent - 1, exponent, exponent + 1) for m in NICE]
    candidates = [float(f"{c:.3g}") for c in candidates]
    if up:
        return min(c for c in candidates if c > value * (1 + 1e-9))
    return max(c for c in candidates if c < value * (1 - 1e-9))


class _Slider(QSlider):
    """The slider inside a ValueSlider: on a log scale the arrow keys step 1–2–5 within each decade and Page
    Up/Down a whole decade (the owner does the stepping, so each lands exactly on its value)."""

    def __init__(self, owner: "ValueSlider"):
        super().__init__(Qt.Orientation.Horizontal)
        self._owner = owner

    _KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
             Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)

    def event(self, event) -> bool:
        """While it has keyboard focus the slider takes its keys before the window's shortcuts (→ is Step
        otherwise); S, Space and the rest stay the window's."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self._KEYS and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        keys = {Qt.Key.Key_Right: (True, 1), Qt.Key.Key_Up: (True, 1), Qt.Key.Key_Left: (False, 1),
                Qt.Key.Key_Down: (False, 1), Qt.Key.Key_PageUp: (True, 3), Qt.Key.Key_PageDown: (False, 3)}
        if self._owner._log and event.key() in keys:
            self._owner.step_nice(*keys[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


class ValueSlider(QWidget):
    """A slider over [low, high] with its value beside it in a field one can type into; linear, or logarithmic
    (λ spans decades). Values are rounded to the 3 digits the field shows, so what the class reads is what the
    engine gets; a value set from a config (a preset's 0.05, say) or typed is shown and kept exactly until the
    slider is moved. The slider is never shorter than MIN_TRAVEL, nor MIN_PER_DECADE per decade.
    ``field_apart``: the caller lays out the value field (``label``) itself, e.g. on the line above, beside the
    control's name, so the slider can take a whole line of a narrow dock."""

    valueChanged = Signal(float)

    def __init__(self, low: float, high: float, value: float, *, log: bool = False, steps: int = 100,
                 field_apart: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._log = log
        self._low, self._high = (math.log10(low), math.log10(high)) if log else (low, high)
        self._steps = steps
        self._widest: dict[str, int] = {}  # font -> the widest value text's width (_fit_label)
        self.slider = _Slider(self)
        self.slider.setRange(0, steps)
        travel = MIN_PER_DECADE * (self._high - self._low) if log else 0
        self.slider.setMinimumWidth(max(MIN_TRAVEL, math.ceil(travel)))
        self.label = QLineEdit()  # the value, typed or shown (named ``label`` as it always was)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        low, high = f"{self._to_value(0):g}", f"{self._to_value(steps):g}"
        LiveTexts(self).set(self.label.setToolTip, lambda: translate(
            "widgets", "Type a value from {low} to {high}, then Enter").format(low=low, high=high))
        self.label.editingFinished.connect(self._on_typed)
        self._fit_label()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if field_apart:  # the caller lays out ``label`` (beside the switch, say); the slider fills this widget
            layout.addWidget(self.slider, 0, 0)
        else:
            layout.addWidget(self.slider, 0, 0)
            layout.addWidget(self.label, 0, 1)
            layout.setColumnStretch(0, 1)
        self._exact: float | None = None
        self.setValue(value)
        self.slider.valueChanged.connect(self._on_slider)

    @classmethod
    def for_field(cls, key: str, value: float | None = None, *, low: float | None = None,
                  resolution: float = 0.01, **layout) -> "ValueSlider":
        """A slider over the config field's own range (core.config.FIELDS), so it offers exactly what validation
        accepts. ``low``: a higher floor where 0 is a switch turned off; log fields start at their ``log_low``.
        ``layout``: ``field_apart=True`` (see the constructor)."""
        field = FIELDS[key]
        if field.log:
            low = low or field.log_low or field.low
            steps = round(math.log10(field.high / low) * STEPS_PER_DECADE)
        else:
            low = field.low if low is None else low
            steps = max(1, round((field.high - low) / resolution))
        slider = cls(low, field.high, low if value is None else value, log=field.log, steps=steps, **layout)
        slider.setObjectName(key)
        return slider

    def sizeHint(self):
        """No wider than its minimum: the control dock is as wide as its rows' hints, and the plots need the rest
        (a slider stretches when the dock has room)."""
        return self.minimumSizeHint()

    def _fit_label(self) -> None:
        """Room for the widest value the slider can show, in the current font (presentation mode scales it)."""
        frame = 2 * self.label.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self.label)
        font = self.label.font().key()
        widest = self._widest.get(font)
        if widest is None:  # measured once per font: every position's text, at each theme or presentation switch
            metrics = self.label.fontMetrics()
            texts = {f"{self._to_value(p):.3g}" for p in range(self._steps + 1)}
            widest = self._widest[font] = max(metrics.horizontalAdvance(text) for text in texts)
        self.label.setFixedWidth(widest + frame + 6)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_label()
        if event.type() == QEvent.Type.LanguageChange and not self.label.hasFocus():
            self.label.setText(_shown(self.value()))  # the language's decimal sign
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
        self.label.setText(_shown(self.value()))

    def step_nice(self, up: bool, steps: int = 1) -> None:
        """``steps`` of the 1–2–5 sequence up or down (a log slider's keys), kept inside the slider's range."""
        value = self.value()
        for _ in range(steps):
            value = nice_neighbour(value, up)
        low, high = self._to_value(0), self._to_value(self._steps)
        self._set_and_emit(min(max(value, low), high))

    def _set_and_emit(self, value: float) -> None:
        before = self.value()
        self.setValue(value)
        if self.value() != before:
            self.valueChanged.emit(self.value())

    def _on_typed(self) -> None:
        """A typed value inside the range is taken as typed (3 digits); anything else puts back the value."""
        try:
            value = float(self.label.text().strip().replace(",", "."))
        except ValueError:
            value = math.nan
        low, high = self._to_value(0), self._to_value(self._steps)
        if math.isfinite(value) and low <= value <= high:
            self._set_and_emit(value)
        else:
            self.label.setText(_shown(self.value()))
        self.label.clearFocus()  # Space and the other keys belong to the window again

    def _to_value(self, position: int) -> float:
        scaled = self._low + (self._high - self._low) * position / self._steps
        return float(f"{10 ** scaled if self._log else scaled:.3g}")

    def _on_slider(self, position: int) -> None:
        self._exact = None
        value = self._to_value(position)
        self.label.setText(_shown(value))
        self.valueChanged.emit(value)


def _shown(value: float) -> str:
    """A slider's value as its field shows it: 3 digits, with the window's language's decimal sign (0,01 in
    German; typing either sign works)."""
    return f"{value:.3g}".replace(".", QLocale().decimalPoint())


def spin_for_field(key: str, on_change) -> QSpinBox:
    """A whole-number box over the config field's own range; one change when typing is done, not per digit."""
    field = FIELDS[key]
    spin = QSpinBox()
    spin.setRange(int(field.low), int(min(field.high, 2**31 - 1)))
    spin.setKeyboardTracking(False)
    LiveTexts(spin).set(spin.setToolTip, lambda: translate("widgets", "{name}: {low} … {high}").format(
        name=translated(field.label), low=number(int(field.low)), high=number(int(field.high))))
    spin.valueChanged.connect(on_change)
    return spin


class LineStyleKey(QWidget):
    """A key drawn with real pens: a line sample in each style and the name it stands for (a race's variants),
    so a class matches a curve to its net by the line itself, not by a glyph in some font; before them, a solid
    sample in each split's colour (train, test) where the plots' own legends give way to this one key."""

    SAMPLE = 36  # sample length, pixels at normal type size
    GAP = 24  # pixels after each entry's name, and again between the splits' colours and the variants' styles

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[tuple[str, str]] = []  # (style, name)
        self.splits: list[tuple[str, str]] = []  # (colour, name), drawn solid

    def set_entries(self, entries: list[tuple[str, str]], splits: list[tuple[str, str]] = ()) -> None:
        self.entries = list(entries)
        self.splits = list(splits)
        self.updateGeometry()
        self.update()

    def _scale(self) -> float:
        from . import appearance

        return appearance.line_scale()

    def _samples(self) -> list[tuple[str, str | None, str]]:
        """(style, colour or None for the text's colour, name), in the order drawn."""
        return [("solid", colour, name) for colour, name in self.splits] + \
            [(style, None, name) for style, name in self.entries]

    def sizeHint(self):
        from PySide6.QtCore import QSize

        metrics = self.fontMetrics()
        width = (self.GAP if self.splits else 0) + sum(self.SAMPLE * self._scale() + self.GAP
                                                        + metrics.horizontalAdvance(name)
                          for _, _, name in self._samples())
        return QSize(int(width), metrics.height() + 6)

    def minimumSizeHint(self):
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QColor, QPainter, QPen

        from . import appearance
        from .theme import LINE_STYLES  # pyqtgraph is loaded by now: this key lives on the plots' tab

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = QColor(appearance.foreground())
        metrics = self.fontMetrics()
        sample = self.SAMPLE * self._scale()
        x = (self.width() - self.sizeHint().width()) / 2
        middle = self.height() / 2
        for i, (style, colour, name) in enumerate(self._samples()):
            if self.splits and i == len(self.splits):
                x += self.GAP
            pen = QPen(QColor(appearance.plot_colour(colour)) if colour else text, 2.0 * self._scale())
            pen.setStyle(LINE_STYLES[style])
            # Flat caps, unrounded ends: the sample is 18 pen widths, whole periods of every pattern (3 dashes,
            # 6 dots, 2 dash-dots); rounded to pixels with square caps, a 4th dash began as a dot ("— — —·").
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, middle), QPointF(x + sample, middle))
            painter.setPen(text)
            painter.drawText(int(x + sample + 6), int(middle + metrics.ascent() / 2 - 1), name)
            x += sample + self.GAP + metrics.horizontalAdvance(name)
        painter.end()
