"""Images for the augmentation panel: the bundled photos and digits, and the user's own files.

numpy and Pillow only (no torch), so the window can open and check a file at once; a file that is not an image
regviz can read raises ImageError with the reason, and nothing else changes. Pillow is told which formats it may
try (FORMATS): left to itself it recognises a file by its content and would hand PostScript, under any name, to
its EPS plugin, which runs Ghostscript on it.
"""
from __future__ import annotations

import warnings
from importlib import resources
from pathlib import Path

import numpy as np

from ..translatable import QT_TRANSLATE_NOOP, message_of
from .user_files import open_regular

PHOTOS = {  # file: credit (resources/LICENSES.md)
    "chelsea.png": "a cat — Stefan van der Walt, CC0",
    "coffee.png": "coffee — Rachel Michetti, CC0",
    "astronaut.png": "Eileen Collins — NASA, public domain",
    "rocket.jpg": "a launch — SpaceX, public domain",
}
MAX_SIDE = 256  # previews work on a copy this size at most: 16 transforms of a 4k photo would take seconds
FORMATS = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP")  # Pillow's names; never EPS (Ghostscript) or the rest
MAX_PIXELS = 64_000_000  # larger (a 20000² PNG, or a header claiming 100000²) is refused before decoding

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
    """[C, H, W] in [0, 1], at most MAX_SIDE on a side. Integer images are scaled by their type's range (a
    16-bit 65535 is white, not 257× white); float images (TIFF 'F') are taken as already in [0, 1]."""
    from PIL import Image

    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):  # one channel of 16-bit, 32-bit or float values
        array = np.asarray(image, dtype=np.float64)
        scale = 1.0 if image.mode == "F" else 65535.0 if image.mode.startswith("I;16") or array.max() <= 65535 \
            else float(2**31 - 1)
        array = np.clip(np.nan_to_num(array / scale), 0.0, 1.0).astype(np.float32)
        if max(array.shape) > MAX_SIDE:
            small = Image.fromarray(array, mode="F")
            small.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            array = np.clip(np.asarray(small, dtype=np.float32), 0.0, 1.0)
        return array[None].copy()
    image = image.convert("L") if image.mode in ("1", "L") else image.convert("RGB")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    array = np.asarray(image, dtype=np.float32) / 255.0
    return array[None] if array.ndim == 2 else array.transpose(2, 0, 1).copy()


def load_image(path: str | Path) -> np.ndarray:
    """A PNG, JPEG, BMP, GIF, TIFF or WebP file as float32 [C, H, W] in [0, 1] (C = 1 or 3)."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        with warnings.catch_warnings(), open_regular(path, ImageError, path.name) as fh:
            warnings.simplefilter("ignore")  # Pillow warns of corrupt EXIF and the like: the pixels are what count
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # over Pillow's soft limit: refuse too
            with Image.open(fh, formats=FORMATS) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageError(QT_TRANSLATE_NOOP("images", "{path_name} is {width:,} × {height:,} pixels: too "
                                                                 "large to open (at most {millions} million pixels); "
                                                                 "save a smaller copy")
                                     .format(path_name=path.name, width=width, height=height,
                                             millions=MAX_PIXELS // 1_000_000))
                # Decode at reduced size where the format allows (JPEG's draft, Pillow's reduce): a 12000² photo
                # need not be held whole to make a 256-pixel preview.
                image.draft(image.mode if image.mode in ("L", "RGB") else None, (MAX_SIDE, MAX_SIDE))
                factor = max(1, min(image.size) // (2 * MAX_SIDE))
                image.load()  # decode now: a truncated file fails here, not later
                if factor > 1 and image.mode in ("L", "RGB", "RGBA"):
                    image = image.reduce(factor)
                return _to_array(image)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(QT_TRANSLATE_NOOP("images", "{path_name}: too large to open safely (Pillow's "
                                                     "decompression-bomb limit); save a smaller copy")
                         .format(path_name=path.name)) from None
    except FileNotFoundError:
        raise ImageError(QT_TRANSLATE_NOOP("images", "{path_name}: no such file").format(path_name=path.name)) from None
    except UnidentifiedImageError:
        raise ImageError(QT_TRANSLATE_NOOP("images", "{path_name} is not an image regviz can read (PNG, JPEG, BMP, "
                                                     "GIF, TIFF, WebP)").format(path_name=path.name)) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError(QT_TRANSLATE_NOOP("images", "{path_name} could not be read as an image: {problem}")
                         .format(path_name=path.name, problem=message_of(exc))) from None


def load_photo(name: str) -> np.ndarray:
    with resources.as_file(resources.files("regviz.resources").joinpath("photos", name)) as path:
        return load_image(path)
