import pytest
import torch
import torch.nn.functional as F

from regviz.core.maths.regularizers import FlatWeights, l1_penalty, l2_penalty, sparsity


def _params():
    torch.manual_seed(0)
    return [torch.nn.Parameter(torch.randn(4, 3)), torch.nn.Parameter(torch.randn(5))]


def test_penalties_are_the_notes_sums():
    ps = _params()
    with torch.no_grad():
        assert float(l2_penalty(ps, 0.1)) == pytest.approx(0.1 * sum(float((p ** 2).sum()) for p in ps), rel=1e-6)
        assert float(l1_penalty(ps, 0.1)) == pytest.approx(0.1 * sum(float(p.abs().sum()) for p in ps), rel=1e-6)


def test_flat_weights_keep_parameter_identity_and_values():
    ps = _params()
    before = [p.detach().clone() for p in ps]
    opt = torch.optim.SGD(ps, lr=0.1)
    flat = FlatWeights(ps, opt)
    assert all(torch.equal(p, b) for p, b in zip(ps, before))
    with torch.no_grad():
        ps[0][0, 0] = 42.0
    assert 42.0 in flat.flat.tolist()
    with torch.no_grad():
        assert float(flat.squared_l2_norm()) == pytest.approx(sum(float((p ** 2).sum()) for p in ps), rel=1e-6)


def test_l2_gradient_equals_backprop_through_the_penalty():
    ps = _params()
    ref = [p.detach().clone().requires_grad_(True) for p in ps]
    (l2_penalty(ref, 0.3) + sum((r * 2).sum() for r in ref)).backward()
    flat = FlatWeights(ps, torch.optim.SGD(ps, lr=0.1))
    sum((p * 2).sum() for p in ps).backward()
    flat.add_l2_gradient(0.3)
    for p, r in zip(ps, ref):
        assert torch.allclose(p.grad, r.grad)


def test_l1_with_sgd_is_soft_thresholding():
    w = torch.nn.Parameter(torch.tensor([0.5, -0.5, 0.005, -0.002, 0.0]))
    opt = torch.optim.SGD([w], lr=0.1)
    flat = FlatWeights([w], opt)
    w.grad = torch.zeros_like(w)
    opt.step()
    flat.l1_proximal_step(0.05)  # t = lr·λ = 0.005
    assert w.tolist() == pytest.approx([0.495, -0.495, 0.0, 0.0, 0.0])


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_l1_drives_useless_weights_to_exactly_zero_and_keeps_useful_ones(optimizer):
    """Linear regression where only the first 3 of 20 inputs matter."""
    torch.manual_seed(0)
    x = torch.randn(256, 20)
    y = x[:, :3] @ torch.tensor([2.0, -1.5, 1.0])
    w = torch.nn.Parameter(torch.randn(20) * 0.5)
    opt = torch.optim.SGD([w], lr=0.05) if optimizer == "sgd" else torch.optim.Adam([w], lr=0.02)
    flat = FlatWeights([w], opt)
    for _ in range(600):
        opt.zero_grad()
        F.mse_loss(x @ w, y).backward()
        opt.step()
        flat.l1_proximal_step(0.05)
    assert (w[3:] == 0).all(), w
    assert (w[:3].abs() > 0.5).all()


def test_subgradient_l1_would_only_jitter_around_zero():
    """Why the proximal step exists: the plain sub-gradient leaves the useless weights small but not zero."""
    torch.manual_seed(0)
    x = torch.randn(256, 20)
    y = x[:, :3] @ torch.tensor([2.0, -1.5, 1.0])
    w = torch.nn.Parameter(torch.randn(20) * 0.5)
    opt = torch.optim.SGD([w], lr=0.05)
    for _ in range(600):
        opt.zero_grad()
        (F.mse_loss(x @ w, y) + l1_penalty([w], 0.05)).backward()
        opt.step()
    assert (w[3:] != 0).all()
    assert sparsity([w.detach()]) < 0.5


def test_adam_l1_threshold_matches_adams_step_size():
    w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
    opt = torch.optim.Adam([w], lr=0.1)
    flat = FlatWeights([w], opt)
    w.grad = torch.tensor([0.0, 0.0])
    opt.step()  # v = 0: Adam's step size is lr/eps, huge, so any weight is shrunk to zero
    flat.l1_proximal_step(1e-3)
    assert w.tolist() == [0.0, 0.0]
    w2 = torch.nn.Parameter(torch.tensor([1.0]))
    opt2 = torch.optim.Adam([w2], lr=0.1)
    flat2 = FlatWeights([w2], opt2)
    w2.grad = torch.tensor([2.0])
    opt2.step()  # step 1: Adam moves by lr·m̂/(√v̂+ε) = lr, so a unit threshold of λ·lr
    after_step = float(w2.detach())
    flat2.l1_proximal_step(0.5)
    assert float(w2.detach()) == pytest.approx(after_step - 0.5 * 0.1 / 2.0, rel=1e-4)  # t = λ·lr/√v̂ = 0.5·0.1/2


def test_sparsity_counts_only_weights_that_are_exactly_zero():
    assert sparsity([torch.tensor([0.0, 0.0005, -0.0009, 0.5]), torch.tensor([-0.0])]) == 0.4


def test_sgd_weight_decay_equals_l2_with_biases_and_no_batch_norm():
    """README: "With SGD it equals L2 with wd = 2λ exactly when L2 covers the same parameters"."""
    from regviz.core.config import ExperimentConfig
    from regviz.core.run.training import Trainer

    base = ExperimentConfig().with_overrides({"data.name": "xor", "data.samples": 200, "model.hidden": [8, 8],
                                              "training.optimizer": "sgd", "training.lr": 0.1,
                                              "training.momentum": 0.9})
    l2 = Trainer(base.with_overrides({"regularization.l2": 0.005, "regularization.include_bias": True}))
    wd = Trainer(base.with_overrides({"regularization.weight_decay": 0.01}))
    for _ in range(100):
        l2.step()
        wd.step()
    for a, b in zip(l2.model().parameters(), wd.model().parameters()):
        assert torch.allclose(a, b, atol=1e-5)
