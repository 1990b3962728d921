"""Python's garbage collected on the GUI thread only, on a timer (pyqtgraph's GarbageCollector).

Why: the window process runs Python on other threads too (the engine's pipe reader, the thread pool's saves).
An automatic collection starts in whichever thread allocates, and a dead Qt-connected object's weakref callback
then disconnects its signals from that thread: Qt takes its connection mutex, then asks for the GIL to look for
a Python override, while the GUI thread holds the GIL and waits for the same mutex in a connect. A freeze, seen
in the test suite (a worker's collection while a toolbar button connected its action). Collected here, on the
GUI thread's event loop, no other thread ever runs a collection."""
from __future__ import annotations

_collector = None


def collect_on_gui_thread(interval: float = 1.0):
    """Turn automatic collection off and collect every ``interval`` seconds from the GUI thread's event loop (the
    same thresholds, checked there). Once per process; later calls return the same collector."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=interval)
    return _collector
