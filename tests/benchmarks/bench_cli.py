"""`regviz train` against the loop anyone would write, both evaluating at the preset's cadence (figures, not
assertions), measured in one run:

    python tests/benchmarks/bench_cli.py [--repeats 3]

bare: load the same data, build the same model, Adam, randperm minibatches, forward, cross-entropy, backward,
step; every ``eval_every`` steps the train and test loss and accuracy (up to 2,000 examples each, eval mode,
no_grad), as regviz records them. cli: ``regviz train`` in this process (config.json, metrics.csv, summary.json
written, progress bar off). Speed ratio = bare seconds ÷ CLI seconds (goal ≥ 0.95 on the MNIST MLP, ≥ 0.98 on
overfit-2d). Medians of interleaved repeats, one torch thread.
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
from regviz.core.maths.models import build_model

CASES = {"MNIST MLP (mnist-fgsm, ε 0)": ("mnist-fgsm", ["regularization.adversarial.epsilon=0"]),
         "overfit-2d": ("overfit-2d", [])}
EVAL = 2000


def bare(cfg) -> float:
    start = time.perf_counter()
    data = data_mod.load(cfg.data, cfg.training.seed)
    model = build_model(data.input_shape, data.n_classes, cfg.model, cfg.training.seed)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.training.lr)
    x, y, bs, every = data.x_train, data.y_train, cfg.training.batch_size, cfg.training.eval_every
    gen = torch.Generator().manual_seed(cfg.training.seed)
    order, cursor = torch.randperm(len(y), generator=gen), 0

    def evaluate():
        model.eval()
        with torch.no_grad():
            for xs, ys in ((x[:EVAL], y[:EVAL]), (data.x_test[:EVAL], data.y_test[:EVAL])):
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
    print(f"torch {torch.__version__}, 1 thread; speed ratio = bare s ÷ regviz train s (goal ≥ 0.95 MLP, ≥ 0.98 2-D)")
    for label, (preset, overrides) in CASES.items():
        cfg = presets.load(preset).with_overrides(overrides)
        bare(cfg), cli(preset, overrides)  # warm-up: imports, caches, torch._dynamo
        times = {"bare": [], "cli": []}
        for _ in range(args.repeats):
            times["bare"].append(bare(cfg))
            times["cli"].append(cli(preset, overrides))
        b, c = statistics.median(times["bare"]), statistics.median(times["cli"])
        print(f"{label:30s} {cfg.training.steps} steps, eval every {cfg.training.eval_every}: bare {b:.2f} s, "
              f"regviz train {c:.2f} s, ratio {b / c:.2f}")


if __name__ == "__main__":
    main()
