"""The tab bar's style: Fusion with narrower tab padding, so the window's nine tabs fit at 1024 px."""
from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle

TAB_SPACE = 8


class NarrowTabs(QProxyStyle):
    """Fusion with tabs TAB_SPACE px wider than their titles (Fusion's 24): the nine tabs' titles fit the window
    at 1024 px, also in presentation type and in German, Spanish and French, where the bar scrolled and hid the
    last tabs behind its arrows."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_SPACE
        return super().pixelMetric(metric, option, widget)
