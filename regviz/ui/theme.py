"""Pens and colour maps for pyqtgraph (the colours themselves live in ``colours``, which needs no pyqtgraph)."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from . import appearance
from .colours import *  # noqa: F401,F403  (plots read every colour from here)
from .colours import CLASS_COLOURS


LINE_STYLES = {"solid": Qt.PenStyle.SolidLine, "dashed": Qt.PenStyle.DashLine, "dotted": Qt.PenStyle.DotLine,
               "dashdot": Qt.PenStyle.DashDotLine}


def pen(colour: str, width: float = 2.0, dashed: bool = False, style: str = "solid") -> pg.QtGui.QPen:
    """A plot pen in the current theme: widths scale in presentation mode, deep blue lightens on dark. Line
    styles tell series apart as well as hue does (colour is never the only cue)."""
    p = pg.mkPen(appearance.plot_colour(colour), width=width * appearance.line_scale())
    p.setStyle(LINE_STYLES["dashed" if dashed else style])
    return p


def configure_pyqtgraph() -> None:
    pg.setConfigOptions(antialias=True, background=appearance.background(), foreground=appearance.foreground())


def boundary_colormap() -> pg.ColorMap:
    """Class 0 orange → white at 50 % → class 1 blue: a diverging map that reads in every colour vision."""
    return pg.ColorMap([0.0, 0.5, 1.0], ["#F5C26B", "#FFFFFF", "#7FB2DA"])


def weight_colormap() -> pg.ColorMap:
    """Negative orange → 0 white → positive blue, at full strength: weights drawn as pictures must read on a
    projector, and white must mean exactly what the links' absence means (zero)."""
    return pg.ColorMap([0.0, 0.5, 1.0], [CLASS_COLOURS[0], "#FFFFFF", CLASS_COLOURS[1]])
