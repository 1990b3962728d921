"""One line of text holds a whole experiment; a damaged or foreign line is refused with a reason."""
import base64
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regviz.cli import main
from regviz.core.config import ConfigError, task_of
from regviz.core.content import experiment_line, presets


@pytest.mark.parametrize("name", presets.names())
def test_every_preset_survives_the_round_trip_on_one_line(name):
    preset = presets.load(name)
    noise = {} if task_of(preset.data) == "regression" else {"data.label_noise": 0.25}  # label noise: classes only
    config = preset.with_overrides({**noise, "regularization.l2": 0.003})
    line = experiment_line.encode(config)
    assert line.startswith("regviz:1:") and "\n" not in line and " " not in line and len(line) < 1000
    assert experiment_line.decode(f"  {line}\n") == config


def _packed(text: str) -> str:
    return "regviz:1:" + base64.urlsafe_b64encode(zlib.compress(text.encode())).decode().rstrip("=")


@pytest.mark.parametrize("text, message", [
    ("https://example.org", "not a regviz experiment line"),
    ("regviz:7:abc", "version '7'"),
    ("regviz:1:@@@@", "damaged"),
    (lambda: experiment_line.encode(presets.load("overfit-2d"))[:-12], "cut short|damaged"),
    (lambda: _packed('{"training": {"lr": -1}}'), "training.lr"),
    (lambda: _packed("[" * 100 + "]" * 100), "nested too deeply"),
    (lambda: _packed(" " * 300_000), "inflates to more than"),
    ("regviz:1:" + "A" * 20_000, "at most"),
])
def test_a_broken_or_foreign_line_is_refused_with_a_reason(text, message):
    with pytest.raises(ConfigError, match=message):
        experiment_line.decode(text() if callable(text) else text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_either_an_experiment_or_a_config_error(text):
    try:
        experiment_line.decode("regviz:1:" + text)
    except ConfigError:
        pass


def test_regviz_train_accepts_a_line_as_its_config(tmp_path):
    config = presets.load("l1-sparsity").with_overrides({"training.seed": 7})
    assert main(["train", "--config", experiment_line.encode(config), "--steps", "3", "--out", str(tmp_path),
                 "--quiet"]) == 0
    assert '"seed": 7' in (tmp_path / "config.json").read_text()
    assert main(["train", "--config", "regviz:1:broken", "--steps", "3", "--out", str(tmp_path / "x"),
                 "--quiet"]) == 2
