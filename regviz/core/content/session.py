"""A saved session: the whole experiment in one JSON file — config (and so the seed), run mode, the metrics seen
so far and, optionally, the nets' weights.

JSON, never pickle: a session from a colleague or a USB stick is data, not code. Weights are safetensors bytes
(base64 inside the JSON, so a session stays one file) with a SHA-256 of each net's bytes (safetensors has no
checksum: a flipped byte would load silently), read with ``safetensors.numpy``: nothing a file says can run.
Before anything changes, the weights are checked against the nets the session's config builds (names, keys,
shapes, float types and finite values of a sane size), and the step and histories against bounds no run reaches,
so a session that cannot run — or would break the plots on every redraw — is refused at the door, naming the
tensor or key. Saves are atomic (``user_files.write_atomic``).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..config import FIELDS, TWO_D_SETS, ConfigError, ExperimentConfig, task_of
from ..run.messages import RunMode
from ..translatable import QT_TRANSLATE_NOOP, message_of
from .user_files import parse_json, read_text, write_atomic

FORMAT = "regviz-session"
VERSION = 2  # 2: weights carry a SHA-256; version 1 files (no checksums) are still read
MODES = tuple(mode.value for mode in RunMode)
COLUMNS = ("step", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "l1_penalty",
           "l2_penalty", "weight_l2", "sparsity")
MAX_STEP = 10**9  # steps: 100× the config's longest run; a step of 10^30 broke the loss plot's axis on every redraw
MAX_ROWS = 1_000_000  # metric rows a net: more than 64 MB of session holds
MAX_VALUE = float(np.finfo(np.float32).max)  # a metric is computed in float32: anything larger is not one
MAX_WEIGHT = 1e6  # |weight|: trained nets stay far below; 1e38 overflows the first layer, and training is blamed
FLOAT_TYPES = (np.float32, np.float64)
COUNTER = "num_batches_tracked"  # batch norm's one integer buffer


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
    points: tuple[np.ndarray, np.ndarray] | None = None  # 2-D data edited by clicks: (points [N, 2], classes [N])
    race: tuple = ()  # a race's variants (core.run.race.Race), when mode is "race"
    predictions: tuple = ()  # core.content.predict.ClassPrediction: what the class predicted, what the run showed

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
        if self.points is not None:
            regression = task_of(self.config.data) == "regression"  # "classes" holds each point's y there
            raw["training_points"] = {"points": np.asarray(self.points[0], dtype=float).round(6).tolist(),
                                      "classes": [round(float(c), 6) if regression else int(c)
                                                  for c in self.points[1]]}
        if self.predictions:
            raw["predictions"] = [p.to_dict() for p in self.predictions]
        if self.race:
            raw["race"] = [{"name": name, "settings": dict(overrides)} for name, overrides in self.race]
        if self.weights:
            blobs = {name: encode_weights(arrays) for name, arrays in self.weights.items()}
            raw["weights"] = {name: base64.b64encode(blob).decode("ascii") for name, blob in blobs.items()}
            raw["weights_sha256"] = {name: hashlib.sha256(blob).hexdigest() for name, blob in blobs.items()}
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
    return save({k: np.array(v, order="C", copy=True) for k, v in arrays.items()})


def decode_weights(blob: bytes) -> dict[str, np.ndarray]:
    from safetensors import SafetensorError
    from safetensors.numpy import load

    try:
        return load(blob)
    except SafetensorError as exc:
        raise ValueError(QT_TRANSLATE_NOOP("session", "weights: {problem}").format(problem=message_of(exc))) from None


def save(path: str | Path, session: Session) -> None:
    write_atomic(path, session.to_json() + "\n")


def load(path: str | Path) -> Session:
    """Read a session; SessionError for anything that is not one (the caller's state is untouched)."""
    path = Path(path)
    return parse(read_text(path, SessionError, path.name), path.name)


def parse(text: str, name: str = "session") -> Session:
    raw = parse_json(text, SessionError, name)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: not a regviz session (no \"format\": \"{format}\")")
                           .format(name=name, format=FORMAT))
    version = raw.get("version")
    if version not in (1, VERSION) or isinstance(version, bool):
        raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: session version {version!r}; this regviz reads "
                                                        "versions 1 and {latest}")
                           .format(name=name, version=version, latest=VERSION))
    try:
        config = ExperimentConfig.from_dict(raw.get("config"), from_stranger=QT_TRANSLATE_NOOP("session", "a session"))
    except ConfigError as exc:
        raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: config: {problem}")
                           .format(name=name, problem=message_of(exc))) from None
    mode = raw.get("mode", "single")
    if mode not in MODES:
        raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: mode {mode!r}; allowed {names}")
                           .format(name=name, mode=mode, names=', '.join(MODES)))
    step = raw.get("step", 0)
    if isinstance(step, bool) or not isinstance(step, int) or not 0 <= step <= MAX_STEP:
        raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: step must be a whole number from 0 to {max_step:,}, "
                                                        "not {step}")
                           .format(name=name, max_step=MAX_STEP, step=_short(step)))
    try:
        metrics = _metrics(raw.get("metrics") or {"columns": list(COLUMNS), "rows": {}})
        final = {str(k): {str(m): _number(v, f"final: {k}: {m}") for m, v in values.items()}
                 for k, values in raw.get("final", {}).items()}
        weights = _weights(raw, version) if raw.get("weights") else None
        points = _points(raw["training_points"], config) if "training_points" in raw else None
        race = _race(raw.get("race", []), config, mode)
        predictions = _predictions(raw.get("predictions", []))
    except SessionError as exc:
        raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: {problem}")
                           .format(name=name, problem=message_of(exc))) from None
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError, binascii.Error) as exc:
        raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: damaged metrics or weights ({kind}: {problem})")
                           .format(name=name, kind=type(exc).__name__, problem=message_of(exc))) from None
    if weights is not None:
        try:
            check_weights(config, mode, weights, race)
        except ValueError as exc:
            raise SessionError(QT_TRANSLATE_NOOP("session", "{name}: {problem}")
                               .format(name=name, problem=message_of(exc))) from None
    return Session(config, mode, step, metrics, final, weights, points, race, predictions)


def _predictions(raw: Any) -> tuple:
    """The class's predictions (core.content.predict.class_prediction checks each), at most predict.MAX_KEPT."""
    from . import predict

    if not isinstance(raw, list) or len(raw) > predict.MAX_KEPT:
        raise SessionError(QT_TRANSLATE_NOOP("session", "predictions: expected a list of at most {max_kept} "
                                                        "predictions").format(max_kept=predict.MAX_KEPT))
    try:
        where = QT_TRANSLATE_NOOP("session", "prediction {number}")
        return tuple(predict.class_prediction(item, where.format(number=n)) for n, item in enumerate(raw, 1))
    except predict.PredictError as exc:
        raise SessionError(QT_TRANSLATE_NOOP("session", "predictions: {problem}")
                           .format(problem=message_of(exc))) from None


def _race(raw: list, config: ExperimentConfig, mode: str) -> tuple:
    """A race's variants, checked as the Race dialog checks them (names, settings, one start)."""
    from ..run.race import race_configs

    if (mode == RunMode.RACE.value) != bool(raw):
        raise SessionError(QT_TRANSLATE_NOOP("session", "a race session lists its variants under \"race\"; other "
                                                        "sessions have none"))
    try:
        race = tuple((str(v["name"]), dict(v["settings"])) for v in raw)
    except (TypeError, KeyError, ValueError):
        raise SessionError(QT_TRANSLATE_NOOP("session", "race: each variant is {\"name\": …, \"settings\": {key: "
                                                        "value}}")) from None
    try:
        race_configs(config, race) if race else None
    except ConfigError as exc:
        raise SessionError(QT_TRANSLATE_NOOP("session", "race: {problem}").format(problem=message_of(exc))) from None
    return race


def _points(raw: dict, config: ExperimentConfig) -> tuple[np.ndarray, np.ndarray]:
    """The edited training points, checked as the training process would check them."""
    if task_of(config.data) == "regression":
        return _regression_points(raw, config)
    if config.data.name not in TWO_D_SETS:
        raise SessionError(QT_TRANSLATE_NOOP("session", "training_points: only 2-D data sets have editable points, "
                                                        "not {data_name!r}").format(data_name=config.data.name))
    points = np.asarray(raw["points"], dtype=np.float32)
    classes = np.asarray(raw["classes"])
    limit = int(FIELDS["data.samples"].high)
    if points.ndim != 2 or points.shape[1:] != (2,) or classes.shape != (len(points),) \
            or not 2 <= len(points) <= limit:
        raise SessionError(QT_TRANSLATE_NOOP("session", "training_points: 2 to {limit:,} points [x, y], each with a "
                                                        "class").format(limit=limit))
    k = config.data.n_classes
    if not np.isfinite(points).all() or classes.dtype.kind not in "iu" or not np.isin(classes, range(k)).all():
        raise SessionError(QT_TRANSLATE_NOOP("session", "training_points: every coordinate finite, every class one "
                                                        "of 0 … {last}").format(last=k - 1))
    return points, classes.astype(np.int64)


def _regression_points(raw: dict, config: ExperimentConfig) -> tuple[np.ndarray, np.ndarray]:
    """A 1-D regression's edited points: ``points`` [[x], …], ``classes`` each point's y (a regression has no
    class; the key is the one sessions already have)."""
    try:
        points = np.asarray(raw["points"], dtype=np.float32)
        values = np.asarray(raw["classes"], dtype=np.float32)
    except (TypeError, ValueError):
        raise SessionError(QT_TRANSLATE_NOOP("session", "training_points: numbers only, [[x], …] and each point's y "
                                                        "under \"classes\"")) from None
    points = points[:, None] if points.ndim == 1 else points
    limit = int(FIELDS["data.samples"].high)
    if points.ndim != 2 or points.shape[1:] != (1,) or values.shape != (len(points),) or not 2 <= len(points) <= limit:
        raise SessionError(QT_TRANSLATE_NOOP("session", "training_points: {data_name!r} is a regression: 2 to "
                                                        "{limit:,} points [x], each with its y")
                           .format(data_name=config.data.name, limit=limit))
    if not (np.isfinite(points).all() and np.isfinite(values).all()):
        raise SessionError(QT_TRANSLATE_NOOP("session", "training_points: every x and y finite"))
    return points, values


def _weights(raw: dict, version: int) -> dict[str, dict[str, np.ndarray]]:
    sums = raw.get("weights_sha256") or {}
    if version >= 2 and set(sums) != set(raw["weights"]):
        raise ValueError(QT_TRANSLATE_NOOP("session", "weights: a SHA-256 is missing for some net"))
    weights = {}
    for net, text in raw["weights"].items():
        blob = base64.b64decode(text, validate=True)
        if net in sums and hashlib.sha256(blob).hexdigest() != sums[net]:
            raise ValueError(QT_TRANSLATE_NOOP("session", "weights of {net!r}: the SHA-256 does not match (the file "
                                                          "was changed or damaged)").format(net=net))
        weights[str(net)] = decode_weights(blob)
    return weights


def check_weights(config: ExperimentConfig, mode: str, weights: dict[str, dict[str, np.ndarray]],
                  race: tuple = ()) -> None:
    """ValueError unless ``weights`` are exactly the nets ``config`` builds in ``mode``: same names, same
    parameter and buffer keys, same shapes."""
    from ..maths.generators import shape_of  # numpy only: the window opens sessions without torch
    from ..maths.shapes import state_shapes
    from ..run.messages import variant_configs

    nets = variant_configs(config, mode, race)
    if set(weights) != set(nets):
        raise ValueError(QT_TRANSLATE_NOOP("session", "weights for {saved}; a {mode!r} run has {nets}")
                         .format(saved=', '.join(sorted(weights)), mode=mode, nets=', '.join(nets)))
    input_shape, n_classes = shape_of(config.data.name, config.data.n_classes, task_of(config.data) == "regression")
    for net, cfg in nets.items():
        expected = state_shapes(input_shape, n_classes, cfg.model, tuple(config.data.features))
        found = {k: _shape(v) for k, v in weights[net].items()}
        if found != expected:
            wrong = sorted(set(found) ^ set(expected)) or sorted(k for k in found if found[k] != expected[k])
            key = wrong[0]
            raise ValueError(QT_TRANSLATE_NOOP("session", "the saved weights do not fit the net {net!r} this config "
                                                          "builds: {key} is {found} in the file, {expected} in the "
                                                          "net")
                             .format(net=net, key=key,
                                     found=found.get(key, QT_TRANSLATE_NOOP("session", "missing")),
                                     expected=expected.get(key, QT_TRANSLATE_NOOP("session", "absent"))))
        for key, array in weights[net].items():
            label = QT_TRANSLATE_NOOP("session", "weights of {net!r}: {key}").format(net=net, key=key)
            _check_tensor(label, np.asarray(array), key.endswith(COUNTER))


def _check_tensor(label: str, array: np.ndarray, counter: bool) -> None:
    """ValueError unless ``array`` holds what a net of ours can: float32/float64 values, finite and below
    MAX_WEIGHT, or for batch norm's counter a whole number of steps (int64/bool would be converted silently)."""
    if counter:
        if array.dtype.kind not in "iu" or array.size != 1 or not 0 <= int(array.reshape(-1)[0]) <= MAX_STEP:
            raise ValueError(QT_TRANSLATE_NOOP("session", "{label} must be one whole number from 0 to {max_step:,}, "
                                                          "not {dtype} {value}")
                             .format(label=label, max_step=MAX_STEP, dtype=array.dtype,
                                     value=array.reshape(-1)[:1].tolist()))
        return
    if array.dtype not in FLOAT_TYPES:
        raise ValueError(QT_TRANSLATE_NOOP("session", "{label} is {dtype}; a net's weights are float32 or float64")
                         .format(label=label, dtype=array.dtype))
    if array.size == 0:
        return
    if not np.isfinite(array).all():
        bad = array[~np.isfinite(array)].reshape(-1)[0]
        raise ValueError(QT_TRANSLATE_NOOP("session", "{label} holds {bad} (every weight must be a finite number)")
                         .format(label=label, bad=bad))
    largest = float(np.abs(array).max())
    if largest > MAX_WEIGHT:
        raise ValueError(QT_TRANSLATE_NOOP("session", "{label} holds {largest:.3g}; weights regviz trains stay far "
                                                      "within ±{max_weight:.0e} (values like 1e38 overflow as the "
                                                      "net runs, and the learning rate would be blamed)")
                         .format(label=label, largest=largest, max_weight=MAX_WEIGHT))


def _shape(array) -> tuple[int, ...]:
    """A tensor's or array's shape, a scalar counted as (1,) (earlier versions saved scalars that way)."""
    return tuple(array.shape) or (1,)


def _metrics(raw: dict) -> dict[str, list[dict[str, float]]]:
    columns = list(raw["columns"])
    if columns != list(COLUMNS):
        raise ValueError(QT_TRANSLATE_NOOP("session", "metric columns {columns}").format(columns=columns))
    out = {}
    for name, rows in raw["rows"].items():
        if not isinstance(rows, list) or len(rows) > MAX_ROWS:
            raise SessionError(QT_TRANSLATE_NOOP("session", "metrics: {name!r} holds more than {max_rows:,} rows (or "
                                                            "is not a list of rows)")
                               .format(name=name, max_rows=MAX_ROWS))
        if any(not isinstance(row, list) or len(row) != len(columns) for row in rows):
            raise ValueError(QT_TRANSLATE_NOOP("session", "a row of {name!r} has the wrong length")
                             .format(name=name))
        out[str(name)] = [{c: _number(v, lambda: QT_TRANSLATE_NOOP("session", "metrics: {name!r} row {row}: {column}")
                                  .format(name=name, row=i, column=c), c in ("step", "epoch"))
                           for c, v in zip(columns, row)} for i, row in enumerate(rows)]
    return out


def _number(value: Any, label, count: bool = False) -> float:
    """A metric as read: a number (null is a diverged value, NaN), within float32's range; a step or epoch count
    finite, ≥ 0 and at most MAX_STEP (the loss plot's axis breaks on 10^30); SessionError naming ``label`` (a text,
    or a function that makes it: a marked sentence only when one is needed, not per number read)."""
    if value is None and not count:
        return float("nan")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SessionError(QT_TRANSLATE_NOOP("session", "{label} must be a number, not {value}")
                           .format(label=label() if callable(label) else label, value=_short(value)))
    number = float(value)  # an int too large for a float raises OverflowError: "damaged"
    if count and not (math.isfinite(number) and 0 <= number <= MAX_STEP):
        raise SessionError(QT_TRANSLATE_NOOP("session", "{label} must be from 0 to {max_step:,}, not {value}")
                           .format(label=label() if callable(label) else label, max_step=MAX_STEP,
                                   value=_short(value)))
    if not math.isfinite(number) or abs(number) > MAX_VALUE:
        raise SessionError(QT_TRANSLATE_NOOP("session", "{label} is {value}; a metric is a finite float32 number (a "
                                                        "diverged one is saved as null)")
                           .format(label=label() if callable(label) else label, value=_short(value)))
    return number


def _short(value: Any) -> str:
    """A value for a message, cut short (a step of 10^4000 has four thousand digits)."""
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**20 else \
        QT_TRANSLATE_NOOP("session", "about 10^{power}").format(power=len(str(abs(value))) - 1)
    return text if len(text) <= 40 else text[:37] + "…"


def _finite(value: float) -> float | None:
    """JSON has no NaN: a diverged value is stored as null."""
    value = float(value)
    return value if math.isfinite(value) else None


def read_config(path: str | Path) -> tuple[ExperimentConfig, int | None]:
    """A config file, a session or a one-line experiment (``regviz:…``), for ``regviz train --config``: the
    config, and for a session the step it was saved at (so the run is reproduced to the same point)."""
    from . import experiment_line

    if experiment_line.is_line(str(path)):
        return experiment_line.decode(str(path)), None
    text = read_text(path, ConfigError, f"--config {path}")
    raw = parse_json(text, ConfigError, f"--config {path}")
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        try:
            session = parse(text, Path(path).name)
        except SessionError as exc:
            raise ConfigError(message_of(exc)) from None
        return session.config, session.step or None
    return ExperimentConfig.from_dict(raw), None  # a config file of one's own (config.json) may name a CSV
