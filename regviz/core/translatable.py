"""Sentences a person reads, marked so they can be translated without touching core (core has no Qt).

``QT_TRANSLATE_NOOP("context", "text with {fields}")`` is the marker Qt's ``pyside6-lupdate`` finds by name: the
context must be a string literal there (a name such as CONTEXT is not read). It returns a ``Template``: the same
English text, remembering its context, so ``.format(**fields)`` gives a ``Message`` — the English sentence (a
str: CLI output, logs and tests read it as before) that also remembers template, context and fields. The window
(``regviz.ui.translated``) translates the template and fills it again. So a sentence is always one whole marked
template with named fields, never built from pieces or with an f-string.

Errors carry a Message as their argument: ``raise ConfigError(QT_TRANSLATE_NOOP("config", "… {key!r}")
.format(key=key))``. A field may itself be a Message (translated too) or a number (formatted in the reader's
locale by the window where the template's spec allows).
"""
from __future__ import annotations

from typing import Any


class Template(str):
    """A marked English template that remembers its lupdate context."""

    context: str

    def __new__(cls, context: str, text: str) -> "Template":
        self = super().__new__(cls, text)
        self.context = context
        return self

    def format(self, *args: Any, **fields: Any) -> "Message":  # noqa: A003 - str.format, remembered
        if args:
            raise TypeError("a marked template takes named fields only (translations reorder them)")
        return Message(self.context, str(self), fields)

    def __reduce__(self):  # pickled across the training process's pipe as itself
        return Template, (self.context, str(self))


class Message(str):
    """An English sentence made from a marked template: ``str(message)`` is the English text."""

    context: str
    template: str
    fields: dict[str, Any]

    def __new__(cls, context: str, template: str, fields: dict[str, Any]) -> "Message":
        self = super().__new__(cls, template.format(**fields))
        self.context, self.template, self.fields = context, template, dict(fields)
        return self

    def __reduce__(self):
        return Message, (self.context, self.template, self.fields)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 - the name lupdate looks for
    return Template(context, text)


def number(value: float, spec: str = "") -> Message:
    """A number as a sentence's field, formatted by ``spec`` ("," for groups, ".3g"): English as a str, and
    written with the reader's separators by the window (a field of a pre-formatted str would stay English)."""
    return Message("number", "{value:" + spec + "}", {"value": value})


def message_of(error: BaseException) -> str:
    """What ``error`` says, to fill another sentence's field: its Message when core marked it (so the window
    translates the inner sentence too), else its text (``str(error)``, e.g. an OSError's)."""
    if len(error.args) == 1 and isinstance(error.args[0], (Message, Template)):
        return error.args[0]
    return str(error)
