"""The λ sweep: one training per value of a regularizer's strength, final train and test loss against λ — the
U-curve a teacher draws on the board, measured. The training process runs it (core.run.sweep) in worker processes,
one per core but the window's; the bar counts finished values, the plot fills as each value lands (in whatever
order they finish: the points are kept in value order), and Cancel ends every worker at once."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.config import SWEEPABLE, ConfigError
from .. import colours, theme
from ...core.translatable import QT_TRANSLATE_NOOP
from ..plots.curves import cache_axes, legend_entry, legend_strip, relabel_legend
from ..texts import Retranslating, say
from ..translated import error_text

translate = QCoreApplication.translate  # translate("SweepPanel", "…"): lupdate reads the literal context



def sweep_values(low: float, high: float, count: int, log: bool, with_zero: bool) -> list[float]:
    """``count`` values from low to high (log-spaced for λ), rounded to 3 significant digits, plus 0 first."""
    raw = np.geomspace(low, high, count) if log else np.linspace(low, high, count)
    values = sorted({float(f"{v:.3g}") for v in raw})
    return ([0.0] if with_zero else []) + values


class SweepPanel(Retranslating, QWidget):
    start_requested = Signal(str, object, int)  # param, values, steps per value
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[dict[str, float]] = []
        self.param = "regularization.l2"
        self.running = False
        self.jobs = 1
        controls = QGroupBox()
        self.texts.put(controls.setTitle, QT_TRANSLATE_NOOP("SweepPanel", "Sweep"))
        form = QFormLayout(controls)
        self.param_box = QComboBox()
        for key, field in SWEEPABLE.items():
            self.param_box.addItem(say(field.label), key)
        self.param_box.currentIndexChanged.connect(self._on_param)
        self.low = _spin(0.0, 10.0, 1e-4)
        self.high = _spin(0.0, 10.0, 1.0)
        self.count = QSpinBox()
        self.count.setRange(2, 20)
        self.count.setValue(7)
        self.with_zero = QCheckBox()
        self.with_zero.setChecked(True)
        self.steps = QSpinBox()
        self.steps.setRange(10, 100_000)
        self.steps.setSingleStep(100)
        self.steps.setValue(1000)
        for text, field in ((QT_TRANSLATE_NOOP("SweepPanel", "Setting"), self.param_box),
                            (QT_TRANSLATE_NOOP("SweepPanel", "From"), self.low),
                            (QT_TRANSLATE_NOOP("SweepPanel", "To"), self.high),
                            (QT_TRANSLATE_NOOP("SweepPanel", "Values"), self.count),
                            (None, self.with_zero),  # the whole row: its text is longer than a field
                            (QT_TRANSLATE_NOOP("SweepPanel", "Steps per value"), self.steps)):
            if text is None:
                form.addRow(field)
                continue
            name = QLabel()
            self.texts.put(name.setText, text)
            name.setBuddy(field)  # as addRow(text, field) sets it: a screen reader names the field by it
            form.addRow(name, field)
        self.start_button = QPushButton()
        self.texts.put(self.start_button.setText, QT_TRANSLATE_NOOP("SweepPanel", "Run sweep"))
        self.start_button.clicked.connect(self._on_button)
        self.progress = QProgressBar()
        self.texts.put(self.progress.setFormat, QT_TRANSLATE_NOOP("SweepPanel", "%v of %m values"))
        self.status = QLabel()
        self.texts.put(self.status.setText, QT_TRANSLATE_NOOP(
            "SweepPanel", "Each value trains the current experiment from the same start; the live net is reset "
                          "when the sweep ends."))
        self.status.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(controls)
        side.addWidget(self.start_button)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addStretch(1)

        self.plot = pg.PlotWidget()
        cache_axes(self.plot.getPlotItem())
        self.texts.put(self.plot.setLabel, QT_TRANSLATE_NOOP("SweepPanel", "cross-entropy"), "left")
        self.plot.setLogMode(x=True, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.legend = legend_strip(self.plot.getPlotItem())
        self.train_curve = self.plot.plot([], [], pen=theme.pen(colours.TRAIN), symbol="o", symbolSize=9,
                                          symbolBrush=colours.TRAIN)
        self.test_curve = self.plot.plot([], [], pen=theme.pen(colours.TEST), symbol="s", symbolSize=9,
                                         symbolBrush=colours.TEST)
        legend_entry(self.legend, self.train_curve, QT_TRANSLATE_NOOP("SweepPanel", "train"))
        legend_entry(self.legend, self.test_curve, QT_TRANSLATE_NOOP("SweepPanel", "test"))
        self.zero_line = pg.InfiniteLine(angle=0, pen=theme.pen(colours.TEST, 1.5, dashed=True), label="",
                                         labelOpts={"position": 0.15, "color": colours.TEST})
        self.zero_line.setVisible(False)
        self.plot.addItem(self.zero_line)
        layout = QHBoxLayout(self)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(340)
        layout.addWidget(panel)
        layout.addWidget(self.plot, 1)
        # The tab is the λ sweep: it opens on L2's λ (the first sweepable field is label noise).
        self.param_box.setCurrentIndex(max(0, self.param_box.findData("regularization.l2")))
        self._on_param(self.param_box.currentIndex())

    def _on_param(self, _index: int) -> None:
        field = SWEEPABLE[self.param_box.currentData()]
        for spin in (self.low, self.high):  # the field's own range: what validation allows, the spin boxes allow
            spin.setRange(max(field.low, field.log_low or 0.0), field.high)
        self.low.setValue(field.sweep[0])
        self.high.setValue(field.sweep[1])
        self._name_setting()

    def _name_setting(self) -> None:
        """The swept setting's name where it shows, in the reader's language: its symbol (a label's last word when
        that is one letter: λ, p, ε), else the whole label."""
        field = SWEEPABLE[self.param_box.currentData()]
        label = say(field.label)
        symbol = label.split()[-1] if len(label.split()[-1]) == 1 else label
        self.with_zero.setText(translate("SweepPanel", "also {symbol} = 0 (dashed line)").format(symbol=symbol))
        self.zero_line.label.setFormat(translate("SweepPanel", "test loss at {symbol} = 0").format(symbol=symbol))
        self.plot.setLabel("bottom", label)
        # the swept setting, not always λ
        self.plot.setTitle(translate("SweepPanel", "Final loss against {setting}").format(setting=label))

    def retranslated(self) -> None:
        for i, field in enumerate(SWEEPABLE.values()):
            self.param_box.setItemText(i, say(field.label))
        self._name_setting()
        relabel_legend(self.legend)

    def key_widgets(self) -> list:
        return [self.plot, self.start_button]

    def set_run(self, info) -> None:
        """A new live run: sweeps default to its step count."""
        self.set_steps(info.config.training.steps)

    def set_steps(self, steps: int) -> None:
        if not self.running:
            self.steps.setValue(steps)

    def values(self) -> list[float]:
        key = self.param_box.currentData()
        low, high = sorted((self.low.value(), self.high.value()))
        return sweep_values(low, high, self.count.value(), SWEEPABLE[key].log, self.with_zero.isChecked())

    def _on_button(self) -> None:
        if self.running:
            self.cancel_requested.emit()
            self.texts.put(self.status.setText, QT_TRANSLATE_NOOP("SweepPanel", "Cancelling…"))
            return
        self.param = self.param_box.currentData()
        self.start_requested.emit(self.param, self.values(), self.steps.value())

    def started(self, count: int, jobs: int = 1) -> None:
        self.running = True
        self.rows = []
        self.jobs = jobs
        self._draw()
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.texts.put(self.start_button.setText, QT_TRANSLATE_NOOP("SweepPanel", "Cancel sweep"))
        self.texts.put(self.status.setText, self._sweeping(0))

    def _sweeping(self, percent: int):
        if self.jobs > 1:
            return QT_TRANSLATE_NOOP("SweepPanel", "Sweeping, {jobs} at once… {percent} % of the steps").format(
                jobs=self.jobs, percent=percent)
        return QT_TRANSLATE_NOOP("SweepPanel", "Sweeping… {percent} % of the steps").format(percent=percent)

    def on_progress(self, done: int, total: int) -> None:
        self.texts.put(self.status.setText, self._sweeping(round(100 * done / total) if total else 0))

    def on_row(self, row: dict[str, float]) -> None:
        """A value has landed (not necessarily in order): its point joins the curve at once."""
        self.rows.append(row)
        self.rows.sort(key=lambda r: r["value"])
        self.progress.setValue(len(self.rows))
        self._draw()

    def finished(self) -> None:
        self.running = False
        self.texts.put(self.start_button.setText, QT_TRANSLATE_NOOP("SweepPanel", "Run sweep"))
        if not self.rows:
            self.texts.put(self.status.setText, QT_TRANSLATE_NOOP("SweepPanel", "No value finished."))
            return
        best = min((r for r in self.rows), key=lambda r: r["test_loss"] if math.isfinite(r["test_loss"]) else math.inf)
        count, loss, value = len(self.rows), best["test_loss"], best["value"]
        # A plural (%n), in each language's forms: pyside6-lupdate marks a message numerus only from self.tr's
        # three arguments (not from translate(context, text, None, n)); the context is this class's name.
        self.texts.put(self.status.setText, lambda: self.tr(
            "Values done: %n. Lowest test loss {loss:.3f} at {value:g}.", "", count).format(loss=loss, value=value))

    def _draw(self) -> None:
        positive = [r for r in self.rows if r["value"] > 0]
        x = np.array([r["value"] for r in positive])
        self.train_curve.setData(x, np.array([r["train_loss"] for r in positive]))
        self.test_curve.setData(x, np.array([r["test_loss"] for r in positive]))
        zero = [r for r in self.rows if r["value"] == 0]
        self.zero_line.setVisible(bool(zero))
        if zero:
            self.zero_line.setValue(zero[0]["test_loss"])


class SweepRunner(QObject):
    """Runs the panel's sweeps in the training process (which replaces the live run) and starts a fresh live
    net when a sweep ends, finished, cancelled or failed."""

    def __init__(self, state, panel: SweepPanel):
        super().__init__(panel)
        self.state, self.panel = state, panel
        panel.start_requested.connect(self.start)
        panel.cancel_requested.connect(state.engine.cancel_sweep)
        state.engine.sweep.connect(self._on_item)
        state.engine.sweep_finished.connect(self._on_finished)

    @Slot(str, object, int)
    def start(self, key: str, values, steps: int, jobs: int | None = None) -> None:
        """``jobs``: worker processes (default: the cores but the one the window keeps, at least 1)."""
        from ...core.run.sweep import cores  # no torch: the workers import it

        jobs = max(1, cores() - 1) if jobs is None else jobs
        try:
            config = self.state.config.with_overrides({"training.steps": steps})
            for value in values:
                config.with_overrides({key: value})
        except ConfigError as exc:
            self.state.problem.emit(translate("SweepPanel", "Sweep"), error_text(exc))
            return
        if not self.state.engine.start_sweep(config, key, values, jobs):
            self.state.status.emit(translate("SweepPanel", "The training engine is still loading — try again in a "
                                                           "moment"), 5000)
            return
        self.panel.started(len(values), min(jobs, len(values)))

    @Slot(object)
    def _on_item(self, item) -> None:
        from ...core.records import SweepProgress

        if isinstance(item, SweepProgress):
            self.panel.on_progress(item.done, item.total)
        else:
            self.panel.on_row(item.row)

    @Slot()
    def _on_finished(self) -> None:
        self.panel.finished()
        self.state.reset(translate("SweepPanel", "Sweep finished — a fresh net is ready on the Training tab"))


def _spin(low: float, high: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(6)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin
