"""Issue 24, items 2–5: K classes on 2-D data, a teacher's CSV and input features, through the CLI's contracts
(summary.json's input_weights, --set data.name=csv / data.path / data.features, regviz compare), sessions and
one-line experiments."""
import json

import numpy as np
import pytest
import torch

from regviz.cli import main
from regviz.core.config import ConfigError, ExperimentConfig
from regviz.core.content import experiment_line, session
from regviz.core.content.session import SessionError
from regviz.core.maths.data import load
from regviz.core.maths.models import build_model
from regviz.core.maths.shapes import state_shapes
from regviz.core.run.training import Trainer

ALL = ["x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"]


def _csv(path, n=40, classes="abc", sep=","):
    path.write_text(f"x1{sep}x2{sep}label\n" + "".join(
        f"{(i % 7) / 3:.3f}{sep}{(i % 5) / 4 - 0.5:.3f}{sep}{classes[i % len(classes)]}\n" for i in range(n)))
    return path


@pytest.mark.parametrize("name", ["spiral", "gauss"])
def test_spiral_and_gauss_draw_k_classes_and_two_classes_are_unchanged(name):
    cfg = ExperimentConfig().with_overrides({"data.name": name, "data.classes": 4})
    data = load(cfg.data, 3)
    assert data.n_classes == 4 and set(data.y_train.tolist()) | set(data.y_test.tolist()) == {0, 1, 2, 3}
    two = load(ExperimentConfig().with_overrides({"data.name": name}).data, 3)
    from regviz.core.maths.data import GENERATORS
    rng = np.random.default_rng([3, 2024])
    x, y = GENERATORS[name](400, rng)  # the two-class set exactly as before issue 24
    assert two.n_classes == 2 and sorted(two.y_train.tolist() + two.y_test.tolist()) == sorted(y.tolist())


def test_three_spiral_arms_train_with_three_outputs_and_a_k_class_boundary():
    cfg = ExperimentConfig().with_overrides({"data.name": "spiral", "data.classes": 3, "training.eval_every": 10})
    trainer = Trainer(cfg)
    for _ in range(10):
        trainer.step()
    m = trainer.evaluate(boundary=True, network=True, errors=True).models[0]
    assert trainer.model().head.out_features == 3
    assert m.boundary.shape == (64, 64, 3) and np.allclose(m.boundary.sum(-1), 1, atol=1e-5)
    assert m.errors.confusion.shape == (3, 3) and m.errors.confusion.sum() == m.errors.total
    assert m.network.widths[-1] == 3 and m.network.maps[-1].shape[0] == 3


def test_no_hidden_layer_is_one_linear_from_the_features_to_the_outputs():
    cfg = ExperimentConfig().with_overrides({"model.hidden": [], "data.features": ALL})
    model = build_model((2,), 2, cfg.model, 0, tuple(cfg.data.features))
    linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    assert len(linears) == 1 and tuple(linears[0].weight.shape) == (2, 7)
    assert {k: tuple(v.shape) for k, v in model.state_dict().items()} == state_shapes((2,), 2, cfg.model, tuple(ALL))
    x = torch.tensor([[0.5, -2.0]])
    features = model.features[0](x)
    assert torch.allclose(features, torch.tensor([[0.5, -2.0, 0.25, 4.0, -1.0, float(np.sin(0.5)), float(np.sin(-2.0))]]))


def test_summary_has_input_weights_per_feature_and_data_features_from_the_command_line(tmp_path):
    assert main(["train", "--preset", "l1-sparsity", "--steps", "40", "--set", "data.name=circle",
                 "--set", "data.features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2", "--set", "model.hidden=[]",
                 "--set", "regularization.l1=0.05", "--out", str(tmp_path), "--quiet"]) == 0
    summary = json.loads((tmp_path / "summary.json").read_text())
    weights = summary["input_weights"]
    assert list(weights) == ALL and summary["config"]["data"]["features"] == ALL
    assert summary["config"]["model"]["hidden"] == []
    assert all(isinstance(w, float) and w >= 0 for w in weights.values()) and weights["x1sq"] > 0


def test_input_weights_are_the_first_layers_column_sums_of_abs_w(tmp_path):
    assert main(["train", "--preset", "overfit-2d", "--steps", "5", "--set", "data.features=x1sq,x2",
                 "--out", str(tmp_path), "--quiet"]) == 0
    weights = json.loads((tmp_path / "summary.json").read_text())["input_weights"]
    trainer = Trainer(ExperimentConfig.from_json((tmp_path / "config.json").read_text()))
    for _ in range(5):
        trainer.step()
    first = trainer.model().first_linear.weight.detach().abs().sum(0)
    assert weights == pytest.approx({"x1sq": float(first[0]), "x2": float(first[1])}, rel=1e-6)


def test_set_data_name_csv_and_data_path_train_on_the_files_points(tmp_path):
    data = _csv(tmp_path / "mine.csv", sep=";")
    assert main(["train", "--preset", "overfit-2d", "--steps", "10", "--set", "data.name=csv",
                 "--set", f"data.path={data}", "--out", str(tmp_path / "run"), "--quiet"]) == 0
    config = json.loads((tmp_path / "run" / "config.json").read_text())
    assert config["data"]["path"] == "" and len(config["data"]["rows"]) == 40
    assert config["data"]["class_names"] == ["a", "b", "c"] and config["data"]["classes"] == 3
    data.unlink()  # the run's config carries the points: it reruns without the file
    assert main(["train", "--config", str(tmp_path / "run" / "config.json"), "--out", str(tmp_path / "again"),
                 "--quiet"]) == 0
    a, b = (json.loads((tmp_path / d / "summary.json").read_text())["final"] for d in ("run", "again"))
    assert a == b


def test_a_bad_csv_on_the_command_line_exits_1_naming_file_row_and_column(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n" + "1,2,0\n" * 5 + "1,oops,1\n" + "1,2,1\n" * 6)
    status = main(["train", "--preset", "overfit-2d", "--steps", "2", "--set", "data.name=csv",
                   "--set", f"data.path={bad}", "--out", str(tmp_path / "run"), "--quiet"])
    assert status == 1
    assert "bad.csv, row 7, column 'x2': 'oops' is not a number" in capsys.readouterr().err
    assert not (tmp_path / "run").exists()


def test_compare_races_k_classes_csv_points_and_features(tmp_path):
    data = _csv(tmp_path / "k.csv", n=60, classes="0123")
    assert main(["compare", "--preset", "overfit-2d", "--steps", "20", "--set", "data.name=csv",
                 "--set", f"data.path={data}", "--set", "data.features=x1,x2,x1sq", "--variant", "none:",
                 "--variant", "l1:regularization.l1=0.01", "--out", str(tmp_path / "race"), "--quiet"]) == 0
    for name in ("none", "l1"):
        summary = json.loads((tmp_path / "race" / name / "summary.json").read_text())
        assert list(summary["input_weights"]) == ["x1", "x2", "x1sq"]
        assert summary["config"]["data"]["classes"] == 4 and len(summary["config"]["data"]["rows"]) == 60
    assert (tmp_path / "race" / "compare.csv").read_text().count("\nl1,") == 2


def test_a_session_accepts_classes_up_to_k_minus_1_and_refuses_k(tmp_path):
    cfg = ExperimentConfig().with_overrides({"data.name": "gauss", "data.classes": 3})
    points = np.zeros((4, 2), np.float32)
    ok = session.Session(cfg, "single", 0, points=(points, np.array([0, 1, 2, 2])))
    path = tmp_path / "k.regviz"
    session.save(path, ok)
    assert session.load(path).points[1].tolist() == [0, 1, 2, 2]
    raw = json.loads(path.read_text())
    raw["training_points"]["classes"][0] = 3
    path.write_text(json.dumps(raw))
    with pytest.raises(SessionError, match="every class one of 0 … 2"):
        session.load(path)


def test_a_session_carries_the_csv_points_and_never_reads_a_path(tmp_path):
    cfg = ExperimentConfig().with_overrides({"data.name": "csv", "data.path": str(_csv(tmp_path / "p.csv"))})
    path = tmp_path / "s.regviz"
    session.save(path, session.Session(cfg, "single", 0))
    assert "p.csv" not in path.read_text() and session.load(path).config.data.rows == cfg.data.rows
    raw = json.loads(path.read_text())
    raw["config"]["data"]["path"] = str(tmp_path / "p.csv")
    path.write_text(json.dumps(raw))
    with pytest.raises(SessionError, match="data.path: a session never names a file"):
        session.load(path)


def test_a_one_line_experiment_carries_small_csv_points_refuses_large_ones_and_any_path(tmp_path):
    small = ExperimentConfig().with_overrides({"data.name": "csv", "data.path": str(_csv(tmp_path / "s.csv"))})
    assert experiment_line.decode(experiment_line.encode(small)).data.rows == small.data.rows
    rng = np.random.default_rng(0)
    rows = [[float(a), float(b), float(i % 2)] for i, (a, b) in enumerate(rng.normal(size=(3000, 2)))]
    large = ExperimentConfig().with_overrides({"data.name": "csv", "data.rows": rows, "data.class_names": ["a", "b"]})
    with pytest.raises(ConfigError, match="share the session instead"):
        experiment_line.encode(large)
    raw = small.to_dict()
    raw["data"]["path"] = "/etc/passwd"
    import base64
    import zlib
    line = "regviz:1:" + base64.urlsafe_b64encode(zlib.compress(json.dumps(raw).encode())).decode().rstrip("=")
    with pytest.raises(ConfigError, match="data.path: a one-line experiment never names a file"):
        experiment_line.decode(line)


def test_a_lesson_step_may_not_name_a_csv_path(tmp_path):
    from regviz.core.content import lessons

    text = json.dumps({"title": "t", "steps": [{"title": "a", "text": "<p>x</p>", "preset": "overfit-2d",
                                                "set": {"data.name": "csv", "data.path": str(_csv(tmp_path / "l.csv"))}}]})
    with pytest.raises(lessons.LessonError, match="data.path: a lesson never names a file"):
        lessons.parse(text, "mine")


def test_k_classes_and_features_are_validated_naming_the_key():
    with pytest.raises(ConfigError, match="data.classes = 7: out of range"):
        ExperimentConfig().with_overrides({"data.name": "spiral", "data.classes": 7})
    with pytest.raises(ConfigError, match="data.features.*'x3' is not one"):
        ExperimentConfig().with_overrides({"data.features": ["x1", "x3"]})
    with pytest.raises(ConfigError, match="data.features"):
        ExperimentConfig().with_overrides({"data.features": []})
    with pytest.raises(ConfigError, match="input features are for 2-D data"):
        ExperimentConfig().with_overrides({"data.name": "mnist", "data.features": ["x1sq"]})
    circle = ExperimentConfig().with_overrides({"data.name": "spiral", "data.classes": 3}).with_overrides(
        {"data.name": "circle"})
    assert circle.data.n_classes == 2  # the arms' count does not reach a two-class set


def test_a_digit_net_without_a_hidden_layer_draws_its_output_units_as_pictures():
    """MNIST with model.hidden = [] (found by the 1,000-action test: the Network tab's drawing raised IndexError
    in the training process): each of the ten output units' weights is drawn as a 28×28 picture."""
    from regviz.core.content import presets
    from regviz.core.run.training import Trainer

    trainer = Trainer(presets.load("mnist-dropout").with_overrides({"model.hidden": [], "model.dropout": 0.0}))
    trainer.step()
    view = trainer.evaluate(network=True).models[0].network
    assert view.filters.shape == (10, 28, 28) and view.first_layer_width == 10
