"""A user's files: read with limits, written atomically.

Everything regviz reads from a user (a config, a session, a lesson, a ``--set`` value) goes through ``read_text``
and ``parse_json``: too large, not UTF-8, not JSON, nested absurdly deep or holding a 5,000-digit number, it is
refused with the caller's own error type and a message, never a traceback. A user's path is opened only by
``open_regular``: a FIFO, device or socket is refused before it is opened (reading a FIFO waits for a writer
forever; /dev/zero never ends). Writes go to a temporary file in the same folder and are renamed over the target:
through a link, keeping the target's permission bits, and never over a FIFO or device.
"""
from __future__ import annotations

import json
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from ..translatable import QT_TRANSLATE_NOOP, message_of

MAX_BYTES = 64 * 2**20  # a session of the largest preset, weights included, is a few MB
MAX_DEPTH = 32  # a session nests 5 deep; a lesson 6
STALE_SECONDS = 3600  # a temporary file of ours this old was left by a killed save
CHUNK_BYTES = 2**20


_SPECIAL = ((stat.S_ISDIR, QT_TRANSLATE_NOOP("files", "a folder")),
            (stat.S_ISFIFO, QT_TRANSLATE_NOOP("files", "a named pipe (FIFO)")),
            (stat.S_ISCHR, QT_TRANSLATE_NOOP("files", "a character device")),
            (stat.S_ISBLK, QT_TRANSLATE_NOOP("files", "a block device")),
            (stat.S_ISSOCK, QT_TRANSLATE_NOOP("files", "a socket")))
# O_NONBLOCK: a FIFO put in the file's place between the check and the open must not block the open itself.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def _refuse_special(mode: int, error: type[Exception], label: str) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _SPECIAL if test(mode)), QT_TRANSLATE_NOOP("files", "not a regular file"))
        raise error(QT_TRANSLATE_NOOP("files", "{label}: {kind}, not a file — regviz reads only regular files")
                    .format(label=label, kind=kind))


def open_regular(path: str | os.PathLike, error: type[Exception], label: str) -> BinaryIO:
    """``path`` opened for reading in binary, or ``error`` naming ``label``: missing, unreadable, or not a regular
    file. Checked with stat before the open and with fstat on what was opened (the path may change between)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise error(QT_TRANSLATE_NOOP("files", "{label}: no such file").format(label=label)) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise error(QT_TRANSLATE_NOOP("files", "{label}: cannot read it ({problem})")
                    .format(label=label, problem=message_of(exc))) from None
    _refuse_special(mode, error, label)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise error(QT_TRANSLATE_NOOP("files", "{label}: cannot read it ({problem})")
                    .format(label=label, problem=message_of(exc))) from None
    try:
        _refuse_special(os.fstat(fd).st_mode, error, label)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_text(path: str | os.PathLike, error: type[Exception], label: str, limit: int = MAX_BYTES) -> str:
    """A UTF-8 text file, or ``error`` naming ``label`` and why it cannot be read (missing, a folder, a FIFO or
    device, binary, larger than ``limit``)."""
    with open_regular(path, error, label) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise error(QT_TRANSLATE_NOOP("files", "{label}: cannot read it ({problem})")
                        .format(label=label, problem=message_of(exc))) from None
    if len(data) > limit:
        raise error(QT_TRANSLATE_NOOP("files", "{label}: larger than {megabytes} MB — not a file regviz wrote or "
                                               "reads").format(label=label, megabytes=limit // 2**20))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(QT_TRANSLATE_NOOP("files", "{label}: cannot read it (not UTF-8 text: {reason} at byte {start})")
                    .format(label=label, reason=exc.reason, start=exc.start)) from None


def parse_json(text: str, error: type[Exception], label: str) -> Any:
    """JSON from a user, or ``error``: broken syntax (with the line), nesting deeper than MAX_DEPTH, or a number
    Python refuses to convert. NaN and Infinity parse (as Python's json does); the config checks refuse them."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(QT_TRANSLATE_NOOP("files", "{label}: not valid JSON (line {line}: {problem})")
                    .format(label=label, line=exc.lineno, problem=exc.msg)) from None
    except RecursionError:
        raise error(QT_TRANSLATE_NOOP("files", "{label}: nested too deeply (more than {max_depth} levels)")
                    .format(label=label, max_depth=MAX_DEPTH)) from None
    except ValueError:  # Python refuses to convert an integer of more than 4,300 digits
        raise error(QT_TRANSLATE_NOOP("files", "{label}: holds a number with thousands of digits")
                    .format(label=label)) from None
    if _depth(value) > MAX_DEPTH:
        raise error(QT_TRANSLATE_NOOP("files", "{label}: nested too deeply (more than {max_depth} levels)")
                    .format(label=label, max_depth=MAX_DEPTH))
    return value


def _depth(value: Any) -> int:
    """How deep lists and objects nest, without recursion (a deep value must not overflow the stack here)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (list, dict)):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def write_atomic(path: str | os.PathLike, data: str | bytes) -> None:
    """Write to a temporary file in the folder of the file, flush it to disk, then rename it over the file: the
    earlier file stays whole until the new one is complete (a full disk raises OSError and keeps it). See
    ``_target`` for links, permissions and special files; our temporary files that a killed save left behind are
    removed."""
    target, mode = _target(path)
    _remove_stale_temporaries(target)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        try:
            if hasattr(os, "fchmod"):  # POSIX; on Windows mkstemp's file is already the user's to share
                os.fchmod(fd, mode)
            _write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_all(fd: int, data: bytes) -> None:
    """Every byte of ``data``, or OSError (a full disk: ENOSPC, however far it got)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view[:CHUNK_BYTES]):]


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """For writers that want a file name (Qt's image and SVG writers): a temporary path beside the file, with the
    same ending, flushed to disk and renamed over the file when the block ends well (links, permissions and
    special files as in ``write_atomic``). An empty result counts as a failure, so a writer that fails quietly
    still leaves the old file in place and says so. A writer that ignores its write errors can still hand over a
    truncated file: where it matters, write bytes made in memory with ``write_atomic``."""
    target, mode = _target(path)
    _remove_stale_temporaries(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError(QT_TRANSLATE_NOOP("files", "{target_name}: nothing was written")
                          .format(target_name=target.name))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _target(path: str | os.PathLike) -> tuple[Path, int]:
    """Where a write to ``path`` lands, and the permission bits it gets. Through a symbolic link to the file it
    names (the link stays a link, as with any editor's save); an existing file keeps its bits (a private 0600
    session stays private); a new file gets 0666 less the umask (0644 by default, not mkstemp's 0600, so an
    exported script can be handed out). A FIFO, device, socket or folder is refused before anything opens it:
    replacing one would hang on it or destroy it."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target, 0o666 & ~_UMASK
    if not stat.S_ISREG(info.st_mode):
        raise OSError(QT_TRANSLATE_NOOP("files", "{path_name}: {kind}, not a regular file — refused, nothing was "
                                                 "written")
                      .format(path_name=path.name, kind=_kind(info.st_mode)))
    return target, info.st_mode & 0o777


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISDIR, QT_TRANSLATE_NOOP("files", "a folder")),
                       (stat.S_ISFIFO, QT_TRANSLATE_NOOP("files", "a FIFO (named pipe)")),
                       (stat.S_ISSOCK, QT_TRANSLATE_NOOP("files", "a socket")),
                       (stat.S_ISCHR, QT_TRANSLATE_NOOP("files", "a device")),
                       (stat.S_ISBLK, QT_TRANSLATE_NOOP("files", "a device"))):
        if test(mode):
            return kind
    return QT_TRANSLATE_NOOP("files", "a special file")


def _read_umask() -> int:
    """The process's umask, read once at import (reading it means setting it, which is not thread-safe)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files of ``path`` (``.NAME.xxxx.tmp``) older than STALE_SECONDS: a save was killed mid-write."""
    now = time.time()
    for old in path.parent.glob(f".{path.name}.*.tmp*"):
        try:
            if now - old.stat().st_mtime > STALE_SECONDS:
                old.unlink()
        except OSError:
            pass  # another process's, or already gone
