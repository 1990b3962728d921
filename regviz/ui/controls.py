"""The control dock: the race box, the regularizer rows and the experiment panel in one column, each wired to
the app state (ui.state), which is the one path from a control to the training process."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea, QVBoxLayout, QWidget

from .panels.experiment import ExperimentPanel
from .panels.regularizers import RegularizerPanel
from .language import LiveTexts
from .race import RaceBox
from .stage import CONTROLS_MIN_WIDTH


class _Column(QScrollArea):
    """The dock's scrolling column, preferring the width its rows need (ui.stage.Stage.fit_controls sets it as
    the minimum): QMainWindow gives a dock its size hint back on a resize or a tab switch, and the widest rows' hint
    (the Data box) took 90 px of a 1024-pixel screen the plots need."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumWidth(), super().sizeHint().height())


class ControlDock(QDockWidget):
    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        LiveTexts(self).set(self.setWindowTitle, lambda: QCoreApplication.translate("controls", "Controls"))
        self.setObjectName("controls")
        self.experiment = ExperimentPanel()
        self.experiment.changed.connect(state.set_value)
        self.experiment.preset_chosen.connect(state.load_preset)
        self.experiment.reset_points.clicked.connect(state.reset_points)
        self.experiment.open_data.clicked.connect(lambda: parent.data_files.open_data())  # ui.data_files
        state.points_changed.connect(lambda *_: self.experiment.reset_points.setEnabled(state.points is not None))
        self.regularizers = RegularizerPanel()
        self.regularizers.changed.connect(state.set_value)
        self.race_box = RaceBox(state)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(self.race_box)
        layout.addWidget(self.regularizers)
        layout.addWidget(self.experiment)
        layout.addStretch(1)
        scroll = _Column()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(CONTROLS_MIN_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
