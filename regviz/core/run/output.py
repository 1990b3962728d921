"""A headless run's output folder: named by a slug of the config's name, written as one transaction, held by one
writer at a time, and stopped cleanly by SIGINT/SIGTERM.

A config's ``name`` is a label a teacher typed (or a one-line experiment someone sent), never a path: ``slug``
turns any text into one safe folder name. ``RunFolder`` writes a run's own files into a temporary folder inside
``--out`` and swaps them in together, so the folder holds one run's files — the earlier run's replaced whole or
not at all — while anything else in it (``--out .``) is left alone. The files of the last run are listed in
``MANIFEST`` so the next run knows which to replace (a compare's variant folders included). A lock file holding
the writer's pid refuses a second writer; the kernel's lock on it (``flock``; on Windows, which has no fcntl, a
``msvcrt.locking`` byte range) dies with its process, so a stale lock is simply taken over.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import unicodedata
from pathlib import Path, PurePosixPath

from ..config import ConfigError
from ..translatable import QT_TRANSLATE_NOOP

MANIFEST = ".regviz-run.json"  # the relative paths of the files the last run wrote here
LOCK = ".regviz.lock"
_STAGE = ".regviz-stage-"
SLUG_BYTES = 100  # a folder name in UTF-8, leaving room for "-sweep-KEY" under the usual 255-byte limit
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
# Files a run of an older regviz left without a manifest: the commands' own names, nothing else.
LEGACY_FILES = ("config.json", "metrics.csv", "summary.json", "sweep.csv", "compare.csv")


class OutputError(OSError):
    """A run's file could not be written (a full disk, a read-only folder); the message names the file and says
    that the earlier results are unchanged."""


def slug(name: str) -> str:
    """``name`` as one folder name: letters and digits of any script, ``_ - .`` kept; every other run of characters
    (``/``, ``\\``, NUL, spaces, ``:``) becomes one ``-``; no leading dot or dash (never ``.``, ``..``, a hidden
    folder or something that reads as an option); at most SLUG_BYTES bytes; ``experiment`` if nothing is left."""
    text = unicodedata.normalize("NFC", name)
    out: list[str] = []
    for ch in text:
        keep = ch.isalnum() or ch in "_-."
        if keep:
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    result = "".join(out).lstrip(".-")
    while len(result.encode("utf-8")) > SLUG_BYTES:
        result = result[:-1]
    result = result.rstrip(".-")  # Windows drops trailing dots; a trailing dash is a cut's leftover
    if result.split(".")[0].upper() in _RESERVED:
        result = f"{result}-"
    return result or "experiment"


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) there is CTRL_C_EVENT to a process group, not a question
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


class RunFolder:
    """``--out`` held for one run. ``commit(files)`` swaps a set of files in (callable again: a sweep commits after
    every value); leaving the ``with`` block without a commit leaves the folder as it was (and removes it if this
    run made it and nothing else is in it)."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self._made: list[Path] = []  # the folders this run created, deepest first
        self._lock_fd: int | None = None

    # -- the lock ----------------------------------------------------------------------------------------------
    def __enter__(self) -> "RunFolder":
        try:
            self._made = [p for p in (self.out, *self.out.parents) if not p.exists()]
            self.out.mkdir(parents=True, exist_ok=True)
            self._lock()
            self._recover()
        except BaseException as exc:
            self._unlock()
            self._remove_if_made()
            if isinstance(exc, OSError) and not isinstance(exc, OutputError):
                raise ConfigError(QT_TRANSLATE_NOOP("output", "--out {out}: cannot use it as the output folder "
                                                              "({reason})")
                                  .format(out=self.out, reason=exc.strerror or exc)) from None
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._recover()  # a swap of ours cut short (a second signal) is finished; a half-written stage dropped
        finally:
            self._unlock()
            self._remove_if_made()

    def _lock(self) -> None:
        path = self.out / LOCK
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)  # never a link's target
            try:
                if not _try_lock(fd):
                    owner = _owner(path)  # None: it has its lock, not yet written its pid
                    who = QT_TRANSLATE_NOOP("output", "another regviz run") if owner is None else \
                        QT_TRANSLATE_NOOP("output", "another regviz run (pid {pid})").format(pid=owner)
                    raise ConfigError(QT_TRANSLATE_NOOP("output", "--out {out}: {who} is writing there; wait for it "
                                                                  "to finish or choose another --out")
                                      .format(out=self.out, who=who))
                if os.path.samestat(os.fstat(fd), os.stat(path)):  # not a lock file its owner has just removed
                    break
            except FileNotFoundError:
                pass
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
        self._lock_fd = fd
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError as exc:  # a full disk found before training, not after it
            self._unlock()
            raise OutputError(QT_TRANSLATE_NOOP("output", "cannot write {path}: {reason}; {kept}")
                              .format(path=path, reason=exc.strerror or exc, kept=self._kept())) from None

    def _kept(self) -> str:
        """What a failed write leaves, said truly: an earlier run's files, or nothing (a first run)."""
        if (self.out / MANIFEST).is_file() or any((self.out / name).is_file() for name in LEGACY_FILES):
            return QT_TRANSLATE_NOOP("output", "the earlier results in {out} are unchanged").format(out=self.out)
        return QT_TRANSLATE_NOOP("output", "nothing was written to {out}").format(out=self.out)

    def _unlock(self) -> None:
        if self._lock_fd is None:
            return
        try:
            (self.out / LOCK).unlink(missing_ok=True)
        except OSError:
            pass  # Windows: an open file stays; the next writer locks it as it is
        _release(self._lock_fd)
        os.close(self._lock_fd)
        self._lock_fd = None

    def _remove_if_made(self) -> None:
        """The folders this run made, if they are still empty: a refused or failed run leaves no empty folder."""
        for folder in self._made:
            try:
                folder.rmdir()
            except OSError:
                return

    # -- the transaction ---------------------------------------------------------------------------------------
    def commit(self, files: dict[str, str | bytes]) -> None:
        """Write ``files`` (relative paths such as ``summary.json`` or ``l2/summary.json``) into a temporary folder
        in ``--out``, then swap them in for the earlier run's files. A file that cannot be written raises
        OutputError naming it, and the folder keeps what it held."""
        stage = self.out / f"{_STAGE}{os.getpid()}-{os.urandom(4).hex()}"
        payload = {_relative(name): data for name, data in files.items()}
        payload[MANIFEST] = json.dumps({"files": list(payload)}, indent=1) + "\n"  # written last: the set is whole
        target = stage
        try:
            stage.mkdir()
            for name, data in payload.items():
                target = stage / name
                target.parent.mkdir(parents=True, exist_ok=True)
                _write_file(target, data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as exc:
            shutil.rmtree(stage, ignore_errors=True)
            shown = self.out / target.relative_to(stage) if target != stage else stage
            raise OutputError(QT_TRANSLATE_NOOP("output", "cannot write {shown}: {reason}; {kept}")
                              .format(shown=shown, reason=exc.strerror or exc, kept=self._kept())) from None
        try:
            self._swap(stage)
        except OSError as exc:
            raise OutputError(QT_TRANSLATE_NOOP("output", "cannot move the new files into {out}: {reason}")
                              .format(out=self.out, reason=exc.strerror or exc)) from None

    def _swap(self, stage: Path) -> None:
        """The staged files renamed over the earlier ones (no moment without a file), the earlier run's other
        files removed, the manifest last. Cut short (a crash, SIGKILL), it is finished by the next run
        (``_recover``): a stage holding its manifest is complete."""
        staged = json.loads((stage / MANIFEST).read_text(encoding="utf-8"))["files"]
        for name in staged:  # every destination checked before anything moves
            if (stage / name).exists() and not self._within(self.out / name):
                raise OSError(errno.ELOOP, QT_TRANSLATE_NOOP("output", "{path}: its folder is a link out of {out}")
                              .format(path=self.out / name, out=self.out))
        for name in staged:
            if (stage / name).exists():
                (self.out / name).parent.mkdir(parents=True, exist_ok=True)
                os.replace(stage / name, self.out / name)
        for name in set(self._previous_files()) - set(staged):
            path = self.out / name
            if _run_file(name) and (path.is_file() or path.is_symlink()) and self._within(path):
                path.unlink()
                if path.parent != self.out:
                    try:
                        path.parent.rmdir()  # an earlier compare's variant folder, now empty
                    except OSError:
                        pass
        os.replace(stage / MANIFEST, self.out / MANIFEST)
        shutil.rmtree(stage, ignore_errors=True)

    def _within(self, path: Path) -> bool:
        """Is ``path``'s folder really inside ``--out`` (not through a link a copied folder brought along)?"""
        return Path(os.path.realpath(path.parent)).is_relative_to(os.path.realpath(self.out))

    def _previous_files(self) -> list[str]:
        try:
            listed = json.loads((self.out / MANIFEST).read_text(encoding="utf-8"))["files"]
            return [_relative(str(name)) for name in listed]
        except (OSError, ValueError, KeyError, TypeError):
            return list(LEGACY_FILES)

    def _recover(self) -> None:
        """A stage left by a run that died (its pid is gone): finish its swap if it was complete, else drop it."""
        for stage in sorted(self.out.glob(f"{_STAGE}*")):
            pid = stage.name.removeprefix(_STAGE).split("-")[0]
            if pid.isdigit() and int(pid) != os.getpid() and pid_alive(int(pid)):
                continue
            try:
                if (stage / MANIFEST).is_file():
                    self._swap(stage)
            except (OSError, ValueError, KeyError, TypeError):
                pass
            shutil.rmtree(stage, ignore_errors=True)


def _relative(name: str) -> str:
    """A run's own file name, checked: relative, inside the folder (names come from slugs, but the manifest is
    read back from disk)."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or any(p in ("", ".", "..") or "\0" in p for p in parts):
        raise ValueError(QT_TRANSLATE_NOOP("output", "not a run file name: {name!r}").format(name=name))
    return "/".join(parts)


def _run_file(name: str) -> bool:
    """A name a run writes (a manifest read from disk may list others: they are never removed)."""
    parts = name.split("/")
    return name in LEGACY_FILES or len(parts) == 2 and parts[1] == "summary.json"


def _write_file(path: Path, data: bytes) -> None:
    """One staged file, flushed to disk (a full disk fails here, naming the file, not at the swap)."""
    with open(path, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


_LOCK_BYTE = 1 << 20  # the byte msvcrt locks: far past the pid, which a refused run reads to name the owner


def _fcntl():
    """The fcntl module, or None where there is none (Windows)."""
    try:
        import fcntl
    except ImportError:
        return None
    return fcntl


def _try_lock(fd: int) -> bool:
    """Take the kernel's lock on the open lock file without waiting; False if another run holds it."""
    fcntl = _fcntl()
    if fcntl is None:
        return _try_lock_range(fd)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _try_lock_range(fd: int) -> bool:
    """No fcntl (Windows): lock one byte of the file with msvcrt. Like flock it belongs to this open file (a second
    open, even in this process, is refused) and the system drops it when the process ends: a crashed run's lock
    is taken over. (A pid in the file alone could not refuse a run that started at the same moment.)"""
    import msvcrt

    os.lseek(fd, _LOCK_BYTE, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError as exc:
        if exc.errno in (errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)):
            return False
        raise
    finally:
        os.lseek(fd, 0, os.SEEK_SET)  # the pid is written from the start
    return True


def _release(fd: int) -> None:
    """Unlock the msvcrt byte before closing (Windows releases a closed file's locks only eventually); flock's
    lock goes with the close."""
    if _fcntl() is None:
        import msvcrt

        try:
            os.lseek(fd, _LOCK_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: someone else's process
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _owner(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


class StopRequest:
    """SIGINT/SIGTERM while a run trains: the first asks the run to stop at its next step and write what it has
    (``signum`` says which, for the exit status 128 + signum); a second one stops at once (``Interrupted``)."""

    SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s)

    def __init__(self) -> None:
        self.signum: int | None = None
        self._stopping_now = False
        self._previous: dict[int, object] = {}

    def __call__(self) -> bool:
        return self.signum is not None

    def __enter__(self) -> "StopRequest":
        for sig in self.SIGNALS:
            try:
                self._previous[sig] = signal.signal(sig, self._handle)
            except ValueError:  # not the main thread: leave signals alone
                pass
        return self

    def __exit__(self, *exc) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum, frame) -> None:
        if self._stopping_now:  # a third signal would cut the cleanup short (an empty --out folder was left)
            return
        if self.signum is not None:
            self._stopping_now = True
            raise Interrupted(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name if self.signum else ""

    @property
    def exit_status(self) -> int:
        return 128 + (self.signum or 0)


class Interrupted(Exception):
    """A second SIGINT/SIGTERM: the run ends now, without writing (the folder keeps what it held)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
