"""`regviz sweep` on one core against every core (figures, not assertions), measured in one run:

    python tests/benchmarks/bench_sweep.py [--repeats 1] [--jobs 2]

A λ sweep of overfit-2d, 6 values x 1,500 steps, run as a user runs it (a fresh `regviz sweep` process, its start
and the workers' included): wall seconds for --jobs 1 and --jobs N, ratio = N ÷ 1 (goal ≤ 0.6 with 2 jobs on this
2-core machine), and a check that both wrote the same sweep.csv bytes. Medians of interleaved repeats.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SWEEP = ["sweep", "--preset", "overfit-2d", "--param", "regularization.l2", "--values", "0,0.001,0.01,0.03,0.1,1",
         "--steps", "1500", "--quiet"]


def run(jobs: int, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "regviz", *SWEEP, "--jobs", str(jobs), "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    times: dict[int, list[float]] = {1: [], args.jobs: []}
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):
            for jobs in times:
                times[jobs].append(run(jobs, Path(tmp) / f"{jobs}-{repeat}"))
        files = {path.read_bytes() for path in Path(tmp).glob("*/sweep.csv")}
    one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
    print(f"regviz sweep, overfit-2d, 6 values x 1,500 steps: --jobs 1 {one:.1f} s, --jobs {args.jobs} {many:.1f} s, "
          f"ratio {many / one:.2f} (goal <= 0.6); sweep.csv {'identical' if len(files) == 1 else 'DIFFERENT'} "
          f"across {len(times[1]) + len(times[args.jobs])} runs")


if __name__ == "__main__":
    main()
