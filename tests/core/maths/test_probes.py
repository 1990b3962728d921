import numpy as np
import torch

from regviz.core.config import ModelConfig
from regviz.core.maths.models import build_model
from regviz.core.maths.probes import activation_stats

DEEP = dict(hidden=[32] * 6, activation="sigmoid", init_scale=1.0)


def test_one_stat_per_nonlinearity_with_a_shared_histogram_range():
    model = build_model((2,), 2, ModelConfig(**DEEP), seed=0)
    stats = activation_stats(model, torch.randn(500, 2))
    assert [s.layer for s in stats] == [1, 2, 3, 4, 5, 6]
    assert all(s.hist.sum() == 500 * 32 for s in stats)
    assert all((s.edges == stats[0].edges).all() for s in stats)


def test_without_batchnorm_the_signal_shrinks_layer_by_layer():
    model = build_model((2,), 2, ModelConfig(**DEEP), seed=0)
    stds = [s.std for s in activation_stats(model, torch.randn(500, 2))]
    assert all(b < a for a, b in zip(stds, stds[1:]))
    assert stds[-1] < 0.01 * stds[0]


def test_with_batchnorm_every_layer_keeps_unit_scale_whatever_the_init():
    for scale in (0.1, 1.0, 5.0):
        model = build_model((2,), 2, ModelConfig(**{**DEEP, "init_scale": scale}, batchnorm=True), seed=0)
        stds = [s.std for s in activation_stats(model, torch.randn(500, 2))]
        assert all(abs(s - 1.0) < 0.05 for s in stds), (scale, stds)


def test_probing_leaves_batchnorm_running_stats_and_mode_alone():
    model = build_model((2,), 2, ModelConfig(**DEEP, batchnorm=True), seed=0)
    model.train()
    bn = next(m for m in model.modules() if isinstance(m, torch.nn.BatchNorm1d))
    before = (bn.running_mean.clone(), bn.running_var.clone(), int(bn.num_batches_tracked), bn.momentum)
    activation_stats(model, torch.randn(100, 2) * 5 + 3)
    assert torch.equal(bn.running_mean, before[0]) and torch.equal(bn.running_var, before[1])
    assert int(bn.num_batches_tracked) == before[2] and bn.momentum == before[3]
    assert model.training and bn.training
    assert not any(m._forward_hooks for m in model.modules())


def test_dropout_masks_sample_training_mode_and_leave_training_alone():
    from regviz.core.maths.probes import dropout_masks

    model = build_model((2,), 2, ModelConfig(hidden=[16, 16], dropout=0.5, batchnorm=True), seed=0)
    model.eval()
    x = torch.randn(10, 2)
    torch.manual_seed(0)
    expected_next = torch.rand(3)
    torch.manual_seed(0)
    samples = [dropout_masks(model, x, seed=i) for i in range(20)]
    assert torch.equal(torch.rand(3), expected_next)  # the training RNG did not move
    assert not model.training
    assert all(len(s) == 2 and s[0].shape == (8,) and s[0].dtype == bool for s in samples)
    dropped = np.mean([s[0].mean() for s in samples])
    assert 0.3 < dropped < 0.7  # about p of the units, a different set each time
    assert len({s[0].tobytes() for s in samples}) > 10
    model.set_dropout(0.0)
    assert dropout_masks(model, x, seed=0) == ()


def test_records_carry_a_mask_sample_only_when_dropout_is_on():
    from regviz.core.config import ExperimentConfig
    from regviz.core.run.training import Trainer

    cfg = ExperimentConfig().with_overrides({"model.hidden": [8, 8], "model.dropout": 0.5})
    trainer = Trainer(cfg)
    first, second = trainer.evaluate(), (trainer.step(), trainer.evaluate())[1]
    assert len(first.models[0].dropout_masks) == 2
    assert any(not np.array_equal(a, b) for a, b in zip(first.models[0].dropout_masks,
                                                        second.models[0].dropout_masks))  # a new step, a new mask
    assert Trainer(cfg.with_overrides({"model.dropout": 0.0})).evaluate().models[0].dropout_masks == ()
