"""The marker for sentences a person reads, so they can be translated later without touching core.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged: core has no Qt, but Qt's ``lupdate`` finds the
marker by name and collects (context, text); the window translates the marked text before filling it with
``str.format``. So a sentence is always a whole marked template with named fields, never built from pieces.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
