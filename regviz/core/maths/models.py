"""An MLP and a small CNN, each with switchable dropout and batch norm, and the textbook's polynomial model.

Each hidden block is ``Linear/Conv -> [BatchNorm] -> activation -> [Dropout]``, so what enters the nonlinearity
is the batch-normalised pre-activation: that is what the probes watch. The nonlinearities are separate modules
(not functional calls) precisely so that forward hooks can see their inputs.
"""
from __future__ import annotations

import math
import warnings

import torch
from torch import nn

from ..config import ModelConfig
from ..translatable import QT_TRANSLATE_NOOP
from .features import FeatureMap

_ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class Classifier(nn.Module):
    """A feature stack plus a linear head; ``activations`` lists the nonlinearity modules in depth order."""

    def __init__(self, features: nn.Sequential, head: nn.Module):
        super().__init__()
        self.features = features
        self.head = head
        self.is_conv = any(isinstance(m, nn.Conv2d) for m in features.modules())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # A dropout layer at p = 0 or in eval mode is the identity (torch returns its input, draws nothing): not
        # called at all, since every block has one for live switching and their calls were 2-3 % of a small
        # net's step (the ratio against a bare loop, issue 26).
        for module in self.features:
            if not (isinstance(module, nn.Dropout) and (module.p == 0 or not self.training)):
                x = module(x)
        return self.head(x)

    @property
    def first_linear(self) -> nn.Linear:
        """The layer fed the inputs (the head itself when there is no hidden layer)."""
        return next((m for m in self.features if isinstance(m, nn.Linear)), self.head)

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        """``forward``'s very bits for a record (eval mode, no autograd, no hooks), a conv net's in three fifths of
        the time: a ReLU right before a max pool is taken after it instead, in place, on a quarter of the numbers
        (the largest of ReLUs is the ReLU of the largest, exactly). Dropout is the identity in eval mode."""
        if not self.is_conv or self.training or torch.is_grad_enabled():
            return self(x)
        layers = [m for m in self.features if not isinstance(m, nn.Dropout)]
        h, i = x, 0
        while i < len(layers):
            layer, after = layers[i], layers[i + 1] if i + 1 < len(layers) else None
            if isinstance(layer, nn.ReLU) and isinstance(after, MaxPool):
                h, i = torch.relu_(after(h)), i + 2
            else:
                h, i = layer(h), i + 1
        return self.head(h)

    @property
    def activations(self) -> list[nn.Module]:
        return [m for m in self.features.modules() if isinstance(m, tuple(_ACTIVATIONS.values()))]

    @property
    def dropouts(self) -> list[nn.Dropout]:
        return [m for m in self.modules() if isinstance(m, (nn.Dropout, nn.Dropout2d))]

    def set_dropout(self, p: float) -> None:
        """Change dropout live: the layers exist even at p = 0, so switching it on needs no rebuild."""
        for m in self.dropouts:
            m.p = p


class MaxPool(nn.MaxPool2d):
    """2x2 max pooling that, when nothing is being trained (evaluation, records), takes the larger of row pairs
    and then of column pairs, on views of the image: 2.5x faster than torch's CPU kernel, whose reads stride
    badly in this layout (it was a third of a conv net's record), and a maximum is exact (NaN included), so the
    logits are the same bits. Training keeps the usual path, for its gradient."""

    def __init__(self, size: int = 2):
        if size != 2:
            raise ValueError("MaxPool pools 2x2 windows only")
        super().__init__(2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        n, c, height, width = x.shape
        if torch.is_grad_enabled() or height % 2 or width % 2 or not x.is_contiguous():
            return super().forward(x)
        rows = x.view(n, c, height // 2, 2, width)
        rows = torch.maximum(rows[:, :, :, 0], rows[:, :, :, 1]).view(n, c, height // 2, width // 2, 2)
        return torch.maximum(rows[..., 0], rows[..., 1])


def _block(layer: nn.Module, width: int, cfg: ModelConfig, conv: bool) -> list[nn.Module]:
    parts: list[nn.Module] = [layer]
    if cfg.batchnorm:
        parts.append(nn.BatchNorm2d(width) if conv else nn.BatchNorm1d(width))
    parts.append(_ACTIVATIONS[cfg.activation]())
    parts.append(nn.Dropout(cfg.dropout))
    return parts


def build_mlp(input_shape: tuple[int, ...], n_classes: int, cfg: ModelConfig,
              features: tuple[str, ...] = ()) -> Classifier:
    """``hidden`` = [] is no hidden layer: one Linear from the inputs to the outputs (logistic regression on
    the features). ``features``: 2-D data's input features (core.maths.features), () for the plain (x1, x2)."""
    layers: list[nn.Module] = [nn.Flatten()] if len(input_shape) > 1 else []
    width_in = math.prod(input_shape)
    if features and tuple(features) != ("x1", "x2"):
        layers.append(FeatureMap(tuple(features)))
        width_in = len(features)
    for width in cfg.hidden:
        layers += _block(nn.Linear(width_in, width), width, cfg, conv=False)
        width_in = width
    return Classifier(nn.Sequential(*layers), nn.Linear(width_in, n_classes))


class Legendre(nn.Module):
    """x ↦ [P1(t), …, P_degree(t)] with t = x scaled from the data's span ``x_range`` to [-1, 1] (P0 = 1 is the
    next Linear's bias). Legendre polynomials are orthogonal on [-1, 1], so gradient descent fits their
    coefficients well; the monomials x, x², … on [0, 1] are so nearly collinear that Adam stalls at a train MSE of
    0.02–0.06 where least squares reaches 0. Bonnet's recursion: (n+1) P_{n+1} = (2n+1) t P_n − n P_{n−1}."""

    def __init__(self, degree: int, x_range: tuple[float, float]):
        super().__init__()
        self.degree = degree
        lo, hi = x_range
        self.centre, self.half = (lo + hi) / 2, max((hi - lo) / 2, 1e-12)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        t = (x[:, :1] - self.centre) / self.half
        terms, previous, current = [], torch.ones_like(t), t
        for n in range(1, self.degree + 1):
            terms.append(current)
            previous, current = current, ((2 * n + 1) * t * current - n * previous) / (n + 1)
        return torch.cat(terms, 1) if terms else t[:, :0]


def build_polynomial(input_shape: tuple[int, ...], n_outputs: int, cfg: ModelConfig,
                     x_range: tuple[float, float]) -> Classifier:
    """Legendre features of degree ``cfg.degree`` feeding one Linear: y = b + Σ_k w_k P_k(t)."""
    if input_shape != (1,):
        raise ValueError(QT_TRANSLATE_NOOP("models", "the polynomial model takes one input (a 1-D data set)"))
    with warnings.catch_warnings():  # degree 0 (a constant, the bias alone): torch warns its empty weight's init
        warnings.filterwarnings("ignore", "Initializing zero-element tensors", UserWarning)
        head = nn.Linear(cfg.degree, n_outputs)
    return Classifier(nn.Sequential(Legendre(cfg.degree, x_range)), head)


def build_cnn(input_shape: tuple[int, ...], n_classes: int, cfg: ModelConfig) -> Classifier:
    """Two 3x3 conv blocks (channels from ``hidden[0]``, doubled), each halving the image, then the head."""
    channels, height, width = input_shape
    c1 = cfg.hidden[0]
    layers: list[nn.Module] = []
    for c_in, c_out in ((channels, c1), (c1, 2 * c1)):
        layers += _block(nn.Conv2d(c_in, c_out, 3, padding=1), c_out, cfg, conv=True)
        layers.append(MaxPool(2))
    layers.append(nn.Flatten())
    flat = 2 * c1 * (height // 4) * (width // 4)
    return Classifier(nn.Sequential(*layers), nn.Linear(flat, n_classes))


def build_model(input_shape: tuple[int, ...], n_classes: int, cfg: ModelConfig, seed: int,
                features: tuple[str, ...] = (), x_range: tuple[float, float] = (-1.0, 1.0)) -> Classifier:
    """Same seed and same Linear/Conv shapes -> same initial weights, with or without batch norm and dropout
    (those layers draw no random numbers at construction), which is what the A/B comparison relies on.
    ``n_classes``: the output units (1 for a regression); ``x_range``: the polynomial model's x span."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        if cfg.kind == "polynomial":
            model = build_polynomial(input_shape, n_classes, cfg, x_range)
        elif cfg.kind == "cnn":
            model = build_cnn(input_shape, n_classes, cfg)
        else:
            model = build_mlp(input_shape, n_classes, cfg, features)
        if cfg.init_scale is not None:
            for module in model.modules():
                if isinstance(module, (nn.Linear, nn.Conv2d)):
                    fan_in = module.weight[0].numel()
                    nn.init.normal_(module.weight, 0.0, cfg.init_scale / math.sqrt(fan_in))
                    nn.init.zeros_(module.bias)
    return model


def penalized_parameters(model: nn.Module, include_bias: bool) -> list[nn.Parameter]:
    """The parameters L1/L2 act on: Linear and Conv weights (and their biases when asked). Batch norm's γ and β
    are left alone, as is usual: penalising them fights the very normalisation batch norm provides."""
    params = []
    for module in model.modules():
        if isinstance(module, (nn.Linear, nn.Conv2d)):
            params.append(module.weight)
            if include_bias and module.bias is not None:
                params.append(module.bias)
    return params
