"""data.seed (issue 24: Bishop's figure is one draw): set, it alone draws the points (where they fall, their
noise, the split), so lesson 9's ten points are the same for every training.seed while the nets' start follows
training.seed; unset (None, every preset but bishop-sin) training.seed draws them as before. It travels in a
one-line experiment and in the exported script, and a bad value is refused naming the key."""
import pytest
import torch

from regviz.cli import main
from regviz.core.config import ConfigError, ExperimentConfig
from regviz.core.content import experiment_line, presets
from regviz.core.content.script import export_script
from regviz.core.run.training import Trainer

BISHOP = presets.load("bishop-sin")


def _trainer(cfg, seed):
    return Trainer(cfg.with_overrides({"training.seed": seed}))


@pytest.mark.parametrize("preset, overrides", [("bishop-sin", {}), ("overfit-2d", {"data.seed": 5}),
                                               ("mnist-fgsm", {"data.seed": 5, "data.train_size": 100,
                                                               "data.test_size": 50})])
def test_a_set_data_seed_keeps_the_points_whatever_the_training_seed_and_the_nets_start_still_moves(preset, overrides):
    cfg = presets.load(preset).with_overrides(overrides)
    a, b = _trainer(cfg, 1), _trainer(cfg, 2)
    for split in ("x_train", "y_train", "x_test", "y_test"):
        assert torch.equal(getattr(a.data, split), getattr(b.data, split)), split
    first = [next(v.model.parameters()) for v in (a.variants[0], b.variants[0])]
    assert not torch.equal(*first)  # the net's start follows training.seed


def test_unset_the_training_seed_draws_the_points_as_before():
    cfg = presets.load("overfit-2d")
    assert cfg.data.seed is None
    assert not torch.equal(_trainer(cfg, 1).data.x_train, _trainer(cfg, 2).data.x_train)
    assert torch.equal(_trainer(cfg, 3).data.x_train,
                       _trainer(cfg.with_overrides({"data.seed": 3}), 9).data.x_train)  # the same draw as seed 3


def test_bishops_preset_fixes_its_draw_and_a_one_line_experiment_carries_it():
    assert BISHOP.data.seed == 0
    cfg = BISHOP.with_overrides({"data.seed": 7})
    assert experiment_line.decode(experiment_line.encode(cfg)).data.seed == 7
    assert ExperimentConfig.from_dict({**BISHOP.to_dict(), "data": {**BISHOP.to_dict()["data"], "seed": None}}) \
        .data.seed is None


@pytest.mark.parametrize("value, words", [(-1, "data.seed = -1: out of range"), ("abc", "data.seed"),
                                          (1.5, "expected a whole number"), (True, "expected a whole number"),
                                          (2 ** 31, "out of range")])
def test_a_bad_data_seed_is_refused_naming_the_key(value, words):
    with pytest.raises(ConfigError, match="data.seed") as error:
        BISHOP.with_overrides({"data.seed": value})
    assert words in str(error.value)


def test_the_exported_script_draws_with_the_data_seed(tmp_path):
    code = export_script(BISHOP.with_overrides({"training.seed": 4}))
    assert "DATA_SEED = 0  # data.seed" in code and "SEED = 4" in code
    assert "DATA_SEED = SEED" in export_script(presets.load("overfit-2d"))


def test_cli_set_data_seed(tmp_path, capsys):
    runs = []
    for seed in (1, 2):
        out = tmp_path / f"s{seed}"
        assert main(["train", "--preset", "overfit-2d", "--steps", "1", "--seed", str(seed), "--set", "data.seed=3",
                     "--quiet", "--out", str(out)]) == 0
        runs.append((out / "config.json").read_text())
    assert all('"seed": 3' in text for text in runs)
    assert main(["train", "--preset", "overfit-2d", "--set", "data.seed=-2", "--out", str(tmp_path / "x")]) == 2
    assert "data.seed = -2: out of range" in capsys.readouterr().err
