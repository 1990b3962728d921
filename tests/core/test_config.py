import json

import pytest

from regviz.core.config import ConfigError, ExperimentConfig, all_keys, parse_assignment


def test_json_round_trip_is_lossless():
    cfg = ExperimentConfig().with_overrides({"model.hidden": [32, 16], "regularization.l2": 0.01,
                                             "regularization.adversarial.epsilon": 0.1, "model.init_scale": 0.5})
    again = ExperimentConfig.from_json(cfg.to_json())
    assert again == cfg
    assert json.loads(again.to_json())["regularization"]["adversarial"]["epsilon"] == 0.1


def test_dotted_overrides_parse_values():
    cfg = ExperimentConfig().with_overrides(["regularization.l2=0.01", "model.hidden=64,64", "model.batchnorm=true",
                                             "data.name=moons", "model.init_scale=null"])
    assert cfg.regularization.l2 == 0.01
    assert cfg.model.hidden == [64, 64]
    assert cfg.model.batchnorm is True
    assert cfg.data.name == "moons"
    assert cfg.model.init_scale is None


@pytest.mark.parametrize("key, value, words", [
    ("regularization.l2", 20, ["regularization.l2", "0 … 10"]),
    ("regularization.l1", -1, ["regularization.l1", "0 … 10"]),
    ("model.dropout", 1.0, ["model.dropout", "0.95"]),
    ("training.lr", 0, ["training.lr", "1e-06 … 10"]),
    ("data.name", "cats", ["data.name", "circle", "mnist"]),
    ("model.activation", "gelu", ["model.activation", "sigmoid"]),
    ("training.batch_size", 2.5, ["training.batch_size", "whole number"]),
    ("model.batchnorm", "yes", ["model.batchnorm", "true or false"]),
    ("model.hidden", [0], ["model.hidden"]),  # [] is allowed: no hidden layer
    ("regularization.l3", 0.1, ["regularization.l3", "unknown"]),
])
def test_bad_values_name_the_key_and_the_range(key, value, words):
    with pytest.raises(ConfigError) as info:
        ExperimentConfig().with_overrides({key: value})
    for word in words:
        assert word in str(info.value)


def test_broken_json_is_a_config_error():
    with pytest.raises(ConfigError, match="not valid JSON"):
        ExperimentConfig.from_json("{ nope")
    with pytest.raises(ConfigError, match="expected an object"):
        ExperimentConfig.from_json("[1, 2]")


def test_cnn_needs_images_and_torchvision_sets_need_a_folder():
    with pytest.raises(ConfigError, match="image data set"):
        ExperimentConfig().with_overrides({"model.kind": "cnn"})
    with pytest.raises(ConfigError, match="data.root"):
        ExperimentConfig().with_overrides({"data.name": "tv-cifar10"})


def test_overrides_do_not_mutate_the_original():
    cfg = ExperimentConfig()
    cfg.with_overrides({"regularization.l2": 0.5})
    assert cfg.regularization.l2 == 0.0


def test_keys_cover_the_documented_cli_keys():
    keys = set(all_keys())
    for key in ["data.name", "data.noise", "data.train_fraction", "data.train_size", "model.hidden",
                "model.activation", "model.dropout", "model.batchnorm", "regularization.l1", "regularization.l2",
                "regularization.augmentation.rotation", "regularization.adversarial.epsilon",
                "regularization.adversarial.weight", "training.optimizer", "training.lr", "training.batch_size",
                "training.steps", "training.seed"]:
        assert key in keys


def test_parse_assignment_needs_an_equals_sign():
    with pytest.raises(ConfigError, match="section.key=value"):
        parse_assignment("regularization.l2")


def test_every_field_declared_optional_takes_null_a_value_of_its_type_and_refuses_another():
    """The fields declared ``X | None`` (data.seed, model.init_scale) are read from their declaration, not from
    a list of key names: each takes null and an X, and refuses text with its key named."""
    import dataclasses

    from regviz.core.config import ExperimentConfig, _SECTIONS

    optional = [(f"{section}.{f.name}", str(f.type).split(" | ")[0]) for section, cls in _SECTIONS.items()
                for f in dataclasses.fields(cls) if str(f.type).endswith(" | None")]
    assert {"data.seed", "model.init_scale"} <= {key for key, _ in optional}
    for key, kind in optional:
        section, name = key.split(".")
        value = {"int": 3, "float": 0.5}[kind]
        assert getattr(getattr(ExperimentConfig.from_dict({section: {name: None}}), section), name) is None
        assert getattr(getattr(ExperimentConfig.from_dict({section: {name: value}}), section), name) == value
        with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
            ExperimentConfig.from_dict({section: {name: "three"}})
