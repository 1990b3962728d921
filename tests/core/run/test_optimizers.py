"""The training process's optimizers are torch.optim's arithmetic, bit for bit, and training never imports
torch._dynamo (150 MB and 0.9 s of the training process, for graph breaks that do nothing in eager mode)."""
import subprocess
import sys

import pytest
import torch
import torch.nn.functional as F

from regviz.core.run import optimizers


@pytest.mark.parametrize("name, kwargs", [("SGD", {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.01}),
                                          ("Adam", {"lr": 0.01, "weight_decay": 0.01}),
                                          ("AdamW", {"lr": 0.01, "weight_decay": 0.1})])
def test_each_optimizer_steps_exactly_as_torch_optims_own(name, kwargs):
    def train(cls):
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(5, 16), torch.nn.Tanh(), torch.nn.Linear(16, 3))
        optimizer = cls(model.parameters(), foreach=True, **kwargs)
        data = torch.Generator().manual_seed(1)
        for step in range(30):
            x, y = torch.randn(32, 5, generator=data), torch.randint(0, 3, (32,), generator=data)
            optimizer.zero_grad(set_to_none=True)
            F.cross_entropy(model(x), y).backward()
            optimizer.step()
            if step == 10:
                optimizer.param_groups[0]["lr"] *= 0.5  # a live change, as the app makes one
        return model, optimizer

    ours, ours_opt = train(getattr(optimizers, name))
    theirs, theirs_opt = train(getattr(torch.optim, name))
    assert isinstance(ours_opt, getattr(torch.optim, name))
    for a, b in zip(ours.parameters(), theirs.parameters(), strict=True):
        assert torch.equal(a, b) and a.grad is not None
    for a, b in zip(ours_opt.state.values(), theirs_opt.state.values(), strict=True):
        assert all(torch.equal(a[k], b[k]) for k in b)


def test_training_checking_and_attacking_import_neither_torch_dynamo_nor_torchvision():
    code = """
import sys
from regviz.core.config import ExperimentConfig
from regviz.core.run.live import answer
from regviz.core.run.messages import AskAttack, AskRobustness, SetLive
from regviz.core.run.training import Trainer
for overrides in ({"data.name": "mnist", "data.train_size": 300, "model.kind": "cnn", "model.hidden": [4],
                   "regularization.l1": 1e-4, "regularization.adversarial.epsilon": 0.1,
                   "training.optimizer": "adamw"},
                  {"data.name": "xor", "model.hidden": [8], "training.optimizer": "sgd", "regularization.l2": 0.01}):
    trainer = Trainer.for_mode(ExperimentConfig().with_overrides(overrides), "baseline")
    for _ in range(3):
        trainer.step()
    trainer.evaluate(activations=True, boundary=True, network=True, errors=True)
    trainer.apply(SetLive("training.lr", 0.002))
    trainer.step()
    answer(trainer, AskAttack(trainer.names[0], 0, 0.1))
    answer(trainer, AskRobustness((0.0, 0.1), "fgsm"))
print(sorted(m for m in sys.modules if m.startswith("torch._dynamo")), "torchvision" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    # (torchvision imports torch._dynamo itself: it comes only with augmentation, core.maths.augmentation)
    assert out.stdout.strip().splitlines()[-1] == "[] False"
