"""Data sets: five 2-D toy sets, the bundled MNIST-5k, and torchvision folders the user already has.

Everything is deterministic for a seed and lands in memory as tensors: the sets are small, and indexing a
tensor is far cheaper per step than a DataLoader.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch

from ..content.images import mnist_arrays
from ..config import ONE_D_SETS, ConfigError, DataConfig, TWO_D_SETS, task_of
from ..translatable import QT_TRANSLATE_NOOP
from .generators import (GENERATORS, X_RANGES, csv_curve_arrays, csv_points, flip_labels, generate,  # noqa: F401
                         make_1d_arrays, shape_of, stratified_split)  # noqa: F401  (numpy only: see there)

MNIST_CLASSES = tuple(str(d) for d in range(10))


class DataError(RuntimeError):
    """A data set cannot be loaded; the message says what to do."""


@dataclass(frozen=True)
class Dataset:
    name: str
    x_train: torch.Tensor  # float32: [N, 2] for 2-D sets, [N, 1] for 1-D sets, [N, C, H, W] in [0, 1] for images
    y_train: torch.Tensor  # int64 labels; float32 targets for a regression
    x_test: torch.Tensor
    y_test: torch.Tensor
    classes: tuple[str, ...]
    x_val: torch.Tensor | None = None  # held out of the training examples (data.validation_fraction)
    y_val: torch.Tensor | None = None
    x_range: tuple[float, float] | None = None  # a regression's x span: the polynomial model scales it to [-1, 1]

    @property
    def task(self) -> str:
        return "regression" if self.y_train.is_floating_point() else "classification"

    @property
    def n_outputs(self) -> int:
        """The net's output units: one per class, one (the fitted y) for a regression."""
        return 1 if self.task == "regression" else self.n_classes

    @property
    def is_image(self) -> bool:
        return self.x_train.dim() == 4

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(self.x_train.shape[1:])

    @property
    def n_classes(self) -> int:
        return len(self.classes)

    def to(self, device: torch.device) -> "Dataset":
        val = (self.x_val.to(device), self.y_val.to(device)) if self.x_val is not None else (None, None)
        return replace(self, x_train=self.x_train.to(device), y_train=self.y_train.to(device),
                       x_test=self.x_test.to(device), y_test=self.y_test.to(device), x_val=val[0], y_val=val[1])

    def with_validation(self, fraction: float) -> "Dataset":
        """The last round(fraction · N) training examples held out as a validation set (the training order is
        already shuffled, and for images stratified, so the split is fair). At least one example on each side."""
        n = len(self.y_train)
        held = min(n - 2, max(1, round(fraction * n)))
        if held < 1:
            raise ConfigError(QT_TRANSLATE_NOOP("data", "data.validation_fraction = {fraction:g}: {n} training "
                                                        "examples are too few to hold some out")
                              .format(fraction=fraction, n=n))
        if self.task == "regression":  # evenly spaced x: every k-th point held out, so both sides span the range
            keep = torch.ones(n, dtype=torch.bool)
            keep[torch.linspace(0, n - 1, held + 2).round().long()[1:-1]] = False
            return replace(self, x_train=self.x_train[keep], y_train=self.y_train[keep],
                           x_val=self.x_train[~keep], y_val=self.y_train[~keep])
        return replace(self, x_train=self.x_train[:n - held], y_train=self.y_train[:n - held],
                       x_val=self.x_train[n - held:], y_val=self.y_train[n - held:])


def noisy_labels(labels: torch.Tensor, n_classes: int, share: float, seed: int) -> torch.Tensor:
    """``labels`` with a seeded share flipped to another class (generators.flip_labels)."""
    flipped = flip_labels(labels.cpu().numpy(), n_classes, share, seed)
    return torch.as_tensor(flipped, dtype=labels.dtype).to(labels.device)


def make_2d(name: str, samples: int, noise: float, train_fraction: float, seed: int, classes: int = 2,
            rows: list | None = None, class_names: tuple[str, ...] = ()) -> Dataset:
    """Generate ``samples`` points (or take a CSV's ``rows``) with Gaussian coordinate noise of std ``noise``,
    split by ``train_fraction`` in a seeded order."""
    rng = np.random.default_rng([seed, 2024])
    x, y = csv_points(rows) if rows else generate(name, samples, rng, classes)
    samples = len(y)
    x = x + rng.normal(0, noise, x.shape) if noise or not rows else x  # a CSV's points as given when noise is 0
    order = rng.permutation(samples)
    n_train = max(2, min(samples - 2, round(samples * train_fraction)))
    x_t = torch.as_tensor(x[order], dtype=torch.float32)
    y_t = torch.as_tensor(y[order], dtype=torch.int64)
    names = tuple(class_names) or tuple(str(c) for c in range(classes))
    return Dataset(name, x_t[:n_train], y_t[:n_train], x_t[n_train:], y_t[n_train:], names)


def make_1d(name: str, samples: int, noise: float, train_fraction: float, seed: int) -> Dataset:
    """A 1-D regression set (generators.make_1d_arrays) as float32 tensors; no classes."""
    arrays = [torch.as_tensor(a, dtype=torch.float32) for a in make_1d_arrays(name, samples, noise, train_fraction,
                                                                              seed)]
    return Dataset(name, *arrays, classes=(), x_range=X_RANGES[name])


def make_csv_1d(rows: list, noise: float, train_fraction: float, seed: int) -> Dataset:
    """A CSV's x,y points as a regression set (generators.csv_curve_arrays); its x span is the rows' own."""
    x_train, y_train, x_test, y_test, x_range = csv_curve_arrays(rows, noise, train_fraction, seed)
    arrays = [torch.as_tensor(a, dtype=torch.float32) for a in (x_train, y_train, x_test, y_test)]
    return Dataset("csv", *arrays, classes=(), x_range=x_range)


# -- images ---------------------------------------------------------------------------------------------------
def _images_dataset(name: str, images: np.ndarray, labels: np.ndarray, classes: tuple[str, ...],
                    cfg: DataConfig, seed: int) -> Dataset:
    train, test = stratified_split(labels, cfg.train_size, cfg.test_size, seed)
    x = torch.from_numpy(images)
    if x.dim() == 3:
        x = x.unsqueeze(1)  # [N, 1, H, W]
    elif x.shape[-1] in (1, 3):
        x = x.permute(0, 3, 1, 2)  # HWC -> CHW
    y = torch.from_numpy(labels.astype(np.int64))

    def take(idx: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        t = torch.from_numpy(idx)
        return x[t].float().div_(255.0).contiguous(), y[t]

    return Dataset(name, *take(train), *take(test), classes)


_TORCHVISION = {"tv-mnist": "MNIST", "tv-fashionmnist": "FashionMNIST", "tv-cifar10": "CIFAR10"}


def load_torchvision(name: str, root: str) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """A torchvision set from a folder the user already has; never downloads (the app runs offline). A missing,
    half-copied or damaged folder is a DataError naming it (torchvision's readers assert on a bad idx header), and
    a FIFO or device in it is refused before torchvision opens it (reading one would wait forever)."""
    import pickle

    import torchvision.datasets as tvd

    cls = getattr(tvd, _TORCHVISION[name])
    folder = Path(root) / getattr(cls, "base_folder", cls.__name__)  # where torchvision looks: MNIST/raw, cifar-10-…

    def refuse(why: str) -> DataError:
        return DataError(QT_TRANSLATE_NOOP("data", "{name} is missing or incomplete in {folder!r} ({why}). regviz "
                                                   "never downloads data: copy the whole torchvision {name} folder "
                                                   "there.").format(name=cls.__name__, folder=str(folder), why=why))

    special = _special_file(folder)
    if special is not None:
        raise refuse(QT_TRANSLATE_NOOP("data", "{path} is not a regular file").format(path=special))
    parts = []
    try:
        for train in (True, False):
            ds = cls(root=root, train=train, download=False)
            parts.append((np.asarray(ds.data), np.asarray(ds.targets)))
    except (AssertionError, RuntimeError, ValueError, TypeError, KeyError, IndexError, OSError, EOFError,
            MemoryError, pickle.UnpicklingError) as exc:  # missing, half-copied or damaged files
        said = str(exc).split(" You can use download=True")[0][:200]  # torchvision's advice does not apply here
        raise refuse(QT_TRANSLATE_NOOP("data", "{kind}: {problem}").format(kind=type(exc).__name__, problem=said)
                     if said else type(exc).__name__) from None
    images = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    classes = tuple(ds.classes)
    shape, _ = shape_of(name)
    expected = shape[1:] if shape[0] == 1 else (*shape[1:], shape[0])  # MNIST [N, 28, 28]; CIFAR [N, 32, 32, 3]
    if images.dtype != np.uint8 or images.shape[1:] != expected or labels.shape != (len(images),) \
            or labels.dtype.kind not in "iu" or not np.isin(labels, np.arange(len(classes))).all():
        raise refuse(QT_TRANSLATE_NOOP("data", "its files hold {images:,} images of {shape} and {labels:,} labels, "
                                               "not images of {expected} each with a class 0–{last}")
                     .format(images=images.shape[0], shape=images.shape[1:], labels=labels.size, expected=expected,
                             last=len(classes) - 1))
    return images, labels, classes


def _special_file(folder: Path, limit: int = 1000) -> Path | None:
    """The first FIFO, device or socket under ``folder`` (at most ``limit`` entries looked at), or None."""
    import os
    import stat

    seen = 0
    for parent, _, files in os.walk(folder):
        for file in files:
            seen += 1
            path = Path(parent) / file
            try:
                mode = os.stat(path).st_mode
            except OSError:
                continue  # a dangling link: torchvision says the file is missing
            if not stat.S_ISREG(mode):
                return path
            if seen >= limit:
                return None
    return None


def load(cfg: DataConfig, seed: int) -> Dataset:
    """The data set ``cfg`` names, drawn with ``cfg.seed`` when it is set, else with ``seed`` (training.seed)."""
    seed = cfg.seed if cfg.seed is not None else seed
    if cfg.name == "csv" and task_of(cfg) == "regression":
        return make_csv_1d(cfg.rows, cfg.noise, cfg.train_fraction, seed)
    if cfg.name in TWO_D_SETS:
        return make_2d(cfg.name, cfg.samples, cfg.noise, cfg.train_fraction, seed, cfg.n_classes, cfg.rows,
                       tuple(cfg.class_names))
    if cfg.name in ONE_D_SETS:
        return make_1d(cfg.name, cfg.samples, cfg.noise, cfg.train_fraction, seed)
    if cfg.name == "mnist":
        images, labels = mnist_arrays()  # the bundled 5,000 digits, loaded once per process
        return _images_dataset("mnist", images, labels, MNIST_CLASSES, cfg, seed)
    images, labels, classes = load_torchvision(cfg.name, cfg.root)
    return _images_dataset(cfg.name, images, labels, classes, cfg, seed)
