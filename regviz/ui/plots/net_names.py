"""The nets core names (core.run.messages.VARIANTS: "main", "baseline", "no batch norm" …) in the words the window
shows them by, in one table the plots and the translated core sentences (``ui.translated``) share; a race's
variants are named by the teacher and shown as typed. Qt-free, so ``ui.translated`` can read it."""
from __future__ import annotations

from ...core.translatable import QT_TRANSLATE_NOOP

# legend labels that fit a projector's column
SHORT_NAMES = {"batch norm": QT_TRANSLATE_NOOP("CurvePlot", "BN"),
               "no batch norm": QT_TRANSLATE_NOOP("CurvePlot", "no BN")}


# The nets core names (core.run.messages.VARIANTS) in the words the window shows them by; a race's variants are
# named by the teacher and shown as typed.
NET_WORDS = {"main": QT_TRANSLATE_NOOP("CurvePlot", "the net"),  # a single run's one net
             "regularized": QT_TRANSLATE_NOOP("CurvePlot", "regularized"),
             "baseline": QT_TRANSLATE_NOOP("CurvePlot", "baseline"),
             "batch norm": QT_TRANSLATE_NOOP("CurvePlot", "batch norm"),
             "no batch norm": QT_TRANSLATE_NOOP("CurvePlot", "no batch norm"),
             "standard": QT_TRANSLATE_NOOP("CurvePlot", "standard"),
             "adversarial": QT_TRANSLATE_NOOP("CurvePlot", "adversarial")}


def net_words(net: str):
    """A net's name as the window says it: marked (``say`` it to show it) for the nets core names."""
    return NET_WORDS.get(net, net)


def short_name(net: str):
    """A net's name as a legend shows it: short for batch norm's pair (``say`` it to show it)."""
    return SHORT_NAMES.get(net, net_words(net))
