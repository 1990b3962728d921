"""The window's handle on the training process: it starts the process off the GUI thread, sends it typed
messages (core.run.messages) and brings its records home.

The GUI thread only sends small messages down a pipe; a superqt GeneratorWorker blocks on the other pipe and
emits each ``(run_id, item)``. It runs on a pool of its own: it blocks for the process's whole life, and on the
global pool it took one of its ``idealThreadCount()`` threads for good (on a one-core machine the only one, so no
save or export ever ran). Items from a run that has been replaced are dropped (napari's rule: a late signal
after cleanup is ignored). Worker signals land in ``@Slot`` methods, never in lambdas (PYSIDE-3124).
"""
from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from ..core.config import ExperimentConfig
from ..core.run.messages import (AskSnapshot, Cancel, Message, Pause, Play, Query, RunFor, RunMode, SetActivations,
                                 SetLive, SetSpeed, Step)
from .language import number
from .translated import translated

translate = QCoreApplication.translate  # every sentence here: translate("engine", "…")


def diverged_texts(record) -> tuple[str, str, str]:
    """What the window says when a run's loss diverged: status line, box title, box text."""
    text = translate("engine", "The loss diverged at step {step} (it became NaN or infinite) — lower the learning "
                               "rate, then press R to reset.").format(step=number(record.step))
    return text, translate("engine", "Training paused"), text


def failed_texts(text: str) -> tuple[str, str, str]:
    """What the window says when training stopped with an error (``text``, in the window's language)."""
    return (translate("engine", "Training stopped: {error}").format(error=text),
            translate("engine", "Training stopped"),
            translate("engine", "Training stopped with an error:\n\n{error}\n\nChange the settings and press R to "
                                "start again.").format(error=text))


def read_records(process):
    """The reader worker's generator: every message of the training process, until it ends."""
    while True:
        try:
            yield process.receive()
        except (EOFError, OSError):
            return


def launch_process():
    """The launcher worker's function: the first start waits for the process (seconds)."""
    from ..core.run.process import TrainingProcess

    return TrainingProcess()


class TrainingController(QObject):
    """Owns the training process and the current run (the app state, ui.state, is its one user).

    States: 'loading' (the process is starting), 'paused', 'running', 'sweeping' (a λ sweep replaces the live
    run), 'ended' (diverged, failed or swept: reset to go on), 'stopped' (shut down)."""

    run_started = Signal(object)  # core.live.RunInfo: a new net, clear the plots
    record = Signal(object)  # core.training.Record
    answer = Signal(object)  # AttackView, RobustnessCurve, Snapshot…: a reply to ask(); TrainingSet (an edit) too
    sweep = Signal(object)  # core.records.SweepProgress or SweepRow
    sweep_finished = Signal()
    diverged = Signal(object)
    failed = Signal(str)
    state_changed = Signal(str)
    snapshot = Signal(int, object)  # (request, core.records.Snapshot): the weights request_snapshot() asked for
    snapshot_lost = Signal(int, str)  # (request, why): the run or the process ended before it answered

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.state = "loading"
        self.process = None
        self.engine_ready = False
        self._reader = None
        self._reader_pool = QThreadPool(self)
        self._reader_pool.setMaxThreadCount(2)  # one reader at a time; a restart's may start as the last one ends
        self._launcher = None
        self._ids = itertools.count(1)
        self._run_id = 0
        self._pending: tuple[ExperimentConfig, RunMode, bool] | None = None
        self._pending_start: dict = {}  # the rest of that start: a session's weights, a race's variants
        self._pending_run_for: int | None = None
        self.training_for = False  # a train_for is under way: the process will pause itself at its step
        self._launching = False
        self._closing = False
        self.steps_per_second: float | None = None
        self.activations = False
        self._requests = itertools.count(1)
        self._snapshots: dict[int, int] = {}  # request -> the run asked; a run answers in the order asked

    # -- the process ----------------------------------------------------------------------------------------
    def load_engine(self, process=None) -> None:
        """Start the training process off the GUI thread, or take one already started (``process``: the app
        starts it before building the window, so torch loads while the window is drawn)."""
        if self._launching or self.process is not None:
            return
        if process is not None:
            self._on_launched(process)
            return
        from superqt.utils import create_worker

        self._launching = True
        self._set_state("loading")
        self._launcher = create_worker(launch_process, _start_thread=False)
        self._launcher.returned.connect(self._on_launched)
        self._launcher.errored.connect(self._on_launch_error)
        self._launcher.start()

    @Slot(object)
    def _on_launched(self, process) -> None:
        self._launching = False
        if self._closing:
            process.shutdown()
            return
        from superqt.utils import create_worker

        self.process = process
        # _ignore_errors: read_records ends quietly on EOF; superqt would re-raise anything else on this thread.
        self._reader = create_worker(read_records, process, _start_thread=False, _ignore_errors=True)
        self._reader.yielded.connect(self._on_message)
        self._reader.finished.connect(self._on_process_gone)
        self._reader_pool.start(self._reader)  # not worker.start(): that is the global pool

    @Slot(object)
    def _on_launch_error(self, exc: Exception) -> None:  # a broken install: tell the user, never die silently
        self._on_launch_failed(f"{type(exc).__name__}: {exc}")

    def _on_launch_failed(self, text: str) -> None:
        self._launching = False
        self._set_state("ended")
        self.failed.emit(translate("engine", "The training engine could not start: {error}").format(error=text))

    @Slot()
    def _on_process_gone(self) -> None:
        if self.process is not None:
            self.process.shutdown(timeout=0)  # reap it and close its pipes
        self.process = None
        self.engine_ready = False
        if not self._closing:
            self._set_state("ended")
            self.failed.emit(translate("engine", "The training process stopped unexpectedly. Press R to start it "
                                                 "again."))
            self._lose_snapshots(None, translate("engine", "the training process stopped before it sent the nets' "
                                                           "weights"))

    # -- runs -----------------------------------------------------------------------------------------------
    def start(self, config: ExperimentConfig, mode: RunMode = RunMode.SINGLE, play: bool | None = None,
              initial: tuple[dict, int] | None = None, race: tuple = ()) -> None:
        """Replace the current run with fresh nets for ``config`` in ``mode`` (it keeps playing if it was);
        ``initial`` is (weights, step) from a saved session, ``race`` a race's variants (core.run.race)."""
        if play is None:
            play = self.state == "running" or (self._pending is not None and self._pending[2])
        if not self.engine_ready:
            self._pending, self._pending_start = (config, mode, play), dict(initial=initial, race=race)
            self.load_engine()
            return
        self._pending, self._pending_start = None, {}
        self._run_id = next(self._ids)
        self.process.start_run(self._run_id, config, mode, play, self.steps_per_second, self.activations, initial,
                               race)
        self._set_state("running" if play else "paused")

    def play(self) -> None:
        if not self.engine_ready:
            if self._pending is not None:
                self._pending = (*self._pending[:2], True)
            return
        if self.state == "paused":
            self.process.send(Play())
            self._set_state("running")

    def pause(self) -> None:
        self._pending_run_for = None
        self.training_for = False
        if not self.engine_ready:
            if self._pending is not None:
                self._pending = (*self._pending[:2], False)
            return
        if self.state == "running":
            self.process.send(Pause())
            self._set_state("paused")

    @property
    def play_when_ready(self) -> bool:
        return self._pending is not None and self._pending[2]

    def toggle(self) -> None:
        running = self.state == "running" or (not self.engine_ready and self._pending and self._pending[2])
        self.pause() if running else self.play()

    def step(self) -> None:
        if self.engine_ready and self.state == "paused":
            self.process.send(Step(1))

    def start_sweep(self, config: ExperimentConfig, key: str, values: list[float], jobs: int = 1) -> bool:
        """Replace the live run with a sweep of ``jobs`` workers; False if the engine is not ready yet."""
        if not self.engine_ready:
            return False
        self._pending = None
        self._run_id = next(self._ids)
        self.process.start_sweep(self._run_id, config, key, values, jobs)
        self._set_state("sweeping")
        return True

    def cancel_sweep(self) -> None:
        if self.engine_ready and self.state == "sweeping":
            self.process.send(Cancel())

    def train_for(self, steps: int) -> None:
        """Train ``steps`` more steps, then pause: the process stops itself exactly there and says so
        (``Paused``), which turns the state back to 'paused'."""
        if not self.engine_ready:
            self._pending_run_for = steps
            self.play()
            return
        self._pending_run_for = None
        self.process.send(RunFor(steps))
        self.training_for = True
        self._set_state("running")

    def send(self, message: Message) -> None:
        if self.engine_ready:
            self.process.send(message)

    def set_live(self, key: str, value, variant: str | None = None) -> None:
        self.send(SetLive(key, value, variant))

    def set_speed(self, steps_per_second: float | None) -> None:
        self.steps_per_second = steps_per_second
        if self.engine_ready:
            self.process.send(SetSpeed(steps_per_second))

    @property
    def run_id(self) -> int:
        """The current run's number (a new one at each start, before its RunInfo arrives)."""
        return self._run_id

    def request_snapshot(self) -> int | None:
        """Ask the current nets for their weights and a full evaluation (a save). The reply arrives as
        ``snapshot`` with the request's number, or ``snapshot_lost`` if the run or the process ends first: a save
        never waits forever, and a later run's fresh nets never answer an earlier request. None when there is no
        live run to ask (loading, sweeping, or ended: a diverged run answers nothing)."""
        if not self.engine_ready or self.state not in ("running", "paused"):
            return None
        request = next(self._requests)
        self._snapshots[request] = self._run_id
        self.process.send(AskSnapshot())
        return request

    def _lose_snapshots(self, run_id: int | None, why: str) -> None:
        """Every request of run ``run_id`` (of any run: None) will never be answered: say so."""
        for request in [r for r, run in self._snapshots.items() if run_id is None or run == run_id]:
            del self._snapshots[request]
            self.snapshot_lost.emit(request, why)

    def _settle_snapshot(self, run_id: int, item) -> bool:
        """A Snapshot answers the oldest request of its run (even a replaced run's: the save asked that net);
        a run's Ended means its requests will never be answered. True when ``item`` was a requested Snapshot."""
        from ..core.records import Ended, Snapshot  # numpy only

        if isinstance(item, Snapshot):
            request = next((r for r, run in self._snapshots.items() if run == run_id), None)
            if request is not None:
                del self._snapshots[request]
                self.snapshot.emit(request, item)
                return True
        elif isinstance(item, Ended):
            replaced = run_id != self._run_id
            self._lose_snapshots(run_id, translate("engine", "a new run replaced the nets before they sent their "
                                                             "weights") if replaced
                                 else translate("engine", "the run ended (it failed or diverged) before it sent the "
                                                          "nets' weights"))
        return False

    def ask(self, query: Query) -> None:
        """A question about the current nets (core.run.live.answer); the reply arrives as ``answer``."""
        self.send(query)

    def set_activations(self, on: bool) -> None:
        self.activations = on
        if self.engine_ready:
            self.process.send(SetActivations(on))

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the process and the reader; True if every worker ended within ``timeout_ms``."""
        self._closing = True
        if self.process is not None:
            self.process.shutdown(timeout=min(0.8, timeout_ms / 1000))
        self._set_state("stopped")
        return self._reader_pool.waitForDone(timeout_ms) and QThreadPool.globalInstance().waitForDone(timeout_ms)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    # -- messages from the process --------------------------------------------------------------------------
    @Slot(object)
    def _on_message(self, message) -> None:
        run_id, item = message
        if run_id == 0:  # the process is up and has torch loaded
            self.engine_ready = True
            if self._pending is not None:
                self.start(*self._pending, **self._pending_start)
                if self._pending_run_for is not None:
                    self.train_for(self._pending_run_for)
            return
        if self._snapshots and self._settle_snapshot(run_id, item):
            return
        if run_id != self._run_id:
            return  # a late message from a run that was replaced
        from ..core.records import (AttackView, AugmentationPreview, EarlyStopped, Ended, Failed, Paused,
                                    RobustnessCurve, RunInfo, Snapshot, SweepProgress, SweepRow,
                                    TrainingSet)  # numpy only

        if isinstance(item, RunInfo):
            self.run_started.emit(item)
        elif isinstance(item, Failed):
            sweeping = self.state == "sweeping"
            self._set_state("ended")
            self.failed.emit(translated(item.message))  # a core Message: in the window's language
            if sweeping:
                self.sweep_finished.emit()
        elif isinstance(item, (AttackView, RobustnessCurve, Snapshot, AugmentationPreview, TrainingSet)):
            self.answer.emit(item)
        elif isinstance(item, (Paused, EarlyStopped)):
            self.training_for = False
            if self.state == "running":
                self._set_state("paused")  # a train_for ended, or early stopping: the process has paused itself
            if isinstance(item, EarlyStopped):
                self.answer.emit(item)
        elif isinstance(item, (SweepProgress, SweepRow)):
            self.sweep.emit(item)
        elif isinstance(item, Ended):
            if self.state == "sweeping":
                self._set_state("ended")
                self.sweep_finished.emit()
            elif self.state in ("running", "paused"):
                self._set_state("ended")
        else:
            self.record.emit(item)
            if item.diverged:
                self._set_state("ended")
                self.diverged.emit(item)
