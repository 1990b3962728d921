"""The window process collects garbage on the GUI thread only (ui/collector.py): a collection started by another
thread ran a dead object's weakref callbacks there, and one that disconnected a Qt signal while the GUI thread
connected one froze the process (the slow suite hung in a toolbar button's connect)."""
import gc
import threading
import weakref


class _Cycle:
    def __init__(self):
        self.me = self


def test_with_a_window_the_collections_run_on_the_gui_thread_not_on_the_thread_that_allocates(window, qtbot):
    assert not gc.isenabled()  # automatic collection is off in the window process
    threads = []
    garbage = _Cycle()
    weakref.finalize(garbage, lambda: threads.append(threading.current_thread()))
    del garbage

    kept = []

    def allocate():  # far past generation 0's threshold: an automatic collection would run in this thread
        kept.extend([] for _ in range(50 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert threads == []  # the worker collected nothing
    # The allocations stay alive (a collection's count is allocations less frees) until the GUI thread's timer
    # has collected, within its interval.
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads == [threading.main_thread()]
    kept.clear()
