import pytest
import torch
from torch import nn

from regviz.core.config import ModelConfig
from regviz.core.maths.models import build_model, penalized_parameters


def _linears(model):
    return [m for m in model.modules() if isinstance(m, (nn.Linear, nn.Conv2d))]


def test_mlp_shape_activation_and_switches():
    cfg = ModelConfig(hidden=[16, 8], activation="tanh", dropout=0.3, batchnorm=True)
    model = build_model((2,), 2, cfg, seed=0)
    assert model(torch.randn(5, 2)).shape == (5, 2)
    assert [type(m) for m in model.activations] == [nn.Tanh, nn.Tanh]
    assert sum(isinstance(m, nn.BatchNorm1d) for m in model.modules()) == 2
    assert all(m.p == 0.3 for m in model.dropouts)
    model.set_dropout(0.6)
    assert all(m.p == 0.6 for m in model.dropouts)


def test_cnn_on_images():
    model = build_model((1, 28, 28), 10, ModelConfig(kind="cnn", hidden=[4], batchnorm=True), seed=0)
    assert model(torch.rand(3, 1, 28, 28)).shape == (3, 10)
    assert len(model.activations) == 2
    assert sum(isinstance(m, nn.BatchNorm2d) for m in model.modules()) == 2


def test_same_seed_same_weights_with_or_without_batchnorm_and_dropout():
    plain = build_model((2,), 2, ModelConfig(hidden=[8, 8]), seed=7)
    other = build_model((2,), 2, ModelConfig(hidden=[8, 8], batchnorm=True, dropout=0.5), seed=7)
    for a, b in zip(_linears(plain), _linears(other)):
        assert torch.equal(a.weight, b.weight) and torch.equal(a.bias, b.bias)
    different = build_model((2,), 2, ModelConfig(hidden=[8, 8]), seed=8)
    assert not torch.equal(_linears(plain)[0].weight, _linears(different)[0].weight)


def test_building_a_model_does_not_disturb_the_global_rng():
    torch.manual_seed(0)
    expected = torch.rand(3)
    torch.manual_seed(0)
    build_model((2,), 2, ModelConfig(hidden=[8]), seed=1)
    assert torch.equal(torch.rand(3), expected)


def test_init_scale_sets_the_weight_std():
    model = build_model((400,), 2, ModelConfig(hidden=[400], init_scale=2.0), seed=0)
    w = _linears(model)[1].weight
    assert abs(float(w.detach().std()) - 2.0 / 400 ** 0.5) < 0.01
    assert float(_linears(model)[1].bias.detach().abs().sum()) == 0.0


def test_penalties_cover_weights_and_optionally_biases_never_batchnorm():
    model = build_model((2,), 2, ModelConfig(hidden=[8, 8], batchnorm=True), seed=0)
    weights = penalized_parameters(model, include_bias=False)
    assert len(weights) == 3 and all(p.dim() == 2 for p in weights)
    assert len(penalized_parameters(model, include_bias=True)) == 6


@pytest.mark.parametrize("kind, hidden, batchnorm, shape", [
    ("mlp", [8, 8], False, (2,)), ("mlp", [32] * 8, True, (2,)), ("mlp", [], False, (2,)),
    ("mlp", [256], True, (1, 28, 28)), ("mlp", [64, 16], False, (3, 32, 32)),
    ("cnn", [8], False, (1, 28, 28)), ("cnn", [16], True, (3, 32, 32)),
])
def test_the_torch_free_shapes_are_the_built_nets_state(kind, hidden, batchnorm, shape):
    """A session's weights are checked against core.maths.shapes in the window: it must be the net exactly."""
    from regviz.core.maths.shapes import state_shapes

    cfg = ModelConfig(kind=kind, hidden=hidden, batchnorm=batchnorm, dropout=0.3)
    built = {k: tuple(v.shape) or (1,) for k, v in build_model(shape, 10, cfg, 0).state_dict().items()}
    assert state_shapes(shape, 10, cfg) == built
