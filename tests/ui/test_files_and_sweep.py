"""Sessions, exports, the GIF, the λ sweep and presentation mode, through the window."""
import csv
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from regviz.core.content import session


def _train(window, qtbot, steps):
    window.state.train_for(steps)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.last_record.step >= steps,
                    timeout=60000)


def test_a_saved_session_reopens_with_its_curves_and_weights(window, qtbot, tmp_path):
    window.state.set_value("regularization.l2", 0.01)
    _train(window, qtbot, 200)
    path = tmp_path / "class.regviz"
    window.files.save_session(path)
    qtbot.waitUntil(path.exists, timeout=20000)
    saved = session.load(path)
    assert saved.step == 200 and saved.weights and saved.config.regularization.l2 == 0.01
    assert saved.metrics["main"][-1]["step"] == 200
    final_test = saved.final["main"]["test_loss"]

    window.state.load_preset("l1-sparsity")  # somewhere else entirely
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.config.name == "l1-sparsity", timeout=30000)
    assert window.files.open_session(path)
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.last_record.step == 200, timeout=30000)
    assert window.state.config == saved.config
    assert window.state.last_record.models[0].test_loss == pytest.approx(final_test, rel=1e-5)  # the same net
    assert window.panels["training"].loss_plot.buffers["test:main"].n >= len(saved.metrics["main"])  # the saved curve is back
    assert str(path) in window.files.recent()
    assert [a.text() for a in window.menus.recent_menu.actions()][0] == str(path)


def test_a_corrupt_session_is_refused_and_nothing_changes(window, qtbot, tmp_path):
    _train(window, qtbot, 30)
    path = tmp_path / "broken.regviz"
    path.write_text('{"format": "regviz-session", "version": 1, "config": {"training": {"lr": "fast"}}}')
    before, step = window.state.config, window.state.last_record.step
    assert not window.files.open_session(path)
    assert "training.lr" in window._message.text() and "Nothing was changed" in window._message.text()
    assert window.state.config == before and window.state.last_record.step == step
    assert str(path) not in window.files.recent()


def test_plots_export_as_png_svg_and_csv_that_parse(window, qtbot, tmp_path):
    _train(window, qtbot, 100)
    written = window.files.export_plots(tmp_path)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=20000)  # drawn at once, written in the background
    pngs = [p for p in written if p.suffix == ".png"]
    assert len(pngs) >= 4
    for png in pngs:
        with Image.open(png) as image:
            assert image.width > 100
    for svg in (p for p in written if p.suffix == ".svg"):
        assert ET.parse(svg).getroot().tag.endswith("svg")
    loss_csv = next(p for p in written if p.suffix == ".csv" and "loss" in p.name)
    rows = list(csv.reader(loss_csv.read_text().splitlines()))
    assert len(rows) > 3 and float(rows[-1][0]) > 0  # steps, then losses
    window_png = window.files.export_window(tmp_path / "window.png")
    qtbot.waitUntil(lambda: not window.files.busy, timeout=20000)
    with Image.open(window_png) as image:
        assert image.size[0] >= window.width() * 0.9


def test_an_animated_gif_records_the_run(window, qtbot, tmp_path):
    window.files.start_gif()
    window.state.engine.play()
    qtbot.waitUntil(lambda: len(window.files.gif_frames) >= 4, timeout=30000)
    window.state.engine.pause()
    captured = len(window.files.gif_frames)
    path = window.files.stop_gif(tmp_path / "run.gif")
    qtbot.waitUntil(lambda: not window.files.busy, timeout=20000)
    with Image.open(path) as gif:  # every frame kept shows something new, so none merge into another
        assert gif.format == "GIF" and gif.n_frames == captured >= 4


def test_the_script_export_writes_a_plain_pytorch_script(window, qtbot, tmp_path):
    path = window.files.export_script(tmp_path / "handout.py")
    qtbot.waitUntil(lambda: not window.files.busy, timeout=20000)
    text = path.read_text()
    assert "import torch" in text and "regviz" not in text.split('"""')[2]
    compile(text, "handout.py", "exec")


def test_the_sweep_tab_draws_the_u_curve_and_can_be_cancelled(window, qtbot):
    window.show_tab("sweep")
    panel = window.panels["sweep"]
    window.sweeps.start("regularization.l2", [0.0, 0.001, 0.1], 60)
    assert window.state.engine.state == "sweeping" and panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=90000)
    assert [r["value"] for r in panel.rows] == [0.0, 0.001, 0.1]
    assert panel.progress.value() == panel.progress.maximum() == 3  # the bar counts finished values
    assert len(panel.test_curve.getData()[0]) == 2 and panel.zero_line.isVisible()
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.last_record is not None, timeout=30000)
    # Cancel: a long sweep stops, keeps what it finished, and the live net comes back.
    window.sweeps.start("regularization.l2", [0.001, 0.01, 0.1, 1.0], 1500)
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=120000)
    panel.start_button.click()
    qtbot.waitUntil(lambda: not panel.running, timeout=30000)
    assert len(panel.rows) < 4
    qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=30000)


def _workers(pid: int) -> set[int]:
    """The sweep's worker processes under the training process (Linux /proc)."""
    from pathlib import Path

    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
            cmdline = (status.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text and "State:\tZ" not in text and b"spawn_main" in cmdline:
            found.add(int(status.parent.name))
    return found


@pytest.mark.skipif(not __import__("os").path.exists("/proc/self/status"), reason="reads /proc")
def test_a_sweep_in_two_workers_fills_the_plot_and_cancel_ends_both(window, qtbot):
    window.show_tab("sweep")
    panel = window.panels["sweep"]
    training = window.state.engine.process.process.pid
    window.sweeps.start("regularization.l2", [0.0, 0.1], 60, jobs=2)
    qtbot.waitUntil(lambda: not panel.running, timeout=120000)
    assert [r["value"] for r in panel.rows] == [0.0, 0.1] and panel.progress.value() == 2
    assert len(panel.test_curve.getData()[0]) == 1 and panel.zero_line.isVisible()
    assert not _workers(training)  # none left once the sweep has ended
    from regviz.core.run.sweep import sweep  # the numbers of `regviz sweep --jobs 1`, bit for bit

    config = window.state.config.with_overrides({"training.steps": 60})
    assert panel.rows == list(sweep(config, "regularization.l2", [0.0, 0.1]))
    qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=30000)
    window.sweeps.start("regularization.l2", [0.001, 0.01, 0.1], 1_000_000, jobs=2)
    qtbot.waitUntil(lambda: len(_workers(training)) == 2, timeout=120000)
    workers = _workers(training)
    panel.start_button.click()
    qtbot.waitUntil(lambda: not panel.running, timeout=30000)
    assert panel.rows == [] and panel.status.text() == "No value finished."
    assert not (workers & _workers(training))  # killed and reaped before the sweep said it had ended
    qtbot.waitUntil(lambda: window.state.engine.state == "paused", timeout=30000)


def test_presentation_mode_and_the_dark_theme_restyle_the_plots(window, qtbot):
    from regviz.ui import appearance

    width = window.panels["training"].loss_plot.curves["train:main"].opts["pen"].widthF()
    font = window.font().pointSizeF()
    window.set_presentation(True)
    assert window.isFullScreen() and window.menus.presentation_action.isChecked()
    assert window.panels["training"].loss_plot.curves["train:main"].opts["pen"].widthF() == pytest.approx(
        width * appearance.PRESENTATION_SCALE)
    assert window.font().pointSizeF() == pytest.approx(font * appearance.PRESENTATION_SCALE)
    window.set_theme("dark")
    assert window.panels["training"].loss_plot.backgroundBrush().color().name() == appearance.background()
    assert window.panels["training"].loss_plot.curves["train:main"].opts["pen"].color().name() == "#56b4e9"  # Okabe-Ito sky
    assert window.settings.value("theme") == "dark"
    window.set_presentation(False)
    window.set_theme("light")
    assert window.panels["training"].loss_plot.curves["train:main"].opts["pen"].widthF() == pytest.approx(width)
    assert window.panels["training"].loss_plot.curves["train:main"].opts["pen"].color().name() == "#0072b2"
    assert not window.isFullScreen()


def test_help_lists_every_shortcut(window):
    import re

    from regviz.ui.menus import SHORTCUTS

    window.menus.show_shortcuts()
    text = window._message.text()
    listed = set()
    for keys, what in SHORTCUTS:
        assert keys in text and what.split(" (")[0] in text
        listed |= set(re.split(r" / ", keys))
    for action in window.findChildren(type(window.menus.play_action)):
        for shortcut in action.shortcuts():
            if shortcut.toString():
                assert shortcut.toString() in listed, f"{shortcut.toString()} ({action.text()}) is not in Help"


def test_an_experiment_copied_as_one_line_pastes_back_and_a_bad_line_changes_nothing(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    window.state.set_value("regularization.l2", 0.02)
    line = window.files.copy_experiment()
    assert QGuiApplication.clipboard().text() == line and line.startswith("regviz:1:")
    expected = window.state.config
    window.state.load_preset("l1-sparsity")
    assert window.state.config != expected
    assert window.files.paste_experiment()  # from the clipboard
    assert window.state.config == expected
    qtbot.waitUntil(lambda: window.state.last_record is not None, timeout=30000)
    for bad in ("hello", line[:-15], "regviz:2:" + line[9:]):
        assert not window.files.paste_experiment(bad)
        assert "Nothing was changed" in window._message.text() and window.state.config == expected
