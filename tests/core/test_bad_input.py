"""Whatever a user types or opens either loads or is refused with regviz's own error and a message — never a
traceback (Hypothesis generates the input). Plus one test per reproduction of issue 11's list."""
import json
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regviz.core.config import FIELDS, ConfigError, ExperimentConfig
from regviz.core.content import lessons, session
from regviz.core.content.lessons import LessonError
from regviz.core.content.session import SessionError
from regviz.core.content.user_files import MAX_DEPTH, parse_json, read_text

QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30) |
    st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12) |
    st.sampled_from([10**400, -10**400, 1e308, 0, 1, 2, 64]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12)
# Numbers as a user types them: the JSON spellings Python accepts, huge ones, lists.
typed = st.one_of(st.text(max_size=30), st.sampled_from(
    ["NaN", "Infinity", "-Infinity", "1e400", "1" + "0" * 400, "1" + "0" * 5000, "[" * 300 + "]" * 300, "8,NaN",
     "true", "null", "3.5", "-1", "[64, 64]", "64,64", ",", "", "1e-400", "0x10"]))


@QUICK
@given(key=st.sampled_from(sorted(FIELDS)), text=typed)
def test_any_set_value_on_any_key_loads_or_says_why(key, text):
    try:
        cfg = ExperimentConfig().with_overrides([f"{key}={text}"])
    except ConfigError as exc:
        assert str(exc)
        return
    value = cfg.get(key)
    if isinstance(value, float):
        assert math.isfinite(value)


@QUICK
@given(raw=json_values)
def test_any_config_json_loads_or_says_why(raw):
    try:
        ExperimentConfig.from_json(json.dumps(raw, allow_nan=True))
    except ConfigError as exc:
        assert str(exc)


@QUICK
@given(section=st.sampled_from(["data", "model", "regularization", "training"]), raw=json_values)
def test_any_value_in_a_config_section_loads_or_says_why(section, raw):
    for key in [k for k in FIELDS if k.startswith(section + ".")][:6]:
        name = key.split(".")[-1]
        try:
            ExperimentConfig.from_dict({section: {name: raw}})
        except ConfigError as exc:
            assert key.split(".")[1] in str(exc) or "expected" in str(exc)




@QUICK
@given(path=st.lists(st.sampled_from(["config", "metrics", "rows", "main", "final", "weights", "weights_sha256",
                                      "mode", "step", "version", "format", "model", "hidden", "training",
                                      "columns", 0]), min_size=1, max_size=4), value=json_values)
def test_any_damaged_session_loads_or_says_why(small_session_text, path, value):
    raw = json.loads(small_session_text)
    node = raw
    for part in path[:-1]:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and node:
            node = node[0]
    if isinstance(node, dict):
        node[path[-1]] = value
    try:
        session.parse(json.dumps(raw, allow_nan=True))
    except SessionError as exc:
        assert str(exc)


@QUICK
@given(step_changes=st.dictionaries(st.sampled_from(["title", "text", "preset", "set", "mode", "tab", "train",
                                                     "controls", "extra"]), json_values, max_size=3),
       set_key=st.sampled_from(sorted(FIELDS)), set_value=typed)
def test_any_damaged_lesson_loads_or_says_why(step_changes, set_key, set_value):
    raw = {"title": "Mine", "steps": [{"title": "One", "text": "hi", "preset": "overfit-2d",
                                       "set": {set_key: set_value}}, {"title": "Two", "text": "x", **step_changes}]}
    try:
        lessons.parse(json.dumps(raw, allow_nan=True), "mine")
    except LessonError as exc:
        assert str(exc).startswith("lesson mine")


@pytest.mark.parametrize("text", ["[" * 200_000 + "]" * 200_000, '{"a":' * 100_000 + "1" + "}" * 100_000])
def test_deeply_nested_json_is_refused_everywhere(text):
    with pytest.raises(ConfigError, match="nested too deeply"):
        ExperimentConfig.from_json(text)
    with pytest.raises(SessionError, match="nested too deeply"):
        session.parse(text)
    with pytest.raises(LessonError, match="nested too deeply"):
        lessons.parse(text, "deep")
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH, ConfigError, "x") is not None


def test_endless_or_huge_files_are_refused_without_reading_them_whole(tmp_path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as fh:
        fh.truncate(65 * 2**20)  # sparse: no disk used
    with pytest.raises(ConfigError, match="huge.json: larger than 64 MB"):
        read_text(huge, ConfigError, "--config huge.json")
    with pytest.raises(ConfigError, match="/dev/zero: a character device"):  # endless: refused before it is opened
        read_text("/dev/zero", ConfigError, "--config /dev/zero")


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e400", "2.5", "true"])
@pytest.mark.parametrize("key", ["data.samples", "data.train_size", "data.test_size", "training.batch_size",
                                 "training.steps", "training.seed", "training.eval_every"])
def test_whole_number_keys_refuse_non_finite_and_fractional_values(key, text):
    with pytest.raises(ConfigError, match=key.replace(".", r"\.") + ".*whole number"):
        ExperimentConfig().with_overrides([f"{key}={text}"])


def test_a_huge_integer_on_a_decimal_key_is_refused_by_name():
    with pytest.raises(ConfigError, match=r"regularization\.l2 = 1000.*too large"):
        ExperimentConfig().with_overrides(["regularization.l2=1" + "0" * 400])


def test_batch_norm_refuses_a_batch_of_one_naming_both_keys():
    with pytest.raises(ConfigError, match=r"model\.batchnorm.*training\.batch_size"):
        ExperimentConfig().with_overrides({"model.batchnorm": True, "training.batch_size": 1})


def test_a_session_whose_weights_do_not_fit_its_config_is_refused(small_session_text):
    raw = json.loads(small_session_text)
    raw["config"]["model"]["hidden"] = [8]  # the weights are of a 4-unit net
    with pytest.raises(SessionError, match="do not fit the net 'main'"):
        session.parse(json.dumps(raw))
    raw = json.loads(small_session_text)
    raw["mode"] = "baseline"  # one net saved, two expected
    with pytest.raises(SessionError, match="baseline"):
        session.parse(json.dumps(raw))


def test_a_flipped_byte_in_the_weights_is_caught_by_the_checksum(small_session):
    import base64

    raw = small_session
    blob = bytearray(base64.b64decode(raw["weights"]["main"]))
    blob[-3] ^= 0x01  # inside the last float: safetensors itself would load it silently
    raw["weights"]["main"] = base64.b64encode(bytes(blob)).decode()
    with pytest.raises(SessionError, match="SHA-256 does not match"):
        session.parse(json.dumps(raw))


def test_a_session_step_must_be_a_whole_number_not_true(small_session):
    raw = small_session
    raw["step"] = True
    with pytest.raises(SessionError, match="step"):
        session.parse(json.dumps(raw))


def test_a_version_1_session_without_checksums_still_opens(small_session_text):
    raw = json.loads(small_session_text)
    raw["version"] = 1
    del raw["weights_sha256"]
    loaded = session.parse(json.dumps(raw))
    expected = session.parse(small_session_text).weights["main"]
    assert expected.keys() == loaded.weights["main"].keys()
    assert all(np.array_equal(loaded.weights["main"][k], v) for k, v in expected.items())
