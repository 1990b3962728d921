"""Core's sentences read in the window's language (issue 27): with the German translation installed, an error
from a bad experiment line, session or CSV reads German, its fields (file name, key, row) filled in; the core
.ts files are complete against a fresh pyside6-lupdate. The .qm is built here from the .ts sources."""
import base64
import json
import pathlib
import pickle
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import regviz
from regviz.ui.translated import error_text, translated

REPO = pathlib.Path(regviz.__file__).parent.parent
I18N = REPO / "i18n"
BIN = pathlib.Path(sys.executable).parent
CORE = REPO / "regviz" / "core"
CORE_SOURCES = sorted(str(p) for p in CORE.rglob("*.py") if p != CORE / "config.py") + [str(REPO / "regviz" / "cli.py")]
LANGUAGES = ("de", "es", "fr", "pseudo")


def _config_ts(lang: str) -> pathlib.Path:
    """Where config.py's error sentences are translated: the panels area's file once they are carried over,
    until then the pending file made beside them."""
    pending = I18N / "pending" / f"config_errors_{lang}.ts"
    return pending if pending.exists() else I18N / f"panels_{lang}.ts"


def _lupdate(sources: list[str], ts: pathlib.Path) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-locations", "none", "-no-obsolete"],
                   check=True, capture_output=True, timeout=300)


def _entries(ts: pathlib.Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}


@pytest.fixture
def german(qapp, tmp_path):
    qm = tmp_path / "core_de.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(I18N / "core_de.ts"), str(_config_ts("de")), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=300)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _line(raw: dict) -> str:
    packed = base64.urlsafe_b64encode(zlib.compress(json.dumps(raw).encode(), 9)).decode().rstrip("=")
    return f"regviz:1:{packed}"


def test_a_bad_experiment_line_reads_german_with_its_key(german):
    from regviz.core.content import experiment_line

    with pytest.raises(Exception) as caught:
        experiment_line.decode(_line({"regularization": {"l9": 1}}))
    assert str(caught.value).startswith("regularization.l9: unknown key; allowed here: l1, l2")  # the CLI: English
    assert error_text(caught.value).startswith("regularization.l9: unbekannter Schlüssel; hier erlaubt: l1, l2")
    with pytest.raises(Exception) as caught:
        experiment_line.decode(_line({"data": {"name": "csv", "path": "/etc/passwd"}}))
    assert error_text(caught.value) == ("data.path: ein einzeiliges Experiment nennt nie eine Datei auf diesem "
                                        "Computer (die Punkte einer CSV stehen in data.rows)")
    with pytest.raises(Exception) as caught:
        experiment_line.decode("regviz:7:abc")
    assert error_text(caught.value) == "Experimentzeile Version '7'; dieses regviz liest Version 1"


def test_a_bad_session_file_reads_german_with_its_name_and_key(german, tmp_path):
    from regviz.core.content import session

    path = tmp_path / "klasse 7b.regviz"
    path.write_text(json.dumps({"format": "regviz-session", "version": 2, "config": {"training": {"lr": "schnell"}}}),
                    encoding="utf-8")
    with pytest.raises(session.SessionError) as caught:
        session.load(path)
    assert str(caught.value) == "klasse 7b.regviz: config: training.lr = 'schnell': expected a number"
    assert error_text(caught.value) == ("klasse 7b.regviz: Konfiguration: training.lr = 'schnell': erwartet wird "
                                        "eine Zahl")
    path.write_text('{"format": "regviz-session", "version": 99}', encoding="utf-8")
    with pytest.raises(session.SessionError) as caught:
        session.load(path)
    assert error_text(caught.value) == "klasse 7b.regviz: Sitzungsversion 99; dieses regviz liest die Versionen 1 und 2"


def test_a_bad_csv_and_a_failed_run_read_german(german, tmp_path):
    from regviz.core.content import csv_data
    from regviz.core.records import Failed
    from regviz.core.translatable import QT_TRANSLATE_NOOP, message_of

    path = tmp_path / "punkte.csv"
    path.write_text("x1,x2,label\n0.5,1,a\n0.5\n", encoding="utf-8")
    with pytest.raises(csv_data.CsvError) as caught:
        csv_data.read_csv(path)
    assert error_text(caught.value) == ("punkte.csv, Zeile 3, Spalte 'x2': fehlt (1 Werte, die Kopfzeile nennt 3; "
                                        "Trennzeichen ',')")
    # what the training process sends up the pipe when a run fails (core.run.process), read in the window
    failed = pickle.loads(pickle.dumps(Failed(QT_TRANSLATE_NOOP("training", "{kind}: {problem}").format(
        kind="CsvError", problem=message_of(caught.value)))))
    assert translated(failed.message) == "CsvError: " + error_text(caught.value)


def test_the_narrators_list_of_regularizers_reads_german(german):
    from regviz.core.config import ExperimentConfig
    from regviz.core.narrator import regularizers_of

    cfg = ExperimentConfig().with_overrides({"regularization.weight_decay": 0.01, "model.dropout": 0.2,
                                             "regularization.augmentation.enabled": True})
    assert regularizers_of(cfg) == "weight decay, dropout and augmentation"
    assert translated(regularizers_of(cfg)) == "Weight Decay, Dropout und Augmentierung"  # every name, each joint


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_core_sentence_is_translated_against_a_fresh_lupdate(lang, tmp_path):
    fresh = tmp_path / f"core_{lang}.ts"
    _lupdate(CORE_SOURCES, fresh)
    kept = _entries(I18N / f"core_{lang}.ts")
    missing = sorted(set(_entries(fresh)) - set(kept))
    unfinished = sorted(key for key, t in kept.items() if t.get("type") is not None or not t.text)
    assert not missing and not unfinished, f"missing {missing[:5]}, unfinished {unfinished[:5]}"
    config = tmp_path / f"config_{lang}.ts"
    _lupdate([str(CORE / "config.py")], config)
    errors = {key for key in _entries(config) if key[0] == "config"}  # the raise sites' context
    carried = _entries(_config_ts(lang))
    assert not sorted(errors - {k for k, t in carried.items() if t.get("type") is None and t.text})


@pytest.mark.parametrize("lang", ("de", "es", "fr"))
def test_translations_keep_every_field(lang):
    """A translation that drops or renames a field would fall back to English (ui.translated): none does."""
    import re

    field = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
    for ts in (I18N / f"core_{lang}.ts", _config_ts(lang)):
        for (context, source), t in _entries(ts).items():
            if context == "config" or ts.name.startswith("core"):
                assert sorted(field.findall(source)) == sorted(field.findall(t.text or "")), (context, source)


def test_a_narration_of_two_sentences_reads_german(german, monkeypatch):
    """The narration label and the plots' accessible description show Narration.text: each sentence German."""
    monkeypatch.syspath_prepend(str(REPO / "tests" / "core"))
    from records_for_tests import model, record
    from regviz.core.narrator import Context, context_for, narrate
    from regviz.core.config import ExperimentConfig

    label = context_for({"main": ExperimentConfig().with_overrides({"regularization.l1": 0.001})}).regularizers["main"]
    runs = [record(s, model("main", 0.3, 0.31, sparsity=0.7, val_loss=0.3, best_step=0)) for s in (0, 100, 200)]
    said = narrate(runs, Context(regularizers={"main": label}))
    assert said.text == "The gap between train and test loss is 0.01: L1 is holding. 70 % of the weights are " \
                        "exactly zero."
    german_text = translated(said.text).replace("0,01", "0.01")  # the window may write numbers the German way
    assert german_text == ("Die Lücke zwischen Trainings- und Testverlust beträgt 0.01: L1 hält stand. "
                           "70 % der Gewichte sind genau null.")
    assert translated(said.line) == "Schritt 200: " + translated(said.text)
