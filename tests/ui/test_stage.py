"""The presentation stage: every shipped step's text whole on a projector, the plots a step names and no others,
the lesson player driving nothing but the stage, and a click on the boundary saying what it did."""
import json

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal

from regviz.core.content import lessons
from regviz.ui import appearance
from regviz.ui.stage import text_fits

SIZES = [(1280, 720), (1024, 768)]


def walk_presentation(window, qtbot, size):
    """Every step of every shipped lesson at ``size`` in presentation type (training paused: the text and the
    plots are the step's, trained or not): [(lesson, step number, problems)]."""
    appearance.apply(window, window.theme, appearance.PRESENTATION_SCALE)
    window.fit_controls()
    seen = []
    try:
        for name in lessons.names():
            lesson = lessons.load(name)
            window.lessons.open(lesson)
            for index in range(len(lesson.steps)):
                window.lessons.go(index)
                window.state.engine.pause()
                for _ in range(2):  # the step's docks settle, then the projector's size
                    window.resize(*size)
                    qtbot.wait(60)
                problems = []
                view = window.stage.panel.text
                try:  # the docks settle after a step's view changes (a busy machine takes a few more turns)
                    qtbot.waitUntil(window.stage.fits, timeout=3000)
                except qtbot.TimeoutError:
                    pass
                if not window.stage.fits():
                    shown = view.visibleRegion().boundingRect()
                    problems.append(f"{shown.width()}×{shown.height()} of the {view.width()}×{view.height()} view "
                                    "is on screen")
                    problems.append(f"the text needs {view.document().size().height():.0f} px, the view "
                                    f"shows {view.viewport().height()}")
                if view.verticalScrollBar().isVisible():
                    problems.append("a scroll bar")
                need = window.minimumSizeHint()
                if need.width() > size[0] or need.height() > size[1]:  # it would not be on the screen whole
                    problems.append(f"the window needs {need.width()}×{need.height()}")
                seen.append((name, index + 1, problems))
            window.lessons.close()
    finally:
        appearance.apply(window, window.theme, 1.0)
    return seen


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_steps_text_fits_in_presentation_mode(window, qtbot, size):
    seen = walk_presentation(window, qtbot, size)
    bad = [f"{name} step {number}: {', '.join(problems)}" for name, number, problems in seen if problems]
    assert len(seen) == sum(len(lessons.load(n).steps) for n in lessons.names())
    assert not bad, f"{len(bad)} of {len(seen)} steps do not fit at {size}:\n" + "\n".join(bad)


def test_text_fits_says_no_when_a_text_is_cut(qtbot):
    """The check itself: a view too short for its text, with or without its scroll bar, does not fit."""
    from regviz.ui.panels.lesson import LessonText

    view = LessonText()
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.show()
    view.setHtml("<p>short</p>")
    assert text_fits(view)
    view.setHtml("<p>" + "a long line of lesson text " * 80 + "</p>")
    assert not text_fits(view)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    assert not text_fits(view)


def _shown_plots(window, tab):
    panel = window.panels[tab]
    return {name for name, widgets in panel.named_plots().items()
            if any(w.isVisibleTo(panel) for w in (widgets if isinstance(widgets, list) else [widgets]))}


def test_a_step_shows_exactly_the_plots_it_names(window, qtbot, tmp_path):
    raw = {"title": "Mine", "steps": [
        {"title": "One", "text": "x", "preset": "overfit-2d", "plots": ["loss", "boundary"]},
        {"title": "Two", "text": "y"},
        {"title": "Three", "text": "z", "tab": "batchnorm", "mode": "batchnorm", "plots": ["ridges"]},
        {"title": "Four", "text": "w", "tab": "training", "plots": ["accuracy"]}]}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw))
    assert window.lessons.open_file(str(path))
    assert _shown_plots(window, "training") == {"loss", "boundary"}
    loss, boundary = window.panels["training"].loss_plot, window.panels["training"].boundary
    qtbot.wait(50)
    assert loss.y() == boundary.y() and loss.height() > window.panels["training"].height() * 0.8  # one row
    window.lessons.next()
    assert _shown_plots(window, "training") == set(lessons.PLOTS["training"]) - {"fit"}  # no key: the usual five
    window.lessons.next()
    assert _shown_plots(window, "batchnorm") == {"ridges"}
    window.lessons.next()
    assert _shown_plots(window, "training") == {"accuracy"}
    assert _shown_plots(window, "batchnorm") == set(lessons.PLOTS["batchnorm"])  # another tab: its usual set
    window.stage.panel.classroom.setChecked(False)  # classroom mode off: the whole tab
    assert _shown_plots(window, "training") == set(lessons.PLOTS["training"]) - {"fit"}
    window.stage.panel.classroom.setChecked(True)
    window.lessons.close()
    assert _shown_plots(window, "training") == set(lessons.PLOTS["training"]) - {"fit"}


def test_every_tab_names_the_plots_the_lesson_format_declares(window):
    for tab, names in lessons.PLOTS.items():
        assert tuple(window.panels[tab].named_plots()) == names, tab


class FakeStage(QObject):
    """A stage that records what the player asked of it."""
    step_requested = Signal(int)
    classroom_toggled = Signal(bool)
    close_requested = Signal()

    def __init__(self):
        super().__init__()
        self.calls = []
        self.on = True

    def __getattr__(self, name):
        if name in ("open_lesson", "close_lesson", "show_text", "show_plots", "show_controls", "show_message",
                    "choose_lesson_file"):
            return lambda *args: self.calls.append((name, *args))
        raise AttributeError(name)

    def classroom(self):
        return self.on


def test_the_lesson_player_drives_only_its_stage(window, qtbot):
    """A player on a fake stage: the app state does what each step declares, the stage is told the step's text,
    tab, plots and controls, and the window's own lesson view and tabs are never touched."""
    from regviz.ui.lesson_player import LessonPlayer

    stage = FakeStage()
    player = LessonPlayer(window.state, stage)
    lesson = lessons.load("08-inside-the-net")
    tabs_before = [window.tabs.isTabVisible(i) for i in range(window.tabs.count())]
    player.open(lesson)
    stage.step_requested.emit(2)  # Next on the stage
    window.state.engine.pause()
    assert player.index == 2 and window.state.config == lesson.config_at(2)
    step = lesson.steps[2]
    assert stage.calls[0] == ("open_lesson",)
    assert ("show_text", lesson, 2) in stage.calls
    assert stage.calls[-2:] == [("show_plots", step.tab, step.plots),
                                ("show_controls", frozenset(step.controls), step.tab)]
    stage.on = False
    stage.classroom_toggled.emit(False)
    assert stage.calls[-2:] == [("show_plots", step.tab, None), ("show_controls", None, None)]
    stage.close_requested.emit()
    assert stage.calls[-1] == ("close_lesson",) and player.lesson is None
    assert not window.stage.dock.isVisible() and window.stage.panel.lesson is None
    assert [window.tabs.isTabVisible(i) for i in range(window.tabs.count())] == tabs_before
    assert not player.open_file("/nonexistent/lesson.json")
    assert stage.calls[-1][0] == "show_message" and "lesson.json" in stage.calls[-1][2]


def test_the_lesson_player_imports_the_stage_not_the_window():
    import inspect

    from regviz.ui import lesson_player

    source = inspect.getsource(lesson_player)
    assert "window" not in source.replace("the window's parts", "")
    assert "from .stage import LessonStage" in source


def _click(qtbot, boundary, xy, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    plot = next(iter(boundary.views.values()))[0]
    scene = plot.getViewBox().mapViewToScene(pg.Point(*xy))
    qtbot.mouseClick(boundary.viewport(), button, modifier, boundary.mapFromScene(scene))


def test_lesson_8s_click_says_what_it_did(window, qtbot):
    """Step 3: a click on an empty spot adds a point and says so; one on an existing point adds nothing and says
    to click on an empty spot; Shift+click deletes; a drag moves."""
    window.lessons.open_named("08-inside-the-net")
    window.lessons.go(2)
    window.state.engine.pause()
    boundary = window.panels["training"].boundary
    qtbot.waitUntil(lambda: boundary.true_points is not None, timeout=30000)
    window.refresh_plots(all_plots=True)
    qtbot.wait(100)
    note = window.stage.panel.note
    points = boundary.true_points
    n = len(points)
    # an empty spot: as far from every point as the map allows
    x0, x1, y0, y1 = boundary._extent
    grid = [(x, y) for x in [x0 + (x1 - x0) * k / 20 for k in range(1, 20)]
            for y in [y0 + (y1 - y0) * k / 20 for k in range(1, 20)]]
    empty = max(grid, key=lambda p: min((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 for q in points))
    _click(qtbot, boundary, empty)
    qtbot.waitUntil(lambda: window.state.points is not None and len(window.state.points[0]) == n + 1, timeout=10000)
    assert note.isVisible() and note.text().startswith("Added an orange point") and f"{n + 1} training" in note.text()
    assert window.statusBar().currentMessage() == note.text()
    existing = tuple(float(v) for v in boundary.true_points[0])
    _click(qtbot, boundary, existing)
    qtbot.wait(100)
    assert "click on an empty spot" in note.text().lower() and len(window.state.points[0]) == n + 1
    _click(qtbot, boundary, existing, modifier=Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(window.state.points[0]) == n, timeout=10000)
    assert note.text().startswith("Deleted") and f"{n} training points" in note.text()
    window.lessons.next()
    assert not note.isVisible()  # the next step starts without the last step's note
    window.lessons.close()


def test_lesson_8_step_6_shows_the_test_accuracy_it_asks_the_class_to_note(window, qtbot):
    lesson = lessons.load("08-inside-the-net")
    assert "{test_accuracy}" in lesson.steps[5].text
    window.lessons.open(lesson)
    window.lessons.go(5)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 500, timeout=120000)
    qtbot.wait(200)
    accuracy = window.state.last_record.models[0].test_accuracy
    assert f"{100 * accuracy:.1f} %" in window.stage.panel.text.toPlainText()
    window.lessons.close()


def test_lesson_8_says_the_same_share_of_wrong_labels_in_steps_6_and_7():
    lesson = lessons.load("08-inside-the-net")
    assert lesson.config_at(6).data.label_noise == 0.3
    assert "30 %" in lesson.steps[5].text and "third" not in lesson.steps[5].text


def test_the_control_dock_keeps_to_the_width_its_rows_need(window, qtbot):
    """No lesson, normal type: the control dock as narrow as its rows allow, after a resize and a tab switch too
    (QMainWindow handed it its size hint back, 362 px at 1024×768: the Augmentation grid shrank to 82 px and
    the Training plots' legends took more rows), and after presentation type back at its normal-type minimum."""
    from regviz.ui.stage import CONTROLS_MIN_WIDTH

    scroll = window.controls_dock.widget()

    def need() -> int:
        return max(CONTROLS_MIN_WIDTH, scroll.widget().minimumSizeHint().width() + 24)

    for size in [(1024, 768), (1280, 720), (1024, 768)]:
        window.resize(*size)
        for index in (3, 0):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            assert scroll.width() <= need() + 1, (size, index, scroll.width(), need())
    appearance.apply(window, window.theme, appearance.PRESENTATION_SCALE)
    window.fit_controls()
    appearance.apply(window, window.theme, 1.0)
    window.fit_controls()  # as set_presentation(False) does
    window.resize(1024, 768)
    qtbot.wait(100)
    assert window.width() == 1024  # the presentation type's wider rows no longer hold the window wider
    assert window.controls_dock.isVisible() and scroll.minimumWidth() == need()
