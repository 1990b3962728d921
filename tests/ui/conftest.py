"""pytest-qt fixtures: an isolated settings file, a slot-exception trap and a worker-leak check."""
import multiprocessing
import sys

import pytest
from PySide6.QtCore import QSettings, QThreadPool


@pytest.fixture(autouse=True)
def _slot_exceptions():
    """pytest-qt cannot see exceptions raised in slots under PySide6 >= 6.5.2: catch them with our own hook."""
    caught = []
    previous = sys.excepthook
    sys.excepthook = lambda *info: caught.append(info)
    yield caught
    sys.excepthook = previous
    if caught:
        import traceback

        pytest.fail("exception in a Qt slot:\n" + "".join(traceback.format_exception(*caught[0])))


@pytest.fixture(autouse=True)
def _closed_widgets_deleted(qapp):
    """The widgets pytest-qt closed are deleted before the next test: it calls deleteLater, which processEvents
    never carries out, so a test's map lingered as a top-level widget and the next test's language switch (Qt
    posts LanguageChange to every top-level widget) reached it through its freed Python side: a segfault."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # And their Python sides collected here, between tests: a collection that fell inside a later test's plot
    # building (pyqtgraph reparenting an item) never returned, and the quick suite hung.
    gc.collect()


@pytest.fixture(autouse=True)
def _no_running_workers(qapp):
    yield
    assert QThreadPool.globalInstance().waitForDone(3000), "a test left a worker running"
    training = [p for p in multiprocessing.active_children() if p.name == "regviz-training"]
    assert not training, f"a test left a training process running: {training}"


@pytest.fixture(autouse=True)
def _data_folder(tmp_path, monkeypatch):
    """Autosaves go to the test's own folder, never the user's (nor is a crashed autosave of theirs offered)."""
    monkeypatch.setenv("REGVIZ_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "regviz.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    from regviz.ui.main_window import MainWindow

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.state.last_record is not None, timeout=60000)
    yield w
    w.close()
