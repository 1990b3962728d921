"""The panels and plots in the reader's language (issue 27, item 1, the "panels" area): a German translator built
from i18n/panels_de.ts turns the Training tab's plot titles, axis labels, legends and marks, the control dock's
group titles, form labels and explanations and the config's field labels German when Qt sends LanguageChange (as
View ▸ Language does), and English again when it is removed; the .ts files are complete against a fresh
pyside6-lupdate of the sources; and the German words fit the tabs at 1024×768 as the English ones do."""
from __future__ import annotations

import collections
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from fake_runs import model_record, record, run_info
from screen_checks import all_problems

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
# AREAS["panels"] (i18n.md, tools/translations.py): what the panels' .ts files are made from
SOURCES = sorted(str(p.relative_to(ROOT)) for pattern in ("regviz/ui/panels/*.py", "regviz/ui/plots/*.py")
                 for p in ROOT.glob(pattern)) + ["regviz/core/config.py"]
LANGS = ("de", "es", "fr", "pseudo")
FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})|%n|%[vmp]|<[^<>]*>")


def _lrelease(lang: str, folder: Path) -> Path:
    qm = folder / f"panels_{lang}.qm"
    done = subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ROOT / "i18n" / f"panels_{lang}.ts"), "-qm",
                           str(qm)], capture_output=True, text=True)
    assert done.returncode == 0 and qm.exists(), done.stdout + done.stderr
    return qm


@pytest.fixture(scope="module")
def german(tmp_path_factory) -> Path:
    return _lrelease("de", tmp_path_factory.mktemp("qm"))


@contextmanager
def speaking(qapp, qm: Path):
    """The translator installed as View ▸ Language installs it: Qt posts LanguageChange to every window."""
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    qapp.processEvents()  # the posted LanguageChange events, delivered
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        qapp.processEvents()


def _plot_texts(plot) -> dict:
    item = plot.getPlotItem()
    return {"title": item.titleLabel.text, "left": item.getAxis("left").labelText,
            "bottom": item.getAxis("bottom").labelText,
            "legend": [label.text for _, label in item.legend.items] if item.legend is not None else []}


def _training_texts(panel) -> dict:
    return {"loss": _plot_texts(panel.loss_plot), "accuracy": _plot_texts(panel.accuracy_plot),
            "histogram": _plot_texts(panel.histogram), "norms": _plot_texts(panel.norms),
            "right": panel.norms.getPlotItem().getAxis("right").labelText,
            "boundary": panel.boundary.views["regularized"][0].titleLabel.text,
            "marks": [line.label.format for line in panel.loss_plot.marks],
            "readout": panel.loss_plot.curves["train:regularized"].name()}


def test_the_training_tab_reads_german_after_a_language_change_and_english_again(qapp, qtbot, german):
    from regviz.ui.panels.training import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    info = run_info()
    panel.set_run(info)
    panel.on_record(record(10, model_record()))
    panel.mark_change(10, "data.label_noise", 0.2)  # a config field's label on the loss plot
    english = _training_texts(panel)
    assert english["loss"] == {"title": "Loss", "left": "cross-entropy", "bottom": "step",
                               "legend": ["train", "test", "penalty"]}
    assert english["marks"] == ["label noise → 0.2"]
    with speaking(qapp, german):
        assert _training_texts(panel) == {
            "loss": {"title": "Verlust", "left": "Kreuzentropie", "bottom": "Schritt",
                     "legend": ["Training", "Test", "Strafterm"]},
            "accuracy": {"title": "Genauigkeit", "left": "Anteil richtig", "bottom": "Schritt",
                         "legend": ["Training", "Test"]},
            "histogram": {"title": "Gewichtshistogramm", "left": "Anteil der Gewichte (%)", "bottom": "Gewichtswert",
                          "legend": ["Gewichte"]},
            "norms": {"title": "Gewichte, Nullen", "left": "‖w‖₂", "bottom": "Schritt", "legend": ["‖w‖₂", "% null"]},
            "right": "% genau 0",
            "boundary": "Entscheidungsgrenze",
            "marks": ["Label-Rauschen → 0.2"],
            "readout": "Training"}
        panel.set_run(info)  # a new run while German: its new legend is German too
        assert _plot_texts(panel.loss_plot)["legend"] == ["Training", "Test", "Strafterm"]
    assert _training_texts(panel)["loss"] == english["loss"]
    panel.mark_change(10, "data.label_noise", 0.2)
    assert _training_texts(panel) == english


def test_the_control_dock_and_the_config_labels_read_german(qapp, qtbot, german):
    from regviz.ui.panels.experiment import ExperimentPanel
    from regviz.ui.panels.regularizers import RegularizerPanel
    from regviz.ui.panels.sweep import SweepPanel

    regularizers, experiment, sweep = RegularizerPanel(), ExperimentPanel(), SweepPanel()
    for widget in (regularizers, experiment, sweep):
        qtbot.addWidget(widget)
    l2_explanation = regularizers.rows["l2"][-1]
    lr_name = experiment._model_form.labelForField(experiment.lr.label)
    label_noise = sweep.param_box.findData("data.label_noise")

    def texts():
        return (regularizers.title(), l2_explanation.text(), regularizers.sliders["l2"].slider.toolTip()[:20],
                experiment.data_box.title(), lr_name.text(), experiment.patience.specialValueText(),
                sweep.param_box.itemText(label_noise), sweep.plot.getPlotItem().titleLabel.text)

    english = texts()
    assert english == ("Regularizers", "Pulls every weight towards 0 in proportion to its size (gradient 2λw): "
                       "weights shrink.", "Pulls every weight t", "Data", "Learning rate", "off", "label noise",
                       "Final loss against L2 λ")
    with speaking(qapp, german):
        assert texts() == ("Regularisierer", "Zieht jedes Gewicht proportional zu seiner Größe Richtung 0 "
                           "(Gradient 2λw): Gewichte schrumpfen.", "Zieht jedes Gewicht ", "Daten", "Lernrate",
                           "aus", "Label-Rauschen", "Endverlust über L2 λ")
        sweep.param_box.setCurrentIndex(label_noise)  # a setting chosen while German: named in German
        assert sweep.with_zero.text() == "auch Label-Rauschen = 0 (gestrichelte Linie)"
    assert texts()[:-1] == english[:-1] and sweep.with_zero.text() == "also label noise = 0 (dashed line)"


def _messages(ts: Path) -> dict:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation] if message.get("numerus") == "yes" else \
                [translation.text or ""]
            found[(context.findtext("name"), message.findtext("source"), message.get("numerus") == "yes")] = \
                (translation.get("type"), forms)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_panels_entry_is_translated_and_none_is_missing(lang, tmp_path):
    """The CI check for this area: nothing unfinished, empty or with a lost field, and the same entries a fresh
    pyside6-lupdate of today's sources makes."""
    ts = ROOT / "i18n" / f"panels_{lang}.ts"
    fresh = tmp_path / ts.name
    done = subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                           "-source-language", "en", "-target-language", "en" if lang == "pseudo" else lang,
                           *SOURCES, "-ts", str(fresh)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    committed = _messages(ts)
    assert set(committed) == set(_messages(fresh)), "run pyside6-lupdate for the panels area (tools/translations.py)"
    bad = [(key, state, forms) for key, (state, forms) in committed.items()
           if state in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)
           or any(sorted(FIELD.findall(key[1])) != sorted(FIELD.findall(f)) for f in forms)]
    assert not bad, bad[:5]
    assert len(committed) > 250  # every panel and plot, not a few


def _tab_problems(window, qtbot) -> dict[str, collections.Counter]:
    """Per tab, how many texts are cut or scroll (by kind), at 1024×768."""
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(60)
        window.refresh_plots(all_plots=True)
        qtbot.wait(60)
        found[index] = collections.Counter(kind for kind, _ in all_problems(window) if kind in ("cut", "scrolls"))
        found[index, "texts"] = sorted(text for kind, text in all_problems(window) if kind in ("cut", "scrolls"))
    return found


DATA_BOX = {"de": "Daten", "es": "Datos", "fr": "Données"}


@pytest.mark.parametrize("lang", ("de", "es", "fr"))
def test_the_translated_panels_fit_every_tab_at_1024x768_as_the_english_do(window, qtbot, qapp, lang, tmp_path):
    """No tab has more cut or scrolling texts in the language than in English (the real-screen rules, offscreen)."""
    window.resize(1024, 768)
    english = _tab_problems(window, qtbot)
    with speaking(qapp, _lrelease(lang, tmp_path)):
        window.resize(1024, 768)
        assert window.experiment.data_box.title() == DATA_BOX[lang]
        translated = _tab_problems(window, qtbot)
    worse = {window.tabs.tabText(i): translated[i, "texts"] for i in range(window.tabs.count())
             if any(translated[i][kind] > english[i][kind] for kind in ("cut", "scrolls"))}
    assert not worse, worse


def _shown_texts(root) -> list[tuple[str, str]]:
    """Every word a panel shows (labels, buttons, group titles, list items, tooltips, plot titles, axis labels,
    legend entries and the plots' text items), as (where, text); not the tooltips widgets.py gives its value
    fields and spin boxes (the window area's)."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QSpinBox, QWidget

    from regviz.ui.widgets import ValueSlider

    found = []
    value_fields = {id(slider.label) for slider in root.findChildren(ValueSlider)}  # widgets.py's, laid out apart
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(widget.count())]
        if widget.toolTip() and not isinstance(widget, QSpinBox) and id(widget) not in value_fields:
            found.append((where + " tooltip", widget.toolTip()))
        if isinstance(widget, pg.GraphicsView):
            for item in widget.scene().items():
                if isinstance(item, pg.PlotItem):
                    found.append(("plot title", item.titleLabel.text))
                    found += [("axis", item.getAxis(side).labelText) for side in ("left", "bottom", "right")]
                    if item.legend is not None:
                        found += [("legend", label.text) for _, label in item.legend.items]
                elif isinstance(item, pg.TextItem) and item.isVisible():
                    found.append(("text item", item.toPlainText()))
    return [(where, text) for where, text in found if text]


def _a_name(text: str) -> bool:
    """Not words to translate: a data set, preset, activation, optimizer, model or photo name, a net's name, a
    feature (x₁, sin x₂), a formula or symbol (s = 0.5, ε, X), a number, an image's credit."""
    from regviz.core.config import ACTIVATIONS, DATASETS, FEATURE_LABELS, MODEL_KINDS, OPTIMIZERS
    from regviz.core.content import images, presets

    names = {*DATASETS, *ACTIVATIONS, *OPTIMIZERS, *MODEL_KINDS, *presets.names(), *images.PHOTOS,
             *images.PHOTOS.values(), *FEATURE_LABELS.values(), "MNIST, CC BY-SA 3.0", "regularized"}
    plain = re.sub(r"<[^>]*>", "", text)
    return plain in names or len(re.findall(r"[A-Za-z]{2,}", plain)) == 0 or re.fullmatch(r"s = [\d.]+", plain)


def test_in_the_pseudo_language_every_panel_word_is_translated(window, qtbot, qapp, tmp_path):
    """The pseudo-locale walk for this area: with the pseudo translator every word on every tab's panel and in the
    control dock's panels carries the marker "[·"; a word without it was never marked for translation."""
    with speaking(qapp, _lrelease("pseudo", tmp_path)):
        untranslated = set()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(60)
            window.refresh_plots(all_plots=True)
            page = window.tabs.widget(index)
            if type(page).__name__ == "LessonPanel":  # helper t2's area (lesson overlays)
                continue
            for root in (page, window.regularizers, window.experiment):
                untranslated |= {(window.tabs.tabText(index), where, text) for where, text in _shown_texts(root)
                                 if "[·" not in text and not _a_name(text)}
    assert not untranslated, sorted(untranslated)[:20]


def test_counts_are_grouped_as_the_chosen_language_groups_them(qapp):
    """View ▸ Language sets the default QLocale: the Network tab's and the dropout step's counts follow it."""
    from PySide6.QtCore import QLocale

    from regviz.ui.texts import count

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German))
        assert count(8448) == "8.448"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert count(8448) == "8,448"
        QLocale.setDefault(QLocale.c())  # no language chosen: as English writes it
        assert count(1234567) == "1,234,567"
    finally:
        QLocale.setDefault(previous)


def test_a_compared_runs_nets_are_named_in_the_language(qapp, qtbot, german):
    """Compare with baseline: the nets core names (regularized, baseline) in the legends and map titles."""
    from regviz.ui.panels.training import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_run(run_info(names=("regularized", "baseline")))

    def names():
        return (_plot_texts(panel.loss_plot)["legend"][-1], _plot_texts(panel.histogram)["legend"],
                [plot.titleLabel.text for plot, *_ in panel.boundary.views.values()])

    assert names() == ("baseline", ["regularized", "baseline"], ["regularized", "baseline"])
    with speaking(qapp, german):
        assert names() == ("Basis", ["regularisiert", "Basis"], ["regularisiert", "Basis"])
    assert names() == ("baseline", ["regularized", "baseline"], ["regularized", "baseline"])
