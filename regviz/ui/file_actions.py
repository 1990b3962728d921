"""Everything the File menu writes or reads: sessions (with recent files), plot and window exports, the
animated GIF of a run and the plain-PyTorch script. Dialogs only pick paths; every method also takes the path
directly (the tests, and a teacher's scripts, skip the dialogs). Files are made in memory and written off the GUI
thread (ui.saving); each lands whole or the user is told which did not, and the earlier file stays. ``busy``
while a save waits for the nets' weights or a file is being written: the window closes after them."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.content import session as sessions
from . import exports
from .autosave import Autosave
from .language import number
from .saving import BackgroundWrites, WriteError, capture_session, session_bytes, with_snapshot, write_files
from .translated import error_text

translate = QCoreApplication.translate  # every sentence here: translate("files", "…")


def _session_filter() -> str:
    return translate("files", "regviz sessions (*.regviz);;JSON (*.json);;All files (*)")
MAX_RECENT = 6
GIF_MAX_FRAMES = 600
GIF_WIDTH = 800


@dataclass
class PendingSave:
    """A session save waiting for the nets' weights: what was on screen when the user saved."""
    path: Path
    session: sessions.Session
    weights: bool  # File ▸ Save weights was on
    run: int  # the engine's run asked: if it is still the current one when the weights come, the metrics are
    # taken again then (the records up to the Snapshot's step have arrived before it)


class FileHost(Protocol):
    """What file actions need of the window, and all they may use of it."""

    def show_status(self, text: str, ms: int) -> None: ...
    def show_message(self, title: str, text: str) -> None: ...
    def refresh_plots(self, all_plots: bool = False) -> None: ...
    def current_view(self) -> QWidget: ...  # the tab on screen: its plots exported, its frames in a GIF
    def grab(self) -> QPixmap: ...  # the whole window, as Export ▸ Window as PNG writes it
    def close(self) -> bool: ...  # after a save the close waited for


class FileActions(QObject):
    """``state``: the app state (the config, the nets, their records); ``settings``: recent files and whether
    saved sessions carry weights; ``host``: a FileHost. Tell the menus that the recent files changed with
    ``recent_changed``, not by reaching into them."""

    recent_changed = Signal()

    def __init__(self, state, settings, host: FileHost):
        super().__init__(host if isinstance(host, QObject) else None)
        self.state, self.settings, self.host = state, settings, host
        self.dialog_parent = host if isinstance(host, QWidget) else None
        self.writes = BackgroundWrites(self)
        self.writes.idle.connect(self._close_if_waiting)
        self._saves: dict[int, PendingSave] = {}  # snapshot request -> the save waiting for it
        self.lost: list[PendingSave] = []  # saves whose weights never came, offered without them
        self.lost_box: QMessageBox | None = None
        self._close_when_done = False
        self.gif_frames: list[QImage] = []
        self.gif_timer = QTimer(self)
        self.gif_timer.setInterval(exports.GIF_FRAME_MS)
        self.gif_timer.timeout.connect(self._grab_frame)
        self._last_frame_step = -1
        engine = state.engine
        engine.snapshot.connect(self._on_snapshot)
        engine.snapshot_lost.connect(self._on_snapshot_lost)
        self.autosave = Autosave(self)

    def with_weights(self) -> bool:
        """File ▸ Include weights in saved sessions (the menus keep it in the settings)."""
        return self.settings.value("session_weights", True) in (True, "true")

    @property
    def busy(self) -> bool:
        """A save waits for the nets' weights, or a file is being written."""
        return bool(self._saves) or self.writes.busy

    def may_close(self, event) -> bool:
        """Whether the window may close now. Not while a save is under way: the close waits for it (closing again
        closes at once). A close that goes ahead is a clean exit: the autosave is removed."""
        if self.busy and not self._close_when_done:
            event.ignore()
            self._close_when_done = True
            self.host.show_status(translate("files", "Finishing the save — the window closes when it is written "
                                                     "(close again to quit without it)"), 0)
            return False
        self.autosave.clean_exit()
        return True

    @Slot()
    def _close_if_waiting(self) -> None:
        if self._close_when_done and not self.busy and self.lost_box is None:  # an offer waits for its answer
            QTimer.singleShot(0, self, self.host.close)

    # -- sessions -------------------------------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else [str(v) for v in (value or [])]

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent() if p != str(path)]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.recent_changed.emit()

    # -- one-line experiments ---------------------------------------------------------------------------------
    def copy_experiment(self) -> str:
        """The experiment as one line of text on the clipboard (core.content.experiment_line)."""
        from PySide6.QtGui import QGuiApplication

        from ..core.config import ConfigError
        from ..core.content import experiment_line

        try:
            line = experiment_line.encode(self.state.config)
        except ConfigError as exc:  # a large CSV's points: too long for a line
            self.host.show_status(error_text(exc), 10000)
            return ""
        QGuiApplication.clipboard().setText(line)
        self.host.show_status(translate("files", "Experiment copied as one line ({count} characters): paste it "
                                                 "into regviz (File ▸ Paste experiment) or regviz train --config")
                              .format(count=number(len(line))), 8000)
        return line

    def paste_experiment(self, text: str | None = None) -> bool:
        """Open the experiment on the clipboard (or in ``text``); anything else is refused and nothing changes."""
        from PySide6.QtGui import QGuiApplication

        from ..core.config import ConfigError
        from ..core.content import experiment_line
        from ..core.run.messages import RunMode

        text = QGuiApplication.clipboard().text() if text is None else text
        try:
            config = experiment_line.decode(text)
        except ConfigError as exc:
            self.host.show_message(translate("files", "Cannot paste the experiment"), _unchanged(exc))
            return False
        self.state.replace(config, RunMode.SINGLE, translate("files", "Experiment pasted: {name}").format(
            name=config.name))
        return True

    def open_session(self, path: str | Path | None = None) -> bool:
        """Load a session: config, mode, metrics and weights. A broken or foreign file leaves everything as it
        was and says why."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.dialog_parent, translate("files", "Open session"),
                                                  self._folder(), _session_filter())
            if not path:
                return False
        try:
            loaded = sessions.load(path)
        except sessions.SessionError as exc:
            self.host.show_message(translate("files", "Cannot open the session"), _unchanged(exc))
            return False
        self.state.restore_session(loaded)
        self._remember(Path(path))
        return True

    def save_session(self, path: str | Path | None = None) -> None:
        """Ask the training process for the weights and a full evaluation; the file is written (off the GUI
        thread) when they arrive. If they never do (the process died, the run ended or was replaced), the user is
        told and offered the config and metrics without weights. Without a live run these are saved at once."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.dialog_parent, translate("files", "Save session"),
                                                  self._folder("session.regviz"), _session_filter())
            if not path:
                return
        pending = PendingSave(Path(path), capture_session(self.state), self.with_weights(),
                              self.state.engine.run_id)
        request = self.state.ask_snapshot()
        if request is None and pending.session.step > 0:  # trained nets whose process is gone: their weights too
            last = self.state.last_record
            self._offer_without_weights(pending, translate("files", "the run has ended: its loss diverged")
                                        if last is not None and last.diverged else
                                        translate("files", "the training process is not running"))
        elif request is None:  # nothing trained: the seed makes the same nets again
            self._write_session(pending, pending.session)
        else:
            self._saves[request] = pending
            self.host.show_status(translate("files", "Saving {file}…").format(file=pending.path.name), 0)

    @Slot(int, object)
    def _on_snapshot(self, request: int, snapshot) -> None:
        pending = self._saves.pop(request, None)
        if pending is not None:
            current = pending.run == self.state.engine.run_id
            saved = capture_session(self.state) if current else pending.session
            self._write_session(pending, with_snapshot(saved, snapshot, pending.weights))

    @Slot(int, str)
    def _on_snapshot_lost(self, request: int, why: str) -> None:
        """The weights of a save will never come: say the save did not happen, and offer what can be saved."""
        pending = self._saves.pop(request, None)
        if pending is not None:
            self._offer_without_weights(pending, why)

    def _offer_without_weights(self, pending: PendingSave, why: str) -> None:
        self.lost.append(pending)
        self.host.show_status(translate("files", "Not saved: {file} — the nets' weights never came").format(
            file=pending.path.name), 0)
        paths = "\n".join(str(p.path) for p in self.lost)
        text = translate("files", "The session was not saved to\n{paths}\n\n{why}: the weights of the nets you "
                                  "trained were lost (any earlier file there is unchanged).\n\nThe config and the "
                                  "metrics up to step {step} can still be saved, without weights: opening that "
                                  "session trains the nets again from their seed.").format(
            paths=paths, why=why[:1].upper() + why[1:], step=number(max(p.session.step for p in self.lost)))
        if self.lost_box is None:
            self.lost_box = QMessageBox(QMessageBox.Icon.Warning, translate("files", "The session was not saved"),
                                        text, QMessageBox.StandardButton.NoButton, self.dialog_parent)
            self.lost_box.setTextFormat(Qt.TextFormat.PlainText)
            self.lost_box.addButton(translate("files", "Save without weights"), QMessageBox.ButtonRole.AcceptRole)
            self.lost_box.addButton(translate("files", "Don't save"), QMessageBox.ButtonRole.RejectRole)
            self.lost_box.finished.connect(self._on_lost_answered)
            self.lost_box.open()
        else:
            self.lost_box.setText(text)
        self._close_if_waiting()

    @Slot(int)
    def _on_lost_answered(self, _result: int) -> None:
        box, self.lost_box = self.lost_box, None
        lost, self.lost = self.lost, []
        if box is not None and box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
            for pending in lost:
                self._write_session(pending, pending.session)
        elif lost:
            self.host.show_status(translate("files", "Not saved: {files}").format(
                files=", ".join(p.path.name for p in lost)), 8000)
        if box is not None:
            box.deleteLater()
        self._close_if_waiting()

    def _write_session(self, pending: PendingSave, saved: sessions.Session) -> None:
        path, weights = pending.path, saved.weights is not None
        self.host.show_status(translate("files", "Saving {file}…").format(file=path.name), 0)

        def done(_written) -> None:
            self._remember(path)
            if weights:
                self.autosave.saved(pending.run, saved.step)
            self.host.show_status((translate("files", "Saved {path} (with weights)") if weights else
                                   translate("files", "Saved {path} (without weights)")).format(path=path), 6000)

        def failed(exc: Exception) -> None:
            self.host.show_status("", 0)
            self.host.show_message(translate("files", "Cannot save the session"), translate(
                "files", "{error}\n\nThe session was not saved; an earlier file there is unchanged.").format(
                error=_reason(exc)))

        self.writes.submit(functools.partial(write_files, [(path, session_bytes(saved))]), done, failed)

    # -- exports --------------------------------------------------------------------------------------------
    def _export(self, files: list, title: str, success: str) -> None:
        """Write ``files`` ([(path, data)]) off the GUI thread; a failure names the file and what was written."""

        def done(_written) -> None:
            self.host.show_status(success, 6000)

        def failed(exc: Exception) -> None:
            written = getattr(exc, "written", [])
            text = translate("files", "{error}\n\nThat file was not written; an earlier file there is unchanged.")
            if len(files) > 1:
                text = translate("files", "{error}\n\nThat file was not written; an earlier file there is unchanged."
                                          "\n\n{written} of {total} files were written before it.")
            self.host.show_message(title, text.format(error=_reason(exc), written=len(written), total=len(files)))

        self.writes.submit(functools.partial(write_files, files), done, failed)

    def export_plots(self, folder: str | Path | None = None) -> list[Path]:
        """Every plot on the current tab as PNG, SVG and CSV, into ``folder``: drawn now, written in the
        background (the paths returned exist once ``busy`` is over, or a message says which did not)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.dialog_parent, translate("files", "Export plots to folder"),
                                                      self._folder())
            if not folder:
                return []
        folder = Path(folder)
        self.host.refresh_plots(all_plots=True)
        files = exports.plot_files(self.host.current_view(), folder)
        self._export(files, translate("files", "Cannot export the plots"),
                     translate("files", "Exported {count} files to {folder}").format(count=len(files), folder=folder))
        return [path for path, _ in files]

    def export_window(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.dialog_parent, translate("files", "Save window as PNG"),
                                                  self._folder("regviz.png"), translate("files", "PNG images (*.png)"))
            if not path:
                return None
        path = Path(path)
        image = self.host.grab().toImage()
        self._export([(path, functools.partial(exports.png_bytes, image))], translate("files", "Cannot save"),
                     translate("files", "Saved {path}").format(path=path))
        return path

    def export_script(self, path: str | Path | None = None) -> Path | None:
        """The experiment as one plain-PyTorch script (core.script), with the MNIST file beside it if needed."""
        from ..core.content.script import export_script

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.dialog_parent, translate("files", "Export as PyTorch script"),
                                                  self._folder(f"{self.state.config.name}.py"),
                                                  translate("files", "Python scripts (*.py)"))
            if not path:
                return None
        path = Path(path)
        cfg = self.state.config
        files = [(path, export_script(cfg, mnist_beside=True))]
        if cfg.data.name == "mnist":
            files.append((path.with_name("mnist_5k.npz"), _bundled_mnist))
        self._export(files, translate("files", "Cannot export the script"),
                     translate("files", "Script written to {path} — run it with python").format(path=path))
        return path

    def export_predictions(self, path: str | Path | None = None) -> Path | None:
        """The class's predictions and what the runs revealed (this session's), as a small CSV."""
        predictions = list(self.state.predictions)
        if not predictions:
            self.host.show_status(translate("files", "No predictions yet: a lesson's prediction steps record them"),
                                  6000)
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.dialog_parent,
                                                  translate("files", "Export the class's predictions"),
                                                  self._folder("predictions.csv"),
                                                  translate("files", "CSV files (*.csv)"))
            if not path:
                return None
        path = Path(path)
        self._export([(path, functools.partial(exports.predictions_csv, predictions))],
                     translate("files", "Cannot export the predictions"),
                     translate("files", "{count} predictions written to {path}").format(count=len(predictions),
                                                                                        path=path))
        return path

    # -- animated GIF ---------------------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self.gif_timer.isActive()

    def start_gif(self) -> None:
        """Grab the current tab 5 times a second while the net trains (frames repeat nothing while paused)."""
        self.gif_frames = []
        self._last_frame_step = -1
        self.gif_timer.start()
        self.host.show_status(translate("files", "Recording a GIF of this tab — stop it from the File menu"), 5000)

    def stop_gif(self, path: str | Path | None = None) -> Path | None:
        self.gif_timer.stop()
        frames, self.gif_frames = self.gif_frames, []
        if not frames:
            self.host.show_status(translate("files", "No frames: the GIF records while the net trains"), 6000)
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.dialog_parent, translate("files", "Save animated GIF"),
                                                  self._folder("run.gif"), translate("files", "GIF images (*.gif)"))
            if not path:
                return None
        path = Path(path)
        self._export([(path, functools.partial(exports.gif_bytes, frames))], translate("files", "Cannot save the GIF"),
                     translate("files", "Saved {count} frames to {path}").format(count=len(frames), path=path))
        return path

    @Slot()
    def _grab_frame(self) -> None:
        step = self.state.step if self.state.last_record is not None else -1
        if step == self._last_frame_step or len(self.gif_frames) >= GIF_MAX_FRAMES:
            return  # nothing new to show
        self._last_frame_step = step
        image = self.host.current_view().grab().toImage()
        if image.width() > GIF_WIDTH:
            image = image.scaledToWidth(GIF_WIDTH, Qt.TransformationMode.SmoothTransformation)
        if self.gif_frames and image == self.gif_frames[-1]:
            return  # plots redraw throttled: the step moved but the picture did not (the GIF would merge it)
        self.gif_frames.append(image)

    def _folder(self, name: str = "") -> str:
        folder = Path(self.recent()[0]).parent if self.recent() else Path.home()
        return str(folder / name)


def _reason(exc: Exception) -> str:
    """A failed write as one line that names the file (WriteError does; anything else is shown as it is)."""
    return error_text(exc) if isinstance(exc, (WriteError, OSError)) else f"{type(exc).__name__}: {exc}"


def _unchanged(exc: Exception) -> str:
    """A refused file's reason (core's sentence, translated), and that nothing changed."""
    return translate("files", "{error}\n\nNothing was changed.").format(error=error_text(exc))


def _bundled_mnist() -> bytes:
    """The 5,000-digit MNIST file the script reads, copied beside it (read on the worker: a few MB)."""
    return resources.files("regviz.resources").joinpath("mnist_5k.npz").read_bytes()
