"""The one worker path: start / play / pause / step / send / stop, with errors delivered as a signal.

Each run is ``core.live.live_run`` on a superqt GeneratorWorker. Before a new run the old one is told to quit and
its relay is disconnected, so a late record from it is ignored (napari's one-worker-per-view rule). The worker's
signals land in ``@Slot`` methods of a QObject relay, never in lambdas (PYSIDE-3124).
"""
from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.config import Command, ExperimentConfig


class _EngineLoader(QRunnable):
    """Imports superqt, torch, torchvision and the engine on the thread pool (seconds here), so the window
    paints first. Plain QRunnable: superqt itself is among what it loads."""

    class Signals(QObject):
        loaded = Signal(str)
        failed = Signal(str)

    def __init__(self):
        super().__init__()
        self.signals = self.Signals()

    def run(self) -> None:
        try:
            import superqt.utils  # noqa: F401
            import torchvision  # noqa: F401

            from ..core import live, training  # noqa: F401
        except Exception as exc:  # a broken install: tell the user rather than die silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.loaded.emit("ready")


class _Relay(QObject):
    """Receives one run's worker signals and forwards them tagged with the run's id."""

    def __init__(self, controller: "TrainingController", run_id: int):
        super().__init__(controller)
        self._controller = controller
        self.run_id = run_id

    @Slot(object)
    def on_yielded(self, item) -> None:
        self._controller._on_item(self.run_id, item)

    @Slot(object)
    def on_errored(self, exc) -> None:
        self._controller._on_error(self.run_id, exc)

    @Slot()
    def on_finished(self) -> None:
        self._controller._on_finished(self.run_id)


class TrainingController(QObject):
    """Owns the current run. States: 'loading' (engine importing), 'idle', 'paused', 'running', 'ended'."""

    run_started = Signal(object)  # core.live.RunInfo: a new net, clear the plots
    record = Signal(object)  # core.training.Record
    diverged = Signal(object)
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.state = "loading"
        self.engine_ready = False
        self._ids = itertools.count(1)
        self._run_id = 0
        self._worker = None
        self._relay: _Relay | None = None
        self._control = None
        self._play_when_ready = False
        self._pending: tuple[ExperimentConfig, bool] | None = None
        self.steps_per_second: float | None = None
        self.activations = False

    # -- engine import --------------------------------------------------------------------------------------
    def load_engine(self) -> None:
        loader = _EngineLoader()
        self._loader_relay = _LoaderRelay(self)
        loader.signals.loaded.connect(self._loader_relay.on_loaded)
        loader.signals.failed.connect(self._loader_relay.on_failed)
        self._loader = loader
        QThreadPool.globalInstance().start(loader)

    def _engine_loaded(self) -> None:
        self.engine_ready = True
        self._set_state("idle")
        if self._pending is not None:
            config, compare = self._pending
            self._pending = None
            self.start(config, compare)

    # -- runs -----------------------------------------------------------------------------------------------
    def start(self, config: ExperimentConfig, compare: bool = False, play: bool | None = None) -> None:
        """Replace the current run with a fresh net for ``config`` (paused unless playing was asked for)."""
        if play is None:
            play = self.state == "running" or self._play_when_ready
        self._play_when_ready = False
        if not self.engine_ready:
            self._pending = (config, compare)
            self._play_when_ready = play
            return
        self._retire()
        from superqt.utils import create_worker

        from ..core.live import LiveControl, live_run, make_trainer_factory

        self._run_id = next(self._ids)
        self._control = LiveControl(running=play)
        self._control.steps_per_second = self.steps_per_second
        self._control.activations = self.activations
        self._relay = _Relay(self, self._run_id)
        # _ignore_errors: our relay handles ``errored``; superqt would otherwise re-raise it on the GUI thread.
        self._worker = create_worker(live_run, make_trainer_factory(config, compare), self._control,
                                     _start_thread=False, _ignore_errors=True)
        self._worker.yielded.connect(self._relay.on_yielded)
        self._worker.errored.connect(self._relay.on_errored)
        self._worker.finished.connect(self._relay.on_finished)
        self._worker.start()
        self._set_state("running" if play else "paused")

    def play(self) -> None:
        if not self.engine_ready or self._control is None:
            self._play_when_ready = True
            return
        self._control.play()
        self._set_state("running")

    def pause(self) -> None:
        self._play_when_ready = False
        if self._control is not None:
            self._control.pause()
            self._set_state("paused")

    def toggle(self) -> None:
        self.pause() if self.state == "running" or self._play_when_ready else self.play()

    def step(self) -> None:
        if self._control is not None and self.state != "running":
            self._control.step(1)

    def send(self, key: str, value, variant: str | None = None) -> None:
        if self._control is not None:
            self._control.send(Command(key, value, variant))

    def set_speed(self, steps_per_second: float | None) -> None:
        self.steps_per_second = steps_per_second
        if self._control is not None:
            self._control.steps_per_second = steps_per_second

    def set_activations(self, on: bool) -> None:
        self.activations = on
        if self._control is not None:
            self._control.activations = on

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the run and wait for every worker (the engine import included); True if all ended in time."""
        self._retire()
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    @property
    def is_running(self) -> bool:
        return self.state == "running"

    def _retire(self) -> None:
        if self._control is not None:
            self._control.stop()
        if self._worker is not None:
            self._worker.quit()
            for signal, slot in ((self._worker.yielded, self._relay.on_yielded),
                                 (self._worker.errored, self._relay.on_errored),
                                 (self._worker.finished, self._relay.on_finished)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._worker = self._control = None
        self._run_id = 0

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    # -- worker signals -------------------------------------------------------------------------------------
    def _on_item(self, run_id: int, item) -> None:
        if run_id != self._run_id:
            return  # a late signal from a retired run
        from ..core.live import RunInfo

        if isinstance(item, RunInfo):
            self.run_started.emit(item)
            return
        self.record.emit(item)
        if item.diverged:
            self._set_state("ended")
            self.diverged.emit(item)

    def _on_error(self, run_id: int, exc: BaseException) -> None:
        if run_id != self._run_id:
            return
        self._worker = self._control = None
        self._set_state("ended")
        self.failed.emit(str(exc))

    def _on_finished(self, run_id: int) -> None:
        if run_id == self._run_id and self.state != "ended":
            self._set_state("ended")


class _LoaderRelay(QObject):
    def __init__(self, controller: TrainingController):
        super().__init__(controller)
        self._controller = controller

    @Slot(str)
    def on_loaded(self, _text: str) -> None:
        self._controller._engine_loaded()

    @Slot(str)
    def on_failed(self, text: str) -> None:
        self._controller.failed.emit(f"The training engine could not load: {text}")
