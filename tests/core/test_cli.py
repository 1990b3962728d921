import csv
import json
import subprocess
import sys

import pytest

from regviz.cli import main
from regviz.core.config import task_of
from regviz.core.content import presets
from regviz.core.records import task_named
from regviz.core.run.race import READY_MADE, parse_race, race_configs

FINAL_KEYS = {"train_loss", "test_loss", "train_accuracy", "test_accuracy", "data_loss", "l1_penalty", "l2_penalty",
              "weight_sparsity", "activation_std"}


def _regviz(*args):
    return subprocess.run([sys.executable, "-m", "regviz", *args], capture_output=True, text=True)


def test_presets_lists_one_a_line_name_first():
    out = _regviz("presets")
    assert out.returncode == 0
    names = [line.split("\t")[0] for line in out.stdout.strip().splitlines()]
    assert names == presets.names()
    for required in ("overfit-2d", "l1-sparsity", "mnist-augmentation", "deep-batchnorm", "mnist-fgsm"):
        assert required in names


@pytest.mark.parametrize("name", presets.names())
def test_every_preset_trains_and_writes_the_three_files(name, tmp_path):
    attack = [] if task_of(presets.load(name).data) == "regression" else ["--robustness", "0,0.1"]
    assert main(["train", "--preset", name, "--steps", "6", "--set", "training.eval_every=3",
                 "--out", str(tmp_path), "--quiet", *attack]) == 0
    config = json.loads((tmp_path / "config.json").read_text())
    assert config["name"] == name and config["training"]["steps"] == 6
    rows = list(csv.DictReader((tmp_path / "metrics.csv").read_text().splitlines()))
    assert [int(r["step"]) for r in rows] == [0, 3, 6]
    assert {"train_loss", "test_loss", "l1_penalty", "l2_penalty", "weight_sparsity"} <= set(rows[0])
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["steps"] == 6 and summary["seconds"] > 0 and summary["steps_per_second"] > 0
    assert task_named(FINAL_KEYS, summary["task"]) <= set(summary["final"])
    hidden = 0 if config["model"]["kind"] == "polynomial" else len(config["model"]["hidden"])
    assert len(summary["final"]["activation_std"]) == hidden or config["model"]["kind"] == "cnn"
    if attack:
        assert [r["epsilon"] for r in summary["robustness"]] == [0.0, 0.1]


def test_seed_and_overrides_reach_the_run(tmp_path):
    assert main(["train", "--preset", "overfit-2d", "--steps", "4", "--seed", "9", "--set", "regularization.l2=0.5",
                 "--set", "model.hidden=[8]", "--out", str(tmp_path), "--quiet"]) == 0
    config = json.loads((tmp_path / "config.json").read_text())
    assert config["training"]["seed"] == 9 and config["regularization"]["l2"] == 0.5
    assert json.loads((tmp_path / "summary.json").read_text())["final"]["l2_penalty"] > 0


def test_config_file_round_trip_reproduces_a_run(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["train", "--preset", "l1-sparsity", "--steps", "30", "--out", str(first), "--quiet"]) == 0
    assert main(["train", "--config", str(first / "config.json"), "--out", str(second), "--quiet"]) == 0
    a = json.loads((first / "summary.json").read_text())["final"]
    b = json.loads((second / "summary.json").read_text())["final"]
    assert a == b


def test_bad_value_exits_2_naming_key_and_range(tmp_path):
    out = _regviz("train", "--set", "regularization.l2=20", "--out", str(tmp_path))
    assert out.returncode == 2
    assert "regularization.l2" in out.stderr and "0 … 10" in out.stderr
    assert not (tmp_path / "summary.json").exists()


def test_broken_config_file_and_unknown_preset_exit_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    assert _regviz("train", "--config", str(bad)).returncode == 2
    out = _regviz("train", "--preset", "nope")
    assert out.returncode == 2 and "overfit-2d" in out.stderr


def test_missing_dataset_folder_exits_1_with_advice(tmp_path):
    out = _regviz("train", "--set", "data.name=tv-cifar10", "--set", f"data.root={tmp_path}", "--out",
                  str(tmp_path / "o"))
    assert out.returncode == 1 and "never downloads" in out.stderr


def test_console_script_is_installed():
    import shutil
    from pathlib import Path
    script = Path(sys.executable).parent / "regviz"
    assert script.exists() or shutil.which("regviz")


@pytest.mark.parametrize("preset", ["overfit-2d", "mnist-dropout"])
def test_label_noise_from_the_command_line_is_echoed_in_both_files(preset, tmp_path):
    noisy = tmp_path / "noisy"
    assert main(["train", "--preset", preset, "--steps", "4", "--set", "data.label_noise=0.3",
                 "--out", str(noisy), "--quiet"]) == 0
    summary = json.loads((noisy / "summary.json").read_text())
    assert summary["config"]["data"]["label_noise"] == 0.3
    assert json.loads((noisy / "config.json").read_text())["data"]["label_noise"] == 0.3


def test_early_stopping_writes_the_best_step_its_metrics_and_the_restored_final(tmp_path):
    assert main(["train", "--preset", "overfit-2d", "--set", "data.validation_fraction=0.3",
                 "--set", "training.early_stopping.patience=5", "--set", "training.eval_every=10",
                 "--out", str(tmp_path), "--quiet"]) == 0
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["stopped_at"] == summary["steps"] == summary["best_step"] + 50
    assert summary["final"]["test_loss"] == pytest.approx(summary["best"]["test_loss"])  # restored
    assert summary["best"]["val_loss"] is not None
    rows = list(csv.DictReader((tmp_path / "metrics.csv").read_text().splitlines()))
    assert int(rows[-1]["step"]) == summary["steps"] and rows[-1]["val_loss"] != ""
    assert main(["train", "--preset", "overfit-2d", "--set", "training.early_stopping.patience=5",
                 "--out", str(tmp_path / "no"), "--quiet"]) == 2  # no validation split to stop on


def test_compare_races_variants_from_one_start_and_writes_a_csv_and_a_summary_each(tmp_path):
    assert main(["compare", "--preset", "overfit-2d", "--steps", "50", "--set", "training.eval_every=25",
                 "--variant", "none:", "--variant", "l2:regularization.l2=0.01",
                 "--variant", "l1:regularization.l1=0.001", "--variant", "wide:model.dropout=0.3",
                 "--out", str(tmp_path), "--quiet"]) == 0
    rows = list(csv.DictReader((tmp_path / "compare.csv").read_text().splitlines()))
    assert list(rows[0]) == ["variant", "step", "train_loss", "test_loss", "train_accuracy", "test_accuracy"]
    assert [(r["variant"], r["step"]) for r in rows[:4]] == [(v, "0") for v in ("none", "l2", "l1", "wide")]
    assert len({r["test_loss"] for r in rows[:4]}) == 1  # one start: the same initial weights, so the same loss
    assert len(rows) == 4 * 3
    for name, key, value in (("l2", "l2", 0.01), ("l1", "l1", 0.001), ("none", "l2", 0.0)):
        summary = json.loads((tmp_path / name / "summary.json").read_text())
        assert summary["config"]["regularization"][key] == value and summary["steps"] == 50
        final = [r for r in rows if r["variant"] == name][-1]
        assert summary["final"]["test_loss"] == pytest.approx(float(final["test_loss"]))


@pytest.mark.parametrize("variants, message", [
    (["none:"], "2 to 4 variants"),
    (["a:", "b:", "c:", "d:", "e:"], "2 to 4 variants"),
    (["none:", "none:regularization.l2=0.1"], "used twice"),
    (["none:", "bad name:regularization.l2=0.1"], "NAME:KEY=VALUE"),
    (["none:", "..:regularization.l2=0.1"], "NAME:KEY=VALUE"),  # compare makes a folder of each name
    (["none:", "x:regularization.l2"], "not KEY=VALUE"),
    (["none:", "x:regularization.l2=-1"], "regularization.l2"),
    (["none:", "x:training.seed=3"], "keep the data, batch size and seed"),
])
def test_compare_refuses_bad_variants_with_status_2(variants, message, tmp_path, capsys):
    args = ["compare", "--preset", "overfit-2d", "--steps", "2", "--out", str(tmp_path), "--quiet"]
    assert main(args + [a for v in variants for a in ("--variant", v)]) == 2
    assert message in capsys.readouterr().err and not (tmp_path / "compare.csv").exists()


@pytest.mark.parametrize("preset", ["overfit-2d", "mnist-dropout"])
@pytest.mark.parametrize("ready_made", list(READY_MADE))
def test_every_ready_made_race_is_accepted(ready_made, preset):
    """The Race dialog offers these: each must parse and race from one start (a name with a dot once did not)."""
    race = parse_race(READY_MADE[ready_made])
    configs = race_configs(presets.load(preset), race)
    assert list(configs) == [name for name, _ in race]


def test_a_variant_may_set_a_list_and_several_keys():
    from regviz.core.run.race import parse_variant

    assert parse_variant("deep:model.hidden=[8,8],regularization.l2=0.1") == (
        "deep", {"model.hidden": [8, 8], "regularization.l2": 0.1})
    assert parse_variant("none:") == ("none", {})
