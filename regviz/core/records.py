"""What crosses from training to a view: frozen dataclasses of floats and small copied numpy arrays.

numpy only, no torch: the window unpickles these from the training process without importing torch.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .config import ExperimentConfig
from .translatable import QT_TRANSLATE_NOOP


LOSS_NAMES = {"classification": "cross-entropy", "regression": "MSE"}  # the data loss, as files and plots name it


def task_named(names, task: str):
    """Column names or a dict's keys as a ``task``'s files write them: a regression's accuracy fields hold R²
    (core.run.training.r_squared), so there they are called ``…r2``, never "accuracy"."""
    if task != "regression":
        return names
    rename = lambda key: key.replace("accuracy", "r2")  # noqa: E731
    if isinstance(names, dict):
        return {rename(k): v for k, v in names.items()}
    return type(names)(rename(k) for k in names)


@dataclass(frozen=True)
class LayerStats:
    layer: int  # 1 = first hidden layer
    mean: float
    std: float
    hist: np.ndarray  # counts over ``edges``
    edges: np.ndarray


MAX_UNITS = 12  # units drawn per hidden layer in the Network tab (core.maths.network picks the strongest)
MAX_FILTERS = 32  # first-layer units drawn as pictures


@dataclass(frozen=True)
class NetworkView:
    """What the Network tab draws of one net (core.maths.network): layer widths, the units drawn, the weights
    between them, and what each drawn unit computes (2-D data) or its first-layer weights (images)."""
    widths: tuple[int, ...]  # every layer's full width, input to output
    shown: tuple[np.ndarray, ...]  # per layer: the indices of the units drawn
    links: tuple[np.ndarray, ...]  # per gap between layers: weights [drawn units out, drawn units in]
    zero_links: int  # weights exactly zero in the whole net, drawn or not
    total_links: int
    maps: tuple[np.ndarray, ...] = ()  # 2-D data, per layer: [drawn units, R, R] each unit's output over the plane
    filters: np.ndarray | None = None  # image data: [drawn units, H, W] first-layer weights (channels averaged)
    filter_units: np.ndarray | None = None  # which first-layer units those are
    first_layer_width: int = 0
    inputs: tuple[str, ...] = ("x1", "x2")  # 2-D data: the input column's features (core.config.FEATURES)
    input_names: tuple[str, ...] = ()  # the input column's units when not x₁, x₂ (a regression: x, or P1 …)


@dataclass(frozen=True)
class ErrorView:
    """What one net gets wrong on the test examples of a record: the confusion matrix (rows the true
    class, columns the guess), each class's accuracy, and the first misclassified examples in test order (so the
    strip changes only when the net's mistakes do)."""
    confusion: np.ndarray  # [classes, classes] counts
    per_class_accuracy: np.ndarray  # [classes]; NaN for a class with no test example
    images: np.ndarray  # [k, H, W] the misclassified examples (channels averaged); 2-D data: [0, 1, 1]
    true: np.ndarray  # [k]
    guess: np.ndarray  # [k]
    wrong: int  # misclassified test examples in all
    total: int


@dataclass(frozen=True)
class ModelRecord:
    name: str
    data_loss: float  # mean training-batch data loss since the previous record
    l1_penalty: float  # λ₁ Σ|w|
    l2_penalty: float  # λ₂ Σw²
    train_loss: float  # data loss on the training set, eval mode
    test_loss: float
    train_accuracy: float  # a regression: R² (core.run.training.r_squared), where a classifier has accuracy
    test_accuracy: float
    weight_l1: float  # Σ|w|
    weight_l2: float  # √Σw²
    sparsity: float  # share of weights that are exactly 0
    weight_hist: np.ndarray
    weight_edges: np.ndarray
    activations: tuple[LayerStats, ...] | None = None
    boundary: np.ndarray | None = None  # [GRID, GRID] probability of class 1, rows = y; K > 2: [GRID, GRID, K]
    diverged: bool = False
    dropout_masks: tuple[np.ndarray, ...] = ()  # a fresh training-mode sample per dropout layer (True = dropped)
    network: NetworkView | None = None  # asked for by the live loop (the Network tab), not by the CLI
    val_loss: float | None = None  # on the validation split (data.validation_fraction), when there is one
    val_accuracy: float | None = None
    best_step: int | None = None  # the step of the lowest validation loss so far (where early stopping goes back)
    errors: ErrorView | None = None  # image data, asked for by the live loop (the Errors tab)
    curve: np.ndarray | None = None  # a regression: ŷ at CURVE_POINTS x evenly over boundary_extent's x0 … x1

    @property
    def total_loss(self) -> float:
        return self.data_loss + self.l1_penalty + self.l2_penalty

    @property
    def gap(self) -> float:
        """Generalization gap: test loss minus train loss."""
        return self.test_loss - self.train_loss


@dataclass(frozen=True)
class Record:
    step: int
    epoch: float
    seconds: float  # training time so far (evaluation excluded)
    models: tuple[ModelRecord, ...]
    boundary_extent: tuple[float, float, float, float] | None = None  # x0, x1, y0, y1

    @property
    def diverged(self) -> bool:
        return any(m.diverged for m in self.models)

    def __getitem__(self, name: str) -> ModelRecord:
        for m in self.models:
            if m.name == name:
                return m
        raise KeyError(name)


@dataclass(frozen=True)
class RunInfo:
    """What a view needs to know about a new run before its first record: variants, data kind and, for 2-D
    data, the points themselves (copied numpy arrays)."""
    config: ExperimentConfig
    names: tuple[str, ...]
    is_image: bool
    classes: tuple[str, ...]
    n_train: int
    n_test: int
    train_points: np.ndarray | None = None  # [N, 2] for 2-D data
    train_labels: np.ndarray | None = None  # the true classes (what an edit of the points starts from)
    trained_labels: np.ndarray | None = None  # what the net trains on: train_labels with label noise applied
    test_points: np.ndarray | None = None
    test_labels: np.ndarray | None = None
    boundary_extent: tuple[float, float, float, float] | None = None
    n_weights: int = 0  # the first net's Linear/Conv weights (what L1 and L2 penalize), counted from the model
    n_parameters: int = 0  # … and with biases and batch norm's γ, β
    task: str = "classification"  # or "regression": points are (x, y) with float y, the views draw a fitted curve


@dataclass(frozen=True)
class TrainingSet:
    """The training set changed during a run: the labels trained on now (data.label_noise moved) and, when
    points were clicked in, dragged or deleted, the points too (None: unchanged)."""
    labels: np.ndarray
    points: np.ndarray | None = None


NEVER_IMPROVED = QT_TRANSLATE_NOOP("records", "the validation loss never improved on its start: too few validation "
                                              "points, or a learning rate that overfits from the first steps")


@dataclass(frozen=True)
class EarlyStopped:
    """Early stopping ended the run at ``step``: the validation loss was lowest at ``best_step`` and had not
    improved for the patience since; ``restored``: the nets are back at their best weights. Play trains on.
    ``never_improved``: the best step is the first check, so what comes back is the untrained net — not a
    result, and the window and the CLI say so."""
    step: int
    best_step: int
    restored: bool
    never_improved: bool = False

    @property
    def message(self) -> str:
        """The one sentence the window's status bar and the CLI's summary give."""
        if self.never_improved and self.restored:
            text = QT_TRANSLATE_NOOP("records", "Early stopping at step {step:,}: {why} (lowest at step {best:,}, the "
                                                "first check); the untrained net's weights are back.")
        elif self.never_improved:
            text = QT_TRANSLATE_NOOP("records", "Early stopping at step {step:,}: {why} (lowest at step {best:,}, the "
                                                "first check).")
        elif self.restored:
            text = QT_TRANSLATE_NOOP("records", "Early stopping at step {step:,}: the validation loss was lowest at "
                                                "step {best:,}; the weights of step {best:,} are back.")
        else:
            text = QT_TRANSLATE_NOOP("records", "Early stopping at step {step:,}: the validation loss was lowest at "
                                                "step {best:,}.")
        return text.format(step=self.step, best=self.best_step, why=NEVER_IMPROVED)


@dataclass(frozen=True)
class Failed:
    message: str


@dataclass(frozen=True)
class Paused:
    """The run paused itself at ``step``, the end of a ``run_for`` (a lesson's "train N steps")."""
    step: int


@dataclass(frozen=True)
class Ended:
    """The run's generator finished (divergence, or it was replaced or stopped)."""


@dataclass(frozen=True)
class AttackView:
    """One test example before and after FGSM, as the FGSM panel shows it."""
    variant: str
    index: int
    epsilon: float
    label: int
    original: np.ndarray  # the input, e.g. [28, 28] in [0, 1]
    perturbation: np.ndarray  # sign(∇ₓ loss): -1, 0 or +1 per pixel
    adversarial: np.ndarray  # clamp(original + ε·perturbation, 0, 1)
    clean_probabilities: np.ndarray  # softmax over the classes
    adversarial_probabilities: np.ndarray

    @property
    def clean_prediction(self) -> int:
        return int(self.clean_probabilities.argmax())

    @property
    def adversarial_prediction(self) -> int:
        return int(self.adversarial_probabilities.argmax())


@dataclass(frozen=True)
class RobustnessCurve:
    """Test accuracy of each net under an attack (fgsm or pgd) at each ε, at training step ``step``."""
    epsilons: tuple[float, ...]
    accuracy: dict[str, tuple[float, ...]]
    step: int
    attack: str = "fgsm"


@dataclass(frozen=True)
class AugmentationPreview:
    """The augmentation tab's grid: ``number`` echoes the request's (core.run.messages.AskPreview)."""
    number: int
    grid: np.ndarray  # [H, W] or [H, W, 3] in [0, 1], white gaps between the draws


@dataclass(frozen=True)
class Snapshot:
    """Every net's weights and a full evaluation, at ``step``: what a saved session holds."""
    step: int
    final: dict[str, dict[str, float]]
    weights: dict[str, dict[str, np.ndarray]]


@dataclass(frozen=True)
class SweepProgress:
    """A λ sweep has run ``done`` of ``total`` training steps."""
    done: int
    total: int


@dataclass(frozen=True)
class SweepRow:
    """One value of a sweep, trained: core.sweep.COLUMNS -> number."""
    row: dict[str, float]
