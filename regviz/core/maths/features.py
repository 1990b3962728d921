"""TF Playground's input features, computed inside the net from the point (x1, x2).

Inside the net rather than in the data, so everything that feeds a net a point — the training set, a clicked
point, the decision boundary's grid, the Network tab's maps — stays in the plane, and the first Linear layer's
column for a feature holds that feature's weights (what ``input_weights`` sums and the L1 lesson shows zeroed).
"""
from __future__ import annotations

import torch
from torch import nn

from ..config import FEATURE_FORMULAS, FEATURES  # noqa: F401  (the formulas: what exported scripts print)


def feature_columns(x: torch.Tensor, names: tuple[str, ...]) -> torch.Tensor:
    """[N, len(names)]: each named feature of the points ``x`` [N, 2]."""
    a, b = x[:, 0], x[:, 1]
    values = {"x1": a, "x2": b, "x1sq": a * a, "x2sq": b * b, "x1x2": a * b, "sinx1": torch.sin(a),
              "sinx2": torch.sin(b)}
    return torch.stack([values[n] for n in names], 1)


class FeatureMap(nn.Module):
    """The input column: (x1, x2) -> the chosen features. No parameters, so a net's weights and its state dict
    are those of the same net fed the features directly."""

    def __init__(self, names: tuple[str, ...]):
        super().__init__()
        self.names = tuple(names)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return feature_columns(x, self.names)

    def extra_repr(self) -> str:
        return ", ".join(self.names)
