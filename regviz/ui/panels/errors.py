"""What the net gets wrong (images, and 2-D data's K classes): the confusion matrix of the test examples, each digit's accuracy, and a
strip of misclassified test digits with the net's guess, live; a matrix per net when compared, and every net's
accuracy per digit side by side in one chart.

A class sees which digits overfitting costs and which augmentation wins back. The matrix colours only the
mistakes (each cell: share of that true digit read as the column's digit), so the few confusions that matter stand
out instead of a bright diagonal; every cell with a count says it. Everything drawn is a core.records.ErrorView.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import appearance, theme
from ..plots.accuracy_bars import AccuracyBars
from ..plots.curves import cache_axes
from ..plots.net_names import net_words
from ..plots.budget import RedrawBudget
from ..texts import Retranslating, say
from .errors_layout import arrangement, race_grid, share
from ...core.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # translate("ErrorsPanel", "…"): lupdate reads the literal context
EXPLANATION = QT_TRANSLATE_NOOP(
    "ErrorsPanel", "Rows: the true digit; columns: the net's guess, on the test digits. Coloured cells are "
                   "mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are "
                   "counts. The bars: "
                   "each digit's accuracy, a bar per net; the pictures: the first test digits the net gets wrong, "
                   "with its guess.")
RACE_EXPLANATION = QT_TRANSLATE_NOOP(  # a race shows no pictures (errors_layout)
    "ErrorsPanel", "Rows: the true digit; columns: the net's guess, on the test digits. Coloured cells are "
                   "mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are "
                   "counts. The bars: "
                   "each digit's accuracy, a bar per net in the key's order.")
POINTS_EXPLANATION = QT_TRANSLATE_NOOP(
    "ErrorsPanel", "Rows: the true class; columns: the net's guess, on the test points. Coloured cells are "
                   "mistakes (the stronger the orange, the larger the share of that class read wrong); the numbers are "
                   "counts. The bars: "
                   "each class's accuracy, a bar per net (the decision boundary shows where the mistakes are).")
STRIP_COLUMNS = 6
MOST_OBLONG = 1.5  # a matrix cell's longer side over its shorter
DIGIT_WIDTH = 0.64  # a digit's advance in ems (DejaVu Sans: 0.636)
MISTAKE_FLOOR = 0.3  # where on the ramp one mistake starts: at 0 a single mistake was 1.1-1.2:1 on its empty cell


def _pixels_per_unit(box: pg.ViewBox) -> float:
    """Screen pixels per data unit (the smaller of x and y); 0 before the box is laid out."""
    if box.scene() is None:
        return 0.0  # a box drawn nowhere (2-D data's empty strip)
    size = box.viewPixelSize()
    return 1.0 / max(size) if all(np.isfinite(size)) and min(size) > 0 else 0.0


def _resize(font: QFont, pixels: int, texts) -> None:
    """``font`` at ``pixels`` for every one of ``texts``; nothing to do when it is that size already (the view's
    transform changes far more often than the size it gives)."""
    if font.pixelSize() != pixels:
        font.setPixelSize(pixels)
        for text in texts:
            text.setFont(font)


class _Column:
    """One net's matrix and strip."""

    def __init__(self, layout: pg.GraphicsLayout, col: int, name: str, classes: tuple[str, ...], matrix_at: tuple,
                 strip_at: tuple | None, compact: bool = False):
        """``compact``: a race's three or four matrices, titled by the net alone, the rows labelled once.
        ``matrix_at``, ``strip_at``: their cells in the view's grid (``arrangement``); no strip: drawn nowhere."""
        n = len(classes)
        self.classes = classes
        self.name, self.compact, self.col = name, compact, col
        row, column, rows, columns = matrix_at
        self.matrix = layout.addPlot(row=row, col=column, rowspan=rows, colspan=columns)
        ticks = [[(i, c) for i, c in enumerate(classes)]]
        for side in ("left", "bottom"):
            self.matrix.getAxis(side).setTicks(ticks)
            self.matrix.getAxis(side).setStyle(tickLength=4)  # outward: inward, a tick ran into its row's first count
        self.matrix.invertY(True)
        self.matrix.hideButtons()
        self.matrix.setMouseEnabled(False, False)
        cache_axes(self.matrix)
        self.image = pg.ImageItem(axisOrder="row-major")
        self._ramp_from = ""  # the background the colour ramp starts at (set by the first draw, again per theme)
        self.matrix.addItem(self.image)
        self.image.setRect(QRectF(-0.5, -0.5, n, n))
        edges = np.arange(n + 1) - 0.5  # the cells' borders: a cell without mistakes is the background's colour
        ends = np.tile([-0.5, n - 0.5], n + 1)
        self.matrix.addItem(pg.PlotDataItem(np.concatenate([np.repeat(edges, 2), ends]),
                                            np.concatenate([ends, np.repeat(edges, 2)]), connect="pairs",
                                            pen=pg.mkPen("#808080", width=1)))  # 3.9:1 on white, 4.2:1 on #1c1c1c
        self.matrix.setRange(xRange=(-0.5, n - 0.5), yRange=(-0.5, n - 0.5), padding=0)
        self.matrix.getViewBox().sigResized.connect(self._shape_cells)
        font = QFont()
        font.setPointSizeF(min(9 * appearance.line_scale(), 9 * appearance.PLOT_TEXT_SCALE))
        self.most = QFontInfo(font).pixelSize()  # the labels' size where there is room; smaller where there is not
        # A count's label is made the first time its cell has one: most of the n² cells never do, and a hundred
        # labels per net made a new run's columns cost a quarter of a second (a race of four: a blocked window).
        self.cells: dict[int, pg.TextItem] = {}
        self.strip = layout.addViewBox(row=strip_at[0], col=strip_at[1], lockAspect=True, enableMouse=False,
                                       invertY=True) if strip_at else \
            pg.ViewBox(lockAspect=True, enableMouse=False, invertY=True)  # drawn nowhere: no pictures, or a race
        self.strip.setMenuEnabled(False)
        self.pictures: list[pg.ImageItem] = []
        self.captions: list[pg.TextItem] = []
        self.font, self.caption_font = QFont(font), QFont(font)
        self._caption_width = QFontMetricsF(font).horizontalAdvance("9 → 9") / self.most  # per pixel of size
        self.matrix.getViewBox().sigTransformChanged.connect(self._fit_text)  # resized, or a new range
        self.strip.sigTransformChanged.connect(self._fit_text)
        self.name_parts()

    def name_parts(self) -> None:
        """Titles and axis names in the reader's language (again on each language change)."""
        name, compact = say(net_words(self.name)), self.compact
        title = name if compact else translate("ErrorsPanel", "{net}: true × guess").format(net=name) if name \
            else translate("ErrorsPanel", "true × guess")
        self.matrix.setTitle(title)
        if not (compact and self.col):
            self.matrix.setLabel("left", translate("ErrorsPanel", "true"))
        else:
            self.matrix.getAxis("left").showLabel(False)
        self.matrix.setLabel("bottom", translate("ErrorsPanel", "guess"))

    def _shape_cells(self, *_) -> None:
        """The matrix fills its box, its cells up to 3:2 either way, so the axes hug it; past that the longer side
        gets an even margin. Square cells (an aspect lock) left a race's four matrices in a 1280×720 projector's
        tall boxes 170 px of cells between 350 px axes."""
        box = self.matrix.getViewBox()
        width, height = box.width(), box.height()
        if width <= 1 or height <= 1:
            return
        n, centre = len(self.classes), (len(self.classes) - 1) / 2
        across = n * max(1.0, width / height / MOST_OBLONG)  # the spans that keep a cell within 3:2
        down = n * max(1.0, height / width / MOST_OBLONG)
        self.matrix.setRange(xRange=(centre - across / 2, centre + across / 2),
                             yRange=(centre - down / 2, centre + down / 2), padding=0)

    def _fit_text(self, *_) -> None:
        """Counts and captions as large as their cells allow (at most ``most`` pixels): the widest count within its
        cell's width and 0.6 of its height (0.42 of the cell's shorter side left them 5-8 px on a projector), a
        caption ("9 → 4") within its digit's width and the gap under it."""
        box = self.matrix.getViewBox()
        strip = _pixels_per_unit(self.strip)
        if _pixels_per_unit(box):
            across, down = (1.0 / v for v in box.viewPixelSize())  # a cell's pixels
            digits = max((len(c.toPlainText()) for c in self.cells.values()), default=2) or 2
            size = min(self.most, int(0.6 * down), int(0.7 * across / (DIGIT_WIDTH * digits)))
            _resize(self.font, max(6, size), self.cells.values())
        if strip:
            size = min(self.most, int(1.1 * strip / self._caption_width), int(0.3 * strip))
            _resize(self.caption_font, max(6, size), self.captions)

    def draw(self, view, shares: np.ndarray, top: float) -> None:
        """``shares``: the view's ``_mistake_shares``; ``top``: the largest over every net shown, so one orange
        means one share in each."""
        n = len(self.classes)
        if self._ramp_from != appearance.background():  # the ramp starts at the plot's own background
            self._ramp_from = appearance.background()
            self.image.setLookupTable(self._ramp().getLookupTable(0.0, 1.0, 256))
        shown = np.where(shares > 0, MISTAKE_FLOOR + (1 - MISTAKE_FLOOR) * np.minimum(shares / top, 1.0), 0.0)
        self.image.setImage(shown, levels=(0.0, 1.0), autoLevels=False)
        self.image.setRect(QRectF(-0.5, -0.5, n, n))  # after setImage: the rect scales the image's pixels
        ramp = self._ramp()
        for k, count in enumerate(view.confusion.flatten()):
            if count and k not in self.cells:
                self.cells[k] = self._cell(*divmod(k, n))
            if k in self.cells:
                cell = self.cells[k]
                under = ramp.map(float(shown.flat[k]), mode=pg.ColorMap.QCOLOR)
                cell.fill = pg.mkBrush(under)  # the cell's own colour behind its count (and the theme leaves it)
                cell.setColor(_readable_on(under))
                cell.setText(str(int(count)) if count else "")
        self._fit_text()  # the widest count may have grown a digit
        if self.strip.scene() is not None:  # a race's strips are drawn nowhere: no pictures made for them
            self._draw_strip(view)

    def _ramp(self) -> pg.ColorMap:
        """No mistakes: the plot's background (no white box in the dark theme); the most: vermillion."""
        return pg.ColorMap([0.0, 1.0], [self._ramp_from or appearance.background(), theme.OKABE_ITO["vermillion"]])

    def _cell(self, row: int, col: int) -> pg.TextItem:
        text = pg.TextItem("", color=appearance.foreground(), anchor=(0.5, 0.5))
        text.textItem.document().setDocumentMargin(1)  # its fill no wider than the count (4 px covered grid lines)
        text.setFont(self.font)
        text.setPos(col, row)
        self.matrix.addItem(text)
        return text

    def texts(self) -> list[str]:
        """Every cell's label, row by row ("" where none is shown)."""
        return [self.cells[k].toPlainText() if k in self.cells else "" for k in range(len(self.classes) ** 2)]

    def clear(self) -> None:
        """A new run of the same nets: nothing drawn until its first record."""
        self.image.clear()
        for cell in self.cells.values():
            cell.setText("")
        for item in self.pictures + self.captions:
            item.setVisible(False)

    def _draw_strip(self, view) -> None:
        while len(self.pictures) < len(view.images):
            k = len(self.pictures)
            row, col = divmod(k, STRIP_COLUMNS)
            picture = pg.ImageItem(axisOrder="row-major")
            picture.rect = QRectF(col * 1.15, row * 1.45, 1.0, 1.0)
            caption = pg.TextItem("", color=appearance.foreground(), anchor=(0.5, 0.0))
            caption.setFont(self.caption_font)
            caption.setPos(col * 1.15 + 0.5, row * 1.45 + 1.0)
            self.strip.addItem(picture)
            self.strip.addItem(caption)
            self.pictures.append(picture)
            self.captions.append(caption)
            rows = -(-max(len(view.images), 1) // STRIP_COLUMNS)
            self.strip.setRange(QRectF(0, 0, STRIP_COLUMNS * 1.15, rows * 1.45), padding=0.02)
        for k, (picture, caption) in enumerate(zip(self.pictures, self.captions)):
            shown = k < len(view.images)
            picture.setVisible(shown)
            caption.setVisible(shown)
            if shown:
                picture.setImage(1.0 - view.images[k], levels=(0.0, 1.0), autoLevels=False)  # ink dark on white
                picture.setRect(picture.rect)
                caption.setText(f"{self.classes[view.true[k]]} → {self.classes[view.guess[k]]}")


def _mistake_shares(view) -> np.ndarray:
    """Each cell's share of its true class, the diagonal (right answers) zero: what the matrix colours."""
    counts = view.confusion.astype(float)
    shares = counts / np.maximum(counts.sum(1, keepdims=True), 1)
    np.fill_diagonal(shares, 0.0)
    return shares


def _chrome(plot: pg.PlotItem) -> tuple[float, float] | None:
    """The pixels a plot's title and axes take around its data (across, down); None before it is laid out."""
    whole, data = plot.sceneBoundingRect(), plot.getViewBox().sceneBoundingRect()
    return (whole.width() - data.width(), whole.height() - data.height()) if data.height() > 1 else None


def _readable_on(colour: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``colour`` (WCAG 2: one of them always reaches 4.5:1)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    return QColor("#000000") if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else QColor("#ffffff")


class ErrorsPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.texts.put(self.caption.setText, EXPLANATION)
        self.caption.setObjectName("explanation")
        self.caption.setWordWrap(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.view = pg.GraphicsLayoutWidget()
        layout.addWidget(self.caption)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.columns: dict[str, _Column] = {}
        self.bars: AccuracyBars | None = None
        self._race_place: tuple | None = None  # how a race's matrices and chart are arranged (race_grid)
        self.view.installEventFilter(self)
        self.shown: dict[str, object] = {}
        self._latest: dict[str, object] = {}
        self._top = 0.0  # the share of mistakes the strongest orange stands for, over every net shown
        self._layout = None  # the names, classes, text scale and data kind the columns were built for
        self._unit = "digits"
        self._budget = RedrawBudget()

    @property
    def plots(self) -> list:
        return [self]

    def key_widgets(self) -> list:
        return [self.view, self.summary]

    def set_run(self, info) -> None:
        self.shown, self._latest, self._top = {}, {}, 0.0
        layout = (tuple(info.names), tuple(info.classes), appearance.line_scale(), info.is_image)
        self._unit = "digits" if info.is_image else "points"
        self.texts.put(self.caption.setText, POINTS_EXPLANATION if not info.is_image else
                       RACE_EXPLANATION if len(info.names) > 2 else EXPLANATION)
        if layout == self._layout:  # a reset or a new setting: the same columns, emptied
            for column in self.columns.values():
                column.clear()
            if self.bars is not None:
                self.bars.clear()
            self.texts.put(self.summary.setText, self._hint)
            return
        self._layout = layout
        self.view.clear()
        self.columns, self.bars = {}, None
        regression = getattr(info, "task", "classification") == "regression"
        self.view.setVisible(not regression)  # no empty matrix box for a curve
        if regression:
            self.texts.put(self.summary.setText, QT_TRANSLATE_NOOP(
                "ErrorsPanel", "The Errors tab applies to classification (a confusion matrix of classes). A "
                               "regression has no classes to confuse: its fitted curve on the Training tab shows "
                               "how far each point is from it."))
            return
        # 2-D data too (issue 24: K classes): the matrix and the bars; the decision boundary shows the points
        names, many = list(info.names), len(info.names) > 1
        place = arrangement(len(names), info.is_image)
        for col, (name, matrix_at, strip_at) in enumerate(zip(names, place["matrices"], place["strips"])):
            self.columns[name] = _Column(self.view.ci, col, name if many else "", tuple(info.classes), matrix_at,
                                         strip_at, compact=len(names) > 2)
        self.bars = AccuracyBars(self.view.ci, place["bars"], names, tuple(info.classes),
                                  "digit" if info.is_image else "class")
        share(self.view.ci.layout, place["rows"], place["cols"])  # the matrices are the point; the strips support
        self._race_place = None
        self._place()
        self.texts.put(self.summary.setText, self._hint)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        """The matrices of one width, a pair's in the two thirds beside its chart; a race's matrices and chart in the
        arrangement the view's shape gives the matrices most room (``race_grid``), the first matrix wider by its
        row labels. Again when the view is resized (the grid shared by stretch gave a pair's matrices 382 and 345
        px and a race's first one the least)."""
        nets = len(self.columns)
        if nets < 2 or self.bars is None:
            return
        grid = self.view.ci.layout
        left, top, right, bottom = grid.getContentsMargins()
        width, height, gap = self.view.width() - left - right, self.view.height() - top - bottom, grid.verticalSpacing()
        if nets == 2:
            for col in range(2):
                grid.setColumnFixedWidth(col, max(0, int((width - 2 * gap) / 3)))  # 0: a view not laid out yet
            return
        columns = list(self.columns.values())
        # Across from the first two (the first has the row labels), down from the last: it always shows its axis.
        first, second, last = (_chrome(c.matrix) for c in (columns[0], columns[1], columns[-1]))
        first = (first[0], last[1]) if first and last else None
        chart = _chrome(self.bars.plot)
        bars_chrome = chart[1] if chart else 95
        key = self.bars.legend.preferredWidth() + chart[0] if chart else 0
        axis = columns[-1].matrix.getAxis("bottom").height() or 40  # the last matrix stands in the bottom row
        place = race_grid(width, height, nets, first or (32, 72), bars_chrome, gap, key, axis)
        rows, across, beside, row_heights, each = place
        if place[:3] != self._race_place:  # moving the plots re-lays out the grid at each addItem
            self._race_place = place[:3]
            self._arrange_race(rows, across, beside)
        # the rows' heights alone follow the view's (the summary's hint and sentence differ by a line at each reset)
        share(grid, (1,) * (rows + (not beside)), across + beside, fixed=row_heights)
        labels = max(0.0, first[0] - second[0]) if first and second else 0.0  # the row labels' width
        for col in range(across):
            grid.setColumnFixedWidth(col, max(0, int(each - labels / across + (labels if col == 0 else 0))))

    def _arrange_race(self, rows: int, across: int, beside: bool) -> None:
        columns, layout = list(self.columns.values()), self.view.ci
        for part in [c.matrix for c in columns] + [self.bars.plot]:
            layout.removeItem(part)
        for k, column in enumerate(columns):
            layout.addItem(column.matrix, k // across, k % across)
            column.col = k % across  # the rows are labelled in the first column only
            column.name_parts()
            # the guess axis once under each column: an upper matrix with a matrix under it uses that one's
            column.matrix.showAxis("bottom", show=k + across >= len(columns) or len(columns) % across != 0)
        layout.addItem(self.bars.plot, *((0, across, rows, 1) if beside else (rows, 0, 1, across)))

    def retranslated(self) -> None:
        for column in self.columns.values():
            column.name_parts()
        if self.bars is not None:
            self.bars.name_parts()

    def _hint(self) -> str:
        """What the empty matrix waits for: a run's first evaluation."""
        if self._unit == "digits":
            return translate("ErrorsPanel", "Train (Space): each net's mistakes on the test digits appear here.")
        return translate("ErrorsPanel", "Train (Space): each net's mistakes on the test points appear here.")

    def on_record(self, record) -> None:
        for m in record.models:
            if m.errors is not None and m.name in self.columns:
                self._latest[m.name] = m.errors

    def refresh(self) -> None:
        """Within the redraw budget: a hundred cell labels per net; a theme switch redraws what is shown."""
        if not self._latest and any(c._ramp_from not in ("", appearance.background()) for c in self.columns.values()):
            self._latest = dict(self.shown)
        if not self._latest or not self._budget.due():
            return
        if self.bars is not None:
            self.bars.colour()
        # One scale for every net: each matrix scaled to its own worst cell gave two nets' 9 and 7 one orange.
        drawn = {**self.shown, **self._latest}
        shares = {name: _mistake_shares(v) for name, v in drawn.items()}  # once per net, for the top and its draw
        top = max([0.05] + [float(share.max()) for share in shares.values()])
        again = self.shown if top != self._top else {}  # a new top recolours the nets that sent nothing new
        self._top = top
        for name, view in {**again, **self._latest}.items():
            self.columns[name].draw(view, shares[name], top)
            self.bars.draw(name, view.per_class_accuracy)
            self.shown[name] = view
        self._latest = {}
        shown, many, digits = dict(self.shown), len(self.columns) > 1, self._unit == "digits"

        def summary() -> str:  # said again in the reader's language when it changes
            parts = []
            for name, v in shown.items():
                template = translate("ErrorsPanel", "{wrong} of {total} test digits wrong ({share:.0%})") if digits \
                    else translate("ErrorsPanel", "{wrong} of {total} test points wrong ({share:.0%})")
                part = template.format(wrong=v.wrong, total=v.total, share=v.wrong / max(1, v.total))
                parts.append(translate("ErrorsPanel", "{net}: {summary}").format(net=say(net_words(name)),
                                                                                 summary=part)
                             if many else part)
            return " · ".join(part.replace(" ", "\u00a0") for part in parts)  # a line breaks between nets only
        self.texts.put(self.summary.setText, summary)
