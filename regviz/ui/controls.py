"""The control dock: the race box, the regularizer rows and the experiment panel in one column, each wired to
the app state (ui.state), which is the one path from a control to the training process."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea, QVBoxLayout, QWidget

from .panels.experiment import ExperimentPanel
from .panels.regularizers import RegularizerPanel
from .race import RaceBox
from .stage import CONTROLS_MIN_WIDTH


class ControlDock(QDockWidget):
    def __init__(self, state, parent: QWidget | None = None):
        super().__init__("Controls", parent)
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
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(CONTROLS_MIN_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
