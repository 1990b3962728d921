"""The narrator in the window: its sentence under the plots follows training, is the plots' accessible
description, and can be hidden from the View menu (remembered)."""
from PySide6.QtCore import QSettings

from regviz.core.narrator import narrate


def test_the_narration_follows_training_and_describes_the_plots(window, qtbot):
    label = window.narration.label
    window.state.train_for(400)  # overfit-2d, the default: a memorising net by then (README, Narration)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=120000)
    said = lambda: narrate(window.narration.history, window.narration.context).text  # noqa: E731
    qtbot.waitUntil(lambda: label.text() == said(), timeout=5000)  # throttled: it catches up, never lags behind
    assert "the net is memorising its 30 points" in label.text() and label.isVisible()
    assert window.narration.history[-1].step == window.state.last_record.step  # every record, none left out
    plot = window.panels["training"].plots[0]
    assert plot.accessibleDescription() == label.text() == window.tabs.accessibleDescription()


def test_the_narration_can_be_hidden_and_the_choice_is_remembered(window, qtbot, settings):
    from regviz.ui.main_window import MainWindow

    action = window.menus.narration_action
    window.state.train_for(200)  # overfit-2d: memorising by then, so there is a sentence to show
    qtbot.waitUntil(lambda: window.narration.text != "", timeout=120000)
    assert action.isChecked() and window.narration.label.isVisible()
    action.trigger()
    assert not window.narration.label.isVisible() and not window.narration.shown
    window.narration.text = ""
    window.narration.update_now()  # the sentence said again
    assert window.narration.text and not window.narration.label.isVisible()  # a new sentence does not show it
    settings.sync()
    again = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert not again.menus.narration_action.isChecked() and not again.narration.label.isVisible()
    again.close()
