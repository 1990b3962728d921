"""A race trains its variants side by side (core.run.stacked) and its optimizers shared: the same numbers as one
net after another, only cheaper."""
import pytest
import torch
import torch.nn.functional as F

from regviz.core.content import presets
from regviz.core.run.messages import SetLive
from regviz.core.run.race import READY_MADE, parse_race, race_configs
from regviz.core.run.stacked import stackable, stacked_losses
from regviz.core.run.training import Trainer

NO_DROPOUT = (("none", {}), ("l2", {"regularization.l2": 0.01}), ("l1", {"regularization.l1": 0.001}),
              ("wd", {"regularization.weight_decay": 0.01}))


@pytest.mark.parametrize("preset", ["overfit-2d", "mnist-dropout"])
def test_side_by_side_losses_and_gradients_are_each_nets_own(preset):
    base = presets.load(preset).with_overrides({"model.dropout": 0.0})
    trainer = Trainer(base, race_configs(base, NO_DROPOUT))
    for i, v in enumerate(trainer.variants):  # different weights, as after some training
        with torch.no_grad():
            for p in v.model.parameters():
                p.add_(0.01 * i * torch.randn_like(p))
    x, y = trainer.data.x_train[:32], trainer.data.y_train[:32]
    models = [v.model for v in trainer.variants]
    losses = stacked_losses(models, x, y)
    losses.sum().backward()
    together = [[p.grad.clone() for p in m.parameters()] for m in models]
    for m, loss, grads in zip(models, losses, together):
        m.zero_grad(set_to_none=True)
        alone = F.cross_entropy(m(x), y)
        alone.backward()
        assert float(loss.detach()) == pytest.approx(float(alone.detach()), rel=1e-5)
        for p, g in zip(m.parameters(), grads):
            torch.testing.assert_close(g, p.grad, rtol=1e-4, atol=1e-6)


def test_a_race_side_by_side_follows_the_same_path_as_one_net_after_another():
    base = presets.load("overfit-2d")
    configs = race_configs(base, NO_DROPOUT)
    fast, slow = Trainer(base, configs, side_by_side=True), Trainer(base, configs)
    assert fast._side_by_side
    assert len(fast._optimizers) == 2 and len(slow._optimizers) == 4  # three alike, and wd on its own
    fast_records, slow_records = list(fast.run(100)), list(slow.run(100))
    for a, b in zip(fast_records, slow_records):
        for m, n in zip(a.models, b.models):
            assert m.test_loss == pytest.approx(n.test_loss, rel=1e-3)
            assert m.sparsity == pytest.approx(n.sparsity, abs=0.02)
    assert fast_records[-1]["l1"].sparsity > 0.5  # L1's exact zeros survive the shared optimizer


def test_a_live_change_to_one_variant_splits_its_optimizer_off_and_keeps_every_weights_state():
    base = presets.load("overfit-2d")
    race = parse_race(READY_MADE["none / L2 / L1 / dropout"])
    trainer = Trainer.for_mode(base, "race", race)
    assert trainer._side_by_side
    list(trainer.run(20))
    assert len(trainer._optimizers) == 1
    moments = {p: trainer.variants[0].optimizer.state[p]["exp_avg_sq"].clone() for p in trainer.model("l1").parameters()}
    trainer.apply(SetLive("training.lr", 0.003, "l1"))
    assert len(trainer._optimizers) == 2
    assert trainer.variants[2].optimizer.param_groups[0]["lr"] == 0.003
    assert trainer.variants[0].optimizer.param_groups[0]["lr"] == base.training.lr
    for p, before in moments.items():
        assert torch.equal(trainer.variants[2].optimizer.state[p]["exp_avg_sq"], before)
    # L1 still reads the moments its weights are stepped with (one flat tensor: the same storage).
    flat = trainer.variants[2].penalty.second_moment
    first = next(iter(trainer.model("l1").parameters()))
    assert trainer.variants[2].optimizer.state[first]["exp_avg_sq"].data_ptr() == flat.data_ptr()
    assert not list(trainer.run(20))[-1].diverged
    # Back to one value: one optimizer again; and a variant that needs its own input leaves the batched pass.
    trainer.apply(SetLive("training.lr", base.training.lr, "l1"))
    assert len(trainer._optimizers) == 1
    trainer.apply(SetLive("regularization.adversarial.epsilon", 0.1, "none"))
    assert not trainer._side_by_side and trainer.step() is None


def test_only_plain_mlps_of_one_shape_run_side_by_side():
    base = presets.load("overfit-2d")
    mlps = race_configs(base, (("a", {}), ("b", {"model.dropout": 0.3})))
    assert stackable(list(mlps.values()))
    for other in ({"model.batchnorm": True}, {"regularization.adversarial.epsilon": 0.1}):
        configs = race_configs(base, (("a", {}), ("b", other)))
        assert not stackable(list(configs.values()))
    cnn = presets.load("mnist-cnn")
    assert not stackable(list(race_configs(cnn, (("a", {}), ("b", {"regularization.l2": 0.1}))).values()))
