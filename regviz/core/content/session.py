"""A saved session: the whole experiment in one JSON file — config (and so the seed), run mode, the metrics seen
so far and, optionally, the nets' weights.

JSON, never pickle: a session from a colleague or a USB stick is data, not code. Weights are safetensors bytes
(base64 inside the JSON, so a session stays one file) and are read with ``safetensors.numpy``: no torch needed to
load or save, and nothing a file says can run. Saves are atomic (``files.write_atomic``).
"""
from __future__ import annotations

import base64
import binascii
import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..config import ConfigError, ExperimentConfig
from .user_files import read_text, write_atomic

FORMAT = "regviz-session"
VERSION = 1
MODES = ("single", "baseline", "batchnorm", "fgsm")
COLUMNS = ("step", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "l1_penalty",
           "l2_penalty", "weight_l2", "sparsity")


class SessionError(ValueError):
    """The file is not a regviz session this version can read; the message says why."""


@dataclass
class Session:
    config: ExperimentConfig
    mode: str = "single"
    step: int = 0  # steps trained when saved
    metrics: dict[str, list[dict[str, float]]] = field(default_factory=dict)  # variant -> rows of COLUMNS
    final: dict[str, dict[str, float]] = field(default_factory=dict)  # variant -> full evaluation at ``step``
    weights: dict[str, dict[str, np.ndarray]] | None = None  # variant -> parameter and buffer arrays

    def to_json(self) -> str:
        raw: dict[str, Any] = {
            "format": FORMAT, "version": VERSION,
            "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "mode": self.mode, "step": self.step, "config": self.config.to_dict(),
            "metrics": {"columns": list(COLUMNS),
                        "rows": {name: [[_finite(row[c]) for c in COLUMNS] for row in rows]
                                 for name, rows in self.metrics.items()}},
            "final": {name: {k: _finite(v) for k, v in values.items()} for name, values in self.final.items()},
        }
        if self.weights:
            raw["weights"] = {name: base64.b64encode(encode_weights(arrays)).decode("ascii")
                              for name, arrays in self.weights.items()}
        return json.dumps(raw, indent=1)


def metrics_row(record, model) -> dict[str, float]:
    """One row of COLUMNS from a core.records.Record and one of its ModelRecords."""
    return {"step": record.step, "epoch": record.epoch, "train_loss": model.train_loss,
            "test_loss": model.test_loss, "train_accuracy": model.train_accuracy,
            "test_accuracy": model.test_accuracy, "l1_penalty": model.l1_penalty, "l2_penalty": model.l2_penalty,
            "weight_l2": model.weight_l2, "sparsity": model.sparsity}


def encode_weights(arrays: dict[str, np.ndarray]) -> bytes:
    from safetensors.numpy import save

    # safetensors refuses arrays that share memory (the penalized weights are views of one flat tensor).
    return save({k: np.ascontiguousarray(v).copy() for k, v in arrays.items()})


def decode_weights(blob: bytes) -> dict[str, np.ndarray]:
    from safetensors import SafetensorError
    from safetensors.numpy import load

    try:
        return load(blob)
    except SafetensorError as exc:
        raise ValueError(f"weights: {exc}") from None


def save(path: str | Path, session: Session) -> None:
    write_atomic(path, session.to_json() + "\n")


def load(path: str | Path) -> Session:
    """Read a session; SessionError for anything that is not one (the caller's state is untouched)."""
    path = Path(path)
    return parse(read_text(path, SessionError, path.name), path.name)


def parse(text: str, name: str = "session") -> Session:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SessionError(f"{name}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SessionError(f"{name}: not a regviz session (no \"format\": \"{FORMAT}\")")
    if raw.get("version") != VERSION:
        raise SessionError(f"{name}: session version {raw.get('version')!r}; this regviz reads version {VERSION}")
    try:
        config = ExperimentConfig.from_dict(raw.get("config"))
    except ConfigError as exc:
        raise SessionError(f"{name}: config: {exc}") from None
    mode = raw.get("mode", "single")
    if mode not in MODES:
        raise SessionError(f"{name}: mode {mode!r}; allowed {', '.join(MODES)}")
    step = raw.get("step", 0)
    if not isinstance(step, int) or step < 0:
        raise SessionError(f"{name}: step must be a whole number ≥ 0, not {step!r}")
    try:
        metrics = _metrics(raw.get("metrics") or {"columns": list(COLUMNS), "rows": {}})
        final = {str(k): {str(m): float(v) for m, v in values.items()} for k, values in raw.get("final", {}).items()}
        weights = None
        if raw.get("weights"):
            weights = {str(k): decode_weights(base64.b64decode(v, validate=True))
                       for k, v in raw["weights"].items()}
    except (TypeError, ValueError, AttributeError, KeyError, binascii.Error) as exc:
        raise SessionError(f"{name}: damaged metrics or weights ({type(exc).__name__}: {exc})") from None
    return Session(config, mode, step, metrics, final, weights)


def _metrics(raw: dict) -> dict[str, list[dict[str, float]]]:
    columns = list(raw["columns"])
    if columns != list(COLUMNS):
        raise ValueError(f"metric columns {columns}")
    out = {}
    for name, rows in raw["rows"].items():
        if any(len(row) != len(columns) for row in rows):
            raise ValueError(f"a row of {name!r} has the wrong length")
        out[str(name)] = [{c: float("nan") if v is None else float(v) for c, v in zip(columns, row)} for row in rows]
    return out


def _finite(value: float) -> float | None:
    """JSON has no NaN: a diverged value is stored as null."""
    value = float(value)
    return value if math.isfinite(value) else None


def read_config(path: str | Path) -> tuple[ExperimentConfig, int | None]:
    """A config file or a session, for ``regviz train --config``: the config, and for a session the step it was
    saved at (so the run is reproduced to the same point)."""
    text = read_text(path, ConfigError, f"--config {path}")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"--config {path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        try:
            session = parse(text, path.name)
        except SessionError as exc:
            raise ConfigError(str(exc)) from None
        return session.config, session.step or None
    return ExperimentConfig.from_dict(raw), None
