"""The Training tab: loss and accuracy curves (train and test, the gap shaded), the weight histogram, weight size
and sparsity, and the decision boundary for 2-D data — for one net, or two compared (the second dashed). A
regression shows its fitted curve where the boundary was, its losses are MSE and R² takes accuracy's place.
A race of three or four on 2-D data: loss, accuracy and the histogram in a row, the maps under them, one key."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QWidget

import pyqtgraph as pg

from .. import colours, theme
from ...core.translatable import QT_TRANSLATE_NOOP
from ..texts import Retranslating, say
from ..widgets import LineStyleKey
from ..plots.boundary import BoundaryPanel
from ..plots.curves import CurvePlot, SeriesSpec, style_key
from ..plots.net_names import short_name
from ..plots.fit import FitPanel
from ..plots.histogram import HistogramPlot
from ..plots.twin import NormSparsityPlot
from ...core.run.race import STYLES


SPLITS = {"train": QT_TRANSLATE_NOOP("TrainingPanel", "train"), "test": QT_TRANSLATE_NOOP("TrainingPanel", "test")}
CROSS_ENTROPY = QT_TRANSLATE_NOOP("TrainingPanel", "cross-entropy")
ACCURACY = QT_TRANSLATE_NOOP("TrainingPanel", "Accuracy")
SHARE_CORRECT = QT_TRANSLATE_NOOP("TrainingPanel", "share correct")
BEST = QT_TRANSLATE_NOOP("TrainingPanel", "best")


class TrainingPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Until a run has two evaluations its curves are empty axes (a question waits before its step trains).
        hint = QT_TRANSLATE_NOOP("TrainingPanel", "Space trains: the curves draw as the net learns")
        self.loss_plot = CurvePlot(QT_TRANSLATE_NOOP("TrainingPanel", "Loss"), CROSS_ENTROPY, hint=hint)
        self.accuracy_plot = CurvePlot(ACCURACY, SHARE_CORRECT, hint=hint)
        self.histogram = HistogramPlot()
        self.norms = NormSparsityPlot()
        self.boundary = BoundaryPanel()
        self.fit = FitPanel()  # a regression's view in the boundary's place
        self.regression = False
        # A race's key: which line style is which variant, once for every plot (its legends name the splits).
        self.race_key = LineStyleKey()
        self.race_key.setVisible(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(self.race_key, 0, 0, 1, 3)
        self._grid = grid
        self.names: tuple[str, ...] = ()
        self.is_image = False
        self.chosen: tuple[str, ...] | None = None  # a lesson step's plots (show_plots); None: all five
        self._arrange()
        self.best_line: pg.InfiniteLine | None = None  # the lowest validation loss so far (early stopping)
        # Number keys 1–6: the class a click on the boundary adds (a field being typed in keeps its digits).
        self.class_keys = [QShortcut(QKeySequence(str(k)), self, context=Qt.ShortcutContext.WindowShortcut,
                                     activated=lambda k=k: self.boundary.choose_class(k - 1)) for k in range(1, 7)]
        for key in self.class_keys:
            key.setEnabled(False)  # until a run with more than two classes

    def bind(self, state) -> None:
        """Listen to the app state (ui.state): replies, edited points, an opened session's curves; clicks on the
        boundary edit the training set through it."""
        state.engine.answer.connect(self.on_answer)
        self.boundary.points_edited.connect(state.set_training_points)
        self.fit.points_edited.connect(state.set_training_points)
        state.points_changed.connect(self._points_changed)
        state.history_restored.connect(self.show_history)
        state.run_requested.connect(self.clear_views)
        state.live_changed.connect(self.mark_change)

    def _points_changed(self, points, labels) -> None:
        (self.fit if self.regression else self.boundary).set_true_set(points, labels)

    @property
    def plots(self) -> list:
        return [self.loss_plot, self.accuracy_plot, self.histogram, self.norms, self.map_view]

    @property
    def map_view(self):
        """The view over the data: the decision boundary, or a regression's fitted curve."""
        return self.fit if self.regression else self.boundary

    def named_plots(self) -> dict:
        """What a lesson step's ``plots`` key names (core.content.lessons.PLOTS['training']); "boundary" and
        "fit" name the data's view, whichever the task has."""
        return {"loss": self.loss_plot, "accuracy": self.accuracy_plot, "histogram": self.histogram,
                "norm": self.norms, "boundary": self.boundary, "fit": self.fit}

    def show_plots(self, names: tuple[str, ...] | None) -> None:
        """Only these plots, side by side (two rows when there are more than three), so they get the room; None:
        the usual five."""
        self.chosen = None if names is None else tuple(names)
        self._arrange()

    def _arrange(self) -> None:
        grid, plots = self._grid, self.named_plots()
        for widget in plots.values():
            grid.removeWidget(widget)
        view = "fit" if self.regression else "boundary"
        plots["boundary" if self.regression else "fit"].setVisible(False)
        del plots["boundary" if self.regression else "fit"]
        plots["map"] = plots.pop(view)
        for i in range(4):
            grid.setRowStretch(i, 0)
            grid.setColumnStretch(i, 0)
        row_of_maps = len(self.names) > 2 and not self.regression  # a regression's nets share one plot
        if self.chosen is None and row_of_maps and not self.is_image:
            # A race on 2-D data: its curves and weights in one row, its maps in a row of small multiples under
            # them. Five plots and four maps in three rows left each ~65 px of data at 1280×720 (issue 21); the
            # weight sizes give way, the histogram keeps L1's zeros and L2's narrower spread in sight.
            for col, name in enumerate(("loss", "accuracy", "histogram")):
                grid.addWidget(plots[name], 1, col)
                grid.setColumnStretch(col, 1)
            grid.addWidget(plots["map"], 2, 0, 1, 3)
            grid.setRowStretch(1, 1)
            grid.setRowStretch(2, 1)
            shown = {"loss", "accuracy", "histogram", "map"}
        elif self.chosen is None:
            for name, place in (("loss", (1, 0)), ("accuracy", (2, 0)), ("histogram", (1, 1)), ("norm", (2, 1))):
                grid.addWidget(plots[name], *place)
            # Two maps stack in the right-hand column.
            grid.addWidget(plots["map"], 1, 2, 2, 1)
            for col in range(3):  # images: the curves take the room
                grid.setColumnStretch(col, 0 if col == 2 and self.is_image else 1)
            for row in (1, 2):
                grid.setRowStretch(row, 1)
            shown = set(plots)
        else:
            named = dict.fromkeys("map" if name in ("boundary", "fit") else name for name in self.chosen)
            shown = [name for name in named if name != "map" or not self.is_image]
            columns = len(shown) if len(shown) <= 3 else (len(shown) + 1) // 2
            for i, name in enumerate(shown):
                grid.addWidget(plots[name], 1 + i // columns, i % columns)
                grid.setColumnStretch(i % columns, 1)
                grid.setRowStretch(1 + i // columns, 1)
        for name, widget in plots.items():
            widget.setVisible(name in shown and not (name == "map" and self.is_image))

    def key_widgets(self) -> list:
        """What carries this tab's point: each must be fully visible at a projector's size (the layout test)."""
        return [widget for widget in (self.race_key, *self.plots) if widget.isVisibleTo(self)]

    def set_run(self, info) -> None:
        self.names = tuple(info.names)
        many = len(self.names) > 1
        race = len(self.names) > 2
        # Each net a line style (solid, dashed, dotted, dash-dot: a baseline or a race's variants), the split a
        # colour; the legend names the splits once and each style once (short entries: they must fit a projector).
        # A race's key above the plots names both, so its plots keep their legends' rows for data (issue 21).
        curves = [SeriesSpec(f"{split}:{name}", SPLITS[split] if i == 0 and not race else "", colour, style=style)
                  for i, (name, style) in enumerate(zip(self.names, STYLES))
                  for split, colour in (("train", colours.TRAIN), ("test", colours.TEST))]
        # The penalty of the first net (a race has none that stands for all of its variants).
        # Secondary: a large early penalty must not set the loss axis (curves.robust_values).
        # Dash-dot and drawn under the others: at 0 (L2 off) it lay on the train line and hid it.
        penalty = [SeriesSpec(f"penalty:{self.names[0]}", QT_TRANSLATE_NOOP("TrainingPanel", "penalty"),
                              colours.PENALTY, width=1.5, secondary=True, style="dashdot")] \
            if len(self.names) <= 2 else []
        # A validation split (early stopping watches it): its loss dotted, and where it was lowest so far.
        validation = ([SeriesSpec(f"val:{self.names[0]}", QT_TRANSLATE_NOOP("TrainingPanel", "validation"),
                                  colours.VALIDATION, style="dotted")]
                      if info.config.data.validation_fraction else [])
        # The shaded gap band belongs to the first (regularized or only) run.
        # The same series as the last run's (a reset, a new setting) are only emptied, legends and all.
        rebuilt = []
        for plot, series, band in ((self.loss_plot, curves + penalty + validation,
                                    (f"train:{self.names[0]}", f"test:{self.names[0]}")),
                                   (self.accuracy_plot, curves, None)):
            if plot.set_series(series, band=band):
                rebuilt.append(plot)
        if self.best_line is None:
            self.best_line = pg.InfiniteLine(angle=90, movable=False, pen=theme.pen(colours.VALIDATION, 1.5),
                                             label=say(BEST), labelOpts={"position": 0.9,
                                                                         "color": colours.VALIDATION})
            self.loss_plot.addItem(self.best_line)
        self.best_line.setVisible(False)
        if len(self.names) == 2:  # the second net's style named in the legend; a race's are named in the key
            for plot in rebuilt:
                style_key(plot.legend, self.names[1], STYLES[1])
                plot.fit_legend()
        self._key_entries()
        self.race_key.setVisible(race)
        self.histogram.set_names(list(self.names) if many else ["weights"],
                                 labels=[short_name(n) for n in self.names] if many else
                                 [QT_TRANSLATE_NOOP("TrainingPanel", "weights")], legend=not race)
        self.norms.set_variants(list(self.names))
        self.is_image = info.is_image
        self.regression = getattr(info, "task", "classification") == "regression"
        self.loss_plot.texts.put(self.loss_plot.setLabel, "MSE" if self.regression else CROSS_ENTROPY, "left")
        # R² in accuracy's place: 1 a perfect fit, 0 no better than the mean (regression has no "correct")
        self.accuracy_plot.texts.put(self.accuracy_plot.setTitle, QT_TRANSLATE_NOOP(
            "TrainingPanel", "R² (accuracy's place)") if self.regression else ACCURACY)
        self.accuracy_plot.texts.put(self.accuracy_plot.setLabel,
                                     "R² = 1 − SSE/SST" if self.regression else SHARE_CORRECT, "left")
        self._arrange()
        if self.regression:
            self.fit.set_run(list(self.names), info.boundary_extent, info.train_points, info.train_labels,
                             info.test_points, info.test_labels)
        elif not info.is_image:
            trained = info.trained_labels if info.trained_labels is not None else info.train_labels
            self.boundary.set_run(list(self.names), info.boundary_extent, info.train_points, trained,
                                  info.test_points, info.test_labels, tuple(info.classes))
        # The class keys only where there are classes to choose (K > 2): the keys 1–4 are also a prediction
        # step's answers, and two shortcuts on one key fire neither.
        for key in self.class_keys:
            key.setEnabled(self.boundary.many and not info.is_image)

    def mark_change(self, step: int, key: str, value) -> None:
        """A live setting changed at ``step``: marked on the loss plot, named as its control names it."""
        from ...core.config import FIELDS

        label = FIELDS[key].label if key in FIELDS else key
        shown = QT_TRANSLATE_NOOP("TrainingPanel", "on") if value is True else \
            QT_TRANSLATE_NOOP("TrainingPanel", "off") if value is False else f"{value:g}" \
            if isinstance(value, (int, float)) else str(value)
        # A setting and its new value, as the control names it ("L2 λ → 0.01"); both translated (ui.translated)
        self.loss_plot.mark(step, key, QT_TRANSLATE_NOOP("TrainingPanel", "{setting} → {value}").format(
            setting=label, value=shown))

    def _key_entries(self) -> None:
        """The race key: the splits' colours, then each variant's line style (the names are the teacher's)."""
        self.race_key.set_entries(list(zip(STYLES, self.names)),
                                  splits=[(colours.TRAIN, say(SPLITS["train"])), (colours.TEST, say(SPLITS["test"]))])

    def retranslated(self) -> None:
        """The best-loss line's label (pyqtgraph's, set once) and the race key's splits; the plots retranslate
        themselves."""
        if self.best_line is not None:
            self.best_line.label.setFormat(say(BEST))
        self._key_entries()

    def clear_views(self) -> None:
        """A new run was asked for: nothing of the old one stays drawn while the new one starts."""
        for plot in (self.loss_plot, self.accuracy_plot, self.norms):
            plot.clear_curves()
        self.histogram.clear_data()
        self.boundary.clear_maps()
        if self.best_line is not None:
            self.best_line.setVisible(False)

    def on_answer(self, reply) -> None:
        from ...core.records import TrainingSet  # numpy only

        if isinstance(reply, TrainingSet) and self.regression:  # edited points
            self.fit.set_training_set(reply.labels, reply.points)
        elif isinstance(reply, TrainingSet) and self.boundary.views:  # label noise or edited points (2-D data)
            self.boundary.set_training_set(reply.labels, reply.points)

    def show_history(self, history: dict[str, list[dict[str, float]]]) -> None:
        """An opened session's curves, before its nets train on."""
        for name, rows in history.items():
            for row in rows:
                for split in ("train", "test"):
                    if f"{split}:{name}" in self.loss_plot.buffers:
                        self.loss_plot.append(f"{split}:{name}", row["step"], row[f"{split}_loss"])
                        self.accuracy_plot.append(f"{split}:{name}", row["step"], row[f"{split}_accuracy"])

    def on_record(self, record) -> None:
        many = len(self.names) > 1
        step = record.step
        for m in record.models:
            self.loss_plot.append(f"train:{m.name}", step, m.train_loss)
            self.loss_plot.append(f"test:{m.name}", step, m.test_loss)
            if f"penalty:{m.name}" in self.loss_plot.buffers:
                self.loss_plot.append(f"penalty:{m.name}", step, m.l1_penalty + m.l2_penalty)
            if f"val:{m.name}" in self.loss_plot.buffers and m.val_loss is not None:
                self.loss_plot.append(f"val:{m.name}", step, m.val_loss)
                if m.best_step is not None:
                    self.best_line.setValue(m.best_step)
                    self.best_line.setVisible(True)
            self.accuracy_plot.append(f"train:{m.name}", step, m.train_accuracy)
            self.accuracy_plot.append(f"test:{m.name}", step, m.test_accuracy)
            self.histogram.set_data(m.name if many else "weights", m.weight_edges, m.weight_hist)
            self.norms.append_variant(m.name, step, m.weight_l2, m.sparsity)
            if m.boundary is not None:
                self.boundary.set_grid(m.name, m.boundary)
            if m.curve is not None:
                self.fit.set_curve(m.name, m.curve)

    def set_log_y(self, on: bool) -> None:
        self.loss_plot.set_log_y(on)

    def set_show_test(self, on: bool) -> None:
        self.boundary.set_show_test(on)
        self.fit.set_show_test(on)
