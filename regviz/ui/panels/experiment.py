"""Preset, data, model and optimizer controls. Every change here builds a new net (the window says so)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ...core.content import presets
from ...core.config import (ACTIVATIONS, BUNDLED_MNIST_SIZE, FEATURE_LABELS, FEATURES, FIELDS, GENERATED_2D,
                             MANY_CLASSES, ONE_D_SETS, OPTIMIZERS, TWO_D_SETS, ConfigError, ExperimentConfig,
                             task_of)
from ...core.translatable import QT_TRANSLATE_NOOP
from ..texts import Retranslating
from ..widgets import ValueSlider, spin_for_field

DATASETS = GENERATED_2D + ONE_D_SETS + ("mnist",)  # and "csv" while a teacher's points are open (File ▸ Open data)
KINDS_1D = ("mlp", "polynomial")  # a 1-D regression's models: the MLP, or Legendre features and a linear output
INIT_SCALES = (0.25, 0.5, 1.0, 2.0, 4.0)
# A slider's value sits beside its name and the slider takes the whole line under them, so a row stays as narrow
# as the dock: the plots need the rest of a 1024-pixel screen. A row too wide for its name goes under the name.
WRAP = QFormLayout.RowWrapPolicy.WrapLongRows


def _description(name: str) -> str:
    """A shipped preset's one-line description (its tooltip in the list)."""
    try:
        return presets.load(name).description
    except ConfigError:
        return ""


class ExperimentPanel(Retranslating, QWidget):
    changed = Signal(str, object)  # a dotted config key and its new value
    preset_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.preset = QComboBox()
        self.preset.addItems(presets.names())
        for i, name in enumerate(presets.names()):  # what each one is, where a bare name says little
            self.preset.setItemData(i, _description(name), Qt.ItemDataRole.ToolTipRole)
        self.texts.put(self.preset.setToolTip, QT_TRANSLATE_NOOP("ExperimentPanel", "Load a ready-made experiment"))
        self.preset.activated.connect(lambda i: self.preset_chosen.emit(self.preset.itemText(i)))
        preset_box = self._box(QT_TRANSLATE_NOOP("ExperimentPanel", "Experiment"))
        form = QFormLayout(preset_box)
        form.setRowWrapPolicy(WRAP)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Preset"), self.preset)
        layout.addWidget(preset_box)

        data_box = self._box(QT_TRANSLATE_NOOP("ExperimentPanel", "Data"))
        form = QFormLayout(data_box)
        form.setRowWrapPolicy(WRAP)
        self.dataset = QComboBox()
        self.dataset.addItems(DATASETS)
        self.dataset.activated.connect(lambda i: self.changed.emit("data.name", self.dataset.itemText(i)))
        self.noise = ValueSlider.for_field("data.noise", field_apart=True)
        self.noise.valueChanged.connect(lambda v: self.changed.emit("data.noise", v))
        self.label_noise = ValueSlider.for_field("data.label_noise", field_apart=True)
        self.texts.put(self.label_noise.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Share of the training labels flipped to another class (the test labels stay "
                               "true): a big net learns the wrong labels by heart, a regularized one less"))
        self.label_noise.valueChanged.connect(lambda v: self.changed.emit("data.label_noise", v))
        self.reset_points = QPushButton()
        self.texts.put(self.reset_points.setText, QT_TRANSLATE_NOOP("ExperimentPanel", "Reset data"))
        self.texts.put(self.reset_points.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Back to the generated training points (undo the points clicked in, dragged "
                               "or deleted on the decision boundary)"))
        self.reset_points.setEnabled(False)
        self.train_fraction = ValueSlider.for_field("data.train_fraction", 0.5, field_apart=True)
        self.train_fraction.valueChanged.connect(lambda v: self.changed.emit("data.train_fraction", v))
        self.train_size = spin_for_field("data.train_size", lambda v: self.changed.emit("data.train_size", v))
        self.classes = spin_for_field("data.classes", lambda v: self.changed.emit("data.classes", v))
        self.texts.put(self.classes.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Spiral arms or Gaussian blobs: 2 … 6 classes"))
        self.open_data = QPushButton()
        self.texts.put(self.open_data.setText, QT_TRANSLATE_NOOP("ExperimentPanel", "Open data…"))
        self.texts.put(self.open_data.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Your own points: a CSV with columns x1,x2,label (or drop the file on the window)"))
        # TF Playground's input features, each a check box; the Network tab draws them as its input column.
        self.features = {name: QCheckBox(FEATURE_LABELS[name]) for name in FEATURES}
        features = QWidget()
        feature_grid = QGridLayout(features)
        feature_grid.setContentsMargins(0, 0, 0, 0)
        feature_grid.setHorizontalSpacing(6)
        feature_grid.setVerticalSpacing(0)
        for i, box in enumerate(self.features.values()):
            self.texts.put(box.setToolTip, QT_TRANSLATE_NOOP(
                "ExperimentPanel", "An input feature of each point (x₁, x₂), computed inside the net"))
            box.toggled.connect(self._on_features)
            feature_grid.addWidget(box, i // 4, i % 4)
        self.feature_boxes = features
        self.batch_size = spin_for_field("training.batch_size",
                                         lambda v: self.changed.emit("training.batch_size", v))
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Data set"), self.dataset)
        form.addRow("", self.open_data)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Classes"), self.classes)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Features"), features)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Noise"), self.noise.label)
        form.addRow(self.noise)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Label noise"), self.label_noise.label)
        form.addRow(self.label_noise)
        form.addRow("", self.reset_points)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Train share"), self.train_fraction.label)
        form.addRow(self.train_fraction)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Train examples"), self.train_size)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Batch size"), self.batch_size)
        self._data_form = form
        layout.addWidget(data_box)
        self.data_box = data_box

        model_box = self._box(QT_TRANSLATE_NOOP("ExperimentPanel", "Model and optimizer"))
        form = QFormLayout(model_box)
        form.setRowWrapPolicy(WRAP)
        self._model_form = form
        self.kind = QComboBox()
        self.kind.addItems(KINDS_1D)
        self.texts.put(self.kind.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "1-D data: an MLP, or a polynomial (Legendre features of x, then one linear output)"))
        self.kind.activated.connect(lambda i: self.changed.emit("model.kind", self.kind.itemText(i)))
        self.degree = spin_for_field("model.degree", lambda v: self.changed.emit("model.degree", v))
        self.hidden = QLineEdit()
        self.texts.put(self.hidden.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Hidden layer widths, e.g. 64, 64 (empty: no hidden layer, one linear layer)"))
        self.hidden.editingFinished.connect(self._on_hidden)
        self.activation = QComboBox()
        self.activation.addItems(ACTIVATIONS)
        self.activation.activated.connect(lambda i: self.changed.emit("model.activation", self.activation.itemText(i)))
        self.optimizer = QComboBox()
        self.optimizer.addItems(OPTIMIZERS)
        self.optimizer.activated.connect(lambda i: self.changed.emit("training.optimizer", self.optimizer.itemText(i)))
        self.lr = ValueSlider.for_field("training.lr", 0.01, field_apart=True)
        self.lr.valueChanged.connect(lambda v: self.changed.emit("training.lr", v))
        self.seed = spin_for_field("training.seed", lambda v: self.changed.emit("training.seed", v))
        self.init_scale = QComboBox()
        self.texts.put(self.init_scale.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Initial weights ~ N(0, (s/√fan_in)²). Small s: a deep sigmoid net's signal "
                               "vanishes layer by layer without batch norm; s = 4 keeps it."))
        self.init_scale.addItem("", None)
        self.texts.put(self.init_scale.setItemText, QT_TRANSLATE_NOOP("ExperimentPanel", "torch default"), 0)
        for scale in INIT_SCALES:
            self.init_scale.addItem(f"s = {scale:g}", scale)
        self.init_scale.activated.connect(
            lambda i: self.changed.emit("model.init_scale", self.init_scale.itemData(i)))
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Model"), self.kind)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Degree"), self.degree)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Hidden layers"), self.hidden)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Activation"), self.activation)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Initial weights"), self.init_scale)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Optimizer"), self.optimizer)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Learning rate"), self.lr.label)
        form.addRow(self.lr)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Seed"), self.seed)
        layout.addWidget(model_box)

        stop_box = self._box(QT_TRANSLATE_NOOP("ExperimentPanel", "Early stopping"))
        form = QFormLayout(stop_box)
        form.setRowWrapPolicy(WRAP)
        self.validation = ValueSlider.for_field("data.validation_fraction", field_apart=True)
        self.texts.put(self.validation.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Share of the training examples held back as a validation set: early stopping "
                               "watches its loss (dotted), never the test set's"))
        self.validation.valueChanged.connect(lambda v: self.changed.emit("data.validation_fraction", v))
        self.patience = spin_for_field("training.early_stopping.patience",
                                       lambda v: self.changed.emit("training.early_stopping.patience", v))
        self.texts.put(self.patience.setSpecialValueText, QT_TRANSLATE_NOOP("ExperimentPanel", "off"))
        self.texts.put(self.patience.setToolTip, QT_TRANSLATE_NOOP(
            "ExperimentPanel", "Stop after this many checks (one every 'evaluate every' steps) without a lower "
                               "validation loss; needs a validation share"))
        self.restore_best = QCheckBox()
        self.texts.put(self.restore_best.setText, QT_TRANSLATE_NOOP("ExperimentPanel", "Restore best weights"))
        self.restore_best.toggled.connect(lambda on: self.changed.emit("training.early_stopping.restore_best", on))
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Validation"), self.validation.label)
        form.addRow(self.validation)
        self._row(form, QT_TRANSLATE_NOOP("ExperimentPanel", "Patience"), self.patience)
        form.addRow(self.restore_best)  # spanning the form: its text needs the label column too
        layout.addWidget(stop_box)
        self.stop_box = stop_box
        # The preset's box and the model's: hidden for a step that names only Data or Early stopping (a loop
        # variable named like the preset's box once stood here, and the step's column showed the preset).
        self._other_boxes = (preset_box, model_box)
        for widget in (self.validation.slider, self.noise.slider, self.label_noise.slider, self.train_fraction.slider,
                       self.lr.slider):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # its arrow keys once clicked; never Tab-ed to

    def _row(self, form: QFormLayout, text, field: QWidget) -> None:
        """A form row whose name is set again when the language changes (the field is its label's buddy)."""
        name = QLabel()
        self.texts.put(name.setText, text)
        name.setBuddy(field)  # as addRow(text, field) sets it: a screen reader names the field by it
        form.addRow(name, field)

    def _box(self, title) -> QGroupBox:
        box = QGroupBox()
        self.texts.put(box.setTitle, title)
        return box

    def show_only(self, controls: set[str] | None) -> None:
        """A lesson's classroom mode: every box (None or 'experiment'), or just the Data and/or Early-stopping
        boxes a step names (the whole panel is too wide for the column under a lesson's text)."""
        whole = controls is None or "experiment" in controls
        self.data_box.setVisible(whole or "data" in controls)
        self.stop_box.setVisible(whole or "early_stopping" in controls)
        for other in self._other_boxes:
            other.setVisible(whole)

    def _on_hidden(self) -> None:
        text = self.hidden.text().replace(" ", "")
        try:
            widths = [int(part) for part in text.split(",") if part]
        except ValueError:  # not widths: refused naming model.hidden (an empty list is allowed: no hidden layer)
            widths = [text]
        self.changed.emit("model.hidden", widths)  # an empty list: no hidden layer (inputs straight to outputs)

    def _on_features(self) -> None:
        self.changed.emit("data.features", [name for name, box in self.features.items() if box.isChecked()])

    def set_config(self, cfg: ExperimentConfig) -> None:
        """Show ``cfg`` without emitting anything."""
        widgets = (self.preset, self.dataset, self.kind, self.degree, self.noise, self.label_noise,
                   self.train_fraction, self.train_size,
                   self.batch_size, self.hidden, self.activation, self.init_scale, self.optimizer, self.lr, self.seed,
                   self.validation, self.patience, self.restore_best, self.classes, *self.features.values())
        for w in widgets:
            w.blockSignals(True)
        try:
            if cfg.name in presets.names():
                self.preset.setCurrentText(cfg.name)
            csv_item = self.dataset.findText("csv")
            if cfg.data.name == "csv" and csv_item < 0:
                self.dataset.addItem("csv")
            elif cfg.data.name != "csv" and csv_item >= 0:
                self.dataset.removeItem(csv_item)
            self.dataset.setCurrentText(cfg.data.name)
            self.classes.setValue(cfg.data.classes)
            for name, box in self.features.items():
                box.setChecked(name in cfg.data.features)
            self.noise.setValue(cfg.data.noise)
            self.label_noise.setValue(cfg.data.label_noise)
            self.train_fraction.setValue(cfg.data.train_fraction)
            # The bundled digits are 5,000: the box offers what is left after the test set.
            self.train_size.setMaximum(BUNDLED_MNIST_SIZE - cfg.data.test_size if cfg.data.name == "mnist"
                                       else int(FIELDS["data.train_size"].high))
            self.train_size.setValue(cfg.data.train_size)
            # Batch norm divides by the batch's spread: with it on, the box does not offer a batch of one.
            self.batch_size.setMinimum(2 if cfg.model.batchnorm else 1)
            self.batch_size.setValue(cfg.training.batch_size)
            self.hidden.setText(", ".join(str(w) for w in cfg.model.hidden))
            self.kind.setCurrentText(cfg.model.kind if cfg.model.kind in KINDS_1D else "mlp")
            self.degree.setValue(cfg.model.degree)
            self.activation.setCurrentText(cfg.model.activation)
            scale = cfg.model.init_scale
            if scale is not None and self.init_scale.findData(scale) < 0:
                self.init_scale.addItem(f"s = {scale:g}", scale)  # a preset's own value
            self.init_scale.setCurrentIndex(self.init_scale.findData(scale))
            self.optimizer.setCurrentText(cfg.training.optimizer)
            self.lr.setValue(cfg.training.lr)
            self.seed.setValue(cfg.training.seed)
            self.validation.setValue(cfg.data.validation_fraction)
            self.patience.setValue(cfg.training.early_stopping.patience)
            self.restore_best.setChecked(cfg.training.early_stopping.restore_best)
        finally:
            for w in widgets:
                w.blockSignals(False)
        one_d = task_of(cfg.data) == "regression"  # the 1-D sets and a CSV of x,y points
        two_d = cfg.data.name in TWO_D_SETS or one_d  # points drawn and generated: noise, share, editable
        for widget, show in ((self.noise, two_d), (self.train_fraction, two_d), (self.train_size, not two_d),
                             (self.reset_points, two_d), (self.classes, cfg.data.name in MANY_CLASSES),
                             (self.feature_boxes, two_d and not one_d), (self.label_noise, not one_d)):
            self._data_form.setRowVisible(widget, show)
        polynomial = one_d and cfg.model.kind == "polynomial"
        for widget, show in ((self.kind, one_d), (self.degree, polynomial), (self.hidden, not polynomial),
                             (self.activation, not polynomial)):
            self._model_form.setRowVisible(widget, show)

