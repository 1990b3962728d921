"""A lesson in the window's language: opened in it, and on a language switch (Qt's LanguageChange) the open step's
text, title and question shown again in the new language — the step, the net and its run untouched."""
import json

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from regviz.core.content import lessons


@pytest.fixture
def language():
    """Switch the window's language as View ▸ Language does (the default locale, then LanguageChange)."""
    before = QLocale()

    def switch(window, code):
        QLocale.setDefault(QLocale(code))
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))

    yield switch
    QLocale.setDefault(before)


def _text(window):
    return window.stage.panel.text.toPlainText()


def test_a_language_switch_shows_the_steps_words_in_german_without_retraining(window, qtbot, language):
    language(window, "en")
    runs = []
    window.state.run_started.connect(runs.append)
    window.lessons.open_named("01-overfitting")
    window.lessons.go(1)  # "Training loss falls, test loss climbs": trains 600 steps
    qtbot.waitUntil(lambda: window.state.step > 0, timeout=60000)
    window.state.engine.pause()
    qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=30000)
    qtbot.wait(200)
    step, config, started = window.state.step, window.state.config, len(runs)
    assert "Watch the Loss plot" in _text(window)

    language(window, "de")
    assert window.lessons.index == 1 and window.lessons.lesson.language == "de"
    assert "Achten Sie auf den Plot Verlust" in _text(window) and "Watch" not in _text(window)
    assert window.stage.panel.where.text().endswith("Trainingsverlust fällt, Testverlust steigt")
    assert window.stage.panel.title.text() == "Overfitting: wozu Regularisierung dient"
    qtbot.wait(300)
    assert window.state.step == step and window.state.config == config and len(runs) == started
    assert window.state.engine.state == "paused" and not window.state.engine.training_for

    window.lessons.go(0)  # the next step the class goes to is in German too, its count in German digits
    assert "Zwei Punktwolken" in _text(window) and "8.448 Gewichte" in _text(window)
    language(window, "en")
    assert "Two clouds of points" in _text(window) and "8,448 weights" in _text(window)


def test_an_open_question_is_asked_again_in_the_new_language_keeping_the_pick(window, qtbot, language):
    language(window, "en")
    window.lessons.open_named("01-overfitting")
    window.lessons.go(2)  # "Turn on L2 and compare": the class predicts first
    flow = window.stage.prediction
    flow.pick(2)
    assert "which net's test loss ends lower" in _text(window)

    language(window, "fr")
    assert "quel réseau finit avec la perte de test la plus basse" in _text(window)
    assert [t.text() for t in flow.box.texts] == ["le réseau avec L2", "le réseau sans L2"]
    assert flow.open.pick == 2 and flow.box.buttons[1].isChecked() and not flow.open.started
    assert window.state.engine.state == "paused" and window.lessons.index == 2

    language(window, "es")
    assert "¿qué red termina con menor pérdida de prueba?" in _text(window)
    assert [t.text() for t in flow.box.texts] == ["la red con L2", "la red sin L2"]


def test_a_lesson_opens_in_the_windows_language_and_a_teachers_file_as_written(window, tmp_path, language):
    language(window, "es")
    window.lessons.open_named("02-l2")
    assert window.stage.panel.where.text().endswith("Los números de los apuntes")
    own = tmp_path / "mine.json"
    own.write_text(json.dumps({"title": "Mine", "steps": [{"title": "One", "text": "<p>hello</p>",
                                                           "preset": "overfit-2d"}]}))
    window.lessons.open_file(str(own))
    language(window, "de")
    assert _text(window) == "hello" and window.lessons.lesson.language == "en"


def test_a_broken_overlay_leaves_the_lesson_as_it_was_and_says_which_file(window, tmp_path, monkeypatch, language):
    language(window, "en")
    window.lessons.open_named("01-overfitting")
    (tmp_path / "i18n" / "de").mkdir(parents=True)
    (tmp_path / "01-overfitting.json").write_text(
        lessons._folder().joinpath("01-overfitting.json").read_text(encoding="utf-8"), encoding="utf-8")
    broken = {"title": "Kaputt", "summary": "Kaputt", "steps": []}
    (tmp_path / "i18n" / "de" / "01-overfitting.json").write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setattr(lessons, "_folder", lambda: tmp_path)
    language(window, "de")
    assert "Two clouds of points" in _text(window) and window.lessons.lesson.language == "en"
    message = window.statusBar().currentMessage()
    assert "resources/lessons/i18n/de/01-overfitting.json" in message and "key 'steps'" in message


def test_a_step_name_that_takes_a_line_more_in_german_gets_that_line(window, qtbot, language):
    """"Step 1 of 5 — Thirty points, a big net" is one line of the 1024-px sidebar, its German name two: the
    label is given both (Qt's grid kept the English line count, and cut the German name to its first line)."""
    language(window, "en")
    window.resize(1024, 768)
    window.lessons.open_named("01-overfitting")
    qtbot.wait(200)
    where = window.stage.panel.where
    one_line = where.height()
    assert one_line >= where.heightForWidth(where.width())
    language(window, "de")
    qtbot.wait(200)
    assert where.heightForWidth(where.width()) > one_line  # the German name wraps
    assert where.height() >= where.heightForWidth(where.width())


def test_a_tab_a_step_names_is_called_as_the_tab_bar_calls_it_in_each_language(qapp):
    """A step that sends the class to "the Examples tab" names the tab as the tab bar shows it, in every language
    (lesson 2 said "Worked-examples" after the tab became "Examples", and so did its translations)."""
    import re

    from regviz.ui import language as window_language
    from regviz.ui.panel_set import TAB_TITLES
    from regviz.ui.translated import translated

    english = {str(title): key for key, title in TAB_TITLES.items()}
    named = []
    for name in lessons.names():
        for index, step in enumerate(lessons.load(name).steps):
            for tab in re.findall(r"\b[Tt]he ([\w-]+(?: [\w-]+)?) tab\b", step.text):
                assert tab in english, f"lesson {name} step {index + 1} names a tab {tab!r} the window has not"
                named.append((name, index, english[tab]))
    assert named  # the walk read the steps that send the class to a tab
    try:
        for code in ("de", "es", "fr"):
            window_language.install(qapp, code)
            for name, index, key in named:
                text = lessons.load(name, code).steps[index].text
                title = translated(TAB_TITLES[key])
                assert re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", text), \
                    f"lesson {name} step {index + 1} in {code} does not call the tab {title!r}"
    finally:
        window_language.install(qapp, "en")
