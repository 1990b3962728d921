"""Engine speed as ratios against a bare hand-written torch loop measured in the same run.

    python tests/benchmarks/bench_engine.py [--steps N] [--repeats R]

For each model (the 2-D MLP of overfit-2d, an MNIST MLP, the small CNN) it times, interleaved and repeated so
that machine noise hits all alike, then compares medians:
  bare      the loop anyone would write: randperm batches, forward, cross-entropy, backward, Adam step
  engine    Trainer.run(N) (the generator the app and CLI iterate), no penalty; its training time, without the
            two evaluation records at either end (their cost per record is printed apart)
  engine+   the same with L1 and L2 both on
Goals: engine ÷ bare steps/s ≥ 0.95; an L1+L2 step ≤ 1.15× a step without penalty.
"""
from __future__ import annotations

import argparse
import statistics
import time

import torch
import torch.nn.functional as F

from regviz.core.config import ExperimentConfig
from regviz.core.maths.models import build_model
from regviz.core.run.training import Trainer

CASES = {
    "2-D MLP 64x3": {"data.name": "gauss", "data.noise": 0.3, "data.samples": 100, "data.train_fraction": 0.3,
                     "model.hidden": [64, 64, 64]},
    "MNIST MLP 256": {"data.name": "mnist", "data.train_size": 2000, "model.hidden": [256],
                      "training.batch_size": 64},
    "MNIST CNN 8/16": {"data.name": "mnist", "data.train_size": 2000, "model.kind": "cnn", "model.hidden": [8],
                       "training.batch_size": 64},
}


def bare_loop(cfg: ExperimentConfig, data, steps: int) -> float:
    model = build_model(data.input_shape, data.n_classes, cfg.model, cfg.training.seed)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.training.lr)
    x, y, bs = data.x_train, data.y_train, cfg.training.batch_size
    gen = torch.Generator().manual_seed(0)
    order, cursor = torch.randperm(len(y), generator=gen), 0
    start = time.perf_counter()
    for _ in range(steps):
        if cursor + bs > len(order):
            order, cursor = torch.randperm(len(y), generator=gen), 0
        idx = order[cursor:cursor + bs]
        cursor += bs
        opt.zero_grad()
        loss = F.cross_entropy(model(x[idx]), y[idx])
        loss.backward()
        opt.step()
    return (time.perf_counter() - start) / steps


def engine_loop(cfg: ExperimentConfig, data, steps: int) -> tuple[float, float]:
    """(seconds per training step, seconds per evaluation record). Training time is the generator's own clock,
    which stops while a record is evaluated: how often to evaluate is a separate, configurable cost."""
    trainer = Trainer(cfg.with_overrides({"training.eval_every": steps}), dataset=data)
    start = time.perf_counter()
    records = list(trainer.run(steps))
    wall = time.perf_counter() - start
    train_seconds = records[-1].seconds
    return train_seconds / steps, (wall - train_seconds) / len(records)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(1)  # as the app's worker does on this 2-core machine: one core stays with the GUI
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread, {args.steps} steps x {args.repeats} repeats")
    print(f"{'model':16s} {'bare us/step':>13s} {'engine':>8s} {'engine+L1+L2':>13s} "
          f"{'engine/bare speed':>18s} {'L1+L2 cost':>11s} {'ms/record':>10s}")
    for name, overrides in CASES.items():
        cfg = ExperimentConfig().with_overrides(overrides)
        penalized = cfg.with_overrides({"regularization.l1": 1e-4, "regularization.l2": 1e-4})
        data = Trainer(cfg).data
        times = {"bare": [], "engine": [], "engine+": [], "record": []}
        for _ in range(args.repeats):
            times["bare"].append(bare_loop(cfg, data, args.steps))
            step, record = engine_loop(cfg, data, args.steps)
            times["engine"].append(step)
            times["record"].append(record)
            times["engine+"].append(engine_loop(penalized, data, args.steps)[0])
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"{name:16s} {med['bare'] * 1e6:13.0f} {med['engine'] * 1e6:8.0f} {med['engine+'] * 1e6:13.0f} "
              f"{med['bare'] / med['engine']:18.2f} {med['engine+'] / med['engine']:10.2f}x "
              f"{med['record'] * 1e3:10.1f}")


if __name__ == "__main__":
    main()
