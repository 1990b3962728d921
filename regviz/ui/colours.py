"""Okabe–Ito, the colour-blind-safe palette; baselines are dashed, never told apart by hue alone."""

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
TRAIN = OKABE_ITO["blue"]
TEST = OKABE_ITO["vermillion"]
PENALTY = OKABE_ITO["green"]
VALIDATION = OKABE_ITO["purple"]  # drawn dotted too: never told apart by hue alone
SPARSITY = OKABE_ITO["purple"]
NORM = OKABE_ITO["orange"]
CLASS_COLOURS = (OKABE_ITO["orange"], OKABE_ITO["blue"])
