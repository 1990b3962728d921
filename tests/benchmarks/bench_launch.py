"""What a teacher waits for, measured in one run on this machine (figures, not assertions):

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_launch.py [--runs 3]

1. launch -> the status bar says "Ready — press Space to train" (process start to that message; median of runs).
   Goal <= 2.0 s.
2. memory at idle after launch: PSS of every process of the app (window, training process, any forkserver or
   resource tracker), summed. Goal <= 500 MB.
3. whether the window process has imported torch (goal: never).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROBE = r"""
import json, os, sys, time
start = float(sys.argv[2])
from PySide6.QtCore import QTimer
from regviz.app import make_app


def pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("Pss:")) / 1024
    except (OSError, StopIteration):
        return 0.0


def parent(pid):
    return int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])


def descendants(pid):
    parents = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            parents[int(entry)] = parent(entry)
        except (OSError, IndexError, ValueError):
            pass
    out, frontier = [], [pid]
    while frontier:
        frontier = [p for p, up in parents.items() if up in frontier]
        out += frontier
    return out


def measure():  # after 2 s of idle, before quitting (quitting closes the window, which ends training)
    procs = {"window": os.getpid()}
    for child in descendants(os.getpid()):
        name = open(f"/proc/{child}/cmdline").read()
        kind = "tracker" if "resource_tracker" in name else \
            "forkserver" if "forkserver" in name and parent(child) == os.getpid() else "training"
        procs[f"{kind} {child}"] = child
    print(json.dumps({"ready": ready.get("t"), "torch_in_window": "torch" in sys.modules,
                      "pss": {k: pss(p) for k, p in procs.items()}}), flush=True)
    app.quit()


app, window = make_app([], settings_path=sys.argv[1])
ready = {}


def on_message(text):
    if text.startswith("Ready") and "t" not in ready:
        ready["t"] = time.time() - start
        QTimer.singleShot(2000, measure)


window.statusBar().messageChanged.connect(on_message)
app.exec()
"""


def launch(settings: str) -> dict:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", PROBE, settings, repr(start)], capture_output=True, text=True,
                         timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = [launch(os.path.join(tmp, "s.ini")) for _ in range(args.runs)]
    times = [r["ready"] for r in results]
    last = results[-1]
    print(f"launch -> Ready: median {statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})"
          f"  goal <= 2.0 s")
    total = sum(last["pss"].values())
    parts = ", ".join(f"{name.split()[0]} {mb:.0f}" for name, mb in last["pss"].items())
    print(f"idle memory (PSS, all processes): {total:.0f} MB ({parts})  goal <= 500 MB")
    print(f"torch imported in the window process: {'yes' if last['torch_in_window'] else 'no'}  goal: no")


if __name__ == "__main__":
    main()
