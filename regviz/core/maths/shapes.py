"""The parameter and buffer shapes of the nets core.maths.models builds, computed without torch.

Why: opening a saved session checks its weights against the nets its config builds before anything changes,
and the window process does that without importing torch. tests/core/maths/test_models.py holds this to
``build_model(...).state_dict()`` for every kind of net.
"""
from __future__ import annotations

import math

from ..config import ModelConfig

BATCHNORM_KEYS = ("weight", "bias", "running_mean", "running_var")


def state_shapes(input_shape: tuple[int, ...], n_classes: int, cfg: ModelConfig,
                 features: tuple[str, ...] = ()) -> dict[str, tuple[int, ...]]:
    """``{state_dict key: shape}`` of build_model(input_shape, n_classes, cfg, features); a scalar's shape is
    (1,)."""
    shapes: dict[str, tuple[int, ...]] = {}
    index = 0

    def block(weight: tuple[int, ...], width: int, extra: int = 0) -> None:
        """Linear/Conv -> [BatchNorm] -> activation -> Dropout (-> MaxPool): module positions as built."""
        nonlocal index
        shapes[f"features.{index}.weight"], shapes[f"features.{index}.bias"] = weight, (width,)
        index += 1
        if cfg.batchnorm:
            for key in BATCHNORM_KEYS:
                shapes[f"features.{index}.{key}"] = (width,)
            shapes[f"features.{index}.num_batches_tracked"] = (1,)
            index += 1
        index += 2 + extra  # activation, dropout (and a conv block's pooling): no parameters

    if cfg.kind == "polynomial":  # Legendre features (no parameters), then the head
        flat = cfg.degree
    elif cfg.kind == "cnn":
        channels, height, width = input_shape
        c1 = cfg.hidden[0]
        for c_in, c_out in ((channels, c1), (c1, 2 * c1)):
            block((c_out, c_in, 3, 3), c_out, extra=1)
        flat = 2 * c1 * (height // 4) * (width // 4)
    else:
        index = 1 if len(input_shape) > 1 else 0  # a Flatten first for images
        flat = math.prod(input_shape)
        if features and tuple(features) != ("x1", "x2"):  # a FeatureMap first (no parameters)
            index, flat = index + 1, len(features)
        for hidden in cfg.hidden:
            block((hidden, flat), hidden)
            flat = hidden
    shapes["head.weight"], shapes["head.bias"] = (n_classes, flat), (n_classes,)
    return shapes
