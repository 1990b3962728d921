"""What enters each nonlinearity, layer by layer: the batch-norm view.

Forward hooks on the activation modules capture their inputs (after batch norm when it is on). ``std`` is the
spread of a unit's input from example to example, averaged over the layer's units (for conv layers, over
channels, counting every position). That is the signal a layer passes on: in a deep sigmoid net with small
weights it shrinks layer by layer (sigmoid's slope is at most 1/4), while batch norm resets it to γ ≈ 1 at every
layer. A plain std over the whole tensor would hide this behind the constant offsets between units; so do the
histograms, which are of each unit's input around that unit's own mean (the layer's ``mean`` is kept apart).
"""
from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from ..records import LayerStats


def _by_unit(values: torch.Tensor) -> torch.Tensor:
    """[examples, units] (for conv maps, every position of a channel counts as an example of that unit)."""
    if values.dim() == 4:
        return values.transpose(0, 1).reshape(values.shape[1], -1).T
    return values.reshape(values.shape[0], -1)


@torch.no_grad()
def capture_activation_inputs(model: nn.Module, x: torch.Tensor) -> list[torch.Tensor]:
    """The input of every nonlinearity for batch ``x``, in depth order: eval mode (no dropout), except that batch
    norm uses the statistics of ``x`` itself. In eval mode it would use its running averages, which before
    training are the identity (μ = 0, σ² = 1) and would hide exactly what batch norm does."""
    captured: list[torch.Tensor] = []
    hooks = [m.register_forward_hook(lambda _m, inputs, _out: captured.append(inputs[0].detach()))
             for m in model.activations]
    norms = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    saved = [(m.momentum, m.num_batches_tracked.clone()) for m in norms]
    was_training = model.training
    model.eval()
    for m in norms:  # normalise with this batch's μ and σ², as the formula says, leaving running stats alone
        m.train()
        m.momentum = 0.0
    try:
        model(x)
    finally:
        for m, (momentum, tracked) in zip(norms, saved):
            m.momentum = momentum
            m.num_batches_tracked.copy_(tracked)
        model.train(was_training)
        for h in hooks:
            h.remove()
    return captured


def activation_stats(model: nn.Module, x: torch.Tensor, bins: int = 41,
                     limit: float | None = None) -> tuple[LayerStats, ...]:
    """Per-layer mean, signal std and histogram of the unit-centred inputs, all layers on one shared range
    (±``limit``; by default the 99.5th percentile of |value| over all layers), so layers can be compared by
    eye: a layer whose signal vanishes shows as a spike."""
    inputs = capture_activation_inputs(model, x)
    if not inputs:
        return ()
    units = [_by_unit(v).float() for v in inputs]
    centred = [u - u.mean(0, keepdim=True) for u in units]
    if limit is None:
        sample = torch.cat([c.flatten()[:20000] for c in centred]).abs()
        sample = sample[torch.isfinite(sample)]  # a diverged net's NaNs must not make the range NaN
        limit = float(torch.quantile(sample, 0.995)) if sample.numel() else 1.0
    limit = max(limit, 1e-6) if math.isfinite(limit) else 1.0
    edges = np.linspace(-limit, limit, bins + 1)
    stats = []
    for i, (u, c) in enumerate(zip(units, centred), start=1):
        values = c.flatten()
        values = values[torch.isfinite(values)]
        hist = torch.histc(values.clamp(-limit, limit), bins=bins, min=-limit, max=limit).cpu().numpy()
        std = float(u.std(dim=0, unbiased=False).mean())
        stats.append(LayerStats(i, float(u.mean()), std, hist, edges))
    return tuple(stats)


@torch.no_grad()
def dropout_masks(model: nn.Module, x: torch.Tensor, seed: int, units: int | None = 8) -> tuple[np.ndarray, ...]:
    """Which units each dropout layer silences in one training-mode forward pass (True = dropped), for the
    first example of ``x`` and the first ``units`` units (None: all): a fresh sample of what training does at
    every step.

    Each dropout layer is fed ones, so its output is non-zero exactly where the unit was kept (a real input can
    be 0 by itself). The draw uses its own random stream (``seed``: a new one gives a new sample) and leaves
    batch norm's running statistics alone, so looking never changes how training goes on."""
    layers = [m for m in model.dropouts if m.p > 0]
    if not layers:
        return ()
    masks: list[np.ndarray] = []
    feed = [m.register_forward_pre_hook(lambda _m, inputs: (torch.ones_like(inputs[0]),)) for m in layers]
    grab = [m.register_forward_hook(lambda _m, _i, out: masks.append((out[0] == 0).flatten()[:units].cpu().numpy()))
            for m in layers]
    norms = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    saved = [(m.momentum, m.num_batches_tracked.clone()) for m in norms]
    was_training = model.training
    try:
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            model.train()
            for m in norms:
                m.momentum = 0.0
            model(x[:2])  # two examples: batch norm cannot normalise a batch of one
    finally:
        for m, (momentum, tracked) in zip(norms, saved):
            m.momentum = momentum
            m.num_batches_tracked.copy_(tracked)
        model.train(was_training)
        for h in feed + grab:
            h.remove()
    return tuple(masks)
