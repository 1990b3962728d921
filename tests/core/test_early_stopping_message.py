"""Early stopping whose best step is its first check restores the untrained net: the CLI's summary says so
plainly rather than reporting it as a result (the window's status bar says the same: tests/ui)."""
import json

from regviz.cli import main
from regviz.core.records import NEVER_IMPROVED, EarlyStopped

TOO_FEW = ["--preset", "overfit-2d", "--set", "data.validation_fraction=0.2",
           "--set", "training.early_stopping.patience=8"]  # 6 validation points (issue 22: best step 0)
LESSON_1_STEP_5 = ["--preset", "overfit-2d", "--set", "data.samples=400", "--set", "data.validation_fraction=0.5",
                   "--set", "training.lr=0.001", "--set", "training.eval_every=10",
                   "--set", "training.early_stopping.patience=20"]  # the demo whose validation loss improves


def test_a_stop_on_the_first_check_says_the_validation_loss_never_improved(tmp_path, capsys):
    assert main(["train", *TOO_FEW, "--out", str(tmp_path), "--quiet"]) == 0
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["best_step"] == 0 and summary["stopped_at"] == 8 * 25
    out = capsys.readouterr().out
    assert f"Early stopping at step 200: {NEVER_IMPROVED}" in out
    assert "the untrained net's weights are back" in out


def test_a_stop_after_an_improvement_names_the_best_step_and_not_the_warning(tmp_path, capsys):
    assert main(["train", *LESSON_1_STEP_5, "--out", str(tmp_path), "--quiet"]) == 0
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert 0 < summary["best_step"] < summary["stopped_at"]
    out = capsys.readouterr().out
    assert (f"Early stopping at step {summary['stopped_at']:,}: the validation loss was lowest at step "
            f"{summary['best_step']:,}; the weights of step {summary['best_step']:,} are back.") in out
    assert NEVER_IMPROVED not in out


def test_a_run_without_early_stopping_prints_no_stopping_line(tmp_path, capsys):
    assert main(["train", "--preset", "overfit-2d", "--steps", "50", "--out", str(tmp_path), "--quiet"]) == 0
    assert "Early stopping" not in capsys.readouterr().out


def test_the_message_without_restoring_still_says_it_never_improved():
    stopped = EarlyStopped(step=80, best_step=0, restored=False, never_improved=True)
    assert NEVER_IMPROVED in stopped.message and "weights" not in stopped.message
