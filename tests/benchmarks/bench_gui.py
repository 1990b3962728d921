"""The app's responsiveness, measured in one run on this machine (ratios and percentiles, not assertions).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py [--seconds S] [--rss-steps N] [--tab network]

1. start-up: process start -> main window painted (3 runs, median). Goal <= 1.0 s.
2. event-loop latency while training at full speed: a 10 ms QTimer probe; p50 / p99 / max lateness.
   Goals p99 <= 20 ms, max <= 100 ms.
3. GUI steps/s ÷ headless engine steps/s on the same preset, same thread count. Goal >= 0.8.
4. RSS growth over a long run with live plots, in MB per 100k steps. Goal <= 50.
5. a new run: the longest the event loop waits between a race of four starting (or being reset) and its first
   record drawn, on 2-D data and on MNIST (the panels build or empty their plots). Goal <= 100 ms for a reset.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAINT_PROBE = r"""
import time, sys
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from regviz.ui.main_window import MainWindow
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            app.quit()
        return False
w = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
probe = Probe()
w.installEventFilter(probe)
w.show()
app.exec()
"""


def startup_seconds(runs: int = 3) -> float:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", PAINT_PROBE, os.path.join(tmp, "s.ini")],
                                 capture_output=True, text=True, check=True)
            times.append(float(out.stdout.split()[0]) - start)
    return statistics.median(times)


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def headless_steps_per_second(preset: str, seconds: float) -> float:
    import torch

    from regviz.core.content import presets
    from regviz.core.run.live import LIVE_EVAL_LIMIT
    from regviz.core.run.training import Trainer

    torch.set_num_threads(max(1, (os.cpu_count() or 2) - 1))  # what the app's worker uses
    trainer = Trainer(presets.load(preset), eval_limit=LIVE_EVAL_LIMIT)
    run = trainer.run(None, boundary=True)
    next(run)
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        next(run)
    return trainer.step_count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", default="overfit-2d")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--rss-steps", type=int, default=30000)
    parser.add_argument("--tab", default="training", help="the tab on screen while training (e.g. network)")
    args = parser.parse_args()

    print(f"start-up to first paint (median of 3): {startup_seconds():.2f} s   (goal <= 1.0 s)")

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from regviz.ui.main_window import MainWindow

    tmp = tempfile.TemporaryDirectory()
    window = MainWindow(settings=QSettings(os.path.join(tmp.name, "s.ini"), QSettings.Format.IniFormat))
    window.show()
    window.start()
    window.state.load_preset(args.preset)
    window.show_tab(args.tab)
    print(f"tab on screen: {args.tab}, preset {args.preset}")
    deadline = time.time() + 120
    while (window.state.last_record is None or window.state.last_record.step != 0 or window.state.engine.state != "paused") \
            and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)

    lateness: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(10)

    def on_probe():
        lateness.append(max(0.0, clock.restart() - 10.0))

    probe.timeout.connect(on_probe)

    def run_for(seconds: float) -> tuple[int, float]:
        first = window.state.last_record.step
        start = time.perf_counter()
        end = start + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        return window.state.last_record.step - first, time.perf_counter() - start

    window.state.engine.play()
    run_for(2.0)  # warm-up
    clock.start()
    probe.start()
    steps, elapsed = run_for(args.seconds)
    probe.stop()
    gui_rate = steps / elapsed
    lateness.sort()
    p = lambda q: lateness[min(len(lateness) - 1, int(q * len(lateness)))]  # noqa: E731
    print(f"event-loop lateness while training: p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms, "
          f"max {lateness[-1]:.1f} ms over {len(lateness)} probes   (goals p99 <= 20, max <= 100)")

    window.state.engine.pause()
    headless = headless_steps_per_second(args.preset, args.seconds)
    print(f"steps/s: GUI {gui_rate:.0f}, headless {headless:.0f}, ratio {gui_rate / headless:.2f}   (goal >= 0.8)")

    window.state.engine.play()
    run_for(2.0)
    child = window.state.engine.process.process.pid
    before_rss, before_child, before_step = rss_mb(), rss_mb(child), window.state.last_record.step
    target = before_step + args.rss_steps
    start = time.perf_counter()
    while window.state.last_record.step < target and time.perf_counter() - start < 900:
        app.processEvents()
        time.sleep(0.001)
    steps = window.state.last_record.step - before_step
    for name, pid, before in (("window", "self", before_rss), ("training process", child, before_child)):
        after = rss_mb(pid)
        print(f"RSS of the {name}: {before:.0f} MB -> {after:.0f} MB over {steps} steps with live plots: "
              f"{(after - before) / steps * 100000:+.1f} MB per 100k steps   (goal <= 50)")
    window.state.engine.pause()
    new_runs(app, window, probe, clock, lateness)
    window.close()
    tmp.cleanup()


def new_runs(app, window, probe, clock, lateness) -> None:
    """Section 5: the window's longest wait from a race's start or reset to its first record drawn."""
    from regviz.core.run.race import READY_MADE, parse_race

    def blocked(action) -> float:
        before = window.state.last_record
        lateness.clear()
        clock.start()
        probe.start()
        action()
        deadline = time.time() + 60
        while time.time() < deadline and (window.state.last_record is None or window.state.last_record is before
                                          or window.state.last_record.step != 0):
            app.processEvents()
            time.sleep(0.001)
        for _ in range(20):  # the first record's redraw
            app.processEvents()
            time.sleep(0.005)
        probe.stop()
        return max(lateness, default=0.0)

    for preset in ("overfit-2d", "mnist-dropout"):
        window.show_tab("errors" if preset.startswith("mnist") else "training")
        blocked(lambda: window.state.load_preset(preset))
        built = blocked(lambda: window.state.start_race(parse_race(READY_MADE["none / L2 / L1 / dropout"])))
        resets = sorted(blocked(window.state.reset) for _ in range(5))
        print(f"a race of four on {preset}: the window waited at most {built:.0f} ms while its plots were built, "
              f"{resets[2]:.0f} ms (median of 5; max {resets[-1]:.0f}) on a reset   (goal <= 100 ms for a reset)")


if __name__ == "__main__":
    main()
