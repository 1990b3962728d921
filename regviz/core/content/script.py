"""``regviz export-script``: the current experiment as one plain-PyTorch script a teacher can hand to students.

The script needs torch (and torchvision for augmentation or torchvision data sets), never regviz or Qt. The data
code is regviz's own, copied in by ``inspect`` so the script draws the same points and the same split. The loop is
the textbook one — forward, data loss plus the notes' penalty, backward, step — so it is what students should read,
not a copy of regviz's engine (which applies L1 as a proximal step; the script adds λ₁Σ|w| to the loss, as the
notes write it). It prints train and test loss every ``training.eval_every`` steps.

The data and model code here (``dataset_code``, ``model_code``, ``input_shape``) is shared with the notebook
export (core.content.notebook), which trains the way regviz does.
"""
from __future__ import annotations

import inspect
import math
import re
import textwrap
from datetime import date

from ..config import FEATURE_FORMULAS, ONE_D_SETS, TWO_D_SETS, ExperimentConfig, task_of
from ..maths import generators  # numpy only: the window writes scripts without torch
from .augmentation_code import transform_lines

_ACT = {"relu": "nn.ReLU()", "tanh": "nn.Tanh()", "sigmoid": "nn.Sigmoid()"}
_TV = {"tv-mnist": ("MNIST", (1, 28, 28)), "tv-fashionmnist": ("FashionMNIST", (1, 28, 28)),
       "tv-cifar10": ("CIFAR10", (3, 32, 32))}


def export_script(cfg: ExperimentConfig, mnist_beside: bool = False) -> str:
    """The script's text. MNIST scripts read the bundled digits from this regviz install, or, with
    ``mnist_beside``, from ``mnist_5k.npz`` next to the script (``regviz export-script --out`` copies it there)."""
    from ... import __version__

    d, r = cfg.data, cfg.regularization
    parts = [_header(cfg, __version__), _data(cfg, mnist_beside), _model(cfg), _penalty(cfg)]
    if r.augmentation.enabled and d.name not in TWO_D_SETS:
        parts.append(_augmentation(cfg))
    if r.adversarial.epsilon > 0:
        parts.append(_fgsm(cfg))
    parts.append(_loop(cfg))
    return "\n\n".join(p.strip("\n") for p in parts) + "\n"


def _in_docstring(text: str) -> str:
    """A user's name or description inside the script's docstring, shown as typed but never ending it (a name
    holding \"\"\" would otherwise run the rest of it as code)."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _header(cfg: ExperimentConfig, version: str) -> str:
    t, r = cfg.training, cfg.regularization
    about = textwrap.fill(cfg.description, 100) if cfg.description else ""
    return f'''#!/usr/bin/env python3
"""{_in_docstring(cfg.name)}{": " if about else ""}{_in_docstring(about)}

Exported from regviz {version} on {date.today().isoformat()}. Plain PyTorch: run it with `python {{this file}}`.
"""
import math

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

SEED = {t.seed}
STEPS = {t.steps}
BATCH_SIZE = {t.batch_size}
LEARNING_RATE = {t.lr!r}
EVAL_EVERY = {t.eval_every}
L1 = {r.l1!r}  # loss += L1 * sum(|w|) over the weights
L2 = {r.l2!r}  # loss += L2 * sum(w ** 2) over the weights
WEIGHT_DECAY = {r.weight_decay!r}  # the optimizer's own decay
DROPOUT = {cfg.model.dropout!r}  # probability of zeroing a hidden unit while training

torch.manual_seed(SEED)'''


def _data(cfg: ExperimentConfig, mnist_beside: bool) -> str:
    return dataset_code(cfg, "beside" if mnist_beside else "install") + _label_noise(cfg)


def _label_noise(cfg: ExperimentConfig) -> str:
    share = cfg.data.label_noise
    if not share:
        return ""
    return f'''


{inspect.getsource(generators.flip_labels).strip()}


# -- label noise: {share:.0%} of the training labels changed to another class (the test labels stay true) --
y_train = torch.as_tensor(flip_labels(y_train.numpy(), N_CLASSES, {share!r}, SEED))'''


def dataset_code(cfg: ExperimentConfig, mnist: str = "install") -> str:
    """Code that makes x_train, y_train, x_test, y_test and N_CLASSES (it reads the name ``SEED``), the very
    points and split regviz draws. MNIST comes from this regviz install (``mnist="install"``), from
    ``mnist_5k.npz`` beside the script (``"beside"``), or from ``MNIST_NPZ``, the file's bytes in base64, defined
    before (``"embedded"``: a notebook carries its data)."""
    seed = "SEED  # training.seed draws the data too" if cfg.data.seed is None else \
        f"{cfg.data.seed}  # data.seed: this draw of the points, whatever training.seed is"
    return f"DATA_SEED = {seed}\n" + _dataset_body(cfg, mnist)


def _dataset_body(cfg: ExperimentConfig, mnist: str) -> str:
    data = generators
    d = cfg.data
    if d.name == "csv":
        return _csv_code(cfg)
    if d.name in ONE_D_SETS:
        return _curve_code(cfg)
    if d.name in TWO_D_SETS:
        generator = inspect.getsource(data.GENERATORS[d.name])
        classes = ", classes" if d.n_classes != 2 else ""
        return f'''# -- data: {d.samples} points of the "{d.name}" set, noise {d.noise:g}, {d.train_fraction:.0%} for training --
{generator}

def make_data(samples={d.samples}, noise={d.noise!r}, train_fraction={d.train_fraction!r}, seed=DATA_SEED, classes={d.n_classes}):
    rng = np.random.default_rng([seed, 2024])
    x, y = {data.GENERATORS[d.name].__name__}(samples, rng{classes})
    x = x + rng.normal(0, noise, x.shape)
    order = rng.permutation(samples)
    n_train = max(2, min(samples - 2, round(samples * train_fraction)))
    x = torch.as_tensor(x[order], dtype=torch.float32)
    y = torch.as_tensor(y[order], dtype=torch.int64)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


x_train, y_train, x_test, y_test = make_data()
N_CLASSES = {d.n_classes}'''
    split = re.sub(r'QT_TRANSLATE_NOOP\("[a-z_]+", ', "(", inspect.getsource(data.stratified_split)  # no marker
                   ).replace("raise ConfigError(", "raise ValueError(")  # in a script: plain "…".format(…)
    if d.name == "mnist":
        if mnist == "embedded":
            source = '''# The 5,000 MNIST digits bundled with regviz (CC BY-SA 3.0), embedded above as MNIST_NPZ.
import base64
import io

with np.load(io.BytesIO(base64.b64decode(MNIST_NPZ))) as npz:
    images, labels = npz["images"], npz["labels"].astype(np.int64)'''
            return _images_code(cfg, source, split)
        if mnist == "beside":
            where = 'os.path.join(os.path.dirname(os.path.abspath(__file__)), "mnist_5k.npz")'
        else:
            from importlib import resources

            where = repr(str(resources.files("regviz.resources").joinpath("mnist_5k.npz")))
        source = f'''# The 5,000 MNIST digits bundled with regviz (CC BY-SA 3.0): give students this file with the script.
import os

MNIST_FILE = {where}
with np.load(MNIST_FILE) as npz:
    images, labels = npz["images"], npz["labels"].astype(np.int64)'''
    else:
        cls, _ = _TV[d.name]
        source = f'''import torchvision

# Never downloads: point ROOT at a folder that already holds torchvision's {cls} files.
ROOT = {d.root!r}
parts = [torchvision.datasets.{cls}(root=ROOT, train=train, download=False) for train in (True, False)]
images = np.concatenate([np.asarray(p.data) for p in parts])
labels = np.concatenate([np.asarray(p.targets) for p in parts]).astype(np.int64)'''
    return _images_code(cfg, source, split)


def _csv_code(cfg: ExperimentConfig) -> str:
    """A CSV's points travel inside the script (never its path): one row a line, x1, x2 and the class."""
    d = cfg.data
    if task_of(d) == "regression":
        return _csv_curve_code(cfg)
    rows = "\n".join(f"    ({x1!r}, {x2!r}, {int(c)})," for x1, x2, c in d.rows)
    return f'''# -- data: the {len(d.rows)} points of a CSV (x1, x2, class), noise {d.noise:g}, {d.train_fraction:.0%} for training --
CLASS_NAMES = {tuple(d.class_names)!r}
ROWS = [
{rows}
]


def make_data(noise={d.noise!r}, train_fraction={d.train_fraction!r}, seed=DATA_SEED):
    rng = np.random.default_rng([seed, 2024])
    table = np.asarray(ROWS, dtype=np.float64)
    x, y = table[:, :2], table[:, 2].astype(np.int64)
    if noise:
        x = x + rng.normal(0, noise, x.shape)
    samples = len(y)
    order = rng.permutation(samples)
    n_train = max(2, min(samples - 2, round(samples * train_fraction)))
    x = torch.as_tensor(x[order], dtype=torch.float32)
    y = torch.as_tensor(y[order], dtype=torch.int64)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


x_train, y_train, x_test, y_test = make_data()
N_CLASSES = {len(d.class_names)}'''


def _csv_curve_code(cfg: ExperimentConfig) -> str:
    """A CSV's x,y points inside the script, split as regviz splits them (generators.csv_curve_arrays)."""
    d = cfg.data
    rows = "\n".join(f"    ({x!r}, {y!r})," for x, y in d.rows)
    return f'''# -- data: the {len(d.rows)} points of a CSV (x, y), noise σ {d.noise:g} on y, {d.train_fraction:.0%} to train --
ROWS = [
{rows}
]


{inspect.getsource(generators.csv_curve_arrays).strip()}


*_arrays, X_RANGE = csv_curve_arrays(ROWS, {d.noise!r}, {d.train_fraction!r}, DATA_SEED)
x_train, y_train, x_test, y_test = (torch.as_tensor(a, dtype=torch.float32) for a in _arrays)
N_CLASSES = 1  # a regression: one output, the fitted y'''


def _features_code(cfg: ExperimentConfig) -> str:
    """The input features module (2-D data with features other than x1, x2), before the model."""
    names = cfg.data.features
    if names == ["x1", "x2"]:
        return ""
    columns = ", ".join(FEATURE_FORMULAS[n] for n in names)
    return f'''# -- input features, computed from each point (x1, x2) inside the net: {", ".join(names)} --
class Features(nn.Module):
    def forward(self, x):
        return torch.stack([{columns}], 1)


'''
def _curve_code(cfg: ExperimentConfig) -> str:
    """A 1-D regression set: regviz's own curve and point layout (generators.make_1d_arrays), as float tensors."""
    d = cfg.data
    curve = generators.CURVES[d.name]
    return f'''# -- data: {d.samples} points of the "{d.name}" curve, noise σ {d.noise:g} on y, {d.train_fraction:.0%} to train --
{inspect.getsource(curve).strip()}


CURVES = {{{d.name!r}: {curve.__name__}}}
X_RANGES = {{{d.name!r}: {generators.X_RANGES[d.name]!r}}}


{inspect.getsource(generators.make_1d_arrays).strip()}


x_train, y_train, x_test, y_test = (torch.as_tensor(a, dtype=torch.float32) for a in make_1d_arrays(
    {d.name!r}, {d.samples}, {d.noise!r}, {d.train_fraction!r}, DATA_SEED))
N_CLASSES = 1  # a regression: one output, the fitted y
X_RANGE = X_RANGES[{d.name!r}]'''


LEGENDRE = '''class Legendre(nn.Module):
    """x -> [P1(t), ..., P_degree(t)], t = x scaled from X_RANGE to [-1, 1] (P0 = 1 is the next layer's bias).
    Bonnet's recursion: (n + 1) P_{n+1} = (2n + 1) t P_n - n P_{n-1}."""

    def __init__(self, degree, x_range):
        super().__init__()
        self.degree = degree
        lo, hi = x_range
        self.centre, self.half = (lo + hi) / 2, max((hi - lo) / 2, 1e-12)

    def forward(self, x):
        t = (x[:, :1] - self.centre) / self.half
        terms, previous, current = [], torch.ones_like(t), t
        for n in range(1, self.degree + 1):
            terms.append(current)
            previous, current = current, ((2 * n + 1) * t * current - n * previous) / (n + 1)
        return torch.cat(terms, 1) if terms else t[:, :0]'''


def _images_code(cfg: ExperimentConfig, source: str, split: str) -> str:
    d = cfg.data
    return f'''# -- data: {d.train_size} training and {d.test_size} test images of "{d.name}", every class in proportion --
{source}
{split}

train_idx, test_idx = stratified_split(labels, {d.train_size}, {d.test_size}, DATA_SEED)
x = torch.from_numpy(images)
x = x.unsqueeze(1) if x.dim() == 3 else x.permute(0, 3, 1, 2)  # [N, C, H, W]
y = torch.from_numpy(labels)
x_train, y_train = x[torch.from_numpy(train_idx)].float() / 255, y[torch.from_numpy(train_idx)]
x_test, y_test = x[torch.from_numpy(test_idx)].float() / 255, y[torch.from_numpy(test_idx)]
N_CLASSES = int(labels.max()) + 1'''


def input_shape(cfg: ExperimentConfig) -> tuple[int, ...]:
    name = cfg.data.name
    if name in ONE_D_SETS or task_of(cfg.data) == "regression":
        return (1,)
    if name in TWO_D_SETS:
        return (2,)
    return (1, 28, 28) if name == "mnist" else _TV[name][1]


def _model(cfg: ExperimentConfig) -> str:
    m = cfg.model
    if m.kind == "polynomial":
        return (f"# -- model: Legendre polynomials of degree {m.degree} of x, then one linear output (Legendre, not "
                "x, x², …: gradient descent fits them) --\n" + LEGENDRE + "\n\n\n" + "\n".join(model_code(cfg)))
    text = _features_code(cfg) + f'''# -- model: each hidden block is layer -> {"batch norm -> " if m.batchnorm else ""}activation -> dropout --
''' + "\n".join(model_code(cfg))
    return text


def model_code(cfg: ExperimentConfig, dropout: str = "DROPOUT") -> list[str]:
    """Lines that make ``model``: regviz's net, layer for layer, with ``dropout`` (a name or a number) as every
    dropout layer's p, and the init of ``model.init_scale`` if set."""
    m = cfg.model
    shape = input_shape(cfg)
    act = _ACT[m.activation]
    lines: list[str] = []
    if m.kind == "polynomial":
        lines += [f"Legendre({m.degree}, X_RANGE),", f"nn.Linear({m.degree}, N_CLASSES),"]
    elif m.kind == "cnn":
        channels, height, width = shape
        c1 = m.hidden[0]
        for c_in, c_out in ((channels, c1), (c1, 2 * c1)):
            bn = f" nn.BatchNorm2d({c_out})," if m.batchnorm else ""
            lines.append(f"nn.Conv2d({c_in}, {c_out}, 3, padding=1),{bn} {act}, nn.Dropout({dropout}), "
                         "nn.MaxPool2d(2),")
        lines.append("nn.Flatten(),")
        lines.append(f"nn.Linear({2 * c1 * (height // 4) * (width // 4)}, N_CLASSES),")
    else:
        if len(shape) > 1:
            lines.append("nn.Flatten(),")
        width_in = math.prod(shape)
        if len(shape) == 1 and cfg.data.features != ["x1", "x2"]:
            lines.append("Features(),")
            width_in = len(cfg.data.features)
        for width in m.hidden:
            bn = f" nn.BatchNorm1d({width})," if m.batchnorm else ""
            lines.append(f"nn.Linear({width_in}, {width}),{bn} {act}, nn.Dropout({dropout}),")
            width_in = width
        lines.append(f"nn.Linear({width_in}, N_CLASSES),")
    out = ["model = nn.Sequential(", *("    " + line for line in lines), ")"]
    if m.init_scale is not None:
        out += [f"# Weights ~ N(0, (s / sqrt(fan_in))^2): s = {m.init_scale:g} (small s: activations vanish layer by "
                "layer).",
                "for layer in model.modules():",
                "    if isinstance(layer, (nn.Linear, nn.Conv2d)):",
                f"        nn.init.normal_(layer.weight, 0.0, {m.init_scale!r} / math.sqrt(layer.weight[0].numel()))",
                "        nn.init.zeros_(layer.bias)"]
    return out


def _penalty(cfg: ExperimentConfig) -> str:
    params = "(layer.weight, layer.bias)" if cfg.regularization.include_bias else "(layer.weight,)"
    return f'''# -- the penalty, as in the notes: L1 * sum|w| + L2 * sum w^2 over the layers' weights --
weights = [p for layer in model.modules() if isinstance(layer, (nn.Linear, nn.Conv2d)) for p in {params}]


def penalty():
    return (L1 * sum(w.abs().sum() for w in weights)
            + L2 * sum((w ** 2).sum() for w in weights))'''


def _augmentation(cfg: ExperimentConfig) -> str:
    lines = transform_lines(cfg.regularization.augmentation, input_shape(cfg)[-2:])
    body = "\n".join("    " + line for line in lines) or "    v2.Identity(),"
    return f'''# -- dataset augmentation: a fresh random transform of every training image, every time it is drawn --
from torchvision.transforms import v2

transform = v2.Compose([
{body}
])


def augment(batch):
    return torch.stack([transform(image) for image in batch])'''


def _fgsm(cfg: ExperimentConfig) -> str:
    from .notes import FGSM_ATTACK

    a = cfg.regularization.adversarial
    attack = FGSM_ATTACK.strip("\n")
    if cfg.data.name in TWO_D_SETS:
        attack = attack.replace("perturbed_image = torch.clamp(perturbed_image, 0, 1)",
                                "# (2-D points are not pixels: no clamping to [0, 1])")
    return f'''# -- adversarial training with FGSM: loss = (1 - w) * loss(x) + w * loss(x + eps * sign(grad_x loss)) --
EPSILON = {a.epsilon!r}
ADVERSARIAL_WEIGHT = {a.weight!r}

{attack}


def adversarial_loss(x, y):
    x = x.clone().requires_grad_(True)
    clean = F.cross_entropy(model(x), y)
    (grad,) = torch.autograd.grad(clean, x, retain_graph=True)
    x_adv = fgsm_attack(x.detach(), EPSILON, grad)
    return (1 - ADVERSARIAL_WEIGHT) * clean + ADVERSARIAL_WEIGHT * F.cross_entropy(model(x_adv), y)'''


def _loop(cfg: ExperimentConfig) -> str:
    t, r = cfg.training, cfg.regularization
    if t.optimizer == "sgd":
        optimizer = (f"torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum={t.momentum!r}, "
                     "weight_decay=WEIGHT_DECAY)")
    else:
        cls = "AdamW" if t.optimizer == "adamw" else "Adam"
        optimizer = f"torch.optim.{cls}(model.parameters(), lr=LEARNING_RATE, weight_decay=WEIGHT_DECAY)"
    augment = "        xb = augment(xb)\n" if r.augmentation.enabled and cfg.data.name not in TWO_D_SETS else ""
    loss = ("adversarial_loss(xb, yb)" if r.adversarial.epsilon > 0 else "F.cross_entropy(model(xb), yb)")
    if task_of(cfg.data) == "regression":
        return _regression_loop(optimizer)
    return f'''# -- training --
optimizer = {optimizer}


def evaluate(x, y):
    model.eval()  # dropout off, batch norm uses its running statistics
    with torch.no_grad():
        logits = model(x)
        loss, accuracy = F.cross_entropy(logits, y).item(), (logits.argmax(1) == y).float().mean().item()
    model.train()
    return loss, accuracy


def main():
    batches = torch.Generator().manual_seed(SEED)
    order, cursor = torch.randperm(len(y_train), generator=batches), 0
    for step in range(1, STEPS + 1):
        if cursor + BATCH_SIZE > len(order):  # a fresh shuffle every epoch
            order, cursor = torch.randperm(len(y_train), generator=batches), 0
        idx = order[cursor:cursor + BATCH_SIZE]
        cursor += BATCH_SIZE
        xb, yb = x_train[idx], y_train[idx]
{augment}        loss = {loss} + penalty()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % EVAL_EVERY == 0 or step == STEPS:
            train_loss, train_acc = evaluate(x_train, y_train)
            test_loss, test_acc = evaluate(x_test, y_test)
            print(f"step {{step:6d}}  train loss {{train_loss:.4f}}  test loss {{test_loss:.4f}}  "
                  f"train accuracy {{train_acc:.1%}}  test accuracy {{test_acc:.1%}}", flush=True)


if __name__ == "__main__":
    main()'''



def _regression_loop(optimizer: str) -> str:
    """The loop of a regression: the notes' mean squared error, paired (the mean over the (x, y) pairs of
    (y - prediction)²), plus the penalty; R² where a classifier prints accuracy."""
    return f'''# -- training: loss = MSE + penalty, MSE = mean over the (x, y) pairs of (y - prediction) ** 2 --
optimizer = {optimizer}


def mse(x, y):
    return ((y - model(x)[:, 0]) ** 2).mean()


def evaluate(x, y):
    model.eval()
    with torch.no_grad():
        loss = mse(x, y).item()
        r2 = 1 - loss / ((y - y.mean()) ** 2).mean().item()  # 1: a perfect fit; 0: no better than the mean
    model.train()
    return loss, r2


def main():
    batches = torch.Generator().manual_seed(SEED)
    order, cursor = torch.randperm(len(y_train), generator=batches), 0
    for step in range(1, STEPS + 1):
        if cursor + BATCH_SIZE > len(order):  # a fresh shuffle every epoch
            order, cursor = torch.randperm(len(y_train), generator=batches), 0
        idx = order[cursor:cursor + BATCH_SIZE]
        cursor += BATCH_SIZE
        loss = mse(x_train[idx], y_train[idx]) + penalty()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % EVAL_EVERY == 0 or step == STEPS:
            train_loss, train_r2 = evaluate(x_train, y_train)
            test_loss, test_r2 = evaluate(x_test, y_test)
            print(f"step {{step:6d}}  train loss {{train_loss:.4f}}  test loss {{test_loss:.4f}}  (MSE)  "
                  f"train R² {{train_r2:.3f}}  test R² {{test_r2:.3f}}", flush=True)


if __name__ == "__main__":
    main()'''
