"""regviz render-lesson: a lesson played as Next plays it, one PNG per step at the size asked, and an index."""
import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import numpy as np
import pytest
from PIL import Image

from regviz.core.content import lessons


def _render(*args):
    return subprocess.run([sys.executable, "-m", "regviz", "render-lesson", *args], capture_output=True, text=True,
                          timeout=600, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.slow
def test_a_lesson_renders_one_png_per_step_at_the_size_asked(tmp_path):
    out = _render("02-l2", "--size", "1024x768", "--presentation", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr[-2000:]
    lesson = lessons.load("02-l2")
    pngs = sorted(tmp_path.glob("*.png"))
    asked = [i for i, step in enumerate(lesson.steps, 1) if step.predict]  # two slides: the question, the reveal
    assert asked and [p.name[:3] for p in pngs] == sorted(f"{i:02d}-" for i in [*range(1, len(lesson.steps) + 1),
                                                                                *asked])
    assert [p.name for p in pngs if p.name.startswith(f"{asked[0]:02d}-")][0].endswith("-question.png")
    for png in pngs:
        with Image.open(png) as image:
            assert image.size == (1024, 768)
            assert len(np.unique(np.asarray(image.convert("L")))) > 50  # a drawn window, not a blank one
    index = (tmp_path / "index.html").read_text()
    assert all(html.escape(step.title) in index for step in lesson.steps) and all(p.name in index for p in pngs)
    assert "{weights}" not in index  # counts filled in from the model
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["interrupted"] is False and summary["steps"] == len(lesson.steps)
    assert summary["rendered"] == summary["slides"] == len(pngs) == len(lesson.steps) + len(asked)
    block = lesson.steps[asked[0] - 1].predict
    assert f"Predict:</b> {html.escape(block.question)}" in index
    assert "Revealed:" in index and re.search(r"regularized: \d+(\.\d+)? %", index)  # the run's numbers


@pytest.mark.parametrize("args, message", [(["--size", "huge", "02-l2"], "--size"),
                                           (["no-such-lesson"], "no-such-lesson"),
                                           ([], "name one lesson"),
                                           (["02-l2", "--lang", "../de"], "the lessons speak en, de, es, fr")])
def test_bad_arguments_exit_2_with_the_reason(tmp_path, args, message):
    out = _render(*args, "--out", str(tmp_path))
    assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr


@pytest.mark.slow
def test_render_lesson_follows_lang(tmp_path):
    """--lang de: the steps' words in German in the slides' window and the index (the same slides, trained as the
    English lesson trains)."""
    out = _render("02-l2", "--lang", "de", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr[-2000:]
    german, english = lessons.load("02-l2", "de"), lessons.load("02-l2")
    index = (tmp_path / "index.html").read_text()
    assert index.startswith("<!doctype html><html lang='de'>") and html.escape(german.title) in index
    assert all(html.escape(step.title) in index for step in german.steps)
    assert not any(html.escape(step.title) in index for step in english.steps)
    assert f"Vorhersage:</b> {html.escape(german.steps[1].predict.question)}" in index and "Predict:" not in index
    assert "Das Skript nimmt ein Gewicht w = 0,5" in index
    assert len(list(tmp_path.glob("*.png"))) == len(english.steps) + 1


@pytest.mark.parametrize("size", ["99999x99999", "199x720", "1280x8001", "0x0", "8000x199"])
def test_a_size_outside_200_to_8000_pixels_is_refused_before_anything_starts(tmp_path, size):
    out = _render("02-l2", "--size", size, "--out", str(tmp_path / "out"))  # 99999x99999 crashed Qt (SIGSEGV)
    assert out.returncode == 2 and f"--size '{size}'" in out.stderr and "200 … 8000" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "out").exists()


def test_a_hostile_lesson_file_is_refused_before_rendering(tmp_path):
    lesson = tmp_path / "handout.json"
    lesson.write_text(json.dumps({"title": "Handout", "steps": [
        {"title": "One", "preset": "overfit-2d", "text": "<p>hi</p><script>alert(1)</script>"}]}))
    out = _render(str(lesson), "--out", str(tmp_path / "out"))
    assert out.returncode == 2 and "step 1 ('One'): key 'text': <script> is not allowed" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "out" / "index.html").exists()


class _Page(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_index_holds_only_escaped_titles_and_sanitised_text(tmp_path):
    """Even for a Lesson that never passed the loader's check, index.html runs no script and loads nothing."""
    from regviz.core.content.lessons import Lesson, Step
    from regviz.core.content import predict
    from regviz.ui.render_lesson import _write_index

    title = "<script>alert('title')</script>"
    hostile = ("<p onclick='alert(1)'>Look</p><script>alert(2)</script><img src=x onerror='alert(3)'>"
               "<svg onload='alert(4)'></svg><a href='javascript:alert(5)'>j</a><a href='file:///etc/passwd'>f</a>"
               "<iframe src='https://example.org'></iframe><span class='test' style='x'>kept</span>"
               "<a href='https://example.org/notes'>notes</a>")
    lesson = Lesson("evil", title, "", (Step(title, hostile, "overfit-2d"),))
    shot = tmp_path / "01-step.png"
    question = predict.Predict(title, (predict.Answer(title, None), predict.Answer("two", None)))
    revealed = predict.ClassPrediction("evil", 1, title, (title, "two"), 1, (3, 4), (True, False),
                                       (title, "<b>x</b>"), 2)  # a question's texts are escaped, never markup
    _write_index(tmp_path, [(lesson, [(1, shot, hostile, None), (1, shot, "", question),
                                      (1, shot, hostile, revealed)])], (1280, 720), "light", False)
    page = (tmp_path / "index.html").read_text()
    assert "<script" not in page.lower() and not re.search(r"\son\w+\s*=", page, re.I)
    assert html.escape(title) in page and "kept" in page and "Look" in page
    for tag, attrs in _Page(page).tags:
        assert tag not in {"script", "svg", "iframe", "object", "embed"}, tag
        assert not any(name.startswith("on") or name == "style" for name in attrs), (tag, attrs)
        if tag == "img":
            assert attrs["src"] == "01-step.png"  # our screenshot, nothing the lesson named
        if tag == "a":
            assert attrs.get("href", "https://").startswith("https://"), attrs
    assert page.count("Predict:</b> " + html.escape(title)) == 1 and "Revealed:" in page
    assert "<b>x</b>" not in page and html.escape("<b>x</b>") in page
    assert "span.test{color:"  # the colour classes are styled in the handout too


@pytest.mark.slow
def test_a_prediction_step_that_trains_nothing_renders_its_question_and_the_run_as_it_stands(tmp_path):
    """Lesson 7 step 4's question after a short pair: two slides for it, its question and its reveal, decided
    on the PGD curve of the nets the first step trained (render-lesson has no class: it skips)."""
    pgd = json.loads(lessons._folder().joinpath("07-fgsm.json").read_text())["steps"][3]
    path = tmp_path / "pgd.json"
    path.write_text(json.dumps({"title": "PGD", "steps": [
        {"title": "Train", "text": "<p>Train.</p>", "preset": "mnist-fgsm", "mode": "fgsm", "tab": "fgsm",
         "train": 40}, pgd]}))
    out = _render(str(path), "--size", "1280x720", "--presentation", "--out", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr[-2000:]
    pngs = sorted(p.name for p in (tmp_path / "out").glob("*.png"))
    assert len(pngs) == 3 and pngs[0].startswith("01-") and pngs[1].startswith("02-"), pngs
    assert pngs[1].endswith("-question.png") and pngs[2].startswith("02-") and pngs[2].endswith("-reveal.png")
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["rendered"] == summary["slides"] == 3
    index = (tmp_path / "out" / "index.html").read_text()
    assert f"Predict:</b> {html.escape(pgd['predict']['question'])}" in index
    assert "Revealed:" in index and re.search(r"adversarial: \d+\.\d %", index)  # the PGD curve's number
