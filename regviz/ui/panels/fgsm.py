"""FGSM, shown: a test digit, the sign of its loss gradient, and the adversarial digit that looks the same to us
and not to the net — for a standard net and an adversarially trained twin, with accuracy against ε for both.

The nets train in the training process ('fgsm' run mode); every picture and curve here is an answer to a query
about them (core.live.answer), so moving ε never retrains anything.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from ...core.content.notes import FGSM_ATTACK
from ...core.run.messages import VARIANTS as core_variants
from ...core.run.messages import AskAttack, AskRobustness, RunMode
from .. import appearance, theme
from ..plots.curves import CurvePlot, SeriesSpec, cache_axes
from ..plots.net_names import net_words
from ..texts import Retranslating, say
from ..room import CodeView, TextRow
from ...core.translatable import QT_TRANSLATE_NOOP
from ..widgets import ValueSlider

VARIANTS = core_variants[RunMode.FGSM]
EPSILONS = tuple(round(0.025 * i, 3) for i in range(13))  # 0 … 0.3
STACK_BELOW = 800  # pixels: narrower than this, the accuracy curve goes under the pictures
TEXT_ABOVE_HEIGHT = 700  # pixels: shorter than this, the explanation and the code make room for the pictures
MIN_BARS_HEIGHT = 152  # pixels of data in each bar chart of the ten probabilities
ATTACKS = ("fgsm", "pgd")  # one step (the notes'), then ten projected steps (core.maths.adversarial)
EXPLANATION = QT_TRANSLATE_NOOP(
    "FgsmPanel", "FGSM moves every pixel by ε in the direction that raises the loss: x' = clamp(x + ε·sign(∇ₓ "
                 "loss), 0, 1). At ε = 0.2 the digit is still plainly itself to us, yet a standard net misreads "
                 "almost every one. Adversarial training mixes such images into every batch, and the twin trained "
                 "that way keeps most of its accuracy.")


HINT = QT_TRANSLATE_NOOP("FgsmPanel", "Train the nets first<br>(the button above)")
TRAIN = QT_TRANSLATE_NOOP("FgsmPanel", "Train standard and adversarial nets")
STOP = QT_TRANSLATE_NOOP("FgsmPanel", "Stop")
translate = QCoreApplication.translate  # translate("FgsmPanel", "…"): lupdate reads the literal context


class FgsmPanel(Retranslating, QWidget):
    start_requested = Signal()
    stop_requested = Signal()
    ask = Signal(object)  # a question for the training process (core.run.messages.AskAttack, AskRobustness)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.active = False
        self.index = 0
        self.target_steps = 1
        self._waiting = False  # one attack query in flight at a time; the latest wish is sent next
        self._wanted: tuple | None = None
        self._rng = np.random.default_rng()
        layout = QVBoxLayout(self)

        # The explanation and the notes' code, shown where the screen is tall enough (_fit).
        self.text_row = TextRow()
        top = QHBoxLayout(self.text_row)
        top.setContentsMargins(0, 0, 0, 0)
        self.explanation = text = QLabel()
        self.texts.put(text.setText, EXPLANATION)
        text.setWordWrap(True)
        self.code = code = CodeView(FGSM_ATTACK)
        top.addWidget(text, 2)
        top.addWidget(code, 3)
        layout.addWidget(self.text_row)

        controls = QHBoxLayout()
        self.train_button = QPushButton()
        self.stopping = False  # the button says Stop (the nets are training)
        self.texts.put(self.train_button.setText, TRAIN)
        self.train_button.clicked.connect(self._on_train_button)
        self.progress = QProgressBar()
        self.texts.put(self.progress.setFormat, QT_TRANSLATE_NOOP("FgsmPanel", "%p % trained"))
        self.model_choice = QComboBox()
        for variant in VARIANTS:  # the item's data is the net's name; its text the reader's words for it
            self.model_choice.addItem(say(net_words(variant)), variant)
        self.model_choice.currentIndexChanged.connect(self.request_view)
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.random_button = QPushButton()
        self.texts.put(self.random_button.setText, QT_TRANSLATE_NOOP("FgsmPanel", "Random"))
        for button in (self.previous_button, self.next_button):
            button.setMaximumWidth(40)
        self.previous_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))
        self.random_button.clicked.connect(lambda: self.show_index(int(self._rng.integers(0, 10_000))))
        self.epsilon = ValueSlider(0.0, 0.3, 0.2, steps=60)
        self.epsilon.valueChanged.connect(self.request_view)
        self.epsilon.setMinimumWidth(120)  # a slider a class can see move, even on a narrow projector
        # Two rows, so the panel fits a 1024-pixel screen beside the lesson: training, then what to look at.
        for widget in (self.train_button, self.progress):
            controls.addWidget(widget)
        picking = QHBoxLayout()
        net_label = QLabel()
        self.texts.put(net_label.setText, QT_TRANSLATE_NOOP("FgsmPanel", "Net:"))
        for widget in (net_label, self.model_choice, self.previous_button, self.next_button, self.random_button,
                       QLabel("ε"), self.epsilon):
            picking.addWidget(widget)
        picking.setStretchFactor(self.epsilon, 1)
        layout.addLayout(controls)
        layout.addLayout(picking)

        grid = QGridLayout()
        self.images = pg.GraphicsLayoutWidget()
        self.views = {}
        self._pictures = {}  # key -> its ViewBox
        for key in ("original", "perturbation", "adversarial"):
            view = pg.ViewBox(lockAspect=True, enableMouse=False, invertY=True)
            item = pg.ImageItem(axisOrder="row-major")
            view.addItem(item)
            title = pg.LabelItem("", size="11pt")
            self.views[key] = (item, title)
            self._pictures[key] = view
        self.bars = {}
        self.bar_plots = {}
        for key in ("clean", "adversarial"):
            plot = pg.PlotItem()
            plot.setYRange(0, 1)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
            plot.vb.setMinimumHeight(MIN_BARS_HEIGHT)  # ten probabilities a class can compare, not a strip
            cache_axes(plot)  # in a narrow column every other digit is labelled, never all ten run together
            bar = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=theme.TRAIN)
            plot.addItem(bar)
            self.bars[key] = bar
            self.bar_plots[key] = plot
        self.sign_key = pg.LabelItem("", size="9pt")
        self.texts.put(self.sign_key.setText, QT_TRANSLATE_NOOP("FgsmPanel", "sign(∇ₓ loss):<br>blue −ε, orange +ε"))
        self._bars_under: bool | None = None
        self._place_pictures(bars_under=False)  # the smaller minimum, until its size says otherwise
        # Until the nets are trained the picture area is blank: say what fills it.
        self.texts.put(self.views["perturbation"][1].setText, HINT)
        self.robustness = CurvePlot(QT_TRANSLATE_NOOP("FgsmPanel", "Test accuracy under attack"),
                                    QT_TRANSLATE_NOOP("FgsmPanel", "share correct"),
                                    hint=QT_TRANSLATE_NOOP("FgsmPanel", "Accuracy under attack, once both nets are trained"))
        self.robustness.texts.put(self.robustness.setLabel, "ε", "bottom")
        self.robustness.fixed_x = (0.0, 0.3)
        self.robustness.setMinimumHeight(210)  # its legend and a readable curve, even stacked under the pictures
        self.robustness.set_series([
            SeriesSpec("fgsm:standard", QT_TRANSLATE_NOOP("FgsmPanel", "standard, FGSM"), theme.TEST),
            # The net by colour, the attack by line: FGSM solid, PGD dotted, as lesson 7 says (a dashed FGSM and a
            # dash-dot PGD looked alike in the legend's short sample).
            SeriesSpec("fgsm:adversarial", QT_TRANSLATE_NOOP("FgsmPanel", "adv. trained, FGSM"), theme.TRAIN),
            SeriesSpec("pgd:standard", QT_TRANSLATE_NOOP("FgsmPanel", "standard, PGD"), theme.TEST, style="dotted"),
            SeriesSpec("pgd:adversarial", QT_TRANSLATE_NOOP("FgsmPanel", "adv. trained, PGD"), theme.TRAIN,
                       style="dotted")])
        self._grid = grid
        self._stacked: bool | None = None
        self.images.installEventFilter(self)  # its size decides where the bars go
        self._arrange(stacked=True)  # narrow until shown wide: a hidden tab must not widen the window
        layout.addLayout(grid, 1)
        self.status = QLabel()
        self.texts.put(self.status.setText, QT_TRANSLATE_NOOP(
            "FgsmPanel", "Press the button to train both nets (about half a minute); Stop pauses them."))
        self.status.setWordWrap(True)  # a long status must not widen the window past a projector's
        layout.addWidget(self.status)
        self.last_view = None
        self.curves: dict[str, object] = {}  # attack -> its latest core.records.RobustnessCurve
        self._perturbation_lut = pg.ColorMap([0.0, 0.5, 1.0], ["#0072B2", "#FFFFFF", "#E69F00"]).getLookupTable(
            0.0, 1.0, 256)

    def settled(self, step: int) -> bool:
        """Both attack curves and the picture of training step ``step`` arrived, no query in flight (true at
        once when the tab has nothing to attack): what a lesson's screenshot or a layout check waits for."""
        return not self.active or (all(a in self.curves and self.curves[a].step == step for a in ("fgsm", "pgd"))
                                   and self.last_view is not None and not self._waiting)

    @property
    def plots(self) -> list:
        return [self.robustness]

    def key_widgets(self) -> list:
        """The three digits with their predictions, the accuracy curve and the tab's own ε slider."""
        return [w for w in (self.images, self.robustness, self.epsilon) if not w.isHidden()]

    def named_plots(self) -> dict:
        """What a lesson step's ``plots`` key names (core.content.lessons.PLOTS['fgsm'])."""
        return {"images": self.images, "robustness": self.robustness}

    def show_plots(self, names: tuple[str, ...] | None) -> None:
        for name, widget in self.named_plots().items():
            widget.setVisible(names is None or name in names)
        stacked, self._stacked = self._stacked, None
        self._arrange(bool(stacked))  # a hidden part's row or column keeps no share of the room

    # -- run lifecycle --------------------------------------------------------------------------------------
    def _on_train_button(self) -> None:
        if self.active and self.stopping:
            self.stop_requested.emit()
        else:
            self.start_requested.emit()

    def set_run(self, info) -> None:
        self.active = tuple(info.names) == VARIANTS and info.is_image  # the pictures need image data
        self.target_steps = max(1, info.config.training.steps)
        self._waiting = False
        self.progress.setValue(0)
        if self.active:
            self.stopping = True
            self.texts.put(self.train_button.setText, STOP)
            self.texts.put(self.status.setText, QT_TRANSLATE_NOOP("FgsmPanel",
                                                                  "Training both nets on the same minibatches…"))
            self.request_view()
        elif getattr(info, "task", "classification") == "regression":
            self.texts.put(self.status.setText, QT_TRANSLATE_NOOP(
                "FgsmPanel", "FGSM applies to classification: it pushes an image across a class boundary, and a "
                             "regression has none. The button trains the MNIST pair instead."))

    def on_record(self, record) -> None:
        if self.active:
            self.progress.setValue(min(100, round(100 * record.step / self.target_steps)))

    def training_stopped(self, finished: bool) -> None:
        """Called when the run pauses: measure accuracy against ε and refresh the picture."""
        if not self.active:
            return
        self.stopping = False
        self.texts.put(self.train_button.setText, TRAIN)
        self.texts.put(self.status.setText, QT_TRANSLATE_NOOP("FgsmPanel", "Trained. Move ε, pick digits, switch nets.")
                       if finished else QT_TRANSLATE_NOOP(
                           "FgsmPanel", "Paused. The pictures and curves show the nets as they are now."))
        for attack in ATTACKS:
            self.ask.emit(AskRobustness(EPSILONS, attack))
        self.request_view()

    # -- queries --------------------------------------------------------------------------------------------
    def show_index(self, index: int) -> None:
        self.index = max(0, index)
        self.request_view()

    def request_view(self, *_args) -> None:
        if not self.active:
            return
        query = AskAttack(self.model_choice.currentData(), self.index, self.epsilon.value())
        if self._waiting:
            self._wanted = query
        else:
            self._waiting = True
            self.ask.emit(query)

    def bind(self, state) -> None:
        """The pair starts, pauses and is asked about through the app state (ui.state)."""
        self.start_requested.connect(lambda: state.start_pair(RunMode.FGSM))
        self.stop_requested.connect(state.engine.pause)
        self.ask.connect(state.ask)
        state.engine.answer.connect(self.on_answer)

    def on_answer(self, item) -> None:
        from ...core.records import AttackView, RobustnessCurve  # numpy only

        if isinstance(item, RobustnessCurve):
            self.curves[item.attack] = item
            for name, accuracy in item.accuracy.items():
                key = f"{item.attack}:{name}"
                self.robustness.buffers[key].clear()
                for eps, acc in zip(item.epsilons, accuracy):
                    self.robustness.append(key, eps, acc)
            self.robustness.refresh()
        elif isinstance(item, AttackView):
            self.last_view = item
            self.index = item.index
            self._show(item)
            self._waiting = False
            if self._wanted is not None:
                query, self._wanted = self._wanted, None
                self._waiting = True
                self.ask.emit(query)

    # -- layout ---------------------------------------------------------------------------------------------
    def _arrange(self, stacked: bool) -> None:
        """The pictures beside the accuracy curve on a wide screen; on a narrow one (a 1024-pixel projector
        beside the lesson) the curve goes below, so the three digits and their predictions keep their size."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for widget in (self.images, self.robustness):
            self._grid.removeWidget(widget)
        self._grid.addWidget(self.images, 0, 0)
        self._grid.addWidget(self.robustness, *((1, 0) if stacked else (0, 1)))
        for i in range(2):
            self._grid.setColumnStretch(i, 0)
            self._grid.setRowStretch(i, 0)
        shown = (0 if self.images.isHidden() else 1, 0 if self.robustness.isHidden() else 1)
        if stacked:  # the curve's legend and axes take part of its height: it gets the larger share
            self._grid.setRowStretch(0, 2 * shown[0])
            self._grid.setRowStretch(1, 3 * shown[1])
        else:
            self._grid.setColumnStretch(0, 3 * shown[0])
            self._grid.setColumnStretch(1, 2 * shown[1])

    def resizeEvent(self, event) -> None:
        self._fit(event.size())
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # presentation type: the same pixels hold fewer lines
            self._fit(self.size())
        super().changeEvent(event)

    def _place_pictures(self, bars_under: bool) -> None:
        """Each net's ten probabilities under its digit (three columns, where the pictures have the height), or
        beside it in one row (five columns: on a short or narrow screen the row must leave the accuracy curve
        its room)."""
        if bars_under == self._bars_under:
            return
        self._bars_under = bars_under
        layout = self.images.ci
        for item in [*self._pictures.values(), *(t for _, t in self.views.values()), *self.bar_plots.values(),
                     self.sign_key]:
            if item in layout.items:
                layout.removeItem(item)
        grid = layout.layout
        for col in range(5):
            grid.setColumnStretchFactor(col, 0)
        if bars_under:
            places = {"original": 0, "perturbation": 1, "adversarial": 2}
            for key, col in places.items():
                layout.addItem(self.views[key][1], row=0, col=col)
                layout.addItem(self._pictures[key], row=1, col=col)
                grid.setColumnStretchFactor(col, 1)  # three equal pictures
            layout.addItem(self.bar_plots["clean"], row=2, col=0)
            layout.addItem(self.sign_key, row=2, col=1)
            layout.addItem(self.bar_plots["adversarial"], row=2, col=2)
        else:  # digit, its bars, the perturbation, the adversarial digit, its bars
            for key, col in (("original", 0), ("perturbation", 2), ("adversarial", 3)):
                layout.addItem(self.views[key][1], row=0, col=col)
                layout.addItem(self._pictures[key], row=1, col=col)
                grid.setColumnStretchFactor(col, 3)
            for key, col in (("clean", 1), ("adversarial", 4)):
                layout.addItem(self.bar_plots[key], row=1, col=col)
                grid.setColumnStretchFactor(col, 2)
            # The colour key beside the perturbation's title (a row of its own would take the bars' height).
            layout.addItem(self.sign_key, row=0, col=1)
        grid.invalidate()
        self._fit_images_height()

    def _fit_images_height(self) -> None:
        """The pictures' widget never shorter than its bar charts need (a view does not grow to its scene)."""
        title = max(t.effectiveSizeHint(Qt.SizeHint.MinimumSize).height() for _, t in self.views.values())
        bars = max(p.effectiveSizeHint(Qt.SizeHint.MinimumSize).height() for p in self.bar_plots.values())
        key = self.sign_key.effectiveSizeHint(Qt.SizeHint.PreferredSize).height()
        spacing = 3 * self.images.ci.layout.verticalSpacing() + 12
        # Never more than this: a minimum that follows the arrangement would keep the window taller than the
        # screen (the arrangement follows the size, not the other way round).
        need = int(max(title, 0 if self._bars_under else key) + bars + spacing)
        if need != self.images.minimumHeight():
            self.images.setMinimumHeight(need)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.images and event.type() == QEvent.Type.Resize:
            self._place_pictures(bars_under=self._pictures_larger_with_bars_under())
            self.images.ci.layout.activate()
            if not self._bars_under and self.images.ci.minimumWidth() > self.images.width() + 1:
                # The row of five is wider than the estimate said (its titles in presentation type: 660 px
                # of a 600-px box at 1024×768): the bars go under their digits, nothing is clipped.
                self._place_pictures(bars_under=True)
            self._fit_images_height()
        return False

    def _pictures_larger_with_bars_under(self) -> bool:
        """Whichever arrangement draws the digits larger in the pictures' widget as it is now laid out."""
        width, height = self.images.width(), self.images.height()
        title = max(t.effectiveSizeHint(Qt.SizeHint.MinimumSize).height() for _, t in self.views.values())
        bars = max(p.effectiveSizeHint(Qt.SizeHint.MinimumSize).height() for p in self.bar_plots.values())
        key = self.sign_key.effectiveSizeHint(Qt.SizeHint.PreferredSize).height()
        under = min(width / 3, height - title - bars)
        top = max(title, key)
        bar_width = max(p.effectiveSizeHint(Qt.SizeHint.MinimumSize).width() for p in self.bar_plots.values())
        fits = height - top >= bars and width >= 2 * bar_width + 3 * 80  # five columns, none clipped
        beside = min(width * 3 / 13, height - top) if fits else 0
        return under >= beside

    def _fit(self, size) -> None:
        """Narrow: the curve under the pictures. Short (a projector): the pictures and curves get the room; the
        lesson's text says what this one does. The sizes are at normal type: presentation type needs more."""
        self._arrange(stacked=size.width() < STACK_BELOW)
        roomy = size.height() >= TEXT_ABOVE_HEIGHT * appearance.line_scale()
        self.text_row.setVisible(roomy)
        self.code.setVisible(roomy and not self._stacked)

    def _show(self, view) -> None:
        image, title = self.views["original"]
        image.setImage(view.original, levels=(0, 1))
        title.setText(translate("FgsmPanel", "a {digit}<br>net says {guess} ({confidence:.0%})").format(
            digit=view.label, guess=view.clean_prediction, confidence=view.clean_probabilities.max()))
        image, title = self.views["perturbation"]
        image.setImage(view.perturbation * 0.5 + 0.5, levels=(0, 1), lut=self._perturbation_lut)
        title.setText(f"+ {view.epsilon:g} ×<br>sign(∇ₓ loss)")  # a formula: the same in every language
        image, title = self.views["adversarial"]
        image.setImage(view.adversarial, levels=(0, 1))
        fooled = view.adversarial_prediction != view.label
        colour = theme.TEST if fooled else theme.OKABE_ITO["green"]
        says = translate("FgsmPanel", "net says {guess} ({confidence:.0%})").format(
            guess=view.adversarial_prediction, confidence=view.adversarial_probabilities.max())
        title.setText(f"<span style='color:{colour}'>=<br>{says}</span>")
        self.bars["clean"].setOpts(height=view.clean_probabilities)
        self.bars["adversarial"].setOpts(height=view.adversarial_probabilities,
                                         brush=theme.TEST if fooled else theme.TRAIN)
        self.texts.put(self.status.setText, QT_TRANSLATE_NOOP(
            "FgsmPanel", "Test digit #{index} through the {net} net.").format(
                index=view.index, net=net_words(view.variant)))

    def retranslated(self) -> None:
        """The nets' names in the list, and the pictures' titles (drawn from the latest view) in the new language."""
        for i in range(self.model_choice.count()):
            self.model_choice.setItemText(i, say(net_words(self.model_choice.itemData(i))))
        if self.last_view is not None:
            self._show(self.last_view)
