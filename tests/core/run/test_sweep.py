import csv
import subprocess
import sys

import pytest

from regviz.cli import main
from regviz.core.content import presets
from regviz.core.config import ConfigError
from regviz.core.run.sweep import sweep


def test_sweep_writes_one_row_per_value_in_order(tmp_path):
    assert main(["sweep", "--preset", "overfit-2d", "--param", "regularization.l2", "--values", "0,0.01,1",
                 "--steps", "200", "--seed", "3", "--out", str(tmp_path), "--quiet"]) == 0
    rows = list(csv.DictReader((tmp_path / "sweep.csv").read_text().splitlines()))
    assert list(rows[0]) == ["value", "train_loss", "test_loss", "train_accuracy", "test_accuracy"]
    assert [float(r["value"]) for r in rows] == [0.0, 0.01, 1.0]
    train = [float(r["train_loss"]) for r in rows]
    assert train[0] < train[1] < train[2]  # stronger L2, worse fit of the training points


def test_a_bad_value_fails_before_any_training():
    calls = []
    with pytest.raises(ConfigError, match="regularization.l2"):
        list(sweep(presets.load("overfit-2d"), "regularization.l2", [0.01, 99], on_step=calls.append))
    assert calls == []


def test_sweep_cli_reports_bad_input_with_status_2(tmp_path):
    out = subprocess.run([sys.executable, "-m", "regviz", "sweep", "--param", "regularization.l9", "--values", "1",
                          "--out", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 2 and "regularization.l9" in out.stderr


def test_progress_counts_every_step_once():
    steps = []
    cfg = presets.load("overfit-2d").with_overrides({"training.eval_every": 7})
    rows = list(sweep(cfg, "regularization.l2", [0.0, 0.1], on_step=steps.append))
    assert len(rows) == 2 and sum(steps) == 2 * cfg.training.steps
