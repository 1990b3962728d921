"""Data sets: five 2-D toy sets, the bundled MNIST-5k, and torchvision folders the user already has.

Everything is deterministic for a seed and lands in memory as tensors: the sets are small, and indexing a
tensor is far cheaper per step than a DataLoader.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
import numpy as np
import torch

from ..content.images import mnist_arrays
from ..config import ConfigError, DataConfig, TWO_D_SETS

MNIST_CLASSES = tuple(str(d) for d in range(10))


class DataError(RuntimeError):
    """A data set cannot be loaded; the message says what to do."""


@dataclass(frozen=True)
class Dataset:
    name: str
    x_train: torch.Tensor  # float32: [N, 2] for 2-D sets, [N, C, H, W] in [0, 1] for images
    y_train: torch.Tensor  # int64 labels
    x_test: torch.Tensor
    y_test: torch.Tensor
    classes: tuple[str, ...]

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
        return Dataset(self.name, self.x_train.to(device), self.y_train.to(device), self.x_test.to(device),
                       self.y_test.to(device), self.classes)


def noisy_labels(labels: torch.Tensor, n_classes: int, share: float, seed: int) -> torch.Tensor:
    """``labels`` with round(share · N) of them replaced by a different class, both drawn from ``seed``.

    The draws are fixed per example (one seeded order, one seeded wrong class each), so a larger share flips the
    same labels plus more: a live slider adds noise to the set the net has seen instead of drawing a new one."""
    gen = torch.Generator().manual_seed(seed * 7919 + 17)
    n = len(labels)
    order = torch.randperm(n, generator=gen)
    shift = torch.randint(1, max(2, n_classes), (n,), generator=gen)
    flip = order[:round(share * n)]
    out = labels.cpu().clone()
    out[flip] = (out[flip] + shift[flip]) % n_classes
    return out.to(labels.device)


# -- 2-D sets (coordinates roughly in [-1, 1], two classes) ---------------------------------------------------
def _circle(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    radius = np.where(y == 0, rng.uniform(0.0, 0.5, n), rng.uniform(0.7, 1.0, n))
    angle = rng.uniform(0, 2 * math.pi, n)
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1), y


def _xor(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-1, 1, (n, 2))
    x += np.sign(x) * 0.05  # a small margin around the axes, as TF Playground does
    return x, (x[:, 0] * x[:, 1] > 0).astype(np.int64)


def _gauss(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    centre = np.where(y[:, None] == 0, -0.4, 0.4)
    return centre + rng.normal(0, 0.25, (n, 2)), y


def _spiral(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    t = rng.uniform(0, 1, n)
    radius = 0.1 + 0.85 * t
    angle = 1.75 * 2 * math.pi * t + math.pi * y
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1), y


def _moons(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    angle = rng.uniform(0, math.pi, n)
    upper = np.stack([np.cos(angle) - 0.5, np.sin(angle) - 0.25], 1)
    lower = np.stack([0.5 - np.cos(angle), 0.25 - np.sin(angle)], 1)
    return np.where(y[:, None] == 0, upper, lower) * 0.8, y


GENERATORS = {"circle": _circle, "xor": _xor, "gauss": _gauss, "spiral": _spiral, "moons": _moons}


def make_2d(name: str, samples: int, noise: float, train_fraction: float, seed: int) -> Dataset:
    """Generate ``samples`` points with Gaussian coordinate noise of std ``noise``, split by ``train_fraction``."""
    rng = np.random.default_rng([seed, 2024])
    x, y = GENERATORS[name](samples, rng)
    x = x + rng.normal(0, noise, x.shape)
    order = rng.permutation(samples)
    n_train = max(2, min(samples - 2, round(samples * train_fraction)))
    x_t = torch.as_tensor(x[order], dtype=torch.float32)
    y_t = torch.as_tensor(y[order], dtype=torch.int64)
    return Dataset(name, x_t[:n_train], y_t[:n_train], x_t[n_train:], y_t[n_train:], ("0", "1"))


# -- images ---------------------------------------------------------------------------------------------------
def stratified_split(labels: np.ndarray, train_size: int, test_size: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Disjoint train/test index arrays with every class represented in proportion (round-robin over classes)."""
    rng = np.random.default_rng([seed, 7])
    per_class = [rng.permutation(np.flatnonzero(labels == c)) for c in np.unique(labels)]
    # Interleave classes so any prefix is balanced; the test set is taken first so it never depends on train_size.
    width = max(len(p) for p in per_class)
    interleaved = np.array([p[i] for i in range(width) for p in per_class if i < len(p)])
    if test_size + train_size > len(interleaved):
        raise ConfigError(f"data.train_size + data.test_size = {train_size + test_size}: "
                          f"this data set has {len(interleaved)} examples")
    test = interleaved[:test_size]
    train = interleaved[test_size:test_size + train_size]
    return rng.permutation(train), test


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


def shape_of(name: str) -> tuple[tuple[int, ...], int]:
    """A data set's input shape and number of classes, without loading it (a saved session's weights are
    checked against the net its config builds)."""
    if name in TWO_D_SETS:
        return (2,), 2
    return ((3, 32, 32), 10) if name == "tv-cifar10" else ((1, 28, 28), 10)


def load_torchvision(name: str, root: str) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """A torchvision set from a folder the user already has; never downloads (the app runs offline)."""
    import torchvision.datasets as tvd

    cls = getattr(tvd, _TORCHVISION[name])
    parts = []
    try:
        for train in (True, False):
            ds = cls(root=root, train=train, download=False)
            parts.append((np.asarray(ds.data), np.asarray(ds.targets)))
    except (RuntimeError, ValueError, OSError, EOFError, IndexError) as exc:  # missing, or half-copied files
        raise DataError(f"{cls.__name__} was not found (or is incomplete) under {root!r}. regviz never downloads "
                        f"data: copy the whole torchvision {cls.__name__} folder there first "
                        f"({type(exc).__name__}: {exc}).") from None
    images = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    return images, labels, tuple(ds.classes)


def load(cfg: DataConfig, seed: int) -> Dataset:
    if cfg.name in TWO_D_SETS:
        return make_2d(cfg.name, cfg.samples, cfg.noise, cfg.train_fraction, seed)
    if cfg.name == "mnist":
        images, labels = mnist_arrays()  # the bundled 5,000 digits, loaded once per process
        return _images_dataset("mnist", images, labels, MNIST_CLASSES, cfg, seed)
    images, labels, classes = load_torchvision(cfg.name, cfg.root)
    return _images_dataset(cfg.name, images, labels, classes, cfg, seed)
