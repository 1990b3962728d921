"""The numpy half of the data: the 2-D toy sets, the stratified image split, label noise and the shapes.

No torch here, on purpose: ``regviz export-script`` copies these functions into the script it writes (so a
student's script draws regviz's very points, split and flipped labels), and the window process writes scripts
without importing torch (nor does it open a session: ``shape_of``). core.maths.data turns their arrays into
tensors.
"""
from __future__ import annotations

import math

import numpy as np

from ..config import ONE_D_SETS, TWO_D_SETS, ConfigError
from ..translatable import QT_TRANSLATE_NOOP


# -- 2-D sets (coordinates roughly in [-1, 1]; two classes, spiral and gauss 2 … 6) --------------------------------
def _circle(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    radius = np.where(y == 0, rng.uniform(0.0, 0.5, n), rng.uniform(0.7, 1.0, n))
    angle = rng.uniform(0, 2 * math.pi, n)
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1), y


def _xor(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-1, 1, (n, 2))
    x += np.sign(x) * 0.05  # a small margin around the axes, as TF Playground does
    return x, (x[:, 0] * x[:, 1] > 0).astype(np.int64)


def _gauss(n: int, rng: np.random.Generator, classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Two blobs on the diagonal; K > 2 blobs evenly round a circle of radius 0.6 (neighbours overlap a little)."""
    y = rng.integers(0, classes, n)
    if classes == 2:
        centre = np.where(y[:, None] == 0, -0.4, 0.4)
    else:
        turn = 2 * math.pi * y / classes + math.pi / 2
        centre = 0.6 * np.stack([np.cos(turn), np.sin(turn)], 1)
    return centre + rng.normal(0, 0.25, (n, 2)), y


def _spiral(n: int, rng: np.random.Generator, classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """One arm per class, the arms 2π/K apart (two classes: the two interleaved arms of TF Playground)."""
    y = rng.integers(0, classes, n)
    t = rng.uniform(0, 1, n)
    radius = 0.1 + 0.85 * t
    angle = 1.75 * 2 * math.pi * t + 2 * math.pi * y / classes
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1), y


def _moons(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    angle = rng.uniform(0, math.pi, n)
    upper = np.stack([np.cos(angle) - 0.5, np.sin(angle) - 0.25], 1)
    lower = np.stack([0.5 - np.cos(angle), 0.25 - np.sin(angle)], 1)
    return np.where(y[:, None] == 0, upper, lower) * 0.8, y


GENERATORS = {"circle": _circle, "xor": _xor, "gauss": _gauss, "spiral": _spiral, "moons": _moons}


def generate(name: str, n: int, rng: np.random.Generator, classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """``n`` points of a generated 2-D set; ``classes`` reaches the sets that draw more than two."""
    return GENERATORS[name](n, rng, classes) if classes != 2 else GENERATORS[name](n, rng)


def csv_points(rows: list[list[float]]) -> tuple[np.ndarray, np.ndarray]:
    """A CSV's rows (data.rows: x1, x2, class) as points and classes."""
    table = np.asarray(rows, dtype=np.float64).reshape(len(rows), -1)
    return table[:, :2], table[:, 2].astype(np.int64)
def csv_curve_arrays(rows: list, noise: float, train_fraction: float,
                     seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, tuple[float, float]]:
    """A CSV's x,y rows (data.rows) as x_train [n, 1], y_train, x_test, y_test and the x span of all the rows:
    split by ``train_fraction`` in a seeded order, as a CSV of classes is; Gaussian noise of std ``noise`` on y
    only when asked (the points as given when it is 0)."""
    rng = np.random.default_rng([seed, 2024])
    table = np.asarray(rows, dtype=np.float64).reshape(len(rows), 2)
    x, y = table[:, :1], table[:, 1]
    if noise:
        y = y + rng.normal(0, noise, y.shape)
    samples = len(y)
    order = rng.permutation(samples)
    n_train = max(2, min(samples - 2, round(samples * train_fraction)))
    x, y = x[order], y[order]
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:], (float(table[:, 0].min()), float(table[:, 0].max()))


# -- 1-D sets (regression: y = f(x) + N(0, noise²)) ------------------------------------------------------------
def sin_curve(x: np.ndarray) -> np.ndarray:
    """Bishop's PRML §1.1: sin(2πx) on [0, 1] (his noise σ is 0.3: data.noise)."""
    return np.sin(2 * math.pi * x)


def line_curve(x: np.ndarray) -> np.ndarray:
    """The notes' y = 2x."""
    return 2.0 * x


def step_curve(x: np.ndarray) -> np.ndarray:
    """0 left of x = 0.5, 1 from there: a jump no smooth curve follows."""
    return (x >= 0.5).astype(np.float64)


CURVES = {"sin": sin_curve, "line": line_curve, "step": step_curve}
X_RANGES = {"sin": (0.0, 1.0), "line": (0.5, 4.5), "step": (0.0, 1.0)}


def make_1d_arrays(name: str, samples: int, noise: float, train_fraction: float,
                   seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x_train, y_train, x_test, y_test for a 1-D set: training x spaced uniformly over the set's range (Bishop's
    ten points), one in the middle of each of n equal cells, test x on an even grid over the whole range, y = f(x)
    plus seeded Gaussian noise of std ``noise`` on both (the seed changes the noise, never where the points are).
    So the test points reach half a cell beyond the outermost training points, where an interpolating polynomial
    swings widest. The line's 4 cells of [0.5, 4.5] put its 4 training points at the notes' X = [1, 2, 3, 4]."""
    rng = np.random.default_rng([seed, 2024])
    n_train = max(2, min(samples - 2, round(samples * train_fraction)))
    lo, hi = X_RANGES[name]
    x_train = lo + (hi - lo) * (np.arange(n_train) + 0.5) / n_train
    x_test = np.linspace(lo, hi, samples - n_train)
    y_train = CURVES[name](x_train) + rng.normal(0, noise, n_train)
    y_test = CURVES[name](x_test) + rng.normal(0, noise, samples - n_train)
    return x_train[:, None], y_train, x_test[:, None], y_test


def stratified_split(labels: np.ndarray, train_size: int, test_size: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Disjoint train/test index arrays with every class represented in proportion (round-robin over classes)."""
    rng = np.random.default_rng([seed, 7])
    per_class = [rng.permutation(np.flatnonzero(labels == c)) for c in np.unique(labels)]
    # Interleave classes so any prefix is balanced; the test set is taken first so it never depends on train_size.
    width = max(len(p) for p in per_class)
    interleaved = np.array([p[i] for i in range(width) for p in per_class if i < len(p)])
    if test_size + train_size > len(interleaved):
        raise ConfigError(QT_TRANSLATE_NOOP("data", "data.train_size + data.test_size = {total}: this data set has "
                                                    "{examples} examples")
                          .format(total=train_size + test_size, examples=len(interleaved)))
    test = interleaved[:test_size]
    train = interleaved[test_size:test_size + train_size]
    return rng.permutation(train), test


def flip_labels(labels: np.ndarray, n_classes: int, share: float, seed: int) -> np.ndarray:
    """``labels`` with round(share · N) of them replaced by a different class, both drawn from ``seed``.

    The draws are fixed per example (one seeded order, one seeded wrong class each), so a larger share flips the
    same labels plus more: a live slider adds noise to the set the net has seen instead of drawing a new one."""
    rng = np.random.default_rng([seed, 7919])
    n = len(labels)
    order = rng.permutation(n)
    shift = rng.integers(1, max(2, n_classes), n)
    flip = order[:round(share * n)]
    out = np.array(labels, dtype=np.int64, copy=True)
    out[flip] = (out[flip] + shift[flip]) % n_classes
    return out


def shape_of(name: str, classes: int = 2, regression: bool = False) -> tuple[tuple[int, ...], int]:
    """A data set's input shape and number of classes (2-D data: ``classes``, data.classes; outputs, for a
    regression), without loading it (a saved session's weights are checked against the net its config builds).
    ``regression``: a CSV of x,y points (config.task_of), one input like the 1-D sets."""
    if regression:
        return (1,), 1
    if name in TWO_D_SETS:
        return (2,), classes
    if name in ONE_D_SETS:
        return (1,), 1  # one input, one output (the fitted y)
    return ((3, 32, 32), 10) if name == "tv-cifar10" else ((1, 28, 28), 10)
