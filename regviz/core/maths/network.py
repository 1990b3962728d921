"""The net as the Network tab draws it (TF Playground's picture): units, the links between them, and what
each unit computes.

A wide layer is shown honestly, not all of it: the ``MAX_UNITS`` units with the largest outgoing weight norm
(‖column of the next layer's weights‖₂), the ones the rest of the net listens to most; the tab says how many
more there are. With two classes the output is one unit, P(class 1), and its links are the weights of the
log-odds (w₁ − w₀), which is what the boundary is made of; with K > 2, K output units, each its class's
probability. The input column is the net's input features (x1, x2, or the FeatureMap's x1², sin x1, …).
"""
from __future__ import annotations

import torch
from torch import nn

from ..records import MAX_FILTERS, MAX_UNITS, NetworkView
from .features import FeatureMap

MAP_SIZE = 24  # each unit's map over the input plane, MAP_SIZE × MAP_SIZE


def _strongest(outgoing: torch.Tensor, limit: int) -> torch.Tensor:
    """Indices (ascending) of the ``limit`` units with the largest outgoing weight norm; columns of ``outgoing``
    are units."""
    norms = outgoing.float().norm(dim=0)
    if norms.numel() <= limit:
        return torch.arange(norms.numel())
    return torch.topk(norms, limit).indices.sort().values.cpu()


def _weights(model: nn.Module) -> list[torch.Tensor]:
    return [m.weight.detach() for m in model.modules() if isinstance(m, (nn.Linear, nn.Conv2d))]


def _unit_outputs(model: nn.Module, x: torch.Tensor) -> tuple[list[torch.Tensor], torch.Tensor]:
    """The input features (the plane itself without a FeatureMap), every hidden layer's output (after its
    nonlinearity) and the output units' probabilities (two classes: class 1's alone), in eval mode."""
    outputs: list[torch.Tensor] = []
    watched = [m for m in model.modules() if isinstance(m, FeatureMap)] + list(model.activations)
    hooks = [m.register_forward_hook(lambda _m, _i, out: outputs.append(out.detach())) for m in watched]
    was_training = model.training
    model.eval()
    try:
        probability = torch.softmax(model(x), 1)
        probability = probability[:, -1:] if probability.shape[1] == 2 else probability
    finally:
        model.train(was_training)
        for h in hooks:
            h.remove()
    return outputs, probability


@torch.inference_mode()
def network_view(model: nn.Module, extent: tuple[float, float, float, float] | None, *, max_units: int = MAX_UNITS,
                 max_filters: int = MAX_FILTERS, input_shape: tuple[int, ...] = (2,)) -> NetworkView:
    """The drawing of ``model``: for 2-D data (``extent`` given) the unit graph with each unit's map over the
    plane; for images the first layer's weights as pictures."""
    weights = _weights(model)
    zero = sum(int((w == 0).sum()) for w in weights)
    total = sum(w.numel() for w in weights)
    if extent is None:
        return _filters_view(weights, input_shape, max_filters, zero, total)
    head = weights[-1]
    if input_shape == (1,):  # a regression: one input (or the polynomial's P1 … Pd), one output, no maps
        degree = getattr(model.features[0], "degree", None) if len(model.features) else None
        names = tuple(f"P{k}" for k in range(1, degree + 1)) if degree is not None else ("x",)
        return _graph(weights, max_units, zero, total, names)
    matrices = [w.reshape(w.shape[0], -1) for w in weights[:-1]]
    matrices.append(head[1:] - head[:1] if head.shape[0] == 2 else head)  # the log-odds of class 1
    widths, shown, links = _units_and_links(matrices, max_units)
    x0, x1, y0, y1 = extent
    gy, gx = torch.meshgrid(torch.linspace(y0, y1, MAP_SIZE), torch.linspace(x0, x1, MAP_SIZE), indexing="ij")
    plane = torch.stack([gx.flatten(), gy.flatten()], 1)
    device = weights[0].device
    hidden, probability = _unit_outputs(model, plane.to(device))
    if not any(isinstance(m, FeatureMap) for m in model.modules()):
        hidden = [plane.to(device), *hidden]
    layers = [*hidden, probability]
    maps = tuple(layer[:, idx.to(layer.device)].T.reshape(-1, MAP_SIZE, MAP_SIZE).float().cpu().numpy().copy()
                 for layer, idx in zip(layers, shown))
    feature_map = next((m for m in model.modules() if isinstance(m, FeatureMap)), None)
    inputs = feature_map.names if feature_map is not None else ("x1", "x2")
    return NetworkView(widths, tuple(s.numpy().copy() for s in shown), links, zero, total, maps=maps, inputs=inputs)


def _units_and_links(matrices: list[torch.Tensor], max_units: int) -> tuple:
    """Each layer's width, the units drawn (inputs and outputs all, hidden layers their ``max_units`` strongest),
    and the weights of the links between the drawn units."""
    widths = (matrices[0].shape[1], *(m.shape[0] for m in matrices))
    shown = [torch.arange(widths[0])]
    shown += [_strongest(matrices[layer], max_units) for layer in range(1, len(matrices))]
    shown.append(torch.arange(widths[-1]))
    links = tuple(matrices[gap][shown[gap + 1]][:, shown[gap]].float().cpu().numpy().copy()
                  for gap in range(len(matrices)))
    return widths, shown, links


def _graph(weights: list[torch.Tensor], max_units: int, zero: int, total: int,
           input_names: tuple[str, ...]) -> NetworkView:
    """The unit graph alone (a 1-D regression: a unit's map over a line is not drawn)."""
    matrices = [w.reshape(w.shape[0], -1) for w in weights]
    widths, shown, links = _units_and_links(matrices, max_units)
    return NetworkView(widths, tuple(s.numpy().copy() for s in shown), links, zero, total,
                       input_names=input_names)


def _filters_view(weights: list[torch.Tensor], input_shape: tuple[int, ...], max_filters: int, zero: int,
                  total: int) -> NetworkView:
    """Image data: the first layer's units as pictures (a Linear unit's weights laid out as the image; a conv
    filter as its kernel), the strongest ``max_filters`` by outgoing weight norm."""
    first = weights[0]
    if first.dim() == 4:  # conv: [filters, channels, k, k]; the next layer's columns are (filter, k, k) groups
        pictures = first.mean(1)
        units = torch.arange(min(first.shape[0], max_filters))
    elif len(weights) == 1:  # no hidden layer (model.hidden = []): each output unit's weights are its picture
        units = torch.arange(min(first.shape[0], max_filters))
        channels, height, width = input_shape
        pictures = first.reshape(first.shape[0], channels, height, width).mean(1)
    else:
        following = weights[1]
        following = following.reshape(following.shape[0], -1) if following.dim() == 2 else following.flatten(1)
        units = _strongest(following, max_filters)
        channels, height, width = input_shape
        pictures = first.reshape(first.shape[0], channels, height, width).mean(1)
    return NetworkView((), (), (), zero, total, filters=pictures[units].float().cpu().numpy().copy(),
                       filter_units=units.numpy().copy(), first_layer_width=first.shape[0])
