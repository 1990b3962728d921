"""Training in its own process, so the window and the net never share Python's GIL.

Why a process: the small nets regviz teaches with are bound by Python overhead, not arithmetic, so a training
thread and the GUI thread take turns on the GIL. Measured here with a thread: the window got 21 % of headless
speed and the event loop stalled for up to 100 ms. A process keeps one core each.

``TrainingProcess`` is the client (used by the app's controller; no Qt here): it starts the process, sends
typed messages (core.run.messages) down one pipe, and ``receive()`` reads ``(run_id, item)`` from the other, item
being a record (core.records). ``serve`` is the process's main: a listener thread dispatches each message, and the
main thread runs one run at a time: ``live.live_run`` or a sweep.
"""
from __future__ import annotations

import multiprocessing
import queue
import sys
import threading
import time
from multiprocessing.connection import Connection

from ..config import ExperimentConfig
from ..records import Ended, Failed, SweepProgress, SweepRow
from ..translatable import QT_TRANSLATE_NOOP, message_of
from .messages import Cancel, Message, Quit, RunMode, StartRun, StartSweep

PROGRESS_SECONDS = 0.1  # a sweep's progress messages, at most this often


def serve(commands: Connection, records: Connection) -> None:
    """The training process's main: run what the window starts until told to quit or the window goes away."""
    import signal

    from .live import LiveControl

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal reaches the whole group: the window decides

    runs: queue.Queue = queue.Queue()
    current: list[LiveControl | None] = [None]

    def listen() -> None:
        while True:
            try:
                message: Message = commands.recv()
            except (EOFError, OSError):
                message = Quit()
            control = current[0]
            if isinstance(message, (StartRun, StartSweep, Cancel, Quit)) and control is not None:
                control.stop()  # whatever ran ends between two steps
            match message:
                case Quit():
                    runs.put(None)
                    return
                case StartRun():
                    control = LiveControl(running=message.play)
                    control.initial = message.initial
                    control.steps_per_second = message.speed
                    control.activations = message.activations
                    current[0] = control
                    runs.put((message, control))
                case StartSweep():
                    current[0] = control = LiveControl()
                    runs.put((message, control))
                case Cancel():
                    pass
                case _ if control is not None:
                    control.take(message)

    threading.Thread(target=listen, name="regviz-commands", daemon=True).start()
    try:
        _runs(runs, records)
    except (BrokenPipeError, EOFError, OSError):
        pass  # the window has gone: nothing left to report to
    finally:
        records.close()


def _runs(runs: queue.Queue, records: Connection) -> None:
    from .live import live_run, make_trainer_factory

    records.send((0, "ready"))
    while (item := runs.get()) is not None:
        start, control = item
        if control.quit:  # replaced before it began: it still ends, or a save that asked it would wait forever
            records.send((start.run_id, Ended()))
            continue
        try:
            config = ExperimentConfig.from_json(start.config_json)
            if isinstance(start, StartSweep):
                _sweep(config, start, control, records)
            else:
                for record in live_run(make_trainer_factory(config, start.mode, start.race), control):
                    records.send((start.run_id, record))
        except Exception as exc:  # any failure of a run reaches the window as a message, never a silent death
            records.send((start.run_id, Failed(QT_TRANSLATE_NOOP("training", "{kind}: {problem}")
                                                .format(kind=type(exc).__name__, problem=message_of(exc)))))
        records.send((start.run_id, Ended()))


def _sweep(config: ExperimentConfig, start: StartSweep, control, records: Connection) -> None:
    """core.run.sweep from the training process, ``start.jobs`` values at once (worker processes when more than
    one), each row sent as it lands; a Cancel (or any new run) ends every worker at once."""
    from .sweep import sweep_as_landed

    if start.jobs > 1:  # multiprocessing refuses a daemonic process children; the sweep ends its workers itself
        multiprocessing.current_process().daemon = False  # (this side's flag only: the window still kills us)
    total = len(start.values) * config.training.steps
    done, last = 0, 0.0

    def on_step(n: int) -> None:
        nonlocal done, last
        done += n
        if time.perf_counter() - last >= PROGRESS_SECONDS or done == total:
            last = time.perf_counter()
            records.send((start.run_id, SweepProgress(done, total)))

    for _, row in sweep_as_landed(config, start.key, start.values, on_step, lambda: control.quit, start.jobs):
        records.send((start.run_id, SweepRow(row)))


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (Linux; a clean process, not a fork of the window with its Qt threads),
    spawn elsewhere and in a frozen app. No module is preloaded into the forkserver: a preloaded torch kept a
    second copy mapped for the whole session (348 MB PSS measured) to save a restart that only a crashed training
    process needs."""
    if getattr(sys, "frozen", False) or "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    return multiprocessing.get_context("forkserver")


class TrainingProcess:
    """The parent's handle on the training process."""

    def __init__(self) -> None:
        ctx = _context()
        self._commands_recv, self._commands = ctx.Pipe(duplex=False)
        self._records, records_send = ctx.Pipe(duplex=False)
        self.process = ctx.Process(target=serve, args=(self._commands_recv, records_send), name="regviz-training",
                                   daemon=True)
        self.process.start()
        records_send.close()  # the child holds the only writer, so its exit ends receive() with EOFError
        self._commands_recv.close()
        self._lock = threading.Lock()

    def send(self, message: Message) -> None:
        with self._lock:
            try:
                self._commands.send(message)
            except (BrokenPipeError, OSError):
                pass  # the process is gone; receive() reports it

    def start_run(self, run_id: int, config: ExperimentConfig, mode: RunMode, play: bool,
                  speed: float | None, activations: bool, initial: tuple[dict, int] | None = None,
                  race: tuple = ()) -> None:
        """A new run replacing the current one; ``initial`` = (weights, step) of a saved session; ``race``: a
        race's variants."""
        self.send(StartRun(run_id, config.to_json(), RunMode(mode), play, speed, activations, initial, race))

    def start_sweep(self, run_id: int, config: ExperimentConfig, key: str, values, jobs: int = 1) -> None:
        """Replace the current run with a sweep (core.run.sweep) of ``jobs`` workers: SweepProgress and SweepRow
        (as each value lands), then Ended."""
        self.send(StartSweep(run_id, config.to_json(), key, tuple(values), jobs))

    def receive(self):
        """Block until the next (run_id, item); raises EOFError once the process has ended."""
        return self._records.recv()

    def shutdown(self, timeout: float = 0.8) -> bool:
        """Ask the process to quit, wait up to ``timeout`` s, then kill it. True if it ended by itself."""
        self.send(Quit())
        self.process.join(timeout)
        clean = not self.process.is_alive()
        if not clean:
            self.process.kill()
            self.process.join(1.0)
        with self._lock:
            self._commands.close()
        return clean
