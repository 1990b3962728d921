"""Synthetic records for rule tests: a run's history from plain numbers, no training."""
import numpy as np

from regviz.core.records import ModelRecord, Record


def model(name="main", train_loss=0.5, test_loss=0.6, *, train_accuracy=0.9, test_accuracy=0.8, sparsity=0.0,
          weight_l2=1.0, val_loss=None, best_step=None, diverged=False) -> ModelRecord:
    return ModelRecord(name, train_loss, 0.0, 0.0, train_loss, test_loss, train_accuracy, test_accuracy, 1.0,
                       weight_l2, sparsity, np.zeros(3, np.float32), np.linspace(-1, 1, 4), diverged=diverged,
                       val_loss=val_loss, best_step=best_step)


def record(step, *models) -> Record:
    return Record(step, step / 10, 0.0, tuple(models))


def history(curves: dict, every: int = 25, start: int = 0, **fields) -> list[Record]:
    """Records every ``every`` steps from ``curves``: net name -> list of (train_loss, test_loss)."""
    length = len(next(iter(curves.values())))
    return [record(start + i * every, *(model(name, *pairs[i], **fields) for name, pairs in curves.items()))
            for i in range(length)]
