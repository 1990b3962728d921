"""The window's status bar when early stopping restores the net of its first check (the untrained one): it
says plainly that the validation loss never improved, and why that happens (the CLI: tests/core)."""
from regviz.core.records import NEVER_IMPROVED


def _steps(window):
    return window.state.last_record.step if window.state.last_record is not None else -1


def test_early_stopping_on_too_few_validation_points_says_the_loss_never_improved(window, qtbot):
    window.state.set_value("data.validation_fraction", 0.2)  # 6 of the 30 points: issue 22's case
    window.state.set_value("training.early_stopping.patience", 8)
    qtbot.waitUntil(lambda: _steps(window) == 0 and window.state.engine.state == "paused", timeout=30000)
    window.state.engine.play()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Early stopping"), timeout=90000)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Early stopping at step 200: {NEVER_IMPROVED}"), message
    assert message.endswith("the untrained net's weights are back. Space trains on.")
