"""The training code an exported notebook carries (core.content.notebook copies this file's text into cells).

regviz never imports this module: it is text, kept as a .py file so it is read, linted and diffed as code. It needs
torch, numpy and matplotlib only. Each ``# %%`` line starts a cell; the lines after it that begin with ``# `` up to
the first code line are that cell's markdown, written above it. It trains the way core.run.training does (the same
minibatch stream, dropout stream, L2 gradient, L1 step and early stopping), so its numbers are regviz's.
"""
# %% ## The penalty, as the notes write it
# The notes add a penalty to the data loss: **L2** adds λ·Σw² (its gradient 2λw pulls big weights hardest, so
# weights shrink but rarely reach 0); **L1** adds λ·Σ|w| (its gradient λ·sign(w) is the same size for every weight,
# however small, which is what drives weights to 0). The sums run over the Linear and Conv weights (biases only when
# asked); batch norm's γ and β are left alone. `penalty` below is that formula, and the plots report it.
import math

import matplotlib.pyplot as plt
from matplotlib.colors import LinearSegmentedColormap
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def penalized_parameters(model, include_bias):
    """The weights L1 and L2 act on: Linear and Conv weights, and their biases when asked."""
    params = []
    for module in model.modules():
        if isinstance(module, (nn.Linear, nn.Conv2d)):
            params.append(module.weight)
            if include_bias and module.bias is not None:
                params.append(module.bias)
    return params


def penalty(weights, l1, l2):
    """The notes' penalty: l1 * sum|w| + l2 * sum w^2."""
    with torch.no_grad():
        return l1 * sum(float(w.abs().sum()) for w in weights) + l2 * sum(float((w ** 2).sum()) for w in weights)


# %% ## How training applies it
# **L2**: after the data loss's backward pass, each penalized weight's gradient gets 2λw added: exactly what
# backpropagating data loss + λ·Σw² gives, without building the penalty into the graph every step.
#
# **L1**: adding λ·Σ|w| to the loss and stepping would make every weight jitter around 0 (the step overshoots, the
# sign flips, the next step overshoots back) and almost none would be *exactly* 0. So, like regviz, the optimizer
# steps on the data loss (and L2) alone, and then every weight moves towards 0 by the L1 step t, **stopping at 0
# if it would cross it**: w ← sign(w)·max(|w| − t, 0) (the proximal step of λ·|w|, "soft thresholding"). With SGD,
# t = lr·λ, the step λ·sign(w) would have taken. With Adam, which scales each weight's step by its own gradient
# history, t = lr·λ/(√v̂ + ε): the same scaling applied to the L1 gradient. Weights L1 does not need land on 0 and
# stay there: the sparsity regviz shows is the share of weights that are exactly 0.
@torch.no_grad()
def add_l2_gradient(params, l2):
    """grad += 2 * l2 * w, for every penalized weight that has a gradient."""
    if l2:
        for p in params:
            if p.grad is not None:
                p.grad.add_(p, alpha=2.0 * l2)


@torch.no_grad()
def l1_step(params, optimizer, l1):
    """Move every penalized weight towards 0 by the L1 step, stopping at 0 (run after optimizer.step())."""
    if not l1 or not params:
        return
    group = optimizer.param_groups[0]
    lr = float(group["lr"])
    if isinstance(optimizer, (torch.optim.Adam, torch.optim.AdamW)):
        _, beta2 = group["betas"]
        step = float(optimizer.state[params[0]]["step"])
        if step == 0:
            return
        bc2_sqrt = (1 - beta2 ** step) ** 0.5
        for p in params:
            v = optimizer.state[p]["exp_avg_sq"]
            t = v.sqrt().add_(group["eps"] * bc2_sqrt).reciprocal_().mul_(l1 * lr * bc2_sqrt)
            p.sub_(torch.clamp(p, min=-t, max=t))  # exactly 0 where |w| <= t
    else:
        t = lr * l1
        for p in params:
            p.sub_(p.clamp(-t, t))


# %% ## The training loop
# `Run` trains one or more nets in lockstep: the same initial weights (each is built after `torch.manual_seed`), the
# same minibatches (a fresh shuffle from its own seeded generator every epoch), and one dropout stream (the global
# one, seeded once). Each net has its own settings (`l1`, `l2`, `dropout`, …); `run.set` changes one while the net
# keeps its weights and its optimizer's state, as moving a slider does in class. Every `eval_every` steps it records
# the train and test loss and accuracy in eval mode (dropout off, batch norm's running statistics) on the first
# `eval_limit` examples of each split. With a validation split it watches the validation loss there, and early
# stopping ends the run after `patience` checks without a lower one (giving back the best net's weights if asked).
# A regression (the targets are numbers, not classes) trains on the notes' mean squared error, paired: the mean over
# the (x, y) pairs of (y − ŷ)², and records R² = 1 − Σ(y − ŷ)²/Σ(y − ȳ)² where a classifier records accuracy.
def make_optimizer(params, s):
    if s["optimizer"] == "sgd":
        return torch.optim.SGD(params, lr=s["lr"], momentum=s["momentum"], weight_decay=s["weight_decay"],
                               foreach=True)
    cls = torch.optim.AdamW if s["optimizer"] == "adamw" else torch.optim.Adam
    return cls(params, lr=s["lr"], weight_decay=s["weight_decay"], foreach=True)


class Net:
    def __init__(self, name, make_model, settings, transform=None):
        self.name, self.settings, self.transform = name, dict(settings), transform
        with torch.random.fork_rng(devices=[]):  # the same seed for every net: the same initial weights
            torch.manual_seed(settings["seed"])
            self.model = make_model()
        self.model.train()
        self.penalized = penalized_parameters(self.model, settings["include_bias"])
        self.weights = penalized_parameters(self.model, False)
        self.optimizer = make_optimizer(self.model.parameters(), settings)
        self.set_dropout(settings["dropout"])
        self.best_step, self.best_loss, self.best_state, self.since_best = None, math.inf, None, 0
        self.loss_sum, self.loss_count = 0.0, 0
        self.history = []

    def set_dropout(self, p):
        for m in self.model.modules():
            if isinstance(m, nn.Dropout):
                m.p = p

    def loss(self, xb, yb, is_image):
        s = self.settings
        x = augment(self.transform, xb) if self.transform is not None else xb
        if yb.is_floating_point():  # a regression
            return mse(self.model(x), yb)
        if s["epsilon"] > 0:
            return adversarial_loss(self.model, x, yb, s["epsilon"], s["adversarial_weight"])
        return F.cross_entropy(self.model(x), yb)


def mse(outputs, y):
    """The notes' data loss, paired: the mean over the (x, y) pairs of (y - prediction) ** 2."""
    return (y - outputs[:, 0]).square().mean()


def r_squared(predicted, y):
    """1 - sum (y - prediction) ** 2 / sum (y - mean y) ** 2: 1 is a perfect fit, 0 no better than the mean."""
    spread = float((y - y.mean()).square().sum())
    return 1.0 - float((y - predicted).square().sum()) / spread if spread > 0 else math.nan


def augment(transform, images):
    """A batch through the transform in 8 groups, each with its own random draw (as regviz does: one call per
    image costs 20x more, and every image still sees a fresh transform each time it is drawn)."""
    return torch.cat([transform(group) for group in images.tensor_split(min(8, len(images)))])


def adversarial_loss(model, x, y, epsilon, weight):
    """(1 - weight) * loss(x) + weight * loss(x'), x' the notes' FGSM example of x against the model now."""
    x = x.detach().requires_grad_(True)
    clean = F.cross_entropy(model(x), y)
    (grad,) = torch.autograd.grad(clean, x, retain_graph=True)
    x_adv = fgsm_attack(x.detach(), epsilon, grad)
    return (1.0 - weight) * clean + weight * F.cross_entropy(model(x_adv), y)


class Run:
    def __init__(self, data, nets, seed, batch_size, eval_every, eval_limit, label_noise=0.0,
                 validation_fraction=0.0, patience=0, restore_best=True):
        torch.manual_seed(seed)  # the dropout masks and augmentation draws
        x_train, y_train, self.x_test, self.y_test, self.n_classes = data
        self.x_val = self.y_val = None
        self.regression = y_train.is_floating_point()
        if validation_fraction:
            held = min(len(y_train) - 2, max(1, round(validation_fraction * len(y_train))))
            if self.regression:  # every k-th point held out, so both sides span the x range
                keep = torch.ones(len(y_train), dtype=torch.bool)
                keep[torch.linspace(0, len(y_train) - 1, held + 2).round().long()[1:-1]] = False
                x_train, self.x_val, y_train, self.y_val = x_train[keep], x_train[~keep], y_train[keep], y_train[~keep]
            else:  # the last examples of the (already shuffled) training set
                x_train, self.x_val = x_train[:-held], x_train[-held:]
                y_train, self.y_val = y_train[:-held], y_train[-held:]
        self.x_train, self.true_labels, self.seed = x_train, y_train, seed
        self.set_label_noise(label_noise)
        self.is_image = x_train.dim() == 4
        self.nets = {name: Net(name, *spec) for name, spec in nets.items()}
        self.batch_size, self.eval_every, self.eval_limit = batch_size, eval_every, eval_limit
        self.patience, self.restore_best = patience, restore_best
        self.step_count, self.stopped_at = 0, None
        self.batches = torch.Generator().manual_seed(seed)
        self.order, self.cursor = torch.empty(0, dtype=torch.long), 0
        self.watch_validation()
        self.record()

    def set_label_noise(self, share):
        self.label_noise = share
        labels = self.true_labels
        if share:
            labels = torch.as_tensor(flip_labels(labels.numpy(), self.n_classes, share, self.seed))
        self.y_train = labels

    def set(self, key, value, net=None):
        """Change one setting while training: of one net (by name) or of all (None)."""
        if key == "label_noise":
            return self.set_label_noise(value)
        if key == "eval_every":
            self.eval_every = value
            return
        for n in ([self.nets[net]] if net is not None else self.nets.values()):
            if key == "transform":
                n.transform = value
                continue
            n.settings[key] = value
            if key == "dropout":
                n.set_dropout(value)
            if key in ("lr", "momentum", "weight_decay"):
                for group in n.optimizer.param_groups:
                    group[key] = value

    def next_batch(self):
        if self.cursor + self.batch_size > len(self.order):  # a fresh shuffle every epoch
            self.order, self.cursor = torch.randperm(len(self.y_train), generator=self.batches), 0
        idx = self.order[self.cursor:self.cursor + self.batch_size]
        self.cursor += self.batch_size
        return idx

    def step(self):
        idx = self.next_batch()
        xb, yb = self.x_train[idx], self.y_train[idx]
        losses = []
        for n in self.nets.values():
            n.optimizer.zero_grad(set_to_none=True)
            loss = n.loss(xb, yb, self.is_image)
            loss.backward()
            losses.append(loss.detach())
        for n, loss in zip(self.nets.values(), losses):
            add_l2_gradient(n.penalized, n.settings["l2"])
            n.optimizer.step()
            l1_step(n.penalized, n.optimizer, n.settings["l1"])
            n.loss_sum, n.loss_count = n.loss_sum + float(loss), n.loss_count + 1
        self.step_count += 1
        if self.step_count % self.eval_every == 0:
            self.watch_validation()

    def train(self, steps):
        """``steps`` more steps (fewer if early stopping ends the run), recording every ``eval_every``."""
        for _ in range(steps):
            self.step()
            if self.step_count % self.eval_every == 0:
                self.record()
            if self.stopped_at == self.step_count:
                break
        if self.step_count % self.eval_every:
            self.record()

    def watch_validation(self):
        if self.x_val is None or self.stopped_at is not None:
            return
        stop = False
        for n in self.nets.values():
            loss, _ = evaluate(n.model, self.x_val, self.y_val)
            if loss < n.best_loss:
                n.best_step, n.best_loss, n.since_best = self.step_count, loss, 0
                if self.patience and self.restore_best:
                    n.best_state = {k: t.detach().clone() for k, t in n.model.state_dict().items()}
            else:
                n.since_best += 1
            stop |= bool(self.patience) and n.since_best >= self.patience
        if stop:
            self.stopped_at = self.step_count
            for n in self.nets.values():
                if n.best_state is not None:
                    with torch.no_grad():
                        n.model.load_state_dict(n.best_state)

    def record(self):
        k = self.eval_limit
        for n in self.nets.values():
            train_loss, train_acc = evaluate(n.model, self.x_train[:k], self.y_train[:k])
            test_loss, test_acc = evaluate(n.model, self.x_test[:k], self.y_test[:k])
            val = evaluate(n.model, self.x_val[:k], self.y_val[:k]) if self.x_val is not None else (None, None)
            s = n.settings
            weights = torch.cat([w.detach().flatten() for w in n.weights])
            n.history.append({
                "step": self.step_count, "train_loss": train_loss, "test_loss": test_loss, "train_accuracy": train_acc,
                "test_accuracy": test_acc, "val_loss": val[0], "val_accuracy": val[1],
                "data_loss": n.loss_sum / n.loss_count if n.loss_count else train_loss,
                "penalty": penalty(n.penalized, s["l1"], s["l2"]),
                "sparsity": int((weights == 0).sum()) / weights.numel()})
            n.loss_sum, n.loss_count = 0.0, 0


@torch.inference_mode()
def evaluate(model, x, y):
    """Loss and accuracy in eval mode (a conv net's in chunks of 256 examples, as regviz does); a regression's
    MSE and R²."""
    model.eval()
    try:
        if y.is_floating_point():
            outputs = model(x)
            return float(mse(outputs, y)), r_squared(outputs[:, 0], y)
        conv = any(isinstance(m, nn.Conv2d) for m in model.modules())
        chunks = [x[i:i + 256] for i in range(0, len(x), 256)] if conv and len(x) > 256 else [x]
        logits = torch.cat([model(c) for c in chunks])
        return float(F.cross_entropy(logits, y)), float((logits.argmax(1) == y).float().mean())
    finally:
        model.train()


# %% ## What the app plots
# The loss curves with the **generalization gap** shaded between train and test, the accuracy, the histogram of the
# weights (L1 grows a spike at exactly 0) and, for 2-D data, the boundary: the net's probability of class 1
# everywhere, with the training points filled and the test points hollow. A regression plots its MSE, its R² and
# each net's fitted curve over the training (filled) and test (hollow) points.
COLOURS = ("tab:orange", "tab:blue", "tab:green", "tab:purple")


def show(run, title=""):
    nets = list(run.nets.values())
    two_d = not run.is_image
    fig, axes = plt.subplots(1, 4 if two_d else 3, figsize=(18 if two_d else 14, 3.8))
    for i, n in enumerate(nets):
        h = n.history
        steps = [r["step"] for r in h]
        style = "-" if i == 0 else "--"
        train, test = [r["train_loss"] for r in h], [r["test_loss"] for r in h]
        axes[0].plot(steps, train, style, color="tab:blue", label=f"{n.name} train")
        axes[0].plot(steps, test, style, color="tab:red", label=f"{n.name} test")
        if i == 0:
            axes[0].fill_between(steps, train, test, color="tab:red", alpha=0.12, label="gap")
        if run.x_val is not None:
            axes[0].plot(steps, [r["val_loss"] for r in h], ":", color="tab:purple", label=f"{n.name} validation")
            if n.best_step is not None and i == 0:
                axes[0].axvline(n.best_step, color="tab:purple", lw=0.8)
        axes[1].plot(steps, [r["train_accuracy"] for r in h], style, color="tab:blue", label=f"{n.name} train")
        axes[1].plot(steps, [r["test_accuracy"] for r in h], style, color="tab:red", label=f"{n.name} test")
        weights = torch.cat([w.detach().flatten() for w in n.weights]).double().numpy()
        limit = max(float(np.abs(weights).max()), 1e-3)
        axes[2].hist(weights, bins=41, range=(-limit, limit), histtype="step" if i else "stepfilled",
                     color=COLOURS[i % 4], alpha=0.8, label=f"{n.name} ({(weights == 0).mean():.0%} exactly 0)")
    if run.regression:
        axes[0].set(title="Loss (MSE)", xlabel="step", yscale="log")
        axes[1].set(title="R²", xlabel="step", ylim=(max(-1.0, axes[1].get_ylim()[0]), 1.02))
    else:
        axes[0].set(title="Loss", xlabel="step")
        axes[1].set(title="Accuracy", xlabel="step", ylim=(0, 1.02))
    axes[2].set(title="Weights", xlabel="w", ylabel="count")
    for ax in axes[:3]:
        ax.legend(fontsize=7)
    if run.regression:
        fitted_curve(axes[3], run, nets)
    elif two_d:
        boundary(axes[3], run, nets[0])
    fig.suptitle(title)
    fig.tight_layout()
    plt.show()
    print(in_words(run, nets))


def in_words(run, nets):
    """The figure's numbers as text, under it: what a screen reader reads where a picture has no words."""
    accuracy = "R²" if run.regression else "accuracy"
    lines = ["The figure in words:"]
    for n in nets:
        h = n.history
        if not h:
            lines.append(f"- {n.name}: not trained yet")
            continue
        last, low = h[-1], min(h, key=lambda r: r["test_loss"])
        weights = torch.cat([w.detach().flatten() for w in n.weights])
        lines.append(
            f"- {n.name} at step {last['step']}: train loss {last['train_loss']:.4g}, "
            f"test loss {last['test_loss']:.4g} "
            f"(gap {last['test_loss'] - last['train_loss']:.4g}; lowest test loss {low['test_loss']:.4g} at step "
            f"{low['step']}); train {accuracy} {last['train_accuracy']:.3g}, test {accuracy} "
            f"{last['test_accuracy']:.3g}; {float((weights == 0).float().mean()):.0%} of its weights exactly 0")
    if run.regression:
        lines.append("- right: each net's fitted curve over the training points (filled) and test points (hollow)")
    elif not run.is_image:
        lines.append(f"- right: {nets[0].name}'s probability of class 1 over the plane, training points filled, "
                     "test points hollow")
    return "\n".join(lines)


def boundary(ax, run, net, size=64):
    points = torch.cat([run.x_train, run.x_test])
    lo, hi = float(points.min()) - 0.2, float(points.max()) + 0.2
    axis = torch.linspace(lo, hi, size)
    gy, gx = torch.meshgrid(axis, axis, indexing="ij")
    net.model.eval()
    with torch.inference_mode():
        p = torch.softmax(net.model(torch.stack([gx.flatten(), gy.flatten()], 1)), 1)[:, 1].reshape(size, size)
    net.model.train()
    shades = LinearSegmentedColormap.from_list("classes", ["tab:orange", "white", "tab:blue"])  # class 0 … 1
    ax.imshow(p.numpy(), origin="lower", extent=(lo, hi, lo, hi), cmap=shades, vmin=0, vmax=1, alpha=0.5)
    colours = np.array(["tab:orange", "tab:blue"])
    ax.scatter(run.x_train[:, 0], run.x_train[:, 1], c=colours[run.y_train.numpy() % 2], s=14, edgecolors="k",
               linewidths=0.4)
    ax.scatter(run.x_test[:, 0], run.x_test[:, 1], facecolors="none", edgecolors=colours[run.y_test.numpy() % 2],
               s=14)
    ax.set(title=f"Boundary ({net.name})", xlim=(lo, hi), ylim=(lo, hi))


def fitted_curve(ax, run, nets, size=400):
    xs = torch.cat([run.x_train, run.x_test])[:, 0]
    ys = torch.cat([run.y_train, run.y_test])
    x0, x1, y0, y1 = float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())
    dx, dy = max(x1 - x0, 1e-6) * 0.05, max(y1 - y0, 1e-6) * 0.25
    grid = torch.linspace(x0 - dx, x1 + dx, size)[:, None]
    for i, net in enumerate(nets):
        net.model.eval()
        with torch.inference_mode():
            curve = net.model(grid)[:, 0]
        net.model.train()
        ax.plot(grid[:, 0], curve, "-" if i == 0 else "--", color=COLOURS[i % 4], label=f"{net.name}")
    ax.scatter(run.x_train[:, 0], run.y_train, color="tab:blue", s=18, edgecolors="k", linewidths=0.4, zorder=3,
               label="train")
    ax.scatter(run.x_test[:, 0], run.y_test, facecolors="none", edgecolors="tab:red", s=14, zorder=3, label="test")
    ax.set(title="Fitted curve", xlabel="x", ylabel="y", xlim=(x0 - dx, x1 + dx), ylim=(y0 - dy, y1 + dy))
    ax.legend(fontsize=7)
