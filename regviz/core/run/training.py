"""The one training loop: a generator that runs steps and yields frozen records, and takes commands between steps.

A ``Trainer`` trains one or more *variants* in lockstep: same initial weights (same seed), same minibatches, each
with its own regularizers. ``Trainer.for_mode`` builds the pairs the app shows (core.run.messages.RunMode).
Live changes arrive as ``SetLive`` messages through ``apply`` (the live loop calls it between steps).
Records carry floats and small copied numpy arrays only, so they can cross a thread boundary safely.

The hot loop keeps to what a hand-written torch loop does (index a batch, forward, backward, step) plus the
regularizers that are on; losses are summed on the device and only read at evaluation time, so a NaN shows up in
the next record (``diverged``) rather than as an exception from deep inside.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace

import numpy as np
import torch
import torch.nn.functional as F

from ..config import FIELDS, ConfigError, ExperimentConfig, is_live
from ..maths import data as data_mod
from ..maths.adversarial import PIXEL_RANGE, adversarial_loss
from ..maths.models import Classifier, build_model, penalized_parameters
from ..maths.network import network_view
from ..maths.probes import activation_stats, dropout_masks
from ..maths.regularizers import FlatWeights, l1_norm, sparsity, squared_l2_norm
from ..records import EarlyStopped, ErrorView, ModelRecord, Record
from ..translatable import QT_TRANSLATE_NOOP, message_of
from .messages import RunMode, SetLive, run_mode, variant_configs
from .optimizers import make_optimizer
from .race import one_start
from .stacked import stackable, stacked_losses

EVAL_LIMIT = 2000  # examples per split used for the loss/accuracy curves
CONV_EVAL_CHUNK = 256  # examples per forward pass when a conv net is evaluated (see Trainer._scores)
GRID = 64  # decision-boundary grid resolution
CURVE_POINTS = 200  # x values the fitted curve of a regression is drawn at
HIST_BINS = 41  # odd, so one bin is centred on zero (where L1's spike appears)



@dataclass
class _Variant:
    name: str
    config: ExperimentConfig
    model: Classifier
    optimizer: torch.optim.Optimizer | None  # set by Trainer._make_optimizers once every variant exists
    penalty: FlatWeights  # the penalized weights, flat
    weights: list[torch.nn.Parameter]
    pipeline: object | None = None
    loss_sum: torch.Tensor = field(default_factory=lambda: torch.zeros(()))
    loss_count: int = 0
    best_step: int | None = None  # the step of the lowest validation loss so far (data.validation_fraction)
    best_val_loss: float = math.inf
    best_state: dict | None = None  # that net's weights, when early stopping may restore them
    since_best: int = 0  # validation checks since then
    first_check: int | None = None  # the step of the first validation check (best there: it never improved)
    checked: tuple | None = None  # (step, validation loss, accuracy) of the last check, for that step's record


def pick_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ConfigError(QT_TRANSLATE_NOOP("training", "training.device = 'cuda': no CUDA device is available here; "
                                                        "use 'auto' or 'cpu'"))
    return torch.device(name)


def _steps_alike(cfg: ExperimentConfig) -> tuple:
    """What one optimizer's single parameter group holds: variants equal in it can share one optimizer."""
    t = cfg.training
    return t.optimizer, t.lr, t.momentum, cfg.regularization.weight_decay


OPTIMIZER_KEYS = ("training.lr", "training.momentum", "regularization.weight_decay")  # the live ones of those


class Trainer:
    """Owns data, models and optimizers; ``run()`` is the generator the CLI and the app's worker iterate."""

    def __init__(self, config: ExperimentConfig, variants: dict[str, ExperimentConfig] | None = None,
                 dataset: data_mod.Dataset | None = None, eval_limit: int = EVAL_LIMIT, side_by_side: bool = False):
        variants = variants or {"main": config}
        first = next(iter(variants.values()))
        for name, cfg in variants.items():
            if one_start(cfg) != one_start(first):
                raise ConfigError(QT_TRANSLATE_NOOP("training", "variant {name!r}: lockstep variants must share "
                                                                "data, batch size and seed").format(name=name))
        self.config = first
        seed = first.training.seed
        torch.manual_seed(seed)  # dropout masks and augmentation draws
        self.device = pick_device(first.training.device)
        self.data = (dataset or data_mod.load(first.data, seed)).to(self.device)
        if first.data.validation_fraction and self.data.x_val is None:
            self.data = self.data.with_validation(first.data.validation_fraction)
        self.regression = self.data.task == "regression"  # MSE loss, R² in the accuracy fields, a fitted curve
        self.true_labels = self.data.y_train  # before label noise; the classes an edited set was given
        self._generated = (self.data.x_train, self.data.y_train)
        self._set_label_noise(first.data.label_noise)
        self.variants = [self._make_variant(name, cfg) for name, cfg in variants.items()]
        self._race = side_by_side  # a race: its MLPs side by side when they allow (core.run.stacked), and its
        # nets that step alike on one optimizer
        self._side_by_side = False
        self._optimizers: list[torch.optim.Optimizer] = []  # each once (race nets that step alike share one)
        self._check_side_by_side()
        self._make_optimizers()
        self.step_count = 0
        self._batches = torch.Generator().manual_seed(seed)
        self._order = torch.empty(0, dtype=torch.long)
        self._cursor = 0
        self._seen = 0  # training examples drawn so far (a batch can be larger than a tiny training set)
        self._train_seconds = 0.0
        self._eval_limit = eval_limit  # examples per split in each record (the app uses fewer, for pace)
        self._grid, self.boundary_extent = self._make_grid() if not self.data.is_image else (None, None)
        self.stopped_at: int | None = None  # early stopping ended the run here
        self._watch_validation()

    @classmethod
    def for_mode(cls, config: ExperimentConfig, mode: RunMode | str = RunMode.SINGLE, race: tuple = (),
                 **kwargs) -> "Trainer":
        """The nets ``mode`` trains in lockstep (core.run.messages.variant_configs; ``race``: a race's variants).
        Batch norm and dropout draw no random numbers at construction, so every net starts from the same
        weights."""
        try:
            mode = run_mode(mode)
        except ValueError as exc:
            raise ConfigError(message_of(exc)) from None
        return cls(config, variant_configs(config, mode, race), side_by_side=mode is RunMode.RACE, **kwargs)

    @classmethod
    def compare(cls, config: ExperimentConfig, **kwargs) -> "Trainer":
        """The configured run and its unregularized baseline, from the same initialisation."""
        return cls.for_mode(config, RunMode.BASELINE, **kwargs)

    def _make_variant(self, name: str, cfg: ExperimentConfig) -> _Variant:
        model = build_model(self.data.input_shape, self.data.n_outputs, cfg.model, cfg.training.seed,
                            tuple(cfg.data.features), self.data.x_range or (-1.0, 1.0))
        model.to(self.device).train()
        penalty = FlatWeights(penalized_parameters(model, cfg.regularization.include_bias))
        variant = _Variant(name, cfg, model, None, penalty, penalized_parameters(model, False),
                           loss_sum=torch.zeros((), device=self.device))
        self._rebuild_pipeline(variant)
        return variant

    def _rebuild_pipeline(self, v: _Variant) -> None:
        aug = v.config.regularization.augmentation
        if aug.enabled and self.data.is_image:
            from ..maths.augmentation import build_pipeline  # torchvision: imported only when augmentation is on

            v.pipeline = build_pipeline(aug, self.data.input_shape[-2:])
        else:
            v.pipeline = None

    def _set_label_noise(self, share: float) -> None:
        """Train on labels with ``share`` of them flipped (data.noisy_labels); the test labels stay clean."""
        labels = self.true_labels
        if share and not self.regression:  # config validation refuses label noise on a regression
            labels = data_mod.noisy_labels(labels, self.data.n_classes, share, self.config.training.seed)
        self.data = replace(self.data, y_train=labels)

    def set_training_points(self, points, labels) -> None:
        """Train every net on these 2-D points and true classes from the next step (label noise applied on
        top), or on the generated set again when ``points`` is None. The weights are kept: the class watches the
        same net react to a point it clicked in."""
        if self.data.is_image:
            raise ConfigError(QT_TRANSLATE_NOOP("training", "training points can be edited on 2-D data only"))
        if points is None:
            x, y = self._generated
        elif self.regression:
            x, y = _regression_points(points, labels)
        else:
            x = torch.as_tensor(np.asarray(points, dtype=np.float32))
            y = torch.as_tensor(np.asarray(labels, dtype=np.int64))
            limit = int(FIELDS["data.samples"].high)
            if x.dim() != 2 or x.shape[1] != 2 or y.shape != (len(x),) or not 2 <= len(x) <= limit:
                raise ConfigError(QT_TRANSLATE_NOOP("training", "training points: 2 to {limit:,} points (x, y), each "
                                                                "with a class").format(limit=limit))
            if not bool(torch.isfinite(x).all()) or bool(((y < 0) | (y >= self.data.n_classes)).any()):
                raise ConfigError(QT_TRANSLATE_NOOP("training", "training points: every coordinate finite, every "
                                                                "class one of {classes}")
                                  .format(classes=', '.join(self.data.classes)))
        self.true_labels = y.to(self.device)
        self.data = replace(self.data, x_train=x.to(self.device))
        self._set_label_noise(self.config.data.label_noise)
        self._order, self._cursor = torch.empty(0, dtype=torch.long), 0  # the next batch draws from the new set

    @property
    def names(self) -> list[str]:
        return [v.name for v in self.variants]

    def model(self, name: str | None = None) -> Classifier:
        return self._variant(name).model

    def _variant(self, name: str | None) -> _Variant:
        if name is None:
            return self.variants[0]
        for v in self.variants:
            if v.name == name:
                return v
        raise KeyError(name)

    def state_arrays(self, name: str | None = None) -> dict[str, np.ndarray]:
        """One net's parameters and buffers as numpy copies (for a saved session)."""
        return {k: v.detach().cpu().numpy().copy() for k, v in self.model(name).state_dict().items()}

    def load_state(self, weights: dict[str, dict[str, np.ndarray]], step: int = 0) -> None:
        """Start from saved weights (a session): copied into the existing parameters, so the flat penalty
        views stay valid; the step counter goes on from ``step``. Optimizer state starts afresh."""
        for name, arrays in weights.items():
            if name not in self.names:
                raise ConfigError(QT_TRANSLATE_NOOP("training", "saved weights for a net called {name!r}; this run "
                                                                "has {names}")
                                  .format(name=name, names=', '.join(self.names)))
            try:
                self.model(name).load_state_dict({k: torch.from_numpy(np.asarray(v)) for k, v in arrays.items()})
            except RuntimeError as exc:
                raise ConfigError(QT_TRANSLATE_NOOP("training", "saved weights do not fit the net {name!r}: {problem}")
                                  .format(name=name, problem=str(exc).splitlines()[0])) from None
        self.step_count = step
        self._seen = step * self.config.training.batch_size

    def full_evaluation(self) -> Record:
        """A record on up to EVAL_LIMIT examples per split, whatever the live limit (for saved sessions, so
        they compare with a headless run)."""
        limit, self._eval_limit = self._eval_limit, EVAL_LIMIT
        try:
            return self.evaluate()
        finally:
            self._eval_limit = limit

    @property
    def epoch(self) -> float:
        return self._seen / len(self.data.y_train)

    # -- the hot loop ------------------------------------------------------------------------------------------
    def _next_batch(self) -> torch.Tensor:
        """Indices of the next minibatch: a fresh permutation each epoch, shared by every variant."""
        bs = self.config.training.batch_size
        n = len(self.data.y_train)
        if self._cursor + bs > len(self._order):
            self._order = torch.randperm(n, generator=self._batches).to(self.device)
            self._cursor = 0
        idx = self._order[self._cursor:self._cursor + bs]
        self._cursor += bs
        self._seen += len(idx)
        return idx

    def _make_optimizers(self) -> None:
        """One optimizer per net; in a race, one for all the nets whose optimizer settings are equal (Adam is
        elementwise, so one call over every net's weights is the same maths as one per net, without paying
        torch.optim's per-call overhead four times). Made again when a live change moves a setting (which may
        split or join a race's nets): each weight keeps its optimizer state (its moment estimates, its step
        count)."""
        state = {p: s for v in self.variants if v.optimizer is not None for p, s in v.optimizer.state.items()}
        groups: dict[tuple, list[_Variant]] = {}
        for v in self.variants:
            key = _steps_alike(v.config) if self._race else v.name
            groups.setdefault(key, []).append(v)
        self._optimizers = []
        for members in groups.values():
            optimizer = make_optimizer([p for v in members for p in v.model.parameters()], members[0].config)
            self._optimizers.append(optimizer)
            for v in members:
                for p in v.model.parameters():
                    if p in state:
                        optimizer.state[p] = state[p]
                v.optimizer = optimizer
                v.penalty.attach(optimizer)

    def step(self) -> None:
        """One optimizer step for every variant, on the same minibatch."""
        start = time.perf_counter()
        idx = self._next_batch()
        xb, yb = self.data.x_train[idx], self.data.y_train[idx]
        for optimizer in self._optimizers:
            optimizer.zero_grad(set_to_none=True)
        if self._side_by_side:  # a race of MLPs: one batched pass for all (core.run.stacked)
            losses = stacked_losses([v.model for v in self.variants], xb, yb)
            losses.sum().backward()
            losses = losses.detach()
        else:
            losses = []
            for v in self.variants:
                loss = self._loss(v, xb, yb)
                loss.backward()
                losses.append(loss.detach())
        for v in self.variants:
            if v.config.regularization.l2:
                v.penalty.add_l2_gradient(v.config.regularization.l2)
        for optimizer in self._optimizers:
            optimizer.step()
        for v, loss in zip(self.variants, losses):
            if v.config.regularization.l1:
                v.penalty.l1_proximal_step(v.config.regularization.l1)
            v.loss_sum += loss
            v.loss_count += 1
        self.step_count += 1
        self._train_seconds += time.perf_counter() - start
        if self.step_count % self.config.training.eval_every == 0:
            self._watch_validation()

    def _loss(self, v: _Variant, xb: torch.Tensor, yb: torch.Tensor) -> torch.Tensor:
        """One variant's training loss on the minibatch: augmented, or mixed with adversarial examples, if asked."""
        reg = v.config.regularization
        x = _augment(v.pipeline, xb) if v.pipeline is not None else xb
        if self.regression:
            return mse(v.model(x), yb)
        if reg.adversarial.epsilon > 0:
            clip = PIXEL_RANGE if self.data.is_image else None
            return adversarial_loss(v.model, x, yb, reg.adversarial.epsilon, reg.adversarial.weight, clip)
        return F.cross_entropy(v.model(x), yb)

    # -- commands ----------------------------------------------------------------------------------------------
    def apply(self, command: SetLive) -> None:
        """Change a live setting without touching the weights; anything else needs a reset (ConfigError)."""
        if not is_live(command.key):
            raise ConfigError(QT_TRANSLATE_NOOP("training", "{key}: cannot change while training; reset the run to "
                                                            "change it").format(key=command.key))
        shared = command.key.startswith("data.")  # lockstep variants train on one data set
        targets = self.variants if command.variant is None or shared else [self._variant(command.variant)]
        for v in targets:
            v.config = v.config.with_overrides({command.key: command.value})  # validates
            v.model.set_dropout(v.config.model.dropout)
            if command.key.startswith("regularization.augmentation."):
                self._rebuild_pipeline(v)
        if command.key.startswith(("training.", "data.")):
            self.config = self.variants[0].config
        self._check_side_by_side()
        if command.key in OPTIMIZER_KEYS:
            self._make_optimizers()  # the new setting, every weight keeping its state (a race regrouped)
        if command.key == "data.label_noise":
            self._set_label_noise(self.config.data.label_noise)

    def _check_side_by_side(self) -> None:
        """Whether the next steps run the variants side by side (a race whose nets allow it, as set now)."""
        self._side_by_side = self._race and stackable([v.config for v in self.variants])

    # -- early stopping ----------------------------------------------------------------------------------------
    def _watch_validation(self) -> None:
        """Every ``training.eval_every`` steps (and at the start): each net's validation loss, its best step so
        far, and early stopping: after ``patience`` checks without a lower loss the run stops, and with
        ``restore_best`` the nets that asked for it get their best weights back. The test set is never looked at."""
        if self.data.x_val is None or self.stopped_at is not None:
            return
        stop = False
        for v in self.variants:
            loss, accuracy = self._eval_mode_loss(v.model, self.data.x_val, self.data.y_val)
            v.checked = (self.step_count, loss, accuracy)
            rule = v.config.training.early_stopping
            if v.first_check is None:
                v.first_check = self.step_count
            if loss < v.best_val_loss:
                v.best_step, v.best_val_loss, v.since_best = self.step_count, loss, 0
                if rule.patience and rule.restore_best:
                    v.best_state = {k: t.detach().clone() for k, t in v.model.state_dict().items()}
            else:
                v.since_best += 1
            stop |= bool(rule.patience) and v.since_best >= rule.patience
        if stop:
            self.stopped_at = self.step_count
            for v in self.variants:
                if v.best_state is not None:
                    with torch.no_grad():
                        v.model.load_state_dict(v.best_state)  # copies into the same (flat-viewed) tensors
                        v.checked = None  # those numbers were the last weights'

    def early_stopped(self) -> EarlyStopped | None:
        """What early stopping did (the first net's, as the window and the CLI report it); None before it did."""
        if self.stopped_at is None:
            return None
        first = self.variants[0]
        return EarlyStopped(self.stopped_at, first.best_step or 0, first.best_state is not None,
                            first.best_step == first.first_check)

    def _eval_mode_loss(self, model: Classifier, x: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
        model.eval()
        try:
            return self._loss_accuracy(model, x, y)
        finally:
            model.train()

    def _validation(self, v: _Variant, n: int) -> tuple[float | None, float | None]:
        """A record's validation loss and accuracy: the check made at this very step when it covered the same
        examples (the CLI records at the checks' cadence), else measured now."""
        if self.data.x_val is None:
            return None, None
        if v.checked is not None and v.checked[0] == self.step_count and len(self.data.y_val) <= n:
            return v.checked[1:]
        return self._loss_accuracy(v.model, self.data.x_val[:n], self.data.y_val[:n])

    # -- evaluation --------------------------------------------------------------------------------------------
    def _make_grid(self) -> tuple[torch.Tensor, tuple[float, float, float, float]]:
        if self.regression:
            return self._make_curve_grid()
        pts = torch.cat([self.data.x_train, self.data.x_test]).cpu()
        lo, hi = float(pts.min()) - 0.2, float(pts.max()) + 0.2
        axis = torch.linspace(lo, hi, GRID)
        gy, gx = torch.meshgrid(axis, axis, indexing="ij")
        return torch.stack([gx.flatten(), gy.flatten()], 1).to(self.device), (lo, hi, lo, hi)

    def _make_curve_grid(self) -> tuple[torch.Tensor, tuple[float, float, float, float]]:
        """A regression's CURVE_POINTS x values over the data's span and a little beyond, and the extent the
        fitted-curve view shows: (x0, x1, y0, y1) with room around the points."""
        xs = torch.cat([self.data.x_train, self.data.x_test]).cpu()[:, 0]
        ys = torch.cat([self.data.y_train, self.data.y_test]).cpu()
        x0, x1 = float(xs.min()), float(xs.max())
        y0, y1 = float(ys.min()), float(ys.max())
        dx, dy = max(x1 - x0, 1e-6) * 0.05, max(y1 - y0, 1e-6) * 0.25
        x0, x1, y0, y1 = x0 - dx, x1 + dx, y0 - dy, y1 + dy
        return torch.linspace(x0, x1, CURVE_POINTS)[:, None].to(self.device), (x0, x1, y0, y1)

    def _loss_accuracy(self, model: Classifier, x: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
        return self._scores(model, x, y)[:2]

    @torch.inference_mode()
    def _scores(self, model: Classifier, x: torch.Tensor, y: torch.Tensor) -> tuple[float, float, torch.Tensor]:
        """Loss, accuracy and the guesses, from one forward pass (a conv net's in chunks of CONV_EVAL_CHUNK
        examples: its activations for 2,000 digits are 25 MB a layer and spill the cache; in chunks the record
        costs half as much, with bit-identical logits)."""
        if model.is_conv and len(x) > CONV_EVAL_CHUNK:
            logits = torch.cat([model.logits(x[i:i + CONV_EVAL_CHUNK]) for i in range(0, len(x), CONV_EVAL_CHUNK)])
        else:
            logits = model.logits(x)
        if self.regression:  # MSE, R² (in the accuracy slot) and the predictions
            predicted = logits[:, 0]
            return float(mse(logits, y)), r_squared(predicted, y), predicted
        guesses = logits.argmax(1)
        return float(F.cross_entropy(logits, y)), float((guesses == y).float().mean()), guesses

    def evaluate(self, *, activations: bool = False, boundary: bool = False, network: bool = False,
                 errors: bool = False, histogram: bool = True) -> Record:
        """A record of every variant now. Eval mode (no dropout, batch norm's running statistics). ``network``:
        with the Network tab's drawing of each net (core.maths.network); ``errors``: image data's confusion
        matrix and misclassified examples (the Errors tab); ``histogram``: the weight histogram (the app's
        plot; no file holds it, so the CLI's records go without: empty counts, a third of a record's time)."""
        records = []
        for v in self.variants:
            reg = v.config.regularization
            v.model.eval()
            try:
                n = self._eval_limit
                train_loss, train_acc = self._loss_accuracy(v.model, self.data.x_train[:n], self.data.y_train[:n])
                test_loss, test_acc, guesses = self._scores(v.model, self.data.x_test[:n], self.data.y_test[:n])
                mistakes = (error_view(self.data.x_test[:n], self.data.y_test[:n], guesses, self.data.n_classes)
                            if errors and not self.regression else None)  # a regression has no classes
                val = self._validation(v, n)
                grid = curve = None
                if boundary and self._grid is not None:
                    with torch.inference_mode():
                        if self.regression:
                            curve = v.model(self._grid)[:, 0].cpu().numpy().copy()
                        else:
                            grid = _boundary(torch.softmax(v.model(self._grid), 1))
                acts = activation_stats(v.model, self.data.x_test[:self._eval_limit]) if activations else None
                masks = (dropout_masks(v.model, self.data.x_train, seed=self.step_count, units=None)
                         if v.config.model.dropout > 0 else ())
                drawing = network_view(v.model, self.boundary_extent, input_shape=self.data.input_shape) \
                    if network else None
            finally:
                v.model.train()
            with torch.inference_mode():
                abs_sum = float(v.penalty.l1_norm())
                sq_sum = float(v.penalty.squared_l2_norm())
                if reg.include_bias:  # the penalty's flat tensor holds the biases too: the weights alone
                    flat = torch.cat([w.detach().flatten() for w in v.weights])
                    weight_l1, weight_l2 = float(l1_norm(v.weights)), math.sqrt(float(squared_l2_norm(v.weights)))
                else:  # the penalty's flat tensor is exactly the weights: its sums are theirs
                    flat = v.penalty.flat.detach()
                    weight_l1, weight_l2 = abs_sum, math.sqrt(sq_sum)
                zeros = sparsity([flat])
                flat = flat.cpu()
            data_loss = float(v.loss_sum) / v.loss_count if v.loss_count else train_loss
            v.loss_sum.zero_()
            v.loss_count = 0
            hist, edges = _weight_histogram(flat) if histogram else NO_HISTOGRAM
            diverged = not all(math.isfinite(val) for val in (data_loss, train_loss, test_loss, sq_sum))
            records.append(ModelRecord(
                v.name, data_loss, reg.l1 * abs_sum, reg.l2 * sq_sum, train_loss, test_loss, train_acc, test_acc,
                weight_l1, weight_l2, zeros, hist, edges, acts, grid, diverged, masks, drawing, *val, v.best_step,
                mistakes, curve))
        extent = self.boundary_extent if boundary else None
        return Record(self.step_count, self.epoch, self._train_seconds, tuple(records), extent)

    # -- the generator -----------------------------------------------------------------------------------------
    def run(self, steps: int | None = None, *, activations: bool = False, boundary: bool = False,
            histogram: bool = True, stop: Callable[[], bool] | None = None) -> Generator[Record, None, None]:
        """Yield a record now and every ``training.eval_every`` steps until ``steps`` more steps have run
        (forever when None): the headless loop of the CLI and sweeps. Ends after a record that reports
        divergence, or, once ``stop()`` is true (a SIGINT), after a record at the step reached. (The app's loop,
        steered between steps, is core.run.live.)"""
        halt = stop or (lambda: False)
        target = None if steps is None else self.step_count + steps
        record = self.evaluate(activations=activations, boundary=boundary, histogram=histogram)
        yield record
        while (not record.diverged and self.stopped_at is None and (target is None or self.step_count < target)
               and not halt()):
            every = self.config.training.eval_every
            self.step()
            while self.step_count % every and self.step_count != target and not halt():
                self.step()
            record = self.evaluate(activations=activations, boundary=boundary, histogram=histogram)
            yield record  # after early stopping: the restored nets' numbers


MISTAKES_SHOWN = 12


def mse(outputs: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """The notes' data loss, paired: mean over the (x, y) pairs of (y − ŷ)², ŷ the net's one output. (The notes'
    cell broadcasts a column against a row and averages a table instead: core.content.worked keeps that number.)"""
    return (y - outputs[:, 0]).square().mean()


def r_squared(predicted: torch.Tensor, y: torch.Tensor) -> float:
    """R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²: what a regression shows where a classifier shows accuracy (1 is a
    perfect fit, 0 no better than the mean, below 0 worse). NaN when every y is equal."""
    spread = float((y - y.mean()).square().sum())
    return 1.0 - float((y - predicted).square().sum()) / spread if spread > 0 else math.nan


def _regression_points(points, values) -> tuple[torch.Tensor, torch.Tensor]:
    """An edited regression training set: 2 to data.samples' limit (x, y) points, every number finite."""
    x = torch.as_tensor(np.asarray(points, dtype=np.float32))
    y = torch.as_tensor(np.asarray(values, dtype=np.float32))
    x = x[:, None] if x.dim() == 1 else x
    limit = int(FIELDS["data.samples"].high)
    if x.dim() != 2 or x.shape[1] != 1 or y.shape != (len(x),) or not 2 <= len(x) <= limit:
        raise ConfigError(QT_TRANSLATE_NOOP("training", "training points: 2 to {limit:,} points (x, y)")
                          .format(limit=limit))
    if not bool(torch.isfinite(x).all() & torch.isfinite(y).all()):
        raise ConfigError(QT_TRANSLATE_NOOP("training", "training points: every x and y finite"))
    return x, y


def error_view(x: torch.Tensor, y: torch.Tensor, guesses: torch.Tensor, n_classes: int) -> ErrorView:
    """The confusion matrix, per-class accuracy and the first MISTAKES_SHOWN misclassified examples."""
    truth, guess = y.cpu(), guesses.cpu()
    confusion = torch.bincount(truth * n_classes + guess, minlength=n_classes * n_classes).reshape(n_classes, -1)
    counts = confusion.sum(1).double()
    per_class = (confusion.diagonal().double() / counts).masked_fill(counts == 0, float("nan"))
    wrong = torch.nonzero(truth != guess).flatten()
    shown = wrong[:MISTAKES_SHOWN]
    images = x[shown.to(x.device)].mean(1).cpu().numpy().copy() if x.dim() == 4 else np.zeros((0, 1, 1), np.float32)
    return ErrorView(confusion.numpy().copy(), per_class.numpy().copy(), images,  # 2-D data: no pictures
                     truth[shown].numpy().copy(), guess[shown].numpy().copy(), len(wrong), len(truth))


def _boundary(probabilities: torch.Tensor) -> np.ndarray:
    """The decision boundary's grid: two classes, P(class 1) [GRID, GRID]; K > 2, every class's probability
    [GRID, GRID, K] (the view colours each cell by its likeliest class)."""
    if probabilities.shape[1] == 2:
        return probabilities[:, 1].reshape(GRID, GRID).cpu().numpy()
    return probabilities.reshape(GRID, GRID, -1).cpu().numpy()


def input_weights(model: Classifier, features: tuple[str, ...]) -> dict[str, float]:
    """Per input feature, Σ|w| over its first-layer weights (the column of the layer fed the inputs): what L1
    zeroes for a feature it drops (summary.json's ``input_weights``)."""
    weight = model.first_linear.weight.detach().abs().sum(0).cpu()
    return {name: float(weight[i]) for i, name in enumerate(features)}


def _augment(pipeline, xb: torch.Tensor) -> torch.Tensor:
    from ..maths.augmentation import augment_batch

    return augment_batch(pipeline, xb)


NO_HISTOGRAM = (np.zeros(0, np.float32), np.zeros(1))  # a record made without one (evaluate's ``histogram``)


def _weight_histogram(flat: torch.Tensor) -> tuple[np.ndarray, np.ndarray]:
    """Counts on a symmetric range with a bin centred on zero. In float64: a diverging net's weights near the
    float32 limit would make the range itself overflow (torch.histc then refuses a range of [-nan, nan])."""
    values = flat.double().numpy()
    finite = values[np.isfinite(values)]
    limit = max(float(np.abs(finite).max()) if finite.size else 1.0, 1e-3)
    hist, edges = np.histogram(finite, bins=HIST_BINS, range=(-limit, limit))
    return hist.astype(np.float32), edges


def train(config: ExperimentConfig, steps: int | None = None, **kwargs) -> tuple[Trainer, list[Record]]:
    """Run ``config`` headless to the end (``training.steps`` unless given) and return trainer and records."""
    trainer = Trainer(config)
    records = list(trainer.run(steps if steps is not None else config.training.steps, **kwargs))
    return trainer, records
