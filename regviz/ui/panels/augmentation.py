"""Augmentation, shown: one image through the current torchvision pipeline sixteen times, the switches and
strengths of each transform, and the same pipeline as plain torchvision code.

The panel edits ``regularization.augmentation`` like any other control, so what the grid shows is exactly what
feeds training when Augmentation is switched on. Previews are drawn by the training process (it has torchvision;
the window never imports torch): the panel asks, the newest answer wins.
"""
from __future__ import annotations

import dataclasses

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ...core.content import images
from ...core.content.augmentation_code import torchvision_code
from ...core.config import AugmentationConfig, ExperimentConfig
from ...core.run.messages import AskPreview
from ..texts import Retranslating, say
from ..translated import error_text
from ..room import CodeDialog, CodeView
from ..widgets import ValueSlider
from ...core.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # translate("AugmentationPanel", "…"): lupdate reads the literal context
GRID = 4
# The image list's entries: a key (the item's data) and the words shown for it; photos are shown by file name.
MNIST_SOURCES = ("MNIST digit 7", "MNIST digit 2", "MNIST digit 0")
MNIST_INDEX = {"MNIST digit 7": 3500, "MNIST digit 2": 1000, "MNIST digit 0": 0}
OWN = "Your image…"
SOURCE_NAMES = {"MNIST digit 7": QT_TRANSLATE_NOOP("AugmentationPanel", "MNIST digit 7"),
                "MNIST digit 2": QT_TRANSLATE_NOOP("AugmentationPanel", "MNIST digit 2"),
                "MNIST digit 0": QT_TRANSLATE_NOOP("AugmentationPanel", "MNIST digit 0"),
                OWN: QT_TRANSLATE_NOOP("AugmentationPanel", "Your image…")}
# key: (label, slider floor when switched on, resolution, value a switch turns on, value that means off (None:
# no switch)). The ceiling is the config field's own (core.config.FIELDS).
SLIDERS = {
    "hflip": (QT_TRANSLATE_NOOP("AugmentationPanel", "Horizontal flip p"), 0.05, 0.05, 0.5, 0.0),
    "rotation": (QT_TRANSLATE_NOOP("AugmentationPanel", "Rotation (degrees)"), 1.0, 1.0, 20.0, 0.0),
    "brightness": (QT_TRANSLATE_NOOP("AugmentationPanel", "Brightness"), 0.01, 0.01, 0.2, 0.0),
    "contrast": (QT_TRANSLATE_NOOP("AugmentationPanel", "Contrast"), 0.01, 0.01, 0.2, 0.0),
    "crop_scale": (QT_TRANSLATE_NOOP("AugmentationPanel", "Crop: keep at least this area"), 0.05, 0.01, 0.8, 1.0),
    "crop_ratio": (QT_TRANSLATE_NOOP("AugmentationPanel", "Crop: aspect ratio up to"), 1.0, 0.01, 1.33, None),
    "noise": (QT_TRANSLATE_NOOP("AugmentationPanel", "Gaussian noise σ"), 0.01, 0.01, 0.05, 0.0),
}


def _opened(path: str) -> tuple[str, np.ndarray | None, str]:
    """The worker's job: the file as an image, or the reason it is not one (ImageError's message)."""
    try:
        return path, images.load_image(path), ""
    except images.ImageError as exc:
        return path, None, error_text(exc)  # core's marked sentence in the reader's language


class AugmentationPanel(Retranslating, QWidget):
    loaded = Signal(bool)  # a user's image file was opened (True) or refused (False, the message says why)

    changed = Signal(str, object)  # regularization.augmentation.* keys, for the window to apply
    ask = Signal(object)  # core.run.messages.AskPreview, for the training process

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.image = images.mnist_digit(MNIST_INDEX[MNIST_SOURCES[0]])
        self.source_name = MNIST_SOURCES[0]
        self.cfg = AugmentationConfig()
        self.latest: np.ndarray | None = None
        self._generation = 0

        self._layout = QGridLayout(self)
        controls = QVBoxLayout()
        source_box = QGroupBox()
        self.texts.put(source_box.setTitle, QT_TRANSLATE_NOOP("AugmentationPanel", "Image"))
        source_layout = QVBoxLayout(source_box)
        self.source = QComboBox()
        for key in (*MNIST_SOURCES, *images.PHOTOS, OWN):
            self.source.addItem(say(SOURCE_NAMES.get(key, key)), key)
        self.source.activated.connect(self._on_source)
        self.open_button = QPushButton()
        self.texts.put(self.open_button.setText, QT_TRANSLATE_NOOP("AugmentationPanel",
                                                                   "Open an image… (or drop one here)"))
        self.open_button.clicked.connect(self.open_dialog)
        self.credit = QLabel("MNIST, CC BY-SA 3.0")
        self.credit.setObjectName("explanation")  # smaller and grey, in either theme (appearance.NAMED_FONTS)
        for widget in (self.source, self.open_button, self.credit):
            source_layout.addWidget(widget)
        controls.addWidget(source_box)
        self.source_box = source_box

        transforms = QGroupBox()
        self.texts.put(transforms.setTitle, QT_TRANSLATE_NOOP("AugmentationPanel",
                                                              "Transforms (as training uses them)"))
        self.transforms_box = transforms
        grid = QGridLayout(transforms)
        self.switches: dict[str, QCheckBox] = {}
        self.sliders: dict[str, ValueSlider] = {}
        for row, (key, (label, low, resolution, value, off)) in enumerate(SLIDERS.items()):
            slider = ValueSlider.for_field(f"regularization.augmentation.{key}", value, low=low,
                                           resolution=resolution)
            slider.valueChanged.connect(lambda v, k=key: self._on_slider(k, v))
            self.sliders[key] = slider
            if off is None:
                name = QLabel()
                self.texts.put(name.setText, label)
                grid.addWidget(name, row, 0)
            else:
                switch = QCheckBox()
                self.texts.put(switch.setText, label)
                switch.toggled.connect(lambda on, k=key: self._on_switch(k, on))
                self.switches[key] = switch
                grid.addWidget(switch, row, 0)
            grid.addWidget(slider, row, 1)
        controls.addWidget(transforms)

        seed_row = QHBoxLayout()
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.valueChanged.connect(self.request_preview)
        self.reroll = QPushButton()  # the window's R key re-rolls while this tab is shown
        self.texts.put(self.reroll.setText, QT_TRANSLATE_NOOP("AugmentationPanel", "Re-roll (R)"))
        self.reroll.clicked.connect(lambda: self.seed.setValue(self.seed.value() + 1))
        seed_label = QLabel()
        self.texts.put(seed_label.setText, QT_TRANSLATE_NOOP("AugmentationPanel", "Seed"))
        seed_row.addWidget(seed_label)
        seed_row.addWidget(self.seed)
        seed_row.addWidget(self.reroll)
        controls.addLayout(seed_row)
        # Where the code would leave the grid no room (a long language at 1024x768), it folds behind this button.
        self.show_code = QPushButton()
        self.texts.put(self.show_code.setText, QT_TRANSLATE_NOOP("AugmentationPanel", "Show the code…"))
        self.show_code.clicked.connect(self.open_code)
        self.show_code.hide()
        controls.addWidget(self.show_code)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # "Opening {file name}…" and errors naming the file
        self.message.setStyleSheet("color: #D55E00;")
        controls.addWidget(self.message)
        controls.addStretch(1)
        self.controls = controls

        self.view = pg.GraphicsLayoutWidget()
        box = self.view.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
        self.item = pg.ImageItem(axisOrder="row-major")
        box.addItem(self.item)
        # The grid takes the room the code leaves (the code box is as tall as its wrapped lines).
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.code_box = QWidget()
        code_row = QHBoxLayout(self.code_box)
        code_row.setContentsMargins(0, 0, 0, 0)
        self.code = CodeView()
        copy = QPushButton()
        self.texts.put(copy.setText, QT_TRANSLATE_NOOP("AugmentationPanel", "Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.toPlainText()))
        code_row.addWidget(self.code, 1)
        code_row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        self.copy_button = copy
        self._code_wanted = True  # a lesson step may show the grid without its code (show_plots)
        self._code_place: str | None = None
        self._place_code("right")

    # -- layout ---------------------------------------------------------------------------------------------
    CODE_PLACES = {  # where the code goes: (row, column, row span, column span) of the controls, the grid, the code
        "right": ((0, 0, 2, 1), (0, 1, 1, 1), (1, 1, 1, 1)),  # under the grid
        "under": ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)),  # under the controls and the grid
        "beside": ((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1)),  # a third column
        "folded": ((0, 0, 2, 1), (0, 1, 2, 1), None),  # behind the Show the code button
    }
    COLUMN_STRETCH = {"right": (2, 3, 0), "under": (2, 3, 0), "beside": (1, 1, 1), "folded": (2, 3, 0)}
    MIN_GRID = 150  # pixels: a grid of sixteen pictures smaller than this is no picture (the plots' rule)

    def settled(self, step: int) -> bool:
        """The grid of augmented pictures arrived (what a lesson's screenshot or a layout check waits for)."""
        return self.latest is not None

    def _place_code(self, place: str) -> None:
        if place == self._code_place:
            return
        self._code_place = place
        layout = self._layout
        layout.removeItem(self.controls)
        layout.removeWidget(self.view)
        layout.removeWidget(self.code_box)
        spots = self.CODE_PLACES[place]
        layout.addLayout(self.controls, *spots[0])
        layout.addWidget(self.view, *spots[1])
        if spots[2] is not None:
            layout.addWidget(self.code_box, *spots[2])
        self.code_box.setVisible(self._code_wanted and spots[2] is not None)
        self.show_code.setVisible(self._code_wanted and spots[2] is None)
        for col, stretch in enumerate(self.COLUMN_STRETCH[place]):
            layout.setColumnStretch(col, stretch)
        layout.setRowStretch(0, 1)
        layout.setRowStretch(1, 0)

    def _best_code_place(self, width: int, height: int) -> str:
        """Where the grid of examples is drawn largest with the code whole and the controls not squeezed: under
        the grid (a narrow screen), under everything (normal type: the controls are short), or a third column
        (a wide, short screen: a projector under the lesson's strip); folded behind a button where each of those
        would leave the grid under MIN_GRID (the 40 %-longer pseudo language at 1024x768 left the code 139 px
        wide, scrolling, and the grid a strip)."""
        margins = self._layout.contentsMargins()
        width -= margins.left() + margins.right()
        height -= margins.top() + margins.bottom()
        gap = self._layout.spacing()
        controls = self.controls.minimumSize()
        copy = self.copy_button.sizeHint().width() + gap

        def code(w: float) -> int:
            return self.code.height_for(int(w - copy)) if self._code_wanted else -gap

        left = max(width * 2 / 5, controls.width())  # the stretch's share, or what the controls need
        right = width - left - gap
        third = max(width / 3, controls.width())
        sides = {"right": min(right, height - code(right) - gap),
                 "under": min(right, height - code(width) - gap)
                 if height - code(width) - gap >= controls.height() else 0,
                 "beside": min((width - third) / 2 - gap, height) if code((width - third) / 2 - gap) <= height else 0}
        best = max(sides, key=lambda place: (sides[place], place == "right"))
        if sides[best] >= self.MIN_GRID or not self._code_wanted:
            return best
        return "folded" if min(width - left - gap, height) > sides[best] else best

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._place_code(self._best_code_place(event.size().width(), event.size().height()))
        super().resizeEvent(event)

    @property
    def plots(self) -> list:
        return []

    def key_widgets(self) -> list:
        return [self.view]

    def named_plots(self) -> dict:
        """What a lesson step's ``plots`` key names (core.content.lessons.PLOTS['augmentation'])."""
        return {"image": self.source_box, "transforms": self.transforms_box, "grid": self.view,
                "code": self.code_box}

    def show_plots(self, names: tuple[str, ...] | None) -> None:
        for name, widgets in self.named_plots().items():
            for widget in widgets if isinstance(widgets, list) else [widgets]:
                widget.setVisible(names is None or name in names)
        self._code_wanted = names is None or "code" in names
        self._code_place = None  # what the grid shares its room with changed: place the code again
        self._place_code(self._best_code_place(self.width(), self.height()))

    def showEvent(self, event) -> None:
        self.request_preview()
        self._place_code(self._best_code_place(self.width(), self.height()))
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        # Hidden, the tab still sets the window's minimum (a stack is as large as its largest page): the code
        # under the grid needs the least width, whatever the window becomes before it is shown again.
        self._place_code("right")
        super().hideEvent(event)

    # -- config -------------------------------------------------------------------------------------------
    def bind(self, state) -> None:
        """Controls change the app state (ui.state); previews are asked of it and come back as its replies."""
        self.changed.connect(state.set_value)
        self.ask.connect(state.ask)
        state.engine.answer.connect(self.on_answer)
        self.set_config(state.config)

    def set_config(self, cfg: ExperimentConfig) -> None:
        """Show the experiment's pipeline, without emitting."""
        if cfg.regularization.augmentation == self.cfg and self.code.toPlainText():
            return
        self.cfg = cfg.regularization.augmentation
        for key, (*_, off) in SLIDERS.items():
            value = getattr(self.cfg, key)
            if key in self.switches:
                self.switches[key].blockSignals(True)
                self.switches[key].setChecked(value != off)
                self.switches[key].blockSignals(False)
            if off is None or value != off:
                self.sliders[key].setValue(value)
        self._update_code()
        self.request_preview()

    def _on_switch(self, key: str, on: bool) -> None:
        off = SLIDERS[key][-1]
        self.changed.emit(f"regularization.augmentation.{key}", self.sliders[key].value() if on else off)

    def _on_slider(self, key: str, value: float) -> None:
        if key not in self.switches or self.switches[key].isChecked():
            self.changed.emit(f"regularization.augmentation.{key}", value)

    def _update_code(self) -> None:
        self.code.setPlainText(torchvision_code(self.cfg, tuple(self.image.shape[-2:])))

    def open_code(self) -> CodeDialog:
        """The code in a box of its own, as wide as the screen allows and as tall as its lines (folded place)."""
        title = say(QT_TRANSLATE_NOOP("AugmentationPanel", "The pipeline as torchvision code"))
        dialog = CodeDialog(self.code.toPlainText(), title, self.copy_button.text(), self)
        dialog.show()
        return dialog

    # -- sources ------------------------------------------------------------------------------------------
    def retranslated(self) -> None:
        for i in range(self.source.count()):
            key = self.source.itemData(i)
            self.source.setItemText(i, say(SOURCE_NAMES.get(key, key)))

    def _choose(self, key: str) -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(key)))

    def _on_source(self, index: int) -> None:
        name = self.source.itemData(index)
        if name == OWN:
            self.open_dialog()
            return
        if name in MNIST_INDEX:
            self._set_image(images.mnist_digit(MNIST_INDEX[name]), name, "MNIST, CC BY-SA 3.0")
        else:
            self._set_image(images.load_photo(name), name, images.PHOTOS[name])

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("AugmentationPanel", "Open an image"), "",
            translate("AugmentationPanel", "Images ({patterns})").format(
                patterns="*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp"))
        if path:
            self.load_file(path)
        else:
            self._choose(self.source_name)

    def load_file(self, path: str) -> None:
        """Show the user's image, decoded off the GUI thread (a 12000-pixel photo takes seconds); a file that
        cannot be read leaves the panel as it was and says why (``loaded`` tells which)."""
        from superqt.utils import create_worker

        self.message.setText(translate("AugmentationPanel", "Opening {file}…").format(file=Path(path).name))
        worker = create_worker(_opened, path, _start_thread=False)
        worker.returned.connect(self._on_opened)
        worker.start()

    @Slot(object)
    def _on_opened(self, result: tuple[str, np.ndarray | None, str]) -> None:
        path, image, error = result
        if image is None:
            self.message.setText(error)
            self._choose(self.source_name if self.source_name in images.PHOTOS
                         or self.source_name in MNIST_INDEX else OWN)
            self.loaded.emit(False)
            return
        self._set_image(image, OWN, path)
        self.loaded.emit(True)

    def _set_image(self, image: np.ndarray, name: str, credit: str) -> None:
        self.image, self.source_name = image, name
        self._choose(name)
        self.credit.setText(credit)
        self.message.setText("")
        self._update_code()
        self.request_preview()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.load_file(urls[0].toLocalFile())
            event.acceptProposedAction()

    # -- preview ------------------------------------------------------------------------------------------
    @Slot()
    def request_preview(self, *_args) -> None:
        if not self.isVisible():
            return
        self._generation += 1
        self.ask.emit(AskPreview(self._generation, self.image, dataclasses.asdict(self.cfg), GRID,
                                 self.seed.value()))

    def set_run(self, _info) -> None:
        """A (new) training process is there to draw the grid: ask again (a request made while it was still
        loading was not answered)."""
        self.request_preview()

    @Slot(object)
    def on_answer(self, item) -> None:
        from ...core.records import AugmentationPreview  # numpy only

        if not isinstance(item, AugmentationPreview) or item.number != self._generation:
            return  # another panel's answer, or an older request: a newer one is on its way
        picture = item.grid
        self.latest = picture
        self.item.setImage(picture, levels=(0, 1))
