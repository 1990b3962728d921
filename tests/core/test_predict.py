"""Prediction steps: a lesson's predict block is checked when the lesson loads (a bad one is refused naming the
step and key, whatever JSON it is), and its answers are decided from the run's records with the numbers that
decided them."""
import copy
import json
import math
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from records_for_tests import history, model, record

from regviz.core.content import lessons, predict
from regviz.core.records import RobustnessCurve

BASE = json.loads(resources.files("regviz.resources").joinpath("lessons/01-overfitting.json").read_text("utf-8"))
STEP = 2  # 0-based: "Turn on L2 and compare", a baseline-mode step that trains 600 steps

L2_WINS = {"question": "Which net ends with the lower test loss?", "expected": 1, "answers": [
    {"text": "the L2 net", "rule": {"metric": "test_loss", "variant": "regularized", "compare": "<",
                                    "than": "baseline"}},
    {"text": "the baseline", "rule": {"metric": "test_loss", "variant": "baseline", "compare": "<",
                                      "than": "regularized"}},
    {"text": "the gap stays under 0.5", "rule": {"metric": "gap", "variant": "regularized", "at": "max",
                                                 "compare": "<=", "value": 0.5}}]}


def _lesson(block, step=STEP):
    raw = copy.deepcopy(BASE)
    for other in raw["steps"]:  # the bundled lesson's own questions: this test's block alone
        other.pop("predict", None)
    raw["steps"][step]["predict"] = block
    return lessons.parse(json.dumps(raw), "mine")


def test_a_valid_block_is_parsed_onto_its_step():
    lesson = _lesson(L2_WINS)
    block = lesson.steps[STEP].predict
    assert block.question == "Which net ends with the lower test loss?" and block.expected == 1
    assert [a.text for a in block.answers] == ["the L2 net", "the baseline", "the gap stays under 0.5"]
    assert block.answers[0].rule == predict.Rule("test_loss", "regularized", "<", than="baseline")
    assert block.answers[2].rule == predict.Rule("gap", "regularized", "<=", at="max", value=0.5)
    assert all(step.predict is None for i, step in enumerate(lesson.steps) if i != STEP)


def _with(path, value):
    block = copy.deepcopy(L2_WINS)
    target = block
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return block


RULE = ("answers", 0, "rule")
HOSTILE = [
    (_with((*RULE, "metric"), "happiness"), "answer 1 rule: key 'metric': 'happiness'"),
    (_with((*RULE, "variant"), "main"), "answer 1 rule: key 'variant': 'main' is not a net of this step's run"),
    (_with((*RULE, "than"), "regularized"), "key 'than': 'regularized' is not another net"),
    (_with((*RULE, "compare"), "=="), "key 'compare': '=='"),
    (_with(("answers",), L2_WINS["answers"][:1]), "key 'answers': expected a list of 2 to 4 answers, not 1"),
    (_with(("answers",), L2_WINS["answers"] * 2), "key 'answers': expected a list of 2 to 4 answers, not 6"),
    (_with(("answers", 2, "rule", "value"), 1e999), "answer 3 rule: key 'value': expected a finite number"),
    (_with(("answers", 2, "rule", "value"), "0.5"), "answer 3 rule: key 'value': expected a finite number"),
    (_with((*RULE, "value"), 1.0), "give exactly one of 'than'"),
    (_with((*RULE, "than"), KeyError), "give exactly one of 'than'"),
    (_with((*RULE, "factor"), -2), "key 'factor': expected a number above 0"),
    (_with((*RULE, "at"), "sometime"), "key 'at': 'sometime'"),
    (_with((*RULE, "epsilon"), 0.2), "'epsilon' and 'attack' belong to metric attack_accuracy only"),
    (_with((*RULE, "code"), "import os"), "answer 1 rule: unknown key 'code'"),
    (_with(("expected",), 4), "key 'expected': the number of an answer, 1 … 3"),
    (_with(("question",), "<img src='/etc/passwd'>"), "key 'question'"),
    (_with(("answers", 1, "text"), ""), "answer 2 text"),
    (_with((*RULE, "metric"), "val_loss"), "val_loss needs a validation split"),
    ("L2 wins", "expected an object"),
]


@pytest.mark.parametrize("block, message", HOSTILE, ids=[m for _, m in HOSTILE])
def test_a_bad_block_is_refused_naming_the_step_and_the_key(block, message):
    with pytest.raises(lessons.LessonError) as caught:
        _lesson(block)
    text = str(caught.value)
    assert text.startswith("lesson mine, step 3 ('Turn on L2 and compare'): key 'predict': "), text
    assert message in text


AS_IT_STANDS = {"question": "Which net has the lower test loss now?", "expected": 1, "answers": [
    {"text": "the L2 net", "rule": {"metric": "test_loss", "variant": "regularized", "compare": "<",
                                    "than": "baseline"}},
    {"text": "the baseline", "rule": {"metric": "test_loss", "variant": "baseline", "compare": "<",
                                      "than": "regularized"}}]}


def test_a_step_that_does_not_train_may_ask_about_the_run_as_it_stands():
    """Lesson 1 step 4 trains nothing; step 3 trained the pair it keeps: the run as it stands answers."""
    assert _lesson(AS_IT_STANDS, step=3).steps[3].predict.answers[0].rule.at == "end"


def test_a_step_that_does_not_train_is_refused_a_rule_over_a_run_it_does_not_have():
    """No run of its own: a minimum, a maximum or a step number would be read off one record."""
    for at in ("min", "max", 300):
        block = copy.deepcopy(AS_IT_STANDS)
        block["answers"][1]["rule"]["at"] = at
        with pytest.raises(lessons.LessonError, match=rf"step 4 .*key 'predict': answer 2 rule: key 'at': "
                                                      rf"{at!r}: a step that does not train .*'end' only"):
            _lesson(block, step=3)


def test_a_step_that_does_not_train_is_refused_when_no_earlier_step_trained_its_net():
    """Lesson 1's first step loads the preset; with its second step's training taken away a question there would
    be answered by an untrained net, and a step that makes a net of its own (a preset, settings) has not
    trained it either."""
    block = copy.deepcopy(AS_IT_STANDS)
    for answer in block["answers"]:  # the single net of lesson 1's first two steps
        answer["rule"] = {"metric": "test_loss", "variant": "main", "compare": "<", "value": 0.5}
    raw = copy.deepcopy(BASE)
    for other in raw["steps"]:
        other.pop("predict", None)
    raw["steps"][1]["predict"] = block
    raw["steps"][1].pop("train")
    with pytest.raises(lessons.LessonError, match=r"step 2 .*key 'predict': a prediction step that does not train "
                                                  r"is answered by the run as it stands, and no earlier step"):
        lessons.parse(json.dumps(raw), "mine")
    raw["steps"][1].pop("predict")
    raw["steps"][0]["predict"] = block
    with pytest.raises(lessons.LessonError, match=r"step 1 .*key 'predict': .*so it keeps their net: no key "
                                                  r"'preset'"):
        lessons.parse(json.dumps(raw), "mine")
    raw["steps"][0].pop("predict")
    raw["steps"][3].update(predict=AS_IT_STANDS, set={"regularization.l2": 0.1})
    with pytest.raises(lessons.LessonError, match=r"step 4 .*no key 'set'"):
        lessons.parse(json.dumps(raw), "mine")


def test_an_attack_rule_needs_its_epsilon_in_range():
    fgsm = {"metric": "attack_accuracy", "variant": "regularized", "compare": ">", "value": 0.5, "epsilon": 1.5}
    with pytest.raises(lessons.LessonError, match=r"step 3 .*answer 1 rule: key 'epsilon': expected 0 … 1"):
        _lesson(_with(RULE, fgsm))
    with pytest.raises(lessons.LessonError, match=r"key 'attack': 'cw'"):
        _lesson(_with(RULE, {**fgsm, "epsilon": 0.2, "attack": "cw"}))
    assert _lesson(_with(RULE, {**fgsm, "epsilon": 0.2})).steps[STEP].predict.answers[0].rule.epsilon == 0.2


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner,
                                                                                  max_size=5), max_leaves=25)
RULE_LIKE = st.fixed_dictionaries({
    "metric": st.sampled_from([*predict.METRICS, "nope"]) | JSON, "variant": st.sampled_from(
        ["regularized", "baseline", "main"]) | JSON, "compare": st.sampled_from([*predict.COMPARE, "="]) | JSON},
    optional={"at": st.sampled_from(["end", "min", "max", 300, -1, True]) | JSON, "than": st.sampled_from(
        ["baseline", "regularized"]) | JSON, "value": st.floats() | JSON, "factor": st.floats() | JSON,
    "epsilon": st.floats() | JSON, "attack": st.sampled_from(["fgsm", "pgd"]) | JSON})
ANSWER_LIKE = st.fixed_dictionaries({"text": st.sampled_from(["yes", "no"]) | st.text(max_size=10) | JSON,
                                     "rule": RULE_LIKE | JSON}) | JSON  # mostly reaching the rule's own checks
BLOCK_LIKE = st.fixed_dictionaries({"question": st.just("Which?") | st.text(max_size=20) | JSON}, optional={
    "expected": st.integers(-1, 5) | JSON, "answers": st.lists(ANSWER_LIKE, min_size=2, max_size=4) |
    st.lists(ANSWER_LIKE, max_size=6) | JSON})


@settings(max_examples=500, deadline=None)
@given(st.one_of(JSON, BLOCK_LIKE, BLOCK_LIKE, BLOCK_LIKE))
def test_any_json_as_a_predict_block_parses_or_is_refused_naming_the_step(block):
    try:
        lesson = _lesson(block)
    except lessons.LessonError as exc:
        assert str(exc).startswith("lesson mine, step 3 ('Turn on L2 and compare'): key 'predict': ")
        return
    parsed = lesson.steps[STEP].predict
    assert 2 <= len(parsed.answers) <= 4
    for answer in parsed.answers:
        rule = answer.rule
        assert rule.metric in predict.METRICS and {rule.variant, rule.than} - {None} <= {"regularized", "baseline"}
        assert rule.value is None or math.isfinite(rule.value)


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, BLOCK_LIKE, BLOCK_LIKE, BLOCK_LIKE))
def test_any_json_on_a_step_that_does_not_train_parses_to_end_rules_or_is_refused_naming_the_step(block):
    """Lesson 1 step 4 (trains nothing, keeps step 3's pair): whatever the block, a rule it keeps reads the end."""
    try:
        lesson = _lesson(block, step=3)
    except lessons.LessonError as exc:
        assert str(exc).startswith("lesson mine, step 4 ('Try λ yourself'): key 'predict': ")
        return
    assert all(answer.rule.at == "end" for answer in lesson.steps[3].predict.answers)


# -- deciding --------------------------------------------------------------------------------------------------
def _rule(**fields):
    return predict.Rule(**{"metric": "test_loss", "variant": "regularized", "compare": "<", **fields})


RUN = history({"regularized": [(0.7, 0.7), (0.3, 0.25), (0.2, 0.21)],
               "baseline": [(0.7, 0.7), (0.1, 0.9), (0.001, 1.74)]}, every=100, start=600)


def test_a_rule_against_another_net_is_decided_at_the_end_with_both_numbers():
    assert predict.decide(_rule(than="baseline"), RUN) == predict.Outcome(True, "regularized: 0.21, baseline: 1.74")
    assert predict.decide(_rule(variant="baseline", than="regularized"), RUN) == \
        predict.Outcome(False, "baseline: 1.74, regularized: 0.21")


def test_a_factor_scales_the_other_side_and_the_numbers_say_so():
    outcome = predict.decide(_rule(than="baseline", factor=0.1), RUN)  # 0.21 < 0.174 is false
    assert outcome == predict.Outcome(False, "regularized: 0.21, baseline: 1.74 (× 0.1 = 0.174)")
    assert predict.decide(_rule(than="baseline", factor=0.2), RUN).holds  # 0.21 < 0.348


def test_at_a_step_at_the_minimum_and_at_the_maximum():
    assert predict.decide(_rule(variant="baseline", at="min", compare=">=", value=0.7), RUN).holds
    assert not predict.decide(_rule(variant="baseline", at="max", compare="<", value=1.74), RUN).holds
    outcome = predict.decide(_rule(variant="baseline", at=750, compare="<", value=1.0), RUN)  # the record at 700
    assert outcome == predict.Outcome(True, "baseline: 0.9 (the answer says < 1)")
    assert predict.decide(_rule(at=599, compare="<", value=1.0), RUN).holds is None  # before the step's run


def test_shares_and_steps_are_shown_as_a_class_reads_them():
    run = [record(300, model("main", sparsity=0.61, best_step=240, val_loss=0.3))]
    sparse = predict.decide(_rule(metric="sparsity", variant="main", compare=">", value=0.5), run)
    assert sparse == predict.Outcome(True, "main: 61.0 % (the answer says > 50.0 %)")
    best = predict.decide(_rule(metric="best_step", variant="main", compare="<", value=300), run)
    assert best == predict.Outcome(True, "main: step 240 (the answer says < step 300)")


def test_a_number_the_run_did_not_measure_decides_nothing():
    run = [record(300, model("main"))]  # no validation split
    outcome = predict.decide(_rule(metric="val_loss", variant="main", value=1.0), run)
    assert outcome == predict.Outcome(None, "main: not measured in this run")


def test_a_diverged_net_makes_no_comparison_true():
    run = [record(100, model("regularized", test_loss=float("nan")), model("baseline", test_loss=1.0))]
    assert predict.decide(_rule(than="baseline"), run).holds is False
    assert predict.decide(_rule(than="baseline", compare=">="), run).holds is False


def test_accuracy_under_attack_is_read_from_the_attack_curves():
    curves = [RobustnessCurve((0.0, 0.2), {"standard": (0.97, 0.31), "adversarial": (0.96, 0.74)}, 500),
              RobustnessCurve((0.0, 0.2), {"standard": (0.98, 0.01), "adversarial": (0.97, 0.71)}, 1000),
              RobustnessCurve((0.2,), {"standard": (0.0,), "adversarial": (0.05,)}, 1000, "pgd")]
    rule = predict.Rule("attack_accuracy", "standard", ">", value=0.5, epsilon=0.2)
    assert predict.decide(rule, [], curves) == predict.Outcome(False, "standard: 1.0 % (the answer says > 50.0 %)")
    assert predict.decide(predict.Rule("attack_accuracy", "standard", ">", value=0.3, epsilon=0.2, at="max"),
                          [], curves).holds
    pgd = predict.Rule("attack_accuracy", "adversarial", "<", than="adversarial", epsilon=0.2, attack="pgd")
    assert predict.decide(predict.Rule("attack_accuracy", "adversarial", "<", value=0.1, epsilon=0.2,
                                       attack="pgd"), [], curves).holds
    assert predict.decide(predict.Rule("attack_accuracy", "standard", "<", value=0.5, epsilon=0.1), [],
                          curves).holds is None  # no ε = 0.1 on the curve
    assert pgd.attack == "pgd"


def test_every_answer_of_a_block_is_decided_several_may_hold():
    block = _lesson(L2_WINS).steps[STEP].predict
    outcomes = predict.evaluate(block, RUN)
    assert [o.holds for o in outcomes] == [True, False, True]  # the L2 net's gap peaks at 0.01 (at step 800)
    assert outcomes[2].numbers == "regularized: 0.01 (the answer says <= 0.5)"
