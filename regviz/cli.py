"""Headless runs for slides and checks: ``regviz train``, ``regviz sweep``, ``regviz export-script``,
``regviz export-notebook``, ``regviz presets``.

Exit status: 0 done, 2 a bad argument or config value (the message names the key or option and what is
allowed; an --out another run is writing), 1 a missing or broken file or data set, or a file that could not be
written (a full disk: the message names it and the earlier results stay), 3 the loss diverged (the files are
still written and say so), 130/143 stopped by SIGINT/SIGTERM (what ran is written, marked interrupted).
Runs write into --out as one transaction (core.run.output): an earlier run's files are replaced whole or not at all.
"""
from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import re
import signal
import sys
import time
from pathlib import Path

from .core.content.presets import DEFAULT as DEFAULT_PRESET
from .core.translatable import QT_TRANSLATE_NOOP, message_of

EXIT_DIVERGED = 3
METRIC_COLUMNS = ("step", "epoch", "seconds", "data_loss", "l1_penalty", "l2_penalty", "total_loss", "train_loss",
                  "test_loss", "train_accuracy", "test_accuracy", "weight_l1", "weight_l2", "weight_sparsity",
                  "val_loss", "val_accuracy")  # the last two empty without a validation split


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regviz", description="See regularization in neural networks working. "
                                     "With no command, opens the desktop app.")
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train headless and write config.json, metrics.csv, summary.json")
    source = train.add_mutually_exclusive_group()
    source.add_argument("--preset", help=f"a preset name (see `regviz presets`; default {DEFAULT_PRESET})")
    source.add_argument("--config", help="an experiment JSON file, a saved session (.regviz), or a one-line "
                                         "experiment ('regviz:1:…', File ▸ Copy experiment)")
    train.add_argument("--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE",
                       help="override a config value, e.g. regularization.l2=0.01 (repeatable)")
    train.add_argument("--steps", type=int, help="training steps (default: training.steps)")
    train.add_argument("--seed", type=int, help="random seed (default: training.seed)")
    train.add_argument("--out", type=Path, help="output folder (default: runs/NAME-seedS)")
    train.add_argument("--robustness", metavar="EPS,EPS,...",
                       help="also measure test accuracy under attack at these ε, e.g. 0,0.05,0.1,0.2")
    train.add_argument("--attack", default="fgsm", metavar="fgsm,pgd",
                       help="the attacks --robustness uses: fgsm (one step, the notes') and/or pgd (10 projected "
                            "steps from a random start); default fgsm")
    train.add_argument("--quiet", action="store_true", help="no progress bar")
    train.add_argument("--narrate", action="store_true", help="print what the curves do, in words, each time it "
                       "changes (\"step 450: …\"), as the app's narrator says it")
    train.add_argument("--lang", metavar="LANG", help="the language --narrate speaks: en, de, es, fr (default: the "
                       "system locale's, if regviz speaks it, else en)")
    sweep = sub.add_parser("sweep", help="train once per value of one setting; write DIR/sweep.csv")
    source = sweep.add_mutually_exclusive_group()
    source.add_argument("--preset", help=f"a preset name (default {DEFAULT_PRESET})")
    source.add_argument("--config", help="an experiment JSON file or a one-line experiment ('regviz:1:…')")
    sweep.add_argument("--param", required=True, metavar="SECTION.KEY", help="e.g. regularization.l2")
    sweep.add_argument("--values", required=True, metavar="V,V,...", help="e.g. 0,0.001,0.01,0.1,1")
    sweep.add_argument("--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE")
    sweep.add_argument("--steps", type=int, help="training steps per value (default: training.steps)")
    sweep.add_argument("--seed", type=int, help="random seed (default: training.seed)")
    sweep.add_argument("--out", type=Path, help="output folder (default: runs/NAME-sweep-KEY)")
    sweep.add_argument("--jobs", type=int, metavar="N", help="train N values at once, each in its own process "
                       "on one torch thread (default: the number of cores); any N writes the same sweep.csv")
    sweep.add_argument("--quiet", action="store_true", help="no progress bar")
    script = sub.add_parser("export-script", help="print the experiment as one plain-PyTorch script (no regviz "
                            "needed to run it)")
    source = script.add_mutually_exclusive_group()
    source.add_argument("--preset", help=f"a preset name (default {DEFAULT_PRESET})")
    source.add_argument("--config", type=Path, help="an experiment JSON file or a saved session")
    script.add_argument("--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE")
    script.add_argument("--steps", type=int, help="training steps (default: training.steps)")
    script.add_argument("--seed", type=int, help="random seed (default: training.seed)")
    script.add_argument("--out", type=Path, help="write the script here (and the MNIST file beside it, if it "
                        "needs one) instead of printing it")
    book = sub.add_parser("export-notebook", help="write the experiment, or a whole lesson, as a Jupyter notebook "
                          "that reproduces regviz's numbers (needs nbformat; the notebook needs no regviz)")
    source = book.add_mutually_exclusive_group()
    source.add_argument("--preset", help=f"a preset name (default {DEFAULT_PRESET})")
    source.add_argument("--config", type=Path, help="an experiment JSON file or a saved session")
    source.add_argument("--lesson", help="a bundled lesson's name (e.g. 01-overfitting) or a lesson file")
    book.add_argument("--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE")
    book.add_argument("--steps", type=int, help="training steps (default: training.steps; with --lesson, at most "
                      "this many in each step that trains)")
    book.add_argument("--seed", type=int, help="random seed (default: training.seed)")
    book.add_argument("--out", type=Path, required=True, help="the .ipynb file to write")
    book.add_argument("--lang", metavar="LANG", help="the language of a bundled lesson's words: en, de, es, fr "
                      "(default: the system locale's, if the lessons speak it, else en)")
    race = sub.add_parser("compare", help="race 2-4 variants from the same initial weights on the same minibatches; "
                          "write DIR/compare.csv and DIR/VARIANT/summary.json")
    source = race.add_mutually_exclusive_group()
    source.add_argument("--preset", help=f"a preset name (default {DEFAULT_PRESET})")
    source.add_argument("--config", help="an experiment JSON file or a one-line experiment ('regviz:1:…')")
    race.add_argument("--variant", dest="variants", action="append", default=[], metavar="NAME:KEY=VALUE,…",
                      help="a variant, e.g. none: or l2:regularization.l2=0.01 (2 to 4 of them)")
    race.add_argument("--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE")
    race.add_argument("--steps", type=int, help="training steps (default: training.steps)")
    race.add_argument("--seed", type=int, help="random seed (default: training.seed)")
    race.add_argument("--out", type=Path, help="output folder (default: runs/NAME-compare)")
    race.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_parser("presets", help="list the presets, one a line, name first")
    render = sub.add_parser("render-lesson", help="play a lesson as Next does, offscreen, and write one PNG per "
                            "step and DIR/index.html (slides and handouts)")
    render.add_argument("lesson", nargs="?", help="a bundled lesson's name (e.g. 01-overfitting) or a lesson file")
    render.add_argument("--all", action="store_true", help="every bundled lesson, one folder each")
    render.add_argument("--size", default="1280x720", help="window size WIDTHxHEIGHT, 200 … 8000 px each "
                        "(default 1280x720)")
    render.add_argument("--theme", choices=("light", "dark"), default="light")
    render.add_argument("--presentation", action="store_true", help="presentation mode's large type and lines")
    render.add_argument("--out", type=Path, required=True, help="the folder for the PNGs and index.html")
    render.add_argument("--lang", metavar="LANG", help="the language of the lessons' words (and the window's): en, "
                        "de, es, fr (default: the system locale's, if the lessons speak it, else en)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .core.config import ConfigError
    from .core.content.csv_data import CsvError
    from .core.run.output import Interrupted, StopRequest

    command = {"presets": _presets, "sweep": _sweep, "export-script": _export_script,
               "export-notebook": _export_notebook, "render-lesson": _render_lesson,
               "compare": _compare}.get(args.command, _train)
    try:
        if getattr(command, "stoppable", False):
            # Caught before torch is imported (seconds on a loaded machine): a signal then is a stop like a later
            # one, said in one line at the command's first check; it used to end the process silently (143).
            with StopRequest() as stop:
                return command(args, stop)
        return command(args)
    except CsvError as exc:  # a broken data file, like a missing data set
        print(f"regviz: {exc}", file=sys.stderr)
        return 1
    except ConfigError as exc:
        print(QT_TRANSLATE_NOOP("cli", "regviz: error: {problem}").format(problem=message_of(exc)), file=sys.stderr)
        return 2
    except Interrupted as exc:
        print(QT_TRANSLATE_NOOP("cli", "regviz: stopped by a second {signal} before the files were written; the "
                                       "output folder keeps what it held")
              .format(signal=signal.Signals(exc.signum).name), file=sys.stderr)
        return 128 + exc.signum
    except (RuntimeError, OSError) as exc:
        from .core.maths.data import DataError  # torch: imported here, not before the signals are caught

        if not isinstance(exc, (DataError, OSError)):
            raise
        print(f"regviz: {exc}", file=sys.stderr)
        return 1


def _presets(_args: argparse.Namespace | None = None) -> int:
    from .core.content import presets

    for cfg in presets.all_presets():
        print(f"{cfg.name}\t{cfg.description}")
    return 0


def _final(m) -> dict:
    """A net's numbers at the end of a run, as summary.json writes them (train and compare alike)."""
    return {"train_loss": m.train_loss, "test_loss": m.test_loss, "train_accuracy": m.train_accuracy,
            "test_accuracy": m.test_accuracy, "data_loss": m.data_loss, "l1_penalty": m.l1_penalty,
            "l2_penalty": m.l2_penalty, "weight_sparsity": m.sparsity}


def _input_weights(trainer, name: str) -> dict:
    """2-D data: ``input_weights``, per input feature the Σ|w| of its first-layer weights (0 exactly: L1 dropped
    the feature)."""
    if trainer.data.is_image or trainer.data.task == "regression":  # features are 2-D data's
        return {}
    from .core.run.training import input_weights

    features = tuple(trainer._variant(name).config.data.features)
    return {"input_weights": input_weights(trainer.model(name), features)}


def _best(rows, trainer) -> dict:
    """With a validation split: the step of the lowest validation loss, every metric there, and where early
    stopping ended the run (``final`` is then the restored net's)."""
    best_step = rows[-1].models[0].best_step
    if best_step is None:
        return {}
    at = next((r.models[0] for r in rows if r.step == best_step), None)
    best = None if at is None else {
        "train_loss": at.train_loss, "val_loss": at.val_loss, "test_loss": at.test_loss,
        "train_accuracy": at.train_accuracy, "val_accuracy": at.val_accuracy, "test_accuracy": at.test_accuracy}
    return {"best_step": best_step, "best": best, "stopped_at": trainer.stopped_at}


def load_config(preset: str | None, config: str | None, overrides: list[str], steps: int | None,
                seed: int | None):
    from .core.content import presets
    from .core.content.session import read_config

    if config is not None:
        cfg, saved_step = read_config(config)  # a saved session is reproduced to the step it was saved at
        steps = saved_step if steps is None else steps
    else:
        cfg = presets.load(DEFAULT_PRESET if preset is None else preset)
    extra = list(overrides)
    if steps is not None:
        extra.append(f"training.steps={steps}")
    if seed is not None:
        extra.append(f"training.seed={seed}")
    return cfg.with_overrides(extra) if extra else cfg


def _parse_epsilons(text: str | None) -> list[float]:
    from .core.config import ConfigError

    if text is None:
        return []
    try:
        values = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--robustness {text!r}: expected numbers separated by commas, "
                                                   "e.g. 0,0.1,0.2").format(text=text)) from None
    if not values:
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--robustness {text!r}: give at least one ε, e.g. 0,0.1,0.2")
                          .format(text=text))
    if any(not 0 <= v <= 1 for v in values):
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--robustness {text!r}: each ε must be in 0 … 1")
                          .format(text=text))
    return values


def _parse_attacks(text: str) -> list[str]:
    from .core.config import ConfigError

    attacks = [part.strip() for part in text.split(",") if part.strip()]
    if not attacks or any(a not in ("fgsm", "pgd") for a in attacks):
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--attack {text!r}: a comma-separated list of fgsm, pgd")
                          .format(text=text))
    return list(dict.fromkeys(attacks))


def _stoppable(command):
    """A run command under SIGINT/SIGTERM (``main`` catches them for it): the first stops training at its next
    step and the command writes what it has, marked interrupted (exit 128 + the signal: 130, 143); a second
    stops at once (``Interrupted``)."""
    command.stoppable = True
    return command


def _stopped_early(stop) -> int:
    """A signal before anything was trained: nothing to write, one line."""
    print(QT_TRANSLATE_NOOP("cli", "regviz: interrupted ({signal}) before training started; nothing was written")
          .format(signal=stop.name), file=sys.stderr)
    return stop.exit_status


def _say_interrupted(stop, done: str, out: Path) -> int:
    print(QT_TRANSLATE_NOOP("cli", "regviz: interrupted ({signal}) {done}; what ran is in {out} (its summary says "
                                   "\"interrupted\": true)").format(signal=stop.name, done=done, out=out),
          file=sys.stderr)
    return stop.exit_status


@_stoppable
def _train(args: argparse.Namespace, stop) -> int:
    from .core.run.output import RunFolder, slug
    from .core.run.training import Trainer

    cfg = load_config(args.preset, args.config, args.overrides, args.steps, args.seed)
    epsilons = _parse_epsilons(args.robustness)
    attacks = _parse_attacks(args.attack)
    if args.narrate:
        _language(args.lang)  # a bad --lang is refused before the data loads
    trainer = Trainer(cfg)  # loads the data: a missing set fails here, before the folder is touched
    if epsilons and trainer.regression:
        from .core.config import ConfigError

        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--robustness: applies to classification; data.name {data_name!r} "
                                                   "is a regression").format(data_name=cfg.data.name))
    if stop():
        return _stopped_early(stop)
    out = args.out or Path("runs") / f"{slug(cfg.name)}-seed{cfg.training.seed}"
    with RunFolder(out) as folder:  # held while training: a second run into --out is refused meanwhile
        return _train_into(folder, args, cfg, trainer, epsilons, attacks, stop)


def _train_into(folder, args: argparse.Namespace, cfg, trainer, epsilons, attacks, stop) -> int:
    from tqdm import tqdm

    from .core.maths.adversarial import accuracy_under_attack
    from .core.maths.probes import activation_stats
    from .core.records import LOSS_NAMES, task_named
    from .core.run.training import EVAL_LIMIT

    out = folder.out
    steps = cfg.training.steps
    rows = []
    narrator, speak = _narrator(args, cfg, trainer)
    started = time.perf_counter()
    with tqdm(total=steps, unit="step", disable=args.quiet, file=sys.stderr, dynamic_ncols=True) as bar:
        for record in trainer.run(steps, histogram=False, stop=stop):  # no file holds it
            rows.append(record)
            if narrator is not None:
                _say(narrator.add(record), bar, speak)
            bar.update(record.step - bar.n)
            m = record.models[0]
            bar.set_postfix(train=f"{m.train_loss:.3f}", test=f"{m.test_loss:.3f}", refresh=False)
        bar.leave = not stop()  # interrupted: the bar gives way to the one line that says so
    wall = time.perf_counter() - started
    final = rows[-1].models[0]  # the record at the last step: no second evaluation
    diverged = rows[-1].diverged
    interrupted = stop()
    activations = () if diverged else activation_stats(trainer.model(), trainer.data.x_test[:EVAL_LIMIT])
    task = trainer.data.task
    summary = {
        "name": cfg.name,
        "task": task,  # a regression's losses are MSE and its "r2" keys hold R² where a classifier's hold accuracy
        "loss": LOSS_NAMES[task],
        "steps": trainer.step_count,
        "interrupted": interrupted,  # true: stopped by SIGINT/SIGTERM at "steps", before training.steps
        "seconds": round(wall, 3),
        "steps_per_second": trainer.step_count / wall if wall > 0 else None,
        "diverged": diverged,
        "diverged_at_step": trainer.step_count if diverged else None,
        "config": cfg.to_dict(),  # what ran, beside what it gave (config.json holds the same, to re-run it)
        **task_named(_best(rows, trainer), task),
        "final": task_named({**_final(final), "activation_std": [layer.std for layer in activations]}, task),
        **_input_weights(trainer, trainer.names[0]),
    }
    if summary.get("best"):
        summary["best"] = task_named(summary["best"], task)
    if epsilons and not diverged and not interrupted:
        clip = (0.0, 1.0) if trainer.data.is_image else None
        summary["robustness"] = [row for kind in attacks for row in accuracy_under_attack(
            trainer.model(), trainer.data.x_test, trainer.data.y_test, epsilons, clip, kind=kind)]
        if narrator is not None:
            _say_attacked(narrator, rows[-1], summary["robustness"], trainer.names[0], speak)
    summary["interrupted"] = stop()  # a signal while the summary was made: said too
    folder.commit({"config.json": cfg.to_json() + "\n", "metrics.csv": _metrics_csv(rows, task),
                   "summary.json": json.dumps(summary, indent=2, allow_nan=True) + "\n"})
    if stop():
        return _say_interrupted(stop, QT_TRANSLATE_NOOP("cli", "at step {step:,} of {steps:,}")
                                .format(step=trainer.step_count, steps=steps), out)
    if diverged:
        print(QT_TRANSLATE_NOOP("cli", "regviz: the loss diverged (became NaN or infinite) by step {step:,}; "
                                       "training stopped there. Lower training.lr (now {lr:g}) or the penalty λ and "
                                       "run again. metrics.csv and summary.json are in {out}.")
              .format(step=trainer.step_count, lr=cfg.training.lr, out=out), file=sys.stderr)
        return EXIT_DIVERGED
    stopped = trainer.early_stopped()  # the net it restored is no result when the validation loss never improved
    if trainer.regression:
        said = QT_TRANSLATE_NOOP("cli", "{name}: train MSE {train:.4f}, test MSE {test:.4f}, test R² {score:.3f} -> "
                                        "{out}")
    else:
        said = QT_TRANSLATE_NOOP("cli", "{name}: train loss {train:.4f}, test loss {test:.4f}, test accuracy "
                                        "{score:.1%} -> {out}")
    print(said.format(name=cfg.name, train=final.train_loss, test=final.test_loss, score=final.test_accuracy,
                      out=out))
    if stopped:
        print(stopped.message)
    return 0


def _narrator(args: argparse.Namespace, cfg, trainer):
    """The narrator of ``regviz train --narrate`` (None without it): the one net, its regularizers, its points;
    and how it speaks (--lang)."""
    if not args.narrate:
        return None, str
    from .core.narrator import Narrator, context_for

    return (Narrator(context_for({name: cfg for name in trainer.names}, len(trainer.data.y_train))),
            _speaker(_language(args.lang)))


def _speaker(lang: str):
    """How a narration is said in ``lang``: English as core writes it; another language through the window's own
    translator (the .qm files, numbers in the language's format), which needs Qt's core but no window or torch."""
    if lang == "en":
        return str
    from PySide6.QtCore import QCoreApplication

    from .ui import language
    from .ui.translated import translated

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    language.install(app, lang)
    return translated


def _say(narration, bar=None, speak=str) -> None:
    """A narration change as one line on stdout, ``step N: …`` (through the progress bar, which it would cut)."""
    if narration is None or not narration.sentences:
        return
    line = speak(narration.line)
    if bar is not None and not bar.disable:
        bar.write(line, file=sys.stdout)
    else:
        print(line, flush=True)


def _say_attacked(narrator, record, rows: list[dict], name: str, speak) -> None:  # record: its step
    """After --robustness: the narration with the first attack's curve, at the last step."""
    from dataclasses import replace

    from .core.records import RobustnessCurve

    kind = rows[0]["attack"]
    chosen = [row for row in rows if row["attack"] == kind]
    curve = RobustnessCurve(tuple(row["epsilon"] for row in chosen), {name: tuple(row["accuracy"] for row in chosen)},
                            record.step, kind)
    _say(narrator.set_context(replace(narrator.context, curve=curve)), speak=speak)


@_stoppable
def _sweep(args: argparse.Namespace, stop) -> int:
    from tqdm import tqdm

    from .core.config import ConfigError, parse_value
    from .core.run.output import RunFolder, slug
    from .core.run.sweep import COLUMNS, cores, sweep_as_landed, sweep_configs

    cfg = load_config(args.preset, args.config, args.overrides, args.steps, args.seed)
    values = [parse_value(v.strip()) for v in args.values.split(",") if v.strip()]
    if not values:
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--values: give at least one value, e.g. 0,0.001,0.01"))
    sweep_configs(cfg, args.param, values)  # --param and every value checked before anything is created
    jobs = cores() if args.jobs is None else args.jobs
    if jobs < 1:
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--jobs {jobs}: give 1 or more worker processes")
                          .format(jobs=jobs))
    if stop():
        return _stopped_early(stop)
    out = args.out or Path("runs") / f"{slug(cfg.name)}-sweep-{slug(args.param)}"
    rows: dict[int, dict] = {}  # by value index: the rows that have landed, in any order

    def commit(every: bool) -> None:
        """sweep.csv and summary.json swapped in together, in value order: while it runs, the values finished
        without a gap (what --jobs 1 would hold, so a value's failure keeps the same rows for any N); at the
        end every value that finished (an interrupted sweep keeps all of them)."""
        kept = sorted(rows) if every else _run_of(rows, len(values))
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(COLUMNS)
        for index in kept:
            writer.writerow([rows[index][c] for c in COLUMNS])
        summary = {"name": cfg.name, "param": args.param, "values": values, "values_done": len(kept),
                   "finished": len(kept) == len(values), "interrupted": stop(), "config": cfg.to_dict()}
        folder.commit({"sweep.csv": buf.getvalue(), "summary.json": json.dumps(summary, indent=2) + "\n"})
        done[:] = kept

    done: list[int] = []
    with RunFolder(out) as folder:
        with tqdm(total=len(values) * cfg.training.steps, unit="step", disable=args.quiet, file=sys.stderr,
                  dynamic_ncols=True) as bar:
            for index, row in sweep_as_landed(cfg, args.param, values, on_step=bar.update, stop=stop, jobs=jobs):
                rows[index] = row
                bar.set_postfix({args.param.split(".")[-1]: row["value"], "test": f"{row['test_loss']:.3f}"})
                if len(_run_of(rows, len(values))) > len(done):
                    commit(every=False)
            bar.leave = not stop()
        commit(every=True)
    if stop():
        return _say_interrupted(stop, f"after {len(done)} of {len(values)} values of {args.param}", out)
    print(QT_TRANSLATE_NOOP("cli", "{name}: {count} values of {param} -> {out}")
          .format(name=cfg.name, count=len(values), param=args.param, out=out / "sweep.csv"))
    return 0


def _run_of(rows: dict, n: int) -> list[int]:
    """The indices 0, 1, … that have landed without a gap."""
    return list(itertools.takewhile(rows.__contains__, range(n)))


COMPARE_COLUMNS = ("variant", "step", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


@_stoppable
def _compare(args: argparse.Namespace, stop) -> int:
    from tqdm import tqdm

    from .core.config import ConfigError
    from .core.records import LOSS_NAMES, task_named
    from .core.run.output import RunFolder, slug
    from .core.run.race import parse_race, race_configs
    from .core.run.training import Trainer

    base = load_config(args.preset, args.config, args.overrides, args.steps, args.seed)
    try:
        variants = race_configs(base, parse_race(args.variants))
    except ConfigError as exc:
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--variant: {problem}").format(problem=message_of(exc))) from None
    out = args.out or Path("runs") / f"{slug(base.name)}-compare"
    _check_variant_folders(out, variants)
    # One start, one minibatch order: only the variants' settings differ (side by side where the nets allow).
    trainer = Trainer(base, variants, side_by_side=True)
    if stop():
        return _stopped_early(stop)
    with RunFolder(out) as folder:
        rows = []
        with tqdm(total=base.training.steps, unit="step", disable=args.quiet, file=sys.stderr,
                  dynamic_ncols=True) as bar:
            for record in trainer.run(base.training.steps, histogram=False, stop=stop):
                rows.append(record)
                bar.update(record.step - bar.n)
            bar.leave = not stop()
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        task = trainer.data.task
        writer.writerow(task_named(COMPARE_COLUMNS, task))
        for record in rows:
            for m in record.models:
                writer.writerow([m.name, record.step, m.train_loss, m.test_loss, m.train_accuracy, m.test_accuracy])
        files = {"compare.csv": buf.getvalue()}
        for m in rows[-1].models:
            summary = {"name": m.name, "task": task, "loss": LOSS_NAMES[task], "steps": trainer.step_count,
                       "interrupted": stop(), "diverged": m.diverged, "config": variants[m.name].to_dict(),
                       "final": task_named(_final(m), task), **_input_weights(trainer, m.name)}
            files[f"{slug(m.name)}/summary.json"] = json.dumps(summary, indent=2, allow_nan=True) + "\n"
        folder.commit(files)
    if stop():
        return _say_interrupted(stop, QT_TRANSLATE_NOOP("cli", "at step {step:,} of {steps:,}")
                                .format(step=trainer.step_count, steps=base.training.steps), out)
    finals = ", ".join(QT_TRANSLATE_NOOP("cli", "{net} diverged").format(net=m.name) if m.diverged else
                       f"{m.name} {m.test_loss:.3f}" for m in rows[-1].models)  # names and numbers
    print(QT_TRANSLATE_NOOP("cli", "{name}: {count} variants, test loss {finals} -> {out}")
          .format(name=base.name, count=len(variants), finals=finals, out=out))
    if rows[-1].diverged:
        gone = ", ".join(m.name for m in rows[-1].models if m.diverged)
        print(QT_TRANSLATE_NOOP("cli", "regviz: the loss of {nets} diverged (became NaN or infinite) by step {step:,}; "
                                       "the race stopped there. Lower training.lr or the penalty λ and run again. "
                                       "compare.csv and each variant's summary.json are in {out}.")
              .format(nets=gone, step=trainer.step_count, out=out), file=sys.stderr)
        return EXIT_DIVERGED
    return 0


def _check_variant_folders(out: Path, variants) -> None:
    """Each variant's folder must be one the race can write, found before training rather than after it: a
    variant named compare.csv, or one whose folder in --out is a file or a link, failed only once the race ran."""
    from .core.config import ConfigError
    from .core.run.output import slug

    for name in variants:
        where = Path(out) / slug(name)
        if slug(name) == "compare.csv":
            raise ConfigError(QT_TRANSLATE_NOOP("cli", "--variant {name}: the race writes its own compare.csv there; "
                                                       "choose another name").format(name=name))
        if where.is_symlink() or (where.exists() and not where.is_dir()):
            kind = QT_TRANSLATE_NOOP("cli", "a link") if where.is_symlink() else QT_TRANSLATE_NOOP("cli", "a file")
            raise ConfigError(QT_TRANSLATE_NOOP("cli", "--variant {name}: {where} is {kind}, not a folder the race "
                                                       "can write its summary.json into; choose another name or --out")
                              .format(name=name, where=where, kind=kind))


def _export_script(args: argparse.Namespace) -> int:
    import shutil
    from importlib import resources

    from .core.content.user_files import write_atomic
    from .core.content.script import export_script

    cfg = load_config(args.preset, args.config, args.overrides, args.steps, args.seed)
    if args.out is None:
        sys.stdout.write(export_script(cfg))
        return 0
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(args.out, export_script(cfg, mnist_beside=True))
    except OSError as exc:
        from .core.config import ConfigError

        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--out {out}: cannot write the script there ({reason})")
                          .format(out=args.out, reason=exc.strerror or exc)) from None
    if cfg.data.name == "mnist":
        with resources.as_file(resources.files("regviz.resources").joinpath("mnist_5k.npz")) as npz:
            shutil.copyfile(npz, args.out.with_name("mnist_5k.npz"))
    print(QT_TRANSLATE_NOOP("cli", "{name}: script -> {out}").format(name=cfg.name, out=args.out), file=sys.stderr)
    return 0


def _export_notebook(args: argparse.Namespace) -> int:
    from .core.config import ConfigError
    from .core.content import lessons
    from .core.content.notebook import export_lesson_notebook, export_notebook, write_notebook

    if args.lesson is not None:
        if args.overrides:
            raise ConfigError(QT_TRANSLATE_NOOP("cli", "export-notebook --lesson: a lesson sets its own config; "
                                                       "--set is for an experiment"))
        if args.steps is not None and args.steps < 0:
            raise ConfigError(QT_TRANSLATE_NOOP("cli", "--steps {steps}: expected 0 or more")
                              .format(steps=args.steps))
        try:
            language = _language(args.lang)
            lesson = (lessons.load(args.lesson, language) if args.lesson in lessons.names()
                      else lessons.load_file(args.lesson))
        except lessons.LessonError as exc:
            raise ConfigError(message_of(exc)) from None
        nb, name = export_lesson_notebook(lesson, args.steps, args.seed), lesson.name
    else:
        cfg = load_config(args.preset, args.config, args.overrides, args.steps, args.seed)
        nb, name = export_notebook(cfg), cfg.name
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_notebook(nb, args.out)
    except OSError as exc:
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--out {out}: cannot write the notebook there ({reason})")
                          .format(out=args.out, reason=exc.strerror or exc)) from None
    print(QT_TRANSLATE_NOOP("cli", "{name}: notebook -> {out}").format(name=name, out=args.out), file=sys.stderr)
    return 0


def _language(option: str | None) -> str:
    """--lang, or the system locale's language if the lessons speak it, else English. A language regviz does not
    speak is a bad option (exit 2), said before anything trains."""
    from .core.config import ConfigError
    from .core.content import lessons

    if option is None:
        return lessons.system_language()
    if option not in lessons.languages():
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--lang {option!r}: the lessons speak {languages}").format(
            option=option, languages=", ".join(lessons.languages())))
    return option


@_stoppable
def _render_lesson(args: argparse.Namespace, stop) -> int:
    from .core.config import ConfigError
    from .core.content import lessons

    from .ui.render_lesson import SIDES

    match = re.fullmatch(r"(\d{1,9})x(\d{1,9})", args.size)
    if not match or not all(SIDES[0] <= int(side) <= SIDES[1] for side in match.groups()):
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "--size {size!r}: expected WIDTHxHEIGHT, each {low} … {high} "
                                                   "pixels, e.g. 1280x720")
                          .format(size=args.size, low=SIDES[0], high=SIDES[1]))
    if args.all == bool(args.lesson):
        raise ConfigError(QT_TRANSLATE_NOOP("cli", "render-lesson: name one lesson (or a lesson file), or give --all"))
    try:
        language = _language(args.lang)
        if args.all:
            chosen = [lessons.load(name, language) for name in lessons.names()]
        elif args.lesson in lessons.names():
            chosen = [lessons.load(args.lesson, language)]
        else:
            chosen = [lessons.load_file(args.lesson)]
    except lessons.LessonError as exc:
        raise ConfigError(message_of(exc)) from None
    from .ui.render_lesson import RenderError, RenderStopped, render

    written: list[Path] = []
    try:
        if stop():  # during the imports: nothing was made yet
            raise RenderStopped
        render(chosen, args.out, (int(match[1]), int(match[2])), args.theme, args.presentation,
               progress=lambda line: _render_progress(line, stop), written=written, stop=stop, language=language)
    except RenderStopped:
        if not written:  # the engine was starting or the first step training: no folder was made, none is kept
            print(QT_TRANSLATE_NOOP("cli", "regviz: interrupted ({signal}) before the first step was rendered; "
                                           "nothing was written").format(signal=stop.name), file=sys.stderr)
            return stop.exit_status
        _render_summary(args.out, chosen, written, interrupted=True)
        print(QT_TRANSLATE_NOOP("cli", "regviz: interrupted ({signal}); the PNGs of the steps done are in {out}, "
                                       "index.html was not written (summary.json says \"interrupted\": true)")
              .format(signal=stop.name, out=args.out), file=sys.stderr)
        return stop.exit_status
    except RenderError as exc:
        print(f"regviz: {exc}", file=sys.stderr)
        return 1
    _render_summary(args.out, chosen, written, interrupted=False)
    print(QT_TRANSLATE_NOOP("cli", "{count} steps -> {out}").format(count=len(written), out=args.out / "index.html"))
    return 0


def _render_summary(out: Path, chosen, written: list[Path], interrupted: bool) -> None:
    """summary.json beside the PNGs: which lessons, how many steps of theirs were rendered, and whether a signal
    cut the render short (the PNGs it lists are whole: each is written beside and renamed)."""
    from .core.content.user_files import write_atomic

    summary = {"lessons": [lesson.name for lesson in chosen], "steps": sum(len(l.steps) for l in chosen),
               "slides": sum(len(l.steps) + sum(1 for s in l.steps if s.predict) for l in chosen),
               "rendered": len(written), "pngs": [str(p.relative_to(out)) for p in written],
               "interrupted": interrupted}
    write_atomic(out / "summary.json", json.dumps(summary, indent=2) + "\n")


def _render_progress(line: str, stop) -> None:
    from .ui.render_lesson import RenderStopped

    print(line, file=sys.stderr, flush=True)
    if stop():
        raise RenderStopped


def _metrics_csv(records, task: str = "classification") -> str:
    from .core.records import task_named

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(task_named(METRIC_COLUMNS, task))
    for r in records:
        m = r.models[0]
        writer.writerow([r.step, f"{r.epoch:.4f}", f"{r.seconds:.4f}", m.data_loss, m.l1_penalty, m.l2_penalty,
                         m.total_loss, m.train_loss, m.test_loss, m.train_accuracy, m.test_accuracy,
                         m.weight_l1, m.weight_l2, m.sparsity,
                         "" if m.val_loss is None else m.val_loss, "" if m.val_accuracy is None else m.val_accuracy])
    return buf.getvalue()
