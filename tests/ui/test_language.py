"""The window's language (issue 27, item 1): View ▸ Language switches it live — menus, tabs, toolbar, status line,
Qt's own buttons, numbers — and the next window starts in it; core's sentences (a narrator's) show translated."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from regviz.ui import language


@pytest.fixture(autouse=True)
def _english_again(qapp):
    """Every other test reads English: the language goes back to none installed."""
    yield
    language.install(qapp, "en")
    language._current = None


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own text: qtbase_<lang>.qm
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _language_action(window, name: str):
    """View ▸ Language ▸ ``name``, found as a user finds it: through the menu bar."""
    view = window.menuBar().actions()[3].menu()
    submenu = next(a.menu() for a in view.actions() if a.menu() is not None)
    return next(a for a in submenu.actions() if a.text() == name)


def test_view_language_switches_the_window_live_and_the_next_window_starts_in_it(window, qtbot, settings):
    from regviz.ui.main_window import MainWindow

    assert _menu_titles(window) == ["&File", "&Run", "&Lessons", "&View", "&Help"]
    _language_action(window, "Deutsch").trigger()
    qtbot.waitUntil(lambda: _menu_titles(window) == ["&Datei", "&Training", "&Lektionen", "&Ansicht", "&Hilfe"],
                    timeout=5000)
    assert window.tabs.tabText(1) == "Netz" and window.windowTitle() == "regviz — Regularisierung, live"
    assert window.menus.play_action.text() in ("Abspielen", "Pause") and window.menus.language_menu.menu.title() \
        == "&Sprache"
    assert window.menus.counter.text().startswith(" Schritt ")
    window.state.reset()  # a status message said after the switch
    assert window.statusBar().currentMessage() == "Zurückgesetzt — ein neues Netz aus demselben Seed"
    assert _cancel_text() == "Abbrechen"  # qtbase_de
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"  # numbers as a German reader writes them
    assert language.number(12345) == "12.345"
    l2 = window.regularizers.sliders["l2"]
    assert l2.label.text() == "0,01"  # a slider's field too (typed with either sign)
    l2.label.setText("0,02")
    l2.label.editingFinished.emit()
    assert l2.value() == 0.02 and l2.label.text() == "0,02"
    assert window.menus.language_menu.actions["de"].isChecked()
    assert settings.value("language") == "de"

    language.install(QCoreApplication.instance(), "en")  # as a fresh process: English until the settings say
    settings.sync()
    again = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert _menu_titles(again)[0] == "&Datei" and again.menus.language_menu.actions["de"].isChecked()
    again.close()


def test_a_screen_reader_hears_the_new_language(window, qtbot):
    """The names and descriptions the window made for controls (issue 27, item 3) are made again after a switch."""
    from PySide6.QtWidgets import QWidget

    derived = [w for w in window.findChildren(QWidget) if w.property("_derived_description")]
    hints = {"Enter presses it": "Enter drückt ihn", "Enter switches it on or off": "Enter schaltet ein oder aus",
             "Up and Down choose": "Auf und Ab wählen", "Type a value, then Enter": "Wert eingeben, dann Enter",
             "Arrow keys step it, Page Up and Page Down take bigger steps":
                 "Pfeiltasten bewegen ihn schrittweise, Bild auf und Bild ab in größeren Schritten"}
    assert derived and all(w.accessibleDescription() in hints for w in derived)
    english = [w.accessibleDescription() for w in derived]
    _language_action(window, "Deutsch").trigger()
    # (a control that has a tooltip by now is described by it, as prepare() does)
    qtbot.waitUntil(lambda: all(w.accessibleDescription() == hints[e] for w, e in zip(derived, english)
                                if not w.toolTip()), timeout=5000)
    assert sum(1 for w in derived if not w.toolTip()) >= 10
    assert window.statusBar().accessibleName() in ("Status", window.statusBar().currentMessage())


def test_switching_back_to_english_restores_every_text(window, qtbot):
    before = _menu_titles(window), window.tabs.tabText(0), window.menus.compare_box.text()
    _language_action(window, "Français").trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Fichier", timeout=5000)
    assert window.menus.compare_box.text() == "Comparer à la référence"
    _language_action(window, "English").trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&File", timeout=5000)
    assert (_menu_titles(window), window.tabs.tabText(0), window.menus.compare_box.text()) == before
    assert _cancel_text() == "Cancel"


def test_a_narrator_sentence_from_core_shows_in_the_windows_language(window, qtbot, tmp_path):
    """core marks the sentence (core.translatable); the window translates each of the narration's sentences and
    says them again when the language changes. The narrator's German comes from a .ts made here (core's own
    translations are another area's)."""
    label = window.narration.label
    window.state.train_for(400)  # overfit-2d, the default: a memorising net by then (test_narration)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=120000)
    qtbot.waitUntil(lambda: "memorising its 30 points" in label.text(), timeout=5000)
    source = ("Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is "
              "memorising its {points} points.")
    german = ("Der Testverlust steigt seit seinem Tiefpunkt vor {steps} Schritten, während der Trainingsverlust "
              "fällt: Das Netz lernt seine {points} Punkte auswendig.")
    ts, qm = tmp_path / "narrator_de.ts", tmp_path / "narrator_de.qm"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
                  f"<context><name>narrator</name><message><source>{source}</source>"
                  f"<translation>{german}</translation></message></context></TS>\n", encoding="utf-8")
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "Das Netz lernt seine 30 Punkte auswendig." in label.text(), timeout=5000)
        assert "memorising" not in label.text() and label.accessibleDescription() == label.text()
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: "memorising its 30 points" in label.text(), timeout=5000)


def test_a_missing_translation_file_is_named_and_changes_nothing(window, qtbot, monkeypatch, tmp_path):
    missing = tmp_path / "regviz_de.qm"
    monkeypatch.setattr(language, "qm_path", lambda lang: missing)
    _language_action(window, "Deutsch").trigger()
    assert str(missing) in window.statusBar().currentMessage()
    assert _menu_titles(window)[0] == "&File" and window.menus.language_menu.actions["en"].isChecked()
    with pytest.raises(language.LanguageMissing, match="regviz_de.qm"):
        language.install(QCoreApplication.instance(), "de")


def test_the_start_language_is_the_settings_else_the_systems_else_english(qapp, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("es_MX"))
    assert language.system_language() == "es"
    assert language.start(qapp, settings) == "es" and language.current() == "es"
    settings.setValue("language", "fr")
    assert language.start(qapp, settings) == "fr"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("ja_JP"))
    assert language.system_language() == "en"
    assert "pseudo" not in language.languages()
    monkeypatch.setenv(language.PSEUDO_SWITCH, "1")
    assert "pseudo" in language.languages()


def test_the_lessons_menu_lists_the_lessons_in_the_windows_language(window, qtbot):
    """The Lessons menu's titles come from each lesson's overlay in the chosen language (they stayed English)."""
    from regviz.core.content import lessons

    def titles():
        menu = window.menuBar().actions()[2].menu()  # File, Run, Lessons
        return [a.text() for a in menu.actions()]

    english = lessons.load("01-overfitting").title
    assert english in titles()
    _language_action(window, "Deutsch").trigger()
    german = lessons.load("01-overfitting", "de").title
    qtbot.waitUntil(lambda: german in titles(), timeout=2000)
    assert german != english


def test_the_lesson_panels_own_words_follow_the_language(window, qtbot):
    """Back, Next, End lesson, Classroom mode and "Step 2 of 5" are the panel's, not the lesson's: they switch with
    the window (they stayed English beside a Spanish step text)."""
    panel = window.stage.panel
    window.lessons.open_named("01-overfitting")
    window.lessons.go(1)
    assert panel.where.text().startswith("Step 2 of ") and panel.back.text() == "◀ Back"
    _language_action(window, "Español").trigger()
    qtbot.waitUntil(lambda: panel.back.text() == "◀ Atrás", timeout=2000)
    assert panel.where.text().startswith("Paso 2 de ") and panel.next.text() == "Siguiente ▶"
    assert (panel.close_button.text(), panel.classroom.text()) == ("Terminar", "Modo clase")
    window.lessons.go(2)  # the next step is named in Spanish too
    assert panel.where.text().startswith("Paso 3 de ")


def test_a_nets_name_inside_a_core_sentence_is_said_in_the_windows_language(qapp):
    """A reveal's numbers and the narrator name the nets as core does ("regularized", "no batch norm"); in Spanish
    they read as the legend does, and a teacher's own race name stays as typed."""
    from regviz.core.translatable import QT_TRANSLATE_NOOP
    from regviz.ui.translated import translated

    language.install(qapp, "es")
    said = translated(QT_TRANSLATE_NOOP("narrator", "{net}: {sentence}").format(net="baseline", sentence="x"))
    legend = QCoreApplication.translate("CurvePlot", "baseline")
    assert legend != "baseline" and said.startswith(legend + ":")
    raced = translated(QT_TRANSLATE_NOOP("narrator", "{net}: {sentence}").format(net="mi red", sentence="x"))
    assert raced.startswith("mi red:")


def test_the_status_lines_standing_message_is_said_again_in_the_new_language(window, qtbot):
    """What the status line says until something replaces it (Ready, Paused) follows a switch; a message that
    has taken the line since (a save, a file's name) stays as it is."""
    line = window.statusBar()
    qtbot.waitUntil(lambda: line.currentMessage() == "Ready — press Space to train", timeout=10000)
    _language_action(window, "Deutsch").trigger()
    qtbot.waitUntil(lambda: line.currentMessage() == "Bereit — Leertaste zum Trainieren", timeout=5000)
    window.menus.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.engine.state == "running", timeout=10000)
    window.menus.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=10000)
    qtbot.waitUntil(lambda: line.currentMessage().startswith("Angehalten"), timeout=5000)
    _language_action(window, "English").trigger()
    qtbot.waitUntil(lambda: line.currentMessage() == "Paused — Space trains, S steps once", timeout=5000)
    window.show_status("Saved lesson.regviz", 0)
    _language_action(window, "Français").trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Fichier", timeout=5000)
    assert line.currentMessage() == "Saved lesson.regviz"
