"""The plain torchvision code of an augmentation pipeline, as text. No torch here: the window shows it without
importing torchvision; tests run it and compare with augmentation.build_pipeline.

Every number is written so that Python reads back the very float build_pipeline uses (the crop's aspect range as
``1 / r``, as build_pipeline computes it): a rounded bound (0.752 for 1 / 1.33) changes a crop's size whenever a
draw lands between the two, and the exported notebook's training then leaves regviz's (it did, from step 96 of
mnist-augmentation)."""
from __future__ import annotations

from ..config import AugmentationConfig


def _num(value: float) -> str:
    """``value`` short (``15``, ``0.7``) when that reads back exactly, else in full (``repr``)."""
    short = f"{value:g}"
    return short if float(short) == value else repr(float(value))


def transform_lines(cfg: AugmentationConfig, size: tuple[int, int]) -> list[str]:
    """One ``v2.…(…),`` line per transform switched on, in build_pipeline's order and with its exact numbers."""
    lines = []
    if cfg.hflip > 0:
        lines.append(f"v2.RandomHorizontalFlip(p={_num(cfg.hflip)}),")
    if cfg.rotation > 0:
        lines.append(f"v2.RandomRotation({_num(cfg.rotation)}),")
    if cfg.brightness > 0 or cfg.contrast > 0:
        lines.append(f"v2.ColorJitter(brightness={_num(cfg.brightness)}, contrast={_num(cfg.contrast)}),")
    if cfg.crop_scale < 1:
        ratio = _num(cfg.crop_ratio)
        lines.append(f"v2.RandomResizedCrop({tuple(size)}, scale=({_num(cfg.crop_scale)}, 1.0), "
                     f"ratio=(1 / {ratio}, {ratio})),")
    if cfg.noise > 0:
        lines.append(f"v2.GaussianNoise(sigma={_num(cfg.noise)}, clip=True),")
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
