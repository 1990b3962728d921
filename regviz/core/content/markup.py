"""Lesson text is a restricted markup, not Qt rich text: Qt would load any ``<img src>`` (``/dev/zero`` aborts the
app, a FIFO hangs it) and follow local links. An allow-list sanitiser (nh3, a binding to Rust's ammonia) keeps
the tags lessons use; ``check`` refuses a text the sanitiser would change, naming the first thing it removes,
because nh3 strips silently and a teacher must learn why a sentence vanished.

Text and sanitised output are compared as parsed events (start tags with their attributes, and text with its
entities decoded; end tags and comments are left out), so harmless spellings (``<br>`` or ``<br/>``, ``&#39;``
or ``'``, a ``<li>`` left open) pass. What is shown is always the sanitiser's output, so a comparison fooled by
odd markup never lets anything through.
"""
from __future__ import annotations

import os
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3

from ..translatable import QT_TRANSLATE_NOOP

TAGS = frozenset({"p", "b", "i", "em", "strong", "br", "ul", "ol", "li", "sub", "sup", "code", "span", "a"})
# The app's colour classes (a span's only attribute); ui.lesson_colours draws each in every theme's contrast.
COLOUR_CLASSES = ("train", "test", "validation", "penalty", "norm", "class0", "class1")
ALLOWED = "p, b, i, em, strong, br, ul, ol, li, sub, sup, code, span class='…', a href='https://…'"


class MarkupError(ValueError):
    """Text the sanitiser would change; the message names the first tag, attribute or text it removes."""


def _https_only(tag: str, attribute: str, value: str) -> str | None:
    """An absolute https:// address with a host, exactly as written (no spaces, no control characters)."""
    if tag == "a" and attribute == "href":
        try:
            parts = urlsplit(value)
        except ValueError:
            return None
        ok = parts.scheme == "https" and parts.netloc and value.isprintable() and " " not in value
        return value if ok and value.lower().startswith("https://") else None
    return value


_TEXT = nh3.Cleaner(tags=set(TAGS), clean_content_tags={"script", "style"}, attributes={"*": set(), "a": {"href"}},
                    attribute_filter=_https_only, url_schemes={"https"}, url_relative="deny", link_rel=None,
                    allowed_classes={"span": set(COLOUR_CLASSES)}, generic_attribute_prefixes=set())
_PLAIN = nh3.Cleaner(tags=set(), clean_content_tags={"script", "style"}, attributes={}, link_rel=None,
                     generic_attribute_prefixes=set())


def clean(text: str) -> str:
    """``text`` with everything outside the allow-list removed (what the window and render-lesson show)."""
    return _TEXT.clean(text)


def check(text: str) -> str:
    """The sanitised text, or MarkupError if sanitising would change what ``text`` holds."""
    out = clean(text)
    _compare(text, out, markup=True)
    return out


def check_plain(text: str) -> str:
    """``text`` unchanged if it holds no markup at all (titles are shown as plain text), else MarkupError."""
    _compare(text, _PLAIN.clean(text), markup=False)
    return text


class _Events(HTMLParser):
    """A fragment as ("tag", name, sorted attributes) and ("text", decoded text) in document order."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.events.append(("tag", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        data = data.replace("\r\n", "\n").replace("\r", "\n")  # HTML's input stream normalises line ends
        if self.events and self.events[-1][0] == "text":
            self.events[-1] = ("text", self.events[-1][1] + data)
        elif data:
            self.events.append(("text", data))


def _compare(text: str, out: str, markup: bool) -> None:
    """MarkupError at the first event of ``text`` that ``out`` does not hold in the same place. Text is matched
    character by character across tags: removing ``<img>`` from ``x<img>y`` joins two texts into one."""
    a, b = _Events(text).events, _Events(out).events
    i = j = ai = bj = 0  # event indexes, and how much of a text event is matched already
    while i < len(a) and j < len(b):
        x, y = a[i], b[j]
        if x[0] == y[0] == "text":
            rest_a, rest_b = x[1][ai:], y[1][bj:]
            n = len(os.path.commonprefix([rest_a, rest_b]))
            if n < len(rest_a) and n < len(rest_b):
                raise MarkupError(QT_TRANSLATE_NOOP("markup", "the text {text} would be changed")
                                  .format(text=_quote(rest_a[n:])))
            i, ai = (i + 1, 0) if n == len(rest_a) else (i, ai + n)
            j, bj = (j + 1, 0) if n == len(rest_b) else (j, bj + n)
        elif x == y:
            i, j = i + 1, j + 1
        elif x[0] == "tag":
            raise MarkupError(_removed(x, y, markup))
        else:  # the output has a tag where the text has none: the sanitiser re-nested the markup
            raise MarkupError(_nesting(y))
    if i < len(a) and a[i][0] == "tag":
        raise MarkupError(_removed(a[i], None, markup))
    if i < len(a):
        raise MarkupError(QT_TRANSLATE_NOOP("markup", "the text {text} would be removed")
                          .format(text=_quote(a[i][1][ai:])))
    if j < len(b):
        raise MarkupError(_nesting(b[j]))


def _removed(event: tuple, kept: tuple | None, markup: bool) -> str:
    _, tag, attrs = event
    if not markup:
        return QT_TRANSLATE_NOOP("markup", "<{tag}> is markup; it must be plain text").format(tag=tag)
    if kept is None or kept[0] != "tag" or kept[1] != tag:
        if tag == "img":
            return QT_TRANSLATE_NOOP("markup", "<{tag}> is not allowed (a lesson loads no image or file); lesson text "
                                               "allows {allowed}").format(tag=tag, allowed=ALLOWED)
        return QT_TRANSLATE_NOOP("markup", "<{tag}> is not allowed; lesson text allows {allowed}").format(
            tag=tag, allowed=ALLOWED)
    left = dict(kept[2])
    for name, value in attrs:
        if left.get(name) == value:
            continue
        if tag == "span" and name == "class":
            bad = [c for c in value.split() if c not in COLOUR_CLASSES]
            return QT_TRANSLATE_NOOP("markup", "class {bad!r} on <span> is not allowed; a span's class is one of "
                                               "{classes}").format(bad=" ".join(bad), classes=", ".join(COLOUR_CLASSES))
        if tag == "a" and name == "href":
            return QT_TRANSLATE_NOOP("markup", "the link {value!r} is not allowed; a link must be an https:// "
                                               "address").format(value=value)
        return QT_TRANSLATE_NOOP("markup", "attribute {name!r} on <{tag}> is not allowed; only a span's class and a "
                                           "link's https:// href are").format(name=name, tag=tag)
    return QT_TRANSLATE_NOOP("markup", "<{tag}> would be changed").format(tag=tag)


def _nesting(added: tuple) -> str:
    where = f"<{added[1]}>" if added[0] == "tag" else _quote(added[1])  # a tag or a quoted text, not words
    return QT_TRANSLATE_NOOP("markup", "its markup is not well nested near {where} (a tag closed in the wrong order, "
                                       "or one inside <p>?)").format(where=where)


def _quote(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")
