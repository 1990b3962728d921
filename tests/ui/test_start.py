"""Start (issue 21, item 8): a fresh profile fits the screen, Compare and Race stay reachable on a small one, and
the controls a class meets first say what they do."""
import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def fresh(qtbot, settings):
    """A window of a fresh profile (no saved geometry), not started: no training process."""
    from regviz.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    yield window
    window.close()


def test_a_fresh_profile_opens_within_the_available_screen(fresh):
    room = fresh.screen().availableGeometry()
    assert fresh.width() <= room.width() and fresh.height() <= room.height()


def test_at_800x600_compare_and_race_are_reachable_by_menu_and_key(fresh, qtbot):
    fresh.resize(800, 600)
    fresh.show()
    qtbot.waitExposed(fresh)
    menus = fresh.menus
    run_menu = next(a.menu() for a in fresh.menuBar().actions() if a.text() == "&Run")
    assert menus.compare_action in run_menu.actions() and menus.race_action in run_menu.actions()
    assert menus.compare_action.shortcut().toString() == "B"
    assert menus.race_action.shortcut().toString() == "Ctrl+R"
    # and on the toolbar itself, not in its overflow menu
    for widget in (menus.compare_box,):
        assert widget.isVisible() and widget.width() >= widget.sizeHint().width()


def test_every_preset_in_the_list_says_what_it_is(fresh):
    from regviz.core.content import presets

    from regviz.ui.panels.experiment import ExperimentPanel

    box = fresh.findChild(ExperimentPanel).preset
    assert box.count() == len(presets.names())
    for i in range(box.count()):
        assert box.itemData(i, Qt.ItemDataRole.ToolTipRole) == presets.load(box.itemText(i)).description != ""


def test_the_l2_slider_and_the_step_button_say_what_they_do(fresh):
    from regviz.ui.panels.regularizers import RegularizerPanel

    sliders = fresh.findChild(RegularizerPanel).sliders
    assert "weights shrink" in sliders["l2"].slider.toolTip()
    assert all(s.slider.toolTip() for s in sliders.values())
    assert fresh.menus.step_action.toolTip() == "Train one step (S)"


def test_the_first_paint_shows_every_tab_and_building_the_plots_keeps_the_tab_bar(fresh, qtbot):
    """Issue 21 (start): the first paint showed two tabs ("Loading plots…" and Worked examples), then the tab bar
    and the layout jumped when the plots were built. Every tab is there from the first paint, in its place."""
    from regviz.ui.main_window import TAB_TITLES

    fresh.resize(1280, 720)
    fresh.show()
    qtbot.waitExposed(fresh)
    before = [fresh.tabs.tabText(i) for i in range(fresh.tabs.count())]
    bar = fresh.tabs.tabBar()
    places = [bar.tabRect(i) for i in range(bar.count())]
    assert before == list(TAB_TITLES.values())
    fresh.ensure_plots()
    qtbot.wait(20)
    assert [fresh.tabs.tabText(i) for i in range(fresh.tabs.count())] == before
    assert [bar.tabRect(i) for i in range(bar.count())] == places  # every tab where it was
    assert fresh.tabs.currentWidget() is fresh.panels["training"]
    assert all(fresh.tabs.widget(i) is fresh.panels[name] for i, name in enumerate(TAB_TITLES))
