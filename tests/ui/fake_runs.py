"""Synthetic runs for view tests: a RunInfo and records shaped as the training process sends them, without a
training process (the views are what is tested, not the training)."""
import numpy as np

from regviz.core.config import ExperimentConfig
from regviz.core.records import LayerStats, ModelRecord, Record, RunInfo


def run_info(names=("regularized",), image=False, hidden=(16, 16), n_points=40) -> RunInfo:
    config = ExperimentConfig()
    config = config.with_overrides({"model.hidden": list(hidden)})
    rng = np.random.default_rng(0)
    points = None if image else rng.normal(size=(n_points, 2)).astype(np.float32)
    labels = None if image else (points[:, 0] > 0).astype(np.int64)
    return RunInfo(config=config, names=tuple(names), is_image=image,
                   classes=tuple(str(i) for i in range(10)) if image else ("0", "1"), n_train=n_points,
                   n_test=n_points, train_points=points, train_labels=labels, test_points=points,
                   test_labels=labels, boundary_extent=None if image else (-3.0, 3.0, -3.0, 3.0))


def model_record(name="regularized", loss=0.7, penalty=0.0, weights=None, layers=0, spread=1.0) -> ModelRecord:
    weights = np.random.default_rng(1).normal(scale=0.3, size=500) if weights is None else weights
    limit = float(np.abs(weights).max())
    hist, edges = np.histogram(weights, bins=41, range=(-limit, limit))
    activations = None
    if layers:
        activations = tuple(
            LayerStats(layer=i + 1, mean=0.0, std=spread ** (i + 1),
                       **dict(zip(("hist", "edges"), np.histogram(
                           np.random.default_rng(i).normal(scale=spread ** (i + 1), size=400), bins=30))))
            for i in range(layers))
    return ModelRecord(name=name, data_loss=loss, l1_penalty=0.0, l2_penalty=penalty, train_loss=loss,
                       test_loss=loss * 1.2, train_accuracy=0.8, test_accuracy=0.75, weight_l1=1.0, weight_l2=1.0,
                       sparsity=0.0, weight_hist=hist.astype(np.float32), weight_edges=edges, activations=activations)


def record(step, *models) -> Record:
    return Record(step=step, epoch=step / 10, seconds=step / 100, models=tuple(models))
