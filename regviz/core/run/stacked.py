"""A race's forward and backward pass as one batched computation: the variants' MLPs side by side.

Why: a race trains up to four nets of one architecture on the same minibatch. Run one after another, each small
net costs kernel launches, not arithmetic, and a race of four cost four times one net (4.0x on overfit-2d).
Side by side, the first layer is one matrix product of the shared input with every variant's weights
concatenated (and its weight gradient one product too), the later layers one batched product each, and
dropout one mask for all: the same losses and gradients per variant, in fewer, larger kernels.

What it computes is exactly each variant's own loss, ``cross_entropy(model_i(x), y)``, summed, so each variant's
gradient is its own (they share no parameter); the weights are read from the variants' own parameters
(``torch.cat``/``torch.stack`` route the gradients back to them), so the optimizers, the L1 and L2 steps and
everything else work on the variants as usual. Only dropout differs from a net trained alone: its masks come from
one draw for the variants that drop units (the same kept-unit share, other random numbers).

Used for MLP races without batch norm, augmentation or adversarial training (``stackable``); anything else trains
one variant after another (core.run.training.Trainer.step).
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from ..maths.models import Classifier


def stackable(configs: list) -> bool:
    """True when the variants' nets can run side by side: MLPs of one shape and activation, no batch norm, and
    nothing per variant that changes the input (augmentation, adversarial examples)."""
    first = configs[0].model
    return len(configs) > 1 and all(
        c.model.kind == "mlp" and not c.model.batchnorm and c.model.hidden == first.hidden
        and c.model.activation == first.activation and c.regularization.adversarial.epsilon == 0
        and not c.regularization.augmentation.enabled for c in configs)


def stacked_losses(models: list[Classifier], x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Each variant's cross-entropy on (x, y), as a vector, from one batched forward pass (call ``.sum()
    .backward()`` on it: every variant gets its own gradient)."""
    n = len(models)
    h = x.flatten(1)
    layers = [list(m.features) + [m.head] for m in models]
    first_linear = True
    for depth, module in enumerate(layers[0]):
        if isinstance(module, nn.Linear):
            if first_linear:  # the input is shared: one product with the weights of every variant concatenated
                weight = torch.cat([layer[depth].weight for layer in layers])
                bias = torch.cat([layer[depth].bias for layer in layers])
                h = F.linear(h, weight, bias).view(len(x), n, -1).transpose(0, 1)  # [variant, batch, units]
                first_linear = False
            else:
                weight = torch.stack([layer[depth].weight for layer in layers])
                bias = torch.stack([layer[depth].bias for layer in layers])
                h = torch.baddbmm(bias.unsqueeze(1), h, weight.transpose(1, 2))
        elif isinstance(module, nn.Dropout):
            rates = [layer[depth].p for layer in layers]
            dropped = [i for i, p in enumerate(rates) if p > 0]  # random numbers only for the nets that drop
            if dropped:
                p = torch.tensor([rates[i] for i in dropped], device=h.device).view(-1, 1, 1)
                scale = torch.ones(n, *h.shape[1:], dtype=h.dtype, device=h.device)
                scale[dropped] = (torch.rand_like(h[dropped]) >= p).to(h.dtype) / (1 - p)
                h = h * scale
        elif isinstance(module, nn.Flatten):
            continue  # done above: the input is flat from the start
        else:
            h = module(h)  # the activation, elementwise: the same module type for every variant
    return F.cross_entropy(h.reshape(n * len(x), -1), y.repeat(n), reduction="none").view(n, len(x)).mean(1)
