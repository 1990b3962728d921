"""A race's forward and backward pass as one batched computation: the variants' MLPs side by side.

Why: a race trains up to four nets of one architecture on the same minibatch. Run one after another, each small
net costs kernel launches, not arithmetic, and a race of four cost four times one net (4.0x on overfit-2d).
Side by side, the first layer's weight gradients are one matrix product of the shared input with every
variant's output gradients, the later layers one batched product each, and dropout one draw for the nets that
drop: the same losses and gradients per variant, in fewer, larger kernels.

What it computes is exactly each variant's own loss, ``cross_entropy(model_i(x), y)``, summed, so each variant's
gradient is its own (they share no parameter); the weights are read from the variants' own parameters
(``torch.stack`` and ``_SharedInputLinear`` route the gradients back to them), so the optimizers, the L1 and L2
steps and everything else work on the variants as usual. Only dropout differs from a net trained alone: its masks come from
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
    nothing per variant that changes the input (augmentation, adversarial examples); a classification (the side
    by side loss is cross-entropy)."""
    from ..config import task_of

    first = configs[0].model
    return len(configs) > 1 and task_of(configs[0].data) == "classification" and all(
        c.model.kind == "mlp" and not c.model.batchnorm and c.model.hidden == first.hidden
        and c.model.activation == first.activation and c.regularization.adversarial.epsilon == 0
        and not c.regularization.augmentation.enabled for c in configs)


class _SharedInputLinear(torch.autograd.Function):
    """Every variant's first layer on the one input they share: forward, each variant's own product (no copy of
    the weights); backward, every variant's weight gradient as one product of the input with all their output
    gradients side by side (one large product is 2.4x faster here than four small ones)."""

    @staticmethod
    def forward(ctx, x, *params):
        weights, biases = params[0::2], params[1::2]
        out = x.new_empty(len(weights), len(x), weights[0].shape[0])
        for i, (w, b) in enumerate(zip(weights, biases)):
            torch.addmm(b, x, w.t(), out=out[i])
        ctx.save_for_backward(x)
        return out

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        n, batch, units = grad.shape
        side_by_side = grad.transpose(0, 1).reshape(batch, n * units)  # [batch, variant·units]
        weight_grads = side_by_side.t().mm(x).view(n, units, -1)
        bias_grads = grad.sum(1)
        return (None, *[g for i in range(n) for g in (weight_grads[i], bias_grads[i])])


def stacked_losses(models: list[Classifier], x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Each variant's cross-entropy on (x, y), as a vector, from one batched forward pass (call ``.sum()
    .backward()`` on it: every variant gets its own gradient)."""
    n = len(models)
    h = x.flatten(1)
    layers = [list(m.features) + [m.head] for m in models]
    first_linear = True
    for depth, module in enumerate(layers[0]):
        if isinstance(module, nn.Linear):
            if first_linear:  # the input is shared (see _SharedInputLinear)
                params = [t for layer in layers for t in (layer[depth].weight, layer[depth].bias)]
                h = _SharedInputLinear.apply(h, *params)  # [variant, batch, units]
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
                draws = torch.rand((len(dropped), *h.shape[1:]), dtype=h.dtype, device=h.device)
                scale[dropped] = (draws >= p).to(h.dtype).div_(1 - p)
                h = h * scale
        elif isinstance(module, nn.Flatten):
            continue  # done above: the input is flat from the start
        else:
            h = module(h)  # the activation, elementwise: the same module type for every variant
    return F.cross_entropy(h.reshape(n * len(x), -1), y.repeat(n), reduction="none").view(n, len(x)).mean(1)
