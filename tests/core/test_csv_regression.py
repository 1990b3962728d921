"""Issue 24 item 3 for regression: a teacher's CSV of x,y points trains as a regression (the task decided by the
rows the config carries, never by a path), through the CLI's contracts, sessions, one-line experiments and the
bad-input rules."""
import json
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regviz.cli import main
from regviz.core.config import ConfigError, ExperimentConfig, task_of
from regviz.core.content import experiment_line, session
from regviz.core.content.csv_data import CsvError, parse_csv, to_csv
from regviz.core.maths.data import load
from regviz.core.maths.generators import shape_of
from regviz.core.maths.shapes import state_shapes
from regviz.core.run.training import Trainer

QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def xy_text(n=30, sep=",", header="x,y"):
    lines = [header.replace(",", sep)]
    for i in range(n):
        x = i / (n - 1)
        lines.append(sep.join([f"{x:.4f}", f"{math.sin(2 * math.pi * x) + 0.1 * (-1) ** i:.4f}"]))
    return "\n".join(lines) + "\n"


def xy_file(path, n=30, sep=","):
    path.write_text(xy_text(n, sep))
    return path


def test_a_csv_of_x_y_points_is_a_regression_from_its_rows_not_its_path(tmp_path):
    cfg = ExperimentConfig().with_overrides({"data.name": "csv", "data.path": str(xy_file(tmp_path / "c.csv"))})
    assert cfg.data.path == "" and len(cfg.data.rows) == 30 and cfg.data.class_names == []
    assert task_of(cfg.data) == "regression"
    (tmp_path / "c.csv").unlink()
    again = ExperimentConfig.from_json(cfg.to_json())  # the rows alone decide the task
    assert task_of(again.data) == "regression" and again.data.rows == cfg.data.rows
    ds = load(again.data, seed=3)
    assert ds.task == "regression" and ds.n_outputs == 1 and ds.input_shape == (1,)
    assert len(ds.y_train) + len(ds.y_test) == 30 and len(ds.y_train) == 15
    assert ds.x_range == (0.0, 1.0)
    every = sorted(zip(np.r_[ds.x_train[:, 0], ds.x_test[:, 0]], np.r_[ds.y_train, ds.y_test]))
    expected = sorted(tuple(np.float32(v) for v in row) for row in cfg.data.rows)
    assert [(float(a), float(b)) for a, b in every] == [(float(a), float(b)) for a, b in expected]  # as given
    other = load(again.data, seed=4)
    assert not np.array_equal(ds.x_train.numpy(), other.x_train.numpy())  # a seeded split


def test_the_polynomial_model_fits_a_csv_and_sessions_check_its_weights(tmp_path):
    cfg = ExperimentConfig().with_overrides({"data.name": "csv", "data.path": str(xy_file(tmp_path / "c.csv")),
                                             "model.kind": "polynomial", "model.degree": 5})
    assert shape_of("csv", cfg.data.n_classes, True) == ((1,), 1)
    trainer = Trainer(cfg)
    for _ in range(20):
        trainer.step()
    record = trainer.evaluate(boundary=True)
    assert record.models[0].curve is not None and len(record.models[0].curve) > 10
    weights = {"main": trainer.state_arrays()}
    assert {k: tuple(v.shape) for k, v in weights["main"].items()} == \
        state_shapes((1,), 1, cfg.model, tuple(cfg.data.features))
    session.check_weights(cfg, "single", weights)  # a saved regression CSV session reopens with its weights


def test_regviz_train_with_data_path_x_y_writes_a_regression_summary_and_reruns_without_the_file(tmp_path, capsys):
    data = xy_file(tmp_path / "curve.csv", sep=";")
    assert main(["train", "--preset", "bishop-sin", "--steps", "30", "--set", "data.name=csv",
                 "--set", f"data.path={data}", "--set", "training.eval_every=15",
                 "--out", str(tmp_path / "run"), "--quiet"]) == 0
    assert "train MSE" in capsys.readouterr().out
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["task"] == "regression" and summary["loss"] == "MSE"
    assert {"train_r2", "test_r2"} <= set(summary["final"])
    config = json.loads((tmp_path / "run" / "config.json").read_text())
    assert config["data"]["path"] == "" and len(config["data"]["rows"]) == 30
    data.unlink()
    assert main(["train", "--config", str(tmp_path / "run" / "config.json"), "--out", str(tmp_path / "again"),
                 "--quiet"]) == 0
    again = json.loads((tmp_path / "again" / "summary.json").read_text())["final"]
    assert again == summary["final"]


def test_a_bad_x_y_csv_on_the_command_line_exits_1_naming_file_row_and_column(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n" + "0.1,1\n" * 5 + "0.2,inf\n" + "0.3,2\n" * 6)
    status = main(["train", "--preset", "bishop-sin", "--steps", "2", "--set", "data.name=csv",
                   "--set", f"data.path={bad}", "--out", str(tmp_path / "run"), "--quiet"])
    assert status == 1
    assert "bad.csv, row 7, column 'y': 'inf' is not a finite number" in capsys.readouterr().err
    assert not (tmp_path / "run").exists()


BAD_XY = {
    "missing column y": ("x,z\n" + "1,2\n" * 12, "row 1: no column 'y'"),
    "missing value": ("x,y\n" + "0.1,1\n" * 3 + "0.2\n" + "0.3,2\n" * 8, "row 5, column 'y': missing"),
    "empty y": ("x,y\n" + "0.1,1\n" * 3 + "0.2,\n" + "0.3,2\n" * 8, "row 5, column 'y': empty"),
    "non-finite x": ("x,y\n" + "0.1,1\n" * 3 + "nan,1\n" + "0.3,2\n" * 8, "row 5, column 'x': 'nan' is not a finite"),
    "too large y": ("x,y\n" + "0.1,1\n" * 3 + "0.2,1e999\n" + "0.3,2\n" * 8, "row 5, column 'y'"),
    "not a number": ("x,y\n" + "0.1,1\n" * 3 + "0.2,two\n" + "0.3,2\n" * 8, "row 5, column 'y': 'two' is not"),
    "too few rows": (xy_text(9), "9 rows of data; a data set needs at least 10"),
    "extra value (decimal comma)": ("x,y\n" + "0,5,1\n" * 12, "row 2: 3 values, the header names 2"),
}


@pytest.mark.parametrize("case", sorted(BAD_XY))
def test_a_bad_x_y_csv_is_refused_naming_the_row_and_column(case):
    text, said = BAD_XY[case]
    with pytest.raises(CsvError) as caught:
        parse_csv(text.encode(), "curve.csv")
    assert str(caught.value).startswith("curve.csv") and said in str(caught.value)


@pytest.mark.parametrize("rows, extra, said", [
    ([[0.0, 1.0], [1.0, 2.0]] * 6, {"data.class_names": ["a", "b"]}, "a regression, which has no classes"),
    ([[0.0, 1.0]] * 6 + [[1.0, 2.0, 0.0]] * 6, {}, r"data.rows\[6\]: every row x, y"),
    ([[0.5, 1.0], [0.5, 2.0]] * 6, {}, "every point has the same x"),
    ([[0.0, 1.0], [1.0, 2.0]] * 4, {}, "8 points"),
    ([[0.0, 1.0], [1.0, 2.0]] * 6, {"data.features": ["x1", "x2", "x1sq"]}, "input features are for 2-D data"),
    ([[0.0, 1.0], [1.0, 2.0]] * 6, {"data.label_noise": 0.1}, "applies to classification"),
])
def test_x_y_rows_in_a_config_are_checked_naming_the_key(rows, extra, said):
    with pytest.raises(ConfigError, match=said):
        ExperimentConfig().with_overrides({"data.name": "csv", "data.rows": rows, **extra})


def test_a_regression_csv_travels_in_a_session_and_a_one_line_experiment(tmp_path):
    cfg = ExperimentConfig().with_overrides({"data.name": "csv", "data.path": str(xy_file(tmp_path / "p.csv"))})
    clicked = (np.array([[0.2], [0.9]], dtype=np.float32), np.array([1.5, -0.5], dtype=np.float32))
    path = tmp_path / "s.regviz"
    session.save(path, session.Session(cfg, "single", 0, points=clicked))
    assert "p.csv" not in path.read_text()
    back = session.load(path)
    assert back.config.data.rows == cfg.data.rows and task_of(back.config.data) == "regression"
    np.testing.assert_allclose(back.points[1], clicked[1])
    assert experiment_line.decode(experiment_line.encode(cfg)).data.rows == cfg.data.rows


@QUICK
@given(points=st.lists(st.tuples(st.floats(allow_nan=False, allow_infinity=False),
                                 st.floats(allow_nan=False, allow_infinity=False)), min_size=10, max_size=40))
def test_written_x_y_then_read_is_the_same_regression_table(points):
    table = parse_csv(to_csv(points, None))
    assert table.kind == "regression" and [tuple(r) for r in table.rows] == points


@QUICK
@given(cells=st.lists(st.tuples(st.one_of(st.floats(), st.text(max_size=6)),
                                st.one_of(st.floats(), st.text(max_size=6))), max_size=14),
       sep=st.sampled_from([",", ";"]))
def test_any_x_y_like_text_loads_as_a_regression_or_is_refused_naming_the_file(cells, sep):
    text = f"x{sep}y\n" + "".join(f"{a}{sep}{b}\n" for a, b in cells)
    try:
        table = parse_csv(text, "xy.csv")
    except CsvError as exc:
        assert str(exc).startswith("xy.csv")
        return
    assert table.kind == "regression" and len(table.rows) >= 10
    assert all(len(r) == 2 and all(math.isfinite(v) for v in r) for r in table.rows)
