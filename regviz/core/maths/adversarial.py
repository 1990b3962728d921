"""FGSM as in the notes, PGD, adversarial training, and accuracy against a list of ε.

FGSM (Goodfellow et al. 2015): move every input value by ε in the direction that increases the loss,

    x' = clamp(x + ε · sign(∇ₓ loss), 0, 1)

Adversarial training then minimises (1 − w)·loss(x) + w·loss(x'), with x' recomputed from the current model at
every step, so the model learns from the very perturbations that fool it.

PGD (Madry et al. 2018) is the stronger test of that defence: a random start in the ε-ball, then k small FGSM
steps of size α, each projected back into the ε-ball around x and into [0, 1]. A net trained against one-step FGSM
can learn to make its own FGSM gradient useless (gradient masking, Kurakin et al. 2016) and still fall to PGD.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..records import AttackView
from ..translatable import QT_TRANSLATE_NOOP

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


PGD_STEPS = 10
PGD_STEP_SIZE = 2.5  # α = 2.5·ε/k, Madry et al.'s choice: enough to cross the ball from a random start


def pgd_attack(model: nn.Module, x: torch.Tensor, y: torch.Tensor, epsilon: float,
               clip: tuple[float, float] | None = PIXEL_RANGE, steps: int = PGD_STEPS,
               seed: int = 0) -> torch.Tensor:
    """PGD adversarial examples for (x, y) against the model in its current mode: a uniform random start in the
    L∞ ball of radius ε, then ``steps`` steps x ← Π(x + α·sign(∇ₓ loss)), Π projecting into the ball and the
    pixel range. Seeded, so a curve drawn twice is the same curve."""
    generator = torch.Generator(device=x.device).manual_seed(seed)
    alpha = PGD_STEP_SIZE * epsilon / steps
    noise = torch.rand(x.shape, generator=generator, device=x.device, dtype=x.dtype) * 2 - 1
    x_adv = x + epsilon * noise
    for _ in range(steps):
        if clip is not None:
            x_adv = x_adv.clamp(*clip)
        _, grad = input_gradient(model, x_adv, y)
        x_adv = x_adv.detach() + alpha * grad.sign()
        x_adv = torch.maximum(torch.minimum(x_adv, x + epsilon), x - epsilon)
    return (x_adv.clamp(*clip) if clip is not None else x_adv).detach()


ATTACKS = ("fgsm", "pgd")


def attack(model: nn.Module, x: torch.Tensor, y: torch.Tensor, epsilon: float, kind: str = "fgsm",
           clip: tuple[float, float] | None = PIXEL_RANGE) -> torch.Tensor:
    """Adversarial examples by ``kind``: 'fgsm' (one step, the notes') or 'pgd' (10 projected steps)."""
    if kind == "pgd":
        return pgd_attack(model, x, y, epsilon, clip)
    if kind != "fgsm":
        raise ValueError(QT_TRANSLATE_NOOP("attack", "attack {kind!r}: allowed {names}")
                         .format(kind=kind, names=", ".join(ATTACKS)))
    return perturb(model, x, y, epsilon, clip)


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
                          clip: tuple[float, float] | None = PIXEL_RANGE, batch_size: int = 1000,
                          kind: str = "fgsm") -> list[dict]:
    """[{"attack", "epsilon", "accuracy"}] for each ε, attacking each test example with ``kind`` (FGSM or PGD)
    against the model in eval mode (ε = 0 is clean accuracy)."""
    was_training = model.training
    model.eval()
    results = []
    try:
        for eps in epsilons:
            correct = 0
            for start in range(0, len(x), batch_size):
                xb, yb = x[start:start + batch_size], y[start:start + batch_size]
                xb_adv = attack(model, xb, yb, eps, kind, clip) if eps > 0 else xb
                with torch.no_grad():
                    correct += int((model(xb_adv).argmax(1) == yb).sum())
            results.append({"attack": kind, "epsilon": float(eps), "accuracy": correct / max(1, len(x))})
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
