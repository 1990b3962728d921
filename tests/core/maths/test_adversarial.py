import torch
import torch.nn.functional as F

from regviz.core.maths.adversarial import accuracy_under_attack, adversarial_loss, fgsm_attack, perturb


def test_fgsm_attack_is_the_notes_formula():
    image = torch.tensor([0.0, 0.5, 0.95, 1.0])
    grad = torch.tensor([-2.0, 3.0, 1e-9, -0.1])
    out = fgsm_attack(image, 0.1, grad)
    assert torch.allclose(out, torch.tensor([0.0, 0.6, 1.0, 0.9]))  # x + ε·sign(g), clamped to [0, 1]
    assert torch.allclose(fgsm_attack(image, 0.1, grad, clip=None), torch.tensor([-0.1, 0.6, 1.05, 0.9]))


def test_perturbation_increases_the_loss_and_stays_within_epsilon():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 3))
    x, y = torch.rand(20, 1, 4, 4), torch.randint(0, 3, (20,))
    x_adv = perturb(model, x, y, 0.1)
    assert (x_adv - x).abs().max() <= 0.1 + 1e-6
    with torch.no_grad():
        assert float(F.cross_entropy(model(x_adv), y)) > float(F.cross_entropy(model(x), y))
    assert all(p.grad is None for p in model.parameters())  # the attack leaves parameter gradients alone


def test_adversarial_loss_mixes_clean_and_adversarial():
    torch.manual_seed(0)
    model = torch.nn.Linear(4, 2)
    x, y = torch.rand(8, 4), torch.randint(0, 2, (8,))
    clean = F.cross_entropy(model(x), y)
    adv = F.cross_entropy(model(perturb(model, x, y, 0.2)), y)
    assert torch.allclose(adversarial_loss(model, x, y, 0.2, 0.0), clean)
    assert torch.allclose(adversarial_loss(model, x, y, 0.2, 1.0), adv)
    assert torch.allclose(adversarial_loss(model, x, y, 0.2, 0.25), 0.75 * clean + 0.25 * adv)


def test_accuracy_under_attack_lists_each_epsilon_and_restores_mode():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 2))
    model.train()
    x = torch.rand(50, 4)
    y = (x[:, 0] > 0.5).long()
    result = accuracy_under_attack(model, x, y, [0.0, 0.5])
    assert [r["epsilon"] for r in result] == [0.0, 0.5]
    assert model.training


def test_the_notes_code_shown_in_the_app_computes_what_the_engine_computes():
    from regviz.core.content.notes import FGSM_ATTACK

    scope = {"torch": torch}
    exec(FGSM_ATTACK, scope)
    torch.manual_seed(0)
    image, grad = torch.rand(2, 1, 4, 4), torch.randn(2, 1, 4, 4)
    assert torch.equal(scope["fgsm_attack"](image, 0.2, grad), fgsm_attack(image, 0.2, grad))


def test_attack_view_shows_one_example_before_and_after():
    from regviz.core.maths.adversarial import attack_view

    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 3))
    x, y = torch.rand(1, 1, 4, 4), torch.tensor([1])
    view = attack_view(model, x, y, 0.1, variant="standard", index=5)
    assert view.original.shape == (4, 4) and set(view.perturbation.flatten().tolist()) <= {-1.0, 0.0, 1.0}
    assert abs(view.adversarial - view.original).max() <= 0.1 + 1e-6
    assert abs(view.clean_probabilities.sum() - 1) < 1e-5 and view.label == 1 and view.index == 5
    same = attack_view(model, x, y, 0.0)
    assert same.clean_prediction == same.adversarial_prediction
