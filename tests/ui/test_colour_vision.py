"""Every colour vision (issue 27, item 5): each pair of line colours in each theme and each pair of class colours
stays distinguishable under simulated protanopia, deuteranopia and tritanopia at full severity (Machado et al.
2009, as colorspacious implements it), measured in CAM02-UCS; the diverging heat maps keep both ends apart and
read as two ramps meeting at white for every vision; lines the same colour differ by dash."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from regviz.ui import colours
from screen_checks import contrast
from PySide6.QtGui import QColor

VISIONS = {"normal": None, "protanopia": "protanomaly", "deuteranopia": "deuteranomaly",
           "tritanopia": "tritanomaly"}
# CAM02-UCS ΔE ≈ 1 is about one just-noticeable difference between two large patches side by side. Lines 2 px
# wide and markers 9 px across are small marks, seen apart (a curve here, its legend there) and on a washed-out
# projector: the difference needed to tell small marks apart grows steeply as they shrink (Stone, Szafir & Setlur,
# "An engineering model for color difference as a function of size", 2014; Szafir, "Modeling color difference
# for visualization design", 2017), so a floor of several JNDs is needed. Okabe–Ito's eight hues as published, the
# palette designed for colour-blind readers, keep all 28 pairs at ΔE ≥ 11.0 for all four visions here: 10 asks of
# our darker (light theme) and lighter (dark theme) variants what the published palette itself achieves.
MIN_DELTA_E = 10.0
# The class fills (areas, the hues themselves) are large patches: the same floor holds them with room to spare.
THEMES = {"light": 0, "dark": 1}


def _rgb(colour: str) -> np.ndarray:
    colour = colour.lstrip("#")
    return np.array([int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)])


def seen(colour, vision: str) -> np.ndarray:
    rgb = _rgb(colour) if isinstance(colour, str) else np.asarray(colour, dtype=float)
    if VISIONS[vision] is None:
        return rgb
    space = {"name": "sRGB1+CVD", "cvd_type": VISIONS[vision], "severity": 100}
    return np.clip(cspace_convert(rgb, space, "sRGB1"), 0, 1)


def delta_e(a, b, vision: str) -> float:
    return float(deltaE(seen(a, vision), seen(b, vision), input_space="sRGB1", uniform_space="CAM02-UCS"))


def colour_pairs() -> list[tuple[str, str, str, str]]:
    """(what, name, colour a, colour b): the line colours of each theme, pairwise, and the class colours."""
    pairs = []
    for theme, index in THEMES.items():
        line = {name: colours.VARIANTS[name][index] for name in colours.LINE_NAMES}
        pairs += [(f"{theme} lines", f"{a}/{b}", line[a], line[b]) for a, b in itertools.combinations(line, 2)]
    pairs += [("class fills", f"class {i}/class {j}", colours.CLASS_COLOURS[i], colours.CLASS_COLOURS[j])
              for i, j in itertools.combinations(range(len(colours.CLASS_COLOURS)), 2)]
    return pairs


def test_every_colour_pair_is_distinguishable_in_every_colour_vision():
    failures, smallest = [], (float("inf"), "")
    pairs = colour_pairs()
    for what, name, a, b in pairs:
        for vision in VISIONS:
            distance = delta_e(a, b, vision)
            smallest = min(smallest, (distance, f"{what} {name} for {vision}"))
            if distance < MIN_DELTA_E:
                failures.append(f"{what} {name} ({a}, {b}) for {vision}: ΔE {distance:.1f}")
    print(f"{len(pairs)} pairs × {len(VISIONS)} visions; smallest ΔE {smallest[0]:.1f} ({smallest[1]})")
    assert len(pairs) >= 31
    assert not failures, "\n".join(failures)


def test_the_moved_colours_keep_their_contrast():
    """The contrast rule still holds for the colours moved for colour vision (test_palette checks them all)."""
    backgrounds = {"light": ("#ffffff", "#f4f4f4"), "dark": ("#1c1c1c", "#262626")}
    for theme, index in THEMES.items():
        for name in colours.LINE_NAMES:
            need = 4.5 if name in colours.TEXT_SAFE else 3.0
            for background in backgrounds[theme]:
                assert contrast(QColor(colours.VARIANTS[name][index]), QColor(background)) >= need


def _lightness(rgb: np.ndarray) -> float:
    return float(cspace_convert(rgb, "sRGB1", "CAM02-UCS")[0])


@pytest.mark.parametrize("which", ["boundary", "weights"])
@pytest.mark.parametrize("vision", list(VISIONS))
def test_the_diverging_heat_maps_read_in_every_colour_vision(which, vision):
    """Orange–white–blue stays diverging for every vision: its two ends stay far apart (a class-0 region never
    looks like a class-1 one), and lightness rises from each end to white at the middle, so "pale = near zero"
    and "which side of zero" both survive the loss of a cone type."""
    pytest.importorskip("pyqtgraph")
    from regviz.ui import theme

    cmap = theme.boundary_colormap() if which == "boundary" else theme.weight_colormap()
    lut = cmap.getLookupTable(0.0, 1.0, 65, alpha=False) / 255.0
    looked = [seen(rgb, vision) for rgb in lut]
    assert delta_e(lut[0], lut[-1], vision) >= MIN_DELTA_E
    lightness = [_lightness(rgb) for rgb in looked]
    middle = len(lightness) // 2
    assert all(np.diff(lightness[:middle + 1]) > -0.5), lightness[:middle + 1]
    assert all(np.diff(lightness[middle:]) < 0.5), lightness[middle:]
    for end in (lut[0], lut[-1]):  # each end apart from white (zero)
        assert delta_e(end, lut[middle], vision) >= MIN_DELTA_E
