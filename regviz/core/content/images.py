"""Images for the augmentation panel: the bundled photos and digits, and the user's own files.

numpy and Pillow only (no torch), so the window can open and check a file at once; a file that is not an image
regviz can read raises ImageError with the reason, and nothing else changes.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np

PHOTOS = {  # file: credit (resources/LICENSES.md)
    "chelsea.png": "a cat — Stefan van der Walt, CC0",
    "coffee.png": "coffee — Rachel Michetti, CC0",
    "astronaut.png": "Eileen Collins — NASA, public domain",
    "rocket.jpg": "a launch — SpaceX, public domain",
}
MAX_SIDE = 256  # previews work on a copy this size at most: 16 transforms of a 4k photo would take seconds

_MNIST: tuple[np.ndarray, np.ndarray] | None = None


class ImageError(ValueError):
    """A file that is not an image regviz can read; the message says which and why."""


def mnist_arrays() -> tuple[np.ndarray, np.ndarray]:
    """The bundled 5,000 digits (500 a class) as uint8 [5000, 28, 28] and int64 labels; loaded once."""
    global _MNIST
    if _MNIST is None:
        with resources.files("regviz.resources").joinpath("mnist_5k.npz").open("rb") as fh:
            npz = np.load(fh)
            _MNIST = (npz["images"], npz["labels"].astype(np.int64))
    return _MNIST


def mnist_digit(index: int) -> np.ndarray:
    """Digit ``index`` (wrapping) as float32 [1, 28, 28] in [0, 1]."""
    images, _ = mnist_arrays()
    return images[index % len(images)][None].astype(np.float32) / 255.0


def _to_array(image) -> np.ndarray:
    from PIL import Image

    image = image.convert("L") if image.mode in ("1", "L", "I;16", "I", "F") else image.convert("RGB")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    array = np.asarray(image, dtype=np.float32) / 255.0
    return array[None] if array.ndim == 2 else array.transpose(2, 0, 1).copy()


def load_image(path: str | Path) -> np.ndarray:
    """A PNG, JPEG, BMP, GIF, TIFF or WebP file as float32 [C, H, W] in [0, 1] (C = 1 or 3)."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        with Image.open(path) as image:
            image.load()  # decode now: a truncated file fails here, not later
            return _to_array(image)
    except FileNotFoundError:
        raise ImageError(f"{path.name}: no such file") from None
    except UnidentifiedImageError:
        raise ImageError(f"{path.name} is not an image regviz can read (PNG, JPEG, BMP, GIF, TIFF, WebP)") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError(f"{path.name} could not be read as an image: {exc}") from None


def load_photo(name: str) -> np.ndarray:
    with resources.as_file(resources.files("regviz.resources").joinpath("photos", name)) as path:
        return load_image(path)
