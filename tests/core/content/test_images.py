import zlib

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


def test_a_decompression_bomb_is_refused_with_a_message(tmp_path):
    from PIL import Image

    from regviz.core.content.images import ImageError, load_image

    Image.new("1", (20000, 20000)).save(tmp_path / "huge.png")  # 50 MB of pixels in a tiny file
    with pytest.raises(ImageError, match="too large"):
        load_image(tmp_path / "huge.png")
    header = bytearray((tmp_path / "huge.png").read_bytes())
    header[16:24] = (100000).to_bytes(4, "big") * 2  # IHDR claims 100000 × 100000 …
    header[29:33] = zlib.crc32(bytes(header[12:29])).to_bytes(4, "big")  # … with a valid checksum
    (tmp_path / "liar.png").write_bytes(bytes(header))
    with pytest.raises(ImageError, match="too large"):
        load_image(tmp_path / "liar.png")


def test_16_bit_and_float_images_are_scaled_by_their_range(tmp_path):
    from PIL import Image

    from regviz.core.content.images import load_image

    ramp = np.tile(np.linspace(0, 65535, 64).astype(np.uint16), (64, 1))
    Image.fromarray(ramp).save(tmp_path / "ramp16.png")
    array = load_image(tmp_path / "ramp16.png")
    assert array.shape == (1, 64, 64)
    assert array[0, 0, 0] == pytest.approx(0.0) and array[0, 0, -1] == pytest.approx(1.0)
    assert array[0, 0, 32] == pytest.approx(32 / 63, abs=0.01)  # a gradient, not all white
    Image.fromarray(np.full((10, 10), 0.5, dtype=np.float32), mode="F").save(tmp_path / "half.tif")
    assert load_image(tmp_path / "half.tif") == pytest.approx(np.full((1, 10, 10), 0.5))  # grey, not black


def test_a_big_photo_is_decoded_at_reduced_size(tmp_path):
    from PIL import Image

    from regviz.core.content.images import MAX_SIDE, load_image

    Image.new("RGB", (6000, 4000), (200, 30, 30)).save(tmp_path / "big.jpg", quality=80)
    array = load_image(tmp_path / "big.jpg")
    assert array.shape[0] == 3 and max(array.shape[1:]) == MAX_SIDE
    assert array[0].mean() == pytest.approx(200 / 255, abs=0.03)
