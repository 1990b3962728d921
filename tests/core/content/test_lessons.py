import json

import pytest

from regviz.core.content import lessons

from regviz.core.content import presets
from regviz.core.content.lessons import LessonError


def test_there_is_a_lesson_per_technique_and_the_first_is_about_overfitting():
    names = lessons.names()
    assert names[0] == "01-overfitting"
    assert lessons.load(names[0]).title == "Overfitting: what regularization is for"
    text = " ".join(json.dumps(lessons._folder().joinpath(f"{n}.json").read_text()) for n in names).lower()
    for technique in ("l2", "l1", "augmentation", "dropout", "batch norm", "fgsm"):
        assert technique in text


@pytest.mark.parametrize("name", lessons.names())
def test_every_shipped_lesson_validates(name):
    lesson = lessons.load(name)
    assert lesson.steps[0].preset in presets.names()
    for i in range(len(lesson.steps)):
        lesson.config_at(i)  # every step's settings are valid for the config it applies to


GOOD = {"title": "Mine", "steps": [{"title": "One", "text": "hello", "preset": "overfit-2d"},
                                   {"title": "Two", "text": "more", "set": {"regularization.l2": 0.1},
                                    "train": 10}]}


@pytest.mark.parametrize("change, message", [
    (lambda r: r["steps"][1].update(train=-3), "step 2 ('Two'): key 'train'"),
    (lambda r: r["steps"][1].update(train="lots"), "step 2 ('Two'): key 'train'"),
    (lambda r: r["steps"][1].update(set={"regularization.l2": 99}), "step 2 ('Two'): key 'set': regularization.l2"),
    (lambda r: r["steps"][1].update(set={"regularization.l3": 1}), "step 2 ('Two'): key 'set'"),
    (lambda r: r["steps"][0].update(preset="nope"), "step 1 ('One'): key 'preset': unknown preset 'nope'"),
    (lambda r: r["steps"][0].pop("preset"), "step 1 ('One'): key 'preset': the first step"),
    (lambda r: r["steps"][1].update(tab="kitchen"), "step 2 ('Two'): key 'tab'"),
    (lambda r: r["steps"][1].update(mode="turbo"), "step 2 ('Two'): key 'mode'"),
    (lambda r: r["steps"][1].update(mode="race"), "step 2 ('Two'): key 'mode'"),  # a race names its variants
    (lambda r: r["steps"][1].update(controls=["l2", "volume"]), "step 2 ('Two'): key 'controls': 'volume'"),
    (lambda r: r["steps"][1].update(txet="typo"), "step 2 ('Two'): unknown key 'txet'"),
    (lambda r: r["steps"][1].pop("text"), "step 2 ('Two'): key 'text'"),
    (lambda r: r.update(steps=[]), "key 'steps'"),
    (lambda r: r["steps"][1].update(plots=["loss", "volume"]), "step 2 ('Two'): key 'plots': 'volume' is not a plot"),
    (lambda r: r["steps"][1].update(plots="loss"), "step 2 ('Two'): key 'plots': expected a non-empty list"),
    (lambda r: r["steps"][1].update(plots=[]), "step 2 ('Two'): key 'plots': expected a non-empty list"),
    (lambda r: r["steps"][1].update(plots=["loss", "loss"]), "step 2 ('Two'): key 'plots': ['loss', 'loss'] names"),
    (lambda r: r["steps"][1].update(plots=["images"]), "step 2 ('Two'): key 'plots': 'images' is not a plot of the "
                                                       "'training' tab"),  # the FGSM tab's, not this one's
    (lambda r: r["steps"][1].update(tab="worked", plots=["loss"]), "step 2 ('Two'): key 'plots': the 'worked' tab "
                                                                   "has no plots"),
])
def test_a_malformed_lesson_names_the_step_and_the_key(change, message, tmp_path):
    raw = json.loads(json.dumps(GOOD))
    change(raw)
    with pytest.raises(LessonError) as info:
        lessons.parse(json.dumps(raw), "mine")
    assert message in str(info.value) and str(info.value).startswith("lesson mine")


def test_broken_json_says_where(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"title": "x", "steps": [')
    with pytest.raises(LessonError, match="lesson broken: not valid JSON \\(line 1"):
        lessons.load_file(path)


def test_config_and_mode_follow_the_steps():
    lesson = lessons.parse(json.dumps(GOOD | {"steps": GOOD["steps"] + [
        {"title": "Three", "text": "x", "mode": "baseline"},
        {"title": "Four", "text": "y", "preset": "l1-sparsity"}]}), "mine")
    assert lesson.config_at(0).regularization.l2 == 0 and lesson.config_at(1).regularization.l2 == 0.1
    assert [lesson.mode_at(i) for i in range(4)] == ["single", "single", "baseline", "single"]
    assert lesson.config_at(3).name == "l1-sparsity"


def test_a_step_names_the_plots_it_shows_and_without_the_key_shows_its_tabs_set():
    lesson = lessons.parse(json.dumps(GOOD | {"steps": GOOD["steps"] + [
        {"title": "Three", "text": "x", "plots": ["boundary", "loss"]},
        {"title": "Four", "text": "y", "tab": "fgsm", "plots": ["robustness"]}]}), "mine")
    assert [s.plots for s in lesson.steps] == [None, None, ("boundary", "loss"), ("robustness",)]


def test_the_step_keys_are_declared_once_and_the_docs_list_each():
    """The parser refuses any key the table does not declare; docs/lessons.md documents every one it does."""
    from pathlib import Path

    docs = (Path(__file__).parents[3] / "docs" / "lessons.md").read_text()
    for key in lessons.STEP_KEYS:
        assert f"| `{key}` |" in docs, key
        lessons.parse(json.dumps({"title": "T", "steps": [{"title": "O", "text": "t", "preset": "overfit-2d"}
                                                         | ({key: ["loss"]} if key == "plots" else {})]}), "mine")
    for name, plots in lessons.PLOTS.items():
        assert all(f"`{p}`" in docs for p in plots), name
