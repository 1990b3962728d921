"""Shared test set-up: offscreen Qt before anything imports it, one torch thread, and no leaked threads."""
import multiprocessing
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite starts some 300 training processes (one per window). The app's forkserver preloads nothing (a preloaded
# torch costs a session ~350 MB for a restart only a crash needs); here the forkserver imports torch once, so each
# training process forks ready instead of importing torch again: 2.2 s -> 0.9 s per window, measured. Only this
# process's forkserver is affected: the CLI's and the window's own subprocesses in tests start as the app does.
multiprocessing.set_forkserver_preload(["torch", "regviz.core.run.process"])

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _no_leaked_threads():
    """Fail any test that leaves a thread running (a worker not stopped on close, say)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    assert not leaked, f"test left threads running: {leaked}"
