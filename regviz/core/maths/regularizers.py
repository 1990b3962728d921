"""L1 and L2 exactly as the notes write them, next to their formulas.

    L2 (ridge):  loss = data loss + λ Σ w²      gradient of the penalty: 2λw  (pulls every weight towards 0,
                                                 big weights hardest, so weights shrink but rarely reach 0)
    L1 (lasso):  loss = data loss + λ Σ |w|     gradient of the penalty: λ·sign(w)  (the same pull for every
                                                 weight, however small, which is what drives weights to 0)

Both sums run over the weights of Linear and Conv layers (biases only when asked) and are computed with torch's
``_foreach`` kernels: one call over the whole parameter list, not a Python ``sum()`` over parameters (measured
~2.5x slower per step here).

Why L1 is a proximal step, not a sub-gradient: adding λ·sign(w) to the gradient makes a weight that should be 0
jump back and forth across zero forever (it is never exactly 0, so never counted as pruned). Instead, after the
optimizer's step on the data loss we apply L1's proximal operator, soft-thresholding:

    w ← sign(w) · max(|w| − t, 0)

A weight that would cross zero lands on exactly zero and stays there until the data gradient is stronger than
λ (TF Playground does the same when it clips a weight that crosses zero). With plain SGD, t = lr·λ and this is
exactly proximal gradient descent (ISTA) on data loss + λΣ|w|. With Adam, t = λ·lr/(√v̂ + ε), Adam's own
per-weight step size: the same operator in Adam's diagonal metric, so λ means the same pull under either
optimizer.

Optimizer weight decay (``regularization.weight_decay``) is offered too, with this caveat: with SGD it is the
same thing as L2 (decay wd ≡ λ = wd/2); with Adam it is L2 whose pull Adam rescales per weight (weights with
large past gradients are decayed less); with AdamW it is decoupled decay, w ← w − lr·wd·w, which is equivalent
to L2 under neither.
"""
from __future__ import annotations

from collections.abc import Sequence

import torch


def l1_norm(params: Sequence[torch.Tensor]) -> torch.Tensor:
    """Σ |w| over all tensors, in one fused call."""
    if not params:
        return torch.zeros(())
    return torch.stack(torch._foreach_norm(list(params), 1)).sum()


def squared_l2_norm(params: Sequence[torch.Tensor]) -> torch.Tensor:
    """Σ w² over all tensors, in one fused call."""
    if not params:
        return torch.zeros(())
    return torch.stack(torch._foreach_norm(list(params), 2)).square().sum()


def l1_penalty(params: Sequence[torch.Tensor], lam: float) -> torch.Tensor:
    """λ Σ |w| (differentiable: the worked examples and tests use it as the notes do)."""
    return lam * l1_norm(params)


def l2_penalty(params: Sequence[torch.Tensor], lam: float) -> torch.Tensor:
    """λ Σ w² (differentiable)."""
    return lam * squared_l2_norm(params)


class FlatWeights:
    """The penalized weights of one model, re-seated as views of one flat tensor, with the optimizer on top.

    Why: the 2-D nets are so small that a step costs kernel launches, not arithmetic. With every weight (and, for
    Adam, every second-moment estimate) in one tensor, each elementwise operation of a penalty is one kernel
    whatever the number of layers, which keeps an L1+L2 step within a few percent of a plain one. The
    Parameter objects stay the same (only their storage moves), so the model and optimizer see no difference.
    Create it after the model is on its device (``Module.to`` re-allocates parameters).
    """

    def __init__(self, params: Sequence[torch.nn.Parameter], optimizer: torch.optim.Optimizer | None = None):
        self.params = list(params)
        self.optimizer: torch.optim.Optimizer | None = None
        self.second_moment: torch.Tensor | None = None
        with torch.no_grad():
            self.flat = torch.cat([p.reshape(-1) for p in self.params]) if self.params else torch.zeros(0)
            for p, view in zip(self.params, self._views(self.flat)):
                p.data = view
        if optimizer is not None:
            self.attach(optimizer)

    def attach(self, optimizer: torch.optim.Optimizer) -> None:
        """The optimizer that steps these weights (L1's threshold reads its step size). It comes after the
        weights, and it may be replaced carrying their Adam state (a race regrouping its optimizers), whose flat
        second moment then stays the one L1 reads."""
        self.optimizer = optimizer
        carried = self.second_moment is not None and all(p in optimizer.state for p in self.params)
        if isinstance(optimizer, (torch.optim.Adam, torch.optim.AdamW)) and self.params and not carried:
            with torch.no_grad():
                self._prime_adam_state()

    def _views(self, flat: torch.Tensor) -> list[torch.Tensor]:
        views, offset = [], 0
        for p in self.params:
            views.append(flat[offset:offset + p.numel()].view_as(p))
            offset += p.numel()
        return views

    def _prime_adam_state(self) -> None:
        """Give Adam its moment buffers as views of flat tensors before its first step (Adam only creates state
        for parameters that have none), so the L1 step can read √v for all weights in one kernel."""
        group = self.optimizer.param_groups[0]
        fused = bool(group.get("fused"))
        step_dtype = torch.float32 if fused or torch.get_default_dtype() != torch.float64 else torch.float64
        exp_avg = torch.zeros_like(self.flat)
        self.second_moment = torch.zeros_like(self.flat)
        for p, m, v in zip(self.params, self._views(exp_avg), self._views(self.second_moment)):
            step = torch.zeros((), dtype=step_dtype, device=p.device if fused or group.get("capturable") else "cpu")
            self.optimizer.state[p] = {"step": step, "exp_avg": m, "exp_avg_sq": v}

    def l1_norm(self) -> torch.Tensor:
        return self.flat.abs().sum()

    def squared_l2_norm(self) -> torch.Tensor:
        return self.flat.square().sum()

    @torch.no_grad()
    def add_l2_gradient(self, lam: float) -> None:
        """grad += ∂(λ Σ w²)/∂w = 2λw, in place, after the data loss's backward pass.

        Adding the gradient directly avoids building the penalty into the autograd graph every step; the result
        is the same as backpropagating data loss + λ Σ w²."""
        with_grad = [p for p in self.params if p.grad is not None]
        if with_grad and lam:
            torch._foreach_add_([p.grad for p in with_grad], with_grad, alpha=2.0 * lam)

    @torch.no_grad()
    def l1_proximal_step(self, lam: float) -> None:
        """Soft-threshold the weights after ``optimizer.step()``: w ← sign(w)·max(|w| − t, 0) (see module doc)."""
        if not lam or not self.params:
            return
        group = self.optimizer.param_groups[0]  # regviz puts every parameter in one group
        lr = float(group["lr"])
        w = self.flat
        if self.second_moment is not None:
            _, beta2 = group["betas"]
            step = float(self.optimizer.state[self.params[0]]["step"])
            if step == 0:
                return
            bc2_sqrt = (1 - beta2 ** step) ** 0.5
            # Adam moves a weight by lr·m̂/(√v̂ + ε), and m̂ ≈ its gradient, so its step size per unit of gradient
            # is lr/(√v̂ + ε) = lr·bc2_sqrt/d with d = √v + ε·bc2_sqrt. Hence t = c/d with c = λ·lr·bc2_sqrt,
            # and the per-weight threshold is t = c/d. (Rewriting it as clamp(w·d, −c, c)/d saves a tensor but
            # leaves w − w·d/d ≈ 1e-11 instead of exactly 0: rounding; the lesson promises exact zeros.)
            t = self.second_moment.sqrt().add_(group["eps"] * bc2_sqrt).reciprocal_().mul_(lam * lr * bc2_sqrt)
            w.sub_(torch.clamp(w, min=-t, max=t))  # exactly 0 where |w| ≤ t, since w − w is
        else:
            t = lr * lam
            w.sub_(w.clamp(-t, t))  # w − clamp(w, −t, t) == soft-threshold(w, t)


def sparsity(weights: Sequence[torch.Tensor]) -> float:
    """Share of weights that are *exactly* zero: the number L1's proximal step drives up. Not "small": under
    Adam, L2 also leaves many weights within 1e-3 of zero (Adam scales each weight's step by its own gradient
    history, Loshchilov & Hutter 2019), which would make L2 look like L1 on screen; L2 shrinks, only L1 zeroes."""
    total = sum(w.numel() for w in weights)
    if not total:
        return 0.0
    return sum(int((w == 0).sum()) for w in weights) / total
