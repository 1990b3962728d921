"""A teacher's own points: File ▸ Open data… (or a CSV dropped on the window) and File ▸ Export ▸ Training set
as CSV… (the edited set, clicked points included, in the very format Open data reads). ``x1,x2,label`` trains a
classifier, ``x,y`` a regression (its fitted curve where the boundary was).

The file is read through core.content.csv_data (the one door for a stranger's CSV: refused with the file, row and
column named); a refused file changes nothing and says why. The points go into the config (data.rows), so a
session, a one-line experiment and an exported script carry them, never the file's path.
"""
from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog

from ..core.config import TWO_D_SETS, ConfigError, task_of
from ..core.content.csv_data import read_csv, to_csv
from ..core.run.messages import RunMode
from .language import number
from .saving import write_files
from .translated import error_text

translate = QCoreApplication.translate  # every sentence here: translate("data", "…")


def _csv_filter() -> str:
    return translate("data", "CSV files (*.csv *.txt);;All files (*)")


class DataFiles(QObject):
    """``state``: the app state the points go into; ``files``: the file actions (their folder, their atomic
    background writes); ``host``: a FileHost (messages, the status bar, the dialogs' parent)."""

    def __init__(self, state, files, host):
        super().__init__(files)
        self.state, self.files, self.host = state, files, host

    def open_data(self, path: str | Path | None = None) -> bool:
        """Train on the points of the CSV at ``path`` (a dialog when None): a new net on them, or a message saying
        which row and column are wrong, and nothing changes."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.files.dialog_parent,
                                                  translate("data", "Open data (CSV: x1,x2,label or x,y)"),
                                                  self.files._folder(), _csv_filter())
            if not path:
                return False
        path = Path(path)
        state = self.state
        try:
            table = read_csv(path)
            config = state.config.with_overrides(_data_overrides(state.config, table))
        except ConfigError as exc:  # CsvError is one
            self.host.show_message(translate("data", "Cannot use this data"), translate(
                "data", "{error}\n\nNothing was changed.").format(error=error_text(exc)))
            return False
        mode = RunMode.SINGLE if state.mode is RunMode.RACE else state.mode
        said = translate("data", "Data: {file}, {count} points (x, y: a regression) — a new net") \
            if table.kind == "regression" else translate("data", "Data: {file}, {count} points ({classes} classes) — "
                                                                 "a new net")
        state.replace(config, mode, said.format(file=path.name, count=number(len(table.rows)),
                                                classes=len(table.class_names)))
        return True

    def training_set(self):
        """The training set as the nets train on it now (clicked points included), with its true classes."""
        state = self.state
        return state.points or state.generated

    def export_training_set(self, path: str | Path | None = None) -> Path | None:
        """The training set as CSV (x1,x2,label with the class names, or a regression's x,y), written whole or not
        at all."""
        cfg = self.state.config
        regression = task_of(cfg.data) == "regression"
        if (cfg.data.name not in TWO_D_SETS and not regression) or self.training_set() is None:
            self.host.show_status(translate("data", "Only 2-D points or a regression's x,y have a training set to "
                                                    "export as CSV"), 6000)
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.files.dialog_parent,
                                                  translate("data", "Export the training set as CSV"),
                                                  self.files._folder(f"{cfg.name}-training.csv"), _csv_filter())
            if not path:
                return None
        path = Path(path)
        points, labels = self.training_set()
        if regression:
            data = to_csv(zip(points.reshape(-1), labels), None)
        else:
            names = tuple(cfg.data.class_names) if cfg.data.name == "csv" else ()
            data = to_csv(points, labels, names)
        self.files._export([(path, functools.partial(str.encode, data, "utf-8"))],
                           translate("data", "Cannot export the training set"),
                           translate("data", "{count} training points written to {path}").format(
                               count=number(len(points)), path=path))
        return path


def _data_overrides(config, table) -> dict:
    """The config changes that train on ``table``: its rows (the task follows from them), and off what only the
    other task has (input features, label noise and FGSM are for classes; the polynomial model fits a curve)."""
    overrides = {"data.name": "csv", "data.rows": table.rows, "data.class_names": list(table.class_names)}
    if table.kind == "regression":
        overrides.update({"data.features": ["x1", "x2"], "data.label_noise": 0.0,
                          "regularization.adversarial.epsilon": 0.0})
    else:
        overrides["data.classes"] = len(table.class_names)
        if config.model.kind == "polynomial":
            overrides["model.kind"] = "mlp"
    return overrides


def dropped_csv(mime) -> Path | None:
    """The CSV file a drop carries, if it carries exactly one local .csv or .txt file."""
    if not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1 or Path(urls[0].toLocalFile()).suffix.lower() not in (".csv", ".txt"):
        return None
    return Path(urls[0].toLocalFile())
