"""Legible on a projector: at the sizes classrooms use, in normal and presentation mode, every widget that carries
a tab's point (its panel's ``key_widgets``) lies inside the window, none is squeezed below what its contents
need (a plot narrower than its own layout clips its curves or titles), and no legend sits on a plot's data."""
import pyqtgraph as pg
import pytest

from regviz.ui import appearance

MIN_PLOT_HEIGHT = 110  # pixels: below this a plot is a strip, not something a class can read

# (size, presentation): the projectors classrooms have, in normal type and in presentation mode (1.6× type and
# lines; without a lesson the control dock folds away, so at 1024×768 too the plots keep their room).
CASES = [((1024, 768), False), ((1280, 720), False), ((1366, 768), False), ((1024, 768), True), ((1280, 720), True),
         ((1366, 768), True), ((1920, 1080), True)]


def _problems(window, qtbot, where: str, size) -> list[str]:
    qtbot.wait(50)
    problems = []
    need = window.minimumSizeHint()
    if need.width() > size[0] or need.height() > size[1]:
        problems.append(f"{where}: the window needs {need.width()}×{need.height()}: wider or taller than the screen")
    scroll = window.controls_dock.widget()
    if window.controls_dock.isVisible() and scroll.widget().minimumSizeHint().width() > scroll.viewport().width():
        problems.append(f"{where}: the controls need {scroll.widget().minimumSizeHint().width()} px, "
                        f"the dock shows {scroll.viewport().width()}: clipped")
    panel = window.tabs.currentWidget()
    for widget in panel.key_widgets():
        rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
        if not window.rect().contains(rect):
            problems.append(f"{where}: {type(widget).__name__} at {rect.getRect()} is outside the window")
        if isinstance(widget, pg.GraphicsView) and widget.height() < MIN_PLOT_HEIGHT:
            problems.append(f"{where}: {type(widget).__name__} is {widget.height()} px tall: too short to read")
        if isinstance(widget, pg.GraphicsView):
            need = widget.centralWidget.minimumWidth()
            if need > widget.width() + 1:
                problems.append(f"{where}: {type(widget).__name__} is {widget.width()} px wide, its plot needs "
                                f"{need:.0f}: clipped")
    for view in panel.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem) and item.legend is not None and item.legend.isVisible():
                overlap = item.legend.sceneBoundingRect().intersected(item.vb.sceneBoundingRect())
                if overlap.height() > 2 and overlap.width() > 2:  # touching is not covering
                    problems.append(f"{where}: the legend of {item.titleLabel.text!r} covers its data "
                                    f"({overlap.width():.0f} × {overlap.height():.0f} px)")
    return problems


def _projector(window, size, presentation: bool) -> None:
    """The window at a projector's size, in presentation mode's type if asked (as F11 sets it, without full screen)."""
    window.resize(*size)
    if presentation:
        appearance.apply(window, window.theme, appearance.PRESENTATION_SCALE)
        window.fit_controls()


# Found by the fresh-clone run after this round's merges (issue 21 open). Marked, not hidden: the run prints them as
# xfail until they are fixed.
_MERGE_FOUND = pytest.mark.xfail(reason="issue 21: found after this round's merges, not yet fixed", strict=False)


_TAB_CASES = [(*case, "light") for case in CASES] + [((1280, 720), True, "dark")]


@pytest.mark.parametrize("size, presentation, theme", _TAB_CASES,
                         ids=[f"{w}x{h}{'-presentation' if p else ''}" for (w, h), p in CASES] + ["1280x720-dark"])
def test_every_tab_fits_a_projector(window, qtbot, size, presentation, theme):
    window.set_theme(theme)
    _projector(window, size, presentation)
    problems = []
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            if hasattr(window.tabs.currentWidget(), "key_widgets"):
                problems += _problems(window, qtbot, f"{window.tabs.tabText(index)} at {size}", size)
    finally:
        appearance.apply(window, window.theme, 1.0)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size, presentation", [((1024, 768), False), ((1280, 720), True), ((1024, 768), True)],
                         ids=["1024x768", "1280x720-presentation", "1024x768-presentation"])
def test_every_lesson_step_fits_a_projector(window, qtbot, size, presentation):
    """The same with the lesson beside the plots (normal type) or under them (the presentation stage, which
    shows only the step's plots: 1024×768 too), at every step of every lesson (its training paused: the
    layout is the step's, trained or not; render-lesson shows them trained)."""
    from regviz.core.content import lessons

    _projector(window, size, presentation)
    problems = []
    try:
        for name in lessons.names():
            lesson = lessons.load(name)
            window.lessons.open(lesson)
            for index in range(len(lesson.steps)):
                window.lessons.go(index)
                window.state.engine.pause()
                for _ in range(2):  # the stage settles its docks, then the projector's size
                    window.resize(*size)
                    qtbot.wait(30)
                if hasattr(window.tabs.currentWidget(), "key_widgets"):
                    problems += _problems(window, qtbot, f"{name} step {index + 1} at {size}", size)
            window.lessons.close()
    finally:
        appearance.apply(window, window.theme, 1.0)
    assert not problems, "\n".join(problems)


def _race_of_four(window, qtbot) -> None:
    """The dialog's first ready-made race (none, L2, L1, dropout) started, its first record of four nets in."""
    from regviz.core.run.race import READY_MADE, parse_race

    window.state.start_race(parse_race(READY_MADE["none / L2 / L1 / dropout"]))
    qtbot.waitUntil(lambda: window.state.last_record is not None and len(window.state.last_record.models) == 4,
                    timeout=30000)


@pytest.mark.parametrize("size, presentation", [((1024, 768), False), ((1280, 720), True)],
                         ids=["1024x768", "1280x720-presentation"])
def test_a_race_of_four_fits_a_projector(window, qtbot, size, presentation):
    """Four variants: the style key and the row of boundaries on the Training tab, four drawings on the Network
    tab, four confusion matrices on the Errors tab (MNIST) — each readable at a classroom's size."""
    _projector(window, size, presentation)
    problems = []
    try:
        for preset in ("overfit-2d", "mnist-dropout"):
            window.state.load_preset(preset)
            _race_of_four(window, qtbot)
            window.refresh_plots(all_plots=True)
            for name in ("training", "network", "errors"):
                window.show_tab(name)
                window.refresh_plots(all_plots=True)
                problems += _problems(window, qtbot, f"{preset} race, {name} at {size}", size)
            problems += _crowded_text(window, f"{preset} race at {size}")
            assert window.panels["training"].race_key.isVisibleTo(window.panels["training"])
    finally:
        appearance.apply(window, window.theme, 1.0)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size, presentation", [((1024, 768), False), ((1024, 768), True), ((1280, 720), False),
                                                ((1280, 720), True)],
                         ids=["1024x768", "1024x768-presentation", "1280x720", "1280x720-presentation"])
def test_a_race_of_four_keeps_every_training_plot_its_data_height(window, qtbot, size, presentation):
    """The race as the class sees it on the Training tab: every plot keeps the 150 px of data a plot needs. Its
    curves and weight histogram stand in one row, its maps in one under them with the colour key at their right
    (five plots and four maps in three rows left the loss ~65 px and the maps ~30 px at 1280×720)."""
    from screen_checks import squashed_plots

    _projector(window, size, presentation)
    try:
        _race_of_four(window, qtbot)
        window.show_tab("training")
        window.refresh_plots(all_plots=True)
        qtbot.wait(200)
        panel = window.panels["training"]
        shown = [name for name, plot in panel.named_plots().items() if plot.isVisibleTo(panel)]
        assert shown == ["loss", "accuracy", "histogram", "boundary"]
        assert panel.boundary.colour_bar in panel.boundary.ci.items
        # One key names the splits' colours and the styles; the plots' legends give their rows to the data.
        assert [name for _, name in panel.race_key.splits] == ["train", "test"]
        assert not any(plot.legend.isVisible() for plot in (panel.loss_plot, panel.accuracy_plot, panel.histogram))
        assert not squashed_plots(window)
    finally:
        appearance.apply(window, window.theme, 1.0)


def _crowded_text(window, where: str) -> list[str]:
    """The Errors tab's labels: each count inside its cell, no two captions of the mistakes on each other."""
    from PySide6.QtCore import QRectF

    def drawn(text):  # the text's own box: a TextItem's rect has its document's margin around it
        margin = text.textItem.document().documentMargin()
        return text.mapRectToScene(text.boundingRect()).adjusted(margin, margin, -margin, -margin)

    problems = []
    for name, column in window.panels["errors"].columns.items():
        box = column.matrix.getViewBox()
        n = len(column.classes)
        for k, text in column.cells.items():
            if text.toPlainText():
                row, col = divmod(k, n)
                cell = box.mapViewToScene(QRectF(col - 0.5, row - 0.5, 1, 1)).boundingRect().adjusted(-1, -1, 1, 1)
                if not cell.contains(drawn(text)):
                    problems.append(f"{where}: {name}'s count {text.toPlainText()!r} spills out of its cell")
        shown = [drawn(c) for c in column.captions if c.isVisible()]
        for i, a in enumerate(shown):
            for b in shown[i + 1:]:
                both = a.intersected(b)
                if both.width() > 1 and both.height() > 1:
                    problems.append(f"{where}: {name}'s captions of mistakes overlap")
    return problems


def test_a_race_puts_its_matrices_where_they_are_largest():
    """The arrangement a race's Errors tab takes from its view's room (measured at the projector sizes): four
    matrices 2×2 beside the chart at 1024×768, the upper row without the guess axis the lower one shows (one row:
    149 px wide each), one row beside it in presentation type at 1280×720 (under it: 137 px tall), the chart at
    least as wide as its key; three in a row over the chart."""
    from regviz.ui.panels.errors_layout import race_grid

    assert race_grid(712, 542, 4, (32, 69), 92, 6, 330, 40) == (2, 2, True, (248, 288), 185)
    assert race_grid(1244, 431, 4, (38, 73), 96, 6, 330, 40) == (1, 4, True, (), 222)
    assert race_grid(1244, 431, 4, (38, 73), 96, 6, 330, 0)[:2] == (1, 4)  # two rows would keep 139 px of data
    assert race_grid(712, 542, 3, (32, 69), 92, 6, 330, 40) == (1, 3, False, (270,), 233)


_ERRORS_CASES = [((1024, 768), False), ((1280, 720), False), ((1280, 720), True), ((1024, 768), True)]


@pytest.mark.parametrize("nets", [2, 4], ids=["compared", "race"])
@pytest.mark.parametrize("size, presentation", _ERRORS_CASES,
                         ids=[f"{w}x{h}{'-presentation' if p else ''}" for (w, h), p in _ERRORS_CASES])
def test_a_compared_or_raced_errors_tab_keeps_every_plot_its_data_height(window, qtbot, size, presentation, nets):
    """Two nets (the README's screenshot) or a race of four on the Errors tab: each matrix and the accuracy chart
    keep 150 px of data, the chart has a bar per net and digit and a key whose entries differ, nothing is cut.
    Stacked matrix / bars / strip per net, a pair's bars kept 80-103 px and a race's 70-99 (issue 21)."""
    from regviz.core.run.race import READY_MADE, parse_race
    from screen_checks import all_problems

    _projector(window, size, presentation)
    try:
        window.state.load_preset("mnist-augmentation")
        window.show_tab("errors")
        if nets == 2:
            window.state.set_compare(True)
        else:
            window.state.start_race(parse_race(READY_MADE["none / L2 / L1 / dropout"]))
        qtbot.waitUntil(lambda: window.state.last_record is not None and len(window.state.last_record.models) == nets,
                        timeout=60000)
        window.state.train_for(20)
        qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 20, timeout=60000)
        panel = window.panels["errors"]
        last = {m.name: m.errors for m in window.state.last_record.models}
        qtbot.waitUntil(lambda: all(panel.shown.get(n) is e for n, e in last.items()), timeout=15000)
        window.refresh_plots(all_plots=True)
        qtbot.wait(200)
        for name, errors in last.items():  # each net's own accuracy, in its own bars
            assert panel.bars.heights(name) == pytest.approx(list(errors.per_class_accuracy))
        assert [label.text for _sample, label in panel.bars.legend.items] == list(last)
        assert not all_problems(window)
    finally:
        appearance.apply(window, window.theme, 1.0)


@pytest.mark.parametrize("size, presentation", [((1024, 768), False), ((1280, 720), True)],
                         ids=["1024x768", "1280x720-presentation"])
def test_the_errors_tab_labels_fit_their_cells(window, qtbot, size, presentation):
    """One net and a compared pair: every count inside its cell, the captions of the mistakes apart (in
    presentation mode they once ran into each other and counts into the next cell)."""
    _projector(window, size, presentation)
    window.state.load_preset("mnist-dropout")
    window.show_tab("errors")
    problems = []
    try:
        for compare in (False, True):
            window.state.set_compare(compare)
            window.state.train_for(20)
            names = 2 if compare else 1
            qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 20
                            and len(window.state.last_record.models) == names, timeout=60000)
            panel = window.panels["errors"]
            last = {m.name: m.errors for m in window.state.last_record.models}
            qtbot.waitUntil(lambda: all(panel.shown.get(n) is e for n, e in last.items()), timeout=15000)
            qtbot.wait(50)
            problems += _problems(window, qtbot, f"{names} net(s) at {size}", size)
            problems += _crowded_text(window, f"{names} net(s) at {size}")
    finally:
        appearance.apply(window, window.theme, 1.0)
    assert not problems, "\n".join(problems)


def test_a_new_legend_is_in_its_strip_at_once(qtbot):
    """A new run's legend (cleared and refilled, maybe in fewer columns) is laid out before anything draws it:
    not first at the plot's top left over the data (the lesson-step test above caught that frame now and then)."""
    from regviz.ui.plots.curves import CurvePlot, SeriesSpec

    plot = CurvePlot("Loss", "loss")
    qtbot.addWidget(plot)
    plot.resize(300, 290)
    plot.show()
    qtbot.waitExposed(plot)
    for labels in (["train", "test", "validation"], ["train", "test", "validation", "best step", "penalty"]):
        plot.set_series([SeriesSpec(f"{label}:main", label, "#000000") for label in labels])
        item = plot.getPlotItem()
        overlap = item.legend.sceneBoundingRect().intersected(item.vb.sceneBoundingRect())
        assert overlap.height() <= 2 or overlap.width() <= 2, (item.legend.sceneBoundingRect(), item.vb.sceneBoundingRect())
