import numpy as np
import pytest

from regviz.core.content import images


@pytest.mark.parametrize("name", sorted(images.PHOTOS))
def test_bundled_photos_load_as_small_rgb_arrays(name):
    photo = images.load_photo(name)
    assert photo.dtype == np.float32 and photo.shape[0] == 3 and max(photo.shape[1:]) <= images.MAX_SIDE
    assert 0 <= photo.min() and photo.max() <= 1


def test_png_and_jpeg_and_grayscale_files(tmp_path):
    from PIL import Image

    Image.new("L", (40, 30), 128).save(tmp_path / "grey.png")
    Image.new("RGB", (50, 20), (255, 0, 0)).save(tmp_path / "red.jpg")
    assert images.load_image(tmp_path / "grey.png").shape == (1, 30, 40)
    red = images.load_image(tmp_path / "red.jpg")
    assert red.shape == (3, 20, 50) and red[0].mean() > 0.9


def test_unreadable_files_raise_a_clear_image_error(tmp_path):
    (tmp_path / "notes.png").write_text("this is not a picture")
    with pytest.raises(images.ImageError, match="not an image regviz can read"):
        images.load_image(tmp_path / "notes.png")
    data = (tmp_path / "ok.png")
    from PIL import Image
    Image.new("RGB", (64, 64), (0, 128, 255)).save(data)
    (tmp_path / "cut.png").write_bytes(data.read_bytes()[:60])
    with pytest.raises(images.ImageError, match="cut.png"):
        images.load_image(tmp_path / "cut.png")
    with pytest.raises(images.ImageError, match="no such file"):
        images.load_image(tmp_path / "missing.jpg")


def test_mnist_digits_come_without_torch():
    digit = images.mnist_digit(12)
    assert digit.shape == (1, 28, 28) and digit.max() <= 1
