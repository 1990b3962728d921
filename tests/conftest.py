"""Shared test set-up: offscreen Qt before anything imports it, one torch thread, and no leaked threads."""
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _no_leaked_threads():
    """Fail any test that leaves a thread running (a worker not stopped on close, say)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    assert not leaked, f"test left threads running: {leaked}"
