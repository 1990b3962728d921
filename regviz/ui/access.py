"""Within reach of a screen reader and of a keyboard alone (issue 27): every control named and described, every
value control reached by Tab and worked by a key, focus always drawn, the plots described in words and the status
line announced. One pass over the window (``Accessibility.prepare``), run again when panels rebuild, so the panels
need no code of their own; a panel that names a control itself (setAccessibleName, a buddy label) keeps its name.

Keys follow the window's rule: single keys are the window's (Space plays, R resets, → steps) except while a text
or number field has focus; a focused slider takes its arrows (widgets._Slider), and Enter presses a focused button
or switches a focused check box, since Space is Play's."""
from __future__ import annotations

import contextlib

import re
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox,
                               QApplication, QComboBox, QFormLayout, QLabel, QLineEdit, QScrollBar,
                               QStatusBar, QTabBar, QToolBar, QWidget)

from ..core.config import FIELDS

# What a person sets or presses: each needs a name, a description, a place in the Tab chain and a key.
CONTROL_TYPES = (QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractButton)
translate = QCoreApplication.translate  # every sentence below is translate("access", "…"), as lupdate reads it
DESCRIBE_EVERY_MS = 1000  # plot descriptions follow the numbers once a second: a screen reader reads on request
FOCUS_RING_PX = 2


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")).strip(" :")


def is_control(widget: QWidget) -> bool:
    """A control a person works; a scroll area's own bars, a spin box's inner field, the toolbar's buttons (their
    actions are in the menus, with shortcuts) and a tab bar's scroll arrows are parts of other widgets."""
    if not isinstance(widget, CONTROL_TYPES) or isinstance(widget, QScrollBar):
        return False
    parent = widget.parentWidget()
    if isinstance(parent, QToolBar) and type(widget).__name__ == "QToolButton" or \
            type(widget).__name__ == "QToolBarExtension":
        return False
    return not isinstance(parent, (QAbstractSpinBox, QTabBar, QComboBox))


def controls(root: QWidget, visible_only: bool = True) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if is_control(w) and (w.isVisible() or not visible_only)]


def accessible_text(widget: QWidget, kind=QAccessible.Text.Name) -> str:
    """What a screen reader is told: the name (or description) Qt's accessibility interface gives."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(kind).strip()


def _form_label(widget: QWidget) -> str:
    """The text of the label beside ``widget`` in a form, or before it on its line (a box or grid layout)."""
    parent = widget.parentWidget()
    layouts = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while layouts:
        layout = layouts.pop()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and _plain(label.text()):
                return _plain(label.text())
        previous = None
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.layout() is not None:
                layouts.append(item.layout())
            elif item.widget() is widget and previous is not None and type(layout) is not QFormLayout:
                text = previous.text() if isinstance(previous, (QLabel, QAbstractButton)) else ""
                if _plain(text):
                    return _plain(text)
            elif item.widget() is not None:
                previous = item.widget()
    return ""


def _field_label(widget: QWidget) -> str:
    for candidate in (widget, widget.parentWidget()):
        if candidate is not None and candidate.objectName() in FIELDS:
            return FIELDS[candidate.objectName()].label.capitalize()
    return ""


def _first_clause(text: str) -> str:
    return _plain(re.split(r"[:(.;]", text, maxsplit=1)[0])[:60]


def derived_name(widget: QWidget) -> str:
    """A name for a control Qt cannot name: its form label, the label or switch before it, its config field's
    label or its tooltip's first words. A value slider's slider and its field share the slider's name."""
    from .widgets import ValueSlider

    owner = widget.parentWidget()
    if isinstance(owner, ValueSlider) and widget is owner.slider:
        base = _form_label(owner.label) or _form_label(owner) or _field_label(owner) or \
            _first_clause(owner.toolTip())
        return base
    for candidate in (_form_label(widget), _field_label(widget), _first_clause(widget.toolTip()),
                      _plain(widget.placeholderText()) if isinstance(widget, QLineEdit) else ""):
        if candidate:
            return candidate
    return ""


def key_hint(widget: QWidget) -> str:
    """How the control is worked from the keyboard (its description when it has no tooltip)."""
    if isinstance(widget, QAbstractSlider):
        return translate("access", "Arrow keys step it, Page Up and Page Down take bigger steps")
    if isinstance(widget, QComboBox):
        return translate("access", "Up and Down choose")
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return translate("access", "Type a value, then Enter")
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return translate("access", "Enter switches it on or off")
    return translate("access", "Enter presses it")


def press(button: QAbstractButton) -> None:
    button.click()


_SLIDER_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)


class _ControlKeys(QObject):
    """Enter presses a focused button or switches a focused check box (Space is the window's Play/Pause); a
    focused slider takes its arrows before the window's shortcuts (→ is Step otherwise)."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QAbstractSlider) and \
                event.key() in _SLIDER_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton) and watched.isEnabled() and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            press(watched)
            return True
        return False


def shown_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` its ancestors show (not scrolled away), in its own coordinates."""
    shown = widget.rect()
    ancestor = widget.parentWidget()
    while ancestor is not None:
        shown = shown.intersected(QRect(widget.mapFrom(ancestor, QPoint(0, 0)), ancestor.size()))
        if ancestor.isWindow():
            break
        ancestor = ancestor.parentWidget()
    return shown


class FocusRing(QWidget):
    """A frame in the theme's highlight colour around whatever has keyboard focus, whatever the style draws
    (Fusion draws no focus on a plot or a slider's groove): focus is always visible, in both themes."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        for ancestor in self._watched:
            with contextlib.suppress(RuntimeError):  # a rebuilt panel's widget may be gone already
                ancestor.removeEventFilter(self)
        if widget is not None and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            widget = widget.parentWidget()  # round the whole box, not its inner field
        self.target = widget if widget is not None and widget.window() is self.window() else None
        self._watched = []
        ancestor = self.target
        while ancestor is not None and ancestor is not self.window():  # a scroll moves a parent, not the target
            ancestor.installEventFilter(self)
            self._watched.append(ancestor)
            ancestor = ancestor.parentWidget()
        self.place()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.place()
        return False

    def place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        shown = shown_rect(target)
        if shown.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(self.window(), shown.topLeft())
        m = FOCUS_RING_PX
        self.setGeometry(QRect(top_left, shown.size()).adjusted(-m, -m, m, m))
        self.show()
        self.raise_()
        self.update()

    def colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        pen = QPen(self.colour(), FOCUS_RING_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_RING_PX / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


def describe_plot(view) -> str:
    """What a plot shows now, in words: each titled plot's latest value per curve, or a map's range. A plot's own
    ``describe()`` or a narrator's sentence (``set_narration``) takes its place."""
    narration = getattr(view, "narration", "")
    if narration:
        return narration
    own = getattr(view, "describe", None)
    if callable(own):
        return own()
    import pyqtgraph as pg
    import numpy as np

    parts = []
    for item in view.scene().items():
        if not isinstance(item, pg.PlotItem):
            continue
        title = _plain(re.sub(r"<[^>]+>", "", item.titleLabel.text or ""))
        values = []
        for curve in item.listDataItems():
            if not curve.isVisible() or not isinstance(curve, pg.PlotDataItem):
                continue
            x, y = curve.getData()
            if y is None or not len(y):
                continue
            name = curve.name() or translate("access", "curve")
            values.append(translate("access", "{name} {value} at {x}").format(name=name, value=f"{float(y[-1]):.3g}",
                                                             x=f"{float(x[-1]):.4g}"))
        for image in (i for i in item.items if isinstance(i, pg.ImageItem) and i.image is not None):
            data = np.asarray(image.image, dtype=float)
            if data.size and data.ndim == 2 and np.isfinite(data).any():
                values.append(translate("access", "map from {low} to {high}").format(low=f"{np.nanmin(data):.2f}",
                                                                  high=f"{np.nanmax(data):.2f}"))
        if title or values:
            parts.append(f"{title}: {', '.join(values)}" if values else title)
    extra = getattr(view, "describe_extra", None)  # what a plot adds of its own (the boundary's cursor)
    parts += [extra()] if callable(extra) else []
    return "; ".join(parts) or translate("access", "Nothing drawn yet")


def set_narration(view, text: str) -> None:
    """The narrator's sentence as the plot's description (empty: back to its latest numbers)."""
    view.narration = text
    _set_description(view, describe_plot(view))


def _plot_name(view) -> str:
    import pyqtgraph as pg

    titles = [_plain(re.sub(r"<[^>]+>", "", item.titleLabel.text or "")) for item in view.scene().items()
              if isinstance(item, pg.PlotItem)]
    titles = [t for t in titles if t]
    return ", ".join(dict.fromkeys(titles)) or translate("access", "Plot")


def _set_description(widget: QWidget, text: str) -> None:
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))


def plots(root: QWidget) -> list:
    if "pyqtgraph" not in sys.modules:
        return []
    import pyqtgraph as pg

    return [view for view in root.findChildren(pg.GraphicsView)]


class Accessibility(QObject):
    """Names, keys, the focus ring, plot descriptions and the announced status line for one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.keys = _ControlKeys(self)
        self.ring = FocusRing(window)
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus)
        status: QStatusBar = window.statusBar()
        status.setAccessibleName(translate("access", "Status"))
        status.messageChanged.connect(self.announce)
        self.timer = QTimer(self, interval=DESCRIBE_EVERY_MS)
        self.timer.timeout.connect(self.describe_plots)
        self.timer.start()

    def event(self, event) -> bool:
        """A language switch (the window passes it on): every name and description this made, made again in the
        new language, once the widgets have set their own texts again (the next turn of the event loop)."""
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)  # not once the window is gone
        return super().event(event)

    def retranslate(self) -> None:
        for widget in self.window.findChildren(QWidget):
            if widget.property("_derived_name"):
                widget.setAccessibleName("")
            if widget.property("_derived_description"):
                widget.setAccessibleDescription("")
        status = self.window.statusBar()
        status.setAccessibleName(status.currentMessage() or translate("access", "Status"))
        self.prepare()

    def _on_focus(self, _old, new) -> None:
        self.ring.follow(new)

    def announce(self, text: str) -> None:
        """The status line's message as the status bar's name, announced as a name change."""
        status = self.window.statusBar()
        status.setAccessibleName(text or translate("access", "Status"))
        status.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(status, QAccessible.Event.NameChanged))

    def prepare(self) -> None:
        """Name, describe and put in the Tab chain every control of the window (run again after a rebuild)."""
        for widget in controls(self.window, visible_only=False):
            # Qt names a combo box by its current item: the name must say what is chosen, the value is its own
            if not widget.accessibleName() and (isinstance(widget, QComboBox) or not accessible_text(widget)):
                name = derived_name(widget)
                if name:
                    widget.setAccessibleName(name)
                    widget.setProperty("_derived_name", True)
            if not widget.accessibleDescription() and not widget.toolTip():
                widget.setAccessibleDescription(key_hint(widget))
                widget.setProperty("_derived_description", True)
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if isinstance(widget, (QAbstractButton, QAbstractSlider)) and not widget.property("_keys"):
                widget.setProperty("_keys", True)
                widget.installEventFilter(self.keys)
        self._name_value_fields()
        self.describe_plots()

    def _name_value_fields(self) -> None:
        """A value slider's typed field: '<its slider's name> value'."""
        from .widgets import ValueSlider

        for owner in self.window.findChildren(ValueSlider):
            name = accessible_text(owner.slider)
            field = owner.label
            if name and not field.accessibleName():
                field.setAccessibleName(translate("access", "{name} value").format(name=name))
                field.setProperty("_derived_name", True)
            if name and not owner.accessibleName():
                owner.setAccessibleName(name)
                owner.setProperty("_derived_name", True)

    def describe_plots(self) -> None:
        """Every plot on the current tab named by its titles and described by what it shows now."""
        current = getattr(self.window, "tabs", None)
        page = current.currentWidget() if current is not None else self.window
        for view in plots(page):
            if not view.isVisible():
                continue
            if not view.accessibleName():
                view.setAccessibleName(_plot_name(view))
                view.setProperty("_derived_name", True)
            _set_description(view, describe_plot(view))
