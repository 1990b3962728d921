"""Dropout, shown: the running net's hidden units, with the ones a training step silences crossed out (a fresh
sample with every record), all of them back at test time, and the notes' example with and without the 1/(1−p)
scaling torch applies."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.translatable import QT_TRANSLATE_NOOP
from .. import appearance, colours
from ..texts import Retranslating, count
from ..room import TextRow

translate = QCoreApplication.translate  # translate("DropoutPanel", "…"): lupdate reads the literal context
EXPLANATION = QT_TRANSLATE_NOOP(
    "DropoutPanel", "During training, dropout silences each hidden unit with probability p, a new random set at "
                    "every step, so no unit can rely on a particular partner: the net learns redundant features "
                    "and overfits less. At test time every unit is on. torch.nn.Dropout is <i>inverted</i> "
                    "dropout: the units it keeps are multiplied by 1/(1−p) while training, so their expected sum "
                    "is what the full layer gives at test time and nothing needs rescaling then.")
IDLE = QT_TRANSLATE_NOOP("DropoutPanel", "Switch Dropout on (left) and press Space: the crossed-out units change "
                                         "every step.")


EXPLAIN_ABOVE = 480  # pixels of tab height at normal type: shorter, the explanation makes room for the drawing
DRAWN_UNITS = 8  # per hidden layer: the first ones (the Network tab shows the strongest of a wide layer)


class NetworkDrawing(QWidget):
    """Inputs, the hidden layers (first units of each) and outputs; dropped units grey and crossed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(220, 200)
        self.masks: tuple[np.ndarray, ...] = ()
        self.eval_mode = False
        # Drawn as the Network tab draws the same net: 2 inputs for 2-D data, one output unit for two classes.
        self.inputs, self.hidden, self.outputs = 2, (), 1

    def set_shape(self, inputs: int, hidden: tuple[int, ...], outputs: int) -> None:
        """The net's own layer widths (each drawn up to DRAWN_UNITS), before any mask arrives."""
        self.inputs, self.outputs = min(inputs, DRAWN_UNITS), min(outputs, DRAWN_UNITS)
        self.hidden = tuple(min(w, DRAWN_UNITS) for w in hidden)
        self.update()

    def layer_names(self) -> list[str]:
        """Each column's name, short when long ones would touch ("hidden 1" … with 8 layers smeared into one)."""
        n = 2 + len(self.masks or self.hidden)
        names = [translate("DropoutPanel", "input"),
                 *(translate("DropoutPanel", "hidden {k}").format(k=k) for k in range(1, n - 1)),
                 translate("DropoutPanel", "output")]
        room = (self.width() - 80) / max(1, n - 1)
        metrics = self.fontMetrics()
        short_in, short_out = translate("DropoutPanel", "in"), translate("DropoutPanel", "out")
        if max(metrics.horizontalAdvance(name) for name in names) + 6 > room:
            # "h" for hidden: one letter
            names = [short_in, *(translate("DropoutPanel", "h{k}").format(k=k) for k in range(1, n - 1)),
                     short_out]
        if max(metrics.horizontalAdvance(name) for name in names) + 6 > room:
            names = [short_in, *(str(k) for k in range(1, n - 1)), short_out]
        return names

    def label_rects(self) -> list:
        """Where each column's name is drawn: centred under its column."""
        from PySide6.QtCore import QRectF

        names = self.layer_names()
        xs = np.linspace(40, self.width() - 40, len(names))
        metrics = self.fontMetrics()
        return [(QRectF(x - metrics.horizontalAdvance(name) / 2, self.height() - 8 - metrics.ascent(),
                        metrics.horizontalAdvance(name), metrics.height()), name) for x, name in zip(xs, names)]

    def set_masks(self, masks: tuple[np.ndarray, ...]) -> None:
        self.masks = tuple(np.asarray(m, dtype=bool)[:DRAWN_UNITS] for m in masks)
        self.update()

    def set_eval_mode(self, on: bool) -> None:
        self.eval_mode = on
        self.update()

    @property
    def dropped(self) -> list[int]:
        """Units drawn as dropped, per hidden layer (none at test time)."""
        return [0 if self.eval_mode else int(m.sum()) for m in self.masks]

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:  # the columns' names are painted in the reader's language
            self.update()
        super().changeEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hidden = self.masks or tuple(np.zeros(w, bool) for w in self.hidden)
        layers = [np.zeros(self.inputs, bool), *[m if not self.eval_mode else np.zeros_like(m) for m in hidden],
                  np.zeros(self.outputs, bool)]
        w, h = self.width(), self.height()
        xs = np.linspace(40, w - 40, len(layers))
        radius = max(6.0, min(16.0, h / 40))
        points = [[QPointF(x, y) for y in np.linspace(30, h - 30, len(layer) + 2)[1:-1]]
                  for x, layer in zip(xs, layers)]
        for a, b, mask_a, mask_b in zip(points, points[1:], layers, layers[1:]):
            for i, p in enumerate(a):
                for j, q in enumerate(b):
                    live = not mask_a[i] and not mask_b[j]
                    painter.setPen(QPen(QColor(0, 0, 0, 70 if live else 12), 1))
                    painter.drawLine(p, q)
        for k, (layer, column) in enumerate(zip(layers, points)):
            hidden = 0 < k < len(layers) - 1
            for dropped, p in zip(layer, column):
                if dropped:
                    painter.setPen(QPen(QColor("#999999"), 2, Qt.PenStyle.DashLine))
                    painter.setBrush(QColor("#EEEEEE"))
                else:
                    painter.setPen(QPen(QColor("#333333"), 2))
                    painter.setBrush(QColor(colours.TRAIN if hidden else "#CCCCCC"))
                painter.drawEllipse(p, radius, radius)
                if dropped:
                    d = radius * 0.6
                    painter.setPen(QPen(QColor(colours.TEST), 2.5))
                    painter.drawLine(p + QPointF(-d, -d), p + QPointF(d, d))
                    painter.drawLine(p + QPointF(-d, d), p + QPointF(d, -d))
        painter.setPen(self.palette().windowText().color())
        for rect, name in self.label_rects():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.end()


class DropoutPanel(Retranslating, QWidget):
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.explanation = TextRow()  # on a short screen (a projector under the lesson's text) it makes room
        QVBoxLayout(self.explanation).setContentsMargins(0, 0, 0, 0)
        text = QLabel()
        self.texts.put(text.setText, EXPLANATION)
        text.setWordWrap(True)
        self.explanation.layout().addWidget(text)
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        self.drawing = NetworkDrawing()
        row.addWidget(self.drawing, 1)
        side = QVBoxLayout()
        self.eval_box = QCheckBox()
        self.texts.put(self.eval_box.setText, QT_TRANSLATE_NOOP("DropoutPanel", "Test time (eval mode): every unit on"))
        self.eval_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.eval_box.toggled.connect(self.drawing.set_eval_mode)
        self.status = QLabel()
        self.texts.put(self.status.setText, IDLE)
        self.status.setWordWrap(True)
        self.compare_button = QPushButton()
        self.texts.put(self.compare_button.setText, QT_TRANSLATE_NOOP("DropoutPanel", "Gap with and without dropout"))
        self.compare_button.clicked.connect(self.compare_requested)
        notes = QGroupBox()
        self.texts.put(notes.setTitle, QT_TRANSLATE_NOOP("DropoutPanel", "The notes' example, p = 0.5"))
        notes_layout = QVBoxLayout(notes)
        self.notes_text = QLabel("…")
        self.notes_text.setWordWrap(True)
        self.notes_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_layout.addWidget(self.notes_text)
        for widget in (self.eval_box, self.status, self.compare_button, notes):
            side.addWidget(widget)
        side.addStretch(1)
        row.addLayout(side, 1)  # as wide as the drawing: the notes' example wraps to fewer lines
        layout.addLayout(row, 1)
        self._show_notes_example()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._fit_explanation(event.size().height())
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit_explanation(self.height())
        super().changeEvent(event)

    def _fit_explanation(self, height: int) -> None:
        """Shown where the tab is tall enough at this type size (EXPLAIN_ABOVE is at normal type)."""
        self.explanation.setVisible(height >= EXPLAIN_ABOVE * appearance.line_scale())

    @property
    def plots(self) -> list:
        return []

    def key_widgets(self) -> list:
        return [self.drawing, self.notes_text]


    def set_run(self, info) -> None:
        classes = len(info.classes)
        # An image's pixels, like a wide layer, are drawn as their first DRAWN_UNITS.
        self.drawing.set_shape(2 if not info.is_image else DRAWN_UNITS, tuple(info.config.model.hidden),
                               1 if classes == 2 else classes)
        if info.config.model.dropout == 0:
            self.drawing.set_masks(())
            self.texts.put(self.status.setText, IDLE)

    def on_record(self, record) -> None:
        masks = record.models[0].dropout_masks
        if not masks:
            return
        self.drawing.set_masks(masks)
        step, counts = record.step, [(int(m.sum()), len(m)) for m in masks]

        def status() -> str:  # said again in the reader's language when it changes
            dropped = translate("DropoutPanel", ", ").join(
                translate("DropoutPanel", "{dropped} of {units}").format(dropped=d, units=n) for d, n in counts)
            return translate("DropoutPanel", "Step {step}: this sample drops {dropped} units (first units of each "
                                             "hidden layer shown).").format(step=count(step), dropped=dropped)
        self.texts.put(self.status.setText, status)

    @Slot()
    def _show_notes_example(self) -> None:
        from ...core.content.worked import dropout_example

        ex = dropout_example()

        def fmt(values):
            return "[" + ", ".join(f"{v:g}" for v in values) + "]"

        self.texts.put(self.notes_text.setText, QT_TRANSLATE_NOOP(
            "DropoutPanel", "Hidden outputs {hidden}, keeping units 1 and 3:<br>"
                            "• the mask alone, as the notes write it: <b>{masked}</b><br>"
                            "• inverted dropout, what torch.nn.Dropout computes in training "
                            "(kept × 1/(1−p) = ×2): <b>{inverted}</b><br>At test time torch passes {hidden} "
                            "through unchanged.").format(
            hidden=fmt(ex["hidden"]), masked=fmt(ex["masked"]), inverted=fmt(ex["inverted"])))
