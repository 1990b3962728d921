"""What a class at the back of the room cannot read, measured on the widgets as a real X server lays them out:
text boxes that scroll, text wider than its widget, sliders without travel, squashed plots, legend entries that
look alike and colours too close to their background (WCAG 2 contrast). Each check returns (kind, message)."""
from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QLabel, QPlainTextEdit, QPushButton, QRadioButton,
                               QSlider, QStyle, QTabBar, QTextEdit, QToolButton, QWidget)

MIN_SLIDER = 120  # pixels: a shorter slider is a handle a class cannot drag with any precision
MIN_PER_DECADE = 25  # pixels per decade of a log slider
MIN_DATA_HEIGHT = 150  # pixels: a plot's data area below this is a strip
INK_SLACK = 3  # pixels of a line box past a plot's edge that carry no ink (leading above the accents; seen: 2)
TEXT_CONTRAST = 4.5  # WCAG 2 AA, body text
LINE_CONTRAST = 3.0  # WCAG 2 AA, graphical objects
ALIKE_COLOUR = 20.0  # CIELAB ΔE76 below which two line colours read as one (in any of the simulated visions)
ALIKE_DASHES = 0.25  # share of a legend sample's length where two dash patterns differ: below it they look alike

# A coloured span in a label's rich text, and what it holds (up to the next tag but one: "<b>━━</b>").
SPAN_COLOUR = re.compile(r"color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b[^>]*>((?:<[^/][^>]*>)?[^<]*)")
LINE_GLYPHS = "━─—–■●▬"
KINDS = ("scrolls", "cut", "slider", "plot", "alike", "text contrast", "line contrast", "layout")


# -- colour -------------------------------------------------------------------------------------------------------
def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    def lin(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


# Machado et al. (2009) at full severity: how a protanope and a deuteranope see an sRGB colour (applied to the
# gamma-encoded values, as the usual simulators do: good enough to tell "these two look alike").
_VISIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
}


def colour_distance(a: QColor, b: QColor) -> float:
    """The smallest CIELAB distance between two colours over normal, protan and deutan vision."""
    best = float("inf")
    for matrix in _VISIONS.values():
        seen = []
        for c in (a, b):
            rgb = (c.redF(), c.greenF(), c.blueF())
            seen.append(_lab(tuple(min(max(sum(m * v for m, v in zip(row, rgb)), 0.0), 1.0) for row in matrix)))
        best = min(best, sum((p - q) ** 2 for p, q in zip(*seen)) ** 0.5)
    return best


# -- what a widget shows -------------------------------------------------------------------------------------------
def shown(window: QWidget, kinds) -> list:
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible() and w.width() > 0
            and w.height() > 0]


def _plain(text: str) -> str:
    if Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = _plain(widget.text()).replace("\n", " ")
    label = widget.objectName() or type(widget).__name__
    return f"{label} {text[:40]!r}" if text else label


def text_boxes_that_scroll(window) -> list[tuple[str, str]]:
    found = []
    for box in shown(window, (QTextEdit, QPlainTextEdit)):
        bars = [name for name, bar in (("vertical", box.verticalScrollBar()), ("horizontal",
                box.horizontalScrollBar())) if bar.isVisible() and bar.maximum() > bar.minimum()]
        first = box.toPlainText().strip().replace("\n", " ")[:50]
        if bars:
            found.append(("scrolls", f"{_name(box)} shows a {' and a '.join(bars)} scroll bar "
                                     f"({box.width()}×{box.height()} px): {first!r}…"))
        hidden = box.verticalScrollBar()
        if not hidden.isVisible() and hidden.maximum() > hidden.minimum():  # switched off, and lines below
            found.append(("cut", f"{_name(box)} hides {hidden.maximum() - hidden.minimum()} px of its text "
                                 f"({box.width()}×{box.height()} px): {first!r}…"))
    return found


def cut_text(window) -> list[tuple[str, str]]:
    """A label, check box or button whose text needs more room than the widget has: Qt clips it mid-letter."""
    found = []
    for label in shown(window, QLabel):
        if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(("cut", f"{_name(label)} needs {need} px of height, has {label.height()}"))
        elif label.sizeHint().width() > label.width() + 1:
            found.append(("cut", f"{_name(label)} needs {label.sizeHint().width()} px, has {label.width()}"))
    for button in shown(window, QAbstractButton):
        if not button.text() or isinstance(button, QToolButton) and \
                button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            continue
        if isinstance(button, (QCheckBox, QRadioButton, QToolButton)):
            need = button.sizeHint().width()
        else:  # a push button's size hint is at least 80 px, whatever its text: measure the text itself
            style = button.style()
            icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
            need = (button.fontMetrics().horizontalAdvance(_plain(button.text())) + icon
                    + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
                    + 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button))
        if need > button.width() + 1:
            found.append(("cut", f"{_name(button)} needs {need} px, has {button.width()}"))
    for bar in shown(window, QTabBar):  # a bar wider than its room scrolls: the last tabs hide behind arrows
        need = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
        if need > bar.width() + 1:
            found.append(("cut", f"the tab bar needs {need} px, has {bar.width()}: its last tabs are hidden"))
    return found


def short_sliders(window) -> list[tuple[str, str]]:
    from regviz.ui.widgets import ValueSlider

    found = []
    for slider in shown(window, QSlider):
        length = slider.width() if slider.orientation() == Qt.Orientation.Horizontal else slider.height()
        owner = slider.parentWidget()
        name = owner.objectName() if isinstance(owner, ValueSlider) and owner.objectName() else _name(slider)
        if length < MIN_SLIDER:
            found.append(("slider", f"{name} is {length} px long"))
        elif isinstance(owner, ValueSlider) and owner._log:
            decades = owner._high - owner._low
            if length / decades < MIN_PER_DECADE:
                found.append(("slider", f"{name} gives {length / decades:.0f} px per decade ({decades:.0f} "
                                        f"decades in {length} px)"))
    return found


def _views(window) -> list:
    return shown(window, pg.GraphicsView)


def _plot_items(view) -> list:
    # A colour bar (the boundary's key) is a PlotItem to pyqtgraph, but it has no data area to read.
    return [i for i in view.scene().items()
            if isinstance(i, pg.PlotItem) and not isinstance(i, pg.ColorBarItem) and i.isVisible()]


def _title(item: pg.PlotItem) -> str:
    return _plain(item.titleLabel.text or "") or "untitled plot"


def squashed_plots(window) -> list[tuple[str, str]]:
    found = []
    for view in _views(window):
        for item in _plot_items(view):
            height = item.vb.sceneBoundingRect().height()
            if round(height) < MIN_DATA_HEIGHT:
                found.append(("plot", f"{_title(item)!r}: its data area is {height:.0f} px tall"))
    return found


def _text_rect(item):
    """The scene rectangle of a QGraphicsTextItem's text itself, without its document's margins."""
    margin = item.document().documentMargin()
    return item.mapRectToScene(item.boundingRect().adjusted(margin, margin, -margin, -margin))


def screen_geometry(window) -> tuple:
    """What the checks read that settles over a few event-loop turns: each text box's size and scroll range (a
    dock's share is fitted after a relayout), each shown plot's data area and range, and where each text in it is
    drawn. A check waits until two paints give the same (pyqtgraph places text and applies an auto range as it
    paints)."""
    rows = [(window.width(), window.height())]
    rows += [(box.width(), box.height(), box.verticalScrollBar().maximum(), box.verticalScrollBar().isVisible())
             for box in shown(window, (QTextEdit, QPlainTextEdit))]
    for view in _views(window):
        for item in _plot_items(view):
            rect = item.vb.sceneBoundingRect()
            rows.append((rect.getRect(), tuple(map(tuple, item.vb.viewRange()))))
            rows += [_text_rect(t.textItem).getRect() for t in item.vb.childGroup.childItems()
                     if isinstance(t, pg.TextItem) and t.isVisible()]
    return tuple(rows)


def cut_plot_text(window) -> list[tuple[str, str]]:
    """Text drawn in a plot that is cut: a hint wider than the data area it sits in (the view clips it at both
    ends); an axis label or a title running past the edge of the plot's widget."""
    found = []
    for view in _views(window):
        shown_rect = view.mapToScene(view.viewport().rect()).boundingRect()
        for item in _plot_items(view):
            box = item.vb.sceneBoundingRect()
            for text in item.vb.childGroup.childItems():
                if isinstance(text, pg.TextItem) and text.isVisible() and text.toPlainText().strip():
                    rect = _text_rect(text.textItem)
                    if rect.left() < box.left() - 1 or rect.right() > box.right() + 1:
                        found.append(("cut", f"{_title(item)!r}: {_plain(text.toPlainText())!r} needs "
                                             f"{rect.width():.0f} px, its data area is {box.width():.0f}"))
            labels = [(f"{side} axis label", item.getAxis(side).label) for side in ("bottom", "left", "right")
                      if item.getAxis(side).isVisible() and _plain(item.getAxis(side).labelText or "")]
            labels += [("title", item.titleLabel.item)] if item.titleLabel.isVisible() and _plain(
                item.titleLabel.text or "") else []
            for what, label in labels:
                if not label.isVisible():
                    continue
                rect = _text_rect(label)
                if not shown_rect.adjusted(-INK_SLACK, -INK_SLACK, INK_SLACK, INK_SLACK).contains(rect):
                    found.append(("cut", f"{_title(item)!r}: its {what} {_plain(label.toPlainText())!r} runs "
                                         f"past the plot's edge (its text spans {rect.left():.0f}.."
                                         f"{rect.right():.0f} × "
                                         f"{rect.top():.0f}..{rect.bottom():.0f} px of a {shown_rect.width():.0f}×"
                                         f"{shown_rect.height():.0f} plot)"))
    return found


def _dash_mask(pen, length: float) -> list[bool]:
    """Which pixels along a sample of ``length`` the pen inks (Qt's dash pattern is in units of the pen width)."""
    if pen.style() == Qt.PenStyle.SolidLine:
        return [True] * int(length)
    width = max(pen.widthF(), 1.0)
    pattern = [v * width for v in pen.dashPattern()] or [length]
    mask, position, index = [], 0.0, 0
    edges = []
    while position < length:
        edges.append((position, position + pattern[index % len(pattern)], index % 2 == 0))
        position += pattern[index % len(pattern)]
        index += 1
    for x in range(int(length)):
        mask.append(any(a <= x + 0.5 < b and on for a, b, on in edges))
    return mask


def _sample_look(sample) -> tuple | None:
    item = getattr(sample, "item", None)
    if item is None or not hasattr(item, "opts"):
        return None
    pen = pg.mkPen(item.opts.get("pen"))
    symbol = item.opts.get("symbol")
    if pen.style() == Qt.PenStyle.NoPen and symbol is None:
        brush = item.opts.get("brush") or item.opts.get("fillBrush")
        return ("fill", pg.mkBrush(brush).color()) if brush is not None else None
    colour = pen.color() if pen.style() != Qt.PenStyle.NoPen else pg.mkBrush(item.opts.get("symbolBrush")).color()
    return ("line", colour, pen, symbol)


def alike_legend_entries(window) -> list[tuple[str, str]]:
    found = []
    for view in _views(window):
        for legend in [i for i in view.scene().items() if isinstance(i, pg.LegendItem) and i.isVisible()]:
            entries = [(_plain(label.text), _sample_look(sample)) for sample, label in legend.items
                       if sample.isVisible()]
            entries = [(name, look) for name, look in entries if look is not None]
            for i, (name_a, a) in enumerate(entries):
                for name_b, b in entries[i + 1:]:
                    if a[0] != b[0]:
                        continue
                    distance = colour_distance(a[1], b[1])
                    if distance >= ALIKE_COLOUR:
                        continue
                    if a[0] == "fill":
                        found.append(("alike", f"legend entries {name_a!r} and {name_b!r}: fills ΔE {distance:.0f}"))
                        continue
                    if a[3] != b[3]:
                        continue  # different markers
                    length = 20  # pyqtgraph's legend sample: a 20 px line, whatever the pen's width
                    ma, mb = _dash_mask(a[2], length), _dash_mask(b[2], length)
                    differ = sum(x != y for x, y in zip(ma, mb)) / max(len(ma), 1)
                    if differ < ALIKE_DASHES:
                        found.append(("alike", f"legend entries {name_a!r} and {name_b!r}: colours ΔE "
                                               f"{distance:.0f}, dashes differ on {differ:.0%} of the sample"))
    return found


def _view_background(view) -> QColor:
    return view.backgroundBrush().color()


def _widget_background(widget: QWidget) -> QColor:
    """The colour behind a widget's text: its own fill if it paints one, else the nearest ancestor's."""
    w = widget
    while w is not None:
        if w is widget or w.autoFillBackground() or w.isWindow():
            role = w.backgroundRole()
            if w is widget and isinstance(w, QLabel) and not w.autoFillBackground():
                w = w.parentWidget()
                continue
            return w.palette().color(role)
        w = w.parentWidget()
    return widget.palette().color(widget.backgroundRole())


def poor_contrast(window) -> list[tuple[str, str]]:
    found = []
    for widget in shown(window, (QLabel, QCheckBox, QRadioButton, QPushButton, QToolButton)):
        if not widget.isEnabled() or not widget.text():
            continue
        widget.ensurePolished()
        fg = widget.palette().color(widget.foregroundRole())
        bg = _widget_background(widget)
        ratio = contrast(fg, bg)
        if ratio < TEXT_CONTRAST:
            found.append(("text contrast", f"{_name(widget)}: {fg.name()} on {bg.name()} is {ratio:.1f}:1"))
        if isinstance(widget, QLabel) and Qt.mightBeRichText(widget.text()):  # coloured words in a label
            for colour, inside in sorted(set(SPAN_COLOUR.findall(widget.text()))):
                sample = not _plain(inside).strip(LINE_GLYPHS + " ")  # a line sample drawn in text: a graphic
                ratio = contrast(QColor(colour), bg)
                if ratio < (LINE_CONTRAST if sample else TEXT_CONTRAST):
                    what = "a line sample" if sample else "words"
                    found.append(("line contrast" if sample else "text contrast",
                                  f"{_name(widget)}: {what} in {colour} on {bg.name()}: {ratio:.1f}:1"))
    for view in _views(window):
        bg = _view_background(view)
        for item in view.scene().items():
            if not item.isVisible():
                continue
            texts = []
            if isinstance(item, pg.AxisItem) and (item.style.get("showValues", True) or item.label.isVisible()):
                texts.append((f"{item.orientation} axis", item.textPen().color()))
            elif isinstance(item, pg.LabelItem) and item.text:
                colour = item.opts.get("color") or pg.getConfigOption("foreground")
                texts.append((_plain(item.text)[:30], pg.mkColor(colour)))
            elif isinstance(item, pg.TextItem) and item.toPlainText().strip():
                fill = item.fill.color() if item.fill.style() != Qt.BrushStyle.NoBrush else bg
                if fill.alpha() > 200:
                    ratio = contrast(item.color, fill)
                    if ratio < TEXT_CONTRAST:
                        found.append(("text contrast", f"plot text {item.toPlainText()[:30]!r}: "
                                                       f"{item.color.name()} on {fill.name()} is {ratio:.1f}:1"))
                continue
            for name, colour in texts:
                ratio = contrast(colour, bg)
                if ratio < TEXT_CONTRAST:
                    found.append(("text contrast", f"plot text {name!r}: {colour.name()} on {bg.name()} is "
                                                   f"{ratio:.1f}:1"))
            pen = None
            if isinstance(item, pg.InfiniteLine):
                pen = item.pen
            elif isinstance(item, pg.PlotDataItem) and item.xData is not None and len(item.xData):
                pen = pg.mkPen(item.opts["pen"])
            if pen is not None and pen.style() != Qt.PenStyle.NoPen and pen.color().alpha() > 0:
                ratio = contrast(pen.color(), bg)
                if ratio < LINE_CONTRAST:
                    name = item.name() if hasattr(item, "name") and item.name() else type(item).__name__
                    found.append(("line contrast", f"line {name!r}: {pen.color().name()} on {bg.name()} is "
                                                   f"{ratio:.1f}:1"))
        for legend in [i for i in view.scene().items() if isinstance(i, pg.LegendItem) and i.isVisible()]:
            for sample, label in legend.items:
                look = _sample_look(sample)
                if look is not None and look[0] == "line" and look[2].style() != Qt.PenStyle.NoPen:
                    ratio = contrast(look[1], bg)
                    if ratio < LINE_CONTRAST:
                        found.append(("line contrast", f"legend swatch {_plain(label.text)!r}: {look[1].name()} "
                                                       f"on {bg.name()} is {ratio:.1f}:1"))
    return found


def toolbar_overflow(window) -> list[tuple[str, str]]:
    """A toolbar whose items do not all fit: Qt puts the last ones behind its » button, out of the class's sight
    (Compare and Race in presentation type at 1024×768)."""
    from PySide6.QtWidgets import QToolBar, QToolButton

    return [("cut", f"the toolbar {bar.objectName()!r}: items behind its » button") for bar in
            window.findChildren(QToolBar) if bar.isVisible() and any(
                button.isVisible() for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"))]


def all_problems(window) -> list[tuple[str, str]]:
    problems = []
    for check in (text_boxes_that_scroll, cut_text, cut_plot_text, short_sliders, squashed_plots, alike_legend_entries,
                  poor_contrast, toolbar_overflow):
        problems += check(window)
    return sorted(set(problems))
