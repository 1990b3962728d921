"""Lesson 09-regression's sentences, trained exactly as the lesson trains them (Next, Next, …: one play per seed,
lesson_runs.record_after) on the claim seeds and seed 0 (seeds.LESSON_SEEDS). The thresholds were chosen on
tuning seeds 1-6 (seeds.TUNED_ON); docs/claims.md lists each claim with its range there."""
import pytest
from lesson_runs import note, record_after
from seeds import LESSON_SEEDS

pytestmark = pytest.mark.slow
seeds = pytest.mark.parametrize("seed", LESSON_SEEDS)
LESSON = "09-regression"
NOISE_VARIANCE = 0.3 ** 2  # Bishop's σ = 0.3: the MSE the true curve itself has on the test points


@seeds
def test_09_degree_9_on_ten_points_memorises_train_mse_almost_zero_test_mse_hundreds_of_times_larger(seed):
    """Step 1: "The train MSE is almost exactly zero; the test MSE is hundreds of times larger, and above 0.09,
    the error the true sine itself makes on the noisy test points"."""
    m = record_after(LESSON, seed, 1)["main"]
    note("09.1 memorises", seed, train_mse=m.train_loss, test_mse=m.test_loss)
    assert m.train_loss < 1e-3
    assert m.test_loss > 100 * m.train_loss and m.test_loss > NOISE_VARIANCE


@seeds
def test_09_l2_brings_degree_9s_test_mse_below_a_third_of_the_memorising_curves(seed):
    """Step 2: "the L2 curve no longer passes through every point (its train MSE is above zero) … Its test MSE is
    below a third of the memorising curve's" (issue 24's done-when)."""
    nets = record_after(LESSON, seed, 2)
    l2, baseline = nets["regularized"], nets["baseline"]
    note("09.2 L2 smooths", seed, ratio=l2.test_loss / baseline.test_loss, l2_train=l2.train_loss,
         baseline_train=baseline.train_loss)
    assert l2.test_loss < baseline.test_loss / 3
    assert baseline.train_loss < 1e-3 and l2.train_loss > 0.002 and l2.train_loss > 10 * baseline.train_loss


@seeds
def test_09_l1_keeps_at_most_four_of_nine_coefficients_and_predicts_far_better(seed):
    """Step 3: "Of the nine coefficients, at most four are left; the rest are exactly 0 … The memorising net keeps
    all nine … it still predicts the test points far better than the memorising one" (far: a third or less)."""
    nets = record_after(LESSON, seed, 3)
    l1, baseline = nets["regularized"], nets["baseline"]
    note("09.3 L1 keeps few", seed, kept=round(9 * (1 - l1.sparsity)), ratio=l1.test_loss / baseline.test_loss)
    assert round(9 * (1 - l1.sparsity)) <= 4  # sparsity: the share of the 9 weights exactly zero
    assert baseline.sparsity == 0.0
    assert l1.test_loss < baseline.test_loss / 3
