"""The Network tab draws the running net's own numbers: links that are exactly zero vanish, dropped units are
crossed out, hovering tells a unit's range or a link's weight, and digit nets show their first-layer weights."""
import numpy as np
from PySide6.QtCore import QPointF


def _network_tab(window, qtbot, preset, **values):
    window.state.load_preset(preset)
    for key, value in values.items():
        window.state.set_value(key, value)
    window.show_tab("network")
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.config.name == preset,
                    timeout=60000)
    return window.panels["network"]


def _train(window, qtbot, steps):
    """Train, pause, and wait for the tab to draw the last record (it redraws at most 5 times a second)."""
    window.state.train_for(steps)
    qtbot.waitUntil(lambda: window.state.step >= steps and window.state.engine.state == "paused", timeout=60000)
    panel = window.panels["network"]
    drawn = lambda: {**{n: d.view for n, d in panel.graph.drawings.items()}, **panel.filters.shown}  # noqa: E731
    qtbot.waitUntil(lambda: all(drawn().get(m.name) is m.network for m in window.state.last_record.models),
                    timeout=15000)


def _drawn_links(drawing):
    return drawing.links.count()


def test_l1_zeros_are_not_drawn_and_hover_reads_the_weights(window, qtbot):
    panel = _network_tab(window, qtbot, "l1-sparsity")
    _train(window, qtbot, 400)
    view = window.state.last_record.models[0].network
    drawing = panel.graph.drawings["main"]
    assert _drawn_links(drawing) == sum(int(np.count_nonzero(w)) for w in view.links)
    assert view.zero_links > 0 and _drawn_links(drawing) < sum(w.size for w in view.links)
    # The counts line follows at the plots' pace, a moment after the drawing.
    qtbot.waitUntil(lambda: f"{view.zero_links:,} of {view.total_links:,} weights exactly zero"
                    in panel.counts.text(), timeout=5000)
    unit = drawing.describe(QPointF(*drawing.centres[1][0]))
    assert unit.startswith("hidden 1, unit") and "over the plane" in unit
    x0, y0, x1, y1 = drawing.segments[0]
    link = drawing.describe(QPointF((x0 + x1) / 2, (y0 + y1) / 2))
    assert link.startswith("w = ") and f"{drawing.segment_info[0][3]:+.4g}" in link


def test_dropped_units_are_crossed_out_and_compared_nets_drawn_side_by_side(window, qtbot):
    panel = _network_tab(window, qtbot, "overfit-2d", **{"model.dropout": 0.5})
    window.state.set_compare(True)
    qtbot.waitUntil(lambda: len(window.state.last_record.models) == 2 if window.state.last_record else False,
                    timeout=60000)
    _train(window, qtbot, 3)
    assert set(panel.graph.drawings) == {"regularized", "baseline"}
    regularized, baseline = panel.graph.drawings["regularized"], panel.graph.drawings["baseline"]
    masks = window.state.last_record.models[0].dropout_masks
    shown = regularized.view.shown
    crossed = sum(int(m[shown[layer]].sum()) for layer, m in enumerate(masks, start=1))
    assert crossed > 0 and len(regularized.crosses.xData) == 4 * crossed  # two strokes per dropped unit
    assert baseline.crosses.xData is None or len(baseline.crosses.xData) == 0


def test_a_digit_net_shows_its_first_layer_weights_as_pictures(window, qtbot):
    panel = _network_tab(window, qtbot, "mnist-dropout")
    _train(window, qtbot, 2)
    assert panel.stack.currentWidget() is panel.filters
    view = window.state.last_record.models[0].network
    images = panel.filters.images["main"]
    assert len(images) == len(view.filters) == 32 and images[0].image.shape == (28, 28)
    np.testing.assert_array_equal(images[5].image, view.filters[5])
