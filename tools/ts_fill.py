"""Copy finished translations from one Qt .ts file into another's unfinished entries of the same context and
source text (nothing else changes): ``python tools/ts_fill.py FROM.ts INTO.ts``.

Why: an area's .ts is made by pyside6-lupdate from that area's sources, so sentences written by one change can
land in another area's file (config.py's error sentences are in the "panels" area). Their translations, made
beside the change, are carried over with this instead of being typed again. Prints how many were filled.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def finished(path: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of every finished, non-empty entry of ``path``."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def fill(source: str, target: str) -> int:
    known = finished(source)
    tree = ET.parse(target)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is not None and translation.get("type") == "unfinished" and key in known:
                translation.text = known[key]
                del translation.attrib["type"]
                filled += 1
    with open(target, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(tree.getroot(), encoding="unicode") + "\n")
    return filled


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"{fill(sys.argv[1], sys.argv[2])} translations filled into {sys.argv[2]}")
