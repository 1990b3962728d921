"""The translation workflow with Qt's own tools (pyside6-lupdate, pyside6-lrelease), one .ts per area and language.

    python tools/translations.py update  [AREA ...]  # lupdate: new strings in, vanished ones out, translations kept
    python tools/translations.py release [LANG ...]  # lrelease i18n/*_<lang>.ts -> regviz/i18n/regviz_<lang>.qm
    python tools/translations.py check   [AREA ...]  # fails naming each unfinished, missing or broken entry (CI)
    python tools/translations.py pseudo  [AREA ...]  # lupdate + fill *_pseudo.ts mechanically ("[·…~~·]")

Areas split the strings so that no two people edit the same .ts file; lrelease joins an area's files per language.
A teacher adding a language copies an area's .ts (or runs ``update`` after adding the code to LANGS), translates
it in Qt Linguist and runs ``release``.
"""
from __future__ import annotations

import glob
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "regviz" / "i18n"

# Which sources each area's lupdate reads (globs from the repository root; "!" excludes). Kept identical in every
# branch (i18n.md).
AREAS = {"window": ["regviz/ui/*.py"],
         "panels": ["regviz/ui/panels/*.py", "regviz/ui/plots/*.py", "regviz/core/config.py"],
         "core":   ["regviz/core/**/*.py", "!regviz/core/config.py", "regviz/cli.py"]}
LANGS = ["de", "es", "fr", "pseudo"]  # en is the source language: it has no .ts
PSEUDO = "pseudo"

# Pieces of a source text a translation must keep as they are: named fields ({name}, {x:.2f}), escaped braces,
# Qt's %n / %1, HTML tags and entities, & accelerators (&& is a literal ampersand).
TOKEN = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&[^\s&]")
FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})|%n|%L?\d")
ACCELERATOR = re.compile(r"(?<!&)&(?![a-zA-Z]+;|#\d+;|&|\s)")
ACCENTS = str.maketrans("aeiouAEIOUnc", "àéîöüÀÉÎÖÜñç")
PSEUDO_OPEN, PSEUDO_CLOSE = "[·", "·]"


def tool(name: str) -> str:
    """PySide6's wrapper next to this Python (the .venv), else one on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this Python (it ships {name})")
    return found


def sources(area: str) -> list[str]:
    keep: list[str] = []
    for pattern in AREAS[area]:
        if pattern.startswith("!"):
            dropped = set(glob.glob(pattern[1:], root_dir=ROOT, recursive=True))
            keep = [path for path in keep if path not in dropped]
        else:
            keep += [path for path in sorted(glob.glob(pattern, root_dir=ROOT, recursive=True)) if path not in keep]
    return keep


def ts_path(area: str, lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{area}_{lang}.ts"


def lupdate(area: str, lang: str, ts: Path) -> None:
    """lupdate into ``ts`` (made if missing): strings the sources no longer hold are dropped, translations kept."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    target = "en" if lang == PSEUDO else lang
    cmd = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
           "-target-language", target, *sources(area), "-ts", str(ts)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"pyside6-lupdate failed for {ts.name}:\n{done.stdout}{done.stderr}")


# -- reading a .ts ------------------------------------------------------------------------------------------------
def messages(ts: Path):
    """(context, message element) for every message in a .ts file."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(ts: Path) -> list[str]:
    """Every entry of ``ts`` a reader would see wrong: unfinished, empty, or with fields/accelerators that differ."""
    found = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        where = f"{ts.name}: [{context}] {source!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing"):
            found.append(f"{where}: {kind}")
            continue
        if kind in ("obsolete", "vanished"):
            found.append(f"{where}: {kind} (run `python tools/translations.py update`)")
            continue
        for form in _forms(message) or [""]:
            if not form.strip() and source.strip():
                found.append(f"{where}: empty translation")
            elif sorted(FIELD.findall(form)) != sorted(FIELD.findall(source)) and not (
                    message.get("numerus") == "yes" and set(FIELD.findall(form)) <= set(FIELD.findall(source))):
                found.append(f"{where}: fields {sorted(FIELD.findall(form))} differ from the source's "
                             f"{sorted(FIELD.findall(source))}: {form!r}")
            elif bool(ACCELERATOR.search(form)) != bool(ACCELERATOR.search(source)):
                found.append(f"{where}: the & accelerator is {'lost' if ACCELERATOR.search(source) else 'added'}:"
                             f" {form!r}")
    return found


def _keys(ts: Path) -> set[tuple[str, str, str]]:
    return {(context, message.findtext("source") or "", message.findtext("comment") or "")
            for context, message in messages(ts)}


# -- commands ----------------------------------------------------------------------------------------------------
def update(areas: list[str]) -> None:
    for area in areas:
        for lang in LANGS:
            lupdate(area, lang, ts_path(area, lang))
        fill_pseudo(ts_path(area, PSEUDO))
        print(f"{area}: {len(_keys(ts_path(area, 'de')))} strings")


def pseudo_text(source: str) -> str:
    """The pseudo-language: marked "[·…·]", vowels accented, padded with words of "~" to 40 % more than the source;
    fields, %n, tags, entities and accelerators kept, so the text still formats and its shortcut still works."""
    pieces, last = [], 0
    for token in TOKEN.finditer(source):
        pieces += [source[last:token.start()].translate(ACCENTS), token.group()]
        last = token.end()
    pieces.append(source[last:].translate(ACCENTS))
    visible = len(TOKEN.sub(lambda t: "" if t.group().startswith("<") else "x", source))  # a field: one letter at least
    pad = max(0, math.ceil(visible * 1.4) - visible - len(PSEUDO_OPEN + PSEUDO_CLOSE))
    padding = ["~" if i % 7 != 6 else " " for i in range(pad)]  # words of six: a paragraph still wraps (one run
    if padding and padding[-1] == " ":                                # of "~" made its label 2000 px wide)
        padding[-1] = "~"
    return PSEUDO_OPEN + "".join(pieces) + "".join(padding) + PSEUDO_CLOSE


def fill_pseudo(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):  # English's two plural forms (the pseudo file's target language is en)
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
            translation.text = None
        else:
            translation.text = pseudo_text(source)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release(langs: list[str], out: Path = QM_DIR) -> list[Path]:
    """One .qm per language from every area's .ts of that language (package data; git-ignored)."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for lang in langs:
        files = sorted(TS_DIR.glob(f"*_{lang}.ts"))
        if not files:
            raise SystemExit(f"no i18n/*_{lang}.ts to release")
        qm = out / f"regviz_{lang}.qm"
        done = subprocess.run([tool("pyside6-lrelease"), "-silent", *map(str, files), "-qm", str(qm)],
                              cwd=ROOT, capture_output=True, text=True)
        if done.returncode or not qm.exists():
            raise SystemExit(f"pyside6-lrelease failed for {qm}:\n{done.stdout}{done.stderr}")
        made.append(qm)
    return made


def check(areas: list[str], folder: Path = TS_DIR) -> list[str]:
    """Every problem with the areas' .ts files in ``folder`` against a fresh lupdate of today's sources: a string the
    sources hold that a .ts lacks or leaves unfinished, one the .ts still holds that the sources dropped, and
    translations whose fields or accelerators differ from their source."""
    found = []
    with tempfile.TemporaryDirectory(prefix="regviz-ts-") as scratch:
        for area in areas:
            for lang in LANGS:
                ts = ts_path(area, lang, folder)
                fresh = Path(scratch) / ts.name
                if ts.exists():
                    shutil.copy(ts, fresh)
                lupdate(area, lang, fresh)
                if not ts.exists():
                    found.append(f"{ts.name}: missing ({len(_keys(fresh))} strings to translate; run "
                                 f"`python tools/translations.py update {area}`)")
                    continue
                for context, source, _ in sorted(_keys(ts) - _keys(fresh)):
                    found.append(f"{ts.name}: [{context}] {source!r}: no longer in the sources (run update)")
                found += problems(fresh)
    return found


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "release", "check", "pseudo"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    command, names = argv[0], argv[1:]
    known = LANGS if command == "release" else list(AREAS)
    unknown = [name for name in names if name not in known]
    if unknown:
        print(f"unknown {'language' if command == 'release' else 'area'}: {', '.join(unknown)} "
              f"(known: {', '.join(known)})", file=sys.stderr)
        return 2
    names = names or known
    if command == "update":
        update(names)
    elif command == "pseudo":
        for area in names:
            lupdate(area, PSEUDO, ts_path(area, PSEUDO))
            fill_pseudo(ts_path(area, PSEUDO))
    elif command == "release":
        for qm in release(names):
            print(f"-> {qm.relative_to(ROOT)}")
    else:
        found = check(names)
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} translation problem(s)", file=sys.stderr)
            return 1
        print(f"translations complete: {', '.join(names)} in {', '.join(LANGS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
