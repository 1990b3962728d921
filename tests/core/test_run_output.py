"""Issue 20's run output: a name is a label, never a path; a run's files are one transaction; one writer per --out;
SIGINT/SIGTERM stop the run at its next step and write what ran, marked; a full disk names the file and keeps
the earlier results. The signal tests drive a real ``python -m regviz`` subprocess."""
import csv
import dataclasses
import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regviz.cli import main
from regviz.core.config import ConfigError, ExperimentConfig
from regviz.core.content import experiment_line
from regviz.core.run import output
from regviz.core.run.output import SLUG_BYTES, RunFolder, slug

TRAIN = ["train", "--preset", "overfit-2d", "--quiet"]
RUN_FILES = ("config.json", "metrics.csv", "summary.json")


def _run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr().err


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones included) and its text."""
    return {str(p.relative_to(folder)): p.read_text() for p in sorted(folder.rglob("*")) if p.is_file()}


def _config_named(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "named.json"
    path.write_text(json.dumps({"name": name}))
    return path


# -- names are labels, never paths ------------------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("../../escaped", "escaped"), ("/tmp/x", "tmp-x"), ("/", "experiment"), ("..", "experiment"),
    (".", "experiment"), ("", "experiment"), ("a\0b", "a-b"), ("C:\\Windows\\x", "C-Windows-x"),
    ("-rf", "rf"), (".hidden", "hidden"), ("l2 λ=0.01", "l2-λ-0.01"), ("Überanpassung", "Überanpassung"),
    ("overfit-2d", "overfit-2d"), ("con", "con-"), ("x" * 5000, "x" * SLUG_BYTES),
])
def test_a_name_becomes_one_safe_folder_name(name, expected):
    assert slug(name) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_slugs_to_a_single_safe_path_component(name):
    s = slug(name)
    assert s and s not in (".", "..") and not s.startswith((".", "-"))
    assert not any(ch in s for ch in "/\\\0:") and s.isprintable()
    assert len(s.encode("utf-8")) <= SLUG_BYTES
    assert len(Path(s).parts) == 1 and (Path("/runs") / s).parent == Path("/runs")
    assert slug(s) == s  # a slug names the same folder again


@pytest.mark.parametrize("name", ["../../escaped", "{tmp}/escaped", "..", "a/../../b"])
def test_a_hostile_name_without_out_writes_under_runs_only(name, tmp_path, monkeypatch, capsys):
    name = name.format(tmp=tmp_path)  # an absolute path, inside the test's folder so an escape is seen there
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    config = _config_named(work, name)
    before = set(tmp_path.rglob("*"))
    assert main(["train", "--config", str(config), "--steps", "2", "--quiet"]) == 0
    assert main(["compare", "--config", str(config), "--steps", "2", "--quiet", "--variant", "none:",
                 "--variant", "l2:regularization.l2=0.1"]) == 0
    line = experiment_line.encode(dataclasses.replace(ExperimentConfig(), name=name))  # as a teacher sends it
    assert main(["train", "--config", line, "--steps", "2", "--quiet"]) == 0
    made = set(tmp_path.rglob("*")) - before
    assert made and all(p.is_relative_to(work / "runs") for p in made)
    folder = work / "runs" / f"{slug(name)}-seed0"
    assert json.loads((folder / "summary.json").read_text())["name"] == name  # the label itself is kept


@pytest.mark.parametrize("name, says", [
    ("", "must not be empty"), ("   ", "must not be empty"), ("a\0b", "U+0000"), ("two\nlines", "U+000A"),
    ("bell\x07", "U+0007"), ("x" * 201, "at most 200"), ("evil\u202etxt.exe", "U+202E"),
])
def test_an_empty_or_control_character_name_is_refused_naming_the_key(name, says, tmp_path, capsys):
    with pytest.raises(ConfigError, match="name"):
        ExperimentConfig.from_dict({"name": name})
    config = _config_named(tmp_path, name)
    for command in (["train", "--quiet", "--steps", "2", "--out", str(tmp_path / "o")], ["export-script"]):
        code, err = _run(capsys, command[0], "--config", str(config), *command[1:])
        assert code == 2 and "name" in err and says in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_an_exported_script_keeps_a_hostile_name_inside_its_docstring(tmp_path, capsys):
    import ast

    name = 'x"""; import os; os.system("echo pwned") #\\'
    config = tmp_path / "c.json"
    config.write_text(json.dumps({"name": name, "description": 'more """ here'}))
    assert main(["export-script", "--config", str(config), "--out", str(tmp_path / "s.py")]) == 0
    tree = ast.parse((tmp_path / "s.py").read_text())
    assert ast.get_docstring(tree).startswith(f'{name}: more """ here')
    assert "system" not in {getattr(n, "attr", None) for n in ast.walk(tree)}


# -- one transaction ---------------------------------------------------------------------------------------------
def test_a_run_replaces_the_earlier_runs_files_whole_and_leaves_other_files(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "empty-folder").mkdir()
    assert main([*TRAIN, "--steps", "4", "--out", "."]) == 0
    assert main(["compare", "--preset", "overfit-2d", "--steps", "4", "--quiet", "--variant", "a:",
                 "--variant", "b:regularization.l2=0.1", "--out", "."]) == 0
    after = _files(tmp_path)
    assert not any(name in after for name in RUN_FILES)  # the train's files went with the compare's arrival
    assert {"compare.csv", "a/summary.json", "b/summary.json", "notes.txt"} <= set(after)
    assert main(["compare", "--preset", "overfit-2d", "--steps", "4", "--quiet", "--variant", "c:",
                 "--variant", "d:regularization.l2=0.1", "--out", "."]) == 0
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()  # no variant of the earlier race left
    assert (tmp_path / "c" / "summary.json").exists() and (tmp_path / "empty-folder").is_dir()
    assert main([*TRAIN, "--steps", "6", "--out", "."]) == 0
    names = set(_files(tmp_path))
    assert names == {*RUN_FILES, output.MANIFEST, "notes.txt"}  # nothing staged left, no lock, no compare
    assert json.loads((tmp_path / "summary.json").read_text())["steps"] == 6


def test_a_run_cut_during_its_swap_is_finished_by_the_next_run(tmp_path, monkeypatch, capsys):
    assert main([*TRAIN, "--steps", "4", "--out", str(tmp_path)]) == 0
    real_replace = os.replace
    moved = []

    def dies_after_one(src, dst):
        if len(moved) == 1:
            raise output.Interrupted(signal.SIGINT)  # a crash between two renames
        moved.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", dies_after_one)
    with pytest.raises(output.Interrupted):
        with RunFolder(tmp_path) as folder:
            folder.commit({"config.json": "{}\n", "metrics.csv": "step\n", "summary.json": '{"steps": 9}\n'})
    monkeypatch.setattr(output.os, "replace", real_replace)
    with RunFolder(tmp_path):  # the next run into the folder finds the complete stage and finishes its swap
        pass
    files = _files(tmp_path)
    assert files["config.json"] == "{}\n" and files["summary.json"] == '{"steps": 9}\n'
    assert set(files) == {*RUN_FILES, output.MANIFEST}


def test_a_second_signal_before_the_files_are_written_leaves_the_earlier_run(tmp_path, monkeypatch, capsys):
    assert main([*TRAIN, "--steps", "4", "--out", str(tmp_path)]) == 0
    before = _files(tmp_path)
    real_commit = RunFolder.commit

    def impatient(self, files):
        os.kill(os.getpid(), signal.SIGINT)  # the first: stop at the next step
        os.kill(os.getpid(), signal.SIGINT)  # the second, at once: stop without writing
        real_commit(self, files)

    monkeypatch.setattr(RunFolder, "commit", impatient)
    code, err = _run(capsys, *TRAIN, "--steps", "8", "--out", str(tmp_path))
    assert code == 130 and err.count("\n") == 1 and "second SIGINT" in err and "Traceback" not in err
    assert _files(tmp_path) == before
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handlers are put back


# -- one writer --------------------------------------------------------------------------------------------------
def test_a_second_writer_is_refused_while_the_first_runs(tmp_path, capsys):
    assert main([*TRAIN, "--steps", "4", "--out", str(tmp_path)]) == 0
    before = _files(tmp_path)
    with RunFolder(tmp_path):
        assert (tmp_path / output.LOCK).read_text().strip() == str(os.getpid())
        for args in (TRAIN, ["sweep", "--preset", "overfit-2d", "--param", "regularization.l2", "--values", "0",
                             "--quiet"], ["compare", "--variant", "a:", "--variant", "b:", "--quiet"]):
            code, err = _run(capsys, *args, "--steps", "2", "--out", str(tmp_path))
            assert code == 2 and f"another regviz run (pid {os.getpid()})" in err and str(tmp_path) in err
    assert _files(tmp_path) == before and not (tmp_path / output.LOCK).exists()


def test_a_stale_lock_whose_owner_died_is_taken_over(tmp_path, capsys):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (tmp_path / output.LOCK).write_text(f"{gone.pid}\n")
    assert main([*TRAIN, "--steps", "2", "--out", str(tmp_path)]) == 0
    assert json.loads((tmp_path / "summary.json").read_text())["steps"] == 2
    assert not (tmp_path / output.LOCK).exists()


class _Msvcrt:
    """Windows' ``msvcrt.locking`` on Linux, for the fallback without fcntl: a lock on a byte range that belongs to
    the open file (a second open is refused, even in one process) and goes with its process — Linux's
    open-file-description locks, which behave so. Raises as msvcrt does (EACCES) for a byte another open holds."""
    LK_UNLCK, LK_NBLCK = 0, 2  # msvcrt's values

    def __init__(self, fcntl):
        self.fcntl, self.calls = fcntl, []

    def locking(self, fd, mode, nbytes):
        import struct

        start = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, start))
        kind = self.fcntl.F_WRLCK if mode == self.LK_NBLCK else self.fcntl.F_UNLCK
        try:
            self.fcntl.fcntl(fd, self.fcntl.F_OFD_SETLK, struct.pack("hhqqi4x", kind, os.SEEK_SET, start, nbytes, 0))
        except OSError:
            raise OSError(errno.EACCES, "Permission denied") from None


_HOLD_WITHOUT_FCNTL = """
import fcntl, os, sys
exec(sys.argv[2])  # the _Msvcrt class
sys.modules["msvcrt"], sys.modules["fcntl"] = _Msvcrt(fcntl), None
from pathlib import Path
from regviz.core.run.output import RunFolder
with RunFolder(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def no_fcntl(monkeypatch):
    """A Python without fcntl (Windows): ``import fcntl`` fails, msvcrt is there."""
    import fcntl

    fake = _Msvcrt(fcntl)
    monkeypatch.setitem(sys.modules, "fcntl", None)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    return fake


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stand-in for msvcrt uses Linux's OFD locks")
def test_without_fcntl_two_runs_into_one_out_still_refuse_each_other(tmp_path, capsys, no_fcntl):
    import importlib
    import inspect

    with pytest.raises(ImportError):
        importlib.import_module("fcntl")
    assert main([*TRAIN, "--steps", "4", "--out", str(tmp_path)]) == 0
    before = _files(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_WITHOUT_FCNTL, str(tmp_path), inspect.getsource(_Msvcrt)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        code, err = _run(capsys, *TRAIN, "--steps", "2", "--out", str(tmp_path))
        assert code == 2 and f"another regviz run (pid {holder.pid})" in err
        assert {name: text for name, text in _files(tmp_path).items() if name != output.LOCK} == before
        (tmp_path / output.LOCK).write_text("")  # as between a run's lock and its pid: the lock, not the pid, refuses
        code, err = _run(capsys, *TRAIN, "--steps", "2", "--out", str(tmp_path))
        assert code == 2 and "another regviz run is writing there" in err and _files(tmp_path)[output.LOCK] == ""
        assert (_Msvcrt.LK_NBLCK, output._LOCK_BYTE) in no_fcntl.calls  # refused by the fallback's lock
    finally:
        holder.kill()
        holder.communicate()
    # Its lock died with it: the next run takes the folder over.
    assert main([*TRAIN, "--steps", "2", "--out", str(tmp_path)]) == 0
    assert json.loads((tmp_path / "summary.json").read_text())["steps"] == 2
    with RunFolder(tmp_path):  # two writers in one process refuse each other too, and the pid is readable
        assert (tmp_path / output.LOCK).read_text().strip() == str(os.getpid())
        code, err = _run(capsys, *TRAIN, "--steps", "2", "--out", str(tmp_path))
        assert code == 2 and f"another regviz run (pid {os.getpid()})" in err
    assert (_Msvcrt.LK_UNLCK, output._LOCK_BYTE) in no_fcntl.calls and not (tmp_path / output.LOCK).exists()


# -- signals on a real process -----------------------------------------------------------------------------------
def _start(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "regviz", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_progress(proc: subprocess.Popen, done) -> bytes:
    """Read the progress bar until ``done(text)``: training is under way."""
    seen = b""
    while not done(seen.decode("utf-8", "replace")):
        chunk = proc.stderr.read1(4096)
        assert chunk, f"the run ended before its progress showed: {seen[-500:]!r}"
        seen += chunk
    return seen


def _finish(proc: subprocess.Popen, seen: bytes, sig: int) -> tuple[int, str]:
    proc.send_signal(sig)
    _, rest = proc.communicate(timeout=240)  # a guard against a hang, not a timing check
    return proc.returncode, (seen + rest).decode("utf-8", "replace")


def _one_line(err: str, sig: int) -> str:
    """stderr holds the bar (erased with carriage returns) and then exactly one line, the one that says why."""
    assert "Traceback" not in err and err.count("\n") == 1 and err.endswith("\n")
    line = err.rsplit("\r", 1)[-1]
    assert line.startswith(f"regviz: interrupted ({signal.Signals(sig).name})")
    return line


@pytest.mark.parametrize("sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_train_at_the_next_step_and_writes_what_ran(sig, status, tmp_path, capsys):
    out = tmp_path / "out"
    assert main([*TRAIN, "--steps", "3", "--out", str(out)]) == 0  # an earlier run, replaced whole
    proc = _start("train", "--preset", "overfit-2d", "--steps", "1000000", "--set", "training.eval_every=5",
                  "--out", str(out))
    seen = _wait_for_progress(proc, lambda text: "train=" in text)
    _refused_while(proc, out, capsys)  # a second writer meanwhile is refused, naming the first one's pid
    code, err = _finish(proc, seen, sig)
    assert code == status
    line = _one_line(err, sig)
    summary = json.loads((out / "summary.json").read_text())
    rows = list(csv.DictReader((out / "metrics.csv").read_text().splitlines()))
    assert summary["interrupted"] is True and 0 < summary["steps"] < 1_000_000
    assert int(rows[-1]["step"]) == summary["steps"] and f"step {summary['steps']:,}" in line
    assert json.loads((out / "config.json").read_text())["training"]["steps"] == 1_000_000
    assert set(_files(out)) == {*RUN_FILES, output.MANIFEST}


def _refused_while(proc: subprocess.Popen, out: Path, capsys) -> None:
    code, err = _run(capsys, *TRAIN, "--steps", "2", "--out", str(out))
    assert code == 2 and f"another regviz run (pid {proc.pid})" in err


def test_an_interrupted_sweep_keeps_its_finished_values_and_says_so(tmp_path):
    out = tmp_path / "sweep"
    proc = _start("sweep", "--preset", "overfit-2d", "--param", "regularization.l2", "--values", "0,0.01,0.1",
                  "--steps", "1500", "--set", "training.eval_every=100", "--jobs", "1", "--out", str(out))
    # the bar counts the steps of every value: past 1,500, the first value's row is in sweep.csv, and the second
    # value has 1,500 steps to go (60 were fewer than the signal's way on one fast thread: it finished two)
    seen = _wait_for_progress(proc, lambda text: any(1500 < int(n) < 2500 for n in _bar_counts(text)))
    code, err = _finish(proc, seen, signal.SIGINT)
    assert code == 130 and "after 1 of 3 values" in _one_line(err, signal.SIGINT)
    rows = list(csv.DictReader((out / "sweep.csv").read_text().splitlines()))
    assert [float(r["value"]) for r in rows] == [0.0]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["interrupted"] is True and summary["values_done"] == 1 and summary["finished"] is False


def _bar_counts(text: str) -> list[str]:
    import re

    return re.findall(r"\| (\d+)/4500", text)


def test_an_interrupted_compare_marks_every_variant(tmp_path):
    out = tmp_path / "race"
    proc = _start("compare", "--preset", "overfit-2d", "--steps", "1000000", "--set", "training.eval_every=5",
                  "--variant", "none:", "--variant", "l2:regularization.l2=0.01", "--out", str(out))
    seen = _wait_for_progress(proc, lambda text: any(int(n) >= 10 for n in _counts(text)))
    code, err = _finish(proc, seen, signal.SIGTERM)
    assert code == 143
    _one_line(err, signal.SIGTERM)
    rows = list(csv.DictReader((out / "compare.csv").read_text().splitlines()))
    for name in ("none", "l2"):
        summary = json.loads((out / name / "summary.json").read_text())
        assert summary["interrupted"] is True and summary["steps"] == int(rows[-1]["step"]) >= 10


def _counts(text: str) -> list[str]:
    import re

    return re.findall(r"\| (\d+)/1000000", text)


# -- a full disk -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("failing", ["config.json", "metrics.csv", "summary.json"])
def test_a_full_disk_names_the_file_and_keeps_the_earlier_results(failing, tmp_path, monkeypatch, capsys):
    assert main([*TRAIN, "--steps", "4", "--out", str(tmp_path)]) == 0
    before = _files(tmp_path)
    real_write = output._write_file

    def full(path, data):
        if path.name == failing:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(path, data)

    monkeypatch.setattr(output, "_write_file", full)
    code, err = _run(capsys, *TRAIN, "--steps", "8", "--out", str(tmp_path))
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
    assert f"cannot write {tmp_path / failing}: No space left on device" in err and "unchanged" in err
    assert _files(tmp_path) == before  # nothing half-written, nothing staged left behind


def test_a_full_disk_on_a_first_run_says_nothing_was_written(tmp_path, monkeypatch, capsys):
    """No earlier run in --out: the message must not speak of earlier results that never existed."""
    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output, "_write_file", full)
    out = tmp_path / "first"
    code, err = _run(capsys, *TRAIN, "--steps", "4", "--out", str(out))
    assert code == 1 and "No space left on device" in err
    assert f"nothing was written to {out}" in err and "earlier results" not in err


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KB tmpfs (needs root; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount)], check=False)  # never leave a mount behind


def test_a_really_full_disk_names_the_file_and_keeps_the_earlier_results(tiny_disk, capsys):
    out = tiny_disk / "run"
    assert main([*TRAIN, "--steps", "4", "--out", str(out)]) == 0
    before = _files(out)
    with open(tiny_disk / "filler", "wb", buffering=0) as fh:  # the rest of the disk
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    code, err = _run(capsys, *TRAIN, "--steps", "40", "--out", str(out))
    assert code == 1 and "Traceback" not in err and "No space left on device" in err
    assert f"cannot write {out}" in err and "unchanged" in err
    assert _files(out) == before
    (tiny_disk / "filler").unlink()  # space again: the same run goes through
    assert main([*TRAIN, "--steps", "40", "--out", str(out)]) == 0
    assert json.loads((out / "summary.json").read_text())["steps"] == 40


# -- refused before anything is created --------------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ["sweep", "--param", "regularization.l9", "--values", "1"],
    ["sweep", "--param", "regularization.l2", "--values", "0,99"],
    ["sweep", "--param", "regularization.l2", "--values", ","],
    ["compare", "--variant", "none:", "--variant", "x:regularization.l2=-1"],
    ["compare", "--variant", "none:"],
    ["train", "--set", "data.name=tv-mnist", "--set", "data.root=/nowhere"],
])
def test_a_refused_sweep_or_compare_creates_nothing(args, tmp_path, capsys):
    out = tmp_path / "new" / "out"
    code, err = _run(capsys, *args, "--preset", "overfit-2d", "--steps", "2", "--quiet", "--out", str(out))
    assert code in (1, 2) and "Traceback" not in err
    assert not (tmp_path / "new").exists()


def test_a_diverged_compare_says_what_happened_in_one_line(tmp_path, capsys):
    code = main(["compare", "--preset", "overfit-2d", "--steps", "100", "--set", "training.lr=10", "--set",
                 "training.optimizer=sgd", "--variant", "none:", "--variant", "l2:regularization.l2=0.1",
                 "--out", str(tmp_path), "--quiet"])
    captured = capsys.readouterr()
    err = captured.err
    assert code == 3 and err.count("\n") == 1 and "diverged" in err and "training.lr" in err
    assert json.loads((tmp_path / "none" / "summary.json").read_text())["diverged"] is True
    assert "none diverged" in captured.out  # the summary line quotes no loss for a net that diverged


def test_a_compare_where_one_variant_diverges_quotes_no_loss_for_it(tmp_path, capsys):
    """The audit's case: one net diverged while the other trained on; the summary line must not give the
    diverged one a finite test loss."""
    code = main(["compare", "--preset", "overfit-2d", "--steps", "200", "--set", "training.optimizer=sgd",
                 "--variant", "none:", "--variant", "big:training.lr=10", "--out", str(tmp_path), "--quiet"])
    out = capsys.readouterr().out
    assert code == 3 and "big diverged" in out and "none " in out


def test_links_in_out_never_lead_a_run_outside_it(tmp_path, capsys):
    """A run folder copied from someone: its lock is a link to a file of mine, its manifest lists a file behind
    a linked folder, and a variant's folder is a link elsewhere. Nothing outside --out is written or removed."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "precious.txt").write_text("keep")
    out = tmp_path / "out"
    out.mkdir()
    (out / "away").symlink_to(mine)
    (out / "notes.txt").write_text("mine too")
    (out / output.MANIFEST).write_text(json.dumps({"files": ["away/precious.txt", "../mine/precious.txt",
                                                             "notes.txt", "away/summary.json"]}))
    (mine / "summary.json").write_text("not a run's")
    assert main([*TRAIN, "--steps", "2", "--out", str(out)]) == 0
    assert (mine / "precious.txt").read_text() == "keep" and (out / "notes.txt").exists()
    assert (mine / "summary.json").read_text() == "not a run's"
    (mine / "summary.json").unlink()
    (out / output.LOCK).symlink_to(mine / "precious.txt")
    code, err = _run(capsys, *TRAIN, "--steps", "2", "--out", str(out))
    assert code == 2 and f"--out {out}" in err and (mine / "precious.txt").read_text() == "keep"
    (out / output.LOCK).unlink()
    (out / "l2").symlink_to(mine)
    before = _files(out)
    code, err = _run(capsys, "compare", "--preset", "overfit-2d", "--steps", "2", "--quiet", "--variant", "none:",
                     "--variant", "l2:regularization.l2=0.1", "--out", str(out))
    assert code == 2 and "link" in err and not (mine / "summary.json").exists()
    assert _files(out) == before  # checked before anything moved: the earlier run is still whole


def test_ctrl_c_stops_render_lesson_after_the_step_under_way(tmp_path):
    """Ctrl-C in a terminal signals the whole process group: the training process too, which leaves it to the
    window (no traceback from it either)."""
    out = tmp_path / "slides"
    proc = subprocess.Popen([sys.executable, "-m", "regviz", "render-lesson", "01-overfitting", "--size", "640x400",
                             "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    seen = _wait_for_progress(proc, lambda text: "step 1/5" in text)
    os.killpg(proc.pid, signal.SIGINT)
    _, rest = proc.communicate(timeout=240)  # a guard against a hang, not a timing check
    err = (seen + rest).decode("utf-8", "replace")
    assert proc.returncode == 130 and "Traceback" not in err and "KeyboardInterrupt" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("regviz: interrupted (SIGINT)") and "index.html was not written" in last
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert pngs and pngs[0].startswith("01-") and len(pngs) < 5 and not (out / "index.html").exists()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["interrupted"] is True and summary["pngs"] == pngs and summary["rendered"] == len(pngs) < 5


def _catches(pid: int, sig: int) -> bool:
    """Has process ``pid`` a handler for ``sig`` (Linux: /proc/PID/status, SigCgt)?"""
    status = Path(f"/proc/{pid}/status").read_text()
    caught = int(next(line for line in status.splitlines() if line.startswith("SigCgt:")).split()[1], 16)
    return bool(caught >> (sig - 1) & 1)


def _has_child(pid: int) -> bool:
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            if children.read_text().split():
                return True
        except OSError:
            pass
    return False


def _ours(err: bytes) -> list[str]:
    """stderr's lines, without the notes Qt's offscreen platform prints (not regviz's)."""
    return [line for line in err.decode("utf-8", "replace").splitlines()
            if not line.startswith("This plugin does not support")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("when", ["as soon as it catches signals", "while the training engine starts"])
def test_sigterm_in_render_lessons_first_seconds_says_so_in_one_line_and_writes_nothing(when, tmp_path):
    """SIGTERM before the first step is rendered (while torch is imported, or the engine starts: seconds on a
    loaded machine) used to end render-lesson silently; it says so in one line, like a later interrupt, makes no
    folder, and leaves an earlier render in --out as it was."""
    earlier = tmp_path / "slides"
    earlier.mkdir()
    for name, text in (("01-old-step.png", "an earlier PNG"), ("index.html", "<p>earlier"), ("summary.json", "{}")):
        (earlier / name).write_text(text)
    before = _files(earlier)
    new = tmp_path / "new" / "slides"
    for out in (earlier, new):
        proc = subprocess.Popen([sys.executable, "-m", "regviz", "render-lesson", "01-overfitting", "--size",
                                 "640x400", "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        ready = (lambda: _catches(proc.pid, signal.SIGTERM)) if when.startswith("as soon") else \
            (lambda: _has_child(proc.pid))  # the training process (forkserver) is being started
        while not ready():
            assert proc.poll() is None, proc.communicate()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=240)  # a guard against a hang, not a timing check
        assert proc.returncode == 143
        assert _ours(err) == ["regviz: interrupted (SIGTERM) before the first step was rendered; nothing was written"]
    assert _files(earlier) == before and set(os.listdir(earlier)) == set(before)  # no temporary file either
    assert not (tmp_path / "new").exists()


def test_a_run_that_fails_in_its_folder_leaves_no_empty_folders_and_keeps_what_it_finished(tmp_path, capsys):
    out = tmp_path / "new" / "deeper" / "out"
    sweep = ["sweep", "--preset", "overfit-2d", "--param", "data.name", "--set", "data.root=/nowhere",
             "--steps", "2", "--quiet", "--out", str(out)]
    code, err = _run(capsys, *sweep, "--values", "tv-mnist,circle")  # the first value's data set is missing
    assert code == 1 and "never downloads" in err and "Traceback" not in err
    assert not (tmp_path / "new").exists()  # nor the folders above --out it made
    code, err = _run(capsys, *sweep, "--values", "circle,tv-mnist")  # the second value's is missing
    assert code == 1 and "never downloads" in err
    assert (out / "sweep.csv").read_text().count("\n") == 2  # the first value's row was kept
