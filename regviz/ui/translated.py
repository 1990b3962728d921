"""Core's marked sentences in the window's language: a ``core.translatable.Message`` translated with Qt's
translator for its context and filled again with its (translated) fields; any other text unchanged."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.translatable import Message, Template


def translated(text: object) -> str:
    """``text`` as the reader's language says it: a Message's template translated, its fields translated too
    (a field may be a Message or a marked Template), then formatted; plain text (a file name, a number) as is."""
    if isinstance(text, Message):
        fields = {key: translated(value) if isinstance(value, (Message, Template)) else
                  _net(value) if key in NET_FIELDS else value for key, value in text.fields.items()}
        template = QCoreApplication.translate(text.context, text.template)
        try:
            return template.format(**fields)
        except (KeyError, IndexError, ValueError):  # a translation that lost or mangled a field: say it in English
            return text.template.format(**fields)
    if isinstance(text, Template):
        return QCoreApplication.translate(text.context, str(text))
    return str(text)


# Fields that hold a net's name as core calls it ("baseline", "no batch norm"): the window's words for those nets
# are plots.curves.NET_WORDS (context CurvePlot); a race's names, typed by the teacher, have no entry and stay.
NET_FIELDS = ("net", "variant", "other")


def _net(name: object) -> object:
    return QCoreApplication.translate("CurvePlot", name) if isinstance(name, str) else name


def error_text(error: BaseException) -> str:
    """An error's sentence as the reader's language says it (its first argument when core marked it)."""
    if error.args and isinstance(error.args[0], (Message, Template)) and len(error.args) == 1:
        return translated(error.args[0])
    return str(error)
