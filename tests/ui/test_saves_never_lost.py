"""A save is never lost (issue 20): the training process dying during a save, a full disk during an export, and
crash recovery from the autosave, through the window."""
import errno
import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QLockFile

from regviz.core.content import session, user_files


def _train(window, qtbot, steps):
    window.state.train_for(steps)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.last_record.step >= steps,
                    timeout=60000)


def _click(box, text):
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def _window(qtbot, settings):
    from regviz.ui.main_window import MainWindow

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.state.last_record is not None, timeout=60000)
    return w


@pytest.mark.skipif(os.name != "posix", reason="SIGSTOP/SIGKILL")
def test_a_save_when_the_training_process_dies_says_so_and_offers_the_config_and_metrics(window, qtbot, tmp_path):
    window.state.set_value("regularization.l2", 0.01)
    _train(window, qtbot, 60)
    config = window.state.config
    pid = window.state.engine.process.process.pid
    os.kill(pid, signal.SIGSTOP)  # it cannot answer now: the kill lands before the reply, every time
    path = tmp_path / "lost.regviz"
    window.files.save_session(path)
    assert window.files.busy
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.files.lost_box is not None, timeout=30000)
    box = window.files.lost_box
    text = box.text()
    assert str(path) in text and "not saved" in text and "weights of the nets you trained were lost" in text
    assert "training process stopped" in text and "up to step 60" in text
    assert not window.files.busy and not path.exists()

    # Press R: a new process, fresh nets. Their weights never answer the lost save.
    window.state.reset()
    qtbot.waitUntil(lambda: window.state.engine.engine_ready and window.state.last_record is not None, timeout=60000)
    fresh = tmp_path / "fresh.regviz"
    window.files.save_session(fresh)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=30000)
    assert session.load(fresh).step == 0 and not path.exists()

    _click(box, "Save without weights")
    qtbot.waitUntil(lambda: path.exists() and not window.files.busy, timeout=30000)
    saved = session.load(path)  # loadable: the config and curves of the run that was lost, no weights
    assert saved.weights is None and saved.step == 60 and saved.config == config
    assert saved.metrics["main"][-1]["step"] == 60
    assert "without weights" in window.statusBar().currentMessage()
    assert window.files.open_session(path)  # and it opens: the nets train again from their seed
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.config == config, timeout=30000)
    assert window.state.step == 0


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_save_after_the_training_process_died_asks_before_saving_without_weights(window, qtbot, tmp_path):
    """The process died before the save was asked for (the audit's case): the trained weights are gone, so the
    user is told and asked, as when it dies during the save, never saved without weights silently."""
    _train(window, qtbot, 30)
    os.kill(window.state.engine.process.process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.state.engine.state != "paused", timeout=30000)
    path = tmp_path / "after-death.regviz"
    window.files.save_session(path)
    qtbot.waitUntil(lambda: window.files.lost_box is not None, timeout=30000)
    text = window.files.lost_box.text()
    assert str(path) in text and "not running" in text and "up to step 30" in text and not path.exists()
    _click(window.files.lost_box, "Save without weights")
    qtbot.waitUntil(lambda: path.exists() and not window.files.busy, timeout=30000)
    assert session.load(path).weights is None and session.load(path).step == 30


@pytest.mark.skipif(os.name != "posix", reason="SIGSTOP/SIGKILL")
def test_declining_the_offer_writes_nothing_and_says_so(window, qtbot, tmp_path):
    _train(window, qtbot, 20)
    path = tmp_path / "declined.regviz"
    pid = window.state.engine.process.process.pid
    os.kill(pid, signal.SIGSTOP)
    window.files.save_session(path)
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.files.lost_box is not None, timeout=30000)
    _click(window.files.lost_box, "Don't save")
    assert not path.exists() and "Not saved: declined.regviz" in window.statusBar().currentMessage()
    assert window.files.lost_box is None and not window.files.busy


@pytest.mark.skipif(os.name != "posix", reason="SIGSTOP/SIGCONT")
def test_a_save_of_a_run_replaced_before_it_began_ends_and_the_window_closes(window, qtbot, tmp_path):
    """Save just after a preset pick, then pick another before the process has begun the first: the save ends
    (written, or the user is told the weights never came), never "Saving…" for ever with the window refusing its
    first close — the save the 1,000-action test's thread pool never finished."""
    _train(window, qtbot, 20)
    path = tmp_path / "replaced.regviz"
    pid = window.state.engine.process.process.pid
    os.kill(pid, signal.SIGSTOP)  # the three messages wait in the pipe: the second start stops the first unbegun
    try:
        window.state.load_preset("l1-sparsity")
        window.files.save_session(path)
        assert window.files.busy
        window.state.load_preset("overfit-2d")
    finally:
        os.kill(pid, signal.SIGCONT)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=30000)
    if window.files.lost_box is not None:  # the usual outcome: that run never had nets to send
        assert str(path) in window.files.lost_box.text() and not path.exists()
        _click(window.files.lost_box, "Don't save")
    else:  # it began before the second start reached it, and answered
        assert session.load(path).config.name == "l1-sparsity"
    window.close()
    assert not window.isVisible()  # the first close closes: nothing is left waiting
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(10000)


def test_saves_and_exports_run_on_a_one_core_machine(qtbot, settings, tmp_path):
    """The global thread pool has idealThreadCount() threads: one on a one-core machine or container. The reader of
    the training process blocks for the process's life, so it has a pool of its own; on the global pool it held
    the only thread and no export or save ever started."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    try:
        w = _window(qtbot, settings)
        _train(w, qtbot, 10)
        w.files.export_script(tmp_path / "s.py")
        w.files.save_session(tmp_path / "s.regviz")
        qtbot.waitUntil(lambda: not w.files.busy, timeout=30000)
        assert (tmp_path / "s.py").exists() and session.load(tmp_path / "s.regviz").step == 10
        w.close()
        assert not w.isVisible()
    finally:
        pool.setMaxThreadCount(before)


class _Pipe:
    def __init__(self):
        self.sent = []

    def send(self, message):
        self.sent.append(message)

    def start_run(self, run_id, *args):
        self.sent.append(("start", run_id))

    def shutdown(self, timeout=0.8):
        return True


def test_a_request_is_answered_by_the_run_it_asked_or_lost_when_that_run_ends(qapp):
    """The engine's bookkeeping, message by message: a replaced run's Snapshot still answers (it is the net the
    user saved); its Ended loses what it never answered; a later run's Snapshot never answers an earlier request."""
    from regviz.core.config import ExperimentConfig
    from regviz.core.records import Ended, Snapshot
    from regviz.core.run.messages import AskSnapshot
    from regviz.ui.engine import TrainingController

    engine = TrainingController()
    engine.process, engine.engine_ready = _Pipe(), True
    answered, lost = [], []
    engine.snapshot.connect(lambda request, item: answered.append((request, item.step)))
    engine.snapshot_lost.connect(lambda request, why: lost.append((request, why)))
    config = ExperimentConfig()
    engine.start(config, play=False)
    first_run = engine.run_id
    a, b = engine.request_snapshot(), engine.request_snapshot()
    assert engine.process.sent[-2:] == [AskSnapshot(), AskSnapshot()]
    engine.start(config, play=False)  # replaced before it answered b
    c = engine.request_snapshot()
    engine._on_message((first_run, Snapshot(40, {}, {})))
    assert answered == [(a, 40)]
    engine._on_message((engine.run_id, Snapshot(0, {}, {})))  # the fresh net answers only its own request
    assert answered == [(a, 40), (c, 0)]
    engine._on_message((first_run, Ended()))
    assert lost == [(b, "a new run replaced the nets before they sent their weights")]
    d = engine.request_snapshot()
    engine._on_process_gone()
    assert lost[-1] == (d, "the training process stopped before it sent the nets' weights")
    assert engine.request_snapshot() is None  # no process: the caller saves without weights at once


def _export_and_wait(window, qtbot, folder):
    written = window.files.export_plots(folder)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=30000)
    return written


def test_a_full_disk_during_a_plot_export_keeps_the_earlier_file_and_names_it(window, qtbot, tmp_path,
                                                                              monkeypatch):
    _train(window, qtbot, 40)
    written = _export_and_wait(window, qtbot, tmp_path)
    before = {p: p.read_bytes() for p in written}
    _train(window, qtbot, 80)  # the plots change: a second export would replace every file
    real, calls = user_files._write_all, []

    def disk_fills(fd, data):  # the third file: half of it is written, then the disk is full
        calls.append(len(data))
        if len(calls) == 3:
            os.write(fd, data[:len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(user_files, "_write_all", disk_fills, raising=False)
    _export_and_wait(window, qtbot, tmp_path)
    failing = written[2]
    message = window._message.text()
    assert str(failing) in message and "No space left on device" in message and "2 of" in message
    assert failing.read_bytes() == before[failing]  # the earlier file, whole
    assert all(p.read_bytes() == before[p] for p in written[3:])  # nothing after it was touched
    assert all(p.read_bytes() != before[p] for p in written[:2])  # the two before it were replaced, whole
    assert sorted(tmp_path.glob(".*")) == []  # no temporary left beside them


def test_an_exporter_that_draws_nothing_leaves_the_earlier_png_and_says_so(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QPixmap

    first = window.files.export_window(tmp_path / "window.png")
    qtbot.waitUntil(lambda: not window.files.busy, timeout=30000)
    before = first.read_bytes()
    monkeypatch.setattr(window, "grab", lambda *args: QPixmap())  # a grab that drew nothing
    window.files.export_window(tmp_path / "window.png")
    qtbot.waitUntil(lambda: not window.files.busy, timeout=30000)
    assert first.read_bytes() == before
    assert str(first) in window._message.text() and "nothing to write" in window._message.text()


def test_the_window_autosaves_unsaved_training_and_a_clean_exit_removes_it(qtbot, settings, tmp_path, monkeypatch):
    monkeypatch.setenv("REGVIZ_AUTOSAVE_SECONDS", "0.3")
    w = _window(qtbot, settings)
    autosave = w.files.autosave
    folder = tmp_path / "data" / "autosave"
    assert autosave.path.parent == folder
    autosave.tick()  # nothing trained yet: nothing to protect
    assert not autosave.unsaved and not autosave.path.exists()
    _train(w, qtbot, 50)
    qtbot.waitUntil(lambda: autosave.path.exists() and not autosave.unsaved, timeout=30000)
    saved = session.load(autosave.path)
    assert saved.step == 50 and saved.weights and saved.config == w.state.config
    assert len(saved.metrics["main"]) == len(w.state.history["main"])
    assert QLockFile(f"{autosave.path}.lock").tryLock(0) is False  # held: a second regviz leaves it alone
    # A save of the user's own: nothing is unsaved until the nets train on.
    mine = tmp_path / "mine.regviz"
    w.files.save_session(mine)
    qtbot.waitUntil(lambda: mine.exists() and not w.files.busy, timeout=30000)
    assert not autosave.unsaved
    w.close()
    qtbot.waitUntil(lambda: not w.files.busy, timeout=30000)
    assert sorted(p.name for p in folder.iterdir()) == []  # a clean exit leaves no autosave (nor its lock)


CRASHING_WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from regviz.app import make_app
app, w = make_app([], settings_path=sys.argv[1])
def train():
    if w.state.last_record is None:
        QTimer.singleShot(100, train)
    else:
        w.state.train_for(int(sys.argv[2]))
QTimer.singleShot(100, train)
app.exec()
"""


def test_after_a_crash_the_next_window_offers_the_autosave_and_restores_it(qtbot, settings, tmp_path,
                                                                          monkeypatch):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REGVIZ_DATA_DIR": str(data),
           "REGVIZ_AUTOSAVE_SECONDS": "0.3"}
    log = tmp_path / "crashing.log"
    with open(log, "wb") as err:
        crashing = subprocess.Popen([sys.executable, "-c", CRASHING_WINDOW, str(tmp_path / "crash.ini"), "70"],
                                    env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    try:
        deadline = time.monotonic() + 150
        autosaved = None
        while autosaved is None and time.monotonic() < deadline and crashing.poll() is None:
            for path in (data / "autosave").glob("session-*.regviz"):
                if session.load(path).step == 70:
                    autosaved = path
            time.sleep(0.2)
        assert autosaved is not None, log.read_text()[-2000:]
    finally:
        os.killpg(crashing.pid, signal.SIGKILL)  # the window and its training process die without cleaning up
        crashing.wait(30)
    expected = session.load(autosaved)

    monkeypatch.setenv("REGVIZ_DATA_DIR", str(data))
    w = _window(qtbot, settings)
    qtbot.waitUntil(lambda: w.files.autosave.offer_box is not None, timeout=10000)
    box = w.files.autosave.offer_box
    assert "did not close properly" in box.text() and "step 70" in box.text()
    _click(box, "Restore")
    qtbot.waitUntil(lambda: w.state.last_record is not None and w.state.last_record.step == 70, timeout=60000)
    assert w.state.config == expected.config
    assert w.state.last_record.models[0].test_loss == pytest.approx(expected.final["main"]["test_loss"], rel=1e-5)
    mine = w.files.autosave.path
    assert mine.exists() and not autosaved.exists()  # now this window's, until it exits cleanly
    w.close()
    qtbot.waitUntil(lambda: not w.files.busy, timeout=30000)
    assert list((data / "autosave").iterdir()) == []


def test_an_autosave_is_discarded_kept_or_left_alone_as_asked(qtbot, settings, tmp_path, monkeypatch):
    from regviz.core.content import presets

    folder = tmp_path / "data" / "autosave"
    folder.mkdir(parents=True)
    crashed = folder / "session-1-dead.regviz"  # a crashed window's: no live lock
    session.save(crashed, session.Session(presets.load("overfit-2d"), step=0))
    alive = folder / "session-2-alive.regviz"  # another regviz still running holds its lock: never offered
    session.save(alive, session.Session(presets.load("l1-sparsity"), step=0))
    os.utime(alive, (time.time() + 60, time.time() + 60))  # and it is the newest
    lock = QLockFile(f"{alive}.lock")
    assert lock.tryLock(0)
    try:
        for answer, stays in (("Not now", True), ("Discard", False)):
            w = _window(qtbot, settings)
            qtbot.waitUntil(lambda: w.files.autosave.offer_box is not None, timeout=10000)
            assert "overfit-2d" in w.files.autosave.offer_box.text()
            _click(w.files.autosave.offer_box, answer)
            assert crashed.exists() is stays and alive.exists()
            w.close()
    finally:
        lock.unlock()
    assert sorted(p.name for p in folder.iterdir()) == ["session-2-alive.regviz"]
