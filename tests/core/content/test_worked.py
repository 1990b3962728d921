"""The notes' worked cells, computed by the engine."""
import pytest

from regviz.core.content.worked import dropout_example, penalty_example


def test_penalty_example_reproduces_the_notes_cells():
    ex = penalty_example()
    assert ex["mse_notes"] == pytest.approx(19.375, abs=1e-12)
    assert ex["l2_total"] == pytest.approx(19.4, abs=1e-12)
    assert ex["l1_penalty"] == pytest.approx(0.05, abs=1e-12)
    assert ex["l1_total"] == pytest.approx(19.425, abs=1e-12)
    assert ex["l2_penalty"] == pytest.approx(0.025, abs=1e-12)


def test_penalty_example_also_gives_the_true_paired_mse():
    # The notes' X has shape (4, 1) and y shape (4,): numpy broadcasts to 4x4 and averages all 16 differences.
    # Pairing each x with its own y gives (1.5² + 3² + 4.5² + 6²) / 4 = 16.875.
    ex = penalty_example()
    assert ex["mse"] == pytest.approx(16.875, abs=1e-12)


def test_penalty_gradients_are_what_each_penalty_adds():
    ex = penalty_example(w=2.0, lam=0.5)
    assert ex["grad_l2"] == pytest.approx(2 * 0.5 * 2.0)  # 2λw grows with w
    assert ex["grad_l1"] == pytest.approx(0.5)  # λ·sign(w), the same for any positive w
    assert penalty_example(w=-3.0, lam=0.5)["grad_l1"] == pytest.approx(-0.5)


def test_penalty_example_rejects_mismatched_data():
    with pytest.raises(ValueError):
        penalty_example(x=[1, 2], y=[1, 2, 3])


def test_dropout_example_with_and_without_inverted_scaling():
    ex = dropout_example()
    assert ex["masked"] == pytest.approx([0.3, 0.0, 0.8, 0.0])
    assert ex["inverted"] == pytest.approx([0.6, 0.0, 1.6, 0.0])
    assert dropout_example(p=0.25)["inverted"] == pytest.approx([0.4, 0.0, 0.8 / 0.75, 0.0])


def test_the_numpy_worked_cells_agree_with_the_engines_penalties_and_autograd():
    """The window computes the cells in numpy; the engine's own penalty functions and autograd give the same."""
    import torch
    import torch.nn.functional as F

    from regviz.core.maths.regularizers import l1_penalty, l2_penalty

    for w, lam in ((0.5, 0.1), (-1.7, 0.03), (2.0, 0.5)):
        ex = penalty_example(w=w, lam=lam)
        weight = torch.tensor([w], dtype=torch.float64, requires_grad=True)
        x, y = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64), torch.tensor([2.0, 4.0, 6.0, 8.0],
                                                                                    dtype=torch.float64)
        mse = F.mse_loss(x * weight, y)
        (grad,) = torch.autograd.grad(mse, weight)
        assert ex["mse"] == pytest.approx(mse.item(), abs=1e-12)
        assert ex["grad_mse"] == pytest.approx(grad.item(), abs=1e-12)
        assert ex["l2_penalty"] == pytest.approx(l2_penalty([weight], lam).item(), abs=1e-12)
        assert ex["l1_penalty"] == pytest.approx(l1_penalty([weight], lam).item(), abs=1e-12)
