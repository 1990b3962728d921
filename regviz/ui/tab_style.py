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


def sized_by_current_page(tabs) -> None:
    """``tabs`` (a QTabWidget) as large as its current page needs, not its largest hidden one: its stacked layout
    counts every page's minimum, and a hidden page's plots keep their axes' first, wider guess until drawn (in the
    40 %-longer pseudo language the unseen batch-norm page asked 1036 px of a 1024-px window on every tab). Hidden
    pages' size policies are Ignored, which takes them out of the count; the shown page keeps its own."""
    from PySide6.QtWidgets import QSizePolicy

    def follow(current: int) -> None:
        for i in range(tabs.count()):
            page = tabs.widget(i)
            own = page.__dict__.setdefault("_regviz_policy", page.sizePolicy())
            page.setSizePolicy(own if i == current else QSizePolicy(QSizePolicy.Policy.Ignored,
                                                                    QSizePolicy.Policy.Ignored))
        tabs.updateGeometry()

    tabs.currentChanged.connect(follow)
    follow(tabs.currentIndex())
