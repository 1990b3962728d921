"""The translation workflow (tools/translations.py, README ▸ Languages): the .ts files are complete against a fresh
pyside6-lupdate of today's sources, the check fails naming what is not, the pseudo-language keeps what a string
needs to work, and the .qm files `make` builds are there, load, and say what the .ts files say."""
from __future__ import annotations

import importlib.util
import re
import shutil
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" / "translations.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

# The areas whose .ts files this branch holds complete (i18n.md: the coordinator widens it as t2-t4 merge).
AREAS_DONE = {"window", "panels", "core"}


def test_the_areas_table_is_the_plans():
    assert tool.AREAS == {"window": ["regviz/ui/*.py"],
                          "panels": ["regviz/ui/panels/*.py", "regviz/ui/plots/*.py", "regviz/core/config.py"],
                          "core": ["regviz/core/**/*.py", "!regviz/core/config.py", "regviz/cli.py"]}
    assert "regviz/core/config.py" not in tool.sources("core") and "regviz/cli.py" in tool.sources("core")
    assert "regviz/core/narrator.py" in tool.sources("core") and "regviz/ui/menus.py" in tool.sources("window")
    assert not any(path.startswith("regviz/ui/panels/") for path in tool.sources("window"))


def test_the_done_areas_are_complete_against_a_fresh_lupdate():
    problems = tool.check(sorted(AREAS_DONE))
    assert problems == [], "\n".join(problems)


def _copy_window_ts(folder: Path) -> None:
    for lang in tool.LANGS:
        shutil.copy(tool.ts_path("window", lang), tool.ts_path("window", lang, folder))


def _edit(ts: Path, source: str, change) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == source:
            change(message)
            tool._write(tree, ts)
            return
    raise AssertionError(f"{source!r} is not in {ts}")


def test_the_check_fails_naming_an_unfinished_entry(tmp_path):
    _copy_window_ts(tmp_path)
    _edit(tool.ts_path("window", "de", tmp_path), "&File", lambda m: m.find("translation").set("type", "unfinished"))
    problems = tool.check(["window"], tmp_path)
    assert problems == ["window_de.ts: [menus] '&File': unfinished"]


def test_the_check_fails_on_a_lost_field_a_lost_accelerator_a_missing_file_and_a_stale_entry(tmp_path):
    _copy_window_ts(tmp_path)
    _edit(tool.ts_path("window", "fr", tmp_path), "Saved {path}",
          lambda m: setattr(m.find("translation"), "text", "Enregistré"))
    _edit(tool.ts_path("window", "es", tmp_path), "&Help", lambda m: setattr(m.find("translation"), "text", "Ayuda"))
    _edit(tool.ts_path("window", "de", tmp_path), "Quit", lambda m: m.find("source").__setattr__("text", "Quit now"))
    tool.ts_path("window", "pseudo", tmp_path).unlink()
    problems = "\n".join(tool.check(["window"], tmp_path))
    assert "window_fr.ts: [files] 'Saved {path}': fields [] differ from the source's ['{path}']" in problems
    assert "window_es.ts: [menus] '&Help': the & accelerator is lost" in problems
    assert "window_de.ts: [menus] 'Quit now': no longer in the sources" in problems
    assert "window_de.ts: [menus] 'Quit': unfinished" in problems  # the real source, back from lupdate untranslated
    assert "window_pseudo.ts: missing" in problems


def test_the_pseudo_language_marks_lengthens_and_keeps_fields_tags_and_accelerators():
    for source in ("&File", "Saved {path} ({count:,} files)", "<p><b>Predict:</b> {question}</p>", "Tom && Jerry",
                   "%n point(s)", "OK"):
        text = tool.pseudo_text(source)
        assert text.startswith("[·") and text.endswith("·]")
        assert tool.FIELD.findall(text) == tool.FIELD.findall(source)
        assert bool(tool.ACCELERATOR.search(text)) == bool(tool.ACCELERATOR.search(source))
        assert ("<b>" in text) == ("<b>" in source) and ("&&" in text) == ("&&" in source)
        def visible(t: str) -> int:  # a field or an accelerator one letter, a tag none
            return len(re.sub(r"<[^<>]*>", "", re.sub(r"\{[^{}]*\}|%n|&&|&(?=\w)", "x", t)))

        assert visible(text) >= 1.4 * visible(source), (source, text)
    assert tool.pseudo_text("Saved {path}").format(path="a.png").startswith("[·Sàvéd a.png")
    paragraph = tool.pseudo_text("Each square is a unit: what it outputs over the input plane. " * 6)
    assert max(map(len, paragraph.split())) <= 12, paragraph  # the padding wraps: one run of ~ was 2000 px wide


@pytest.mark.parametrize("lang", ["de", "es", "fr", "pseudo"])
def test_the_built_qm_is_there_loads_and_says_what_the_ts_says(lang, qapp):
    """`make` (tools/translations.py release) builds it into the package: a missing or stale file fails by name."""
    from PySide6.QtCore import QTranslator

    from regviz.ui.language import qm_path

    path = qm_path(lang)
    assert path.is_file(), f"{path} is missing: run `make` (or `python tools/translations.py release`)"
    translator = QTranslator()
    assert translator.load(str(path)), f"{path} does not load"
    for ts in sorted((ROOT / "i18n").glob(f"*_{lang}.ts")):
        for context, message in tool.messages(ts):
            source, translation = message.findtext("source"), message.find("translation")
            if message.get("numerus") != "yes" and translation.get("type") is None:
                assert translator.translate(context, source) == translation.text, \
                    f"{path} is older than {ts.name} for {source!r}: run `make`"


def test_the_package_and_the_bundle_carry_the_translations():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "regviz.i18n" in project["tool"]["setuptools"]["packages"]
    assert project["tool"]["setuptools"]["package-data"]["regviz.i18n"] == ["*.qm"]
    spec = (ROOT / "packaging" / "regviz.spec").read_text()
    assert 'collect_data_files("regviz.i18n", includes=["*.qm"])' in spec and '"regviz.i18n"' in spec
    assert "regviz/i18n/*.qm" in (ROOT / ".gitignore").read_text().splitlines()
