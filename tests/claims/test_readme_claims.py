"""The README's numbers about effects, as ranges over seeds nobody tuned on (seeds.py), trained as the README
says: the preset as shipped, only the seed changed."""
import pytest
from seeds import CLAIM_SEEDS

from regviz.core.content import presets
from regviz.core.run.sweep import sweep
from regviz.core.run.training import Trainer

pytestmark = pytest.mark.slow
seeds = pytest.mark.parametrize("seed", CLAIM_SEEDS)


@seeds
def test_overfit_preset_with_l2_beside_its_baseline(seed):
    """The main-window caption and the presets table: "the baseline … test loss climbs past 1 … with L2 its test
    loss stays below 0.4 … a third of the baseline's or less"."""
    trainer = Trainer.for_mode(presets.load("overfit-2d").with_overrides(
        {"training.seed": seed, "regularization.l2": 0.01}), "baseline")
    for _ in range(trainer.config.training.steps):
        trainer.step()
    nets = {m.name: m for m in trainer.evaluate().models}
    l2, base = nets["regularized"], nets["baseline"]
    assert base.test_loss > 1.0 and base.train_loss < 0.01
    assert l2.test_loss < 0.4 and l2.test_loss < base.test_loss / 3
    assert l2.weight_l2 < base.weight_l2 / 3 and l2.sparsity == 0.0  # smaller weights, none exactly zero


@seeds
def test_the_sweep_draws_the_u_curve_on_the_overfit_preset(seed):
    """README: "On overfit-2d it draws the U-curve: lowest test loss at λ = 0.01 of 0, 0.01 and 1"."""
    cfg = presets.load("overfit-2d").with_overrides({"training.seed": seed})
    test = [row["test_loss"] for row in sweep(cfg, "regularization.l2", [0.0, 0.01, 1.0])]
    assert test[1] < test[0] and test[1] < test[2], test


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
    assert lasso_net.sparsity >= 0.5 and plain_net.sparsity == 0.0
    assert lasso_net.test_accuracy >= 0.9
