"""Colours and pens. Okabe–Ito, the colour-blind-safe palette; baselines are dashed, never told apart by hue alone."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
TRAIN = OKABE_ITO["blue"]
TEST = OKABE_ITO["vermillion"]
PENALTY = OKABE_ITO["green"]
DATA_LOSS = OKABE_ITO["sky"]
SPARSITY = OKABE_ITO["purple"]
NORM = OKABE_ITO["orange"]
CLASS_COLOURS = (OKABE_ITO["orange"], OKABE_ITO["blue"])


def pen(colour: str, width: float = 2.0, dashed: bool = False) -> pg.QtGui.QPen:
    p = pg.mkPen(colour, width=width)
    if dashed:
        p.setStyle(Qt.PenStyle.DashLine)
    return p


def configure_pyqtgraph() -> None:
    pg.setConfigOptions(antialias=True, background="w", foreground="k")


def boundary_colormap() -> pg.ColorMap:
    """Class 0 orange → white at 50 % → class 1 blue: a diverging map that reads in every colour vision."""
    return pg.ColorMap([0.0, 0.5, 1.0], ["#F5C26B", "#FFFFFF", "#7FB2DA"])
