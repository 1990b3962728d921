"""The narrator in the window: one or two plain sentences under the plots about what the curves do
(core.narrator's rules, the same sentences `regviz train --narrate` prints), recomputed at most every
``THROTTLE_MS`` while training runs, and set as the plots' accessible description so a screen reader announces
it. Hidden from the View menu (the setting is remembered). Each of core's sentences is translated into the window's
language before they are joined, and again when the language changes."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel

from ..core.narrator import Context, context_for, narrate
from ..core.run.messages import variant_configs
from .translated import translated

THROTTLE_MS = 400  # a sentence a class can read: no faster than this
MAX_HISTORY = 20_000  # records kept (slimmed); beyond, every other old one goes (the minimum stays near)


def _slim(record):
    """A record without the arrays the narrator never reads (boundary maps, drawings, masks, errors)."""
    return replace(record, models=tuple(replace(m, boundary=None, network=None, errors=None, activations=None,
                                                dropout_masks=()) for m in record.models))


class Narration(QObject):
    """Follows the app state's records and shows the narration in ``label``."""

    def __init__(self, state, window):
        super().__init__(window)
        self.state, self.window = state, window
        self.label = QLabel()
        self.label.setObjectName("narration")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(QCoreApplication.translate("narration", "Narration"))
        self.label.setContentsMargins(6, 2, 6, 2)
        self.label.setMinimumHeight(1)  # it yields to the plots: never the reason a window outgrows a projector
        self.history: list = []
        self.context = Context()
        self.text = ""
        self.shown = True
        self._points: int | None = None
        self._curve = None
        self._timer = QTimer(self, singleShot=True, interval=THROTTLE_MS)
        self._timer.timeout.connect(self.update_now)
        state.run_started.connect(self._on_run_started)
        state.record.connect(self._on_record)
        state.config_changed.connect(lambda _cfg: self._new_context())
        state.engine.answer.connect(self._on_answer)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:  # the window passes it on: say it again in the new language
            self.label.setAccessibleName(QCoreApplication.translate("narration", "Narration"))
            self.update_now()
        return super().event(event)

    def set_shown(self, on: bool) -> None:
        self.shown = on
        self.label.setVisible(on and bool(self.text))  # nothing to say takes no room from the plots

    @Slot(object)
    def _on_run_started(self, info) -> None:
        self.history = []
        self._points = info.n_train if not info.is_image else None
        self._curve = None
        self._new_context()
        self.update_now()

    def _new_context(self) -> None:
        state = self.state
        try:
            configs = variant_configs(state.config, state.mode, state.race)
        except (ValueError, KeyError):
            configs = {}
        self.context = context_for({n: c for n, c in configs.items()}, self._points, self._curve)
        self._timer.start()

    @Slot(object)
    def _on_answer(self, item) -> None:
        from ..core.records import RobustnessCurve  # numpy only

        if isinstance(item, RobustnessCurve) and item.attack == "fgsm":
            self._curve = item
            self._new_context()

    @Slot(object)
    def _on_record(self, record) -> None:
        self.history.append(_slim(record))
        if len(self.history) > MAX_HISTORY:
            self.history = self.history[:MAX_HISTORY // 2:2] + self.history[MAX_HISTORY // 2:]
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def update_now(self) -> None:
        """The narration of the records so far: the label and every plot's accessible description."""
        text = " ".join(map(translated, narrate(self.history, self.context).sentences)) if self.history else ""
        self.label.setVisible(self.shown and bool(text))
        if text == self.text:
            return
        self.text = text
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.window.tabs.setAccessibleDescription(text)
        for panel in self.window.panels.values():
            for plot in getattr(panel, "plots", []):
                plot.setAccessibleDescription(text)
