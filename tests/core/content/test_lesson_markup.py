"""Lesson text is a restricted markup: a lesson that would load a file, run script or follow a non-https link is
refused when it loads, naming what the sanitiser would remove; the bundled lessons and the documented example
load unchanged in meaning."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regviz.core.content import lessons, markup
from regviz.core.content.lessons import LessonError

DOCS = Path(__file__).resolve().parents[3] / "docs" / "lessons.md"


def _lesson(text="<p>hello</p>", title="One", lesson_title="Mine"):
    return json.dumps({"title": lesson_title, "steps": [{"title": title, "text": text, "preset": "overfit-2d"},
                                                         {"title": "Two", "text": "more"}]})


@pytest.mark.parametrize("text, named", [
    ("<p>Look <img src='/dev/zero'></p>", "<img>"),
    ("<img src='/tmp/regviz-fifo'>", "<img>"),  # a FIFO as the image hung the window
    ("<p><a href='file:///etc/passwd'>the notes</a></p>", "'file:///etc/passwd'"),
    ("<p>x</p><script>alert(1)</script>", "<script>"),
    ("<p><b onerror='alert(1)'>x</b></p>", "'onerror'"),
    ("<p style='background:url(file:///etc/passwd)'>x</p>", "'style'"),
    ("<p><span style='color:#D55E00'>test</span></p>", "'style'"),  # the old inline colours
    ("<p><a href='http://example.org'>notes</a></p>", "'http://example.org'"),
    ("<p><a href='javascript:alert(1)'>notes</a></p>", "'javascript:alert(1)'"),
    ("<p><a href='data:text/html,<script>alert(1)</script>'>x</a></p>", "'data:text/html"),
    ("<img src='data:image/png;base64,iVBORw0KGgo='>", "<img>"),
    ("<p><a href='notes.html'>relative</a></p>", "'notes.html'"),
    ("<p><a href='https:/etc/passwd'>no host</a></p>", "'https:/etc/passwd'"),
    ("<p><span class='train evil'>x</span></p>", "'evil'"),
    ("<table><tr><td>x</td></tr></table>", "<table>"),
    ("<p>a<iframe src='https://example.org'></iframe></p>", "<iframe>"),
    ("<p>x</p><style>p{background:url(/dev/zero)}</style>", "<style>"),
])
def test_a_hostile_step_text_is_refused_naming_the_tag_or_attribute(text, named):
    with pytest.raises(LessonError) as info:
        lessons.parse(_lesson(text), "evil")
    message = str(info.value)
    assert message.startswith("lesson evil, step 1 ('One'): key 'text': ") and named in message, message


@pytest.mark.parametrize("where, raw, message", [
    ("step title", _lesson(title="<img src='/dev/zero'>One"),
     "step 1 (\"<img src='/dev/zero'>One\"): key 'title': <img>"),
    ("step title", _lesson(title="<b>One</b>"), "key 'title': <b> is markup"),
    ("lesson title", _lesson(lesson_title="Mine<script>x</script>"), "lesson evil: key 'title': <script>"),
])
def test_titles_are_plain_text(where, raw, message):
    with pytest.raises(LessonError) as info:
        lessons.parse(raw, "evil")
    assert message in str(info.value), str(info.value)


@pytest.mark.parametrize("text", [
    "<p>a<br>b</p>", "<p>a<br/>b</p>", "<p>it&#39;s &amp; &lt;x&gt; &nbsp;</p>", "<ul><li>one<li>two</ul>",
    "<p><span class='train'><b>train</b></span> and <span class=\"test\">test</span></p>",
    "<p>x<sub>i</sub><sup>2</sup> <code>model.dropout</code> <em>e</em> <strong>s</strong> <i>i</i></p>",
    "<ol><li>1</li></ol>", "<p><a href='https://en.wikipedia.org/wiki/Regularization_(mathematics)'>w</a></p>",
    "<p>{weights} weights</p>", "plain text, no tags",
])
def test_harmless_markup_loads(text):
    lesson = lessons.parse(_lesson(text), "fine")
    assert markup.clean(lesson.steps[0].text) == lesson.steps[0].text  # stored as the sanitiser writes it


def test_titles_may_hold_characters_html_would_escape():
    lesson = lessons.parse(_lesson(title="L1 & L2 < 3", lesson_title="a > b"), "fine")
    assert (lesson.title, lesson.steps[0].title) == ("a > b", "L1 & L2 < 3")


def test_controls_given_as_one_name_say_a_list_is_expected():
    raw = json.loads(_lesson())
    raw["steps"][1]["controls"] = "l2"
    with pytest.raises(LessonError) as info:
        lessons.parse(json.dumps(raw), "mine")
    assert "key 'controls': expected a list of controls" in str(info.value)
    assert "not a control" not in str(info.value)
    raw["steps"][1]["controls"] = ["l2", None]
    with pytest.raises(LessonError, match="key 'controls': None is not a control"):
        lessons.parse(json.dumps(raw), "mine")


@pytest.mark.parametrize("name", lessons.names())
def test_every_bundled_lesson_passes_the_sanitiser(name):
    lesson = lessons.load(name)
    raw = json.loads(lessons._folder().joinpath(f"{name}.json").read_text(encoding="utf-8"))
    assert "style=" not in json.dumps(raw) and "color:#" not in json.dumps(raw)
    for step, raw_step in zip(lesson.steps, raw["steps"]):
        assert _events(step.text) == _events(raw_step["text"])  # nothing a teacher wrote went missing


def test_the_documented_example_and_markup_load():
    doc = DOCS.read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, re.S)[1]
    assert lessons.parse(example, "docs").steps
    assert "color:#" not in doc  # colours are classes, drawn per theme
    for name in markup.COLOUR_CLASSES:  # the documentation lists every class a span may have
        assert f"`{name}`" in doc


class _Tags(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def _events(text):
    parsed = _Tags(text)
    return [(t, sorted(a)) for t, a in parsed.tags], "".join(parsed.text)


TAG_NAMES = ["p", "b", "i", "img", "a", "span", "script", "style", "iframe", "svg", "math", "li", "table", "br",
             "object", "embed", "link", "meta", "base", "form", "input", "textarea", "title", "noscript", "code"]
ATTRS = ["src", "href", "class", "style", "onerror", "onclick", "title", "id", "srcset", "background", "lang",
         "data-x", "xlink:href", "formaction"]
VALUES = ["/dev/zero", "file:///etc/passwd", "https://example.org/x", "http://x", "javascript:alert(1)",
          "data:text/html,x", "train", "test evil", "JaVaScRiPt:alert(1)", " https://x", "https://", "//host/x",
          "https:\\\\x", "\x00", "&#x6a;avascript:x", ""]
fragments = st.recursive(
    st.text(max_size=12),
    lambda inner: st.one_of(
        st.builds(lambda tag, attrs, body: f"<{tag}{''.join(f' {k}={v!r}' for k, v in attrs)}>{body}</{tag}>",
                  st.sampled_from(TAG_NAMES), st.lists(st.tuples(st.sampled_from(ATTRS), st.sampled_from(VALUES)),
                                                       max_size=3), inner),
        st.lists(inner, max_size=4).map("".join),
        st.sampled_from(["<", ">", "<!--", "-->", "<![CDATA[", "]]>", "&", "&#0;", "</", "<p", "\r\n", "'", '"'])),
    max_leaves=12)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(fragments, st.text()))
def test_any_text_sanitises_to_allowed_tags_and_attributes_only(text):
    out = markup.clean(text)
    for tag, attrs in _Tags(out).tags:
        assert tag in markup.TAGS, (text, out)
        for name, value in attrs:
            assert (tag, name) in {("span", "class"), ("a", "href")}, (text, out)
            if name == "class":
                assert set(value.split()) <= set(markup.COLOUR_CLASSES), (text, out)
            else:
                assert re.fullmatch(r"https://[^\s/]+\S*", value), (text, out)
    assert markup.clean(out) == out  # what is shown is already clean: display and load agree
    try:
        assert markup.check(text) == out
    except markup.MarkupError:
        pass


steps = st.fixed_dictionaries({"title": st.one_of(st.text(max_size=8), st.sampled_from(["<b>x</b>", "One"])),
                               "text": st.one_of(fragments, st.just("<p>hi</p>"))},
                              optional={"preset": st.sampled_from(["overfit-2d", "nope", None, 3]),
                                        "controls": st.one_of(st.just("l2"), st.lists(st.sampled_from(
                                            ["l2", "volume", None, 1, []]), max_size=3)),
                                        "train": st.one_of(st.integers(-5, 200_000), st.booleans(), st.text()),
                                        "tab": st.sampled_from(["training", "kitchen", None, 1, "fgsm", "worked"]),
                                        "plots": st.one_of(st.just("loss"), st.lists(st.sampled_from(
                                            ["loss", "boundary", "images", "nope", None, 1, [], {}]), max_size=3)),
                                        "mode": st.sampled_from(["single", "race", None, [], 2]),
                                        "set": st.one_of(st.dictionaries(st.sampled_from(
                                            ["regularization.l2", "model.hidden", "x"]),
                                            st.one_of(st.floats(allow_nan=True), st.integers(), st.text(),
                                                      st.lists(st.integers(), max_size=3))), st.text())})
json_values = st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=8),
                           lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                           max_leaves=10)
lesson_docs = st.one_of(
    st.fixed_dictionaries({"title": st.one_of(st.text(max_size=8), st.just("T")), "steps": st.lists(steps, max_size=3)},
                          optional={"summary": st.one_of(st.text(max_size=8), st.integers())}).map(json.dumps),
    json_values.map(json.dumps), st.text(max_size=60))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lesson_docs)
def test_any_lesson_json_text_loads_or_raises_lesson_error(text):
    try:
        lesson = lessons.parse(text, "any")
    except LessonError as exc:
        assert str(exc).startswith("lesson any")
        return
    for step in lesson.steps:
        assert markup.clean(step.text) == step.text
