"""What a class waits for at each lesson step (figures, not assertions), measured in one run:

    python tests/benchmarks/bench_lessons.py [--size 1280x720] [--out DIR]

Every bundled step played as Next plays it: ``regviz render-lesson --all`` offscreen, one process, as a teacher
would run it; per step, from Next (the step's preset, net and data made, its training to the end, its attack
curve or augmented examples, the question and reveal slides) to its slide saved, as render-lesson prints it.
Goals (issue 26): every step ≤ 5 s, the mean over all steps ≤ 1.6 s. The slide's own settling and PNG are in
each figure (about 0.7 s a slide; a question step has two).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

STEP = re.compile(r"^(?P<lesson>\S+) step (?P<step>\d+)/(?P<steps>\d+) \((?P<seconds>[\d.]+) s\)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--out", help="where the slides go (default: a temporary folder)")
    args = parser.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="bench-lessons-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REGVIZ_TORCH_THREADS": "1"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "regviz", "render-lesson", "--all", "--size", args.size,
                           "--out", out], capture_output=True, text=True, env=env, timeout=3600)
    wall = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"render-lesson failed ({done.returncode}):\n{done.stderr[-2000:]}")
    steps = [(m["lesson"], int(m["step"]), float(m["seconds"]))
             for m in map(STEP.match, (done.stdout + done.stderr).splitlines()) if m]
    seconds = [s for *_, s in steps]
    slowest = max(steps, key=lambda s: s[2])
    print(f"{len(steps)} lesson steps at {args.size} (render-lesson --all, {wall:.0f} s wall including start-up)")
    for lesson, step, s in sorted(steps, key=lambda s: -s[2])[:5]:
        print(f"  {lesson} step {step}: {s:.1f} s")
    print(f"slowest {slowest[0]} step {slowest[1]} {slowest[2]:.1f} s (goal ≤ 5), mean {statistics.mean(seconds):.2f} s "
          f"(goal ≤ 1.6), median {statistics.median(seconds):.2f} s, all {sum(seconds):.0f} s")


if __name__ == "__main__":
    main()
