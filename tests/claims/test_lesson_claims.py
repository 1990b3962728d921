"""Every effect a lesson's text promises, trained exactly as the lesson trains it (Next, Next, …) on seeds
nobody tuned on (seeds.py), measured on what the plots show (the live records' 500 examples per split).

Each test names the lesson step and quotes the sentence it backs (docs/claims.md lists them all). Thresholds were
chosen on seeds.TUNED_ON; every claim also holds on seed 0, the run the class sees (seeds.LESSON_SEEDS).
"""
import functools

import numpy as np
import pytest
import torch
from lesson_runs import TOO_LARGE, TOO_SMALL, boundary_length, curve_during, note, play, probed, record_after, \
    trainer_after_last_step
from preset_runs import overfit_pair
from seeds import LESSON_SEEDS

from regviz.core.content import lessons
from regviz.core.maths.adversarial import accuracy_under_attack, attack
from regviz.core.run.live import LIVE_EVAL_LIMIT
from regviz.core.run.messages import SetLive

pytestmark = pytest.mark.slow
seeds = pytest.mark.parametrize("seed", LESSON_SEEDS)


def _nets(trainer, **kwargs):
    return {m.name: m for m in trainer.evaluate(**kwargs).models}


@seeds
def test_01_overfitting_train_loss_vanishes_and_test_loss_rises_almost_from_the_start(seed):
    """Step 2: "The train loss goes towards zero … The test loss rises, almost from the start.": it ends at least
    1.2 times its lowest, and that lowest comes within the first 100 steps. (1.5 times failed on seed 5919 of the
    five-random-seed check, 1.23: a rise a class sees, so the bar, not the sentence, was too strong; 5919 is a
    tuning seed now.)"""
    curve = [r.models[0].test_loss for r in curve_during("01-overfitting", seed, 2)]  # every 25 steps
    final = record_after("01-overfitting", seed, 2)["main"]
    note("01.2 test loss rises", seed, train_loss=final.train_loss, rise=final.test_loss / min(curve),
         lowest_at=int(np.argmin(curve)) * 25)
    assert final.train_loss < 0.01
    assert final.test_loss >= 1.2 * min(curve)
    assert int(np.argmin(curve)) * 25 <= 100, curve


@seeds
def test_01_a_memorising_net_reaches_100_percent_on_training_data_while_its_test_accuracy_stays_short(seed):
    """README, the Accuracy plot: "a memorising net reaches 100 % on training data while its test accuracy stays
    short of it" (lesson 1 step 2's net): every training point right within the first 200 steps, and from then on
    its test accuracy below 100 % at every check. (It said test accuracy "stalls", tested as rising at most 3 points
    after the fit; on random-check seed 281783 it rose 4.3, 3 of 70 test points.)"""
    net = [r.models[0] for r in curve_during("01-overfitting", seed, 2)] + [record_after("01-overfitting", seed, 2)[
        "main"]]  # every 25 steps, and at the step's end
    train, test = [m.train_accuracy for m in net], [m.test_accuracy for m in net]
    fitted = train.index(1.0) if 1.0 in train else len(train)
    later = test[fitted:]
    note("01.2 accuracy stays short", seed, fitted_at=fitted * 25, test_best=max(later),
         test_gain=max(later) - later[0])
    # "reaches": within 200 steps (its staying there was asserted too, and on random-check seed 281783 Adam's
    # noise cost it one point, 29 of 30, for a check: stronger than the sentence; the step's end is checked below)
    assert fitted * 25 <= 200, train
    assert max(later) < 1.0, later


@seeds
def test_01_the_memorising_boundary_puts_every_training_point_on_its_own_side(seed):
    """Step 2: "the boundary puts every training point on its own colour's side, noise included: that is
    memorising". (A boundary "smooth" for L2 and "bending around single points" without it was measured as the
    map's boundary length, and on fresh seeds the two were alike: those sentences were dropped; lesson 8 step 4
    shows the bend around one clicked point.)"""
    net = record_after("01-overfitting", seed, 2)["main"]
    note("01.2 every point", seed, train_accuracy=net.train_accuracy, boundary_length=boundary_length(net.boundary))
    assert net.train_accuracy == 1.0


@seeds
def test_01_overfitting_l2_ends_at_a_fraction_of_the_baselines_test_loss(seed):
    """Step 3: "With L2 the test loss ends at a fraction of the baseline's and the gap stays narrow; the weight
    norm (lower right) stays small" (a third of the baseline's or less)."""
    nets = record_after("01-overfitting", seed, 3)
    l2, base = nets["regularized"], nets["baseline"]
    note("01.3 l2", seed, test_ratio=l2.test_loss / base.test_loss, gap_ratio=l2.gap / base.gap,
         norm_ratio=l2.weight_l2 / base.weight_l2)
    assert l2.test_loss < 0.35 * base.test_loss
    assert l2.gap < 0.3 * base.gap
    assert l2.weight_l2 < base.weight_l2 / 3


@seeds
def test_01_a_memorising_nets_weights_grow(seed):
    """README, the Network tab: links drawn "on the scale of the net's first weights, so L2 visibly thins them and
    a memorising net's grow": lesson 1 step 2's net ends with a weight norm at least 1.3 times its first."""
    start = curve_during("01-overfitting", seed, 2)[0].models[0]
    end = record_after("01-overfitting", seed, 2)["main"]
    note("01.2 weights grow", seed, growth=end.weight_l2 / start.weight_l2)
    assert end.weight_l2 >= 1.3 * start.weight_l2, (start.weight_l2, end.weight_l2)


@seeds
def test_01_too_small_a_lambda_opens_the_gap_again_and_too_large_raises_both_losses(seed):
    """Step 4: "Too small (λ = 0.0001): the gap starts to open again. Too large (λ = 0.1): both losses rise,
    because the net can no longer fit even the training points." From step 3's nets, the slider moved as a class
    moves it (600 steps at each): the gap at least 1.5 times step 3's (and at least 0.03: step 3's can be near
    zero or below), then both the train and the test loss above step 3's. ("The gap comes back" was asserted as
    twice step 3's gap, which passed trivially where that gap was negative; on tuning seeds 3 and 4 the gap
    reopened by only 7–8 % of what L2 had closed in 600 steps, so the sentence now says what holds.)"""
    at_001 = record_after("01-overfitting", seed, 3)["regularized"]
    moved = probed("01-overfitting", seed, 4)
    small, large = moved["small"], moved["large"]
    note("01.4 lambda both ways", seed, gap_001=at_001.gap, gap_small=small.gap,
         gap_small_over_baseline=small.gap / moved["small baseline"].gap,
         large_train_over=large.train_loss / at_001.train_loss, large_test_over=large.test_loss / at_001.test_loss)
    assert (TOO_SMALL, TOO_LARGE) == (1e-4, 0.1)  # the values the step's text names
    assert small.gap >= 1.5 * max(at_001.gap, 0.02), (small.gap, at_001.gap)
    assert large.train_loss > at_001.train_loss and large.test_loss > at_001.test_loss


@seeds
def test_01_early_stopping_stops_by_itself_and_ends_well_below_the_unstopped_nets_test_loss(seed):
    """Step 5: "training stops by itself and the net from the best step comes back. Its test loss ends well below
    what the same net reaches when it trains all 1,000 steps (under two thirds of it)." (README: "it stops by itself
    before its 1,000 steps are up".) Under half, as it said before, failed on claim seed 850124 (0.53); the README's
    "before step 500" failed on seed 317185 of the five-random-seed check (it stopped at 710; its ratio 0.55 held)."""
    stopped = play("01-overfitting", seed, 5)
    assert stopped.stopped_at is not None and stopped.stopped_at < 1000, stopped.stopped_at
    unstopped = play("01-overfitting", seed, 5, overrides={"training.early_stopping.patience": 0})
    assert unstopped.step_count == 1000
    restored, final = stopped.evaluate().models[0], unstopped.evaluate().models[0]
    note("01.5 early stopping", seed, stopped_at=stopped.stopped_at, ratio=restored.test_loss / final.test_loss)
    assert restored.test_loss < (2 / 3) * final.test_loss, (restored.test_loss, final.test_loss)


@seeds
def test_02_l2_shrinks_weights_without_zeroing_any(seed):
    """Step 2: "the L2 net's weights bunch near zero but none is exactly zero … Its weight norm stays far below
    the baseline's." """
    nets = record_after("02-l2", seed, 2)
    note("02.2 l2", seed, norm_ratio=nets["regularized"].weight_l2 / nets["baseline"].weight_l2)
    assert nets["regularized"].sparsity == 0.0 and nets["baseline"].sparsity == 0.0
    assert nets["regularized"].weight_l2 < 0.35 * nets["baseline"].weight_l2


@seeds
def test_02_l2_lambda_one_kills_the_net_and_lowering_it_does_not_revive_it(seed):
    """Step 3: "Every weight is crushed to almost nothing, and the net predicts the same thing everywhere: just the
    share of each class in the training set … Dragging λ back to 0.01 does not revive it." """
    assert len(lessons.load("02-l2").steps) == 3  # step 3 is the last: the lesson's own play serves
    trainer = trainer_after_last_step("02-l2", seed)
    net = _nets(trainer, boundary=True)["regularized"]
    assert net.weight_l2 < 0.01
    assert float(net.boundary.max() - net.boundary.min()) < 0.01
    share = float(trainer.data.y_train.float().mean())  # the training set's share of class 1
    assert abs(float(net.boundary.mean()) - share) < 0.05
    # predicting one class everywhere, its test accuracy is just that class's share of the test points (it was
    # asserted as <= 0.6, which failed on claim seed 47793 at 42 of 70, 0.6 in float32 above 0.6)
    # (which class it predicts was taken as the training majority's; on random-check seed 281783, half and half,
    # the net's flat output fell on the other side of 0.5: the sentence says the same everywhere, not which)
    y = trainer.data.y_test[:LIVE_EVAL_LIMIT]
    assert min(abs(net.test_accuracy - float((y == c).float().mean())) for c in (0, 1)) < 1e-6, net.test_accuracy
    trainer.apply(SetLive("regularization.l2", 0.01, "regularized"))
    for _ in range(500):
        trainer.step()
    revived = _nets(trainer)["regularized"].weight_l2
    note("02.3 dead", seed, weight_norm=net.weight_l2, off_share=abs(float(net.boundary.mean()) - share),
         test_accuracy=net.test_accuracy, after_001=revived)
    assert revived < 0.01


@seeds
def test_03_l1_zeroes_over_half_the_weights_and_still_solves_xor(seed):
    """Step 2: "With L1 the sparsity curve (share of weights that are exactly zero) climbs past half; without it
    it stays near zero … The boundary still separates the four quadrants." """
    nets = record_after("03-l1", seed, 2)
    l1, base = nets["regularized"], nets["baseline"]
    note("03.2 l1", seed, sparsity=l1.sparsity, base_sparsity=base.sparsity, accuracy=l1.test_accuracy)
    assert l1.sparsity >= 0.5 and base.sparsity <= 0.05
    assert l1.test_accuracy >= 0.9 and l1.test_accuracy >= base.test_accuracy - 0.03


@seeds
def test_03_l1_a_larger_lambda_zeroes_over_90_percent_and_xor_is_still_solved(seed):
    """Step 3: "even more weights go to zero, over 90 % of them, and the net still solves XOR." """
    before = record_after("03-l1", seed, 2)["regularized"].sparsity
    net = record_after("03-l1", seed, 3)["regularized"]
    note("03.3 l1", seed, sparsity=net.sparsity, accuracy=net.test_accuracy)
    assert net.sparsity > max(before, 0.9) and net.test_accuracy >= 0.9


@seeds
def test_03_l1_too_far_zeroes_every_weight_and_accuracy_falls_to_chance(seed):
    """Step 4: "every weight is zero. The net predicts one class everywhere and its accuracy falls to chance." """
    net = record_after("03-l1", seed, 4)["regularized"]
    note("03.4 l1", seed, sparsity=net.sparsity, accuracy=net.test_accuracy)
    assert net.sparsity == 1.0 and net.test_accuracy <= 0.6
    assert float(net.boundary.max() - net.boundary.min()) < 1e-6


SELECTED, DROPPED = ("x1sq", "x2sq"), ("x1", "x2", "x1x2", "sinx1", "sinx2")


@seeds
def test_03_l1_keeps_x1sq_and_x2sq_and_zeroes_the_other_five_features_exactly(seed):
    """Step 5: "With L1 only the links from x1² and x2² stay: the weights of the other five are exactly zero …
    Without L1 every feature keeps a link." (and the circle is still classified: "those two are all it needs")"""
    weights = probed("03-l1", seed, 5)
    l1, base = weights["regularized"], weights["baseline"]
    net = record_after("03-l1", seed, 5)["regularized"]
    note("03.5 features", seed, kept=min(l1[f] for f in SELECTED), dropped=max(l1[f] for f in DROPPED),
         base_smallest=min(base.values()), accuracy=net.test_accuracy)
    assert all(l1[f] == 0.0 for f in DROPPED), l1
    assert all(l1[f] > 1.0 for f in SELECTED), l1
    assert all(w > 0 for w in base.values()), base
    assert net.test_accuracy >= 0.95


@seeds
def test_03_l2_keeps_all_seven_features_and_halves_their_weights(seed):
    """Step 6: "with L2 instead all seven links stay. L2 makes the weights smaller, in all less than half of the
    unpenalized net's, but it zeroes none." """
    weights = probed("03-l1", seed, 6)
    l2, base = weights["regularized"], weights["baseline"]
    note("03.6 features", seed, smallest=min(l2.values()), ratio=sum(l2.values()) / sum(base.values()))
    assert all(w > 0 for w in l2.values()), l2
    assert sum(l2.values()) < 0.5 * sum(base.values())


@seeds
def test_04_augmentation_ends_a_point_or_more_above_on_200_digits(seed):
    """Step 2: "Training is harder (train loss higher), and the test accuracy ends higher, by a point or more (and
    the test loss lower)." """
    nets = record_after("04-augmentation", seed, 2)
    aug, base = nets["regularized"], nets["baseline"]
    note("04.2 augmentation", seed, accuracy_gain=aug.test_accuracy - base.test_accuracy)
    assert aug.test_accuracy >= base.test_accuracy + 0.01
    assert aug.test_loss < base.test_loss and aug.train_loss > base.train_loss


@seeds
def test_04_without_augmentation_it_fits_all_200_quickly_and_its_test_accuracy_stalls(seed):
    """Step 2: "Dashed: no augmentation. It fits all 200 quickly, and its test accuracy stalls." Measured every
    50 steps: all 200 training digits right within the first 200 of the 1,000 steps, and from then on its test
    accuracy never rises more than 3 points above what it was then."""
    base = [{m.name: m for m in r.models}["baseline"] for r in curve_during("04-augmentation", seed, 2)]
    base.append(record_after("04-augmentation", seed, 2)["baseline"])
    train, test = [m.train_accuracy for m in base], [m.test_accuracy for m in base]
    fitted = train.index(1.0) if 1.0 in train else len(train)
    later = test[fitted:]
    note("04.2 fits and stalls", seed, fitted_at=fitted * 50, test_gain=max(later) - later[0])
    assert fitted * 50 <= 200 and all(a == 1.0 for a in train[fitted:]), train
    assert max(later) - later[0] <= 0.03, later


@seeds
def test_05_dropout_lowers_the_test_loss_and_narrows_the_gap(seed):
    """Step 3: "Dropout makes training harder (its train loss stays higher) and the test loss ends lower: the gap
    between train and test loss is narrower." """
    nets = record_after("05-dropout", seed, 3)
    drop, base = nets["regularized"], nets["baseline"]
    note("05.3 dropout", seed, test_loss_ratio=drop.test_loss / base.test_loss)
    assert drop.train_loss > base.train_loss
    assert drop.test_loss < 0.95 * base.test_loss
    assert drop.gap < base.gap


@seeds
def test_05_accuracy_moves_less_than_the_loss(seed):
    """Step 3: "Accuracy moves less than the loss — look at the loss." Relative to the baseline's, dropout's test
    accuracy changes by less than half as much as its test loss does."""
    nets = record_after("05-dropout", seed, 3)
    drop, base = nets["regularized"], nets["baseline"]
    loss_move = abs(drop.test_loss - base.test_loss) / base.test_loss
    accuracy_move = abs(drop.test_accuracy - base.test_accuracy) / base.test_accuracy
    note("05.3 accuracy moves less", seed, loss_move=loss_move, accuracy_move=accuracy_move)
    assert accuracy_move < 0.5 * loss_move, (accuracy_move, loss_move)


@seeds
def test_05_on_the_overfitting_preset_l2_does_more_than_dropout(seed):
    """Step 3: "On the 30 points of the overfitting preset L2 does more than dropout: its test loss ends lower than
    dropout's." The preset as shipped (1,000 steps), p = 0.5 beside its baseline, and λ = 0.01 (the README's pair,
    trained once for both). (It also said dropout "does little there (above 40 % of the baseline's)": on
    random-check seeds 505216 and 119780 dropout's test loss was a fifth of the baseline's; then "far more … under a
    third of dropout's": on random-check seed 251554 dropout worked too, and L2's was 0.78 of it.)"""
    drop, base = overfit_pair(seed, {"model.dropout": 0.5})
    l2, _ = overfit_pair(seed, {"regularization.l2": 0.01})
    note("05.3 dropout on overfit-2d", seed, dropout_over_base=drop.test_loss / base.test_loss,
         l2_over_dropout=l2.test_loss / drop.test_loss)
    assert l2.test_loss < drop.test_loss


@seeds
def test_06_batchnorm_without_it_the_spread_shrinks_about_fourfold_at_every_layer(seed):
    """Step 2: "Without batch norm, and with these initial weights, the spread shrinks about fourfold at every
    layer (never less than 2.5×): by layer 8 … under a thousandth of layer 1's … With batch norm every layer
    keeps its spread." (About fourfold: the geometric mean of the seven ratios is at least 3.3.)"""
    nets = record_after("06-batchnorm", seed, 2)
    plain = [layer.std for layer in nets["no batch norm"].activations]
    kept = [layer.std for layer in nets["batch norm"].activations]
    ratios = [a / b for a, b in zip(plain, plain[1:])]
    note("06.2 spread", seed, smallest_ratio=min(ratios), mean_ratio=float(np.exp(np.mean(np.log(ratios)))),
         last_over_first=plain[-1] / plain[0], kept=min(kept) / max(kept))
    assert min(ratios) >= 2.5 and float(np.exp(np.mean(np.log(ratios)))) >= 3.3, ratios
    assert plain[-1] < 1e-3 * plain[0], plain
    assert min(kept) >= 0.5 * max(kept), kept


@seeds
def test_06_the_gradient_that_reaches_layer_1_without_batchnorm_is_tiny(seed):
    """Step 2: "the gradient that reaches layer 1 is tiny (under a ten-thousandth of what reaches the last)":
    the norm of the loss's gradient for layer 1's weights against the output layer's, on every training point
    after the step's 300 steps; the net with batch norm gets a layer-1 gradient within a hundredth of its last."""
    grads = probed("06-batchnorm", seed, 2)
    plain, kept = grads["no batch norm"], grads["batch norm"]
    note("06.2 gradient", seed, plain_first_over_last=plain[0] / plain[-1], kept_first_over_last=kept[0] / kept[-1])
    assert plain[0] < 1e-4 * plain[-1], plain
    assert kept[0] > 1e-2 * kept[-1], kept


@seeds
def test_06_batchnorm_only_the_net_with_it_learns(seed):
    """Step 3: "The net with batch norm learns the circle; the one without stays at chance": its test loss stays
    at a coin toss's (ln 2 ≈ 0.693, within 0.01) and its accuracy within 5 points of always guessing one
    class."""
    nets = record_after("06-batchnorm", seed, 3)
    plain, y = nets["no batch norm"], trainer_after_last_step("06-batchnorm", seed).data.y_test[:LIVE_EVAL_LIMIT]
    share = float(y.float().mean())
    note("06.3 chance", seed, plain_accuracy=plain.test_accuracy, plain_loss=plain.test_loss,
         kept_accuracy=nets["batch norm"].test_accuracy)
    assert nets["batch norm"].test_accuracy >= 0.9
    assert plain.test_loss >= 0.683 and plain.test_accuracy <= max(share, 1 - share) + 0.05, plain.test_accuracy


@functools.cache
def _scaled(seed: int, scale: float) -> dict:
    """Lesson 6 played with the Model box's Initial weights at ``scale``: the record after step 2 (activations)
    and after step 3, one play each."""
    trainer = play("06-batchnorm", seed, 2, overrides={"model.init_scale": scale})
    spread = _nets(trainer, activations=True)
    if scale < 1:
        return {2: spread}
    trainer = play("06-batchnorm", seed, 3, overrides={"model.init_scale": scale}, start=3, trainer=trainer)
    return {2: spread, 3: _nets(trainer)}


@seeds
def test_06_with_larger_initial_weights_the_net_without_batchnorm_learns_too(seed):
    """Step 3: "With larger initial weights … the signal survives without batch norm too." (4× the preset's.)"""
    accuracy = _scaled(seed, 4.0)[3]["no batch norm"].test_accuracy
    note("06.3 larger weights", seed, accuracy=accuracy)
    assert accuracy >= 0.9


@seeds
@pytest.mark.parametrize("scale", [0.25, 4.0])
def test_06_batchnorm_keeps_every_layers_spread_from_a_quarter_to_four_times_the_initial_weights(seed, scale):
    """Step 3: "batch norm fixes the scale whatever it was"; README: "with it every layer keeps its spread,
    whatever the initial weights (from 0.25× to 4× the preset's)"; the tab: "see the signal vanish (small s) or
    survive (large s) — batch norm keeps it either way"; the Initial weights tooltip: "Small s: a deep sigmoid
    net's signal vanishes layer by layer without batch norm; s = 4 keeps it". Scale 1 is step 2's own test; here
    both ends of the stated range: without batch norm layer 8's spread is under a thousandth of layer 1's at
    0.25× and over a twentieth of it at 4× (at 1× it is under a thousandth: step 2). (The tab said "or saturate
    (large s)": at 4× only 2–15 % of a layer's inputs lie where the sigmoid is flat, |x| > 4, on tuning seed 1, and
    the net learns, so it says "survive". "Over a tenth" failed on random-check seed 265117: 0.082.)"""
    nets = _scaled(seed, scale)[2]
    kept = [layer.std for layer in nets["batch norm"].activations]
    plain = [layer.std for layer in nets["no batch norm"].activations]
    note(f"06.2 spread kept at {scale}", seed, kept=min(kept) / max(kept), plain_last_over_first=plain[-1] / plain[0])
    assert min(kept) >= 0.5 * max(kept), kept
    if scale < 1:  # the tab: "see the signal vanish (small s)"
        assert plain[-1] < 1e-3 * plain[0], plain
    else:  # "or survive (large s)"
        assert plain[-1] > 0.05 * plain[0], plain


def _robustness(trainer, name, epsilons, kind):
    x, y = trainer.data.x_test[:LIVE_EVAL_LIMIT], trainer.data.y_test[:LIVE_EVAL_LIMIT]  # what the panel uses
    return [r["accuracy"] for r in accuracy_under_attack(trainer.model(name), x, y, epsilons, kind=kind)]


@functools.cache
def _fgsm_pair(seed: int):
    """The two nets after step 1 (the later steps train nothing): one play per seed for every step's claim."""
    return play("07-fgsm", seed, 1)


@seeds
def test_07_at_02_the_standard_nets_prediction_flips_for_almost_every_digit(seed):
    """Step 2: "for the standard net the prediction flips: at ε = 0.2 for almost every digit" (over 95 % of the
    panel's digits it reads right)."""
    trainer = _fgsm_pair(seed)
    model, x, y = trainer.model("standard"), trainer.data.x_test[:LIVE_EVAL_LIMIT], trainer.data.y_test[
        :LIVE_EVAL_LIMIT]
    model.eval()
    try:
        adv = attack(model, x, y, 0.2, "fgsm", (0.0, 1.0))
        with torch.no_grad():
            clean, attacked = model(x).argmax(1), model(adv).argmax(1)
    finally:
        model.train()
    right = clean == y
    flipped = float((attacked[right] != clean[right]).float().mean())
    note("07.2 flips", seed, flipped=flipped)
    assert flipped > 0.95, flipped


@seeds
def test_07_fgsm_breaks_the_standard_net_and_adversarial_training_resists_it(seed):
    """Step 3: "The standard net falls to a few percent at ε = 0.2; the adversarially trained one keeps most of its
    accuracy, and on clean digits (ε = 0) it is as good as the standard net." (README: "above 60 %".)"""
    trainer = _fgsm_pair(seed)
    clean_std, attacked = _robustness(trainer, "standard", [0.0, 0.2], "fgsm")
    clean_adv, defended = _robustness(trainer, "adversarial", [0.0, 0.2], "fgsm")
    note("07.3 fgsm", seed, clean=clean_std, attacked=attacked, defended=defended, clean_adv=clean_adv)
    assert clean_std >= 0.85 and attacked < 0.05
    assert defended >= 0.6 and clean_adv >= max(0.85, clean_std - 0.02)


@seeds
def test_07_pgd_breaks_what_fgsm_training_defended(seed):
    """Step 4: "Against PGD the adversarially trained net falls far below its FGSM accuracy at ε = 0.2 (by more
    than 30 points)." """
    trainer = _fgsm_pair(seed)
    (fgsm_02,) = _robustness(trainer, "adversarial", [0.2], "fgsm")
    (pgd_02,) = _robustness(trainer, "adversarial", [0.2], "pgd")
    note("07.4 pgd", seed, fgsm=fgsm_02, pgd=pgd_02)
    assert pgd_02 < fgsm_02 - 0.3


# -- 08: inside the net ----------------------------------------------------------------------------------------
INSIDE = "08-inside-the-net"


@functools.cache
def _inside(seed: int) -> dict:
    """The lesson played once per seed, Next by Next, with the outlier a class is told to click in after step 3
    (an orange point at the middle of the blue training points); what each claim below reads."""
    out = {}
    trainer = play(INSIDE, seed, 3, start=3)  # steps 1 and 2 load presets of their own (step 2: see its test)
    points, labels = trainer.data.x_train.cpu().numpy(), trainer.true_labels.cpu().numpy()
    outlier = points[labels == 1].mean(0)
    trainer.set_training_points(np.vstack([points, outlier]), np.append(labels, 0))
    trainer = play(INSIDE, seed, 4, start=4, trainer=trainer)
    out["orange_at_outlier"] = {name: _probability(trainer.model(name), outlier, 0) for name in trainer.names}
    trainer = play(INSIDE, seed, 5, start=5, trainer=trainer)
    out["filters"] = {m.name: m.network for m in trainer.evaluate(network=True).models}
    trainer = play(INSIDE, seed, 6, start=6, trainer=trainer)
    out["clean"] = trainer.evaluate().models[0]
    out["noisy"] = play(INSIDE, seed, 7, start=7, trainer=trainer).evaluate().models[0]
    return out


@torch.inference_mode()
def _probability(model, point, label: int) -> float:
    """What the boundary map shows at ``point`` (eval mode, as the records are drawn)."""
    model.eval()
    try:
        return float(torch.softmax(model(torch.tensor(point[None])), 1)[0, label])
    finally:
        model.train()


@seeds
def test_08_l1_makes_over_half_of_the_links_vanish_and_the_baseline_keeps_every_one(seed):
    """Step 2: "With L1, over half of the links vanish; the baseline keeps every one." The step trains exactly
    what lesson 03's second step trains (checked here), so its nets are read from that run: the links drawn are
    the weights, and a vanished link is a weight at exactly zero (the records' sparsity)."""
    inside, l1 = lessons.load(INSIDE), lessons.load("03-l1")
    assert (inside.config_at(1), inside.mode_at(1), inside.steps[1].train) == \
        (l1.config_at(1), l1.mode_at(1), l1.steps[1].train) and not l1.steps[0].train
    nets = record_after("03-l1", seed, 2)
    note("08.2 links", seed, vanished=nets["regularized"].sparsity)
    assert nets["regularized"].sparsity > 0.5 and nets["baseline"].sparsity == 0.0


@seeds
def test_08_the_memorising_net_bends_around_a_clicked_outlier_and_the_l2_net_does_not(seed):
    """Step 4: "The net without a penalty bends its boundary around your point: right there it now predicts
    orange. The L2 net still predicts blue there." """
    orange = _inside(seed)["orange_at_outlier"]
    note("08.4 outlier", seed, baseline_orange=orange["baseline"], l2_orange=orange["regularized"])
    assert orange["baseline"] > 0.5 > orange["regularized"], orange


@seeds
def test_08_l1_zeroes_two_thirds_of_a_digit_nets_weights_and_blanks_the_border(seed):
    """Step 5: "With L1, over two thirds of the weights are exactly zero … the border, where no digit has ink,
    goes blank. Without it every picture stays speckled." """
    l1, base = _inside(seed)["filters"]["regularized"], _inside(seed)["filters"]["baseline"]
    frame = np.ones((28, 28), bool)
    frame[2:-2, 2:-2] = False  # the two outermost rows and columns of pixels
    note("08.5 filters", seed, zero_share=l1.zero_links / l1.total_links,
         border_zero=(l1.filters[:, frame] == 0).mean())
    assert l1.zero_links > (2 / 3) * l1.total_links
    assert (l1.filters[:, frame] == 0).mean() > 0.95
    assert base.zero_links == 0


@functools.cache
def _noisy(seed: int, key: str | None, value: float) -> dict:
    """Step 7 started afresh (R) with ``key`` switched on at ``value`` (the Regularizers box's value when its
    switch goes on), 500 steps as the step trains: the record, and the share of the training digits whose
    label was changed that the net reads as that wrong label (eval mode, all 500 training digits)."""
    trainer = play(INSIDE, seed, 7, start=7, overrides={key: value} if key else None)
    model = trainer.model()
    model.eval()
    try:
        with torch.no_grad():
            guess = model(trainer.data.x_train).argmax(1)
    finally:
        model.train()
    changed = trainer.data.y_train != trainer.true_labels
    assert int(changed.sum()) > 100  # label noise 0.3 of 500
    return {"net": trainer.evaluate().models[0],
            "wrong_learnt": float((guess[changed] == trainer.data.y_train[changed]).float().mean())}


@seeds
def test_08_with_dropout_or_l2_a_noisy_label_net_learns_fewer_wrong_labels_and_wins_back_test_accuracy(seed):
    """Step 7: "try the Label noise slider, dropout or L2 (then R, for a fresh net) and see how much each wins
    back"; the Label noise tooltip: "a big net learns the wrong labels by heart, a regularized one less". With
    dropout (p = 0.5) or L2 (λ = 0.01), the values their switches turn on with, the net reads fewer of the
    changed training labels as their wrong label than the net without, and its test accuracy ends higher."""
    plain = _noisy(seed, None, 0.0)
    for key, value in (("model.dropout", 0.5), ("regularization.l2", 0.01)):
        regularized = _noisy(seed, key, value)
        note(f"08.7 label noise with {key}", seed, wrong_learnt=regularized["wrong_learnt"],
             plain_wrong_learnt=plain["wrong_learnt"],
             won_back=regularized["net"].test_accuracy - plain["net"].test_accuracy)
        assert regularized["wrong_learnt"] < plain["wrong_learnt"], (key, regularized, plain)
        assert regularized["net"].test_accuracy > plain["net"].test_accuracy, (key, regularized, plain)


@seeds
def test_08_a_big_net_learns_wrong_labels_by_heart_and_loses_over_ten_points_of_test_accuracy(seed):
    """Step 7: "The net still gets over 95 % of its training labels “right” … Its test accuracy ends more than
    ten points below the clean run's." """
    clean, noisy = _inside(seed)["clean"], _inside(seed)["noisy"]
    note("08.7 label noise", seed, train_accuracy=noisy.train_accuracy, drop=clean.test_accuracy - noisy.test_accuracy)
    assert noisy.train_accuracy > 0.95
    assert noisy.test_accuracy < clean.test_accuracy - 0.10, (clean.test_accuracy, noisy.test_accuracy)
