"""``regviz export-notebook``: each notebook runs on a real Jupyter kernel, with regviz and Qt made unimportable,
and prints regviz's own final losses (the notebook trains as regviz does: same minibatches, dropout stream, L2
gradient and L1 step). The kernel and this process both use one torch thread (tests/core/conftest.py): sums split
across threads round differently, and a chaotic net (deep-batchnorm) amplifies that."""
import dataclasses
import html
import json
import os
import re
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from regviz.cli import main
from regviz.core.config import task_of
from regviz.core.content import lessons, presets
from regviz.core.content.notebook import _counts, lesson_plan

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "claims"))
import lesson_runs  # noqa: E402  (the claims harness's play of a lesson, as Next plays it)
from notebook_cells import imports

ALLOWED_IMPORTS = {"torch", "torchvision", "numpy", "matplotlib", "math", "base64", "io", "collections"}
FINAL = re.compile(r"^final (?:(\S+) )?train_loss=(\S+) test_loss=(\S+)$", re.M)
STEPS = "30"
# mnist-augmentation at 200: its notebook once left regviz's training at step 96 (a crop bound written rounded,
# core.content.augmentation_code), after 30 steps had agreed bit for bit; 200 crosses that and three evaluations.
PRESET_STEPS = {"mnist-augmentation": "200"}
# Measured: every preset and both lessons print regviz's numbers bit for bit (relative difference 0.0), and the
# test holds them to that (the README says so): same torch, same thread count, same floats.
TOLERANCE = 0.0


@pytest.fixture(scope="module")
def kernel():
    """One real python3 Jupyter kernel for the file's notebooks (a kernel and torch start in ~5 s here, a
    notebook's own cells take less), one torch thread as in this process. Each notebook starts with ``%reset -f``,
    so it runs on what it defines itself; only imported modules stay loaded."""
    km = KernelManager(kernel_name="python3")
    km.start_kernel(env=dict(os.environ, OMP_NUM_THREADS="1"))
    yield km
    km.shutdown_kernel(now=True)
    km.cleanup_resources()


def _run(path: Path, kernel):
    """Read, validate and execute the notebook at ``path`` on the kernel, where regviz and Qt cannot be imported
    (a first cell, added to the copy that runs, clears the namespace and blocks them); the notebook and its
    printed finals."""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert imports(nb) <= ALLOWED_IMPORTS, imports(nb) - ALLOWED_IMPORTS
    blocked = nbformat.from_dict(nb)
    blocked.cells.insert(0, nbformat.v4.new_code_cell(
        "%reset -f\nimport sys\nfor name in ('regviz', 'PySide6', 'shiboken6', 'pyqtgraph'):\n"
        "    sys.modules[name] = None\ndel sys, name"))
    client = NotebookClient(blocked, km=kernel, timeout=600)
    try:
        client.execute()
    finally:
        if client.kc is not None:
            client.kc.stop_channels()  # the kernel stays for the next notebook; this client's sockets do not
    outputs = [o for c in blocked.cells if c.cell_type == "code" for o in c.outputs]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream" and o.name == "stdout")
    finals = {variant or "main": (float(train), float(test)) for variant, train, test in FINAL.findall(text)}
    assert finals, text[-2000:]
    assert any("image/png" in o.get("data", {}) for o in outputs), "no plot was drawn"
    # Under each figure its numbers in words (a screen reader has nothing else of a picture): each net's losses.
    words = text.rsplit("The figure in words:", 1)
    assert len(words) == 2, "no figure is described in words"
    assert words[1].count(", test loss ") >= len(finals), words[1]
    return blocked, finals


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * abs(b)


@pytest.mark.parametrize("name", presets.names())
def test_each_preset_notebook_prints_regviz_trains_numbers(name, tmp_path, kernel):
    """30 steps of every preset (L1, dropout, augmentation, FGSM and batch norm included; augmentation 200; the
    regressions bishop-sin and notes-line, their MSE and fitted curve) in the notebook and in ``regviz train``: the
    same final train and test loss."""
    common = ["--preset", name, "--steps", PRESET_STEPS.get(name, STEPS)]
    assert main(["export-notebook", *common, "--out", str(tmp_path / "book" / f"{name}.ipynb")]) == 0
    assert main(["train", *common, "--out", str(tmp_path / "run"), "--quiet"]) == 0
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    final = summary["final"]
    nb, finals = _run(tmp_path / "book" / f"{name}.ipynb", kernel)
    train, test = finals["main"]
    assert _close(train, final["train_loss"]) and _close(test, final["test_loss"]), (finals, final)
    if summary["task"] == "regression":
        _assert_regression_plots(nb)


def _assert_regression_plots(nb) -> None:
    """The notebook drew a regression's plots: the MSE and R² curves and the fitted curve over the points."""
    show = next(c for c in nb.cells if c.cell_type == "code" and "def fitted_curve" in c.source)
    assert 'title="Loss (MSE)"' in show.source and 'title="R²"' in show.source
    runs = [c for c in nb.cells if c.cell_type == "code" and "run.train(" in c.source]
    assert runs and all(any("image/png" in o.get("data", {}) for o in c.outputs) for c in runs)


def test_a_csv_of_x_y_points_exports_a_notebook_that_carries_them_and_prints_regviz_trains_numbers(tmp_path,
                                                                                                    kernel):
    """A teacher's x,y CSV under the textbook's model: the rows travel inside the notebook (the file is gone
    before it runs), which prints regviz train's final MSEs."""
    data = tmp_path / "curve points.csv"
    data.write_text("x;y\n" + "".join(f"{i / 4:.2f};{(i * 7919 % 13) / 6 - 1:.3f}\n".replace(".", ",")
                                       for i in range(24)))
    common = ["--preset", "bishop-sin", "--steps", STEPS, "--set", "data.name=csv", "--set", f"data.path={data}",
              "--set", "regularization.l2=0.001", "--set", "data.train_fraction=0.5", "--set",
              "data.validation_fraction=0.2"]
    assert main(["export-notebook", *common, "--out", str(tmp_path / "csv.ipynb")]) == 0
    assert main(["train", *common, "--out", str(tmp_path / "run"), "--quiet"]) == 0
    data.unlink()
    assert "curve points" not in (tmp_path / "csv.ipynb").read_text()
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["task"] == "regression"
    nb, finals = _run(tmp_path / "csv.ipynb", kernel)
    train, test = finals["main"]
    final = summary["final"]
    assert _close(train, final["train_loss"]) and _close(test, final["test_loss"]), (finals, final)
    _assert_regression_plots(nb)


@pytest.mark.slow
def test_the_l1_preset_at_full_length_reaches_regviz_exact_zeros(tmp_path, kernel):
    """l1-sparsity's 1,500 steps: the notebook's L1 step (a weight that would cross zero stops at zero) ends at
    regviz's losses, and more than half the weights are exactly zero, as regviz's sparsity says."""
    assert main(["export-notebook", "--preset", "l1-sparsity", "--out", str(tmp_path / "l1.ipynb")]) == 0
    assert main(["train", "--preset", "l1-sparsity", "--out", str(tmp_path / "run"), "--quiet"]) == 0
    final = json.loads((tmp_path / "run" / "summary.json").read_text())["final"]
    nb, finals = _run(tmp_path / "l1.ipynb", kernel)
    train, test = finals["main"]
    assert _close(train, final["train_loss"]) and _close(test, final["test_loss"]), (finals, final)
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
    sparsity = float(re.search(r"^sparsity main=(\S+) ", printed, re.M)[1])
    assert sparsity == final["weight_sparsity"] > 0.5


def _capped(name: str, cap: int):
    """The bundled lesson ``name`` with every step's training cut to ``cap`` steps."""
    lesson = _real_load(name)
    return dataclasses.replace(lesson, steps=tuple(dataclasses.replace(s, train=min(cap, s.train))
                                                   for s in lesson.steps))


_real_load = lessons.load


@pytest.mark.parametrize("name", ["01-overfitting", "03-l1", "09-regression"])
def test_a_lesson_notebook_ends_where_the_app_does(name, tmp_path, monkeypatch, kernel):
    """The lesson at 30 steps a training step: its step texts as markdown (sanitised as loaded, {weights}
    counted), the notes' worked example first, and a last cell printing each net's final losses, equal to the
    claims harness's play of the same lesson (new nets where the app starts them, live changes otherwise)."""
    out = tmp_path / f"{name}.ipynb"
    assert main(["export-notebook", "--lesson", name, "--steps", STEPS, "--out", str(out)]) == 0
    nb, finals = _run(out, kernel)
    lesson = lessons.load(name)
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    for training in lesson_plan(lesson, int(STEPS)):
        step = lesson.steps[training.index]
        text = " ".join(step.text.replace("{weights}", f"{_counts(training.config)['weights']:,}").split("\n"))
        assert f"<h2>Step {training.index + 1}: {html.escape(step.title, quote=False)}</h2>\n<div>{text}</div>" \
            in markdown
    assert not any("{weights}" in md for md in markdown)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "penalty_example" in code[1].source  # code[0] is the test's import block
    assert "total 19.425" in code[1].outputs[0]["text"]

    monkeypatch.setattr(lessons, "load", lambda n: _capped(n, int(STEPS)))
    trainer, seed = None, lesson.config_at(0).training.seed
    for index in range(1, len(lesson.steps) + 1):
        trainer = lesson_runs._continue(name, seed, index, trainer)
    expected = {m.name: (m.train_loss, m.test_loss) for m in trainer.evaluate().models}
    assert finals.keys() == expected.keys()
    for variant, (train, test) in expected.items():
        assert _close(finals[variant][0], train) and _close(finals[variant][1], test), (variant, finals, expected)


def test_lesson_text_counts_the_weights_regviz_counts():
    """{weights} in a step's text becomes the number of Linear/Conv weights of the net the step trains (the app
    counts them from the model; the export counts them from the config, without torch)."""
    from regviz.core.maths.generators import shape_of
    from regviz.core.maths.models import build_model, penalized_parameters

    xy = {"data.name": "csv", "data.rows": [[i / 11, (i % 3) / 2] for i in range(12)], "model.kind": "mlp",
          "model.hidden": [5, 3]}  # a CSV of x,y points: one input, one output
    for name in presets.names():
        for extra in ({}, {"model.batchnorm": True}, xy):
            if presets.load(name).model.kind == "polynomial" and extra.get("model.batchnorm"):
                continue  # batch norm: refused for the polynomial model
            if extra is xy and task_of(presets.load(name).data) == "classification" and name != "overfit-2d":
                continue
            cfg = presets.load(name).with_overrides(extra)
            shape, outputs = shape_of(cfg.data.name, cfg.data.n_classes, task_of(cfg.data) == "regression")
            model = build_model(shape, outputs, cfg.model, 0)
            counts = _counts(cfg)
            assert counts["weights"] == sum(p.numel() for p in penalized_parameters(model, False)), name
            assert counts["parameters"] == sum(p.numel() for p in model.parameters()), name


def test_a_hostile_lesson_file_writes_no_notebook(tmp_path, capsys):
    """A lesson whose text holds <script> or an image is refused as the app refuses it, before anything is written."""
    for text in ("<p>hi</p><script>alert(1)</script>", "<img src='/dev/zero'>", "<p onclick='x()'>hi</p>"):
        path = tmp_path / "evil.json"
        path.write_text(json.dumps({"title": "t", "summary": "s", "steps": [
            {"title": "one", "preset": "overfit-2d", "text": text, "train": 5}]}))
        assert main(["export-notebook", "--lesson", str(path), "--out", str(tmp_path / "evil.ipynb")]) == 2
        assert "text" in capsys.readouterr().err
        assert not (tmp_path / "evil.ipynb").exists()


def test_a_lesson_title_is_text_in_the_notebook(tmp_path):
    """A lesson's title, summary and texts stay inside HTML blocks: markup characters in a title are shown, never
    run, and a blank line in a text cannot let Markdown turn the rest into a javascript: link."""
    path = tmp_path / "amp.json"
    path.write_text(json.dumps({"title": "L1 & L2 < L∞", "summary": "x < y\n\n[z](javascript:alert(1))", "steps": [
        {"title": "a & b", "preset": "overfit-2d", "text": "<p>fine <b>text</b></p>\n\n[x](javascript:alert(1))",
         "train": 1}]}))
    assert main(["export-notebook", "--lesson", str(path), "--out", str(tmp_path / "amp.ipynb")]) == 0
    nb = nbformat.read(tmp_path / "amp.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.cells[0].source.startswith("<h1>L1 &amp; L2 &lt; L∞</h1>\n<p>x &lt; y [z](javascript:alert(1))</p>")
    step = "<h2>Step 1: a &amp; b</h2>\n<div><p>fine <b>text</b></p> [x](javascript:alert(1))</div>"
    assert any(step == c.source for c in nb.cells)
    assert not any("\n\n[" in c.source for c in nb.cells if c.cell_type == "markdown")


def test_without_nbformat_the_export_says_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "nbformat", None)
    assert main(["export-notebook", "--preset", "overfit-2d", "--out", str(tmp_path / "x.ipynb")]) == 2
    assert "needs nbformat: pip install nbformat" in capsys.readouterr().err
    assert not (tmp_path / "x.ipynb").exists()


def test_an_mnist_notebook_carries_its_digits_and_their_licence(tmp_path):
    """Opened in Colab the notebook has only itself: the bundled digits are embedded, with the licence, and no
    cell names a file or a URL to fetch them from."""
    assert main(["export-notebook", "--preset", "mnist-cnn", "--out", str(tmp_path / "m.ipynb")]) == 0
    nb = nbformat.read(tmp_path / "m.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells)
    assert "CC BY-SA 3.0" in text and "MNIST_NPZ = (" in text
    assert "download=True" not in text and "np.load(io.BytesIO(base64.b64decode(MNIST_NPZ)))" in text
    assert "mnist_5k.npz\")" not in text and not (tmp_path / "mnist_5k.npz").exists()


def test_a_prediction_step_asks_before_its_text_and_never_gives_the_answer():
    """Lesson 7: step 1 (it trains) and step 4 (it trains nothing) each get a "Predict first" cell before the
    step's text (which says what happens): the question and its numbered answers, never a rule or the answer the
    lesson expects."""
    from regviz.core.content.notebook import export_lesson_notebook

    lesson = lessons.load("07-fgsm")
    sources = [c.source for c in export_lesson_notebook(lesson, cap=2).cells]
    for number, runs in ((1, True), (4, False)):
        block = lesson.steps[number - 1].predict
        (at,) = [i for i, s in enumerate(sources) if s.startswith(f"<p><b>Predict first</b> (step {number}): ")]
        cell = sources[at]
        assert html.escape(block.question, quote=False) in cell
        assert "<ol>" + "".join(f"<li>{html.escape(a.text, quote=False)}</li>" for a in block.answers) in cell
        assert not any(word in cell for word in ("Rule(", "expected", "attack_accuracy", "pgd", "0.2)"))
        assert sources[at + 1].startswith(f"<h2>Step {number}: {html.escape(lesson.steps[number - 1].title)}</h2>")
        assert ("and run its cells" in cell) == runs  # step 4 has none: the nets stay as step 1 left them


def test_a_lesson_notebook_follows_lang_in_words_only(tmp_path, monkeypatch, capsys):
    """--lang de: the step titles, texts and questions in German, the counts in German digits, the code (what is
    trained) the English lesson's cell for cell; without --lang the system locale's language; an unknown one is
    refused naming what the lessons speak."""
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C")
    books = {}
    for lang in ("en", "de"):
        out = tmp_path / f"{lang}.ipynb"
        assert main(["export-notebook", "--lesson", "01-overfitting", "--lang", lang, "--steps", "2",
                     "--out", str(out)]) == 0
        books[lang] = nbformat.read(out, as_version=4)
    german = "\n".join(c.source for c in books["de"].cells if c.cell_type == "markdown")
    assert "<h2>Step 1: Dreißig Punkte, ein großes Netz</h2>" in german and "<b>8.448</b> Gewichte" in german
    assert "Welches Netz endet mit niedrigerem Testverlust?" in german and "Thirty points" not in german
    titles = list(zip((s.title for s in lessons.load("01-overfitting", "de").steps),
                      (s.title for s in lessons.load("01-overfitting").steps)))

    def code(nb):  # the code cells, the German step titles in their comments read as the English ones
        sources = [c.source for c in nb.cells if c.cell_type == "code"]
        for german_title, english_title in titles:
            sources = [s.replace(german_title, english_title) for s in sources]
        return sources

    assert code(books["de"]) == code(books["en"]) and len(code(books["en"])) > 5
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["export-notebook", "--lesson", "02-l2", "--steps", "1", "--out", str(tmp_path / "fr.ipynb")]) == 0
    assert any("Les chiffres du cours" in c.source for c in nbformat.read(tmp_path / "fr.ipynb", as_version=4).cells)
    assert main(["export-notebook", "--lesson", "02-l2", "--lang", "xx", "--out", str(tmp_path / "x.ipynb")]) == 2
    assert "--lang 'xx': the lessons speak en, de, es, fr" in capsys.readouterr().err
    assert not (tmp_path / "x.ipynb").exists()
