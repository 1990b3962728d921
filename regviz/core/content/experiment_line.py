"""An experiment in one line of text (TF Playground's URL state, for a chat message or a slide): ``regviz:1:`` and
the whole config as compact JSON, deflated, in URL-safe base64. *File ▸ Copy experiment* writes it, *Paste
experiment* and ``regviz train --config 'regviz:…'`` read it.

The whole config, not its difference from the defaults, so a line keeps its meaning when a default changes; the
version names the encoding. Reading is as careful as reading a file: a size limit before and after inflating (a
short line must not inflate to gigabytes), nothing after the deflated data (a line with something appended is not
the line that was sent), the JSON depth limit, and the config's own validation.
"""
from __future__ import annotations

import base64
import binascii
import json
import zlib

from ..config import ConfigError, ExperimentConfig
from ..translatable import QT_TRANSLATE_NOOP
from .user_files import parse_json

PREFIX = "regviz:"
VERSION = 1
MAX_LINE = 16_384  # characters: a config is a few hundred
MAX_JSON = 262_144  # bytes once inflated


def encode(config: ExperimentConfig) -> str:
    text = json.dumps(config.to_dict(), separators=(",", ":"), ensure_ascii=False)
    packed = base64.urlsafe_b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii").rstrip("=")
    line = f"{PREFIX}{VERSION}:{packed}"
    if len(line) > MAX_LINE:  # a CSV's points travel in the line while it stays under the cap
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line: {length:,} characters with the data "
                                                               "set's {points:,} points, over the {max_line:,} a "
                                                               "line may have — share the session instead (File ▸ "
                                                               "Save session)")
                          .format(length=len(line), points=len(config.data.rows), max_line=MAX_LINE))
    return line


def is_line(text: str) -> bool:
    return text.strip().startswith(PREFIX)


def decode(text: str) -> ExperimentConfig:
    """The config in a line, or ConfigError saying what is wrong with the text."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "not a regviz experiment line (it starts with "
                                                               "{prefix!r})").format(prefix=PREFIX))
    if len(text) > MAX_LINE:
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line: {length:,} characters; a regviz "
                                                               "line has at most {max_line:,}")
                          .format(length=len(text), max_line=MAX_LINE))
    version, _, packed = text[len(PREFIX):].partition(":")
    if version != str(VERSION):
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line version {version!r}; this regviz "
                                                               "reads version {latest}")
                          .format(version=version[:20], latest=VERSION))
    try:
        data = base64.b64decode(packed + "=" * (-len(packed) % 4), altchars=b"-_", validate=True)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(data, MAX_JSON)
    except (binascii.Error, ValueError, zlib.error):
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line: damaged (copy the whole line, "
                                                               "nothing added)")) from None
    if len(raw) >= MAX_JSON and not inflater.eof:
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line: inflates to more than {max_json:,} "
                                                               "bytes").format(max_json=MAX_JSON))
    if not inflater.eof:
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line: cut short (copy the whole line)"))
    padded = base64.urlsafe_b64encode(data).decode("ascii")
    if inflater.unused_data or packed not in (padded, padded.rstrip("=")):
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line: something follows its data (copy "
                                                               "the line alone, nothing added)"))
    try:
        json_text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(QT_TRANSLATE_NOOP("experiment_line", "experiment line: damaged (not UTF-8 inside)")) from None
    return ExperimentConfig.from_dict(parse_json(json_text, ConfigError,
                                                 QT_TRANSLATE_NOOP("experiment_line", "experiment line")),
                                      from_stranger=QT_TRANSLATE_NOOP("experiment_line", "a one-line experiment"))
