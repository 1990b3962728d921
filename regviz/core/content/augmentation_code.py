"""The plain torchvision code of an augmentation pipeline, as text. No torch here: the window shows it without
importing torchvision; tests run it and compare with augmentation.build_pipeline."""
from __future__ import annotations

from ..config import AugmentationConfig


def transform_lines(cfg: AugmentationConfig, size: tuple[int, int]) -> list[str]:
    """One ``v2.…(…),`` line per transform switched on, in build_pipeline's order."""
    lines = []
    if cfg.hflip > 0:
        lines.append(f"v2.RandomHorizontalFlip(p={cfg.hflip:g}),")
    if cfg.rotation > 0:
        lines.append(f"v2.RandomRotation({cfg.rotation:g}),")
    if cfg.brightness > 0 or cfg.contrast > 0:
        lines.append(f"v2.ColorJitter(brightness={cfg.brightness:g}, contrast={cfg.contrast:g}),")
    if cfg.crop_scale < 1:
        lines.append(f"v2.RandomResizedCrop({tuple(size)}, scale=({cfg.crop_scale:g}, 1.0), "
                     f"ratio=({1 / cfg.crop_ratio:.3g}, {cfg.crop_ratio:g})),")
    if cfg.noise > 0:
        lines.append(f"v2.GaussianNoise(sigma={cfg.noise:g}, clip=True),")
    return lines


def torchvision_code(cfg: AugmentationConfig, size: tuple[int, int]) -> str:
    """The plain torchvision code of the current pipeline, to copy into a notebook like the notes' cell."""
    body = "\n".join("    " + line for line in transform_lines(cfg, size))
    return ("import torch\nfrom torchvision.transforms import v2\n\n"
            "transform = v2.Compose([\n"
            "    v2.ToImage(),\n    v2.ToDtype(torch.float32, scale=True),\n"
            f"{body}\n])\n\n"
            "# Apply this to your training dataset only:\n"
            "# train_dataset = torchvision.datasets.ImageFolder(\"data/train\", transform=transform)\n")
