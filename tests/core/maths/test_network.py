"""The Network tab's drawing of a net holds the net's own numbers: the weights between the units it draws, the
strongest units of a wide layer, each unit's output over the plane, and exact-zero counts."""
import numpy as np
import torch

from regviz.core.config import ModelConfig
from regviz.core.maths.models import build_model
from regviz.core.maths.network import MAP_SIZE, network_view

EXTENT = (-1.5, 1.5, -1.0, 1.0)


def _mlp(hidden, seed=0):
    return build_model((2,), 2, ModelConfig(hidden=hidden, activation="tanh"), seed)


def test_a_narrow_net_is_drawn_whole_with_its_own_weights_and_log_odds_output():
    model = _mlp([5, 3])
    view = network_view(model, EXTENT)
    first, second = model.features[0].weight, model.features[3].weight
    assert view.widths == (2, 5, 3, 1) and [len(s) for s in view.shown] == [2, 5, 3, 1]
    np.testing.assert_array_equal(view.links[0], first.detach().numpy())
    np.testing.assert_array_equal(view.links[1], second.detach().numpy())
    head = model.head.weight.detach()
    np.testing.assert_allclose(view.links[2], (head[1] - head[0])[None].numpy())
    assert view.total_links == 2 * 5 + 5 * 3 + 3 * 2 and view.zero_links == 0


def test_a_wide_layer_shows_its_strongest_units_by_outgoing_weight_norm():
    model = _mlp([40, 30])
    view = network_view(model, EXTENT, max_units=6)
    outgoing = model.features[3].weight.detach().norm(dim=0)  # layer 1's units, as the next layer sees them
    expected = np.sort(torch.topk(outgoing, 6).indices.numpy())
    np.testing.assert_array_equal(view.shown[1], expected)
    assert view.widths[1] == 40 and view.links[1].shape == (6, 6)
    np.testing.assert_array_equal(view.links[1], model.features[3].weight.detach().numpy()[view.shown[2]][:, expected])


def test_each_map_is_the_units_output_over_the_plane_rows_along_y():
    model = _mlp([4])
    view = network_view(model, EXTENT)
    assert all(m.shape[1:] == (MAP_SIZE, MAP_SIZE) for m in view.maps)
    x0, x1, y0, y1 = EXTENT
    corner = torch.tensor([[x1, y0]])  # last column, first row
    hidden = torch.tanh(model.features[0](corner))[0]
    np.testing.assert_allclose(view.maps[1][:, 0, -1], hidden.detach().numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(view.maps[0][0, 0, -1], x1) and np.testing.assert_allclose(view.maps[0][1, 0, -1], y0)
    probability = torch.softmax(model(corner), 1)[0, 1]
    np.testing.assert_allclose(view.maps[-1][0, 0, -1], probability.item(), rtol=1e-5)


def test_exact_zeros_are_counted_over_the_whole_net():
    model = _mlp([8, 8])
    with torch.no_grad():
        model.features[0].weight[:3] = 0.0  # 3 units × 2 inputs
        model.head.weight[:, :2] = 0.0  # 2 classes × 2 units
    assert network_view(model, EXTENT).zero_links == 6 + 4


def test_image_nets_give_their_first_layer_as_pictures():
    model = build_model((1, 28, 28), 10, ModelConfig(hidden=[50]), 0)
    view = network_view(model, None, input_shape=(1, 28, 28), max_filters=12)
    assert view.filters.shape == (12, 28, 28) and view.first_layer_width == 50
    first = model.features[1].weight.detach()
    np.testing.assert_array_equal(view.filters[3], first[view.filter_units[3]].reshape(28, 28).numpy())
    cnn = build_model((1, 28, 28), 10, ModelConfig(kind="cnn", hidden=[8]), 0)
    assert network_view(cnn, None, input_shape=(1, 28, 28)).filters.shape == (8, 3, 3)
