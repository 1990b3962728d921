import torch
from torchvision.transforms import v2

from regviz.core.content.augmentation_code import torchvision_code
from regviz.core.maths.augmentation import augment_batch, build_pipeline, preview
from regviz.core.config import AugmentationConfig

NOTES = AugmentationConfig(enabled=True, hflip=0.5, rotation=20, brightness=0.2, contrast=0.2, crop_scale=0.8,
                           noise=0.05)


def _image():
    torch.manual_seed(0)
    img = torch.zeros(3, 32, 32)
    img[:, 8:24, 4:12] = 1.0  # an asymmetric bar, so flips and rotations show
    return img


def test_pipeline_has_each_switched_on_transform_in_order():
    names = [type(t).__name__ for t in build_pipeline(NOTES, (32, 32)).transforms]
    assert names == ["RandomHorizontalFlip", "RandomRotation", "ColorJitter", "RandomResizedCrop", "GaussianNoise"]
    off = AugmentationConfig(hflip=0, rotation=0, brightness=0, contrast=0, crop_scale=1.0, noise=0)
    assert isinstance(build_pipeline(off, (32, 32)), v2.Identity)


def test_preview_is_seeded_and_varied():
    img = _image()
    a = preview(img, NOTES, 8, seed=1)
    b = preview(img, NOTES, 8, seed=1)
    c = preview(img, NOTES, 8, seed=2)
    assert all(torch.equal(x, y) for x, y in zip(a, b))
    assert not all(torch.equal(x, y) for x, y in zip(a, c))
    assert len({round(float(x.sum()), 3) for x in a}) > 4  # the grid varies
    assert all(x.shape == img.shape and 0 <= float(x.min()) and float(x.max()) <= 1 for x in a)


def test_augment_batch_keeps_shape_and_varies_within_a_batch():
    batch = _image().expand(32, 3, 32, 32).clone()
    out = augment_batch(build_pipeline(AugmentationConfig(rotation=30, hflip=0, brightness=0, contrast=0,
                                                          crop_scale=1.0), (32, 32)), batch)
    assert out.shape == batch.shape
    distinct = {round(float(x.sum()), 2) for x in out}
    assert len(distinct) >= 4  # several independent draws per batch


def test_torchvision_code_runs_and_matches_the_pipeline():
    code = torchvision_code(NOTES, (32, 32))
    assert "v2.RandomRotation(20)" in code and "ColorJitter(brightness=0.2, contrast=0.2)" in code
    scope = {}
    exec(code, scope)
    from PIL import Image
    out = scope["transform"](Image.new("RGB", (32, 32), (120, 30, 200)))
    assert out.shape == (3, 32, 32) and out.dtype == torch.float32
