"""Everything the File menu writes or reads: sessions (with recent files), plot and window exports, the
animated GIF of a run and the plain-PyTorch script. Dialogs only pick paths; every method also takes the path
directly (the tests, and a teacher's scripts, skip the dialogs). Errors become a message; nothing is lost."""
from __future__ import annotations

import io
import shutil
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from ..core.content import session as sessions
from ..core.content.user_files import replacing, write_atomic

SESSION_FILTER = "regviz sessions (*.regviz);;JSON (*.json);;All files (*)"
MAX_RECENT = 6
GIF_FRAME_MS = 200  # 5 frames a second: smooth enough for a slide, small enough to mail
GIF_MAX_FRAMES = 600
GIF_WIDTH = 800


class FileActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._save_to: Path | None = None
        self.gif_frames: list[QImage] = []
        self.gif_timer = QTimer(self)
        self.gif_timer.setInterval(GIF_FRAME_MS)
        self.gif_timer.timeout.connect(self._grab_frame)
        self._last_frame_step = -1

    # -- sessions -------------------------------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.window.settings.value("recent", [])
        return [value] if isinstance(value, str) else [str(v) for v in (value or [])]

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent() if p != str(path)]
        self.window.settings.setValue("recent", recent[:MAX_RECENT])
        self.window.menus.rebuild_recent_menu()

    # -- one-line experiments ---------------------------------------------------------------------------------
    def copy_experiment(self) -> str:
        """The experiment as one line of text on the clipboard (core.content.experiment_line)."""
        from PySide6.QtGui import QGuiApplication

        from ..core.content import experiment_line

        line = experiment_line.encode(self.window.state.config)
        QGuiApplication.clipboard().setText(line)
        self.window.statusBar().showMessage(f"Experiment copied as one line ({len(line)} characters): paste it "
                                            "into regviz (File ▸ Paste experiment) or regviz train --config", 8000)
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
            self.window.show_message("Cannot paste the experiment", f"{exc}\n\nNothing was changed.")
            return False
        self.window.state.replace(config, RunMode.SINGLE, f"Experiment pasted: {config.name}")
        return True

    def open_session(self, path: str | Path | None = None) -> bool:
        """Load a session: config, mode, metrics and weights. A broken or foreign file leaves everything as it
        was and says why."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, "Open session", self._folder(), SESSION_FILTER)
            if not path:
                return False
        try:
            loaded = sessions.load(path)
        except sessions.SessionError as exc:
            self.window.show_message("Cannot open the session", f"{exc}\n\nNothing was changed.")
            return False
        self.window.state.restore_session(loaded)
        self._remember(Path(path))
        return True

    def save_session(self, path: str | Path | None = None) -> None:
        """Ask the training process for weights and a full evaluation; the file is written when they arrive
        (``on_answer``). Without a running engine, the config and metrics are saved at once."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, "Save session", self._folder("session.regviz"),
                                                  SESSION_FILTER)
            if not path:
                return
        path = Path(path)
        w = self.window
        if w.state.ask_snapshot():
            self._save_to = path
            w.statusBar().showMessage(f"Saving {path.name}…", 3000)
        else:
            self._write(path, None)

    @Slot(object)
    def on_answer(self, item) -> None:
        from ..core.records import Snapshot

        if isinstance(item, Snapshot) and self._save_to is not None:
            path, self._save_to = self._save_to, None
            self._write(path, item)

    def _write(self, path: Path, snapshot) -> None:
        w, state = self.window, self.window.state
        with_weights = w.menus.weights_action.isChecked() and snapshot is not None
        saved = sessions.Session(
            state.config, state.mode.value, snapshot.step if snapshot else state.step,
            {name: list(rows) for name, rows in state.history.items()}, snapshot.final if snapshot else {},
            snapshot.weights if with_weights else None, state.points, state.race)
        try:
            sessions.save(path, saved)
        except OSError as exc:
            w.show_message("Cannot save the session", f"{path}: {exc}")
            return
        self._remember(path)
        w.statusBar().showMessage(f"Saved {path} ({'with' if with_weights else 'without'} weights)", 6000)

    # -- exports --------------------------------------------------------------------------------------------
    def export_plots(self, folder: str | Path | None = None) -> list[Path]:
        """Every plot on the current tab as PNG and CSV (pyqtgraph's exporters) and SVG, into ``folder``.

        SVG is drawn by Qt's own QSvgGenerator: pyqtgraph 0.14's SVGExporter fails on the closed paths ("… Z")
        that Qt 6 writes (pyqtgraph issue #3495)."""
        import pyqtgraph as pg
        from pyqtgraph.exporters import CSVExporter, ImageExporter

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.window, "Export plots to folder", self._folder())
            if not folder:
                return []
        folder = Path(folder)
        written = []
        self.window.refresh_plots(all_plots=True)
        for number, item in enumerate(_plot_items(self.window.tabs.currentWidget()), 1):
            title = item.titleLabel.text if isinstance(item, pg.PlotItem) else ""
            stem = folder / f"{number:02d}-{_slug(title) or 'plot'}"
            try:  # each file complete or not at all: written beside, then renamed over
                with replacing(stem.with_suffix(".png")) as tmp:
                    if ImageExporter(item).export(str(tmp)) is False:
                        raise OSError("the PNG could not be written")
                with replacing(stem.with_suffix(".svg")) as tmp:
                    _write_svg(item, tmp)
                written += [stem.with_suffix(".png"), stem.with_suffix(".svg")]
                if isinstance(item, pg.PlotItem) and item.listDataItems():
                    with replacing(stem.with_suffix(".csv")) as tmp:
                        CSVExporter(item).export(str(tmp))
                    written.append(stem.with_suffix(".csv"))
            except OSError as exc:
                self.window.show_message("Cannot export", f"{stem}: {exc}")
                return written
        self.window.statusBar().showMessage(f"Exported {len(written)} files to {folder}", 6000)
        return written

    def export_window(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, "Save window as PNG", self._folder("regviz.png"),
                                                  "PNG images (*.png)")
            if not path:
                return None
        path = Path(path)
        try:
            with replacing(path) as tmp:
                if not self.window.grab().save(str(tmp), "PNG"):
                    raise OSError("the image could not be written")
        except OSError as exc:
            self.window.show_message("Cannot save", f"{path}: {exc}")
            return None
        self.window.statusBar().showMessage(f"Saved {path}", 6000)
        return path

    def export_script(self, path: str | Path | None = None) -> Path | None:
        """The experiment as one plain-PyTorch script (core.script), with the MNIST file beside it if needed."""
        from ..core.content.script import export_script

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, "Export as PyTorch script",
                                                  self._folder(f"{self.window.state.config.name}.py"),
                                                  "Python scripts (*.py)")
            if not path:
                return None
        path = Path(path)
        cfg = self.window.state.config
        try:
            write_atomic(path, export_script(cfg, mnist_beside=True))
            if cfg.data.name == "mnist":
                with resources.as_file(resources.files("regviz.resources").joinpath("mnist_5k.npz")) as npz:
                    shutil.copyfile(npz, path.with_name("mnist_5k.npz"))
        except OSError as exc:
            self.window.show_message("Cannot export the script", f"{path}: {exc}")
            return None
        self.window.statusBar().showMessage(f"Script written to {path} — run it with python", 6000)
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
        self.window.statusBar().showMessage("Recording a GIF of this tab — stop it from the File menu", 5000)

    def stop_gif(self, path: str | Path | None = None) -> Path | None:
        self.gif_timer.stop()
        frames, self.gif_frames = self.gif_frames, []
        if not frames:
            self.window.statusBar().showMessage("No frames: the GIF records while the net trains", 6000)
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, "Save animated GIF", self._folder("run.gif"),
                                                  "GIF images (*.gif)")
            if not path:
                return None
        path = Path(path)
        try:
            write_atomic(path, _gif_bytes(frames))
        except OSError as exc:
            self.window.show_message("Cannot save the GIF", f"{path}: {exc}")
            return None
        self.window.statusBar().showMessage(f"Saved {len(frames)} frames to {path}", 6000)
        return path

    @Slot()
    def _grab_frame(self) -> None:
        w = self.window
        step = w.state.step if w.state.last_record is not None else -1
        if step == self._last_frame_step or len(self.gif_frames) >= GIF_MAX_FRAMES:
            return  # nothing new to show
        self._last_frame_step = step
        image = w.tabs.currentWidget().grab().toImage()
        if image.width() > GIF_WIDTH:
            image = image.scaledToWidth(GIF_WIDTH, Qt.TransformationMode.SmoothTransformation)
        if self.gif_frames and image == self.gif_frames[-1]:
            return  # plots redraw throttled: the step moved but the picture did not (the GIF would merge it)
        self.gif_frames.append(image)

    def _folder(self, name: str = "") -> str:
        folder = Path(self.recent()[0]).parent if self.recent() else Path.home()
        return str(folder / name)


def _plot_items(tab) -> list:
    """The pyqtgraph plots on ``tab`` (what an export writes), or the drawing itself where it has none."""
    import pyqtgraph as pg

    items = []
    for view in tab.findChildren(pg.GraphicsView):
        if view.isVisible():
            plots = [item for item in view.scene().items() if isinstance(item, pg.PlotItem)]
            # A drawing without axes (the Network tab's graph and filters) is exported whole.
            items += plots or ([view.ci] if isinstance(view, pg.GraphicsLayoutWidget) else [])
    return items


def _write_svg(item, path: Path) -> None:
    """The plot as vector graphics. Scatter points are drawn as paths for it: pyqtgraph's cached pixmap
    fragments become one embedded image per point in an SVG (measured: 3–5 s for a decision boundary's 400
    points, with the window frozen), paths take milliseconds and stay sharp."""
    import pyqtgraph as pg
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    rect = item.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(rect.size().toSize())
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(path.stem)
    scatters = [s for s in item.scene().items() if isinstance(s, pg.ScatterPlotItem) and s.opts["useCache"]]
    for scatter in scatters:
        scatter.opts["useCache"] = False
    painter = QPainter(generator)
    try:
        item.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
        for scatter in scatters:
            scatter.opts["useCache"] = True
    if not path.is_file():
        raise OSError(f"{path}: the SVG could not be written")


def _gif_bytes(frames: list[QImage]) -> bytes:
    from PIL import Image

    pictures = []
    for frame in frames:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        frame.save(buffer, "PNG")
        pictures.append(Image.open(io.BytesIO(bytes(buffer.data())), formats=["PNG"]).convert("RGB"))
    out = io.BytesIO()
    pictures[0].save(out, "GIF", save_all=True, append_images=pictures[1:], duration=GIF_FRAME_MS, loop=0,
                     optimize=False)
    return out.getvalue()


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"<[^>]+>", "", text).lower()).strip("-")[:40]
