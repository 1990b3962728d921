"""Each technique's effect, on seeds the presets were not tuned on (they were tuned on 1, 2, 3).

These train real models for a few seconds each: they are the promises the app makes on a projector.
"""
import pytest

from regviz.core.content import presets
from regviz.core.maths.adversarial import accuracy_under_attack
from regviz.core.run.training import train

SEEDS = [int(s) for s in __import__("os").environ.get("REGVIZ_EFFECT_SEEDS", "11,12,13").split(",")]


def _final(name, overrides=None, **kwargs):
    cfg = presets.load(name).with_overrides(overrides or {})
    trainer, _ = train(cfg, **kwargs)
    return trainer, trainer.evaluate(activations=True).models[0]


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_l2_lowers_test_loss_and_the_gap_on_the_overfit_preset(seed):
    _, plain = _final("overfit-2d", {"training.seed": seed})
    _, ridge = _final("overfit-2d", {"training.seed": seed, "regularization.l2": 0.01})
    assert plain.train_loss < 0.01  # it memorised the 30 points...
    assert plain.gap > 0.5  # ...and pays for it on the test set
    assert ridge.test_loss < 0.6 * plain.test_loss
    assert ridge.gap < 0.5 * plain.gap


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_l1_zeroes_most_weights_and_still_solves_xor(seed):
    _, lasso = _final("l1-sparsity", {"training.seed": seed})
    _, plain = _final("l1-sparsity", {"training.seed": seed, "regularization.l1": 0.0})
    assert lasso.sparsity >= 0.5
    assert plain.sparsity <= 0.05
    assert lasso.test_accuracy >= 0.9


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_fgsm_breaks_a_standard_model_and_adversarial_training_restores_it(seed):
    standard, standard_final = _final("mnist-fgsm", {"training.seed": seed,
                                                     "regularization.adversarial.epsilon": 0.0})
    robust, robust_final = _final("mnist-fgsm", {"training.seed": seed})
    data = standard.data
    attacked = accuracy_under_attack(standard.model(), data.x_test, data.y_test, [0.2])[0]["accuracy"]
    defended = accuracy_under_attack(robust.model(), data.x_test, data.y_test, [0.2])[0]["accuracy"]
    assert standard_final.test_accuracy >= 0.85  # a good model on clean digits...
    assert attacked < 0.30  # ...that FGSM at ε = 0.2 breaks
    assert defended >= 0.60
    assert robust_final.test_accuracy >= 0.85


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_keeps_activation_scale_in_the_deep_preset(seed):
    _, bn = _final("deep-batchnorm", {"training.seed": seed})
    _, plain = _final("deep-batchnorm", {"training.seed": seed, "model.batchnorm": False})
    bn_std = [layer.std for layer in bn.activations]
    plain_std = [layer.std for layer in plain.activations]
    assert all(0.5 * bn_std[0] <= s <= 2.0 * bn_std[0] for s in bn_std), bn_std
    assert plain_std[-1] < 0.5 * plain_std[0], plain_std
    assert bn.test_accuracy >= 0.9 and plain.test_accuracy <= 0.75  # and that is why only one of them learns


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_augmentation_raises_mnist_test_accuracy_with_a_small_training_set(seed):
    _, augmented = _final("mnist-augmentation", {"training.seed": seed})
    _, plain = _final("mnist-augmentation", {"training.seed": seed,
                                             "regularization.augmentation.enabled": False})
    assert augmented.test_accuracy >= plain.test_accuracy + 0.02
    assert augmented.test_loss < plain.test_loss
