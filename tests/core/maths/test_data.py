import time

import numpy as np
import pytest
import torch

from regviz.core.content.images import mnist_arrays
from regviz.core.maths import data
from regviz.core.config import GENERATED_2D, ConfigError, DataConfig


@pytest.mark.parametrize("name", GENERATED_2D)  # a CSV has its own tests (content/test_csv_data.py)
def test_2d_sets_are_deterministic_two_class_and_split(name):
    a = data.make_2d(name, 200, 0.1, 0.25, seed=3)
    b = data.make_2d(name, 200, 0.1, 0.25, seed=3)
    c = data.make_2d(name, 200, 0.1, 0.25, seed=4)
    assert torch.equal(a.x_train, b.x_train) and torch.equal(a.y_test, b.y_test)
    assert not torch.equal(a.x_train, c.x_train)
    assert len(a.y_train) == 50 and len(a.y_test) == 150
    assert a.x_train.shape == (50, 2) and a.x_train.dtype == torch.float32
    assert set(a.y_train.tolist()) == {0, 1}
    assert a.x_train.abs().max() < 2.0


def test_noise_moves_points():
    clean = data.make_2d("circle", 100, 0.0, 0.5, seed=1)
    noisy = data.make_2d("circle", 100, 0.3, 0.5, seed=1)
    assert torch.equal(clean.y_train, noisy.y_train)
    assert (clean.x_train - noisy.x_train).abs().mean() > 0.1


def test_circle_labels_follow_the_radius_without_noise():
    ds = data.make_2d("circle", 300, 0.0, 0.5, seed=0)
    radius = ds.x_train.norm(dim=1)
    assert (radius[ds.y_train == 0] <= 0.5 + 1e-6).all() and (radius[ds.y_train == 1] >= 0.7 - 1e-6).all()


def test_mnist_loads_fast_with_a_stratified_split():
    from regviz.core.content import images

    images._MNIST = None
    start = time.perf_counter()
    ds = data.load(DataConfig(name="mnist", train_size=300, test_size=1000), seed=0)
    assert time.perf_counter() - start < 1.0
    assert ds.x_train.shape == (300, 1, 28, 28) and ds.is_image and ds.n_classes == 10
    assert 0.0 <= float(ds.x_train.min()) and float(ds.x_train.max()) <= 1.0
    assert np.bincount(ds.y_test.numpy(), minlength=10).tolist() == [100] * 10
    assert np.bincount(ds.y_train.numpy(), minlength=10).tolist() == [30] * 10


def test_mnist_test_set_does_not_depend_on_train_size_and_never_overlaps():
    small = data.load(DataConfig(name="mnist", train_size=100), seed=5)
    large = data.load(DataConfig(name="mnist", train_size=2000), seed=5)
    assert torch.equal(small.x_test, large.x_test)
    images, _ = mnist_arrays()
    train_idx, test_idx = data.stratified_split(mnist_arrays()[1], 2000, 1000, seed=5)
    assert not set(train_idx) & set(test_idx)
    assert len(images) == 5000


def test_too_large_a_split_is_a_config_error():
    with pytest.raises(ConfigError, match="5000 examples"):
        data.load(DataConfig(name="mnist", train_size=4500, test_size=1000), seed=0)


def test_missing_torchvision_folder_says_nothing_is_downloaded(tmp_path):
    with pytest.raises(data.DataError, match="never downloads"):
        data.load(DataConfig(name="tv-fashionmnist", root=str(tmp_path)), seed=0)


def test_torchvision_mnist_from_a_folder(tmp_path):
    """Write a tiny MNIST in torchvision's processed layout and load it like a user's folder."""
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    images, labels = mnist_arrays()

    def idx(path, array, magic):
        header = np.array([magic, *array.shape], dtype=">i4").tobytes()
        path.write_bytes(header + array.astype(np.uint8).tobytes())

    for prefix, sl in (("train", slice(0, 600)), ("t10k", slice(600, 900))):
        idx(raw / f"{prefix}-images-idx3-ubyte", images[sl], 2051)
        idx(raw / f"{prefix}-labels-idx1-ubyte", labels[sl], 2049)
    ds = data.load(DataConfig(name="tv-mnist", root=str(tmp_path), train_size=200, test_size=100), seed=0)
    assert ds.x_train.shape == (200, 1, 28, 28) and ds.n_classes == 10


@pytest.mark.parametrize("n_classes", [2, 10])
def test_label_noise_flips_exactly_that_share_to_another_class_and_grows_nested(n_classes):
    labels = torch.arange(500) % n_classes
    at_20 = data.noisy_labels(labels, n_classes, 0.2, seed=4)
    at_40 = data.noisy_labels(labels, n_classes, 0.4, seed=4)
    assert int((at_20 != labels).sum()) == 100 and int((at_40 != labels).sum()) == 200
    assert bool(((at_20 >= 0) & (at_20 < n_classes)).all())
    flipped_20 = at_20 != labels
    assert torch.equal(at_40[flipped_20], at_20[flipped_20])  # a larger share keeps the flips already made
    assert torch.equal(data.noisy_labels(labels, n_classes, 0.2, seed=4), at_20)
    assert not torch.equal(data.noisy_labels(labels, n_classes, 0.2, seed=5), at_20)
    assert torch.equal(data.noisy_labels(labels, n_classes, 0.0, seed=4), labels)
