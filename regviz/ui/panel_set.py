"""The window's live panels, one tab each, built after its first paint (pyqtgraph takes ~0.7 s to import: it
materialises every Qt enum) and wired to the app state, the lesson stage and the dropout tab's comparison."""
from __future__ import annotations

from ..core.run.messages import RunMode
from ..core.translatable import QT_TRANSLATE_NOOP

# The tabs in their order, each with its title (translated where shown: ui.translated).
TAB_TITLES = {"training": QT_TRANSLATE_NOOP("window", "Training"), "network": QT_TRANSLATE_NOOP("window", "Network"),
              "errors": QT_TRANSLATE_NOOP("window", "Errors"),
              "augmentation": QT_TRANSLATE_NOOP("window", "Augmentation"),
              "batchnorm": QT_TRANSLATE_NOOP("window", "Batch norm"), "fgsm": QT_TRANSLATE_NOOP("window", "FGSM"),
              "dropout": QT_TRANSLATE_NOOP("window", "Dropout"), "sweep": QT_TRANSLATE_NOOP("window", "λ sweep"),
              "worked": QT_TRANSLATE_NOOP("window", "Examples")}


def build_panels(state, stage, show_dropout_gap) -> tuple[dict, object]:
    """The panels by tab name (the worked-examples panel is the window's own: it needs no plots), and the λ
    sweep's runner."""
    from .panels.augmentation import AugmentationPanel
    from .panels.batchnorm import BatchNormPanel
    from .panels.dropout import DropoutPanel
    from .panels.errors import ErrorsPanel
    from .panels.fgsm import FgsmPanel
    from .panels.network import NetworkPanel
    from .panels.sweep import SweepPanel, SweepRunner
    from .panels.training import TrainingPanel
    from .theme import configure_pyqtgraph

    configure_pyqtgraph()
    p = {"training": TrainingPanel()}
    p["training"].bind(state)
    p["training"].boundary.described.connect(stage.note)
    p["training"].fit.described.connect(stage.note)
    p["network"] = NetworkPanel()
    p["errors"] = ErrorsPanel()
    p["augmentation"] = AugmentationPanel()
    p["augmentation"].bind(state)
    p["batchnorm"] = BatchNormPanel()
    p["batchnorm"].start_requested.connect(lambda: state.start_pair(RunMode.BATCHNORM))
    p["fgsm"] = FgsmPanel()
    p["fgsm"].bind(state)
    p["dropout"] = DropoutPanel()
    p["dropout"].compare_requested.connect(show_dropout_gap)
    p["sweep"] = SweepPanel()
    p["sweep"].set_steps(state.config.training.steps)
    return p, SweepRunner(state, p["sweep"])
