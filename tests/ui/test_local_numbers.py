"""Numbers inside core's sentences read as the window's language writes them (issue 27): a Spanish reveal says
"0,5 %" and "step 1.500", not "0.5 %"; English and the C locale keep Python's separators."""
import pathlib

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import regviz

from regviz.core.content.predict import Rule, decide
from regviz.core.translatable import QT_TRANSLATE_NOOP, number
from regviz.ui.translated import translated

QM = pathlib.Path(regviz.__file__).parent / "i18n"


class _Model:
    def __init__(self, **numbers):
        self.__dict__.update(numbers)


class _Record:
    """What ``decide`` reads of a record: its step and its nets by name."""

    def __init__(self, step, models):
        self.step, self._models = step, models

    def __getitem__(self, name):
        return self._models[name]


@pytest.fixture
def locale_of(qapp):
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize("name, grouped, share", [("en_US", "1,500", "12.5 %"), ("de", "1.500", "12,5 %"),
                                                  ("es", "1.500", "12,5 %"), ("fr", "1\u202f500", "12,5 %")])
def test_a_sentences_numbers_take_the_locales_separators(locale_of, name, grouped, share):
    locale_of(name)
    step = QT_TRANSLATE_NOOP("narrator", "step {step}: {narration}").format(step=number(1500, ","), narration="x")
    assert translated(step) == f"step {grouped}: x"
    percent = QT_TRANSLATE_NOOP("predict", "{percent:.1f} %").format(percent=12.5)
    assert translated(percent) == share
    assert str(step) == "step 1,500: x"  # the CLI and logs read the English sentence


def test_a_reveals_deciding_numbers_in_spanish(locale_of):
    locale_of("es")
    rule = Rule("test_loss", "main", "<", value=0.4)
    outcome = decide(rule, [_Record(100, {"main": _Model(test_loss=0.25)})])
    assert outcome.holds
    assert translated(outcome.numbers) == "the net: 0,25 (the answer says < 0,4)"  # a single run's net, named


def test_a_german_reveal_names_the_single_net_and_writes_its_numbers_german(locale_of):
    translator = QTranslator()
    assert translator.load(str(QM / "regviz_de.qm"))  # make builds it from the .ts sources
    QCoreApplication.installTranslator(translator)
    try:
        locale_of("de")
        outcome = decide(Rule("test_accuracy", "main", ">", value=0.9),
                         [_Record(100, {"main": _Model(test_accuracy=0.9125)})])
        assert translated(outcome.numbers).startswith("das Netz: 91,2 %")
    finally:
        QCoreApplication.removeTranslator(translator)
