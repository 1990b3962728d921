"""Room for the plots on a projector (issue 21): in presentation mode a prediction's reveal is one line an answer
(its count as text), the lesson strip is no taller than its laid-out text and reveal, legend text stays a legend's
size (at title size four entries took two rows of a 150-px data area), and two decision maps stand side by side
where that draws them larger."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from regviz.ui import appearance

from test_prediction import L2_BLOCK, _lesson, _reach_question, _wait_reveal


def test_the_strips_reveal_is_a_line_an_answer_with_the_class_pick_and_counts(window, qtbot, tmp_path):
    window.resize(1280, 720)
    appearance.apply(window, window.theme, appearance.PRESENTATION_SCALE)
    window.fit_controls()
    try:
        flow = _reach_question(window, _lesson(tmp_path, "overfit-2d", {"regularization.l2": 0.01}, L2_BLOCK, 60))
        box = flow.box
        qtbot.keyClick(window, Qt.Key.Key_1)
        box.counts[0].setValue(4)
        box.counts[1].setValue(9)
        window.menus.play_action.trigger()
        result = _wait_reveal(qtbot, flow)
        qtbot.wait(100)
        for n, (line, answer) in enumerate(zip(box.lines, L2_BLOCK["answers"])):
            assert line.isVisible() and not box.counts[n].isVisible() and not box.texts[n].isVisible()
            mark = "✓ true" if result.holds[n] else "✗ false"
            assert line.text().startswith(f"{answer['text']}: {mark} — {result.numbers[n]}")
            assert f"hands: {(4, 9)[n]}" in line.text()
        assert "the class's answer" in box.lines[0].text() and "the class's answer" not in box.lines[1].text()
        assert box.summary.isVisible() == result.contradicts  # the lines say what came true
        panel = window.stage.panel
        # No blank gap and nothing cut: the strip is as tall as its layout needs at its width, and every label
        # in the reveal has the height its wrapped text needs.
        assert abs(panel.height() - panel.layout().totalHeightForWidth(panel.width())) <= 3
        for label in box.findChildren(QLabel):
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert window.size().toTuple() == (1280, 720)
    finally:
        appearance.apply(window, window.theme, 1.0)
        window.fit_controls()
    qtbot.wait(50)
    # The sidebar (normal type): the answers, their counts and what the run made of each, one under the other.
    assert all(c.isVisible() for c in box.counts) and all(t.isVisible() for t in box.truths)
    assert not any(line.isVisible() for line in box.lines)


def test_legend_text_stays_a_legends_size_in_presentation_mode(window, qtbot):
    window.resize(1280, 720)
    appearance.apply(window, window.theme, appearance.PRESENTATION_SCALE)
    try:
        qtbot.wait(50)
        loss = window.panels["training"].loss_plot
        size = f"{9 * appearance.LEGEND_TEXT_SCALE:.1f}pt"
        labels = [label for _sample, label in loss.legend.items]
        assert labels and all(f"font-size:{size}" in label.item.toHtml().replace(" ", "") for label in labels)
        title = loss.getPlotItem().titleLabel
        assert f"font-size:{10.5 * appearance.PLOT_TEXT_SCALE:.1f}pt" in title.item.toHtml().replace(" ", "")
    finally:
        appearance.apply(window, window.theme, 1.0)


def test_four_legend_entries_take_one_row_where_their_widths_fit(qtbot):
    from regviz.ui.plots.curves import CurvePlot, SeriesSpec

    plot = CurvePlot("Loss", "cross-entropy")
    qtbot.addWidget(plot)
    plot.set_series([SeriesSpec("a", "train", "#0072B2"), SeriesSpec("b", "test", "#D55E00"),
                     SeriesSpec("c", "penalty", "#009E73"), SeriesSpec("d", "baseline", "#000000", dashed=True)])
    entries = [s.boundingRect().width() + l.item.boundingRect().width() for s, l in plot.legend.items]
    axis = plot.getPlotItem().getAxis("left")
    plot.resize(int(sum(entries) + 4 * 2 * plot.legend.layout.horizontalSpacing() + axis.width() + 40), 300)
    plot.show()
    qtbot.wait(50)
    plot.fit_legend()
    assert plot.legend.columnCount == 4  # the widest entry times four would have said two rows


def test_two_maps_stand_side_by_side_where_that_draws_them_larger(qtbot):
    from regviz.ui.plots.boundary import BoundaryPanel

    panel = BoundaryPanel()
    qtbot.addWidget(panel)
    points = np.random.default_rng(0).uniform(-1, 1, (20, 2)).astype(np.float32)
    labels = (points[:, 0] > 0).astype(np.int64)
    panel.resize(420, 430)  # a projector's row of three plots: a third of 1280 pixels
    panel.show()
    panel.set_run(["batch norm", "no batch norm"], (-1.5, 1.5, -1.5, 1.5), points, labels, points, labels)
    qtbot.wait(50)
    panel.resize(420, 431)
    qtbot.wait(50)
    assert panel._in_a_row
    heights = [plot.vb.height() for plot, *_ in panel.views.values()]
    assert min(heights) >= 150, heights


def test_a_moments_taller_layout_never_grows_the_window_past_its_screen(window, qtbot):
    """A layout that needs more than the window for a moment (type grown before its fit) leaves the window at the
    size the teacher (or the projector) gave it: nothing spills off the screen once the layout fits again."""
    window.resize(1024, 768)
    qtbot.wait(50)
    tall = window.tabs
    tall.setMinimumHeight(900)  # the layout now needs more than 768 px
    qtbot.wait(50)
    grew = window.height()
    tall.setMinimumHeight(0)
    qtbot.wait(50)
    assert grew == 768 and (window.width(), window.height()) == (1024, 768)
