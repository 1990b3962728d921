"""Files the window writes, written off the GUI thread: a session, an export or an autosave either lands whole or
says it did not, and the event loop never waits on a disk.

What Qt must paint (a plot, the window) is painted on the GUI thread into memory; encoding (PNG, GIF, JSON) and
writing happen on the thread pool, every file with ``user_files.write_atomic``, so a full disk raises, names the
file and leaves the earlier file whole (Qt's own file writers ignore a failed write and hand over a truncated
file). Results come back to the GUI thread in one ``@Slot`` (worker signals never go to lambdas: PYSIDE-3124).
"""
from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ..core.content import session as sessions
from ..core.content.user_files import write_atomic

Data = bytes | str | Callable[[], bytes | str]  # what a file holds, or how to make it (run on the worker)


class WriteError(OSError):
    """One file of a job could not be written: ``path``, why, and the files written before it."""

    def __init__(self, path: Path, error: Exception, written: Sequence[Path]):
        super().__init__(f"{path}: {error}")
        self.path, self.error, self.written = path, error, list(written)


def write_files(files: Sequence[tuple[Path, Data]]) -> list[Path]:
    """Write each file atomically, in order; the first that fails stops the job (WriteError). Empty data is a
    failure: an exporter that drew nothing must not replace a good file with an empty one."""
    written: list[Path] = []
    for path, data in files:
        try:
            payload = data() if callable(data) else data
            if not payload:
                raise OSError("nothing to write (the exporter produced no data)")
            write_atomic(path, payload)
        except Exception as exc:
            raise WriteError(path, exc, written) from None
        written.append(path)
    return written


class BackgroundWrites(QObject):
    """Runs write jobs on the thread pool and calls ``done(result)`` or ``failed(exception)`` back on the GUI
    thread. ``busy`` while any is under way (the window waits for them before it closes); ``idle`` when the last
    one has ended."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._numbers = itertools.count(1)
        self._jobs: dict[int, tuple] = {}

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(self, work: Callable[[], object], done: Callable[[object], None],
               failed: Callable[[Exception], None]) -> None:
        from superqt.utils import create_worker

        number = next(self._numbers)
        worker = create_worker(_run, number, work, _start_thread=False)
        worker.returned.connect(self._on_returned)
        self._jobs[number] = (done, failed, worker)
        worker.start()

    @Slot(object)
    def _on_returned(self, reply) -> None:
        number, ok, value = reply
        done, failed, _ = self._jobs.pop(number)
        try:
            (done if ok else failed)(value)
        finally:
            if not self._jobs:
                self.idle.emit()


def _run(number: int, work: Callable[[], object]) -> tuple[int, bool, object]:
    """The worker's function: never raises, so every failure reaches ``failed`` as a message, never a log."""
    try:
        return number, True, work()
    except Exception as exc:
        return number, False, exc


def capture_session(state) -> sessions.Session:
    """The session as it is when the user saves: config, mode, step, metrics, edited points, race and the class's
    predictions. The weights come later (a Snapshot); if they never come, this is what can still be saved."""
    return sessions.Session(state.config, state.mode.value, state.step,
                            {name: list(rows) for name, rows in state.history.items()}, {}, None, state.points,
                            state.race, tuple(state.predictions))


def with_snapshot(saved: sessions.Session, snapshot, weights: bool) -> sessions.Session:
    """``saved`` completed by the nets' Snapshot: its step and full evaluation, and its weights if ``weights``."""
    return dataclasses.replace(saved, step=snapshot.step, final=snapshot.final,
                               weights=snapshot.weights if weights else None)


def session_bytes(saved: sessions.Session) -> Callable[[], str]:
    """The session's file text, made on the worker (base64 and JSON of a few MB of weights take a while)."""
    return lambda: saved.to_json() + "\n"
