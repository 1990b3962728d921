"""A saved session keeps the class's predictions and what the runs revealed; a damaged or hostile list of them
is refused naming the prediction and key, never a traceback (Hypothesis for the parser)."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regviz.core.content import presets, predict, session
from regviz.core.content.session import Session, SessionError

ONE = predict.ClassPrediction("01-overfitting", 3, "Which net's test loss ends lower?",
                              ("the net with L2", "the net without L2"), 1, (12, 3), (True, False),
                              ("regularized: 0.59, baseline: 4.5", "baseline: 4.5, regularized: 0.59"), 1)
SKIPPED = predict.ClassPrediction("03-l1", 2, "How many zeros?", ("none", "over half"), None, (0, 0),
                                  (True, None), ("regularized: 0.0 %", "not measured in this run"), 2)


def _text(predictions=(ONE, SKIPPED)):
    return Session(presets.load("overfit-2d"), predictions=tuple(predictions)).to_json()


def test_predictions_round_trip(tmp_path):
    path = tmp_path / "class.regviz"
    session.save(path, Session(presets.load("overfit-2d"), predictions=(ONE, SKIPPED)))
    loaded = session.load(path)
    assert loaded.predictions == (ONE, SKIPPED)
    assert loaded.predictions[1].contradicts and not loaded.predictions[0].contradicts


def test_a_session_without_predictions_reads_as_none():
    raw = json.loads(_text())
    del raw["predictions"]
    assert session.parse(json.dumps(raw)).predictions == ()


def _damaged(change):
    raw = json.loads(_text())
    change(raw["predictions"])
    return json.dumps(raw)


@pytest.mark.parametrize("change, message", [
    (lambda p: p[0].update(pick=3), "prediction 1: key 'pick'"),
    (lambda p: p[1].update(counts=[1]), "prediction 2: key 'counts'"),
    (lambda p: p[0].update(counts=[-1, 2]), "prediction 1: key 'counts'"),
    (lambda p: p[0].update(holds=["yes", False]), "key 'holds'"),
    (lambda p: p[0].update(answers=["only one"]), "key 'answers'"),
    (lambda p: p[0].update(question="<img src='/etc/passwd'>"), "key 'question'"),
    (lambda p: p[0].update(question="x" * 600), "key 'question'"),
    (lambda p: p[0].update(step=True), "key 'step'"),
    (lambda p: p[0].update(extra=1), "prediction 1: expected an object"),
    (lambda p: p.extend([p[0]] * predict.MAX_KEPT), "at most 200"),
])
def test_a_damaged_prediction_is_refused_naming_it(change, message):
    with pytest.raises(SessionError, match="predictions: ") as caught:
        session.parse(_damaged(change), "class.regviz")
    assert message in str(caught.value) and str(caught.value).startswith("class.regviz: ")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner,
                                                                                  max_size=9), max_leaves=30))
def test_any_json_as_predictions_loads_or_is_refused_with_our_error(value):
    raw = json.loads(_text())
    raw["predictions"] = value
    try:
        loaded = session.parse(json.dumps(raw))
    except SessionError:
        return
    assert all(isinstance(p, predict.ClassPrediction) for p in loaded.predictions)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(list(ONE.to_dict())), st.none() | st.booleans() | st.integers() | st.text(max_size=30)
       | st.lists(st.integers() | st.text(max_size=5) | st.none(), max_size=5))
def test_any_value_of_any_key_loads_or_is_refused(key, value):
    raw = json.loads(_text())
    raw["predictions"][0][key] = value
    try:
        session.parse(json.dumps(raw))
    except SessionError as exc:
        assert "prediction 1" in str(exc) or "predictions" in str(exc)
