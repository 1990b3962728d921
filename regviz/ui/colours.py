"""The one palette: Okabe–Ito's colour-blind-safe hues, in a darker variant for the light theme and a lighter one
for the dark theme, so every line keeps WCAG contrast ≥ 3:1 and every coloured text ≥ 4.5:1 against the plot
and window backgrounds of its theme (Okabe–Ito's own orange, sky and yellow are 2.3, 2.3 and 1.3:1 on white).
Baselines are dashed and validation dotted: lines are never told apart by hue alone.

Everything draws with the light variants (TRAIN, TEST, …); ``appearance.plot_colour`` swaps them for the dark
ones (DARK_SWAP) when the dark theme is on. Heat maps and class fills use the hues themselves (HUES): they
are areas, not lines, and stay diverging orange–white–blue ("white = zero")."""

HUES = {  # Okabe & Ito (2008), as published
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
# name: (on white and the light window #f4f4f4, on the dark plot #1c1c1c and window #262626). Contrast of each,
# light / dark, measured in tests/ui/test_palette.py: ≥ 4.5:1 except orange (a line colour only, ≥ 3:1).
VARIANTS = {
    "orange": ("#B98000", "#E69F00"),
    "sky": ("#377496", "#8CCDF0"),
    "green": ("#006244", "#1AA67E"),
    "yellow": ("#767020", "#F0E442"),
    "blue": ("#0072B2", "#56B4E9"),
    "vermillion": ("#B65000", "#DE6D43"),
    "purple": ("#995B7D", "#BC80A9"),
    "black": ("#000000", "#FFFFFF"),
}
# Light green, dark purple and dark vermillion moved from Okabe–Ito's variants (#007E5B, #D48CB4, #E27B35): green and
# blue looked alike to a tritanope (CAM02-UCS ΔE 6.6), and so did dark orange and purple (8.6), dark orange and
# vermillion to a deuteranope (9.2); tests/ui/test_colour_vision.py holds every pair above its threshold.
# The palette colours lines are drawn in (sky and yellow are not drawn: they would fail the check beside blue and
# vermillion, and a new line colour must pass it before it is used).
LINE_NAMES = ("blue", "vermillion", "green", "purple", "orange", "black")
TEXT_SAFE = tuple(name for name in VARIANTS if name != "orange")  # colours that may colour text, too

OKABE_ITO = {name: light for name, (light, _) in VARIANTS.items()}  # what lines and text are drawn in
DARK_SWAP = {light.lower(): dark for light, dark in VARIANTS.values()}

TRAIN = OKABE_ITO["blue"]
TEST = OKABE_ITO["vermillion"]
PENALTY = OKABE_ITO["green"]
VALIDATION = OKABE_ITO["purple"]  # drawn dotted too: never told apart by hue alone
SPARSITY = OKABE_ITO["purple"]
NORM = OKABE_ITO["orange"]
# Points and heat maps: areas, the hues themselves; classes 0 and 1 orange and blue as the lessons name them, up
# to six classes (data.classes). Never colour alone: K > 2 classes are also marked by shape (CLASS_SYMBOLS).
CLASS_COLOURS = (HUES["orange"], HUES["blue"], HUES["green"], HUES["purple"], HUES["sky"], HUES["vermillion"])
CLASS_COLOUR_NAMES = ("orange", "blue", "green", "purple", "sky blue", "vermillion")
CLASS_SYMBOLS = ("o", "s", "t1", "d", "star", "h")  # circle, square, triangle (up), diamond, star, hexagon
CLASS_SYMBOL_NAMES = ("circle", "square", "triangle", "diamond", "star", "hexagon")
LAYER_RAMP = {"light": (0.0, 0.55), "dark": (0.45, 1.0)}  # the span of viridis whose lines keep 3:1 in each theme
