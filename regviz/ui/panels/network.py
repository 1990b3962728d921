"""Inside the net: for 2-D data the network graph (every unit a map of what it computes, every link as wide as
its weight), for image data the first layer's weights as pictures. Live, and side by side when compared.

What a class sees here: L1 makes links vanish (they are exactly zero and are not drawn), L2 thins them all,
dropout crosses out units on training steps; on digits, the first layer's pictures change with the penalty. The
counts in the caption are the net's own (core.records.NetworkView)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...core.records import MAX_FILTERS, MAX_UNITS
from .. import appearance, theme
from ..plots.filters import FilterGrid
from ..plots.network_graph import NetworkGraph
from ..plots.net_names import net_words
from ..texts import count, say
from ..translated import translated
from ...core.translatable import QT_TRANSLATE_NOOP

CURVE_KEY = QT_TRANSLATE_NOOP(
    "NetworkPanel", "A regression's net: its input column is x (or the polynomial's Legendre features P1 … Pd of "
                    "x), its output ŷ, the fitted y. Links: <span style='color:{blue}'><b>━━</b></span> positive, "
                    "<span style='color:{orange}'><b>━━</b></span> negative, width ∝ |w|; exact zeros (L1's) are "
                    "not drawn. Hover for values.")
GRAPH_KEY = QT_TRANSLATE_NOOP(
    "NetworkPanel", "Each square is a unit: what it outputs over the input plane (blue high, orange low). Links: "
                    "<span style='color:{blue}'><b>━━</b></span> positive, "
                    "<span style='color:{orange}'><b>━━</b></span> negative, width ∝ |w| (on the scale of the "
                    "first weights); exact zeros are not drawn. A wide layer shows its {units} units with the "
                    "largest outgoing weights. Hover for values.")
FILTER_KEY = QT_TRANSLATE_NOOP(
    "NetworkPanel", "Each picture is one first-layer unit's weights, laid out as the image they multiply: blue "
                    "positive, white zero, orange negative, each on its own scale. Shown: the {units} units with "
                    "the largest outgoing weights. Hover for values.")
translate = QCoreApplication.translate  # translate("NetworkPanel", "…"): lupdate reads the literal context


class NetworkPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key: tuple[str, int] | None = None  # the caption's template and unit count (set_run)
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setObjectName("explanation")
        self.caption.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.graph = NetworkGraph()
        self.filters = FilterGrid()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graph)
        self.stack.addWidget(self.filters)
        layout.addWidget(self.caption)
        layout.addWidget(self.counts)
        layout.addWidget(self.stack, 1)
        self.names: tuple[str, ...] = ()
        self._counts: dict[str, tuple[int, int, float]] = {}  # net -> zero links, links, their share

    @property
    def plots(self) -> list:
        return [self.stack.currentWidget(), self]

    def key_widgets(self) -> list:
        return [self.stack.currentWidget(), self.caption, self.counts]

    def _show_key(self) -> None:
        """The caption, its line samples in the links' own colours (the palette's line variants, this theme)."""
        if self._key is not None:
            template, units = self._key
            self.caption.setText(translated(template).format(
                units=units, blue=appearance.plot_colour(theme.OKABE_ITO["blue"]),
                orange=appearance.plot_colour(theme.OKABE_ITO["orange"])))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LanguageChange):  # theme or language switched
            self._show_key()
        super().changeEvent(event)

    def set_run(self, info) -> None:
        self.names = tuple(info.names)
        if info.is_image:
            self.stack.setCurrentWidget(self.filters)
            self.filters.set_names(list(self.names))
            self._key = (FILTER_KEY, MAX_FILTERS)
        else:
            self.stack.setCurrentWidget(self.graph)
            self.graph.set_names(list(self.names))
            regression = getattr(info, "task", "classification") == "regression"
            self._key = (CURVE_KEY if regression else GRAPH_KEY, MAX_UNITS)
        self._show_key()
        self._counts = {}
        self.counts.setText("")

    def on_record(self, record) -> None:
        for m in record.models:
            view = m.network
            if view is None:
                continue
            if view.filters is not None:
                self.filters.set_view(m.name, view)
            else:
                self.graph.set_view(m.name, view, m.dropout_masks)
            self._counts[m.name] = (view.zero_links, view.total_links, view.zero_links / max(1, view.total_links))

    def _count_text(self, name: str) -> str:
        zero, total, share = self._counts[name]
        # One decimal near the ends: 8,428 of 8,448 is not "100 %" (nor 3 of 8,448 "0 %").
        shown = f"{share:.0%}" if 0.01 <= share <= 0.99 or share in (0.0, 1.0) else f"{share:.1%}"
        text = translate("NetworkPanel", "{zero} of {total} weights exactly zero ({share})").format(
            zero=count(zero), total=count(total), share=shown)
        return translate("NetworkPanel", "{net}: {counts}").format(net=say(net_words(name)), counts=text) \
            if len(self.names) > 1 else text

    def refresh(self) -> None:
        """The counts line, at the plots' pace (the timer calls it with them), in the reader's language."""
        text = " · ".join(self._count_text(name) for name in self.names if name in self._counts)
        if text != self.counts.text():
            self.counts.setText(text)
