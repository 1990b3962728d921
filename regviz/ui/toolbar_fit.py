"""The toolbar's three buttons keep their words beside their icons where the whole bar fits its width."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QToolBar, QToolButton, QWidgetAction

HOLD = 2  # px of room beyond the exact need before the words come back (no flipping on a rounding)


class WordsWhereTheyFit(QObject):
    """Play, Step and Reset with their words where the toolbar fits its width with them, icons only where it
    does not (their names stay in the tooltips and the Run menu): in presentation type at 1024×768 the bar needed
    1,111 px, and Compare and Race went behind the » button. Measured without switching styles (a switch lays the
    bar out again, which would ask again)."""

    EVENTS = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.LanguageChange)

    def __init__(self, bar: QToolBar):
        super().__init__(bar)
        self.bar = bar
        bar.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.bar and event.type() in self.EVENTS:
            self.fit()
        return False

    def _buttons(self) -> list[QToolButton]:
        """The buttons of the bar's own actions, which follow its style (not a widget added to it, as Race)."""
        return [b for b in (self.bar.widgetForAction(a) for a in self.bar.actions() if not isinstance(a, QWidgetAction))
                if isinstance(b, QToolButton) and b.isVisible()]

    @staticmethod
    def _words(button: QToolButton) -> int:
        """What the words add beside the icon: Qt's own sum (QToolButton::sizeHint), the text, a space either
        side and 4 px."""
        metrics = button.fontMetrics()
        return 4 + metrics.size(Qt.TextFlag.TextShowMnemonic, button.text()).width() + 2 * metrics.horizontalAdvance(" ")

    def fit(self) -> None:
        bar = self.bar
        with_words = bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        need = bar.sizeHint().width() if with_words else \
            bar.sizeHint().width() + sum(self._words(b) for b in self._buttons()) + HOLD
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if need <= bar.width() else \
            Qt.ToolButtonStyle.ToolButtonIconOnly
        if style != bar.toolButtonStyle():
            bar.setToolButtonStyle(style)
