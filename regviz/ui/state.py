"""The app state: the experiment (config and run mode), what the current run has reported (its nets' names,
metric history and last record), and the one path from a control to the training process.

Two ways in (napari's ViewerModel, glue's state classes): ``set_value`` changes one key — live when the key is
live, otherwise a new run, decided here and nowhere else — and ``replace`` swaps the whole experiment (a preset,
a session, a lesson step, a panel's start button). Views listen to the signals; nothing reaches into another
object's attributes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..core.config import ConfigError, ExperimentConfig, is_live
from ..core.content import presets
from ..core.run.messages import (Query, RunMode, SetLive, SetTrainingPoints, changed_keys, needs_new_run,
                                 variant_for)
from ..core.run.race import race_configs
from ..core.translatable import QT_TRANSLATE_NOOP
from .engine import TrainingController
from .language import number
from .translated import error_text, translated

translate = QCoreApplication.translate  # every sentence here: translate("state", "…"), said in the window's language

LIVE_SEND_MS = 50  # slider storms reach the net at most 20 times a second; the last value always arrives
PAIR_PRESETS = {RunMode.BATCHNORM: "deep-batchnorm", RunMode.FGSM: "mnist-fgsm"}  # the panels' own experiments


class AppState(QObject):
    config_changed = Signal(object)  # ExperimentConfig: every control shows it
    mode_changed = Signal(object)  # RunMode
    run_requested = Signal()  # a new net is on its way (its RunInfo comes with run_started): views clear now
    run_started = Signal(object)  # core.records.RunInfo: a new net; views clear and set up
    live_changed = Signal(int, str, object)  # step, key, value: a live setting changed the running net there
    record = Signal(object)  # core.records.Record
    history_restored = Signal(object)  # {net: [metric rows]} of an opened session, before its nets train on
    status = Signal(object, int)  # a status-bar message (a str; a marked one follows the language) and how long
    # to show it (ms, 0 = until replaced)
    problem = Signal(str, str)  # a message box: title, text
    points_changed = Signal(object, object)  # 2-D data: the training set an edit starts from (points, classes)
    race_changed = Signal(object, object)  # a race's variants (() when none) and the one the controls change

    def __init__(self, config: ExperimentConfig, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self.mode = RunMode.SINGLE
        self.race: tuple = ()  # in RunMode.RACE: the variants, (name, {key: value}) each (core.run.race)
        self.target: str | None = None  # the variant the controls change in a race; None: every variant
        self.names: tuple[str, ...] = ("main",)
        self.history: dict[str, list[dict[str, float]]] = {}  # metric rows per net, for saved sessions
        self.last_record = None
        self.hold = None  # (kind: "play" | "step") -> True when it took the press: a lesson's open prediction
        self.predictions: list = []  # core.content.predict.ClassPrediction, each reveal of a lesson (sessions, CSV)
        self.engine = TrainingController(self)
        self.engine.run_started.connect(self._on_run_started)
        self.engine.record.connect(self._on_record)
        self.engine.answer.connect(self._on_answer)
        self._restoring = None  # an opened session: its metrics go to the views when its run starts
        self.points = None  # (points, classes) as the class edited them; None: the generated set
        self._points_data = None  # the data settings the edits were made on (others drop them)
        self._generated = (None, None)
        self._pending: dict[tuple[str, str | None], object] = {}  # (key, variant) -> the value to send
        self._send_timer = QTimer(self, singleShot=True, interval=LIVE_SEND_MS)
        self._send_timer.timeout.connect(self._send_pending)

    # -- the two ways in -------------------------------------------------------------------------------------
    @Slot(str, object)
    def set_value(self, key: str, value) -> bool:
        """A control changed ``key``: validate, then apply it to the running net (a live key) or start a new one,
        and say which. A refused value changes nothing and every control shows the config again. In a race the
        change goes to the variant the controls name (``target``), or to every variant."""
        if self.mode is RunMode.RACE:
            return self._set_race_value(key, value)
        try:
            updated = self.config.with_overrides({key: value})
        except ConfigError as exc:
            return self._refuse(exc)
        if updated == self.config:
            return True
        self.config = updated
        self.config_changed.emit(updated)
        if is_live(key):
            self._send_live(key, value, variant_for(self.mode, key))
            self.status.emit(translate("state", "{key} = {value} — applied to the running net").format(
                key=key, value=value), 4000)
            self.live_changed.emit(self.step, key, updated.get(key))
        else:
            self._new_run(translate("state", "{key} changed — the net was reset").format(key=key))
        return True

    def _set_race_value(self, key: str, value) -> bool:
        """``key`` = ``value`` for the race's target variant (its own setting from now on), or for every variant
        (the setting shared again); a live key reaches the running nets, any other restarts the race."""
        if self.target is None:
            race = tuple((name, {k: v for k, v in settings.items() if k != key}) for name, settings in self.race)
        else:
            race = tuple((name, {**settings, key: value} if name == self.target else settings)
                         for name, settings in self.race)
        try:
            config = self.config if self.target is not None else self.config.with_overrides({key: value})
            configs = race_configs(config, race)
        except ConfigError as exc:
            return self._refuse(exc)
        if configs == race_configs(self.config, self.race):
            return True
        self.config, self.race = config, race
        self._show()
        who = self.target or translate("state", "every variant")
        if is_live(key):
            self._send_live(key, value, self.target)
            self.status.emit(translate("state", "{key} = {value} — applied to {variant}").format(
                key=key, value=value, variant=who), 4000)
            self.live_changed.emit(self.step, key, value)
        else:
            self._new_run(translate("state", "{key} changed for {variant} — the race starts again from one start")
                          .format(key=key, variant=who))
        return True

    def _show(self) -> None:
        """Every control shows what it changes now: the experiment's or the target variant's settings, and the
        Race box the race's variants and target."""
        self.config_changed.emit(self.shown_config)
        self.race_changed.emit(self.race, self.target)

    def _refuse(self, exc: ConfigError) -> bool:
        self.status.emit(translate("state", "Not applied — {error}").format(error=error_text(exc)), 8000)
        self.config_changed.emit(self.shown_config)
        return False

    def _send_live(self, key: str, value, variant: str | None) -> None:
        """Send a live change now, or within LIVE_SEND_MS when others came just before (the last value wins)."""
        self._pending[(key, variant)] = value
        if not self._send_timer.isActive():
            self._send_pending()
            self._send_timer.start()

    @property
    def generated(self):
        """2-D data: the run's own training set (points, true classes) before any edit; None for images."""
        return None if self._generated[0] is None else self._generated

    @property
    def shown_config(self) -> ExperimentConfig:
        """What the controls show: the experiment, or in a race the variant they change."""
        if self.mode is RunMode.RACE and self.target is not None:
            return race_configs(self.config, self.race)[self.target]
        return self.config

    def replace(self, config: ExperimentConfig, mode: RunMode, message: str, *, play: bool | None = None,
                initial: tuple[dict, int] | None = None, restoring=None) -> None:
        """A whole new experiment: ``config`` in ``mode``. ``initial``: (weights, step) of a saved session to go
        on from; ``restoring``: that session, whose curves the views get back when the run starts."""
        self.config = config
        self._restoring = restoring
        self._set_mode(mode)
        self._show()
        self._new_run(message, play=play, initial=initial)

    def change_to(self, config: ExperimentConfig, mode: RunMode, message: str, *, new_net: bool = False) -> None:
        """Go to ``config`` in ``mode`` (a lesson step): the same net with live keys changed when that is all
        that differs, otherwise a new run (or when ``new_net`` asks for one)."""
        if new_net or needs_new_run(self.config, self.mode, config, mode):
            self.replace(config, mode, message)
            return
        for key in changed_keys(self.config, config):
            self.set_value(key, config.get(key))

    # -- built on them ---------------------------------------------------------------------------------------
    def load_preset(self, name: str) -> bool:
        try:
            config = presets.load(name)
        except ConfigError as exc:
            self.problem.emit(translate("state", "Preset"), error_text(exc))
            return False
        # A preset is one net, or one beside its baseline; the panels' pairs are their own experiments.
        mode = self.mode if self.mode is RunMode.BASELINE else RunMode.SINGLE
        self.replace(config, mode, translate("state", "Preset {name}: {description}").format(
            name=name, description=config.description))
        return True

    def start_pair(self, mode: RunMode) -> None:
        """A panel's experiment: the deep net with and without batch norm, or the standard and adversarially
        trained MNIST nets; FGSM's pair trains to the preset's step count at once and then pauses."""
        config = presets.load(PAIR_PRESETS[mode])
        if mode is RunMode.BATCHNORM:
            self.replace(config, mode, translate("state", "Batch norm: the same deep net with (solid) and without "
                                                          "(dashed) it"))
        else:
            self.replace(config, mode, translate("state", "FGSM: training a standard and an adversarially trained "
                                                          "net"), play=False)
            self.engine.train_for(config.training.steps)

    def start_race(self, race, config: ExperimentConfig | None = None) -> bool:
        """Race 2 to 4 variants of ``config`` (the experiment as it is when None; core.run.race): from one
        start, on the same minibatches. A bad race is refused with the reason and changes nothing."""
        race = tuple((str(name), dict(settings)) for name, settings in race)
        config = config or self.config
        try:
            race_configs(config, race)
        except ConfigError as exc:
            self.problem.emit(translate("state", "Race"), error_text(exc))
            return False
        self.race, self.target = race, None
        self.replace(config, RunMode.RACE, translate("state", "A race of {count}: {names} — from one start, on the "
                                                              "same minibatches").format(
            count=len(race), names=" / ".join(n for n, _ in race)))
        return True

    def set_target(self, name: str | None) -> None:
        """Which race variant the controls change from now on (None: every variant); they show its settings."""
        self.target = name if any(name == n for n, _ in self.race) else None
        self._show()

    def set_compare(self, on: bool) -> None:
        if bool(on) != (self.mode is RunMode.BASELINE):
            self.replace(self.config, RunMode.BASELINE if on else RunMode.SINGLE,
                         translate("state", "Comparing with an unregularized baseline (dashed)") if on else
                         translate("state", "Baseline off"))

    def reset(self, message: str | None = None) -> None:
        self._new_run(message or translate("state", "Reset — a new net from the same seed"))

    def restore_session(self, saved) -> None:
        """A loaded session (core.content.session.Session): its config, mode and curves, and its nets' weights
        (training goes on from the saved step); without weights the run starts again from its seed."""
        self.engine.pause()
        initial = (saved.weights, saved.step) if saved.weights else None
        self.points = saved.points  # sent when its run starts (after the nets are restored)
        self.race, self.target = tuple(saved.race), None
        self.predictions = list(saved.predictions)
        self._points_data = _data_settings(saved.config)
        said = translate("state", "Session {name}: step {step}, weights restored") if initial else translate(
            "state", "Session {name}: no weights saved, trained again from its seed")
        self.replace(saved.config, saved.mode, said.format(name=saved.config.name, step=number(saved.step)),
                     initial=initial, restoring=saved if initial else None)

    def set_training_points(self, points, labels) -> bool:
        """The class edited the 2-D training set (boundary clicks): every net trains on it from the next step,
        the same weights going on. The edits outlive a reset of the net, not a change of the data settings."""
        if len(points) < 2:
            self.status.emit(translate("state", "Not applied — keep at least two training points"), 6000)
            self.points_changed.emit(*(self.points or self._generated))
            return False
        self.points, self._points_data = (points, labels), _data_settings(self.config)
        self.points_changed.emit(points, labels)
        self.engine.send(SetTrainingPoints(points, labels))
        self.status.emit(translate("state", "{count} training points — the nets train on them from the next step")
                         .format(count=number(len(points))), 4000)
        return True

    def reset_points(self) -> None:
        """Back to the generated training set (Reset data)."""
        if self.points is not None:
            self.points = None
            self.points_changed.emit(*self._generated)
            self.engine.send(SetTrainingPoints(None, None))
            self.status.emit(translate("state", "The generated training set is back"), 4000)

    def toggle(self) -> None:
        """Space: play or pause. While the engine is still loading, the press is remembered and said so. A
        lesson's open prediction (``hold``) may take the press instead: training waits for the class."""
        if self.hold is not None and self.engine.state != "running" and self.hold("play"):
            return
        self.engine.toggle()
        if self.engine.state == "loading":
            playing = self.engine.play_when_ready
            self.status.emit(translate("state", "Loading the training engine — training starts as soon as it is "
                                                "ready") if playing
                             else translate("state", "Loading the training engine — paused"), 0)

    def step_once(self) -> None:
        """S: one training step (refused, with a message, while a lesson's prediction waits for the class)."""
        if self.hold is not None and self.hold("step"):
            return
        self.engine.step()

    def train_for(self, steps: int) -> None:
        """Train ``steps`` more steps, then pause (a lesson's "train": N)."""
        self.engine.train_for(steps)
        self.status.emit(translate("state", "Training {count} steps…").format(count=number(steps)), 4000)

    def ask(self, query: Query) -> None:
        self.engine.ask(query)

    def ask_snapshot(self) -> int | None:
        """Ask for the nets' weights and a full evaluation (a session being saved): the request's number, its
        reply the engine's ``snapshot`` or ``snapshot_lost``; None without a live run."""
        return self.engine.request_snapshot()

    @property
    def step(self) -> int:
        return self.last_record.step if self.last_record is not None else 0

    # -- inside ----------------------------------------------------------------------------------------------
    def _set_mode(self, mode: RunMode) -> None:
        mode = RunMode(mode)
        if mode is not self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)
        if mode is not RunMode.RACE:
            self.race, self.target = (), None
        self.engine.set_activations(mode is RunMode.BATCHNORM)  # per-layer statistics for the batch-norm view

    def _new_run(self, message: str, *, play: bool | None = None, initial: tuple[dict, int] | None = None) -> None:
        self._pending.clear()
        self.last_record = None
        self.run_requested.emit()
        self.engine.start(self.config, self.mode, play=play, initial=initial, race=self.race)
        self.status.emit(message, 6000)

    @Slot()
    def _send_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for (key, variant), value in pending.items():
            self.engine.send(SetLive(key, value, variant))

    @Slot(object)
    def _on_run_started(self, info) -> None:
        self.names = tuple(info.names)
        self.last_record = None
        self.history = {name: [] for name in self.names}
        restoring, self._restoring = self._restoring, None
        self.run_started.emit(info)
        self._generated = (info.train_points, info.train_labels)
        if self.points is not None and (info.is_image or self._points_data != _data_settings(self.config)):
            self.points = None
            self.status.emit(translate("state", "New data settings: the edited training points were dropped"), 6000)
        if self.points is not None:  # a reset keeps the class's edits
            self.engine.send(SetTrainingPoints(*self.points))
        self.points_changed.emit(*(self.points or self._generated))
        if restoring is not None:
            for name, rows in restoring.metrics.items():
                if name in self.history:
                    self.history[name] = list(rows)
            self.history_restored.emit(dict(self.history))
        if self.engine.state == "paused":
            self.status.emit(QT_TRANSLATE_NOOP("state", "Ready — press Space to train"), 0)  # said again on a switch

    @Slot(object)
    def _on_answer(self, reply) -> None:
        from ..core.records import EarlyStopped  # numpy only

        if isinstance(reply, EarlyStopped):
            self.status.emit(translate("state", "{stopped} Space trains on.").format(
                stopped=translated(reply.message)), 0)

    @Slot(object)
    def _on_record(self, record) -> None:
        from ..core.content.session import metrics_row  # numpy only

        self.last_record = record
        for m in record.models:
            self.history.setdefault(m.name, []).append(metrics_row(record, m))
        self.record.emit(record)


def _data_settings(config: ExperimentConfig) -> tuple:
    """What the generated training set depends on (label noise is applied on top of any set)."""
    d = config.data
    return d.name, d.samples, d.noise, d.train_fraction, config.training.seed, d.n_classes, \
        tuple(map(tuple, d.rows))  # not the input features: the same points, seen through other features
