"""Regression (issue 24, item 1): the 1-D data sets, the notes' paired MSE, Legendre features, R², and what the
files, sessions, scripts and CLI make of a regression."""
import csv
import json

import numpy as np
import pytest
import torch
from numpy.polynomial import legendre

from regviz.cli import main
from regviz.core.config import ONE_D_SETS, ConfigError, ExperimentConfig, task_of
from regviz.core.content import experiment_line, presets, session
from regviz.core.content.worked import NOTES_X, NOTES_Y, penalty_example
from regviz.core.maths import data
from regviz.core.maths.models import Legendre, build_model
from regviz.core.maths.network import network_view
from regviz.core.maths.shapes import state_shapes
from regviz.core.run.training import Trainer, r_squared

BISHOP = presets.load("bishop-sin")


@pytest.mark.parametrize("name", ONE_D_SETS)
def test_1d_sets_are_regressions_with_evenly_spaced_training_x_and_seeded_noise(name):
    a = data.make_1d(name, 100, 0.3, 0.1, seed=3)
    b = data.make_1d(name, 100, 0.3, 0.1, seed=3)
    c = data.make_1d(name, 100, 0.3, 0.1, seed=4)
    assert task_of(ExperimentConfig().with_overrides({"data.name": name}).data) == "regression"
    assert a.task == "regression" and a.n_outputs == 1 and a.classes == ()
    assert a.x_train.shape == (10, 1) and a.y_train.shape == (10,) and a.y_train.dtype == torch.float32
    assert a.x_test.shape == (90, 1)
    assert torch.equal(a.y_train, b.y_train) and not torch.equal(a.y_train, c.y_train)
    assert torch.equal(a.x_train, c.x_train)  # the seed moves the noise, never the points
    gaps = a.x_train[1:, 0] - a.x_train[:-1, 0]
    assert torch.allclose(gaps, gaps[0].expand_as(gaps))
    lo, hi = data.X_RANGES[name]
    assert float(a.x_test.min()) == pytest.approx(lo) and float(a.x_test.max()) == pytest.approx(hi)


def test_bishops_sin_has_ten_points_of_sin_2pi_x_with_noise_0_3():
    ds = data.load(BISHOP.data, 0)
    assert len(ds.y_train) == 10 and ds.x_range == (0.0, 1.0)
    big = data.make_1d("sin", 20000, 0.3, 0.5, seed=0)
    residual = big.y_test - torch.sin(2 * torch.pi * big.x_test[:, 0].double()).float()
    assert float(residual.std()) == pytest.approx(0.3, abs=0.01) and abs(float(residual.mean())) < 0.01


def test_the_line_set_with_four_training_points_is_the_notes_x_and_y():
    ds = data.load(presets.load("notes-line").data, 0)
    assert ds.x_train[:, 0].tolist() == list(NOTES_X) and ds.y_train.tolist() == list(NOTES_Y)


def test_the_step_set_jumps_from_0_to_1_at_one_half():
    ds = data.make_1d("step", 40, 0.0, 0.5, seed=0)
    assert ((ds.x_train[:, 0] >= 0.5).float() == ds.y_train).all()


def test_the_data_loss_is_the_notes_paired_mse_and_the_penalty_is_added_as_the_notes_add_it():
    """w = 0.5, no bias, the notes' X and y and λ = 0.1: the record's losses are the notes' formula
    mean((y − w·x)²) pairing each x with its y (16.875), and λ·w² (0.025) on top of it."""
    cfg = presets.load("notes-line").with_overrides({"regularization.l2": 0.1})
    trainer = Trainer(cfg)
    model = trainer.model()
    with torch.no_grad():
        model.head.weight.fill_(0.5)
        model.head.bias.zero_()
    m = trainer.evaluate().models[0]
    expected = penalty_example(0.5, NOTES_X, NOTES_Y, 0.1)
    x, y = np.asarray(NOTES_X), np.asarray(NOTES_Y)
    assert m.train_loss == pytest.approx(np.mean((y - 0.5 * x) ** 2)) == pytest.approx(16.875)
    assert m.train_loss == pytest.approx(expected["mse"])
    assert m.l2_penalty == pytest.approx(expected["l2_penalty"])
    assert m.train_loss + m.l2_penalty == pytest.approx(expected["l2_total_paired"])
    # the training step minimises that very loss: its gradient w.r.t. w is mean(2x(wx − y)) + 2λw
    xb, yb = trainer.data.x_train, trainer.data.y_train
    loss = trainer._loss(trainer.variants[0], xb, yb)
    loss.backward()
    assert float(loss.detach()) == pytest.approx(16.875)
    assert float(model.head.weight.grad) == pytest.approx(expected["grad_mse"])


@pytest.mark.parametrize("degree", [0, 1, 2, 5, 9, 15])
def test_legendre_features_are_numpys_legendre_polynomials_of_x_scaled_to_minus_1_1(degree):
    x = torch.linspace(2.0, 6.0, 33, dtype=torch.float64)[:, None]
    features = Legendre(degree, (2.0, 6.0))(x)
    t = (x[:, 0].numpy() - 4.0) / 2.0
    expected = legendre.legvander(t, degree)[:, 1:]
    assert features.shape == (33, degree)
    np.testing.assert_allclose(features.numpy(), expected, atol=1e-12)


def test_the_polynomial_model_is_one_linear_over_the_features_and_its_shapes_are_known_without_torch():
    for degree in (0, 3, 9):
        cfg = BISHOP.with_overrides({"model.degree": degree})
        model = build_model((1,), 1, cfg.model, 0, (0.0, 1.0))
        shapes = {k: tuple(v.shape) or (1,) for k, v in model.state_dict().items()}
        assert shapes == state_shapes((1,), 1, cfg.model) == {"head.weight": (1, degree), "head.bias": (1,)}
    no_hidden = BISHOP.with_overrides({"model.kind": "mlp", "model.hidden": []})
    model = build_model((1,), 1, no_hidden.model, 0)
    assert [type(m).__name__ for m in model.modules()].count("Linear") == 1
    assert {k: tuple(v.shape) for k, v in model.state_dict().items()} == state_shapes((1,), 1, no_hidden.model)


def test_adam_at_lr_0_1_memorises_ten_points_with_degree_9_in_about_1000_steps():
    """The Decided note: Legendre features train (monomials do not)."""
    trainer = Trainer(BISHOP)
    for _ in range(1000):
        trainer.step()
    m = trainer.evaluate().models[0]
    assert m.train_loss < 0.01 and m.train_accuracy > 0.99  # a ninth of the noise's variance 0.09; R²
    for _ in range(500):  # the preset's 1,500 steps
        trainer.step()
    m = trainer.evaluate().models[0]
    assert m.train_loss < 1e-3 and m.test_loss > 100 * m.train_loss


def test_r_squared():
    y = torch.tensor([1.0, 2.0, 3.0, 4.0])
    assert r_squared(y, y) == 1.0
    assert r_squared(torch.full((4,), 2.5), y) == pytest.approx(0.0)
    assert r_squared(y + 1, y) == pytest.approx(1 - 4 / 5)
    assert np.isnan(r_squared(y, torch.ones(4)))


def test_a_regression_record_carries_the_fitted_curve_over_the_points():
    trainer = Trainer(BISHOP)
    record = trainer.evaluate(boundary=True)
    m = record.models[0]
    x0, x1, y0, y1 = record.boundary_extent
    assert m.boundary is None and m.curve.shape == (200,)
    assert x0 < 0.05 and x1 > 0.95 and y0 < float(trainer.data.y_train.min()) and y1 > float(trainer.data.y_train.max())
    xs = torch.linspace(x0, x1, 200)[:, None]
    with torch.no_grad():
        np.testing.assert_allclose(m.curve, trainer.model()(xs)[:, 0].numpy(), rtol=1e-6)


def test_clicked_points_train_a_regression_and_bad_ones_are_refused():
    trainer = Trainer(BISHOP)
    trainer.set_training_points([[0.1], [0.5], [0.9]], [1.0, 2.0, 3.0])
    assert trainer.data.x_train.shape == (3, 1) and trainer.data.y_train.tolist() == [1.0, 2.0, 3.0]
    trainer.step()
    for points, values in (([[0.1], [float("nan")]], [1.0, 2.0]), ([[0.1]], [1.0]), ([[0.1, 0.2], [0.3, 0.4]],
                                                                                   [1.0, 2.0])):
        with pytest.raises(ConfigError, match="training points"):
            trainer.set_training_points(points, values)


def test_the_network_view_of_a_regression_is_its_input_column_and_one_output():
    for overrides, widths in (({}, (9, 1)), ({"model.kind": "mlp", "model.hidden": []}, (1, 1)),
                              ({"model.kind": "mlp", "model.hidden": [8]}, (1, 8, 1))):
        trainer = Trainer(BISHOP.with_overrides(overrides))
        view = network_view(trainer.model(), trainer.boundary_extent, input_shape=(1,))
        assert view.widths == widths and view.maps == ()


@pytest.mark.parametrize("overrides, words", [
    ({"model.degree": 16}, ["model.degree", "0 … 15"]),
    ({"model.degree": -1}, ["model.degree"]),
    ({"model.degree": 2.5}, ["model.degree", "whole number"]),
    ({"model.degree": "9"}, ["model.degree"]),
    ({"data.name": "circle"}, ["model.kind", "polynomial", "regression"]),
    ({"data.label_noise": 0.2}, ["data.label_noise", "classification"]),
    ({"regularization.adversarial.epsilon": 0.1}, ["regularization.adversarial.epsilon", "classification"]),
    ({"model.dropout": 0.5}, ["model.dropout", "polynomial"]),
    ({"model.kind": "cnn"}, ["model.kind", "image"]),
])
def test_hostile_regression_settings_are_refused_naming_the_key(overrides, words):
    with pytest.raises(ConfigError) as info:
        BISHOP.with_overrides(overrides)
    for word in words:
        assert word in str(info.value)


def test_regviz_train_on_sin_writes_a_summary_with_mse_and_r2(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", "--set", "data.name=sin", "--set", "data.noise=0.3", "--set", "model.hidden=[16]",
                 "--steps", "20", "--set", "training.eval_every=10", "--out", str(out), "--quiet"]) == 0
    said = capsys.readouterr().out
    assert "train MSE" in said and "test R²" in said and "accuracy" not in said
    summary = json.loads((out / "summary.json").read_text())
    assert summary["task"] == "regression" and summary["loss"] == "MSE"
    final = summary["final"]
    assert {"train_loss", "test_loss", "train_r2", "test_r2"} <= set(final)
    assert not any("accuracy" in key for key in final)
    assert final["test_r2"] <= 1.0 and final["train_loss"] >= 0
    rows = list(csv.DictReader((out / "metrics.csv").read_text().splitlines()))
    assert [int(r["step"]) for r in rows] == [0, 10, 20] and "test_r2" in rows[0] and "test_accuracy" not in rows[0]
    assert float(rows[-1]["test_loss"]) == pytest.approx(final["test_loss"])
    classification = tmp_path / "c"
    assert main(["train", "--steps", "2", "--out", str(classification), "--quiet"]) == 0
    assert json.loads((classification / "summary.json").read_text())["loss"] == "cross-entropy"


def test_regviz_compare_covers_a_regression(tmp_path):
    out = tmp_path / "cmp"
    assert main(["compare", "--preset", "bishop-sin", "--steps", "20", "--variant", "none:",
                 "--variant", "l2:regularization.l2=0.01", "--out", str(out), "--quiet"]) == 0
    rows = list(csv.DictReader((out / "compare.csv").read_text().splitlines()))
    assert {r["variant"] for r in rows} == {"none", "l2"} and "test_r2" in rows[0]
    summary = json.loads((out / "l2" / "summary.json").read_text())
    assert summary["loss"] == "MSE" and "test_r2" in summary["final"]


def test_robustness_is_refused_for_a_regression(tmp_path, capsys):
    assert main(["train", "--preset", "bishop-sin", "--steps", "2", "--robustness", "0,0.1",
                 "--out", str(tmp_path / "r"), "--quiet"]) == 2
    assert "applies to classification" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


def test_a_regression_session_keeps_its_clicked_points_and_refuses_bad_ones():
    points = (np.array([[0.1], [0.4], [0.8]], dtype=np.float32), np.array([0.5, -1.25, 2.0], dtype=np.float32))
    saved = session.Session(BISHOP, points=points)
    back = session.parse(saved.to_json())
    np.testing.assert_allclose(back.points[0], points[0])
    np.testing.assert_allclose(back.points[1], points[1])
    raw = json.loads(saved.to_json())
    for bad in ({"points": [[0.1], [0.2]], "classes": [1.0, float("nan")]},
                {"points": [[0.1, 0.2], [0.2, 0.3]], "classes": [1.0, 2.0]},
                {"points": [[0.1], [0.2]], "classes": ["a", "b"]}):
        raw["training_points"] = bad
        with pytest.raises(session.SessionError, match="training_points"):
            session.parse(json.dumps(raw))


def test_a_one_line_experiment_carries_a_regression():
    cfg = BISHOP.with_overrides({"regularization.l2": 0.01, "model.degree": 12})
    assert experiment_line.decode(experiment_line.encode(cfg)).to_dict() == cfg.to_dict()


def test_the_worked_cells_live_run_trains_w_towards_2_and_l2_pulls_it_below():
    """The notes' y = 2x on their X: without a penalty w → 2 (b → 0); with λ = 0.1 the ridge answer
    w = cov(x, y) / (var(x) + λ) = 2.5 / 1.35 (the bias is not penalized)."""
    from regviz.core.content.worked import notes_run

    for lam, w in ((0.0, 2.0), (0.1, 2.5 / 1.35)):
        trainer = Trainer(notes_run(lam).with_overrides({"training.lr": 0.05}))
        for _ in range(3000):
            trainer.step()
        assert float(trainer.model().head.weight.detach()) == pytest.approx(w, abs=0.01)
    with pytest.raises(ConfigError, match="regularization.l2"):
        notes_run(11)


def test_plain_powers_of_x_do_not_memorise_where_legendre_polynomials_do():
    """Lesson 9 step 1: "plain powers x, x², … are too alike on [0, 1] for gradient descent to fit": the same ten
    points, degree 9, Adam at lr 0.1 for the lesson's 1,500 full-batch steps, on x, x², …, x⁹ instead of P1 … P9."""
    ds = data.load(BISHOP.data, 0)
    x, y = ds.x_train.double(), ds.y_train.double()
    results = {}
    for basis, features in (("powers", torch.cat([x ** k for k in range(1, 10)], 1)),
                            ("legendre", Legendre(9, (0.0, 1.0))(x))):
        torch.manual_seed(0)
        head = torch.nn.Linear(9, 1).double()
        optimizer = torch.optim.Adam(head.parameters(), lr=0.1)
        for _ in range(1500):
            optimizer.zero_grad()
            loss = (y - head(features)[:, 0]).square().mean()
            loss.backward()
            optimizer.step()
        results[basis] = float(loss.detach())
    assert results["legendre"] < 1e-3 and results["powers"] > 0.01, results
