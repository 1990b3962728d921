"""Core's marked sentences in the window's language: a ``core.translatable.Message`` translated with Qt's
translator for its context and filled again with its (translated) fields; any other text unchanged."""
from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.translatable import Message, Template
from .plots.net_names import net_words


def translated(text: object) -> str:
    """``text`` as the reader's language says it: a Message's template translated, its fields translated too
    (a field may be a Message or a marked Template), then formatted; plain text (a file name, a number) as is."""
    if isinstance(text, Message):
        fields = {key: translated(value) if isinstance(value, (Message, Template)) else
                  _net(value) if key in NET_FIELDS and "{" + key + "!r}" not in text.template else value
                  for key, value in text.fields.items()}
        template = QCoreApplication.translate(text.context, text.template)
        try:
            return _LOCAL.format(template, **fields)
        except (KeyError, IndexError, ValueError):  # a translation that lost or mangled a field: say it in English
            return _LOCAL.format(text.template, **fields)
    if isinstance(text, Template):
        return QCoreApplication.translate(text.context, str(text))
    return str(text)


class _LocalNumbers(string.Formatter):
    """``str.format`` whose numbers come out as the window's language writes them (0.5 → 0,5; 8,448 → 8.448):
    the field's own spec decides the digits, then its separators are the locale's (Qt's C locale and English
    keep Python's)."""

    def format_field(self, value, format_spec):
        text = super().format_field(value, format_spec)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return text
        return local_separators(text)


def local_separators(text: str) -> str:
    """A number Python formatted (``.`` decimal point, ``,`` groups) with the window's locale's separators."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return text
    point, group = locale.decimalPoint(), locale.groupSeparator()
    return "".join(point if ch == "." else group if ch == "," else ch for ch in text)


_LOCAL = _LocalNumbers()


# Fields that hold a net's name as core calls it ("main", "no batch norm"): said in the window's words for those
# nets (plots.net_names); a race's names, typed by the teacher, have no entry and stay, and so does a name the
# sentence quotes ({net!r}: a file's own key, "weights of 'main'", which the reader must find as written).
NET_FIELDS = ("net", "variant", "other")


def _net(name: object) -> object:
    return translated(net_words(name)) if isinstance(name, str) else name


def error_text(error: BaseException) -> str:
    """An error's sentence as the reader's language says it (its first argument when core marked it)."""
    if error.args and isinstance(error.args[0], (Message, Template)) and len(error.args) == 1:
        return translated(error.args[0])
    return str(error)
