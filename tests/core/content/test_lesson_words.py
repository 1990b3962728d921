"""A lesson's words in German, Spanish and French: overlays that hold only words, keep the English file's
configuration, placeholders, numbers and markup, fall back to English where missing, and refuse a broken overlay
naming the file and the key (never a traceback)."""
import json
import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regviz.core.content import lesson_words, lessons, markup
from regviz.core.content.lessons import LessonError

LANGUAGES = ("de", "es", "fr")


def _overlay_path(language, name):
    return lessons._folder().joinpath("i18n", language, f"{name}.json")


def _texts(lesson):
    """Every text a person reads, in order, with a label: (where, text, is markup)."""
    yield "title", lesson.title, False
    yield "summary", lesson.summary, False
    for n, step in enumerate(lesson.steps, 1):
        yield f"step {n} title", step.title, False
        yield f"step {n} text", step.text, True
        if step.predict is not None:
            yield f"step {n} question", step.predict.question, False
            for k, answer in enumerate(step.predict.answers, 1):
                yield f"step {n} answer {k}", answer.text, False


def test_the_lessons_speak_english_german_spanish_and_french():
    assert lessons.languages() == ["en", "de", "es", "fr"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", lessons.names())
def test_every_lesson_has_an_overlay_in_every_language_and_it_changes_only_the_words(name, language):
    assert _overlay_path(language, name).is_file(), f"no {language} overlay for {name}"
    english, translated = lessons.load(name), lessons.load(name, language)
    assert translated.language == language and english.language == "en"
    assert len(translated.steps) == len(english.steps)
    for i, (a, b) in enumerate(zip(english.steps, translated.steps)):
        # Everything but the words is the English file's: what the claims suite trains is what every class sees.
        assert (a.preset, a.set, a.mode, a.tab, a.train, a.controls, a.plots) == \
               (b.preset, b.set, b.mode, b.tab, b.train, b.controls, b.plots)
        assert english.config_at(i) == translated.config_at(i) and english.mode_at(i) == translated.mode_at(i)
        if a.predict is not None:
            assert [x.rule for x in a.predict.answers] == [x.rule for x in b.predict.answers]
            assert a.predict.expected == b.predict.expected
    for (where, en, _), (_, text, _) in zip(_texts(english), _texts(translated)):
        assert text != en, f"{where} is not translated"


class _Tags(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags = Counter()
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags[(tag, tuple(sorted(attrs)))] += 1


def _numbers(text: str) -> Counter:
    """The numbers a text quotes, whatever the language writes between their digits (1,000 / 1.000 / 1 000;
    0.01 / 0,01): digit runs joined by one separator and no plain space; not a name's digits (L2, x1)."""
    runs = re.findall(r"(?<![A-Za-z0-9])[0-9]+(?:[.,\u00a0\u202f][0-9]+)*", text)
    return Counter(re.sub(r"[.,\u00a0\u202f]", "", run) for run in runs)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", lessons.names())
def test_an_overlay_keeps_the_placeholders_numbers_and_markup_of_the_english(name, language):
    """Read from the files themselves (not through the parser, which also refuses other placeholders): each
    text quotes the same {placeholders} and numbers and has the same bold, italic, colour and code tags."""
    raw = json.loads(_overlay_path(language, name).read_text(encoding="utf-8"))
    english = lessons.load(name)
    texts = [("title", raw["title"]), ("summary", raw["summary"])]
    for n, step in enumerate(raw["steps"], 1):
        texts += [(f"step {n} title", step["title"]), (f"step {n} text", step["text"])]
        if "predict" in step:
            texts += [(f"step {n} question", step["predict"]["question"])]
            texts += [(f"step {n} answer {k}", a) for k, a in enumerate(step["predict"]["answers"], 1)]
    expected = list(_texts(english))
    assert [w for w, _ in texts] == [w for w, _, _ in expected]
    for (where, text), (_, en, _) in zip(texts, expected):
        assert lesson_words.placeholders(text) == lesson_words.placeholders(en), where
        assert _numbers(text) == _numbers(en), f"{where}: numbers {_numbers(text)} != {_numbers(en)}"
        assert _Tags(text).tags == _Tags(en).tags, where


def test_a_missing_overlay_falls_back_to_english_and_a_language_is_never_a_path():
    lesson = lessons.load("01-overfitting", "it")  # no Italian overlay
    assert lesson.language == "en" and lesson == lessons.load("01-overfitting")
    for bad in ("../de", "de/../../x", "", "DE", "d", 7, None):
        with pytest.raises(LessonError, match="language"):
            lessons.load("01-overfitting", bad)


def test_translated_switches_a_shipped_lesson_and_leaves_a_teachers_file_as_written(tmp_path):
    german = lessons.translated(lessons.load("02-l2"), "de")
    assert german.language == "de" and german.steps[0].title == "Die Zahlen des Skripts"
    assert lessons.translated(german, "fr").steps[0].title == "Les chiffres du cours"
    assert lessons.translated(german, "en") == lessons.load("02-l2")
    own = tmp_path / "02-l2.json"  # a teacher's file with a shipped lesson's name: not a shipped lesson
    own.write_text(lessons._folder().joinpath("02-l2.json").read_text(encoding="utf-8"), encoding="utf-8")
    mine = lessons.load_file(own)
    assert lessons.translated(mine, "de") is mine


@pytest.mark.parametrize("environ, language", [
    ({"LANG": "de_DE.UTF-8"}, "de"), ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANGUAGE": "es:en", "LANG": "de_DE.UTF-8"}, "es"), ({"LANG": "C"}, "en"), ({"LANG": "POSIX"}, "en"),
    ({"LANG": "it_IT.UTF-8"}, "en"), ({}, "en"), ({"LC_MESSAGES": "fr_CA@euro"}, "fr"),
])
def test_the_system_language_is_the_locales_when_the_lessons_speak_it(environ, language):
    assert lessons.system_language(environ) == language


# -- broken overlays ---------------------------------------------------------------------------------------------
@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A lessons folder with the shipped 01-overfitting and its German overlay, to break."""
    (tmp_path / "i18n" / "de").mkdir(parents=True)
    for name in ("01-overfitting.json", "i18n/de/01-overfitting.json"):
        (tmp_path / name).write_text(lessons._folder().joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(lessons, "_folder", lambda: tmp_path)
    return tmp_path


def _break(folder, change):
    path = folder / "i18n" / "de" / "01-overfitting.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


FILE = "lesson 01-overfitting in 'de' (resources/lessons/i18n/de/01-overfitting.json)"


@pytest.mark.parametrize("change, message", [
    (lambda r: r["steps"].pop(), "key 'steps': 4 steps, but the English lesson has 5"),
    (lambda r: r["steps"].append(dict(r["steps"][0])), "key 'steps': 6 steps, but the English lesson has 5"),
    (lambda r: r["steps"][2]["predict"]["answers"].pop(), "step 3, key 'predict': key 'answers': 1; the English "
                                                          "question has 2 answers"),
    (lambda r: r["steps"][2]["predict"]["answers"].append("drei"), "step 3, key 'predict': key 'answers': 3"),
    (lambda r: r["steps"][2].pop("predict"), "step 3: key 'predict': the English step asks a question"),
    (lambda r: r["steps"][0].update(predict={"question": "?", "answers": ["a", "b"]}),
     "step 1: unknown key 'predict'"),
    (lambda r: r["steps"][1].update(train=5), "step 2: unknown key 'train'; an overlay holds words only"),
    (lambda r: r.update(set={"regularization.l2": 1}), ": unknown key 'set'"),
    (lambda r: r["steps"][2]["predict"]["answers"].__setitem__(0, {"text": "x", "rule": {}}),
     "step 3, key 'predict': key 'answer 1': a non-empty text is required"),
    (lambda r: r["steps"][0].update(text="<p>ohne Zahl</p>"), "step 1: key 'text': its placeholders must be the "
                                                             "English text's ({weights})"),
    (lambda r: r["steps"][1].update(text="<p>{weights}</p>"), "step 2: key 'text': its placeholders"),
    (lambda r: r["steps"][0].update(text="<p>{weights}<img src='/dev/zero'></p>"), "step 1: key 'text': <img> is not "
                                                                                   "allowed"),
    (lambda r: r["steps"][0].update(text="<p style='x'>{weights}</p>"), "step 1: key 'text': attribute 'style'"),
    (lambda r: r["steps"][1].update(title="<b>fett</b>"), "step 2: key 'title': <b> is markup"),
    (lambda r: r.update(title=""), ": key 'title': a non-empty text is required"),
    (lambda r: r.update(summary=3), ": key 'summary': a non-empty text is required"),
    (lambda r: r["steps"][3].update(text=["<p>a</p>"]), "step 4: key 'text': a non-empty text"),
    (lambda r: r["steps"][3].update(text="x" * 10_001), "step 4: key 'text': 10,001 characters; at most 10,000"),
    (lambda r: r["steps"][3].update(title="x" * 501), "step 4: key 'title': 501 characters; at most 500"),
    (lambda r: r.update(steps={"1": {}}), ": key 'steps': expected a list of steps"),
    (lambda r: r["steps"].__setitem__(1, "Schritt"), "step 2: expected an object"),
    (lambda r: r["steps"][2].update(predict=["x"]), "step 3, key 'predict': expected an object"),
])
def test_a_broken_overlay_names_the_file_and_the_key(folder, change, message):
    _break(folder, change)
    with pytest.raises(LessonError) as info:
        lessons.load("01-overfitting", "de")
    assert str(info.value).startswith(FILE) and message in str(info.value), str(info.value)
    assert lessons.load("01-overfitting").language == "en"  # the English lesson is untouched


def test_an_overlay_that_is_not_json_or_not_text_names_the_file(folder):
    path = folder / "i18n" / "de" / "01-overfitting.json"
    path.write_text('{"title": "x", "steps": [', encoding="utf-8")
    with pytest.raises(LessonError, match=re.escape(FILE) + r": not valid JSON \(line 1"):
        lessons.load("01-overfitting", "de")
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(LessonError, match=re.escape(FILE) + ": cannot read it"):
        lessons.load("01-overfitting", "de")


# -- hostile overlays --------------------------------------------------------------------------------------------
ENGLISH = lessons.load("01-overfitting")
GERMAN = json.loads(_overlay_path("de", "01-overfitting").read_text(encoding="utf-8"))
_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                max_size=4), max_leaves=12)
_hostile_text = st.one_of(
    st.text(max_size=60), st.just("x" * 20_000), st.just("{weights}" * 3), st.just("<p>{weights}</p>"),
    st.sampled_from(["<p>{weights}<img src='/dev/zero'></p>", "<script>alert(1)</script>{weights}",
                     "<a href='file:///etc/passwd'>{weights}</a>", "<p onclick='x'>{weights}</p>",
                     "<span class='evil'>{weights}</span>", "{weights}<iframe src='https://x.org'></iframe>",
                     "<b>{weights}</i>", "{weights}\x00", "<p>{parameters}</p>", "{test_accuracy}{weights}"]))


def _mutations():
    keys = st.sampled_from(["title", "summary", "steps", "extra", "set"])
    step_keys = st.sampled_from(["title", "text", "predict", "train", "preset"])
    value = st.one_of(_hostile_text, _json)
    top = st.tuples(st.just("top"), keys, value)
    step = st.tuples(st.just("step"), st.integers(0, 6), step_keys, value)
    answer = st.tuples(st.just("answer"), st.integers(0, 4), st.integers(0, 3), value)
    return st.lists(st.one_of(top, step, answer), min_size=1, max_size=4)


def _apply(raw, mutation):
    kind = mutation[0]
    if kind == "top":
        raw[mutation[1]] = mutation[2]
    elif kind == "step" and isinstance(raw.get("steps"), list) and mutation[1] < len(raw["steps"]) \
            and isinstance(raw["steps"][mutation[1]], dict):
        raw["steps"][mutation[1]][mutation[2]] = mutation[3]
    elif kind == "answer" and isinstance(raw.get("steps"), list) and mutation[1] < len(raw["steps"]):
        block = raw["steps"][mutation[1]].get("predict") if isinstance(raw["steps"][mutation[1]], dict) else None
        answers = block.get("answers") if isinstance(block, dict) else None
        if isinstance(answers, list):
            (answers.__setitem__(mutation[2], mutation[3]) if mutation[2] < len(answers)
             else answers.append(mutation[3]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations())
def test_a_hostile_overlay_loads_safely_or_is_refused_naming_the_file(mutations):
    """Wrong types, huge strings, markup the allow-list removes, extra keys and missing ones: either the lesson
    loads — every text as the sanitiser writes it, the English configuration and placeholders kept — or a
    LessonError names the overlay file; nothing else escapes."""
    raw = json.loads(json.dumps(GERMAN))
    for mutation in mutations:
        _apply(raw, mutation)
    try:
        lesson = lesson_words.apply(ENGLISH, json.dumps(raw), "overlay de/01", LessonError, "de")
    except LessonError as exc:
        assert str(exc).startswith("overlay de/01")
        return
    assert len(lesson.steps) == len(ENGLISH.steps)
    for (where, en, is_markup), (_, text, _) in zip(_texts(ENGLISH), _texts(lesson)):
        assert lesson_words.placeholders(text) == lesson_words.placeholders(en), where
        if is_markup:
            assert markup.clean(text) == text, where
        else:
            assert markup.check_plain(text) == text and len(text) <= lesson_words.MAX_PLAIN, where
    for a, b in zip(ENGLISH.steps, lesson.steps):
        assert (a.preset, a.set, a.mode, a.tab, a.train, a.controls, a.plots) == \
               (b.preset, b.set, b.mode, b.tab, b.train, b.controls, b.plots)
