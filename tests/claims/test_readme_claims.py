"""The README's numbers about effects, as ranges over seeds nobody tuned on (seeds.py), trained as the README
says: the preset as shipped, only the seed changed (docs/claims.md lists every sentence and its test)."""
import numpy as np
import pytest
from lesson_runs import note
from preset_runs import overfit_pair
from seeds import CLAIM_SEEDS

from regviz.core.content import presets
from regviz.core.run import training as training_module
from regviz.core.run.sweep import sweep
from regviz.core.run.training import Trainer

pytestmark = pytest.mark.slow
seeds = pytest.mark.parametrize("seed", CLAIM_SEEDS)


@seeds
def test_overfit_preset_with_l2_beside_its_baseline(seed):
    """The main-window caption and the presets table: "the baseline … test loss climbs … with L2 keeps its test
    loss at a third of the baseline's or less; its weights bunch near zero (none exactly zero)";
    "L2 at λ = 0.01 cuts the test loss to a third or less and closes the gap"; the baseline "memorises the 30
    training points" (every one on its own label's side)."""
    l2, base = overfit_pair(seed, {"regularization.l2": 0.01})
    note("README overfit-2d with L2", seed, base_test=base.test_loss, l2_test=l2.test_loss,
         ratio=l2.test_loss / base.test_loss, gap_ratio=l2.gap / base.gap)
    assert base.train_loss < 0.01
    assert l2.test_loss < base.test_loss / 3 and l2.gap < base.gap / 3  # "closes the gap"
    assert l2.weight_l2 < base.weight_l2 / 3 and l2.sparsity == 0.0  # smaller weights, none exactly zero
    assert base.train_accuracy == 1.0


@seeds
def test_the_sweep_draws_the_u_curve_and_at_lambda_1_the_net_predicts_the_class_shares(seed, monkeypatch):
    """README: "On overfit-2d it draws the U-curve: of λ = 0, 0.01 and 1 the test loss is lowest at 0.01 … at λ = 1
    every weight is crushed to almost zero and the net can only predict the class shares." The λ = 1 net is the
    one the sweep itself trained (its Trainer, kept)."""
    made = []

    class Kept(Trainer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(training_module, "Trainer", Kept)  # train_value takes it from there
    cfg = presets.load("overfit-2d").with_overrides({"training.seed": seed})
    test = [row["test_loss"] for row in sweep(cfg, "regularization.l2", [0.0, 0.01, 1.0])]
    dead = made[2]
    assert dead.config.regularization.l2 == 1.0 and dead.step_count == cfg.training.steps
    net = dead.evaluate(boundary=True).models[0]
    share = float(dead.data.y_train.float().mean())  # the training set's share of class 1
    note("README sweep", seed, best_over_none=test[1] / test[0], best_over_dead=test[1] / test[2],
         dead_weight_norm=net.weight_l2, dead_off_share=float(np.abs(net.boundary - share).max()))
    assert test[1] < test[0] and test[1] < test[2], test
    assert net.weight_l2 < 0.01
    assert float(np.abs(net.boundary - share).max()) < 0.01  # the same probability everywhere: the share


@seeds
def test_l1_preset_zeroes_most_weights_and_still_solves_xor(seed):
    """Presets table: "most weights become exactly zero (over half) and the net still solves it; without L1,
    none do"."""
    cfg = presets.load("l1-sparsity").with_overrides({"training.seed": seed})
    lasso, plain = Trainer(cfg), Trainer(cfg.with_overrides({"regularization.l1": 0.0}))
    for _ in range(cfg.training.steps):
        lasso.step()
        plain.step()
    lasso_net, plain_net = lasso.evaluate().models[0], plain.evaluate().models[0]
    note("README l1-sparsity", seed, sparsity=lasso_net.sparsity, accuracy=lasso_net.test_accuracy)
    assert lasso_net.sparsity >= 0.5 and plain_net.sparsity == 0.0
    assert lasso_net.test_accuracy >= 0.9
