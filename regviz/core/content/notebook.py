"""``regviz export-notebook``: an experiment, or a whole lesson, as a Jupyter notebook a student opens at home.

The notebook needs torch, numpy and matplotlib (torchvision for augmentation), never regviz or Qt, and carries
its data: the bundled MNIST file is embedded (compressed, base64) with its licence. It shares the data and model
code of the script export (core.content.script) and trains the way regviz trains (core.content._notebook_engine:
the same minibatches, dropout stream, L2 gradient, L1 step and early stopping), so its final losses are
regviz's; a regression (a 1-D set or a CSV of x,y points) trains on the paired MSE and plots its fitted curve over
the points. A lesson becomes its step texts (sanitised as the lesson loads them) between the code of each step,
after the notes' worked example; a step that starts new nets gets its own data and nets, one that only moves
settings changes them on the running nets, as the app does (core.run.messages.needs_new_run).

Built with nbformat, imported only when a notebook is made: the product does not need it otherwise.
"""
from __future__ import annotations

import base64
import html
import inspect
import math
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from ..config import TWO_D_SETS, ConfigError, ExperimentConfig, task_of
from ..maths import generators  # numpy only
from ..run.messages import RunMode, changed_keys, needs_new_run, variant_configs, variant_for
from ..translatable import QT_TRANSLATE_NOOP
from . import worked
from .augmentation_code import transform_lines
from .notes import FGSM_ATTACK
from .script import LEGENDRE, _features_code, dataset_code, input_shape, model_code

EVAL_LIMIT = 2000  # regviz train's examples per split (core.run.training.EVAL_LIMIT)
LIVE_EVAL_LIMIT = 500  # the app's, which a lesson plays with (core.run.live.LIVE_EVAL_LIMIT)
MNIST_LICENCE = ("The 5,000 MNIST digits below are a subset of the MNIST database (Yann LeCun, Corinna Cortes, "
                 "Christopher J. C. Burges), bundled with regviz under the Creative Commons Attribution-ShareAlike "
                 "3.0 licence (CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/). They are embedded "
                 "here as regviz's compressed `mnist_5k.npz`, in base64: the notebook downloads nothing.")
# What a live change of a config key is called on the notebook's running nets (Run.set).
LIVE_NAMES = {"regularization.l1": "l1", "regularization.l2": "l2", "regularization.weight_decay": "weight_decay",
              "model.dropout": "dropout", "training.lr": "lr", "training.momentum": "momentum",
              "training.eval_every": "eval_every", "data.label_noise": "label_noise",
              "regularization.adversarial.epsilon": "epsilon",
              "regularization.adversarial.weight": "adversarial_weight"}


class NotebookError(ConfigError):
    """A notebook cannot be made (nbformat missing, or an experiment it cannot reproduce); the message says why."""


def _nbformat():
    try:
        import nbformat
    except ImportError:
        raise NotebookError(QT_TRANSLATE_NOOP("notebook", "exporting a notebook needs nbformat: pip install nbformat "
                                                          "(the notebook itself then needs torch, numpy and "
                                                          "matplotlib only)")) from None
    return nbformat


@dataclass(frozen=True)
class Training:
    """One piece of a lesson as the notebook plays it: new nets (``new_run``) or live changes to the running
    ones (``changes``: (key, value, variant or None)), then ``steps`` of training."""
    index: int  # 0-based lesson step
    config: ExperimentConfig
    mode: str
    new_run: bool
    changes: tuple[tuple[str, object, str | None], ...]
    steps: int


def lesson_plan(lesson, cap: int | None = None, seed: int | None = None) -> list[Training]:
    """Each lesson step as the app plays it (tests/claims/lesson_runs.py does the same with regviz's trainer):
    a step that loads a preset or names a mode, or changes a setting that is not live, starts new nets; any
    other step hands the running nets its changes. ``cap``: at most that many training steps per step."""
    plan, before, before_mode = [], None, None
    extra = {} if seed is None else {"training.seed": seed}
    for index, step in enumerate(lesson.steps):
        target = lesson.config_at(index).with_overrides(extra) if extra else lesson.config_at(index)
        mode = lesson.mode_at(index)
        new = before is None or step.preset is not None or step.mode is not None or \
            needs_new_run(before, before_mode, target, mode)
        changes = () if new else tuple((key, target.get(key), variant_for(RunMode(mode), key))
                                       for key in changed_keys(before, target))
        steps = step.train if cap is None else min(cap, step.train)
        plan.append(Training(index, target, mode, new, changes, steps))
        before, before_mode = target, mode
    return plan


def export_notebook(cfg: ExperimentConfig, mode: str = "single"):
    """The experiment ``cfg`` (its ``training.steps``) as a notebook (nbformat.NotebookNode, validated), with the
    nets ``mode`` trains (the window's A/B pairs; not a race, whose variants live in the window)."""
    if mode == RunMode.RACE:
        raise NotebookError(QT_TRANSLATE_NOOP("notebook", "a race exports as a notebook one variant at a time: "
                                                          "choose a single run first"))
    from ... import __version__

    nbf = _nbformat()
    cells = [_md(f"<h1>{_text(cfg.name)}</h1>\n<p>{_text(cfg.description)}</p>\n\n" + _about(__version__))]
    cells += _engine_cells([cfg])
    cells += _run_cells(cfg, mode, EVAL_LIMIT, f"{cfg.name}: {cfg.training.steps:,} steps", cfg.training.steps)
    cells.append(_md("## The final numbers\nThe last record of the run: `regviz train` with the same settings "
                     "writes these to `summary.json` (`final`)."))
    if RunMode(mode) is RunMode.SINGLE:
        cells.append(_code('net = next(iter(run.nets.values()))\nfinal = net.history[-1]\n'
                           'print(f"final train_loss={final[\'train_loss\']!r} test_loss={final[\'test_loss\']!r}")\n'
                           'print(f"sparsity main={final[\'sparsity\']!r} (the share of weights exactly 0)")'))
    else:
        cells.append(_code(_FINALS))
    return _notebook(nbf, cells)


def export_lesson_notebook(lesson, cap: int | None = None, seed: int | None = None):
    """A whole lesson: the notes' worked example, then each step's text and code, in the lesson's language
    (``lessons.load(name, language)``); ``cap`` limits every step's training (a quick look), ``seed`` replaces
    the lesson's."""
    from ... import __version__

    nbf = _nbformat()
    plan = lesson_plan(lesson, cap, seed)
    configs = [c for t in plan for c in variant_configs(t.config, t.mode).values()]
    cells = [_md(f"<h1>{_text(lesson.title)}</h1>\n<p>{_text(lesson.summary)}</p>\n\n" + _about(__version__)),
             *_worked_cells(lesson)]
    cells += _engine_cells(configs)
    for training in plan:
        step = lesson.steps[training.index]
        text = re.sub(r"\s*\n\s*", " ", _fill_counts(step.text, training.config, lesson.language))
        if step.predict is not None:  # before the step's text, which often says what happens
            runs = bool(training.new_run or training.changes or training.steps)
            cells.append(_predict_cell(training.index + 1, step.predict, runs))
        cells.append(_md(f"<h2>Step {training.index + 1}: {_text(step.title)}</h2>\n<div>{text}</div>"))
        if training.new_run:
            title = f"Step {training.index + 1}: {step.title}"
            cells += _run_cells(training.config, training.mode, LIVE_EVAL_LIMIT, title, training.steps,
                                header=False)
        elif training.changes or training.steps:
            cells.append(_code(_live_code(training, f"Step {training.index + 1}: {step.title}")))
    cells.append(_md("## The final numbers\nThe last record of every net: what the app shows at the end of the "
                     "lesson's last training step."))
    cells.append(_code(_FINALS))
    return _notebook(nbf, cells)


_FINALS = ('for net in run.nets.values():\n    final = net.history[-1]\n'
           '    print(f"final {net.name} train_loss={final[\'train_loss\']!r} test_loss={final[\'test_loss\']!r}")\n'
           'for net in run.nets.values():\n'
           '    print(f"sparsity {net.name}={net.history[-1][\'sparsity\']!r} (the share of weights exactly 0)")')


def notebook_text(nb) -> str:
    """The notebook as .ipynb JSON (validated first: a notebook Jupyter refuses is never written)."""
    nbf = _nbformat()
    nbf.validate(nb)
    return nbf.writes(nb)


# -- cells ------------------------------------------------------------------------------------------------------
def _predict_cell(number: int, block, runs: bool) -> dict:
    """A prediction step's question and its numbered answers (core.content.predict.Predict), plain text escaped:
    never its rules or the answer the lesson expects."""
    answers = "".join(f"<li>{_text(answer.text)}</li>" for answer in block.answers)
    return _md(f"<p><b>Predict first</b> (step {number}): {_text(block.question)}</p>\n<ol>{answers}</ol>\n"
               f"<p>Write your answer here before you read step {number}"
               f"{' and run its cells' if runs else ''}.</p>")


def _text(text: str) -> str:
    """A name, title or description as text inside one HTML block: escaped, on one line (a blank line would end
    the block and let Markdown read the rest, a ``[link](javascript:…)`` included)."""
    return html.escape(" ".join(text.split()), quote=False)


def _md(text: str) -> dict:
    return {"cell_type": "markdown", "source": text}


def _code(text: str) -> dict:
    return {"cell_type": "code", "source": text.strip("\n")}


def _notebook(nbf, cells: list[dict]):
    nb = nbf.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells = [nbf.v4.new_markdown_cell(c["source"]) if c["cell_type"] == "markdown"
                else nbf.v4.new_code_cell(c["source"]) for c in cells]
    nbf.validate(nb)
    return nb


def _about(version: str) -> str:
    return (f"Exported from regviz {version} on {date.today().isoformat()}. Plain PyTorch: it needs torch, numpy "
            "and matplotlib (and torchvision for augmentation), nothing else, and downloads nothing. Run the cells "
            "in order (*Run all*); the numbers are the ones regviz computes for the same settings on the same "
            "machine (with the same number of torch threads: sums split across threads round differently).")


def _engine_text() -> str:
    return resources.files(__package__).joinpath("_notebook_engine.py").read_text(encoding="utf-8")


def _engine_cells(configs: list[ExperimentConfig]) -> list[dict]:
    """The training code (core.content._notebook_engine, split at its ``# %%`` lines, each part's leading
    comment becoming the markdown above it), the notes' FGSM function and flip_labels, and the data file."""
    cells: list[dict] = []
    for part in re.split(r"^# %%", _engine_text(), flags=re.M)[1:]:
        lines = part.split("\n")
        md = [lines[0].strip()]
        i = 1
        while i < len(lines) and lines[i].startswith("#"):
            md.append(lines[i][2:])
            i += 1
        cells += [_md("\n".join(md)), _code("\n".join(lines[i:]))]
    images = any(c.data.name not in TWO_D_SETS for c in configs)
    attack = FGSM_ATTACK.strip("\n")
    if not images:
        attack = attack.replace("perturbed_image = torch.clamp(perturbed_image, 0, 1)",
                                "# (2-D points are not pixels: no clamping to [0, 1])")
    extra = [attack, inspect.getsource(generators.flip_labels).strip()]
    if any(c.regularization.augmentation.enabled and c.data.name not in TWO_D_SETS for c in configs):
        extra.insert(0, "from torchvision.transforms import v2")
    cells += [_md("The notes' FGSM function (adversarial training uses it) and the seeded label flips of "
                  "`data.label_noise` (the test labels stay true)."), _code("\n\n\n".join(extra))]
    if any(c.data.name == "mnist" for c in configs):
        cells += [_md("## The data\n" + MNIST_LICENCE), _code(_mnist_blob())]
    if any(c.data.name.startswith("tv-") for c in configs):
        cells.append(_md("**This experiment uses a torchvision data set**, which the notebook does not carry: "
                         "set `ROOT` in the data cell to a folder that already holds it (it never downloads)."))
    return cells


def _mnist_blob() -> str:
    data = resources.files("regviz.resources").joinpath("mnist_5k.npz").read_bytes()
    encoded = base64.b64encode(data).decode("ascii")
    lines = [encoded[i:i + 120] for i in range(0, len(encoded), 120)]
    return ('# regviz\'s mnist_5k.npz (images uint8 [5000, 28, 28], labels), CC BY-SA 3.0, in base64\n'
            'MNIST_NPZ = (\n' + "\n".join(f'    "{line}"' for line in lines) + "\n)")


def _worked_cells(lesson) -> list[dict]:
    """The notes' worked example: their one-weight regression with λ = 0.1 and both penalties (core.content.worked),
    with the dropout cell for a dropout lesson."""
    source = inspect.getsource(worked.penalty_example)
    constants = "\n".join(f"{name} = {getattr(worked, name)!r}" for name in
                          ("NOTES_X", "NOTES_Y", "NOTES_W", "NOTES_LAMBDA", "NOTES_HIDDEN", "NOTES_MASK"))
    code = (f"import numpy as np\nfrom collections.abc import Sequence\n\n{constants}\n\n\n{source}\n\n"
            "example = penalty_example()\n"
            "print(f\"MSE (the notes' broadcasting) {example['mse_notes']:.3f}\")\n"
            "print(f\"L2: penalty λ·w² = {example['l2_penalty']:.3f}, total {example['l2_total']:.3f}, "
            "gradient 2λw = {example['grad_l2']:.3f}\")\n"
            "print(f\"L1: penalty λ·|w| = {example['l1_penalty']:.3f}, total {example['l1_total']:.3f}, "
            "gradient λ·sign(w) = {example['grad_l1']:.3f}\")")
    if any(s.preset and "dropout" in s.preset for s in lesson.steps) or "dropout" in lesson.name:
        code += "\n\n\n" + inspect.getsource(worked.dropout_example) + "\nprint(dropout_example())"
    return [_md("## The notes' worked example\nOne weight w = 0.5 fitting y = 2x on four points, with λ = 0.1: the "
                "data loss, the L2 penalty λ·w² and the L1 penalty λ·|w|, and what each adds to the gradient."),
            _code(code)]


def _settings(cfg: ExperimentConfig) -> dict:
    t, r = cfg.training, cfg.regularization
    return {"seed": t.seed, "optimizer": t.optimizer, "lr": t.lr, "momentum": t.momentum,
            "weight_decay": r.weight_decay, "l1": r.l1, "l2": r.l2, "include_bias": r.include_bias,
            "dropout": cfg.model.dropout, "epsilon": r.adversarial.epsilon, "adversarial_weight": r.adversarial.weight}


def _transform(cfg: ExperimentConfig) -> str:
    aug = cfg.regularization.augmentation
    if not aug.enabled or cfg.data.name in TWO_D_SETS:
        return "None"
    lines = transform_lines(aug, input_shape(cfg)[-2:]) or ["v2.Identity(),"]
    return "v2.Compose([\n" + "\n".join("        " + line for line in lines) + "\n    ])"


def _run_cells(cfg: ExperimentConfig, mode: str, eval_limit: int, title: str, steps: int,
               header: bool = True) -> list[dict]:
    """New nets: the data cell (the script export's), one model function per net, the Run, training and plots."""
    variants = variant_configs(cfg, mode)
    first = next(iter(variants.values()))
    d, t = first.data, first.training
    if t.device == "cuda":
        raise NotebookError(QT_TRANSLATE_NOOP("notebook", "training.device = 'cuda': the notebook trains on the CPU, "
                                                          "as regviz's numbers do; set training.device to auto or cpu"))
    data = f"SEED = {t.seed}\n\n" + dataset_code(first, "embedded") + "\n\n\n" + _features_code(first)
    if any(v.model.kind == "polynomial" for v in variants.values()):  # the textbook's model: its features
        data += "\n\n\n" + LEGENDRE
    models, nets = [], []
    for i, (name, v) in enumerate(variants.items()):
        body = "\n".join("    " + line for line in model_code(v, repr(v.model.dropout)))
        models.append(f"def model_{i}():  # {name}\n{body}\n    return model")
        nets.append(f"    {name!r}: (model_{i}, {_settings(v)!r}, {_transform(v)}),")
    es = t.early_stopping
    run = ("\n\n\n".join(models) + "\n\n\nrun = Run(\n    (x_train, y_train, x_test, y_test, N_CLASSES),\n    {\n"
           + "\n".join(nets) + f"\n    }},\n    seed=SEED, batch_size={t.batch_size}, eval_every={t.eval_every}, "
           f"eval_limit={eval_limit}, label_noise={d.label_noise!r},\n"
           f"    validation_fraction={d.validation_fraction!r}, "
           f"patience={es.patience}, restore_best={es.restore_best})\n"
           f"run.train({steps})\nshow(run, {title!r})")
    names = ", ".join(variants)
    what = (f"{len(variants)} nets in lockstep ({names}): the same initial weights and minibatches"
            if len(variants) > 1 else "one net")
    cells = [_md(f"<h2>{_text(title)}</h2>") if header else None,
             _md(f"New nets ({what}). The data cell draws the points or digits regviz draws for "
                 f"`training.seed = {t.seed}`; each net's settings are in the dict beside it."),
             _code(data), _code(run)]
    return [c for c in cells if c is not None]


def _live_code(training: Training, title: str) -> str:
    lines = []
    for key, value, variant in training.changes:
        if key.startswith("regularization.augmentation."):
            cfg = variant_configs(training.config, training.mode)
            targets = [variant] if variant is not None else list(cfg)
            for name in targets:
                lines.append(f"run.set('transform', {_transform(cfg[name])}, net={name!r})  # {key} = {value!r}")
            continue
        if key not in LIVE_NAMES:
            raise NotebookError(QT_TRANSLATE_NOOP("notebook", "lesson step {number}: a live change of {key} is not "
                                                              "one the notebook can make")
                                .format(number=training.index + 1, key=key))
        net = None if key.startswith("data.") else variant
        lines.append(f"run.set({LIVE_NAMES[key]!r}, {value!r}, net={net!r})  # {key}")
    if training.steps:
        lines += [f"run.train({training.steps})", f"show(run, {title!r})"]
    return "\n".join(lines)


# -- a lesson's {weights} and {parameters} ---------------------------------------------------------------------
def _counts(cfg: ExperimentConfig) -> dict[str, int]:
    """The net's Linear/Conv weights and all its parameters, counted from the config (no torch here)."""
    m = cfg.model
    shape = input_shape(cfg)
    classes = cfg.data.n_classes if cfg.data.name in TWO_D_SETS else 10  # MNIST, Fashion-MNIST and CIFAR-10: ten
    if task_of(cfg.data) == "regression":
        classes = 1  # one output, the fitted y
    weights = params = 0
    if m.kind == "polynomial":  # Legendre features have no parameters; the output's weights and bias
        return {"weights": m.degree, "parameters": m.degree + 1}
    if m.kind == "cnn":
        channels, height, width = shape
        c1 = m.hidden[0]
        for c_in, c_out in ((channels, c1), (c1, 2 * c1)):
            weights += c_in * c_out * 9
            params += c_out * (3 if m.batchnorm else 1)
        flat = 2 * c1 * (height // 4) * (width // 4)
        weights += flat * classes
        params += classes
    else:
        two_d = cfg.data.name in TWO_D_SETS and task_of(cfg.data) == "classification"  # a CSV of x,y is 1-D
        width_in = len(cfg.data.features) if two_d else math.prod(shape)
        for w in m.hidden:
            weights += width_in * w
            params += w * (3 if m.batchnorm else 1)
            width_in = w
        weights += width_in * classes
        params += classes
    return {"weights": weights, "parameters": weights + params}


GROUPS = {"de": ".", "es": ".", "fr": "\u202f"}  # thousands separators as Qt's locales write them; others ","


def _grouped(n: int, language: str) -> str:
    """``n`` as the window writes it in ``language`` (8,448; de 8.448; fr 8 448; es 8448 but 12.345)."""
    if language == "es" and abs(n) < 10_000:
        return str(n)
    return f"{n:,}".replace(",", GROUPS.get(language, ","))


def _fill_counts(text: str, cfg: ExperimentConfig, language: str = "en") -> str:
    counts = _counts(cfg)
    return re.sub(r"\{(weights|parameters)\}", lambda m: _grouped(counts[m[1]], language), text)


def write_notebook(nb, path: Path) -> None:
    """Write the validated notebook at ``path`` as one transaction (a temp sibling, then rename)."""
    from .user_files import write_atomic

    write_atomic(path, notebook_text(nb))

