"""FGSM as in the notes, adversarial training, and accuracy against a list of ε.

FGSM (Goodfellow et al. 2015): move every input value by ε in the direction that increases the loss,

    x' = clamp(x + ε · sign(∇ₓ loss), 0, 1)

Adversarial training then minimises (1 − w)·loss(x) + w·loss(x'), with x' recomputed from the current model at
every step, so the model learns from the very perturbations that fool it.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..records import AttackView

PIXEL_RANGE = (0.0, 1.0)


def fgsm_attack(image: torch.Tensor, epsilon: float, data_grad: torch.Tensor,
                clip: tuple[float, float] | None = PIXEL_RANGE) -> torch.Tensor:
    """The notes' function. ``clip=None`` is for inputs that are not pixels (the 2-D sets)."""
    # Add small noise in the direction that increases the loss
    sign_data_grad = data_grad.sign()
    perturbed_image = image + epsilon * sign_data_grad
    if clip is not None:
        perturbed_image = torch.clamp(perturbed_image, *clip)  # keep pixel values valid
    return perturbed_image


def input_gradient(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(logits, ∇ₓ loss) for a batch, without touching the model's parameter gradients."""
    x = x.detach().requires_grad_(True)
    logits = model(x)
    (grad,) = torch.autograd.grad(F.cross_entropy(logits, y), x)
    return logits.detach(), grad


def perturb(model: nn.Module, x: torch.Tensor, y: torch.Tensor, epsilon: float,
            clip: tuple[float, float] | None = PIXEL_RANGE) -> torch.Tensor:
    """FGSM adversarial examples for (x, y) against the model in its current mode."""
    _, grad = input_gradient(model, x, y)
    return fgsm_attack(x, epsilon, grad, clip).detach()


def adversarial_loss(model: nn.Module, x: torch.Tensor, y: torch.Tensor, epsilon: float, weight: float,
                     clip: tuple[float, float] | None = PIXEL_RANGE) -> torch.Tensor:
    """(1 − weight)·loss(x) + weight·loss(x'), differentiable in the parameters; one clean forward serves both
    the attack's input gradient and the clean loss."""
    x = x.detach().requires_grad_(True)
    clean = F.cross_entropy(model(x), y)
    (grad,) = torch.autograd.grad(clean, x, retain_graph=True)
    x_adv = fgsm_attack(x.detach(), epsilon, grad, clip)
    adv = F.cross_entropy(model(x_adv), y)
    return (1.0 - weight) * clean + weight * adv


def accuracy_under_attack(model: nn.Module, x: torch.Tensor, y: torch.Tensor, epsilons: Sequence[float],
                          clip: tuple[float, float] | None = PIXEL_RANGE, batch_size: int = 1000) -> list[dict]:
    """[{"epsilon", "accuracy"}] for each ε, attacking each test example with FGSM against the model in eval
    mode (ε = 0 is clean accuracy)."""
    was_training = model.training
    model.eval()
    results = []
    try:
        for eps in epsilons:
            correct = 0
            for start in range(0, len(x), batch_size):
                xb, yb = x[start:start + batch_size], y[start:start + batch_size]
                xb_adv = perturb(model, xb, yb, eps, clip) if eps > 0 else xb
                with torch.no_grad():
                    correct += int((model(xb_adv).argmax(1) == yb).sum())
            results.append({"epsilon": float(eps), "accuracy": correct / max(1, len(x))})
    finally:
        model.train(was_training)
    return results


def attack_view(model: nn.Module, x: torch.Tensor, y: torch.Tensor, epsilon: float,
                clip: tuple[float, float] | None = PIXEL_RANGE, variant: str = "", index: int = 0) -> AttackView:
    """One example (batch of 1) before and after FGSM, with the class probabilities of both, in eval mode."""
    was_training = model.training
    model.eval()
    try:
        logits, grad = input_gradient(model, x, y)
        x_adv = fgsm_attack(x, epsilon, grad, clip)
        with torch.no_grad():
            adv_probs = torch.softmax(model(x_adv), 1)[0]
    finally:
        model.train(was_training)

    def image(t: torch.Tensor) -> np.ndarray:
        return t[0].detach().cpu().numpy().squeeze().copy()

    return AttackView(variant, index, float(epsilon), int(y[0]), image(x), image(grad.sign()), image(x_adv),
                      torch.softmax(logits, 1)[0].cpu().numpy().copy(), adv_probs.cpu().numpy().copy())
