"""`regviz train` against the loop anyone would write, both evaluating at the preset's cadence (figures, not
assertions), measured in one run:

    python tests/benchmarks/bench_cli.py [--repeats 3]

bare: a loop written from torch alone, sharing no regviz code path once it has the numbers: the same points
(regviz's data set read once, before any timing, copied into plain tensors of its own, as a student's loop
would have its own arrays), its own nn.Sequential of the preset's shape, Adam, randperm minibatches, forward,
cross-entropy, backward, step; every ``eval_every`` steps the train and test loss and accuracy (up to 2,000
examples each, eval mode, no_grad). cli: ``regviz train`` in this process (data loaded, config.json,
metrics.csv, summary.json written, progress bar off). Speed ratio = bare seconds ÷ CLI seconds (goal ≥ 0.95
both, issue 26). Medians of interleaved repeats, one torch thread.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time

import torch
import torch.nn.functional as F

from regviz.cli import main as cli_main
from regviz.core.content import presets
from regviz.core.maths import data as data_mod

CASES = {"MNIST MLP (mnist-fgsm, ε 0)": ("mnist-fgsm", ["regularization.adversarial.epsilon=0"]),
         "overfit-2d": ("overfit-2d", [])}
EVAL = 2000


def arrays(cfg) -> tuple[torch.Tensor, ...]:
    """The preset's points as plain tensors of the bare loop's own (read through regviz once, not timed)."""
    data = data_mod.load(cfg.data, cfg.training.seed)
    return tuple(t.detach().clone().contiguous() for t in (data.x_train, data.y_train, data.x_test, data.y_test))


def bare(cfg, x, y, x_test, y_test) -> float:
    start = time.perf_counter()
    torch.manual_seed(cfg.training.seed)
    layers: list[torch.nn.Module] = [torch.nn.Flatten()]
    width = x[0].numel()
    for units in cfg.model.hidden:
        layers += [torch.nn.Linear(width, units), torch.nn.ReLU()]
        width = units
    model = torch.nn.Sequential(*layers, torch.nn.Linear(width, int(y.max()) + 1))
    opt = torch.optim.Adam(model.parameters(), lr=cfg.training.lr)
    bs, every = cfg.training.batch_size, cfg.training.eval_every
    gen = torch.Generator().manual_seed(cfg.training.seed)
    order, cursor = torch.randperm(len(y), generator=gen), 0

    def evaluate():
        model.eval()
        with torch.no_grad():
            for xs, ys in ((x[:EVAL], y[:EVAL]), (x_test[:EVAL], y_test[:EVAL])):
                logits = model(xs)
                float(F.cross_entropy(logits, ys)), float((logits.argmax(1) == ys).float().mean())
        model.train()

    evaluate()
    for step in range(1, cfg.training.steps + 1):
        if cursor + bs > len(order):
            order, cursor = torch.randperm(len(y), generator=gen), 0
        idx = order[cursor:cursor + bs]
        cursor += bs
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
        if step % every == 0:
            evaluate()
    return time.perf_counter() - start


def cli(preset: str, overrides: list[str]) -> float:
    with tempfile.TemporaryDirectory() as out:
        args = ["train", "--preset", preset, "--out", out, "--quiet"]
        for item in overrides:
            args += ["--set", item]
        start = time.perf_counter()
        assert cli_main(args) == 0
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, 1 thread; speed ratio = an independent bare loop's s ÷ regviz train s "
          "(goal ≥ 0.95 both)")
    for label, (preset, overrides) in CASES.items():
        cfg = presets.load(preset).with_overrides(overrides)
        assert cfg.model.kind == "mlp" and cfg.model.activation == "relu" and not cfg.model.batchnorm
        own = arrays(cfg)
        bare(cfg, *own), cli(preset, overrides)  # warm-up: imports, caches, torch._dynamo
        times = {"bare": [], "cli": []}
        for _ in range(args.repeats):
            times["bare"].append(bare(cfg, *own))
            times["cli"].append(cli(preset, overrides))
        b, c = statistics.median(times["bare"]), statistics.median(times["cli"])
        print(f"{label:30s} {cfg.training.steps} steps, eval every {cfg.training.eval_every}: bare {b:.2f} s, "
              f"regviz train {c:.2f} s, ratio {b / c:.2f}")


if __name__ == "__main__":
    main()
