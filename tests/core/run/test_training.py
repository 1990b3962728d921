import dataclasses
import math

import numpy as np
import pytest
import torch

from regviz.core.config import ConfigError, ExperimentConfig
from regviz.core.content import presets
from regviz.core.run.messages import SetLive
from regviz.core.run.messages import baseline_of
from regviz.core.run.training import GRID, Record, Trainer, train

SMALL = ExperimentConfig().with_overrides({
    "data.name": "moons", "data.noise": 0.2, "data.samples": 200, "model.hidden": [16, 16],
    "training.steps": 60, "training.eval_every": 20, "training.seed": 3})


def _weights(model):
    return [p.detach().clone() for p in model.parameters()]


def test_records_arrive_on_the_evaluation_cadence_and_carry_every_metric():
    _, records = train(SMALL)
    assert [r.step for r in records] == [0, 20, 40, 60]
    m = records[-1].models[0]
    for name in ("data_loss", "l1_penalty", "l2_penalty", "train_loss", "test_loss", "train_accuracy",
                 "test_accuracy", "weight_l1", "weight_l2", "sparsity"):
        assert isinstance(getattr(m, name), float) and math.isfinite(getattr(m, name)), name
    assert isinstance(m.weight_hist, np.ndarray) and len(m.weight_edges) == len(m.weight_hist) + 1
    assert m.weight_hist.sum() == sum(p.numel() for n, p in train(SMALL, steps=1)[0].model().named_parameters()
                                      if n.endswith("weight"))
    assert records[-1].epoch == pytest.approx(60 * 32 / 100)
    with pytest.raises(dataclasses.FrozenInstanceError):
        records[-1].step = 5


def test_a_run_is_deterministic_for_a_seed():
    a = [r.models[0].train_loss for r in train(SMALL)[1]]
    b = [r.models[0].train_loss for r in train(SMALL)[1]]
    c = [r.models[0].train_loss for r in train(SMALL.with_overrides({"training.seed": 4}))[1]]
    assert a == b
    assert a != c


def test_lockstep_variants_share_init_and_minibatches():
    """The baseline trained beside a regularized twin follows exactly the path it follows alone."""
    cfg = SMALL.with_overrides({"regularization.l2": 0.05, "model.dropout": 0.2})
    pair = Trainer.compare(cfg)
    assert pair.names == ["regularized", "baseline"]
    for a, b in zip(_weights(pair.model("regularized")), _weights(pair.model("baseline"))):
        assert torch.equal(a, b)
    paired = list(pair.run(60))
    alone = train(baseline_of(cfg))[1]
    assert [r["baseline"].train_loss for r in paired] == [r.models[0].train_loss for r in alone]
    assert paired[-1]["regularized"].l2_penalty > 0 and paired[-1]["baseline"].l2_penalty == 0


def test_baseline_switches_every_regularizer_off_but_keeps_the_architecture():
    cfg = SMALL.with_overrides({"regularization.l1": 0.1, "regularization.l2": 0.1, "model.dropout": 0.5,
                                "model.batchnorm": True, "regularization.adversarial.epsilon": 0.1,
                                "regularization.weight_decay": 0.01})
    base = baseline_of(cfg)
    reg = base.regularization
    assert (reg.l1, reg.l2, reg.weight_decay, reg.adversarial.epsilon, base.model.dropout) == (0, 0, 0, 0, 0)
    assert base.model.batchnorm and base.model.hidden == cfg.model.hidden


def test_live_l2_change_applies_without_resetting_the_net():
    trainer = Trainer(SMALL)
    gen = trainer.run(None)
    first = next(gen)
    assert first.models[0].l2_penalty == 0
    second = next(gen)
    before = _weights(trainer.model())
    trainer.apply(SetLive("regularization.l2", 0.1))
    third = next(gen)
    assert any(not torch.equal(a, b) for a, b in zip(_weights(trainer.model()), before))  # trained on
    assert third.step == second.step + SMALL.training.eval_every
    assert third.models[0].l2_penalty == pytest.approx(0.1 * third.models[0].weight_l2 ** 2, rel=1e-4)
    gen.close()


def test_live_changes_reach_the_optimizer_and_the_dropout_layers():
    trainer = Trainer(SMALL)
    gen = trainer.run(None)
    next(gen)
    trainer.apply(SetLive("training.lr", 0.5))
    trainer.apply(SetLive("model.dropout", 0.3))
    next(gen)
    assert trainer.variants[0].optimizer.param_groups[0]["lr"] == 0.5
    assert all(m.p == 0.3 for m in trainer.model().dropouts)
    gen.close()


def test_changes_that_need_a_reset_are_refused_with_a_message():
    trainer = Trainer(SMALL)
    with pytest.raises(ConfigError, match="reset"):
        trainer.apply(SetLive("model.hidden", [4]))
    with pytest.raises(ConfigError, match="regularization.l2"):
        trainer.apply(SetLive("regularization.l2", 99))


def test_a_command_for_one_variant_leaves_the_other_alone():
    pair = Trainer.compare(SMALL)
    pair.apply(SetLive("regularization.l1", 0.01, variant="regularized"))
    assert pair._variant("regularized").config.regularization.l1 == 0.01
    assert pair._variant("baseline").config.regularization.l1 == 0.0


def test_divergence_is_reported_in_a_record_and_ends_the_run():
    # SGD with L2: w ← w·(1 − 2·lr·λ) = −199·w each step, so the weights blow up to inf and the loss to NaN.
    cfg = SMALL.with_overrides({"training.optimizer": "sgd", "training.lr": 10.0, "regularization.l2": 10.0,
                                "training.eval_every": 5})
    records = list(Trainer(cfg).run(2000))
    assert records[-1].diverged
    assert records[-1].step < 2000
    assert not any(r.diverged for r in records[:-1])


def test_nan_weights_are_reported_not_raised():
    trainer = Trainer(SMALL)
    with torch.no_grad():
        next(trainer.model().parameters()).fill_(float("nan"))
    records = list(trainer.run(100))
    assert len(records) == 1 and records[0].diverged and records[0].step == 0


def test_optional_views_boundary_and_activations():
    trainer = Trainer(SMALL)
    record = trainer.evaluate(activations=True, boundary=True)
    m = record.models[0]
    assert m.boundary.shape == (GRID, GRID) and 0 <= m.boundary.min() and m.boundary.max() <= 1
    assert len(m.activations) == 2
    x0, x1, y0, y1 = record.boundary_extent
    assert x0 < float(trainer.data.x_train.min()) and x1 > float(trainer.data.x_train.max())
    plain = trainer.evaluate()
    assert plain.models[0].boundary is None and plain.models[0].activations is None


def test_records_hold_no_tensors():
    record = Trainer(SMALL).evaluate(activations=True, boundary=True, network=True)
    assert record.models[0].network.maps  # the Network tab's drawing is in it, as numpy

    def walk(obj):
        assert not isinstance(obj, torch.Tensor)
        if dataclasses.is_dataclass(obj):
            for f in dataclasses.fields(obj):
                walk(getattr(obj, f.name))
        elif isinstance(obj, tuple):
            for item in obj:
                walk(item)

    walk(record)
    assert isinstance(record, Record)


def test_adversarial_and_augmented_training_run_on_images():
    cfg = ExperimentConfig().with_overrides({
        "data.name": "mnist", "data.train_size": 64, "data.test_size": 50, "model.hidden": [16],
        "regularization.adversarial.epsilon": 0.1, "regularization.augmentation.enabled": True,
        "regularization.l1": 0.001, "regularization.l2": 0.001, "training.steps": 4, "training.eval_every": 2})
    records = train(cfg)[1]
    assert len(records) == 3 and not records[-1].diverged
    assert records[-1].models[0].l1_penalty > 0


def test_cnn_trains_and_probes():
    cfg = ExperimentConfig().with_overrides({
        "data.name": "mnist", "data.train_size": 64, "data.test_size": 50, "model.kind": "cnn", "model.hidden": [4],
        "model.batchnorm": True, "training.steps": 3, "training.eval_every": 3})
    trainer, records = train(cfg)
    assert len(trainer.evaluate(activations=True).models[0].activations) == 2


def test_device_choice():
    trainer = Trainer(SMALL)
    assert trainer.device.type == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(ConfigError, match="no CUDA device"):
            Trainer(SMALL.with_overrides({"training.device": "cuda"}))


def test_variants_must_share_data_and_seed():
    with pytest.raises(ConfigError, match="share data"):
        Trainer(SMALL, {"a": SMALL, "b": SMALL.with_overrides({"data.noise": 0.5})})


@pytest.mark.parametrize("include_bias", [False, True])
def test_a_record_holds_exactly_the_numbers_a_plain_computation_gives(include_bias):
    """The evaluation takes shortcuts (the penalty's flat tensor, inference mode): the record must still hold the
    very numbers a plain computation from the model gives."""
    import math

    import torch.nn.functional as F

    from regviz.core.maths.models import penalized_parameters

    cfg = SMALL.with_overrides({"regularization.l1": 0.01, "regularization.l2": 0.01,
                                "regularization.include_bias": include_bias})
    trainer = Trainer(cfg)
    for _ in range(30):
        trainer.step()
    record = trainer.evaluate().models[0]
    model, data = trainer.model(), trainer.data
    model.eval()
    with torch.no_grad():
        logits = model(data.x_test)
        weights = [w.detach() for w in penalized_parameters(model, False)]
        penalized = [w.detach() for w in penalized_parameters(model, include_bias)]
    model.train()
    assert record.test_loss == pytest.approx(float(F.cross_entropy(logits, data.y_test)), abs=1e-6)
    assert record.test_accuracy == pytest.approx(float((logits.argmax(1) == data.y_test).float().mean()))
    assert record.weight_l1 == pytest.approx(sum(float(w.abs().sum()) for w in weights), rel=1e-5)
    assert record.weight_l2 == pytest.approx(math.sqrt(sum(float((w ** 2).sum()) for w in weights)), rel=1e-5)
    assert record.l1_penalty == pytest.approx(0.01 * sum(float(w.abs().sum()) for w in penalized), rel=1e-5)
    assert record.l2_penalty == pytest.approx(0.01 * sum(float((w ** 2).sum()) for w in penalized), rel=1e-5)
    zeros = sum(int((w == 0).sum()) for w in weights) / sum(w.numel() for w in weights)
    assert record.sparsity == zeros and record.weight_hist.sum() == sum(w.numel() for w in weights)


@pytest.mark.parametrize("model", [{}, {"model.batchnorm": True, "model.dropout": 0.3},
                                   {"model.activation": "tanh"}, {"model.activation": "sigmoid"}])
def test_a_conv_nets_record_evaluated_in_chunks_is_the_one_whole_batch_gives_exactly(model):
    """A conv net is evaluated CONV_EVAL_CHUNK digits at a time, its pools on views and a ReLU after its pool
    (Classifier.logits): the same bits as one plain pass with gradients on (as training computes it)."""
    import torch.nn.functional as F

    from regviz.core.run.training import CONV_EVAL_CHUNK

    config = presets.load("mnist-cnn").with_overrides({"data.train_size": 600, **model})
    trainer = Trainer(config, eval_limit=2000)
    for _ in range(20):
        trainer.step()
    record = trainer.evaluate().models[0]
    model, data = trainer.model(), trainer.data
    assert model.is_conv and len(data.y_test) > CONV_EVAL_CHUNK
    model.eval()
    test_logits, train_logits = model(data.x_test[:2000]).detach(), model(data.x_train).detach()
    model.train()
    assert record.test_loss == float(F.cross_entropy(test_logits, data.y_test[:2000]))
    assert record.train_loss == float(F.cross_entropy(train_logits, data.y_train))
    assert record.test_accuracy == float((test_logits.argmax(1) == data.y_test[:2000]).float().mean())


def test_label_noise_flips_training_labels_only_and_moves_live_without_a_reset():
    clean = Trainer(SMALL)
    noisy = Trainer(SMALL.with_overrides({"data.label_noise": 0.3}))
    n = len(clean.data.y_train)
    assert int((noisy.data.y_train != clean.data.y_train).sum()) == round(0.3 * n)
    assert torch.equal(noisy.data.y_test, clean.data.y_test) and torch.equal(noisy.data.x_train, clean.data.x_train)
    clean.step()
    weights = _weights(clean.model())
    clean.apply(SetLive("data.label_noise", 0.3, "main"))  # a data change reaches every lockstep net
    assert torch.equal(clean.data.y_train, noisy.data.y_train) and clean.config.data.label_noise == 0.3
    assert all(torch.equal(a, b) for a, b in zip(weights, clean.model().parameters()))
    clean.apply(SetLive("data.label_noise", 0.0))
    assert int((clean.data.y_train != noisy.data.y_train).sum()) == round(0.3 * n)


def test_edited_training_points_are_trained_on_with_the_same_weights_and_bad_sets_refused():
    trainer = Trainer(SMALL.with_overrides({"data.label_noise": 0.5}))
    trainer.step()
    weights = _weights(trainer.model())
    points = np.array([[0.0, 0.0], [1.0, 1.0], [-1.0, 0.5]], dtype=np.float32)
    trainer.set_training_points(points, np.array([0, 1, 1]))
    assert torch.equal(trainer.data.x_train, torch.as_tensor(points))
    assert int((trainer.data.y_train != torch.tensor([0, 1, 1])).sum()) == round(0.5 * 3)  # noise on top
    assert all(torch.equal(a, b) for a, b in zip(weights, trainer.model().parameters()))
    trainer.step()  # the next batch comes from the three points
    for bad in ([[0.0, 0.0]], [[0.0, float("nan")], [1.0, 1.0]]):
        with pytest.raises(ConfigError):
            trainer.set_training_points(np.array(bad), np.zeros(len(bad), dtype=int))
    with pytest.raises(ConfigError):
        trainer.set_training_points(points, np.array([0, 1, 2]))  # a class the data set does not have
    trainer.set_training_points(None, None)
    assert torch.equal(trainer.data.x_train, Trainer(SMALL).data.x_train)


EARLY = SMALL.with_overrides({"data.validation_fraction": 0.25, "training.eval_every": 10, "training.lr": 0.05,
                              "model.hidden": [64, 64], "data.samples": 60})


def test_a_validation_split_is_carved_from_the_training_set_and_never_from_the_test_set():
    plain, split = Trainer(SMALL.with_overrides({"data.samples": 60})), Trainer(EARLY)
    n = len(plain.data.y_train)
    assert len(split.data.y_train) + len(split.data.y_val) == n and len(split.data.y_val) == round(0.25 * n)
    assert torch.equal(split.data.x_test, plain.data.x_test)
    assert torch.equal(torch.cat([split.data.x_train, split.data.x_val]), plain.data.x_train)
    record = split.evaluate()
    assert record.models[0].val_loss is not None and record.models[0].best_step == 0
    assert plain.evaluate().models[0].val_loss is None


def test_early_stopping_stops_after_its_patience_and_restores_the_best_weights():
    trainer = Trainer(EARLY.with_overrides({"training.early_stopping.patience": 3}))
    records = list(trainer.run(2000))
    last = records[-1].models[0]
    assert trainer.stopped_at is not None and trainer.stopped_at < 2000 and records[-1].step == trainer.stopped_at
    best = next(r.models[0] for r in records if r.step == last.best_step)
    assert trainer.stopped_at - last.best_step == 3 * 10  # three checks, ten steps apart, without improvement
    assert last.val_loss == pytest.approx(best.val_loss, rel=1e-6)  # the restored net is the best one
    assert last.test_loss == pytest.approx(best.test_loss, rel=1e-6)
    kept = Trainer(EARLY.with_overrides({"training.early_stopping.patience": 3,
                                         "training.early_stopping.restore_best": False}))
    assert list(kept.run(2000))[-1].models[0].val_loss > last.val_loss  # stopped, not restored
    assert Trainer(EARLY).stopped_at is None and list(Trainer(EARLY).run(300))[-1].step == 300  # patience 0


def test_the_errors_view_is_the_confusion_matrix_of_the_records_own_guesses():
    cfg = ExperimentConfig().with_overrides({"data.name": "mnist", "data.train_size": 200, "data.test_size": 100,
                                             "model.hidden": [32]})
    trainer = Trainer(cfg, eval_limit=100)
    for _ in range(30):
        trainer.step()
    m = trainer.evaluate(errors=True).models[0]
    e = m.errors
    guesses = trainer.model().eval()(trainer.data.x_test).argmax(1)
    trainer.model().train()
    truth = trainer.data.y_test
    assert e.confusion.sum() == e.total == 100 and e.wrong == int((guesses != truth).sum())
    assert e.confusion.trace() / e.total == pytest.approx(m.test_accuracy)
    for c in range(10):
        assert e.confusion[c].sum() == int((truth == c).sum())
        assert e.per_class_accuracy[c] == pytest.approx(float((guesses[truth == c] == c).float().mean()))
    first = torch.nonzero(guesses != truth).flatten()[:len(e.true)]
    np.testing.assert_array_equal(e.true, truth[first].numpy()) and np.testing.assert_array_equal(
        e.guess, guesses[first].numpy())
    assert e.images.shape == (len(first), 28, 28) and (e.true != e.guess).all()
    points = Trainer(SMALL).evaluate(errors=True).models[0].errors  # 2-D data too (issue 24): a class matrix,
    assert points.confusion.shape == (2, 2) and points.images.shape[0] == 0  # no pictures of points


def test_a_record_without_its_histogram_has_every_other_number_the_same():
    """The CLI, compare and sweep ask for no weight histogram (no file holds it; it was a third of a record's
    time on overfit-2d): the numbers they write are those of a full record."""
    a, b = Trainer(SMALL), Trainer(SMALL)
    for t in (a, b):
        for _ in range(3):
            t.step()
    full, lean = a.evaluate().models[0], b.evaluate(histogram=False).models[0]
    assert lean.weight_hist.size == 0 and full.weight_hist.sum() > 0
    for f in dataclasses.fields(full):
        if f.name not in ("weight_hist", "weight_edges"):
            assert repr(getattr(full, f.name)) == repr(getattr(lean, f.name)), f.name
