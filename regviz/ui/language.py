"""The window's language: Qt translators for regviz's own strings (regviz/i18n/regviz_<lang>.qm, built by `make`
from i18n/*.ts) and for Qt's standard dialogs (qtbase_<lang>.qm, shipped with PySide6), chosen at start from the
settings, else the system's language when regviz speaks it, else English; switched live from View ▸ Language.

Installing a translator makes Qt send LanguageChange to every window; a widget that set its texts once sets them
again then (``LiveTexts`` does it for texts registered with it). After a switch ``QLocale()`` is the chosen
language, so numbers people read (``number``) and lesson texts follow it.
"""
from __future__ import annotations

import itertools
import os
from importlib import resources
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from .texts import Texts

translate = QCoreApplication.translate

SHIPPED = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}  # each in its own language
PSEUDO = "pseudo"  # every string marked "[·…~·]" and 40 % longer: finds untranslated and cut texts
PSEUDO_SWITCH = "REGVIZ_PSEUDO_LOCALE"  # =1: the pseudo language is in the menu (developers)
SETTINGS_KEY = "language"

_translators: list[QTranslator] = []
_current: str | None = None  # None: nothing installed yet in this process (English, Qt's default)


class LanguageMissing(RuntimeError):
    """A language regviz ships whose translation file is not there (a build that skipped `make`)."""


def languages() -> dict[str, str]:
    """The languages the menu offers: code -> name as its speakers write it."""
    names = dict(SHIPPED)
    if os.environ.get(PSEUDO_SWITCH) == "1":
        names[PSEUDO] = "[· Pseudo ·]"
    return names


def system_language() -> str:
    """The first of the system's UI languages that regviz speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def current() -> str:
    """The language installed now ("en" when none was)."""
    return _current or "en"


def lesson_language() -> str:
    """The language a lesson's words are shown in: the default locale's, which ``install`` sets ("en" for the
    pseudo language, which has no lesson words, and for the C locale). ``current()`` is the translator's."""
    name = QLocale().name().split("_")[0]
    return "en" if name in ("C", "") else name


def qm_path(lang: str) -> Path:
    return Path(str(resources.files("regviz.i18n").joinpath(f"regviz_{lang}.qm")))


def install(app: QCoreApplication, lang: str) -> str:
    """Make ``lang`` the application's language: regviz's translator and Qt's own for it (the old ones removed),
    and QLocale's default. English needs no file. Raises LanguageMissing naming the file when regviz's is absent
    or unreadable (nothing changes then)."""
    global _current
    if lang not in SHIPPED and lang != PSEUDO:
        raise LanguageMissing(f"unknown language {lang!r} (regviz speaks {', '.join(SHIPPED)})")
    loaded: list[QTranslator] = []
    if lang != "en":
        ours = QTranslator(app)
        path = qm_path(lang)
        if not ours.load(str(path)):
            raise LanguageMissing(f"{path}: the {lang} translation is missing or unreadable (run `make` or "
                                  "`python tools/translations.py release`)")
        loaded.append(ours)
        qt = QTranslator(app)
        if lang != PSEUDO and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            loaded.append(qt)  # standard buttons and dialogs; without it they stay English
    # The locale first: installing a translator sends LanguageChange at once, and what retranslates then (the
    # lessons' words, the Lessons menu, number formats) reads the language from the default locale.
    QLocale.setDefault(QLocale("en_US" if lang in ("en", PSEUDO) else lang))
    _current = lang
    for old in _translators:
        app.removeTranslator(old)
    _translators[:] = loaded
    for translator in loaded:
        app.installTranslator(translator)
    return lang


def start(app: QCoreApplication, settings) -> str:
    """At a window's start: the language its settings name; without one, a language already installed in this
    process (render-lesson's --lang) stays, else the system's. A missing file leaves English (and says why)."""
    saved = settings.value(SETTINGS_KEY)
    lang = saved if saved in languages() else (_current or system_language())
    if lang == current() and _current is not None:
        return lang
    try:
        return install(app, lang)
    except LanguageMissing as exc:
        print(f"regviz: {exc}; the window stays in English", flush=True)
        return install(app, "en")


def number(value: float, digits: int | None = None) -> str:
    """A number as a reader of the window's language writes it (1,234.5 / 1.234,5); ints get group separators."""
    locale = QLocale()
    if digits is None and isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", 1 if digits is None else digits)


class LiveTexts(QObject):
    """``texts.Texts`` for an object that is not a ``Retranslating`` widget (the window, its menus): (setter,
    text function) pairs set now and again on every language change. Made a child of a widget, which passes its
    LanguageChange on to its children, so it needs no help from the widget."""

    def __init__(self, widget: QObject):
        super().__init__(widget)
        self._texts = Texts()
        self._keys = itertools.count()

    def set(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        self._texts.put(setter, text, key=next(self._keys))  # every pair kept, a setter given twice too

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        self._texts.apply()  # a deleted Qt object's entry (a rebuilt menu's action) goes


class LanguageMenu(QObject):
    """View ▸ Language: one checkable entry per language; choosing one switches the window live and is
    remembered in the settings (the next window starts in it). ``failed(text)`` when a file is missing."""

    def __init__(self, menu, settings, texts: LiveTexts, on_error: Callable[[str], None]):
        super().__init__(menu)
        self.settings, self.on_error = settings, on_error
        self.menu = menu.addMenu("")
        texts.set(self.menu.setTitle, lambda: translate("language", "&Language"))
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in languages().items():
            action = QAction(name, self.menu, checkable=True)  # each name in its own language: never translated
            action.setChecked(code == current())
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, lang: str) -> None:
        try:
            install(QCoreApplication.instance(), lang)
        except LanguageMissing as exc:
            self.on_error(str(exc))
        else:
            self.settings.setValue(SETTINGS_KEY, lang)
        for code, action in self.actions.items():
            action.setChecked(code == current())
