"""torch.optim's SGD, Adam and AdamW, stepping without importing torch._dynamo.

torch.optim wraps ``step``, ``zero_grad`` and ``add_param_group`` in decorators that exist for torch.compile:
their first call imports torch._dynamo (here 0.9 s, and 150 MB in the training process, a fifth of it) only
to mark graph breaks, which do nothing in eager mode. These subclasses call the very functions those
decorators wrap (``inspect.unwrap``), with autograd off as the step's decorator sets it, so every update is
torch's own arithmetic, bit for bit (tests/core/run/test_optimizers.py checks it, and that training never
imports torch._dynamo).
"""
from __future__ import annotations

import inspect

import torch

from ..config import ExperimentConfig


def _eager(cls: type[torch.optim.Optimizer]) -> type[torch.optim.Optimizer]:
    step = inspect.unwrap(cls.step)

    class Eager(cls):  # type: ignore[valid-type, misc]
        def step(self, closure=None):
            with torch.no_grad():
                return step(self, closure)

        add_param_group = inspect.unwrap(torch.optim.Optimizer.add_param_group)
        zero_grad = inspect.unwrap(torch.optim.Optimizer.zero_grad)

    Eager.__name__ = Eager.__qualname__ = cls.__name__
    return Eager


SGD, Adam, AdamW = _eager(torch.optim.SGD), _eager(torch.optim.Adam), _eager(torch.optim.AdamW)


def make_optimizer(params, cfg: ExperimentConfig) -> torch.optim.Optimizer:
    """``cfg``'s optimizer over ``params`` (one model's, or every lockstep net's that steps alike)."""
    t, wd = cfg.training, cfg.regularization.weight_decay
    # foreach: one multi-tensor kernel per update op instead of a Python loop over parameters (measured ~1.5x
    # faster Adam steps on the small nets here); the maths is the same.
    if t.optimizer == "sgd":
        return SGD(params, lr=t.lr, momentum=t.momentum, weight_decay=wd, foreach=True)
    cls = AdamW if t.optimizer == "adamw" else Adam
    return cls(params, lr=t.lr, weight_decay=wd, foreach=True)
