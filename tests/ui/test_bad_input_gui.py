"""Bad input through the window: refused with a message, and the experiment the class is watching stays."""
import json
import random
import time

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regviz.core.content import lessons
from regviz.core.run.messages import RunMode
from regviz.core.run.race import READY_MADE


def _train(window, qtbot, steps):
    window.state.train_for(steps)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= steps, timeout=60000)


def test_a_session_whose_weights_do_not_fit_is_refused_and_the_run_goes_on(window, qtbot, tmp_path):
    _train(window, qtbot, 40)
    path = tmp_path / "mine.regviz"
    window.files.save_session(path)
    qtbot.waitUntil(path.exists, timeout=20000)
    raw = json.loads(path.read_text())
    raw["config"]["model"]["hidden"] = [3]  # the saved weights are of the preset's wider net
    path.write_text(json.dumps(raw))
    window.state.load_preset("l1-sparsity")
    qtbot.waitUntil(lambda: window.state.last_record is not None and window.state.config.name == "l1-sparsity",
                    timeout=30000)
    before = window.state.config
    assert not window.files.open_session(path)
    assert "do not fit" in window._message.text() and "Nothing was changed" in window._message.text()
    assert window.state.config == before
    _train(window, qtbot, 20)  # the running experiment still trains


def test_a_lesson_with_a_nan_whole_number_is_refused_with_its_step(window, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"title": "Bad", "steps": [{"title": "One", "text": "x", "preset": "overfit-2d",
                                                            "set": {"training.batch_size": float("nan")}}]},
                               allow_nan=True))
    before = window.state.config
    assert not window.lessons.open_file(str(path))
    assert "training.batch_size" in window._message.text() and "step 1" in window._message.text()
    assert window.state.config == before


def test_batch_norm_with_a_huge_learning_rate_pauses_on_divergence_not_an_error(window, qtbot):
    failures = []
    window.state.engine.failed.connect(failures.append)
    window.state.start_pair(RunMode.BATCHNORM)
    window.state.set_value("model.activation", "relu")
    window.state.set_value("training.optimizer", "sgd")
    window.state.set_value("training.lr", 10.0)
    with qtbot.waitSignal(window.state.engine.diverged, timeout=60000):
        window.state.engine.play()
    assert not failures and "diverged" in window._message.text()


def _race_build_gap(w, qtbot, ticks, doing) -> float:
    """The window's longest wait while a race of four is built and its first record drawn, on this machine now."""
    from regviz.core.run.race import parse_race

    w.state.engine.pause()
    w.state.load_preset("overfit-2d")
    w.show_tab("training")
    qtbot.wait(500)
    doing[0], first = "the race that measures the pace", len(ticks)
    w.state.start_race(parse_race(READY_MADE["none / L2 / L1 / dropout"]))
    qtbot.waitUntil(lambda: w.state.last_record is not None and len(w.state.last_record.models) == 4, timeout=60000)
    qtbot.wait(200)
    gap = max(b[0] - a[0] for a, b in zip(ticks[first - 1:], ticks[first:]))
    del ticks[first:]  # measured, not counted against the actions
    w.race_box.end.click()
    return gap


@pytest.mark.slow
@pytest.mark.timeout(900)  # 286 s alone on a loaded 2-core machine, over the suite's 300 s
def test_a_thousand_random_actions_never_raise_block_or_leak(window, qtbot, tmp_path):
    """Everything a class might click, at random and at extremes: no exception in a slot (the conftest hook), no
    training error, the event loop never blocked for over a second, and no process left after close."""
    rng = random.Random(20261127)
    w = window
    failures = []
    w.state.engine.failed.connect(failures.append)
    ticks = [(time.perf_counter(), "start")]
    doing = ["start"]
    watchdog = QTimer(interval=50)
    watchdog.timeout.connect(lambda: ticks.append((time.perf_counter(), doing[0])))
    watchdog.start()
    bad_session = tmp_path / "bad.regviz"
    bad_session.write_text('{"format": "regviz-session", "version": 2, "step": true}')

    def extreme(slider):
        slider.slider.setValue(rng.choice([0, slider.slider.maximum(), rng.randrange(slider.slider.maximum() + 1)]))

    def spin(box):
        box.setValue(rng.choice([box.minimum(), box.maximum(), rng.randrange(box.minimum(), box.minimum() + 200)]))

    def pick(combo):
        combo.setCurrentIndex(rng.randrange(combo.count()))
        combo.activated.emit(combo.currentIndex())

    def hidden():
        w.experiment.hidden.setText(rng.choice(["8, 8", "64", "", "x", "0", "4,4,4,4", "-3", "1e9"]))
        w.experiment.hidden.editingFinished.emit()

    def click_boundary():  # add, drag or delete a training point anywhere, even off the map
        boundary = w.panels["training"].boundary
        spot = QPoint(rng.randrange(-20, boundary.width() + 20), rng.randrange(-20, boundary.height() + 20))
        button = rng.choice([Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton])
        modifier = rng.choice([Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier])
        QTest.mouseClick(boundary.viewport(), button, modifier, spot)

    def lesson():
        name = rng.choice(lessons.names())
        if w.lessons.lesson is None or rng.random() < 0.3:
            w.lessons.open_named(name)
        else:
            rng.choice([w.lessons.next, w.lessons.back, w.lessons.close])()

    def race():  # a ready-made race, a line typed wrong, which variant the controls change, or the end of it
        choice = rng.random()
        if choice < 0.4:
            w.race_box.open_dialog()
            w.race_box.dialog.fill(rng.choice(list(READY_MADE.values())))
            if rng.random() < 0.3:
                w.race_box.dialog.lines[rng.randrange(4)].setText(rng.choice(["x:training.seed=2", "no name", "a:b=c"]))
            w.race_box.dialog.start_button.click()
            w.race_box.dialog.close()
        elif choice < 0.8 and w.race_box.target.count():
            index = rng.randrange(w.race_box.target.count())
            w.race_box.target.setCurrentIndex(index)
            w.race_box.target.activated.emit(index)
        else:
            w.race_box.end.click()

    actions = [
        race, race,
        w.state.engine.toggle, w.state.engine.step, w.state.reset,
        lambda: w.menus.compare_box.setChecked(not w.menus.compare_box.isChecked()),
        lambda: w.menus.speed.setValue(rng.randrange(w.menus.speed.maximum() + 1)),
        w.menus.log_action.trigger, w.menus.test_points_action.trigger,
        lambda: w.tabs.setCurrentIndex(rng.randrange(w.tabs.count())),
        lambda: pick(w.experiment.preset), lambda: pick(w.experiment.dataset),
        lambda: pick(w.experiment.activation), lambda: pick(w.experiment.optimizer),
        lambda: pick(w.experiment.init_scale), hidden,
        lambda: spin(w.experiment.batch_size), lambda: spin(w.experiment.train_size),
        lambda: spin(w.experiment.seed),
        lambda: extreme(w.experiment.lr), lambda: extreme(w.experiment.noise),
        lambda: extreme(w.experiment.train_fraction), lambda: extreme(w.experiment.label_noise),
        click_boundary, w.experiment.reset_points.click,
        lambda: w.state.start_pair(rng.choice([RunMode.BATCHNORM, RunMode.FGSM])),
        lesson,
        lambda: w.files.save_session(tmp_path / "s.regviz"),
        lambda: w.files.open_session(rng.choice([tmp_path / "s.regviz", bad_session, tmp_path / "none"])),
        lambda: w.files.export_plots(tmp_path),
        lambda: w.files.export_script(tmp_path / "s.py"),
        lambda: w.set_theme(rng.choice(["light", "dark"])),
        lambda: w.set_presentation(not w.menus.presentation_action.isChecked()),
    ]
    for switch in w.regularizers.switches.values():
        actions.append(lambda s=switch: s.setChecked(not s.isChecked()) if s.isEnabled() else None)
    for slider in w.regularizers.sliders.values():
        actions.append(lambda s=slider: extreme(s))
    saves, said, jobs = [], [], []  # what was saved; how each save ended; every file job, and whether it ended
    files, save, submit = w.files, w.files.save_session, w.files.writes.submit
    files.save_session = lambda path: (saves.append(path), save(path))
    for name in ("_write_session", "_offer_without_weights"):  # a save ends in exactly one of them
        setattr(files, name, lambda *args, _n=name, _f=getattr(files, name): (said.append(_n), _f(*args)))

    def counted_submit(work, done, failed):
        job = [False]
        jobs.append(job)
        submit(work, lambda r: (job.__setitem__(0, True), done(r)), lambda e: (job.__setitem__(0, True), failed(e)))

    files.writes.submit = counted_submit
    for number in range(1000):
        action = rng.choice(actions)
        line = f" (line {action.__code__.co_firstlineno})" if hasattr(action, "__code__") else ""
        doing[0] = f"action {number}: {getattr(action, '__qualname__', action)}{line}"
        action()
        # The events a click causes run before the next click. Not qtbot.wait(0): it returns without running the
        # event loop, so the watchdog could not tick through a run of such actions and their sum (1.07 s in CI)
        # was reported as the window blocked.
        pause = rng.choice([0, 1, 5, 20])
        qtbot.wait(pause) if pause else QApplication.processEvents()
    w.set_presentation(False)
    w.state.load_preset("overfit-2d")
    w.state.engine.play()
    qtbot.waitUntil(lambda: w.state.last_record is not None, timeout=60000)
    longest, during = max((b[0] - a[0], f"from {a[1]} to {b[1]}") for a, b in zip(ticks, ticks[1:]))
    # 1.0 s again: gaps of 1.00-1.17 s across the presentation switch came from restyling every hidden tab's plots
    # and painting each visible plot up to five times as the layout settled (ui.appearance, appearance.frozen).
    # Scaled by this machine's pace, measured now: a race of four's build (0.3-0.6 s here quiet; the most work one
    # click asks of the window) twice over. A fixed 1.0 s failed a fresh-clone run at 1.02 s on a machine running
    # everything at half speed, while the same actions' worst gap was 0.76 s alone; a real block (a wait on the
    # training process, a save on the window's thread) still shows: it does not grow with the pace.
    pace = sorted(_race_build_gap(w, qtbot, ticks, doing) for _ in range(3))[1]
    watchdog.stop()
    limit = max(1.0, 2 * pace)
    assert longest < limit, f"the event loop was blocked for {longest:.2f} s ({during}; limit {limit:.2f} s)"
    assert not failures, failures[0]
    w.close()  # waits for the saves and exports under way (the window closes once they are written)
    qtbot.waitUntil(lambda: not w.files.busy, timeout=60000)
    if w.files.lost_box is not None:  # a save whose weights never came waits for its answer, then the close goes on
        next(b for b in w.files.lost_box.buttons() if b.text() == "Don't save").click()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=10000)
    assert QThreadPool.globalInstance().waitForDone(60000), "a save or export on the thread pool never finished"
    assert saves and len(said) == len(saves), f"{len(saves)} saves, {len(said)} written or told they were not"
    assert jobs and all(ended for ended, in jobs), "a file job never said whether it was written"
