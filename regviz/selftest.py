"""``regviz --self-test``: the installed app checks itself — window, training process, every technique, every
tab — and exits 0, or non-zero with the reason. Made for a packaged bundle run with a cleared environment, where a
missing library shows up here rather than in front of a class."""
from __future__ import annotations

import os
import sys
import tempfile
import time

from .core.run.messages import AskRobustness, RunMode

TIMEOUT = 120.0  # seconds for the first run (the training process imports torch); later waits are shorter


class SelfTestFailed(Exception):
    pass


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    try:
        _run()
    except SelfTestFailed as exc:
        print(f"regviz self-test FAILED: {exc}", file=sys.stderr, flush=True)
        os._exit(1)
    except Exception as exc:  # an import or a library that is missing from the bundle
        import traceback

        traceback.print_exc()
        print(f"regviz self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        os._exit(1)
    print(f"regviz self-test passed in {time.perf_counter() - started:.1f} s", flush=True)
    os._exit(0)  # as the app does: no slow teardown of torch and Qt


def _run() -> None:
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from . import __version__
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    folder = tempfile.mkdtemp(prefix="regviz-self-test-")
    window = MainWindow(settings=QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat))
    errors: list[str] = []
    window.state.engine.failed.connect(errors.append)

    def wait(condition, what: str, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if errors:
                raise SelfTestFailed(f"{what}: training reported: {errors[0]}")
            if time.monotonic() > deadline:
                raise SelfTestFailed(f"timed out after {seconds:.0f} s waiting for {what}")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)

    def trained(steps: int, what: str) -> None:
        wait(lambda: window.state.last_record is not None, f"{what}: the first record", 60)
        window.state.train_for(steps)
        wait(lambda: window.state.engine.state == "paused" and window.state.last_record is not None
             and window.state.last_record.step >= steps, f"{what}: {steps} training steps")
        if window.state.last_record.diverged:
            raise SelfTestFailed(f"{what}: the loss diverged")
        print(f"  ok  {what}: step {window.state.last_record.step}, test loss "
              f"{window.state.last_record.models[0].test_loss:.3f}", flush=True)

    print(f"regviz {__version__} self-test (Qt platform {app.platformName()})", flush=True)
    _translations()
    window.show()
    window.start()
    wait(lambda: window.state.last_record is not None, "the training engine to start", TIMEOUT)
    print("  ok  window shown, training process started", flush=True)
    window.state.set_value("regularization.l2", 0.01)
    trained(20, "L2 on the overfit preset")
    window.state.load_preset("l1-sparsity")
    trained(20, "L1")
    window.state.set_compare(True)
    window.state.set_value("model.dropout", 0.3)
    trained(20, "dropout beside its baseline")
    window.state.load_preset("mnist-augmentation")
    trained(10, "augmentation on MNIST")
    window.state.start_pair(RunMode.BATCHNORM)
    window.state.engine.pause()
    trained(10, "batch norm, with and without")
    window.state.start_pair(RunMode.FGSM)
    window.state.engine.pause()
    trained(10, "FGSM adversarial training")
    answers = []
    window.state.engine.answer.connect(answers.append)
    window.state.ask(AskRobustness((0.0, 0.2)))
    wait(lambda: answers, "accuracy under FGSM", 60)
    print("  ok  FGSM attack answered", flush=True)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        if window.tabs.currentWidget().grab().isNull():
            raise SelfTestFailed(f"tab {window.tabs.tabText(index)!r} could not be drawn")
    print(f"  ok  {window.tabs.count()} tabs drawn", flush=True)
    script = window.files.export_script(os.path.join(folder, "script.py"))
    wait(lambda: not window.files.busy, "the script to be written", 60)  # exports are written off the GUI thread
    if script is None or not script.is_file() or "import torch" not in script.read_text():
        raise SelfTestFailed("the PyTorch script could not be exported")
    print("  ok  script exported", flush=True)
    window.close()


def _translations() -> None:
    """Every language the menu offers loads its .qm (package data a build can leave out) and says its own words;
    so does Qt's own for it (qtbase_<lang>.qm: the standard buttons), from where the app's QLibraryInfo says."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .ui import language

    for lang in language.SHIPPED:
        if lang == "en":
            continue
        path = language.qm_path(lang)
        translator = QTranslator()
        if not translator.load(str(path)) or not translator.translate("menus", "&File"):
            raise SelfTestFailed(f"{path}: the {lang} translation is missing or empty")
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qt.load(f"qtbase_{lang}", folder) or not qt.translate("QPlatformTheme", "Cancel"):
            raise SelfTestFailed(f"{folder}/qtbase_{lang}.qm: Qt's own {lang} translation is missing or empty")
    print(f"  ok  translations: {', '.join(language.SHIPPED)} (regviz's and Qt's own)", flush=True)
