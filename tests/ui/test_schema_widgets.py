"""The controls offer exactly what validation accepts: every slider, spin box, sweep parameter and lesson control
is built from the one config schema (core.config.FIELDS), so they cannot disagree."""
import pytest

from regviz.core.config import FIELDS, SWEEPABLE, ExperimentConfig, is_live
from regviz.core.content import lessons


@pytest.fixture
def panels(qtbot):
    from regviz.ui.panels.experiment import ExperimentPanel
    from regviz.ui.panels.regularizers import RegularizerPanel

    experiment, regularizers = ExperimentPanel(), RegularizerPanel()
    qtbot.addWidget(experiment)
    qtbot.addWidget(regularizers)
    return experiment, regularizers


def _ends(slider):
    return slider._to_value(0), slider._to_value(slider._steps)


def test_sliders_reach_the_top_of_their_field_and_never_leave_it(panels):
    experiment, regularizers = panels
    sliders = {"data.noise": experiment.noise, "data.train_fraction": experiment.train_fraction,
               "training.lr": experiment.lr, "regularization.l2": regularizers.sliders["l2"],
               "regularization.l1": regularizers.sliders["l1"], "model.dropout": regularizers.sliders["dropout"],
               "regularization.adversarial.epsilon": regularizers.sliders["adversarial"],
               "regularization.adversarial.weight": regularizers.sliders["adversarial_weight"]}
    for key, slider in sliders.items():
        low, high = _ends(slider)
        field = FIELDS[key]
        assert high == field.high, key  # e.g. the learning rate now reaches 10, as validation allows
        assert field.low <= low < high, key
    assert _ends(experiment.lr)[0] == FIELDS["training.lr"].low  # and goes down to 1e-6


def test_spin_boxes_span_their_fields(panels):
    experiment, _ = panels
    for key, spin in {"data.train_size": experiment.train_size, "training.batch_size": experiment.batch_size,
                      "training.seed": experiment.seed}.items():
        assert (spin.minimum(), spin.maximum()) == (FIELDS[key].low, FIELDS[key].high), key
    experiment.set_config(ExperimentConfig().with_overrides({"data.name": "mnist", "data.test_size": 1000}))
    assert experiment.train_size.maximum() == 4000  # the bundled 5,000 digits less the test set


def test_the_batch_size_box_does_not_offer_one_while_batch_norm_is_on(panels):
    experiment, _ = panels
    experiment.set_config(ExperimentConfig().with_overrides({"model.batchnorm": True}))
    assert experiment.batch_size.minimum() == 2
    experiment.set_config(ExperimentConfig())
    assert experiment.batch_size.minimum() == 1


def test_a_preset_value_is_shown_and_kept_exactly_until_the_slider_moves(panels):
    experiment, _ = panels
    experiment.lr.setValue(0.05)  # between two notches of a log slider
    assert experiment.lr.value() == 0.05 and experiment.lr.label.text() == "0.05"
    experiment.lr.slider.setValue(experiment.lr.slider.value() + 1)
    assert experiment.lr.value() != 0.05


def test_the_sweep_tab_offers_the_sweepable_fields_within_their_ranges(qtbot):
    from regviz.ui.panels.sweep import SweepPanel

    panel = SweepPanel()
    qtbot.addWidget(panel)
    offered = [panel.param_box.itemData(i) for i in range(panel.param_box.count())]
    assert offered == list(SWEEPABLE) and "regularization.l2" in offered
    for index, key in enumerate(offered):
        panel.param_box.setCurrentIndex(index)
        assert panel.high.maximum() == FIELDS[key].high and panel.low.minimum() >= FIELDS[key].low
        assert (panel.low.value(), panel.high.value()) == SWEEPABLE[key].sweep


def test_lesson_controls_and_live_keys_come_from_the_schema(qtbot):
    from regviz.ui.panels.regularizers import RegularizerPanel

    panel = RegularizerPanel()
    qtbot.addWidget(panel)
    controls = {field.control for field in FIELDS.values()}
    assert set(lessons.CONTROLS) == controls | {"speed", "compare", "data", "early_stopping"}  # + experiment boxes
    assert controls - {"experiment"} == set(panel.rows)  # every control a field names is a row the window has
    assert is_live("regularization.l2") and is_live("regularization.augmentation.rotation")
    assert not is_live("model.hidden") and not is_live("training.batch_size") and not is_live("no.such.key")
