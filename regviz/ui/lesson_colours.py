"""The colours of lesson text's span classes (core.content.markup.COLOUR_CLASSES) in each theme. A series' hue
from ``colours``, darkened on light and lightened on dark until text in it reads at WCAG contrast ≥ 4.5:1 against
the lesson panel's background (Okabe–Ito vermillion on white is 3.9:1: fine for a line, too faint for a word)."""
from __future__ import annotations

from . import colours

# Okabe–Ito where it already reads as text; a darker (light theme) or lighter (dark theme) shade where it does not.
LIGHT = {"train": colours.TRAIN, "test": "#B34700", "validation": "#9E4A7F", "penalty": "#007A55",
         "norm": "#946200", "class0": "#946200", "class1": colours.CLASS_COLOURS[1]}
DARK = {"train": colours.OKABE_ITO["sky"], "test": "#E8845A", "validation": colours.VALIDATION,
        "penalty": colours.PENALTY, "norm": colours.NORM, "class0": colours.CLASS_COLOURS[0],
        "class1": colours.OKABE_ITO["sky"]}


def stylesheet(dark: bool) -> str:
    """CSS for a QTextDocument's default style sheet, or for render-lesson's index.html."""
    return "".join(f"span.{name}{{color:{colour}}}" for name, colour in (DARK if dark else LIGHT).items())

