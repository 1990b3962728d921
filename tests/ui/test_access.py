"""Within reach of a screen reader and a keyboard alone (issue 27, items 3 and 4), offscreen: every visible control
of every tab has an accessible name and description (as Qt's accessibility interface reports them, what AT-SPI
passes on), every plot a description with its latest numbers, the status line is announced, every value control
is reached by Tab in reading order and answers its key, and the focus ring is drawn round whatever has focus."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, \
    QLineEdit, QWidget

from regviz.ui import access

MAX_TABS = 400  # Tab presses per tab: far more than the controls a tab and the dock hold


def _label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.objectName() or text!r} in {type(widget.parentWidget()).__name__}"


def _each_tab(window):
    window.ensure_plots()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield window.tabs.tabText(index)


def unnamed_controls(window) -> tuple[int, list[str]]:
    """(visible controls and plots counted over every tab, those without a name or a description)."""
    seen, missing = set(), []
    for tab in _each_tab(window):
        window.access.describe_plots()
        for widget in access.controls(window) + [v for v in access.plots(window) if v.isVisible()]:
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
                if not access.accessible_text(widget, kind):
                    missing.append(f"{tab}: {_label(widget)} has no {kind.name.lower()}")
    return len(seen), missing


def test_every_control_and_plot_has_a_name_and_a_description(window):
    counted, missing = unnamed_controls(window)
    print(f"{counted} controls and plots, {len(missing)} without a name or description")
    assert counted > 60
    assert not missing, "\n".join(missing)


def test_names_say_what_a_control_sets(window):
    """Names are the words beside the control, not placeholders: a screen reader user hears what sighted users
    read."""
    experiment, regularizers = window.experiment, window.regularizers
    assert access.accessible_text(experiment.lr.slider) == "Learning rate"
    assert access.accessible_text(experiment.lr.label) == "Learning rate value"
    assert access.accessible_text(experiment.seed) == "Seed"
    assert access.accessible_text(regularizers.sliders["l2"].slider) == "L2 λ Σ w²"
    assert access.accessible_text(regularizers.sliders["adversarial_weight"].slider) == "mix weight"


def test_every_plot_is_described_by_its_latest_numbers(window, qtbot):
    window.state.engine.step()
    qtbot.waitUntil(lambda: window.state.step >= 1, timeout=30000)
    window.refresh_plots(all_plots=True)
    window.access.describe_plots()
    described = {access.accessible_text(view): access.accessible_text(view, QAccessible.Text.Description)
                 for view in window.panels["training"].plots}
    loss = next(text for name, text in described.items() if "loss" in name.lower())
    record = window.state.last_record
    assert f"{record.models[0].train_loss:.3g}" in loss, loss
    boundary = window.panels["training"].boundary
    assert "map from" in access.accessible_text(boundary, QAccessible.Text.Description)
    access.set_narration(boundary, "The boundary bends round the noisy points.")
    assert access.accessible_text(boundary, QAccessible.Text.Description) == \
        "The boundary bends round the noisy points."
    access.set_narration(boundary, "")
    assert "map from" in access.accessible_text(boundary, QAccessible.Text.Description)


def test_status_messages_are_announced(window):
    window.show_status("Paused — Space trains, S steps once", 0)
    assert access.accessible_text(window.statusBar()) == "Paused — Space trains, S steps once"


VALUE_TYPES = (QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractButton)


def _value(widget):
    from regviz.ui.widgets import ValueSlider

    owner = widget.parentWidget()
    if isinstance(owner, ValueSlider):
        return owner.value()
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()


def _press_its_key(widget, qtbot, pressed: list, window) -> str | None:
    """Work the focused control with its key and put it back; what went wrong, if anything. A slider is put
    mid-range and pressed while Step is enabled, so an arrow the window took (→ is Step) shows as no change."""
    if isinstance(widget, QAbstractButton):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        return None if pressed and pressed[-1] is widget else "Enter did not press it"
    if isinstance(widget, (QAbstractSlider, QAbstractSpinBox, QComboBox)):
        up, down = (Qt.Key.Key_Right, Qt.Key.Key_Left) if isinstance(widget, QAbstractSlider) else \
            (Qt.Key.Key_Down, Qt.Key.Key_Up) if isinstance(widget, QComboBox) else (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if isinstance(widget, QAbstractSlider):
            qtbot.waitUntil(window.menus.step_action.isEnabled, timeout=30000)  # the net is back from a reset
            widget.setValue((widget.minimum() + widget.maximum()) // 2)
        before = _value(widget)
        qtbot.keyClick(widget, up)
        if _value(widget) == before:  # at the end of its range: the other way
            up, down = down, up
            qtbot.keyClick(widget, up)
        moved = _value(widget) != before
        qtbot.keyClick(widget, down)
        return None if moved else f"{up.name} did not change it"
    return None


def _focus_walk(window, qtbot, pressed: list | None = None, worked: set | None = None) -> list[QWidget]:
    """The widgets Tab reaches from the tab bar, in order, until the chain comes round; each checked for the
    focus ring and, given ``pressed`` (what access.press recorded), worked by its key."""
    window.activateWindow()
    window.tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tabs.tabBar())
    order: list[QWidget] = []
    for _ in range(MAX_TABS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is None or focus is window.tabs.tabBar() or focus in order:
            break
        if isinstance(focus.parentWidget(), QAbstractSpinBox):
            focus = focus.parentWidget()
        order.append(focus)
        ring = window.access.ring
        assert ring.isVisible() and ring.geometry().contains(
            focus.mapTo(window, access.shown_rect(focus).center())), f"no focus ring on {_label(focus)}"
        if pressed is not None and access.is_control(focus) and id(focus) not in worked:
            worked.add(id(focus))  # the dock's controls once, not on every tab
            problem = _press_its_key(focus, qtbot, pressed, window)
            assert problem is None, f"{_label(focus)}: {problem}"
            assert QApplication.focusWidget() in (focus, focus.findChild(QLineEdit)), f"{_label(focus)} lost focus"
    return order


def _reading_order(order: list[QWidget], window) -> list[str]:
    """Within the control dock, Tab goes down the column: no control comes before one above it (a field beside its
    switch, a pixel higher, is on the same line)."""
    dock = window.controls_dock
    column = [w for w in order if dock.isAncestorOf(w) and access.is_control(w)]
    tops = [w.mapTo(window, w.rect().topLeft()).y() + w.height() // 2 for w in column]
    return [f"{_label(b)} after {_label(a)}, which is below it" for (a, ta), (b, tb)
            in zip(zip(column, tops), zip(column[1:], tops[1:])) if tb < ta - 8]


def not_reached(window, qtbot, pressed: list | None = None) -> tuple[int, list[str]]:
    seen, missing, worked = set(), [], set()
    for tab in _each_tab(window):
        order = _focus_walk(window, qtbot, pressed, worked)
        missing += [f"{tab}: {problem}" for problem in _reading_order(order, window)]
        reached = set(map(id, order))
        for widget in access.controls(window):
            if not widget.isEnabled() or id(widget) in seen:
                continue
            seen.add(id(widget))
            if id(widget) not in reached:
                missing.append(f"{tab}: {_label(widget)}")
    return len(seen), missing


def test_tab_reaches_every_value_control_on_every_tab(window, qtbot, monkeypatch):
    """Tab from the tab bar reaches every enabled control of the dock and the tab, in reading order, with the
    focus ring round each, each control worked by its key (a button's Enter recorded, not run:
    the sweep's and batch norm's would start trainings)."""
    pressed: list = []
    monkeypatch.setattr(access, "press", pressed.append)
    stepped = []
    window.menus.step_action.triggered.connect(lambda: stepped.append(QApplication.focusWidget()))
    counted, missing = not_reached(window, qtbot, pressed)
    assert not stepped, f"an arrow key stepped the net while these had focus: {[_label(w) for w in stepped]}"
    print(f"{counted} enabled value controls, {len(missing)} not reached by Tab")
    assert counted > 50
    assert not missing, "not reached by Tab:\n" + "\n".join(missing)



def test_enter_presses_a_focused_switch_and_space_still_plays(window, qtbot):
    box = window.experiment.restore_best
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    before = box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.isChecked() is not before
    assert window.state.config.training.early_stopping.restore_best is box.isChecked()
    with qtbot.waitSignal(window.state.engine.state_changed, timeout=30000,
                          check_params_cb=lambda state: state == "running"):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() is not before  # Space played; it did not switch the box back


def test_boundary_points_are_edited_from_the_keyboard(window, qtbot):
    """Tab onto the map, the arrows move a cursor (→ does not step the net), Enter adds a point of the current
    class there, Ctrl+Enter one of the other class, Delete removes the point under the cursor; the net trains on
    each edited set and a screen reader hears where the cursor is."""
    boundary = window.panels["training"].boundary
    window.activateWindow()
    boundary.setFocus()
    qtbot.waitUntil(boundary.hasFocus)
    x0, x1, y0, y1 = boundary._extent
    stepped = []
    window.menus.step_action.triggered.connect(lambda: stepped.append(1))
    n = len(window.state.points[0]) if window.state.points is not None else len(boundary.true_points)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Up):
        qtbot.keyClick(boundary, key)
    assert not stepped  # the arrows were the map's, not Step's
    expected = ((x0 + x1) / 2 + 2 * (x1 - x0) / 20, (y0 + y1) / 2 + (y1 - y0) / 20)
    assert boundary.key_cursor == pytest.approx(expected)
    assert "Cursor at" in access.accessible_text(boundary, QAccessible.Text.Description)
    with qtbot.waitSignal(boundary.points_edited) as added:
        qtbot.keyClick(boundary, Qt.Key.Key_Return)
    points, labels = added.args
    assert len(points) == n + 1 and labels[-1] == 0 and tuple(points[-1]) == pytest.approx(expected)
    qtbot.waitUntil(lambda: len(boundary.true_points) == n + 1, timeout=30000)
    assert "an orange point under it" in boundary.describe_extra()
    with qtbot.waitSignal(boundary.points_edited) as deleted:
        qtbot.keyClick(boundary, Qt.Key.Key_Delete)
    assert len(deleted.args[0]) == n
    qtbot.waitUntil(lambda: len(boundary.true_points) == n, timeout=30000)
    qtbot.keyClick(boundary, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(boundary.points_edited) as other:
        qtbot.keyClick(boundary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert other.args[1][-1] == 1


def test_every_action_is_in_a_menu_and_the_frequent_ones_have_keys(window):
    """Keyboard only: every command the window has is in a menu (Alt opens them: each has a mnemonic), and
    the frequent ones have a shortcut."""
    in_menus = set()

    def walk(widget):
        for action in widget.actions():
            in_menus.add(action)
            if action.menu() is not None:
                walk(action.menu())

    walk(window.menuBar())
    actions = [a for a in window.actions() if not a.isSeparator()]
    assert len(actions) > 20
    assert [a.text() for a in actions if a not in in_menus] == []
    assert all("&" in a.text() for a in window.menuBar().actions())
    frequent = (window.menus.play_action, window.menus.step_action, window.menus.reset_action,
                window.menus.compare_action, window.menus.next_action, window.menus.back_action,
                window.reroll_shortcut)
    assert all(not a.shortcut().isEmpty() for a in frequent if a is not window.menus.reset_action)


def test_the_focus_ring_is_visible_in_both_themes(window, qtbot):
    """The ring round the focused control keeps 3:1 against the window in each theme (WCAG 2.2's focus
    appearance asks that of the indicator), and follows the theme when it changes."""
    from PySide6.QtGui import QColor, QPalette

    from screen_checks import contrast

    box = window.experiment.preset
    window.activateWindow()
    for theme in ("light", "dark"):
        window.set_theme(theme)
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        ring = window.access.ring
        assert ring.isVisible() and ring.geometry().contains(box.mapTo(window, box.rect().center()))
        background = window.palette().color(QPalette.ColorRole.Window)
        assert contrast(ring.colour(), background) >= 3.0, (theme, ring.colour().name())
        assert contrast(ring.colour(), QColor(window.palette().color(QPalette.ColorRole.Base))) >= 3.0
    window.set_theme("light")
