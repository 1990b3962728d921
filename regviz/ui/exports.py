"""What the exports hold, made in memory: plots as PNG, SVG and CSV, the window as PNG, a run as an animated GIF.

Painting happens here on the GUI thread (Qt paints widgets and scenes only there); what is returned is bytes, or
a function the writer's worker thread calls to encode them (ui.saving), so no Qt writer ever touches the disk.
"""
from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QImage

GIF_FRAME_MS = 200  # 5 frames a second: smooth enough for a slide, small enough to mail
CSV_PRECISION = 10  # digits, as pyqtgraph's CSVExporter writes them


def plot_files(tab, folder: Path) -> list[tuple[Path, bytes | Callable]]:
    """Every plot on ``tab`` as ``NN-title.png``, ``.svg`` and (a plot with curves) ``.csv`` in ``folder``."""
    import pyqtgraph as pg
    from pyqtgraph.exporters import ImageExporter

    files = []
    for number, item in enumerate(plot_items(tab), 1):
        title = item.titleLabel.text if isinstance(item, pg.PlotItem) else ""
        stem = folder / f"{number:02d}-{slug(title) or 'plot'}"
        files.append((stem.with_suffix(".png"), functools.partial(png_bytes, ImageExporter(item).export(toBytes=True))))
        files.append((stem.with_suffix(".svg"), svg_bytes(item, stem.name)))
        if isinstance(item, pg.PlotItem) and item.listDataItems():
            files.append((stem.with_suffix(".csv"), functools.partial(csv_text, *plot_columns(item))))
    return files


def plot_items(tab) -> list:
    """The pyqtgraph plots on ``tab`` (what an export writes), or the drawing itself where it has none."""
    import pyqtgraph as pg

    items = []
    for view in tab.findChildren(pg.GraphicsView):
        if view.isVisible():
            plots = [item for item in view.scene().items() if isinstance(item, pg.PlotItem)]
            # A drawing without axes (the Network tab's graph and filters) is exported whole.
            items += plots or ([view.ci] if isinstance(view, pg.GraphicsLayoutWidget) else [])
    return items


def png_bytes(image: QImage | None) -> bytes:
    """``image`` as PNG (on the worker: encoding a large plot takes tens of ms); b"" for no image."""
    if image is None or image.isNull():
        return b""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        return b""
    return bytes(buffer.data())


def svg_bytes(item, title: str) -> bytes:
    """The plot as vector graphics, drawn by Qt's QSvgGenerator: pyqtgraph 0.14's SVGExporter fails on the
    closed paths ("… Z") that Qt 6 writes (pyqtgraph issue #3495). Scatter points are drawn as paths for it:
    pyqtgraph's cached pixmap fragments become one embedded image per point in an SVG (measured: 3–5 s for a
    decision boundary's 400 points, with the window frozen), paths take milliseconds and stay sharp."""
    import pyqtgraph as pg
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    rect = item.sceneBoundingRect()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(rect.size().toSize())
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
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
    return bytes(buffer.data())


def plot_columns(item) -> tuple[list[str], list[np.ndarray]]:
    """A plot's curves as (header, columns): x and y of each, copied here so the worker reads no live item."""
    header, columns = [], []
    for index, curve in enumerate(item.listDataItems()):
        x, y = curve.getOriginalDataset() if hasattr(curve, "getOriginalDataset") else curve.getData()
        if x is None:
            continue
        name = curve.name()
        header += [f"{name}_x", f"{name}_y"] if name else [f"x{index:04}", f"y{index:04}"]
        columns += [np.array(x, copy=True), np.array(y, copy=True)]
    return header, columns


def csv_text(header: list[str], columns: list[np.ndarray]) -> str:
    """pyqtgraph's CSVExporter layout ((x, y) per curve, shorter columns padded with blanks)."""
    import itertools

    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(header)
    for row in itertools.zip_longest(*columns, fillvalue=""):
        writer.writerow([v if isinstance(v, str) else np.format_float_positional(v, precision=CSV_PRECISION)
                         for v in row])
    return out.getvalue()


def predictions_csv(predictions) -> str:
    """The class's predictions (core.content.predict.ClassPrediction) as a teacher's record, one row each: lesson,
    step, question, class answer, counts, revealed answer, deciding numbers. A cell a spreadsheet would read as
    a formula (a lesson's text starting with =, +, - or @) is written with a leading apostrophe."""
    from ..core.content.predict import CSV_COLUMNS

    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for prediction in predictions:
        writer.writerow({k: "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
                         for k, v in prediction.csv_row().items()})
    return out.getvalue()


def gif_bytes(frames: list[QImage]) -> bytes:
    """The frames as a looping GIF (on the worker: hundreds of frames take seconds to encode)."""
    from PIL import Image

    pictures = []
    for frame in frames:
        with Image.open(io.BytesIO(png_bytes(frame)), formats=["PNG"]) as picture:
            pictures.append(picture.convert("RGB"))
    out = io.BytesIO()
    pictures[0].save(out, "GIF", save_all=True, append_images=pictures[1:], duration=GIF_FRAME_MS, loop=0,
                     optimize=False)
    return out.getvalue()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"<[^>]+>", "", text).lower()).strip("-")[:40]
