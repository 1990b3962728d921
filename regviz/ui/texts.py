"""Words a panel or plot shows, kept with their English source so a live language switch can set them again.

Qt sends ``QEvent.LanguageChange`` to every widget when a translator is installed or removed; a text set once at
construction (a group title, a pyqtgraph plot's title, axis label or legend entry) would stay in the old
language. ``Texts.put(setter, text)`` sets the text now and remembers it; ``Retranslating`` (a widget mixin)
puts them all again on LanguageChange. A text is a marked ``Template``/``Message`` (``QT_TRANSLATE_NOOP`` with a
literal context, which pyside6-lupdate reads), or a callable that returns the sentence (a plural with ``%n``).
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QLocale

from .translated import translated


def say(text: Any) -> str:
    """``text`` in the reader's language: a callable's result, a marked sentence translated, plain text as is."""
    return text() if callable(text) else translated(text)


def count(n: int) -> str:
    """A whole number as the window's language groups its digits (8,448 / 8.448 / 8 448); with no language
    chosen (the C locale) as English writes it."""
    locale = QLocale()
    return f"{n:,}" if locale.language() == QLocale.Language.C else locale.toString(int(n))


class Texts:
    """Setters and the texts they were given, latest first: one entry per (setter, its leading arguments)."""

    def __init__(self) -> None:
        self._entries: dict[Any, tuple[Callable, Any, tuple]] = {}

    def put(self, setter: Callable, text: Any, *args: Any, key: Any = None) -> str:
        """``setter(*args, text in the reader's language)`` now and on every language change; the shown text."""
        self._entries[key if key is not None else (setter, args)] = (setter, text, args)
        shown = say(text)
        setter(*args, shown)
        return shown

    def forget(self, key: Any) -> None:
        self._entries.pop(key, None)

    def apply(self) -> None:
        for key, (setter, text, args) in list(self._entries.items()):
            try:
                setter(*args, say(text))
            except RuntimeError:  # its Qt object was deleted (a plot of an earlier run)
                del self._entries[key]


class Retranslating:
    """A QWidget mixin (listed before the Qt class): ``self.texts`` are set again, then ``retranslated()`` runs,
    whenever the language changes."""

    @property
    def texts(self) -> Texts:
        texts = self.__dict__.get("_texts")
        if texts is None:
            texts = self.__dict__["_texts"] = Texts()
        return texts

    def retranslate(self) -> None:
        self.texts.apply()
        self.retranslated()

    def retranslated(self) -> None:
        """What else a subclass sets in words (pyqtgraph items it owns); nothing by default."""

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
