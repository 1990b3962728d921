import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

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


# -- across cores ------------------------------------------------------------------------------------------------
def _children(pid: int) -> set[int]:
    """The live (not zombie) processes whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


@linux_only
def test_any_number_of_jobs_writes_the_same_sweep_csv_and_leaves_no_worker(tmp_path):
    before = _children(os.getpid())
    # the first value trains longest: with two workers the rows land out of order, and are written in order
    args = ["sweep", "--preset", "overfit-2d", "--param", "training.steps", "--values", "300,20,60", "--seed", "5",
            "--set", "regularization.l2=0.001", "--quiet"]
    assert main([*args, "--jobs", "1", "--out", str(tmp_path / "one")]) == 0
    assert main([*args, "--jobs", "2", "--out", str(tmp_path / "two")]) == 0
    one, two = (tmp_path / "one" / "sweep.csv").read_bytes(), (tmp_path / "two" / "sweep.csv").read_bytes()
    assert one == two and [line.split(b",")[0] for line in one.splitlines()[1:]] == [b"300", b"20", b"60"]
    # the workers are gone once the sweep is written (multiprocessing's resource tracker, a bare interpreter that
    # watches named semaphores, stays with its process: it is no worker)
    assert {pid for pid in _children(os.getpid()) - before if b"resource_tracker" not in _cmdline(pid)} == set()


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_jobs_below_one_is_refused_before_anything_is_created(jobs, tmp_path, capsys):
    out = tmp_path / "new"
    assert main(["sweep", "--param", "regularization.l2", "--values", "0", "--jobs", jobs, "--out", str(out)]) == 2
    assert f"--jobs {jobs}" in capsys.readouterr().err and not out.exists()


@linux_only
@pytest.mark.parametrize("sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_ends_every_worker_at_once_and_keeps_the_values_that_finished(sig, status, tmp_path):
    """The first value would train for ever, the second lands: a signal keeps the second (a gap before it is
    allowed), says interrupted, and no worker is alive after the sweep has exited."""
    out = tmp_path / "sweep"
    proc = subprocess.Popen([sys.executable, "-m", "regviz", "sweep", "--preset", "overfit-2d", "--param",
                             "training.steps", "--values", "1000000,40", "--jobs", "2", "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = b""
    while b"test=" not in seen:  # the bar's postfix: the second value's row has landed and been written
        chunk = proc.stderr.read1(4096)
        assert chunk, f"the sweep ended before a value landed: {seen[-500:]!r}"
        seen += chunk
    children = _children(proc.pid)
    workers = {pid for pid in children if b"spawn_main" in _cmdline(pid)}
    assert len(workers) == 2  # (the other child is multiprocessing's resource tracker, which ends with its parent)
    proc.send_signal(sig)
    _, rest = proc.communicate(timeout=240)  # a guard against a hang, not a timing check
    err = (seen + rest).decode("utf-8", "replace")
    assert proc.returncode == status and "Traceback" not in err and err.count("\n") == 1
    assert "after 1 of 2 values" in err.rsplit("\r", 1)[-1]
    rows = list(csv.DictReader((out / "sweep.csv").read_text().splitlines()))
    assert [int(r["value"]) for r in rows] == [40]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["interrupted"] is True and summary["values_done"] == 1 and summary["finished"] is False
    assert not [pid for pid in workers if _alive(pid)]  # killed and reaped before the sweep exited
    for _ in range(600):  # the tracker ends when it reads the end of its pipe: a guard against a hang
        if not any(_alive(pid) for pid in children):
            break
        time.sleep(0.1)
    assert not [pid for pid in children if _alive(pid)]


@linux_only
def test_workers_whose_sweep_was_killed_outright_end_by_themselves(tmp_path):
    """SIGKILL leaves the sweep no chance to end its workers: they see they are orphaned and exit."""
    proc = subprocess.Popen([sys.executable, "-m", "regviz", "sweep", "--preset", "overfit-2d", "--param",
                             "training.steps", "--values", "1000000,1000000", "--jobs", "2", "--set",
                             "training.eval_every=5", "--out", str(tmp_path / "sweep")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = b""
    while not re.search(rb"\| [1-9]\d*/", seen):  # the bar has counted steps: the workers are training
        chunk = proc.stderr.read1(4096)
        assert chunk, f"the sweep ended early: {seen[-500:]!r}"
        seen += chunk
    workers = {pid for pid in _children(proc.pid) if b"spawn_main" in _cmdline(pid)}
    assert len(workers) == 2
    proc.kill()
    proc.wait()  # reaped; its pipes closed here, not read to their end (a worker still alive would hold them open)
    proc.stdout.close()
    proc.stderr.close()
    for _ in range(600):  # a guard against a hang, not a timing check
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]
