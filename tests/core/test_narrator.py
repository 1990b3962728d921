"""The narrator says an interpretation exactly when its rule holds: each rule on synthetic curves, its condition
computed here independently (Hypothesis over random curves), and `regviz train --narrate` on a short real run."""
import csv
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from records_for_tests import history, model, record

from regviz.cli import main
from regviz.core import narrator
from regviz.core.content import presets
from regviz.core.narrator import Context, Narrator, narrate
from regviz.core.records import RobustnessCurve

EVERY = 25
LOSS = st.floats(0.0, 3.0, allow_nan=False)


def _memorising(train, test, steps, accuracy):
    """The memorising condition, independently: the latest test loss is over 10 % and 0.05 above the run's lowest
    (its first occurrence), that lowest is 100 steps back or more, train loss has fallen since, and ≥ 99 % of the
    training points are right."""
    low = int(np.argmin(test))
    return bool(test[-1] > 1.1 * test[low] and test[-1] - test[low] >= 0.05 and steps[-1] - steps[low] >= 100
                and train[-1] < train[low] and accuracy >= 0.99)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(LOSS, LOSS), min_size=1, max_size=30), st.sampled_from([0.9, 0.99, 1.0]),
       st.sampled_from([None, 30]))
def test_memorising_is_said_exactly_when_test_loss_rose_while_train_loss_fell(curve, accuracy, points):
    runs = history({"main": curve}, every=EVERY, train_accuracy=accuracy)
    train, test = [c[0] for c in curve], [c[1] for c in curve]
    said = narrator.memorising(runs, Context(points=points))
    expected = _memorising(train, test, [r.step for r in runs], accuracy)
    assert (said is not None) == expected, (curve, said)
    if said:
        steps = runs[-1].step - EVERY * int(np.argmin(test))
        assert said == ("main", f"Test loss is up since its lowest, {steps:,} steps ago, while training loss has "
                        f"fallen: the net is memorising its {'30' if points else 'training'} points.")


def test_memorising_on_a_textbook_overfitting_curve():
    train = np.geomspace(0.7, 0.001, 21)
    test = np.r_[np.linspace(0.7, 0.4, 4), np.linspace(0.45, 1.5, 17)]  # lowest at step 75
    runs = history({"main": list(zip(train, test))}, train_accuracy=1.0)
    said = [narrate(runs[:n + 1], Context(points=30)).keys for n in range(len(runs))]
    first = next(n for n, keys in enumerate(said) if keys)
    assert runs[first].step == 175 and said[first] == ("memorising:main",)  # 100 steps after the lowest
    assert all(keys == ("memorising:main",) for keys in said[first:])


@settings(max_examples=300, deadline=None)
@given(st.floats(-0.5, 0.5), st.floats(0.0, 1.0), st.sampled_from([0, 75, 100, 400]),
       st.sampled_from(["", "L2"]), st.booleans())
def test_holding_is_said_exactly_when_a_regularized_net_keeps_a_small_gap(gap, accuracy, step, label, rising):
    train = [0.6, 0.5, 0.4, 0.3]
    test = [0.6, 0.2, 0.2, 0.2 if not rising else 0.9]  # rising: the test loss climbed 0.7 off its lowest
    test[-1], steps = train[-1] + gap if not rising else test[-1], [step - 300, step - 200, step - 100, step]
    runs = [record(s, model("net", a, b, train_accuracy=accuracy)) for s, a, b in zip(steps, train, test)]
    said = narrator.holding(runs, Context(regularizers={"net": label} if label else {}))
    memorising = _memorising(train, test, steps, accuracy)
    expected = bool(label) and step >= 100 and abs(test[-1] - train[-1]) <= 0.1 and accuracy >= 0.75 \
        and not memorising
    assert (said is not None) == expected, (gap, accuracy, step, label, rising, said)
    if said:
        assert said[1] == f"The gap between train and test loss is {abs(test[-1] - train[-1]):.2f}: L2 is holding."


def test_holding_is_never_said_of_an_unregularized_net_beside_a_regularized_one():
    runs = history({"regularized": [(0.3, 0.32)] * 5, "baseline": [(0.3, 0.31)] * 5}, every=50)
    said = narrator.holding(runs, Context(regularizers={"regularized": "L2"}))
    assert said == ("regularized", "regularized: The gap between train and test loss is 0.02: L2 is holding.")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0.0, 1.0), min_size=1, max_size=3))
def test_sparsity_is_said_exactly_when_at_least_half_the_weights_are_zero(shares):
    runs = [record(100, *(model(f"n{i}", sparsity=s) for i, s in enumerate(shares)))]
    said = narrator.sparse(runs, Context())
    assert (said is not None) == any(s >= 0.5 for s in shares)
    if said:
        first = next(i for i, s in enumerate(shares) if s >= 0.5)
        percent = int(100 * shares[first] // 1)  # rounded down: "61 %" never overstates
        text = f"{percent} % of the weights are exactly zero."
        assert said == (f"n{first}", text if len(shares) == 1 else f"n{first}: {text}")


def test_accuracy_under_attack_is_said_when_a_curve_has_an_epsilon_above_zero():
    runs = [record(1000, model("main"))]
    curve = RobustnessCurve((0.0, 0.1, 0.2), {"main": (0.97, 0.4, 0.012)}, 1000)
    assert narrator.attacked(runs, Context(curve=curve)) == ("main", "Accuracy under the FGSM attack at ε = 0.2: 1 %.")
    pgd = RobustnessCurve((0.2,), {"standard": (0.0,), "adversarial": (0.31,)}, 1000, "pgd")
    assert narrator.attacked(runs, Context(curve=pgd)) == ("standard", "standard: Accuracy under the PGD attack at "
                                                                       "ε = 0.2: 0 %.")
    assert narrator.attacked(runs, Context()) is None
    clean = RobustnessCurve((0.0,), {"main": (0.97,)}, 1000)
    assert narrator.attacked(runs, Context(curve=clean)) is None


@pytest.mark.parametrize("best, step, said", [(None, 500, False), (450, 500, False), (400, 500, True),
                                              (120, 900, True), (500, 500, False)])
def test_the_validation_stall_is_said_exactly_when_the_best_step_is_100_steps_back(best, step, said):
    runs = [record(step, model("main", val_loss=0.3, best_step=best))]
    out = narrator.stalled(runs, Context())
    assert (out is not None) == said
    if said:
        assert out[1] == f"The validation loss was lowest at step {best:,}: early stopping goes back to the net of " \
                         "that step."


def test_divergence_is_said_first_and_names_the_net():
    runs = history({"regularized": [(0.3, 0.3)] * 5, "baseline": [(0.3, 0.3)] * 5}, every=50)
    assert narrator.diverged(runs, Context()) is None
    runs.append(record(250, model("regularized"), model("baseline", float("nan"), float("nan"), diverged=True)))
    said = narrate(runs, Context(regularizers={"regularized": "L2"}))
    assert said.keys[0] == "diverged:baseline"
    assert said.sentences[0] == "baseline: The loss diverged (became NaN or infinite) by step 250: lower the " \
                                "learning rate or the penalty."


def test_at_most_two_sentences_in_rule_order():
    runs = [record(s, model("main", 0.3, 0.31, sparsity=0.7, val_loss=0.3, best_step=0)) for s in (0, 100, 200)]
    said = narrate(runs, Context(regularizers={"main": "L1"}))
    assert said.keys == ("holding:main", "sparse:main")  # the stalled validation loss comes third: not said
    assert said.text == "The gap between train and test loss is 0.01: L1 is holding. 70 % of the weights are " \
                        "exactly zero."
    assert narrate([], Context()).sentences == ()


def test_the_narrator_reports_a_change_of_what_is_said_not_of_its_numbers():
    follow = Narrator(Context(regularizers={"main": "L2"}))
    runs = [record(s, model("main", 0.3, 0.3 + g)) for s, g in ((0, 0.0), (100, 0.02), (150, 0.03), (200, 0.5))]
    reported = [follow.add(r) for r in runs]
    assert [n and n.keys for n in reported] == [None, ("holding:main",), None, ()]  # silence at first: no change
    assert reported[1].line == "step 100: The gap between train and test loss is 0.02: L2 is holding."


def test_regularizers_are_named_as_the_narrator_says_them():
    cfg = presets.load("overfit-2d")
    assert narrator.regularizers_of(cfg) == ""
    assert narrator.regularizers_of(cfg.with_overrides({"regularization.l2": 0.01})) == "L2"
    assert narrator.regularizers_of(cfg.with_overrides({"regularization.l1": 0.001, "regularization.l2": 0.01,
                                                        "model.dropout": 0.2})) == "L1, L2 and dropout"



@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """--narrate speaks the system locale's language by default: these tests read the English sentences."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.mark.slow
def test_narrate_prints_each_change_with_its_step_and_says_memorising_exactly_when_the_run_shows_it(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", "--preset", "overfit-2d", "--steps", "250", "--narrate", "--quiet", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    narrated = [line for line in lines if line.startswith("step ")]
    assert narrated and lines[-1].startswith("overfit-2d: ")  # the summary line stays last
    step = int(narrated[0].split(":")[0].removeprefix("step ").replace(",", ""))
    assert "the net is memorising its 30 points." in narrated[0]
    rows = list(csv.DictReader((out / "metrics.csv").read_text().splitlines()))
    holds = [_memorising([float(r["train_loss"]) for r in rows[:n + 1]], [float(r["test_loss"]) for r in rows[:n + 1]],
                         [int(r["step"]) for r in rows[:n + 1]], float(rows[n]["train_accuracy"]))
             for n in range(len(rows))]
    first = next(n for n, h in enumerate(holds) if h)
    assert int(rows[first]["step"]) == step  # said at the first record where the condition holds, not before
    assert main(["train", "--preset", "overfit-2d", "--steps", "50", "--quiet", "--out", str(tmp_path / "b")]) == 0
    assert not [line for line in capsys.readouterr().out.splitlines() if line.startswith("step ")]


@pytest.mark.slow
def test_narrate_with_robustness_says_the_first_attacks_accuracy_at_the_largest_epsilon(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", "--preset", "overfit-2d", "--steps", "25", "--robustness", "0,0.2", "--attack", "pgd,fgsm",
                 "--narrate", "--quiet", "--out", str(out)]) == 0
    rows = json.loads((out / "summary.json").read_text())["robustness"]
    pgd = next(r["accuracy"] for r in rows if r["attack"] == "pgd" and r["epsilon"] == 0.2)
    lines = capsys.readouterr().out.splitlines()
    assert f"step 25: Accuracy under the PGD attack at ε = 0.2: {100 * pgd:.0f} %." in lines


def test_the_narrator_and_the_prediction_rules_need_no_torch():
    """The window narrates and reveals from records without torch (it never imports it)."""
    import subprocess
    import sys

    code = ("import sys, regviz.core.narrator, regviz.core.content.predict, regviz.core.content.lessons\n"
            "print('torch' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() \
        == "False"


def test_narrate_speaks_the_lang_it_is_given_and_refuses_one_it_does_not_know(tmp_path):
    """`--narrate --lang de` says the same change in German, from the window's own translation (the .qm that make
    builds); an unknown --lang exits 2 before anything trains."""
    run = [sys.executable, "-m", "regviz", "train", "--preset", "overfit-2d", "--steps", "250", "--narrate", "--quiet"]
    env = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    said = subprocess.run([*run, "--lang", "de", "--out", str(tmp_path / "de")], capture_output=True, text=True,
                          timeout=300, env=env)
    assert said.returncode == 0, said.stderr
    german = [line for line in said.stdout.splitlines() if line.startswith("Schritt ")]
    assert german and "das Netz lernt seine 30 Punkte auswendig" in german[0]
    assert not [line for line in said.stdout.splitlines() if line.startswith("step ")]
    refused = subprocess.run([*run, "--lang", "xx", "--out", str(tmp_path / "xx")], capture_output=True, text=True,
                             timeout=300, env=env)
    assert refused.returncode == 2 and "--lang 'xx'" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "xx").exists()
