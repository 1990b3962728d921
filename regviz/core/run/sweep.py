"""A λ sweep: the same experiment trained once per value of one setting, final losses side by side — the
U-curve of test loss against λ that a teacher draws on the board.

The values may train in worker processes (``jobs`` > 1): a ProcessPoolExecutor with the spawn context (a fresh
interpreter, never a fork of a process holding Qt or torch's threads), one torch thread per worker. One thread per
training on every path — in-process (``jobs`` = 1) too — is what makes the rows the same bit for bit for any
``jobs``. A stop ends every worker at once (killed, not waited for); none outlives the sweep.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from ..config import ConfigError, ExperimentConfig, all_keys
from ..translatable import QT_TRANSLATE_NOOP

COLUMNS = ("value", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
POLL_SECONDS = 0.05  # how often the parent looks at a stop request and the workers' progress


def cores() -> int:
    """The cores this process may run on (a taskset or container limit counts)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def sweep_configs(config: ExperimentConfig, param: str, values: Sequence[float]) -> list[ExperimentConfig]:
    """One validated config per value, or ConfigError naming ``--param`` or the value: a sweep checks all of them
    before it creates its folder or trains anything."""
    if param not in all_keys():
        raise ConfigError(QT_TRANSLATE_NOOP("sweep", "--param {param}: unknown key").format(param=param))
    return [config.with_overrides({param: value}) for value in values]


def train_value(config: ExperimentConfig, value, on_step: Callable[[int], None] | None = None,
                stop: Callable[[], bool] | None = None) -> dict[str, float] | None:
    """One value's training on one torch thread: its row, or None if ``stop()`` ended it first."""
    import torch

    from .training import Trainer

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        trainer = Trainer(config)
        done = 0
        for record in trainer.run(config.training.steps, histogram=False, stop=stop):
            if on_step is not None and record.step > done:
                on_step(record.step - done)
            done = record.step
        if stop is not None and stop():
            return None
        final = trainer.evaluate().models[0]
    finally:
        torch.set_num_threads(threads)
    return {"value": value, "train_loss": final.train_loss, "test_loss": final.test_loss,
            "train_accuracy": final.train_accuracy, "test_accuracy": final.test_accuracy}


def sweep(config: ExperimentConfig, param: str, values: Sequence[float],
          on_step: Callable[[int], None] | None = None,
          stop: Callable[[], bool] | None = None, jobs: int = 1) -> Iterator[dict[str, float]]:
    """Yield one row per value, in value order: the final train/test loss and accuracy after ``training.steps``
    steps from the same seed (so the same initial weights and minibatches for every value). ``on_step(n)`` is
    called with the steps just run, for a progress bar. Every value is validated before any training starts.
    Once ``stop()`` is true the values under way end and give no row; rows stop at the first value missing."""
    landed: dict[int, dict[str, float]] = {}
    emitted = 0
    for index, row in sweep_as_landed(config, param, values, on_step, stop, jobs):
        landed[index] = row
        while emitted in landed:
            yield landed.pop(emitted)
            emitted += 1


def sweep_as_landed(config: ExperimentConfig, param: str, values: Sequence[float],
                    on_step: Callable[[int], None] | None = None, stop: Callable[[], bool] | None = None,
                    jobs: int = 1) -> Iterator[tuple[int, dict[str, float]]]:
    """Yield ``(index, row)`` as each value finishes, in ``jobs`` processes (at most one per value; 1: in this
    process). A value that fails raises its error once every value before it has landed (so what is kept is
    what ``jobs`` = 1 keeps); a stop ends every worker at once and the generator returns."""
    configs = sweep_configs(config, param, values)
    if jobs < 1:
        raise ConfigError(QT_TRANSLATE_NOOP("sweep", "--jobs {jobs}: give 1 or more worker processes")
                          .format(jobs=jobs))
    if jobs == 1 or len(configs) == 1:
        for index, (value, cfg) in enumerate(zip(values, configs)):
            if stop is not None and stop():
                return
            row = train_value(cfg, value, on_step, stop)
            if row is None:
                return
            yield index, row
        return
    yield from _pooled(configs, values, min(jobs, len(configs)), on_step, stop or (lambda: False))


def _pooled(configs: list[ExperimentConfig], values: Sequence[float], jobs: int, on_step, stop
            ) -> Iterator[tuple[int, dict[str, float]]]:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    progress = ctx.Queue()  # (index, steps) from the workers, for the progress bar
    counted = [0] * len(configs)
    landed: set[int] = set()
    failed: tuple[int, BaseException] | None = None
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_start, initargs=(progress, os.getpid()))
    try:
        pending = {pool.submit(_worker_train, i, cfg.to_json(), values[i]): i
                   for i, cfg in enumerate(configs)}
        while pending and not stop():
            done, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            _count(progress, counted, landed, on_step)
            for future in sorted(done, key=pending.get):
                index = pending.pop(future)
                if stop():
                    return  # a worker that died of the group's SIGTERM is a stop, not a failure
                error = future.exception()
                if error is not None:
                    if failed is None or index < failed[0]:
                        failed = (index, error)
                    for later in [f for f, i in pending.items() if i > index]:
                        later.cancel()  # those that had not started: a value after a failure never runs
                        del pending[later]
                    continue
                row, steps = future.result()
                if on_step is not None and steps > counted[index]:
                    on_step(steps - counted[index])
                landed.add(index)
                yield index, row
            if failed is not None and not any(i < failed[0] for i in pending.values()):
                raise failed[1]
    finally:
        _end(pool)
        progress.close()
        progress.cancel_join_thread()


def _count(progress, counted: list[int], landed: set[int], on_step) -> None:
    """The workers' step counts waiting in the queue, handed to ``on_step``."""
    import queue

    while True:
        try:
            index, steps = progress.get_nowait()
        except (queue.Empty, OSError, EOFError):
            return
        if index in landed:
            continue  # its row already counted its steps
        counted[index] += steps
        if on_step is not None:
            on_step(steps)


def _end(pool: ProcessPoolExecutor) -> None:
    """Every worker ended now: the queued values cancelled, the running ones killed (a worker holds no file)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # Python 3.9 … 3.13 keep them here
    for future in list(getattr(pool, "_pending_work_items", {}).values()):
        future.future.cancel()
    for process in processes:
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)
    for process in processes:
        process.join()


_progress = None


def _worker_start(progress, parent: int) -> None:
    """A worker: one torch thread; Ctrl-C in a terminal (it reaches the whole group) is the parent's to decide;
    it exits by itself if the parent dies without ending it (SIGKILL). ``parent``: the sweep's pid, passed in: a
    worker still importing torch when the sweep was killed read its new parent as the sweep's and trained on."""
    global _progress
    import torch

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    torch.set_num_threads(1)
    _progress = progress
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="regviz-orphan-watch", daemon=True).start()


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when its parent dies (PR_SET_PDEATHSIG), whatever the worker is doing;
    the orphan watch below is the fallback elsewhere (it was seen not to fire under load)."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _worker_train(index: int, config_json: str, value) -> tuple[dict[str, float], int]:
    steps = 0

    def on_step(n: int) -> None:
        nonlocal steps
        steps += n
        _progress.put((index, n))

    row = train_value(ExperimentConfig.from_json(config_json), value, on_step)
    return row, steps
