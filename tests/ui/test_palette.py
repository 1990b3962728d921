"""One palette, legible in both themes: every line colour at WCAG contrast ≥ 3:1 and every colour that may colour
text at ≥ 4.5:1 against the plot and window backgrounds of each theme, and the dark theme draws each palette
colour in its own lighter variant (the swap is one-to-one, so switching back restores every pen)."""
import pytest
from PySide6.QtGui import QColor

from regviz.ui import appearance, colours
from screen_checks import contrast

BACKGROUNDS = {"light": ("#ffffff", "#f4f4f4"), "dark": ("#1c1c1c", "#262626")}  # plot, window


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_palette_colour_meets_contrast_in_each_theme(theme):
    for name, (light, dark) in colours.VARIANTS.items():
        colour = QColor(light if theme == "light" else dark)
        need = 4.5 if name in colours.TEXT_SAFE else 3.0
        for background in BACKGROUNDS[theme]:
            assert contrast(colour, QColor(background)) >= need, (theme, name, background)


def test_the_named_series_colours_are_palette_colours_and_swap_one_to_one():
    for colour in (colours.TRAIN, colours.TEST, colours.PENALTY, colours.VALIDATION, colours.SPARSITY,
                   colours.NORM):
        assert colour.lower() in colours.DARK_SWAP
    assert len(set(colours.DARK_SWAP.values())) == len(colours.DARK_SWAP)
    assert appearance.LIGHT_SWAP[colours.DARK_SWAP[colours.NORM.lower()].lower()] == colours.NORM.lower()


def test_heat_maps_stay_diverging_orange_white_blue():
    from regviz.ui import theme

    lut = theme.weight_colormap().getLookupTable(0.0, 1.0, 3, alpha=False)
    assert [QColor(*map(int, rgb)).name() for rgb in lut] == [colours.HUES["orange"].lower(), "#ffffff",
                                                               colours.HUES["blue"].lower()]
