"""Training in its own process, so the window and the net never share Python's GIL.

Why a process: the small nets regviz teaches with are bound by Python overhead, not arithmetic, so a training
thread and the GUI thread take turns on the GIL. Measured here with a thread: the window got 21 % of headless
speed and the event loop stalled for up to 100 ms. A process keeps one core each.

``TrainingProcess`` is the client (used by the app's controller; no Qt here): it starts the process, sends small
tuples down one pipe, and ``receive()`` reads ``(run_id, item)`` from the other, item being a RunInfo, a Record,
``Failed`` or ``Ended``. ``serve`` is the process's main: a listener thread turns messages into LiveControl calls,
and the main thread runs ``live.live_run`` for each started run.
"""
from __future__ import annotations

import multiprocessing
import queue
import sys
import threading
from multiprocessing.connection import Connection

from ..config import Command, ExperimentConfig
from ..records import Ended, Failed, SweepProgress, SweepRow

PROGRESS_SECONDS = 0.1  # a sweep's progress messages, at most this often


def serve(commands: Connection, records: Connection) -> None:
    """The training process's main: run live sessions until told to quit or the parent goes away."""
    from .live import LiveControl

    sessions: queue.Queue = queue.Queue()
    current: dict[str, LiveControl | None] = {"control": None}

    def listen() -> None:
        while True:
            try:
                message = commands.recv()
            except (EOFError, OSError):
                message = ("quit",)
            kind = message[0]
            control = current["control"]
            if kind in ("start", "sweep", "quit", "cancel") and control is not None:
                control.stop()
            if kind == "quit":
                sessions.put(None)
                return
            if kind == "start":
                _, run_id, config_json, mode, play, speed, activations, initial = message
                control = LiveControl(running=play)
                control.initial = initial
                control.steps_per_second = speed
                control.activations = activations
                current["control"] = control
                sessions.put((run_id, config_json, mode, control))
            elif kind == "sweep":
                _, run_id, config_json, param, values = message
                control = LiveControl()
                control.sweep = (param, values)
                current["control"] = control
                sessions.put((run_id, config_json, "sweep", control))
            elif control is not None:
                _apply(control, message)

    threading.Thread(target=listen, name="regviz-commands", daemon=True).start()
    try:
        _sessions(sessions, records)
    except (BrokenPipeError, EOFError, OSError):
        pass  # the window has gone: nothing left to report to
    finally:
        records.close()


def _sessions(sessions: queue.Queue, records: Connection) -> None:
    from .live import TrainingFailed, live_run, make_trainer_factory

    records.send((0, "ready"))
    while True:
        session = sessions.get()
        if session is None:
            break
        run_id, config_json, mode, control = session
        if control.quit:
            continue  # replaced before it began
        try:
            config = ExperimentConfig.from_json(config_json)
            if mode == "sweep":
                _sweep(config, control, run_id, records)
            else:
                for item in live_run(make_trainer_factory(config, mode), control):
                    records.send((run_id, item))
        except TrainingFailed as exc:
            records.send((run_id, Failed(str(exc))))
        except Exception as exc:  # a config that cannot even be read
            records.send((run_id, Failed(f"{type(exc).__name__}: {exc}")))
        records.send((run_id, Ended()))


class _Cancelled(Exception):
    pass


def _sweep(config: ExperimentConfig, control, run_id: int, records: Connection) -> None:
    """core.sweep in the training process (the one worker path), with progress; cancelled between evaluations
    by a "cancel" (or any new run)."""
    import time

    from .sweep import sweep

    param, values = control.sweep
    total = len(values) * config.training.steps
    done, last = 0, 0.0

    def on_step(n: int) -> None:
        nonlocal done, last
        if control.quit:
            raise _Cancelled
        done += n
        if time.perf_counter() - last >= PROGRESS_SECONDS or done == total:
            last = time.perf_counter()
            records.send((run_id, SweepProgress(done, total)))

    try:
        for row in sweep(config, param, values, on_step):
            records.send((run_id, SweepRow(row)))
    except _Cancelled:
        pass


def _apply(control, message: tuple) -> None:
    kind = message[0]
    if kind == "play":
        control.play()
    elif kind == "pause":
        control.pause()
    elif kind == "step":
        control.step(message[1])
    elif kind == "send":
        control.send(Command(*message[1:]))
    elif kind == "run_for":
        control.run_for(message[1])
    elif kind == "speed":
        control.steps_per_second = message[1]
    elif kind == "activations":
        control.activations = message[1]
    elif kind == "ask":
        control.ask(message[1:])


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (Linux): the server imports torch once, and every later training process
    forks from it in milliseconds. spawn elsewhere, and in a frozen app."""
    if getattr(sys, "frozen", False) or "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["regviz.core.run.live"])
    return ctx


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

    def send(self, *message) -> None:
        with self._lock:
            try:
                self._commands.send(message)
            except (BrokenPipeError, OSError):
                pass  # the process is gone; receive() reports it

    def start_run(self, run_id: int, config: ExperimentConfig, mode: str, play: bool,
                  speed: float | None, activations: bool, initial: tuple[dict, int] | None = None) -> None:
        """A new run replacing the current one; ``mode`` as in Trainer.for_mode; ``initial`` = (weights, step)
        of a saved session to start from."""
        self.send("start", run_id, config.to_json(), mode, play, speed, activations, initial)

    def start_sweep(self, run_id: int, config: ExperimentConfig, param: str, values: list[float]) -> None:
        """Replace the current run with a λ sweep (core.sweep): SweepProgress and SweepRow items, then Ended."""
        self.send("sweep", run_id, config.to_json(), param, list(values))

    def receive(self):
        """Block until the next (run_id, item); raises EOFError once the process has ended."""
        return self._records.recv()

    def shutdown(self, timeout: float = 0.8) -> bool:
        """Ask the process to quit, wait up to ``timeout`` s, then kill it. True if it ended by itself."""
        self.send("quit")
        self.process.join(timeout)
        clean = not self.process.is_alive()
        if not clean:
            self.process.kill()
            self.process.join(1.0)
        with self._lock:
            self._commands.close()
        return clean
