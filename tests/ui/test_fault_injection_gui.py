"""Issue 20's hostile files through the window: a FIFO as a session, a lesson or an image hung the window (or its
image worker, "Opening…" for ever); PostScript named .png ran Ghostscript; a session with NaN weights was
accepted. Each is refused with a message naming the file, and nothing changes."""
import io
import os
import subprocess

import numpy as np
import pytest

from regviz.core.content import session

pytestmark = pytest.mark.timeout(240)  # a hang fails instead of stalling the suite


def _nan_weights_session(window, path):
    """A session of the window's own experiment whose one net holds a NaN (checksums consistent)."""
    from regviz.core.maths.shapes import state_shapes
    from regviz.core.maths.generators import shape_of

    cfg = window.state.config
    input_shape, n_classes = shape_of(cfg.data.name)
    arrays = {k: np.zeros(s, dtype=np.float32) for k, s in state_shapes(input_shape, n_classes, cfg.model).items()}
    arrays = {k: (v.astype(np.int64).reshape(()) if k.endswith("num_batches_tracked") else v)
              for k, v in arrays.items()}
    arrays["head.weight"].reshape(-1)[0] = np.nan
    path.write_text(session.Session(cfg, "single", 10, weights={"main": arrays}).to_json())


def test_hostile_files_are_refused_by_the_window_and_nothing_changes(window, qtbot, tmp_path, monkeypatch):
    window.state.train_for(20)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.last_record.step >= 20,
                    timeout=60000)
    before, step = window.state.config, window.state.last_record.step

    fifo = tmp_path / "class.regviz"
    os.mkfifo(fifo)
    assert not window.files.open_session(fifo)
    assert "class.regviz: a named pipe (FIFO), not a file" in window._message.text()

    nan = tmp_path / "nan.regviz"
    _nan_weights_session(window, nan)
    assert not window.files.open_session(nan)
    assert "weights of 'main': head.weight holds nan" in window._message.text()
    assert "Nothing was changed" in window._message.text()

    lesson = tmp_path / "lesson.json"
    os.mkfifo(lesson)
    assert not window.lessons.open_file(str(lesson))
    assert "lesson.json: a named pipe (FIFO), not a file" in window._message.text()
    assert window.state.config == before and window.state.last_record.step == step

    started = []

    def no_programs(*args, **kwargs):
        started.append(args)
        raise OSError("a test forbids starting programs")

    monkeypatch.setattr(subprocess, "Popen", no_programs)  # Pillow's EPS plugin runs Ghostscript through it
    panel = window.panels["augmentation"]
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.latest is not None, timeout=60000)
    kept = panel.latest
    (tmp_path / "x.png").write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n{ } loop\n")
    os.mkfifo(tmp_path / "pipe.jpg")
    for name, says in (("x.png", "x.png is not an image regviz can read"),
                       ("pipe.jpg", "pipe.jpg: a named pipe (FIFO), not a file")):
        with qtbot.waitSignal(panel.loaded, timeout=20000) as opened:
            panel.load_file(str(tmp_path / name))
        assert opened.args == [False] and says in panel.message.text()
    assert panel.latest is kept and started == []


def test_the_gif_export_decodes_its_own_frames_only_as_png(qapp, monkeypatch):
    from PIL import Image
    from PySide6.QtGui import QColor, QImage

    from regviz.ui import exports

    seen = []
    original = Image.open
    monkeypatch.setattr(Image, "open", lambda fp, mode="r", formats=None: seen.append(formats) or
                        original(fp, mode, formats))
    frame = QImage(8, 6, QImage.Format.Format_RGB32)
    frame.fill(QColor(0, 128, 255))
    gif = Image.open(io.BytesIO(exports.gif_bytes([frame, frame])))
    assert gif.format == "GIF" and gif.size == (8, 6)
    assert seen[:2] == [["PNG"], ["PNG"]]
