"""No empty or stale view (issue 21, item 5): a one-line hint where there is nothing to show yet, views cleared
the moment a new run is asked for, titles and drawings that match what is shown."""
import numpy as np
import pyqtgraph as pg
import pytest

from fake_runs import model_record, record, run_info


def test_batchnorm_plots_say_what_to_press_until_they_have_data(qtbot):
    from regviz.ui.panels.batchnorm import VARIANTS, BatchNormPanel

    panel = BatchNormPanel()
    qtbot.addWidget(panel)
    for plot in panel.plots:
        assert plot.hint.shown and plot.hint.text == "Press the button above, then Space"
    panel.set_run(run_info(names=VARIANTS, hidden=(16,) * 8))
    panel.on_record(record(10, model_record("batch norm", layers=8), model_record("no batch norm", layers=8)))
    for plot in panel.plots:
        plot.refresh()
    assert panel.std_plot.hint.shown  # one evaluation is one point per curve: no line to see yet
    panel.on_record(record(20, model_record("batch norm", layers=8), model_record("no batch norm", layers=8)))
    for plot in panel.plots:
        plot.refresh()
        assert not plot.hint.shown


def test_a_hint_wraps_inside_a_view_narrower_than_its_sentence(qtbot):
    """At 1024x768 the batch-norm plots' data areas are ~190 px wide and "Press the button above, then Space"
    214 px: the view clipped both ends. The hint wraps onto two lines, centred, inside the data area, and goes
    back to one line when the view is wide again."""
    from regviz.ui.plots.curves import CurvePlot

    plot = CurvePlot("Training loss", "cross-entropy", hint="Press the button above, then Space")
    qtbot.addWidget(plot)
    plot.resize(700, 300)
    plot.show()
    qtbot.waitExposed(plot)
    view, text = plot.getPlotItem().vb, plot.hint.item.textItem

    def hint_lines(width: int) -> float:
        plot.resize(width, 300)
        qtbot.wait(50)
        margin = text.document().documentMargin()
        box = view.sceneBoundingRect()
        rect = text.mapRectToScene(text.boundingRect().adjusted(margin, margin, -margin, -margin))
        assert box.left() <= rect.left() and rect.right() <= box.right(), (width, box, rect)
        return rect.height()

    one_line = hint_lines(700)
    assert hint_lines(240) > 1.8 * one_line
    assert hint_lines(700) == one_line


def test_training_curves_say_what_to_press_until_they_draw_a_line(qtbot):
    """A question waits before its step trains: the loss and accuracy plots were empty axes with no word."""
    from regviz.ui.panels.training import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_run(run_info(names=("main",)))
    for step in (0, 10):
        panel.on_record(record(step, model_record("main")))
        panel.loss_plot.refresh()
        panel.accuracy_plot.refresh()
        assert panel.loss_plot.hint.shown == panel.accuracy_plot.hint.shown == (step == 0)
    assert "Space trains" in panel.loss_plot.hint.text


def test_the_fgsm_picture_area_says_what_to_press_before_training(qtbot):
    from regviz.ui.panels.fgsm import FgsmPanel

    panel = FgsmPanel()
    qtbot.addWidget(panel)
    titles = " ".join(title.text for _item, title in panel.views.values())
    assert "Train the nets first" in titles


def test_the_errors_tab_on_2d_data_shows_a_k_class_matrix_and_says_what_to_press_until_it_has_data(qtbot):
    """No empty white box on 2-D data: the confusion matrix for the run's K classes, and until the first
    evaluation a hint that names the key (issue 21's empty views; issue 24's K classes)."""
    from dataclasses import replace

    from regviz.ui.panels.errors import ErrorsPanel

    panel = ErrorsPanel()
    qtbot.addWidget(panel)
    panel.show()
    info = replace(run_info(), classes=("0", "1", "2"))
    panel.set_run(info)
    assert panel.view.isVisible()
    column = panel.columns["regularized"]
    assert [label for _i, label in column.matrix.getAxis("bottom")._tickLevels[0]] == ["0", "1", "2"]
    assert "Space" in panel.summary.text() and "test points" in panel.summary.text()
    panel.set_run(run_info(image=True))
    assert "test digits" in panel.summary.text()


def _empty(item) -> bool:
    x, _y = item.getData()
    return x is None or len(x) == 0


def test_a_preset_switch_clears_the_training_views_at_once(qtbot, monkeypatch):
    from regviz.core.config import ExperimentConfig
    from regviz.ui.panels.training import TrainingPanel
    from regviz.ui.state import AppState

    state = AppState(ExperimentConfig())
    monkeypatch.setattr(state.engine, "start", lambda *args, **kwargs: None)  # no process: the views, not it
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.bind(state)
    info = run_info()
    panel.set_run(info)
    for step in range(0, 100, 10):
        panel.on_record(record(step, model_record(loss=0.5)))
    panel.boundary.set_grid("regularized", np.full((20, 20), 0.3))
    for plot in panel.plots:
        plot.refresh()
    assert len(panel.loss_plot.curves["train:regularized"].getData()[0]) == 10
    assert not _empty(panel.histogram.items["weights"])
    assert state.load_preset("l1-sparsity")
    assert all(b.n == 0 for b in panel.loss_plot.buffers.values())
    for plot in (panel.loss_plot, panel.accuracy_plot, panel.norms):
        assert all(_empty(curve) for curve in plot.curves.values())
    assert all(_empty(item) for item in panel.histogram.items.values())
    assert panel.boundary.views["regularized"][1].image is None


def test_the_sweep_opens_on_lambda_and_its_title_names_the_swept_setting(qtbot):
    from regviz.ui.panels.sweep import SweepPanel

    panel = SweepPanel()
    qtbot.addWidget(panel)
    assert panel.param_box.currentData() == "regularization.l2"
    assert panel.plot.getPlotItem().titleLabel.text == "Final loss against L2 λ"
    panel.param_box.setCurrentIndex(panel.param_box.findData("data.label_noise"))
    assert panel.plot.getPlotItem().titleLabel.text == "Final loss against label noise"


def test_the_dropout_drawing_has_the_network_tabs_inputs_and_outputs_and_names_8_layers_apart(qtbot):
    from regviz.ui.panels.dropout import DropoutPanel

    panel = DropoutPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    panel.set_run(run_info(hidden=(16,) * 8))
    drawing = panel.drawing
    assert (drawing.inputs, drawing.outputs) == (2, 1)  # as core.maths.network draws 2-D data, two classes
    rects = drawing.label_rects()
    assert len(rects) == 10
    for (a, _), (b, _) in zip(rects, rects[1:]):
        assert a.right() < b.left(), [name for _, name in rects]
    drawing.grab()  # paints without error


def test_the_confusion_matrix_has_no_white_box_in_the_dark_theme_and_every_count_reads_on_its_cell(qtbot):
    """Issue 21: in the dark theme the matrix was white to vermillion, a white box on a dark tab, and the theme
    recoloured its counts light: invisible on the white cells. Now a cell without mistakes is the plot's background
    in either theme, and each count is black or white, whichever reads on its own cell (≥ 4.5:1); switching the
    theme redraws the matrix as shown."""
    from dataclasses import replace
    from types import SimpleNamespace

    from PySide6.QtGui import QColor
    from screen_checks import contrast

    from regviz.ui import appearance
    from regviz.ui.colours import OKABE_ITO
    from regviz.ui.panels.errors import ErrorsPanel

    panel = ErrorsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_run(replace(run_info(), classes=("0", "1", "2")))
    column = panel.columns["regularized"]
    confusion = np.array([[30, 0, 2], [1, 39, 0], [9, 4, 5]])
    view = SimpleNamespace(confusion=confusion, per_class_accuracy=confusion.diagonal() / confusion.sum(1),
                           images=[], true=[], guess=[], wrong=16, total=90)
    try:
        for theme in ("dark", "light", "dark"):
            appearance._state["dark"] = theme == "dark"
            if not panel.shown:
                panel.on_record(SimpleNamespace(models=[SimpleNamespace(name="regularized", errors=view)]))
            panel._budget = SimpleNamespace(due=lambda: True)
            panel.refresh()
            lut = column.image.lut if not callable(column.image.lut) else column.image.lut(None)
            assert QColor(*lut[0][:3]).name() == appearance.background()  # no mistakes: the background
            for k, cell in column.cells.items():
                ratio = contrast(cell.color, cell.fill.color())
                assert ratio >= 4.5, (theme, k, cell.color.name(), cell.fill.color().name(), ratio)
            diagonal = column.cells[0].fill.color().name()
            assert diagonal == appearance.background(), (theme, diagonal)
            one = column.cells[3].fill.color()  # a single mistake (1 of 40): a tint a class sees, not near-background
            assert contrast(one, QColor(appearance.background())) >= 1.4, (theme, one.name())
            bars = panel.bars.items["regularized"].opts["brush"].color()  # the bars in the theme's own blue
            assert bars.name() == appearance.plot_colour(OKABE_ITO["blue"]).lower(), (theme, bars.name())
            assert contrast(bars, QColor(appearance.background())) >= 3.0
            assert panel.bars.heights("regularized") == pytest.approx(list(view.per_class_accuracy))
    finally:
        appearance._state["dark"] = False


def test_compared_matrices_share_one_colour_scale(qtbot):
    """The same share of mistakes is the same orange in each net's matrix (the caption's "the stronger the orange,
    the larger the share" holds across them): each scaled to its own worst cell, one net's 9 of 50 and another's 7
    of 50 were drawn alike, and a lighter net's 3 stronger than a worse net's 3."""
    from dataclasses import replace
    from types import SimpleNamespace

    from regviz.ui.panels.errors import ErrorsPanel

    panel = ErrorsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_run(replace(run_info(names=("regularized", "baseline")), classes=("0", "1", "2")))

    def view(worst):
        confusion = np.array([[40, 3, 0], [0, 50 - worst, worst], [0, 0, 50]])
        return SimpleNamespace(confusion=confusion, per_class_accuracy=confusion.diagonal() / confusion.sum(1),
                               images=[], true=[], guess=[], wrong=3 + worst, total=145)

    panel.on_record(SimpleNamespace(models=[SimpleNamespace(name="regularized", errors=view(9)),
                                            SimpleNamespace(name="baseline", errors=view(7))]))
    panel._budget = SimpleNamespace(due=lambda: True)
    panel.refresh()
    cells = {name: panel.columns[name].cells for name in ("regularized", "baseline")}
    assert cells["regularized"][1].fill.color().name() == cells["baseline"][1].fill.color().name()  # both 3 of 43
    nine, seven = cells["regularized"][5].fill.color(), cells["baseline"][5].fill.color()
    assert nine.name() != seven.name() and nine.lightness() < seven.lightness()  # 9 of 50 stronger than 7 of 50
