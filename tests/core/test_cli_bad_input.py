"""Issue 11's reproductions through the CLI: each gets a clear message and an exit code, never a traceback —
2 for a bad value, 1 for a missing or broken file or data set, 3 for a diverged run — and nothing is lost."""
import json
import os
import time

import pytest

from regviz.cli import main

TRAIN = ["train", "--preset", "overfit-2d", "--quiet"]


def _run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr().err


@pytest.mark.parametrize("override, key", [
    ("training.batch_size=NaN", "training.batch_size"), ("data.samples=Infinity", "data.samples"),
    ("training.eval_every=1e400", "training.eval_every"), ("regularization.l2=1" + "0" * 400, "regularization.l2"),
    ("model.batchnorm=true", "training.batch_size"),
])
def test_bad_values_exit_2_naming_the_key(capsys, tmp_path, override, key):
    extra = ["--set", "training.batch_size=1"] if override.startswith("model.batchnorm") else []
    code, err = _run(capsys, *TRAIN, "--set", override, *extra, "--steps", "5", "--out", str(tmp_path / "r"))
    assert code == 2 and key in err and "Traceback" not in err
    assert not (tmp_path / "r").exists()  # a refused run touches nothing


def test_a_bad_value_in_a_sweep_list_or_a_script_override_exits_2(capsys, tmp_path):
    code, err = _run(capsys, "sweep", "--param", "training.batch_size", "--values", "8,NaN", "--steps", "2",
                     "--out", str(tmp_path), "--quiet")
    assert code == 2 and "training.batch_size" in err
    code, err = _run(capsys, "export-script", "--set", "data.samples=NaN")
    assert code == 2 and "data.samples" in err


def test_deeply_nested_or_endless_config_files_exit_2(capsys, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    code, err = _run(capsys, "train", "--config", str(deep), "--quiet")
    assert code == 2 and "nested too deeply" in err
    code, err = _run(capsys, "train", "--config", "/dev/zero", "--quiet")
    assert code == 2 and "/dev/zero: a character device" in err


def test_divergence_stops_the_run_says_what_to_lower_and_still_writes_its_files(capsys, tmp_path):
    code, err = _run(capsys, *TRAIN, "--set", "training.lr=10", "--set", "training.optimizer=sgd", "--steps", "100",
                     "--out", str(tmp_path))
    assert code == 3 and "diverged" in err and "training.lr" in err and "Traceback" not in err
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["diverged"] is True and 0 < summary["diverged_at_step"] <= 100
    assert (tmp_path / "metrics.csv").read_text().count("\n") >= 2


def test_a_half_copied_torchvision_set_exits_1_with_the_missing_set_advice(capsys, tmp_path):
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                 "t10k-labels-idx1-ubyte"):
        (raw / name).write_bytes(b"")
    code, err = _run(capsys, "train", "--preset", "mnist-cnn", "--set", "data.name=tv-mnist", "--set",
                     f"data.root={tmp_path}", "--steps", "2", "--quiet", "--out", str(tmp_path / "out"))
    assert code == 1 and "never downloads" in err and "Traceback" not in err


def test_a_session_whose_weights_do_not_fit_exits_2(capsys, tmp_path, small_session):
    raw = small_session
    raw["config"]["model"]["hidden"] = [8]
    path = tmp_path / "s.regviz"
    path.write_text(json.dumps(raw))
    code, err = _run(capsys, "train", "--config", str(path), "--quiet", "--out", str(tmp_path / "o"))
    assert code == 2 and "do not fit" in err


def test_a_refused_run_leaves_the_earlier_run_in_out_whole(capsys, tmp_path):
    assert main([*TRAIN, "--steps", "4", "--out", str(tmp_path)]) == 0
    before = {name: (tmp_path / name).read_text() for name in ("config.json", "metrics.csv", "summary.json")}
    code, _ = _run(capsys, *TRAIN, "--steps", "4", "--set", "data.name=tv-mnist", "--set", "data.root=/nowhere",
                   "--set", "model.kind=mlp", "--out", str(tmp_path))
    assert code == 1
    assert {name: (tmp_path / name).read_text() for name in before} == before  # one run's files, untouched
    assert main([*TRAIN, "--steps", "8", "--out", str(tmp_path)]) == 0
    assert json.loads((tmp_path / "summary.json").read_text())["steps"] == 8
    assert json.loads((tmp_path / "config.json").read_text())["training"]["steps"] == 8


def test_written_files_respect_the_umask_and_stale_temporaries_are_cleaned(capsys, tmp_path):
    stale = tmp_path / ".script.py.abc123.tmp"
    stale.write_text("half a save")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    fresh = tmp_path / ".script.py.def456.tmp"  # another save under way right now: left alone
    fresh.write_text("in progress")
    old = os.umask(0o022)
    try:
        assert main(["export-script", "--preset", "overfit-2d", "--out", str(tmp_path / "script.py")]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "script.py").stat().st_mode & 0o777 == 0o644
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize("args, message", [
    (["--preset", ""], "unknown preset ''"),
    (["--preset", "../lessons/01-overfitting"], "unknown preset"),
    (["--preset", "overfit-2d", "--robustness", ","], "at least one ε"),
])
def test_small_things_exit_2_with_the_reason(capsys, args, message):
    code, err = _run(capsys, "train", *args, "--steps", "2", "--quiet")
    assert code == 2 and message in err


def test_an_unusable_out_is_named(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, err = _run(capsys, *TRAIN, "--steps", "2", "--out", str(blocker / "sub"))
    assert code == 2 and f"--out {blocker / 'sub'}" in err
