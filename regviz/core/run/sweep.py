"""A λ sweep: the same experiment trained once per value of one setting, final losses side by side — the
U-curve of test loss against λ that a teacher draws on the board."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..config import ConfigError, ExperimentConfig, all_keys
from .training import Trainer

COLUMNS = ("value", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def sweep_configs(config: ExperimentConfig, param: str, values: Sequence[float]) -> list[ExperimentConfig]:
    """One validated config per value, or ConfigError naming ``--param`` or the value: a sweep checks all of them
    before it creates its folder or trains anything."""
    if param not in all_keys():
        raise ConfigError(f"--param {param}: unknown key")
    return [config.with_overrides({param: value}) for value in values]


def sweep(config: ExperimentConfig, param: str, values: Sequence[float],
          on_step: Callable[[int], None] | None = None,
          stop: Callable[[], bool] | None = None) -> Iterator[dict[str, float]]:
    """Yield one row per value, in order: the final train/test loss and accuracy after ``training.steps`` steps
    from the same seed (so the same initial weights and minibatches for every value). ``on_step(n)`` is called
    with the steps just run, for a progress bar. Every value is validated before any training starts. Once
    ``stop()`` is true (a SIGINT) the value under way ends at its next step and gives no row (it is not one
    of the curve's points)."""
    configs = sweep_configs(config, param, values)
    for value, cfg in zip(values, configs):
        if stop is not None and stop():
            return
        trainer = Trainer(cfg)
        done = 0
        for record in trainer.run(cfg.training.steps, stop=stop):
            if on_step is not None and record.step > done:
                on_step(record.step - done)
            done = record.step
        if stop is not None and stop():
            return
        final = trainer.evaluate().models[0]
        yield {"value": value, "train_loss": final.train_loss, "test_loss": final.test_loss,
               "train_accuracy": final.train_accuracy, "test_accuracy": final.test_accuracy}
