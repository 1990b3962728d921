"""Themes and presentation mode: a high-contrast light theme and a dark theme, and a projector scale for fonts,
lines and markers. Colours come from the one palette (ui.colours): drawn in its light variants, swapped for its
dark ones on the dark theme, so every line and text keeps its contrast."""
from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from . import colours

DATA_HEIGHT = 152  # pixels of data area a shown plot keeps (the real-screen test's rule is 150)
PRESENTATION_SCALE = 1.6
PLOT_TEXT_SCALE = 1.3  # the most a plot's titles, tick labels and axis labels grow in presentation mode
LEGEND_TEXT_SCALE = 1.15  # the most a legend's text grows: its row above the data is taken from the data's height
THEMES = ("light", "dark")
DARK_SWAP = colours.DARK_SWAP
LIGHT_SWAP = {v.lower(): k for k, v in DARK_SWAP.items()}

_state = {"dark": False, "scale": 1.0, "base_font": None}


def plot_colour(colour: str) -> str:
    """A palette colour as it should be drawn on the current background."""
    return DARK_SWAP.get(colour.lower(), colour) if _state["dark"] else colour


def line_scale() -> float:
    return _state["scale"]


def foreground() -> str:
    return "#f2f2f2" if _state["dark"] else "#000000"


def background() -> str:
    return "#1c1c1c" if _state["dark"] else "#ffffff"


def apply(window, theme: str = "light", scale: float = 1.0) -> None:
    """Restyle the application and every plot in ``window`` (plots created later pick it up from theme.pen)."""
    app = QApplication.instance()
    old_scale = _state["scale"]
    _state.update(dark=theme == "dark", scale=scale)
    if _state["base_font"] is None:
        _state["base_font"] = app.font().pointSizeF()
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(_palette(theme == "dark"))
    font = QFont(app.font())
    font.setPointSizeF(_state["base_font"] * scale)
    app.setFont(font)
    app.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)  # every widget has the new size on return
    _style_named_widgets(window, theme == "dark", _state["base_font"] * scale)
    _style_plots(window, scale / old_scale)


# objectName: (size relative to the body text, bold). Set on the widgets themselves: an application-wide style
# sheet would re-polish every widget at each switch (measured: a third of the presentation-mode switch).
NAMED_FONTS = {"explanation": (0.9, False), "lessonTitle": (1.15, True), "lessonStep": (1.0, True),
               "lessonText": (1.1, False), "lessonNote": (1.0, True), "counter": (1.0, True)}


def _style_named_widgets(window, dark: bool, size: float) -> None:
    from PySide6.QtWidgets import QWidget

    for widget in window.findChildren(QWidget):
        if widget.styleSheet():  # a widget with a style sheet keeps the palette it was polished with: re-polish
            widget.setStyleSheet(widget.styleSheet())
        style = NAMED_FONTS.get(widget.objectName())
        if style is None:
            continue
        font = QFont(widget.font())
        font.setPointSizeF(style[0] * size)
        font.setBold(style[1])
        widget.setFont(font)
        if widget.objectName() == "explanation":
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#c8c8c8" if dark else "#333333"))
            widget.setPalette(palette)


def restyle_new_items(window) -> None:
    """Plots rebuilt for a new run (titles, legends, points) take the current theme and scale."""
    if _state["dark"] or _state["scale"] != 1.0:
        _style_plots(window, 1.0)


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        roles = {QPalette.ColorRole.Window: "#262626", QPalette.ColorRole.WindowText: "#f2f2f2",
                 QPalette.ColorRole.Base: "#1c1c1c", QPalette.ColorRole.AlternateBase: "#2e2e2e",
                 QPalette.ColorRole.Text: "#f2f2f2", QPalette.ColorRole.Button: "#333333",
                 QPalette.ColorRole.ButtonText: "#f2f2f2", QPalette.ColorRole.ToolTipBase: "#333333",
                 QPalette.ColorRole.ToolTipText: "#f2f2f2",
                 QPalette.ColorRole.Highlight: colours.DARK_SWAP[colours.TRAIN.lower()],
                 QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.PlaceholderText: "#aaaaaa"}
    else:  # high contrast: pure black on white
        roles = {QPalette.ColorRole.Window: "#f4f4f4", QPalette.ColorRole.WindowText: "#000000",
                 QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#eeeeee",
                 QPalette.ColorRole.Text: "#000000", QPalette.ColorRole.Button: "#e6e6e6",
                 QPalette.ColorRole.ButtonText: "#000000", QPalette.ColorRole.ToolTipBase: "#ffffdc",
                 QPalette.ColorRole.ToolTipText: "#000000", QPalette.ColorRole.Highlight: colours.TRAIN,
                 QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#555555"}
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777777"))
    return p


def _style_plots(window, ratio: float) -> None:
    """Every plot takes the theme and scale: line widths and marker sizes (scaled by ``ratio``, the new scale over
    the old) at once everywhere; axes, titles, legends and texts at once where they are on screen, and on a hidden
    tab or dock when it is next shown. Restyling the hidden tabs' plots was most of a theme or presentation switch
    (a gap in the event loop the 1,000-action test measured), and nobody sees them until then."""
    import sys

    if "pyqtgraph" not in sys.modules:
        return  # no plot exists yet; configure_pyqtgraph reads the state when they are built
    import pyqtgraph as pg

    pg.setConfigOptions(background=background(), foreground=foreground())  # for plots built later
    for view in window.findChildren(pg.GraphicsView):
        if ratio != 1.0:
            _scale_lines(view, ratio)
        if view.isVisible():
            view._regviz_stale = False
            _style_view(view)
        elif not getattr(view, "_regviz_stale", False):
            view._regviz_stale = True
            view.installEventFilter(_RESTYLE_ON_SHOW)


class _RestyleOnShow(QObject):
    """Styles a plot that missed a theme or scale switch while hidden, just before it is shown."""

    def eventFilter(self, view, event) -> bool:
        if event.type() == QEvent.Type.Show and getattr(view, "_regviz_stale", False):
            view._regviz_stale = False
            view.removeEventFilter(self)
            _style_view(view)
        return False


_RESTYLE_ON_SHOW = _RestyleOnShow()


def _scale_lines(view, ratio: float) -> None:
    """Pens and markers relative to the scale they were drawn at: done for every plot at the switch (a hidden
    plot's items would otherwise mix two scales, as a new run adds items at the current one)."""
    import pyqtgraph as pg

    for item in view.scene().items():
        if isinstance(item, (pg.PlotDataItem, pg.InfiniteLine)) or (
                isinstance(item, pg.PlotCurveItem) and not isinstance(item.parentItem(), pg.PlotDataItem)):
            pen = pg.mkPen(item.pen if isinstance(item, pg.InfiniteLine) else item.opts["pen"])
            pen.setWidthF(pen.widthF() * ratio)
            item.setPen(pen)
        elif isinstance(item, pg.ScatterPlotItem):
            item.setSize(item.opts["size"] * ratio)


def _style_view(view) -> None:
    """One plot in the current theme and scale (idempotent: what it sets depends on them only)."""
    import pyqtgraph as pg

    fg, bg = foreground(), background()
    swap = DARK_SWAP if _state["dark"] else LIGHT_SWAP
    tick_font = QFont()
    text = min(_state["scale"], PLOT_TEXT_SCALE)  # plot text grows less than lines: plots must keep their room
    tick_font.setPointSizeF(8.5 * text)
    view.setBackground(bg)
    refit = getattr(view, "fit_legend", None)  # labels change size: one or two legend columns again
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            item.setPen(fg)
            item.setTextPen(fg)
            item.setStyle(tickFont=tick_font)
            item.labelStyle = {"color": fg, "font-size": f"{9.5 * text:.1f}pt"}
            item._updateLabel()
        elif isinstance(item, pg.LabelItem) and item.text and not isinstance(item.parentItem(), pg.LegendItem):
            item.setText(item.text, color=fg, size=f"{10.5 * text:.1f}pt")
        elif isinstance(item, pg.LegendItem):
            item.setLabelTextColor(fg)
            # Legend text grows little in presentation mode: its row above the data must not take the data's room
            # (at title size a plot's four entries took two rows, 29 px of a 150-px data area).
            size = f"{9 * min(_state['scale'], LEGEND_TEXT_SCALE):.1f}pt"
            item.setLabelTextSize(size)
            for sample, label in item.items:  # setLabelTextSize keeps the drawn text: draw it again
                label.setText(label.text, color=fg, size=size)
                _swap_key_pen(getattr(sample, "item", None), swap)
                sample.update()
        elif isinstance(item, (pg.PlotDataItem, pg.InfiniteLine)) or (
                isinstance(item, pg.PlotCurveItem) and not isinstance(item.parentItem(), pg.PlotDataItem)):
            pen = pg.mkPen(item.pen if isinstance(item, pg.InfiniteLine) else item.opts["pen"])
            colour = pen.color().name().lower()
            if colour in swap:
                pen.setColor(QColor(swap[colour]))
                item.setPen(pen)
        elif isinstance(item, pg.TextItem) and item.fill.style() == Qt.BrushStyle.NoBrush:
            colour = item.color.name().lower()  # a text on the plot's own background: the theme's variant
            if colour in swap:
                item.setColor(swap[colour])
    if callable(refit):
        refit()
    own = getattr(view, "style_points", None)  # markers (not swapped above: heat-map points keep their hues)
    if callable(own):
        own()
    after = getattr(view, "restyled", None)  # what a view lays out by its texts' new size (the maps' colour key)
    if callable(after):
        after()


def _swap_key_pen(key, swap: dict) -> None:
    """A legend entry drawn from an item of its own, outside the plot (a line style's key: "baseline" dashed):
    the scene walk above never meets it, so its pen takes the theme here (a black key stayed black on the dark
    plot, 1.2:1, after a theme switch mid-lesson)."""
    import pyqtgraph as pg

    if isinstance(key, pg.PlotDataItem) and key.scene() is None:
        pen = pg.mkPen(key.opts["pen"])
        colour = pen.color().name().lower()
        if colour in swap:
            pen.setColor(QColor(swap[colour]))
            key.setPen(pen)


@contextlib.contextmanager
def frozen(window):
    """No painting until a switch's layouts have settled: each plot was painted up to five times over as its
    layout changed (half a presentation switch's time, a gap the 1,000-action test measured), now once."""
    window.setUpdatesEnabled(False)
    try:
        yield
        QApplication.sendPostedEvents()  # the layout requests and resizes the switch posted, before any paint
    finally:
        window.setUpdatesEnabled(True)
