"""The network as TF Playground draws it: units as small maps of what they compute over the input plane, links
as lines whose width grows with |w| and whose colour is the sign (blue positive, orange negative, as TF
Playground draws them), links at exactly zero not drawn, units a training step drops crossed out. One drawing per net, side by side.

Everything drawn comes from a core.records.NetworkView; this module only lays it out. Widths are on one scale
per layer gap for the whole run, fixed by the net's initial weights (its widest initial link = ``REFERENCE_PX``),
so L2 visibly thins the links and growth thickens them; rescaling every frame would hide both.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen

from .. import appearance, colours, theme
from ...core.config import FEATURE_LABELS
from .budget import RedrawBudget, show_hover
from .net_names import net_words
from ..texts import say

translate = QCoreApplication.translate  # translate("NetworkGraph", "…"): lupdate reads the literal context

NODE = 0.38  # a unit's square (the drawing's unit of length)
PITCH = 0.46  # vertical distance between units
WIDTHS_PX = (0.4, 0.8, 1.3, 1.8, 2.4, 3.1, 4.0)  # link widths drawn (bucketed: one pen per width and sign)
REFERENCE_PX = 1.3  # the widest link of the initial net
HOVER_DISTANCE = 0.06  # how near a link the pointer must be, in unit pitches


def layer_name(layer: int, n_layers: int) -> str:
    return translate("NetworkGraph", "input") if layer == 0 else translate("NetworkGraph", "output") \
        if layer == n_layers - 1 else translate("NetworkGraph", "hidden {layer}").format(layer=layer)


class LinkLines(pg.GraphicsObject):
    """Many straight lines in a few pens, drawn with QPainter.drawLines. A wide antialiased pen stroking one
    many-segment path (pyqtgraph's PlotCurveItem) took 16 ms per path here and blocked the event loop for 300 ms
    a redraw; separate lines stroke in a fraction of that."""

    def __init__(self):
        super().__init__()
        self.groups: list[tuple[QPen, list[QLineF]]] = []
        self._rect = QRectF()

    def set_lines(self, groups: list[tuple[QPen, np.ndarray]]) -> None:
        """``groups``: (pen, [k, 4] array of x0, y0, x1, y1) each."""
        self.prepareGeometryChange()
        self.groups = [(pen, [QLineF(*row) for row in lines.tolist()]) for pen, lines in groups if len(lines)]
        coords = [lines for _pen, lines in groups if len(lines)]
        if coords:
            xy = np.concatenate(coords)
            xs, ys = xy[:, 0::2], xy[:, 1::2]
            self._rect = QRectF(float(xs.min()), float(ys.min()), float(np.ptp(xs)), float(np.ptp(ys)))
        else:
            self._rect = QRectF()
        self.update()

    def count(self) -> int:
        return sum(len(lines) for _pen, lines in self.groups)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, *_args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for pen, lines in self.groups:
            painter.setPen(pen)
            painter.drawLines(lines)


class _Drawing:
    """One net's drawing in its own view box: built for a structure, then updated in place each record."""

    def __init__(self, box: pg.ViewBox, aspect: float = 1.8, title: str = ""):
        self.box = box
        self.title = title  # the net's name when several are drawn
        self.aspect = aspect  # the drawing's width / height: layers spread to fill a wide box
        self.xs = np.zeros(0)
        self.structure: tuple | None = None
        self.nodes: list[list[pg.ImageItem]] = []
        self.centres: list[np.ndarray] = []  # per layer: [units, 2]
        self.links = LinkLines()
        self.pens: dict[tuple[bool, int], QPen] = {}
        self.crosses = pg.PlotCurveItem(connect="pairs")
        self.labels: list[pg.TextItem] = []
        self.reference: list[float] | None = None  # per gap: the initial net's largest |w|
        self.view = None
        self.masks: tuple[np.ndarray, ...] = ()
        self.segments = np.zeros((0, 4))
        self.segment_info: list[tuple[int, int, int, float]] = []

    def build(self, view) -> None:
        self.box.clear()
        self.structure = _structure(view)
        lut = theme.boundary_colormap().getLookupTable(0.0, 1.0, 256)
        self.nodes, self.centres, self.labels = [], [], []
        border = pg.mkPen(appearance.foreground(), width=1)
        size = min(9.0 * appearance.line_scale(), 9.0 * appearance.PLOT_TEXT_SCALE)
        font = QFont()
        font.setPointSizeF(size)
        n_layers = len(view.widths)
        height = max(len(units) for units in view.shown) * PITCH + 0.75
        self.xs = np.arange(n_layers) * max(1.0, self.aspect * height / max(1, n_layers - 1))
        for layer, units in enumerate(view.shown):
            k, x = len(units), float(self.xs[layer])
            ys = (np.arange(k)[::-1] - (k - 1) / 2) * PITCH
            self.centres.append(np.stack([np.full(k, x), ys], 1))
            column = []
            for i, y in enumerate(ys):
                image = pg.ImageItem(axisOrder="row-major")
                if layer == n_layers - 1 and k > 1:  # K classes: P(class) from white to its own colour
                    own = colours.CLASS_COLOURS[int(units[i])]
                    image.setLookupTable(pg.ColorMap([0.0, 1.0], ["#FFFFFF", own]).getLookupTable(0.0, 1.0, 256))
                else:
                    image.setLookupTable(lut)
                image.setBorder(border)
                self.box.addItem(image)
                image.rect = QRectF(x - NODE / 2, y - NODE / 2, NODE, NODE)  # set after each setImage
                column.append(image)
            names = getattr(view, "input_names", ()) if layer == 0 else ("ŷ",) if not view.maps and \
                layer == n_layers - 1 else ()
            for unit, y in zip(units, ys):  # a regression draws no maps: its units say what they are
                if names and int(unit) < len(names):
                    tag = pg.TextItem(names[int(unit)], color=appearance.foreground(), anchor=(0.5, 0.5))
                    tag.setFont(font)
                    tag.setPos(x, y)
                    self.box.addItem(tag)
                    self.labels.append(tag)
            self.nodes.append(column)
            top = ys[0] + NODE / 2 if k else 0.0
            title = pg.TextItem(layer_name(layer, n_layers) if layer in (0, n_layers - 1)
                                else translate("NetworkGraph", "{layer}\n{units} units").format(
                                    layer=layer_name(layer, n_layers), units=view.widths[layer]),
                                color=appearance.foreground(), anchor=(0.5, 1.0))
            title.setFont(font)
            title.setPos(x, top + 0.05)
            self.box.addItem(title)
            self.labels.append(title)
            if layer == 0 or (layer == n_layers - 1 and k > 1):  # the features' names; K classes' outputs
                for i, y in enumerate(ys):
                    unit = int(units[i])
                    text = _input_label(view, unit) if layer == 0 else str(unit)
                    colour = appearance.foreground() if layer == 0 else colours.CLASS_COLOURS[unit]
                    name = pg.TextItem(text, color=colour, anchor=(1.0, 0.5) if layer == 0 else (0.0, 0.5))
                    name.setFont(font)
                    name.setPos(x - NODE / 2 - 0.04 if layer == 0 else x + NODE / 2 + 0.04, y)
                    self.box.addItem(name)
                    self.labels.append(name)
            hidden = view.widths[layer] - k
            if hidden > 0:
                more = pg.TextItem(translate("NetworkGraph", "+{hidden} more").format(hidden=hidden),
                                   color=appearance.foreground(), anchor=(0.5, 0.0))
                more.setFont(font)
                more.setPos(x, (ys[-1] - NODE / 2) - 0.05)
                self.box.addItem(more)
                self.labels.append(more)
        self.pens = {}
        for positive in (True, False):
            colour = theme.OKABE_ITO["blue" if positive else "orange"]  # lines: the palette's line variants
            for bucket, width in enumerate(WIDTHS_PX):
                # Solid, opaque and flat-capped: dashed, translucent or square-capped wide antialiased lines cost
                # 15-20x the paint (measured: 560 links, 130 ms against 7 ms), and the drawing redraws live.
                # Widths encode |w|: not scaled up in presentation mode (a dense layer would become one blot).
                pen = theme.pen(colour, width / appearance.line_scale())
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self.pens[(positive, bucket)] = pen
        self.links = LinkLines()
        self.links.setZValue(-1)  # under the units
        self.box.addItem(self.links)
        self.crosses = pg.PlotCurveItem(connect="pairs", pen=theme.pen(theme.OKABE_ITO["black"], 2.0))
        self.box.addItem(self.crosses)
        # Room for two lines of layer title (0.8 pitch-units holds them at presentation size on a 720-line screen)
        # and, above them, the net's name.
        top = max((c[0, 1] for c in self.centres if len(c)), default=0.0) + NODE / 2 + 0.8
        if self.title:  # in the box, not the layout: a layout label's width would make the columns unequal
            name = pg.TextItem(say(net_words(self.title)), color=appearance.foreground(), anchor=(0.5, 1.0))
            bold = QFont(font)
            bold.setBold(True)
            name.setFont(bold)
            name.setPos(float(self.xs[-1]) / 2, top + 0.1)
            self.box.addItem(name)
            self.labels.append(name)
            top += 0.8  # the name's own line, at presentation size
        bottom = min((c[-1, 1] for c in self.centres if len(c)), default=0.0) - NODE / 2 - 0.45
        left = 0.6 + 0.22 * max(len(FEATURE_LABELS.get(n, n)) for n in view.inputs)  # room for the names
        self.box.setRange(QRectF(-left, bottom, float(self.xs[-1]) + left + 0.6 + 0.3 * (len(self.centres[-1]) > 1),
                                 top - bottom), padding=0.02)

    def draw(self, view, masks: tuple[np.ndarray, ...]) -> None:
        if _structure(view) != self.structure:
            self.build(view)
        if self.reference is None or len(self.reference) != len(view.links):
            self.reference = [float(np.abs(w).max()) if w.size and np.abs(w).max() > 0 else 1.0 for w in view.links]
        self.view, self.masks = view, masks
        last = len(view.maps) - 1
        for layer, (column, maps) in enumerate(zip(self.nodes, view.maps)):
            for image, values in zip(column, maps):
                if layer == last:
                    levels = (0.0, 1.0)  # P(class 1), coloured exactly as the decision boundary (K > 2: P(class))
                else:
                    lo, hi = float(values.min()), float(values.max())
                    levels = (lo, hi) if hi - lo > 1e-9 else (lo - 1.0, lo + 1.0)  # a constant unit: white
                image.setImage(values, levels=levels, autoLevels=False)
                image.setRect(image.rect)  # after setImage: the rect scales the image's pixels
        self._draw_links(view)
        self._draw_crosses(view, masks)

    def _draw_links(self, view) -> None:
        points: dict[tuple[bool, int], list[np.ndarray]] = {key: [] for key in self.pens}
        segments, info = [], []
        for gap, weights in enumerate(view.links):
            start, end = self.centres[gap], self.centres[gap + 1]
            out_idx, in_idx = np.nonzero(weights)  # exactly zero: not drawn
            w = weights[out_idx, in_idx]
            x0 = start[in_idx, 0] + NODE / 2
            y0 = start[in_idx, 1]
            x1 = end[out_idx, 0] - NODE / 2
            y1 = end[out_idx, 1]
            px = np.abs(w) / self.reference[gap] * REFERENCE_PX
            bucket = np.clip(np.searchsorted(WIDTHS_PX, px), 0, len(WIDTHS_PX) - 1)
            for positive in (True, False):
                for b in range(len(WIDTHS_PX)):
                    pick = (bucket == b) & ((w > 0) if positive else (w < 0))
                    if pick.any():
                        points[(positive, b)].append(np.stack([x0[pick], y0[pick], x1[pick], y1[pick]], 1))
            segments.append(np.stack([x0, y0, x1, y1], 1))
            info += [(gap, int(i), int(o), float(v)) for i, o, v in zip(in_idx, out_idx, w)]
        # Thin links first, the strongest on top, the two signs interleaved (neither colour buries the other).
        order = sorted(points, key=lambda key: (key[1], key[0]))
        self.links.set_lines([(self.pens[key], np.concatenate(points[key])) for key in order if points[key]])
        self.segments = np.concatenate(segments) if segments else np.zeros((0, 4))
        self.segment_info = info

    def _draw_crosses(self, view, masks) -> None:
        xy = []
        half = NODE / 2
        for layer, mask in enumerate(masks, start=1):  # dropout follows each hidden layer
            if layer >= len(view.shown) - 1:
                break
            dropped = np.nonzero(mask[view.shown[layer]])[0] if len(mask) >= view.widths[layer] else []
            for i in dropped:
                cx, cy = self.centres[layer][i]
                xy += [(cx - half, cy - half), (cx + half, cy + half), (cx - half, cy + half), (cx + half, cy - half)]
        if xy:
            xy = np.array(xy)
            self.crosses.setData(xy[:, 0], xy[:, 1], connect="pairs")
        else:
            self.crosses.setData([], [])

    def describe(self, point: QPointF) -> str | None:
        """What is under ``point`` (view coordinates): a unit's range of outputs, or a link's weight."""
        view = self.view
        if view is None:
            return None
        x, y = point.x(), point.y()
        n_layers = len(view.widths)
        for layer, centres in enumerate(self.centres):
            if len(centres) and abs(x - self.xs[layer]) <= NODE / 2:
                hit = np.nonzero(np.abs(centres[:, 1] - y) <= NODE / 2)[0]
                if len(hit):
                    i = int(hit[0])
                    unit = int(view.shown[layer][i])
                    name = layer_name(layer, n_layers)
                    if not view.maps:  # a regression: no map over a plane, what the unit is
                        what = translate("NetworkGraph", "ŷ, the fitted y") if layer == n_layers - 1 \
                            else self._unit(layer, i)
                        return translate("NetworkGraph", "{layer}, {unit}").format(layer=name, unit=what)
                    values = view.maps[layer][i]
                    classes = len(view.shown[-1])
                    what = (translate("NetworkGraph", "P(class {number})").format(
                                number=unit if classes > 1 else 1) if layer == n_layers - 1
                            else self._unit(layer, i) if layer == 0
                            else translate("NetworkGraph", "unit {number}").format(number=unit + 1))
                    dropped = 0 < layer <= len(self.masks) and len(self.masks[layer - 1]) > unit and \
                        bool(self.masks[layer - 1][unit])
                    fields = dict(layer=name, unit=what, low=f"{values.min():.3g}", high=f"{values.max():.3g}")
                    if dropped:
                        return translate("NetworkGraph", "{layer}, {unit}: from {low} to {high} over the plane — "
                                                         "dropped on this training step").format(**fields)
                    return translate("NetworkGraph", "{layer}, {unit}: from {low} to {high} over the "
                                                     "plane").format(**fields)
        if not len(self.segments):
            return None
        x0, y0, x1, y1 = self.segments.T
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((x - x0) * dx + (y - y0) * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0, 1)
        distance = np.hypot(x0 + t * dx - x, y0 + t * dy - y)
        nearest = int(np.argmin(distance))
        if distance[nearest] > HOVER_DISTANCE:
            return None
        gap, i, o, w = self.segment_info[nearest]
        return (f"w = {w:+.4g}: {layer_name(gap, n_layers)} {self._unit(gap, i)} → "
                f"{layer_name(gap + 1, n_layers)} {self._unit(gap + 1, o)}")

    def _unit(self, layer: int, index: int) -> str:
        unit = int(self.view.shown[layer][index])
        if layer == 0:
            return _input_label(self.view, unit)
        if layer == len(self.view.widths) - 1:
            return translate("NetworkGraph", "class {number}").format(number=unit) \
                if len(self.view.shown[-1]) > 1 else ""
        return translate("NetworkGraph", "unit {number}").format(number=unit + 1)


def _structure(view) -> tuple:
    """What a drawing is built for: the net's shape, the type size and theme, and the language its titles are in
    (a language switch rebuilds it at the next record)."""
    return (view.widths, tuple(len(s) for s in view.shown), appearance.line_scale(), appearance.foreground(),
            view.inputs, translate("NetworkGraph", "input"))


def _input_label(view, unit: int) -> str:
    """An input unit's name: a regression's x or Legendre term P1 …, else 2-D data's feature (x₁, x₁², …)."""
    if view.input_names:
        return view.input_names[unit] if unit < len(view.input_names) else f"{unit + 1}"
    return FEATURE_LABELS.get(view.inputs[unit], view.inputs[unit])


class NetworkGraph(pg.GraphicsLayoutWidget):
    """The drawing of every net of the run, side by side; redrawn by the window's timer (``refresh``)."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.drawings: dict[str, _Drawing] = {}
        self._latest: dict[str, tuple] = {}
        self._budget = RedrawBudget()
        self.hover_text: str | None = None
        self.scene().sigMouseMoved.connect(self._on_mouse)

    def set_names(self, names: list[str]) -> None:
        self.clear()
        self.drawings, self._latest = {}, {}
        columns = 2 if len(names) > 2 else len(names)  # a race of three or four: two rows of two, labels legible
        for i, name in enumerate(names):
            box = self.addViewBox(row=i // columns, col=i % columns, lockAspect=True, enableMouse=False)
            box.setMenuEnabled(False)
            rows = -(-len(names) // columns)
            self.drawings[name] = _Drawing(box, aspect=1.8 * rows / columns, title=name if len(names) > 1 else "")

    def set_view(self, name: str, view, masks: tuple[np.ndarray, ...] = ()) -> None:
        self._latest[name] = (view, masks)

    def refresh(self) -> None:
        """Redraw with the latest views, within the redraw budget (budget.RedrawBudget)."""
        if not self._latest or not self._budget.due():
            return
        for name, (view, masks) in self._latest.items():
            if name in self.drawings:
                self.drawings[name].draw(view, masks)
        self._latest = {}

    def _on_mouse(self, position) -> None:
        text = None
        for drawing in self.drawings.values():
            if drawing.box.sceneBoundingRect().contains(position):
                text = drawing.describe(drawing.box.mapSceneToView(position))
                break
        show_hover(self, text)

