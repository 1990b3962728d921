"""Batch norm, shown: the same deep net with and without it, trained side by side from the same initial weights.

For each net, a ridge of per-layer histograms of what enters each nonlinearity (each unit's input around its own
mean, so what is drawn is the signal the layer passes on), its spread and mean over time, and both loss curves.
Everything comes from the records of a 'batchnorm' run (core.training.Trainer.batchnorm_pair).
"""
from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.run.messages import VARIANTS as core_variants
from ...core.run.messages import RunMode
from .. import appearance, colours, theme
from ..plots.curves import CurvePlot, Hint, SeriesSpec, cache_axes, keep_words_fitting, words_fit
from ..plots.net_names import short_name
from ..texts import Retranslating
from ..room import TextRow
from ...core.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # translate("BatchNormPanel", "…"): lupdate reads the literal context
VARIANTS = core_variants[RunMode.BATCHNORM]
# in every plot until it has data (short: the plots are narrow)
HINT = QT_TRANSLATE_NOOP("BatchNormPanel", "Press the button above, then Space")
EXPLAIN_ABOVE = (900, 640)  # pixels: smaller than this, the tab shows the formula without the paragraph
FORMULA = QT_TRANSLATE_NOOP(
    "BatchNormPanel", "<b>BN(x) = γ·(x − μ) / √(σ² + ε) + β</b> &nbsp; μ, σ²: mean and variance of x over the "
                      "batch; γ, β: learned scale and shift; ε: a small number against division by zero.")
EXPLANATION = QT_TRANSLATE_NOOP(
    "BatchNormPanel", "Left: the same 8-layer sigmoid net without and with batch norm, same initial weights, "
                      "same minibatches. Without it, and with these initial weights, each layer passes on a "
                      "fraction of the spread it gets (the sigmoid's slope is at most 1/4), so the deep layers' "
                      "histograms collapse to a spike and the net cannot learn. With it, every layer is rescaled "
                      "to unit spread. Change <i>Initial weights</i> in the Model box to see the signal vanish "
                      "(small s) or survive (large s) — batch norm keeps it either way.")
IDLE = QT_TRANSLATE_NOOP("BatchNormPanel", "Press the button (then Space) to train the two nets.")
STD, MEAN = QT_TRANSLATE_NOOP("BatchNormPanel", "std"), QT_TRANSLATE_NOOP("BatchNormPanel", "mean")


class RidgePlot(Retranslating, pg.PlotWidget):
    """One histogram per layer, stacked: layer 1 on top."""

    def __init__(self, title, parent=None):
        super().__init__(parent=parent)
        self.texts.put(self.setTitle, title)
        self.texts.put(self.setLabel, QT_TRANSLATE_NOOP("BatchNormPanel", "input − its unit's mean"), "bottom")
        self.getPlotItem().hideAxis("left")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        cache_axes(self.getPlotItem())
        keep_words_fitting(self)
        self.curves: list[pg.PlotDataItem] = []
        self.labels: list[pg.TextItem] = []
        self.latest = None
        self.limit = 0.0  # the largest |input| drawn; side-by-side ridges share the widest (``peers``)
        self.peers: list[RidgePlot] = []
        self.hint = Hint(self.getPlotItem(), HINT)

    def set_stats(self, stats) -> None:
        self.latest = stats

    def minimumSizeHint(self):  # noqa: N802
        return words_fit(self, super().minimumSizeHint())

    def retranslated(self) -> None:
        self.hint.retranslate()
        self._name_layers()
        self.updateGeometry()  # its axis name in the new language may need more width (minimumSizeHint)

    def _name_layers(self) -> None:
        """The layer key: a swatch in the layer's colour (the spread and mean plots use the same colours) and the
        name in the theme's text colour."""
        n = len(self.labels)
        for i, label in enumerate(self.labels):
            colour = layer_colour(i, n)
            label.setColor(appearance.foreground())  # the key's own colour (pyqtgraph's is light grey)
            # A translation is text, not markup: escaped before it goes into the label's HTML.
            name = html.escape(translate("BatchNormPanel", "layer {number}").format(number=i + 1))
            label.setHtml(f'<span style="color:{colour}">&#9632;&#9632;</span> '
                          f'<span style="color:{appearance.foreground()}">{name}</span>')

    def refresh(self) -> None:
        if self.latest is None:
            return
        stats, self.latest = self.latest, None
        self.hint.show(False)
        n = len(stats)
        while len(self.curves) < n:
            curve = pg.PlotDataItem()
            label = pg.TextItem(anchor=(0, 0))
            self.addItem(curve)
            self.addItem(label)
            self.curves.append(curve)
            self.labels.append(label)
        self.style_points(n)
        for i, layer in enumerate(stats):
            offset = n - 1 - i
            peak = layer.hist.max() or 1.0
            centres = (layer.edges[:-1] + layer.edges[1:]) / 2
            self.curves[i].setData(centres, offset + 0.9 * layer.hist / peak)
            self.curves[i].setFillLevel(offset)
        self.limit = float(max(abs(layer.edges[-1]) for layer in stats))
        self._place(n)

    def style_points(self, n: int | None = None) -> None:
        """Each layer's ridge and key in the current theme's colours: at each refresh, and from appearance at a
        theme switch (a paused run is not redrawn: layer 1's dark violet stayed on black, 1.1:1)."""
        n = len(self.curves) if n is None else n
        for i in range(min(n, len(self.curves))):
            colour = layer_colour(i, n)
            self.curves[i].setPen(pg.mkPen(colour, width=1.5))
            self.curves[i].setBrush(pg.mkBrush(colour + "60"))
        self._name_layers()

    def _place(self, n: int) -> None:
        # One x scale for both ridges: side by side, a class compares widths (they used each their own).
        limit = max([self.limit] + [peer.limit for peer in self.peers])
        for ridge in [self, *self.peers]:
            ridge.setRange(xRange=(-limit, limit), yRange=(0, n + 0.2), padding=0.02)
            for i, label in enumerate(ridge.labels):  # inside its own band, top left
                label.setPos(-limit, len(ridge.labels) - 1 - i + 0.95)


def layer_colour(i: int, n: int) -> str:
    """A sequential, colour-blind-safe colour per layer (viridis, first layer darkest), from the span of the map
    that keeps 3:1 contrast on the theme's background (colours.LAYER_RAMP)."""
    low, high = colours.LAYER_RAMP["dark" if appearance.foreground() != "#000000" else "light"]
    return pg.colormap.get("viridis").map(low + (high - low) * i / max(1, n - 1), mode="qcolor").name()


class LayerPlot(CurvePlot):
    """Curves coloured by layer (``name:i``): re-coloured when the theme changes, since the viridis span that
    keeps 3:1 on white is the one that vanishes on black (colours.LAYER_RAMP)."""

    def set_series(self, specs, band=None) -> bool:
        rebuilt = super().set_series(specs, band)  # if not, its curves keep their colours (style_points)
        if rebuilt:
            self._dark = appearance.foreground() != "#000000"  # the theme its colours were chosen for
        return rebuilt

    def refresh(self) -> None:
        self.style_points()
        super().refresh()

    def style_points(self) -> None:
        """The layers' colours for the current theme (appearance calls this on a theme switch: a paused run's
        curves are not redrawn, and kept the light theme's dark viridis on black, 1.1:1)."""
        dark = appearance.foreground() != "#000000"
        if getattr(self, "_dark", dark) != dark:
            n = len({key.rsplit(":", 1)[1] for key in self.curves})
            for key, curve in self.curves.items():
                pen = pg.mkPen(curve.opts["pen"])
                pen.setColor(pg.mkColor(layer_colour(int(key.rsplit(":", 1)[1]), n)))
                curve.setPen(pen)
        self._dark = dark


class BatchNormPanel(Retranslating, QWidget):
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        text = QLabel()
        self.texts.put(text.setText, FORMULA)
        text.setWordWrap(True)
        self.explanation = TextRow()  # shown where the screen is big enough (_fit_explanation)
        QVBoxLayout(self.explanation).setContentsMargins(0, 0, 0, 0)
        paragraph = QLabel()
        self.texts.put(paragraph.setText, EXPLANATION)
        paragraph.setWordWrap(True)
        self.explanation.layout().addWidget(paragraph)
        self.start_button = QPushButton()
        self.texts.put(self.start_button.setText, QT_TRANSLATE_NOOP("BatchNormPanel",
                                                                    "Train with and without batch norm"))
        self.texts.put(self.start_button.setToolTip, QT_TRANSLATE_NOOP(
            "BatchNormPanel", "Loads the deep preset and trains both nets side by side"))
        self.start_button.clicked.connect(self.start_requested)
        header.addWidget(text, 1)
        header.addWidget(self.start_button)
        layout.addLayout(header)
        layout.addWidget(self.explanation)
        self.status = QLabel()
        self.texts.put(self.status.setText, IDLE)
        self.status.setWordWrap(True)  # a long status must not widen the window past a projector's
        layout.addWidget(self.status)

        grid = QGridLayout()
        self.ridges = {name: RidgePlot(QT_TRANSLATE_NOOP("BatchNormPanel", "Inputs, {net}").format(
            net=short_name(name))) for name in VARIANTS}
        for name, ridge in self.ridges.items():
            ridge.peers = [other for other in self.ridges.values() if other is not ridge]
        # Colour = layer, as in the histograms; solid = with batch norm (too many curves for a legend).
        self.std_plot = LayerPlot(QT_TRANSLATE_NOOP("BatchNormPanel", "Spread per layer"), STD, legend=False,
                                  hint=HINT)
        self.std_plot.set_log_y(True)
        self.mean_plot = LayerPlot(QT_TRANSLATE_NOOP("BatchNormPanel", "Mean per layer"), MEAN, legend=False,
                                   hint=HINT)
        self.loss_plot = CurvePlot(QT_TRANSLATE_NOOP("BatchNormPanel", "Training loss"),
                                   QT_TRANSLATE_NOOP("BatchNormPanel", "cross-entropy"), hint=HINT)
        grid.addWidget(self.ridges["no batch norm"], 0, 0)
        grid.addWidget(self.ridges["batch norm"], 0, 1)
        grid.addWidget(self.loss_plot, 0, 2)
        grid.addWidget(self.std_plot, 1, 0)
        grid.addWidget(self.mean_plot, 1, 1)
        self.snapshot = CurvePlot(QT_TRANSLATE_NOOP("BatchNormPanel", "Spread by depth"), STD, hint=HINT)
        self.snapshot.texts.put(self.snapshot.setLabel, QT_TRANSLATE_NOOP("BatchNormPanel", "layer"), "bottom")
        self.snapshot.set_log_y(True)
        grid.addWidget(self.snapshot, 1, 2)
        layout.addLayout(grid, 1)
        self._grid = grid
        self._share_rows(2)
        self.active = False

    def resizeEvent(self, event) -> None:
        self._fit_explanation(event.size())
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # presentation type: the same pixels hold fewer lines
            self._fit_explanation(self.size())
        super().changeEvent(event)

    def _fit_explanation(self, size) -> None:
        """Narrow or short (a projector, or the lesson beside it): the explanation would take the plots' height;
        the formula stays, and the lesson's text says the rest. EXPLAIN_ABOVE is at normal type: presentation
        type's larger lines need as many more pixels."""
        scale = appearance.line_scale()
        self.explanation.setVisible(size.width() >= EXPLAIN_ABOVE[0] * scale
                                    and size.height() >= EXPLAIN_ABOVE[1] * scale)

    @property
    def plots(self) -> list:
        return [*self.ridges.values(), self.std_plot, self.mean_plot, self.loss_plot, self.snapshot]

    def key_widgets(self) -> list:
        return [w for w in (*self.ridges.values(), self.std_plot, self.snapshot) if not w.isHidden()]

    def named_plots(self) -> dict:
        """What a lesson step's ``plots`` key names (core.content.lessons.PLOTS['batchnorm'])."""
        return {"ridges": list(self.ridges.values()), "std": self.std_plot, "mean": self.mean_plot,
                "loss": self.loss_plot, "snapshot": self.snapshot}

    def show_plots(self, names: tuple[str, ...] | None) -> None:
        """Only these plots, in one row in the order named, so they get the room; None: all six in two rows."""
        usual = [(self.ridges["no batch norm"], 0, 0), (self.ridges["batch norm"], 0, 1), (self.loss_plot, 0, 2),
                 (self.std_plot, 1, 0), (self.mean_plot, 1, 1), (self.snapshot, 1, 2)]
        named = self.named_plots()
        chosen = [w for n in names for w in (named[n] if isinstance(named[n], list) else [named[n]])] \
            if names is not None else [w for w, _, _ in usual]
        for widget, _, _ in usual:
            self._grid.removeWidget(widget)
            widget.setVisible(widget in chosen)
        for widget, row, col in usual if names is None else [(w, 0, i) for i, w in enumerate(chosen)]:
            self._grid.addWidget(widget, row, col)
        self._share_rows(2 if names is None else 1)

    def _share_rows(self, rows: int) -> None:
        """The rows of plots share the height alike. A plot's size hint is its size, so without stretch the rows
        kept the heights they once had: the first 375 px, the second 167 (96 px of data) in the 40 %-longer
        pseudo language at 1024×768."""
        for row in range(2):
            self._grid.setRowStretch(row, 1 if row < rows else 0)

    def set_run(self, info) -> None:
        """A new run (core.records.RunInfo): active only for the batch-norm pair."""
        self.active = tuple(info.names) == VARIANTS
        n_layers = len(info.config.model.hidden)
        if not self.active:
            self.texts.put(self.status.setText, IDLE)
            return
        self.texts.put(self.status.setText, QT_TRANSLATE_NOOP(
            "BatchNormPanel", "Solid: with batch norm; dashed: without; colour: layer (dark = first). Space "
                              "trains, S steps."))
        self.snapshot.fixed_x = (0.5, n_layers + 0.5)
        specs = []
        for v, name in enumerate(VARIANTS):
            for i in range(n_layers):
                label = QT_TRANSLATE_NOOP("BatchNormPanel", "layer {number}").format(number=i + 1) if v == 0 \
                    else QT_TRANSLATE_NOOP("BatchNormPanel", "layer {number} (no BN)").format(number=i + 1)
                specs.append(SeriesSpec(f"{name}:{i}", label, layer_colour(i, n_layers), dashed=v == 1,
                                        width=1.5))
        self.std_plot.set_series(specs)
        self.mean_plot.set_series(specs)
        # BN and no BN differ in colour as well as dash: black solid and black dashed looked alike in the key.
        nets = (theme.TRAIN, theme.TEST)
        self.loss_plot.set_series([SeriesSpec(f"loss:{name}", short_name(name), nets[v], dashed=v == 1)
                                   for v, name in enumerate(VARIANTS)])
        self.snapshot.set_series([SeriesSpec(f"now:{name}", short_name(name), nets[v], dashed=v == 1)
                                  for v, name in enumerate(VARIANTS)])
        for ridge in self.ridges.values():
            for item in ridge.curves + ridge.labels:
                ridge.removeItem(item)
            ridge.curves, ridge.labels, ridge.limit = [], [], 0.0
            ridge.hint.show(True)

    def on_record(self, record) -> None:
        if not self.active:
            return
        for m in record.models:
            if m.activations is None or m.name not in self.ridges:
                continue
            self.ridges[m.name].set_stats(m.activations)
            for i, layer in enumerate(m.activations):
                self.std_plot.append(f"{m.name}:{i}", record.step, layer.std)
                self.mean_plot.append(f"{m.name}:{i}", record.step, layer.mean)
            self.loss_plot.append(f"loss:{m.name}", record.step, m.train_loss)
            buffer = self.snapshot.buffers[f"now:{m.name}"]
            buffer.clear()
            for layer in m.activations:
                self.snapshot.append(f"now:{m.name}", layer.layer, max(layer.std, 1e-12))

    def spreads(self) -> dict[str, np.ndarray]:
        """The latest per-layer std of each net (what the snapshot plot shows)."""
        return {name: self.snapshot.buffers[f"now:{name}"].y.copy() for name in VARIANTS if self.active}
