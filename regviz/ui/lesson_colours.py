"""The colours of lesson text's span classes (core.content.markup.COLOUR_CLASSES) in each theme: the palette's
variant of each series' hue, so text in it reads at WCAG contrast ≥ 4.5:1 against the lesson panel's background
(tests/ui/test_lesson_markup_gui.py measures it)."""
from __future__ import annotations

from . import colours

# The palette's own variants (colours.VARIANTS: light theme, dark theme), so a word reads in its curve's colour;
# orange's light variant is a line colour only (3:1), so on white its words take a darker shade.
_V = colours.VARIANTS
_ORANGE_TEXT = "#946200"
LIGHT = {"train": _V["blue"][0], "test": _V["vermillion"][0], "validation": _V["purple"][0],
         "penalty": _V["green"][0], "norm": _ORANGE_TEXT, "class0": _ORANGE_TEXT, "class1": _V["blue"][0]}
DARK = {"train": _V["blue"][1], "test": _V["vermillion"][1], "validation": _V["purple"][1],
        "penalty": _V["green"][1], "norm": _V["orange"][1], "class0": _V["orange"][1], "class1": _V["blue"][1]}


def stylesheet(dark: bool) -> str:
    """CSS for a QTextDocument's default style sheet, or for render-lesson's index.html."""
    return "".join(f"span.{name}{{color:{colour}}}" for name, colour in (DARK if dark else LIGHT).items())

