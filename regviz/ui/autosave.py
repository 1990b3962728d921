"""Crash recovery: while the window has training nobody saved, it autosaves the session (weights included) every
few minutes into the app's data folder; a clean exit removes the file, so one still there at the next start is
a crashed window's, and the window offers to restore it.

Each window writes its own ``session-<pid>-<id>.regviz`` and holds ``<that>.lock`` (a QLockFile: Qt notices a
lock whose process has died), so a second regviz running beside it never offers the first one's autosave. The
folder is QStandardPaths' AppDataLocation; REGVIZ_DATA_DIR and REGVIZ_AUTOSAVE_SECONDS move it and change the
interval (the tests, or a lab's shared machines).
"""
from __future__ import annotations

import functools
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, QObject, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtWidgets import QMessageBox

from ..core.content import session as sessions
from .language import number
from .saving import capture_session, session_bytes, with_snapshot, write_files
from .translated import error_text

translate = QCoreApplication.translate  # every sentence here: translate("autosave", "…")

DEFAULT_SECONDS = 180.0
FOLDER_ENV, SECONDS_ENV = "REGVIZ_DATA_DIR", "REGVIZ_AUTOSAVE_SECONDS"


def data_folder() -> Path:
    """Where the autosaves live: REGVIZ_DATA_DIR, else the app's data folder (~/.local/share/regviz/regviz on
    Linux)."""
    folder = os.environ.get(FOLDER_ENV)
    if folder:
        return Path(folder)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def interval_seconds() -> float:
    try:
        seconds = float(os.environ.get(SECONDS_ENV, DEFAULT_SECONDS))
    except ValueError:
        return DEFAULT_SECONDS
    return seconds if 0.05 <= seconds <= 86400 else DEFAULT_SECONDS


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(f"{path}.lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long a session runs
    return lock


class Autosave(QObject):
    """The window's autosave (ui.file_actions owns it; its writes share the file writer, so a close waits)."""

    def __init__(self, files, folder: str | Path | None = None, seconds: float | None = None):
        super().__init__(files)
        self.files, self.host, self.state = files, files.host, files.state  # the window as a FileHost
        self.folder = Path(folder) if folder else data_folder() / "autosave"
        self.path = self.folder / f"session-{os.getpid()}-{uuid.uuid4().hex[:8]}.regviz"
        self._lock = _lock(self.path)
        self.run = 0  # the engine's number of the run on screen: saves of an earlier run say nothing about it
        self.unsaved = False  # the nets have trained past the last save (or past where they started)
        self._clean_step: int | None = None
        self._request: tuple[int, int] | None = None  # (snapshot request, the engine's run asked)
        self._closed = False
        self._warned = False
        self.offer_box: QMessageBox | None = None
        self._offered: tuple[Path, QLockFile, sessions.Session] | None = None
        self.state.run_started.connect(self._on_run_started)
        self.state.record.connect(self._on_record)
        engine = self.state.engine
        engine.snapshot.connect(self._on_snapshot)
        engine.snapshot_lost.connect(self._on_snapshot_lost)
        self.timer = QTimer(self, interval=round(1000 * (seconds or interval_seconds())))
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        QTimer.singleShot(0, self, self.offer_restore)

    # -- what is unsaved ------------------------------------------------------------------------------------
    @Slot(object)
    def _on_run_started(self, _info) -> None:
        self.run = self.state.engine.run_id
        self.unsaved, self._clean_step = False, None

    @Slot(object)
    def _on_record(self, record) -> None:
        if self._clean_step is None:
            self._clean_step = record.step  # a fresh net (step 0) or an opened session: nothing to lose yet
        elif record.step > self._clean_step:
            self.unsaved = True

    def saved(self, run: int, step: int) -> None:
        """A session of run ``run`` at ``step`` is on disk (a save with weights, or this autosave)."""
        if run == self.run and step >= (self._clean_step or 0):
            self._clean_step = step
            self.unsaved = self.state.step > step

    # -- autosaving -----------------------------------------------------------------------------------------
    @Slot()
    def tick(self) -> None:
        """Every few minutes: if there is unsaved training, ask for the weights and write the autosave."""
        if self._closed or not self.unsaved or self._request is not None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._failed(exc)
            return
        if not self._lock.isLocked() and not self._lock.tryLock(0):
            return  # cannot happen for our own unique name, unless the folder is not ours to write
        request = self.state.ask_snapshot()
        if request is not None:
            self._request = (request, self.state.engine.run_id)

    @Slot(int, object)
    def _on_snapshot(self, request: int, snapshot) -> None:
        if self._request is None or self._request[0] != request:
            return
        _, run = self._request
        self._request = None
        if self._closed or run != self.state.engine.run_id:
            return  # a replaced run's nets: not what the window shows any more
        saved = with_snapshot(capture_session(self.state), snapshot, True)
        self.files.writes.submit(functools.partial(write_files, [(self.path, session_bytes(saved))]),
                                 lambda _written: self._written(run, saved.step), self._failed)

    @Slot(int, str)
    def _on_snapshot_lost(self, request: int, _why: str) -> None:
        if self._request is not None and self._request[0] == request:
            self._request = None  # tried again at the next tick

    def _written(self, run: int, step: int) -> None:
        if self._closed:  # the window exited while it was written: a clean exit leaves no autosave
            self._remove()
            return
        self._warned = False
        self.saved(run, step)

    def _failed(self, exc: Exception) -> None:
        text = translate("autosave", "Autosave failed: {error}. The session is not protected against a crash until "
                                     "it succeeds.").format(error=error_text(exc))
        self.host.show_status(text, 10000)
        if not self._warned:  # once, not every few minutes
            self._warned = True
            self.host.show_message(translate("autosave", "Autosave failed"), text)

    def clean_exit(self) -> None:
        """The window is closing normally: no autosave stays behind (one being written is removed when done)."""
        self._closed = True
        self.timer.stop()
        self._remove()

    def _remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a folder gone read-only: the file is offered at the next start, which is the safe side
        if self._lock.isLocked():
            self._lock.unlock()

    # -- recovery -------------------------------------------------------------------------------------------
    @Slot()
    def offer_restore(self) -> None:
        """At start: the newest autosave no live regviz holds is a crashed window's; offer to restore it."""
        try:
            names = [name for name in os.listdir(self.folder) if name.startswith("session-")
                     and name.endswith(".regviz")]
        except OSError:
            return  # no folder yet: nothing was ever autosaved here
        found = []
        for path in sorted((self.folder / name for name in names), key=_mtime, reverse=True):
            lock = _lock(path)
            if path != self.path and lock.tryLock(0):  # its window is gone; another live window keeps its own
                found.append((path, lock))
        if not found:
            return
        path, lock = found[0]
        for _, other in found[1:]:
            other.unlock()  # offered at a later start
        try:
            saved = sessions.load(path)
        except sessions.SessionError as exc:
            lock.unlock()
            said = translate("autosave", "An autosaved session could not be read ({error}); it stays in {folder}")
            self.host.show_status(said.format(error=error_text(exc), folder=path.parent), 10000)
            return
        self._offered = (path, lock, saved)
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(_mtime(path))), QLocale.FormatType.ShortFormat)
        text = translate("autosave", "regviz did not close properly last time. It had autosaved “{name}” at step "
                                     "{step} ({when}).\n\nRestore it? Discard deletes it; Not now keeps it for the "
                                     "next start.").format(name=saved.config.name, step=number(saved.step), when=when)
        box = QMessageBox(QMessageBox.Icon.Question, translate("autosave", "Restore the autosaved session?"), text,
                          QMessageBox.StandardButton.NoButton, self.files.dialog_parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.addButton(translate("autosave", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("autosave", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("autosave", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(self._on_offer_answered)
        self.offer_box = box
        box.open()

    @Slot(int)
    def _on_offer_answered(self, _result: int) -> None:
        box, self.offer_box = self.offer_box, None
        (path, lock, saved), self._offered = self._offered, None
        role = box.buttonRole(box.clickedButton()) if box.clickedButton() else QMessageBox.ButtonRole.RejectRole
        box.deleteLater()
        try:
            if role == QMessageBox.ButtonRole.AcceptRole:
                self._restore(path, saved)
            elif role == QMessageBox.ButtonRole.DestructiveRole:
                path.unlink(missing_ok=True)
        finally:
            lock.unlock()

    def _restore(self, path: Path, saved: sessions.Session) -> None:
        """Open the crashed window's autosave, and make it this window's: it stays until this one exits
        cleanly, so a second crash loses nothing either."""
        self.state.restore_session(saved)
        if self._lock.tryLock(0):
            try:
                os.replace(path, self.path)
            except OSError:
                self._lock.unlock()
        self.host.show_status(translate("autosave", "Restored the autosaved session at step {step}").format(
            step=number(saved.step)), 8000)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
