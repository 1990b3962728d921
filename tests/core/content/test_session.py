import json
import math

import pytest
import torch

from regviz.cli import main
from regviz.core.content import presets
from regviz.core.content import session
from regviz.core.run.live import answer
from regviz.core.run.messages import AskSnapshot
from regviz.core.content.session import Session, SessionError
from regviz.core.run.training import Trainer


def _trained(name, steps, **overrides):
    cfg = presets.load(name).with_overrides({"training.steps": steps, **overrides})
    trainer = Trainer(cfg, eval_limit=500)  # the app's live limit: the saved numbers must not depend on it
    rows = []
    for record in trainer.run(steps):
        rows.append(session.metrics_row(record, record.models[0]))
    snap = answer(trainer, AskSnapshot())
    return trainer, Session(cfg, "single", snap.step, {"main": rows}, snap.final, snap.weights)


@pytest.mark.parametrize("name, steps", [("overfit-2d", 300), ("mnist-cnn", 30)])
def test_a_saved_session_reproduces_its_run_headless(name, steps, tmp_path):
    _, saved = _trained(name, steps, **{"training.eval_every": 10})
    path = tmp_path / "lesson.regviz"
    session.save(path, saved)
    assert main(["train", "--config", str(path), "--out", str(tmp_path / "run"), "--quiet"]) == 0
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["steps"] == steps
    for key in ("train_loss", "test_loss", "test_accuracy"):
        assert summary["final"][key] == pytest.approx(saved.final["main"][key], rel=1e-4, abs=1e-6)


def test_round_trip_keeps_config_metrics_and_weights(tmp_path):
    trainer, saved = _trained("overfit-2d", 120, **{"regularization.l2": 0.01, "training.eval_every": 40})
    path = tmp_path / "s.regviz"
    session.save(path, saved)
    loaded = session.load(path)
    assert loaded.config == saved.config and loaded.mode == "single" and loaded.step == 120
    assert [r["step"] for r in loaded.metrics["main"]] == [0, 40, 80, 120]
    assert loaded.metrics["main"][-1]["test_loss"] == pytest.approx(saved.metrics["main"][-1]["test_loss"])
    # A fresh net given the saved weights scores what the saved one did.
    fresh = Trainer(loaded.config)
    fresh.load_state(loaded.weights, loaded.step)
    assert fresh.step_count == 120
    assert fresh.evaluate().models[0].test_loss == pytest.approx(loaded.final["main"]["test_loss"], rel=1e-6)
    for k, v in trainer.model().state_dict().items():
        assert torch.equal(fresh.model().state_dict()[k], v)


def test_edited_training_points_round_trip(tmp_path):
    import numpy as np

    points = (np.array([[0.1, -0.2], [0.5, 0.5], [-1.0, 1.0]], dtype=np.float32), np.array([0, 1, 1]))
    session.save(tmp_path / "p.regviz", Session(presets.load("overfit-2d"), points=points))
    loaded = session.load(tmp_path / "p.regviz").points
    np.testing.assert_allclose(loaded[0], points[0]) and np.testing.assert_array_equal(loaded[1], points[1])
    with pytest.raises(SessionError, match="only 2-D data"):
        session.parse(Session(presets.load("mnist-dropout"), points=points).to_json())


def test_a_diverged_value_is_saved_as_null_and_read_back_as_nan(tmp_path):
    cfg = presets.load("overfit-2d")
    row = dict.fromkeys(session.COLUMNS, 1.0) | {"test_loss": math.inf}
    session.save(tmp_path / "d.regviz", Session(cfg, metrics={"main": [row]}))
    assert json.loads((tmp_path / "d.regviz").read_text())["metrics"]["rows"]["main"][0][3] is None
    assert math.isnan(session.load(tmp_path / "d.regviz").metrics["main"][0]["test_loss"])


def _good(tmp_path):
    _, saved = _trained("overfit-2d", 20)
    return json.loads(saved.to_json())


@pytest.mark.parametrize("damage, message", [
    (lambda raw: "{\"format\": \"regviz-session\", \"confi", "not valid JSON"),
    (lambda raw: json.dumps({"name": "x"}), "not a regviz session"),
    (lambda raw: json.dumps(raw | {"version": 99}), "version 99"),
    (lambda raw: json.dumps(raw | {"mode": "turbo"}), "mode 'turbo'"),
    (lambda raw: json.dumps(raw | {"config": raw["config"] | {"training": {"lr": -1}}}), "training.lr"),
    (lambda raw: json.dumps(raw | {"weights": {"main": "bm90IHNhZmV0ZW5zb3Jz"}}), "damaged"),
    (lambda raw: json.dumps(raw | {"metrics": {"columns": ["step"], "rows": {}}}), "damaged"),
    (lambda raw: json.dumps(raw | {"training_points": {"points": [[0, 0]], "classes": [0]}}), "2 to 20,000"),
    (lambda raw: json.dumps(raw | {"training_points": {"points": [[0, 0], [1, 1]], "classes": [0, 5]}}),
     "class one of 0 … 1"),
    (lambda raw: json.dumps(raw | {"training_points": {"points": [[0, "x"], [1, 1]], "classes": [0, 1]}}),
     "damaged"),
])
def test_a_broken_or_foreign_file_is_rejected_with_a_reason(damage, message, tmp_path):
    path = tmp_path / "bad.regviz"
    path.write_text(damage(_good(tmp_path)))
    with pytest.raises(SessionError, match=message):
        session.load(path)


def test_a_pickle_is_never_unpickled(tmp_path):
    path = tmp_path / "weights.regviz"
    torch.save({"x": torch.zeros(3)}, path)
    with pytest.raises(SessionError, match="cannot read it|not valid JSON"):
        session.load(path)


def test_the_cli_rejects_a_broken_session_with_status_2(tmp_path, capsys):
    path = tmp_path / "bad.regviz"
    path.write_text(json.dumps({"format": "regviz-session", "version": 1, "config": {"training": {"lr": 0}}}))
    assert main(["train", "--config", str(path), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert "training.lr" in capsys.readouterr().err


def test_a_race_session_keeps_its_variants_and_a_broken_race_is_refused():
    from regviz.core.run.race import READY_MADE, parse_race

    cfg = presets.load("overfit-2d")
    race = parse_race(READY_MADE["none / L2 / L1 / dropout"])
    trainer = Trainer.for_mode(cfg, "race", race)
    snap = answer(trainer, AskSnapshot())
    text = Session(cfg, "race", 0, {}, snap.final, snap.weights, race=race).to_json()
    assert session.parse(text).race == race
    raw = json.loads(text)
    broken = [({**raw, "race": []}, "lists its variants"),
              ({**raw, "mode": "single"}, "lists its variants"),
              ({**raw, "race": [{"name": "a"}]}, "each variant is"),
              ({**raw, "race": [{"name": "a", "settings": {}}, {"name": "b", "settings": {"training.seed": 9}}]},
               "keep the data, batch size and seed"),
              ({**raw, "race": raw["race"][:2]}, "a 'race' run has")]
    for bad, message in broken:
        with pytest.raises(SessionError, match=message):
            session.parse(json.dumps(bad))
