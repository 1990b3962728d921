"""A teacher's own points as CSV: read (hostile input, one door) and written back (File ▸ Export training set).

Two shapes, told apart by the header (required): ``x1,x2,label`` — 2-D points and their class, labels whole
numbers 0 … K−1 or names, 2 ≤ K ≤ 6 — or ``x,y`` for regression (float targets). Columns are found by name, in
any order, case and spaces aside; other columns are ignored. The separator is a comma or a semicolon (the
header's decides); a decimal comma (German and French spreadsheets: ``0,5`` in a semicolon file, or quoted in a
comma file) reads as a point. A UTF-8 byte-order mark (Excel's "CSV UTF-8") is skipped.

Everything else is refused with ``CsvError`` naming the file, the row (the spreadsheet's: the header is row 1)
and the column: a missing column, an empty or non-finite value, a label that is not a class, one class only,
fewer than MIN_ROWS or more than MAX_ROWS rows, not UTF-8, binary, a line longer than MAX_LINE characters (deep
quoting included: a quoted field is a line's worth at most), a file over MAX_BYTES, a FIFO or device
(user_files.open_regular refuses it before it is opened). It never raises anything else and never waits.
"""
from __future__ import annotations

import csv
import io
import math
import os
import re
import unicodedata
from dataclasses import dataclass

from ..config import MAX_CLASSES, MAX_ROWS, MIN_ROWS, ConfigError
from ..translatable import QT_TRANSLATE_NOOP, message_of
from .user_files import open_regular

MAX_BYTES = 4 * 2**20  # 20,000 rows of three long numbers are about 1.4 MB
MAX_LINE = 1000  # characters in one row
MAX_NAME = 40  # characters in a class name
CLASSIFICATION = ("x1", "x2", "label")
REGRESSION = ("x", "y")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_NOT_FINITE = re.compile(r"[+-]?(nan|inf|infinity)", re.IGNORECASE)
_WHOLE = re.compile(r"[+]?\d{1,3}")


class CsvError(ConfigError):
    """A CSV cannot be used as data; the message names the file, the row and the column."""


@dataclass(frozen=True)
class CsvTable:
    """What a CSV holds: ``kind`` "classification" (rows [x1, x2, class], class an index of ``class_names``)
    or "regression" (rows [x, y], no class names)."""
    kind: str
    rows: list[list[float]]
    class_names: tuple[str, ...] = ()


def read_csv(path: str | os.PathLike) -> CsvTable:
    """The points in the CSV file at ``path``, or CsvError naming the file (by its name), row and column."""
    label = os.path.basename(os.fspath(path)) or os.fspath(path)
    try:
        fh = open_regular(path, CsvError, label)
    except TypeError:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{path!r}: not a file name").format(path=str(path)[:60])) from None
    with fh:
        try:
            data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}: cannot read it ({problem})")
                           .format(label=label, problem=message_of(exc))) from None
    if len(data) > MAX_BYTES:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}: larger than {megabytes} MB; a data set has at most "
                                                "{max_rows:,} rows")
                       .format(label=label, megabytes=MAX_BYTES // 2**20, max_rows=MAX_ROWS))
    return parse_csv(data, label)


def parse_csv(data: bytes | str, label: str = "CSV") -> CsvTable:
    """The points in CSV text (bytes as read from a file, or text), or CsvError naming ``label``."""
    if isinstance(data, bytes):
        if b"\0" in data[:MAX_BYTES]:
            raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}: a binary file, not CSV text (it holds NUL bytes)")
                           .format(label=label))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            row = data[:exc.start].count(b"\n") + 1
            raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}: not UTF-8 text (byte {start}); save the "
                                                    "sheet as \"CSV UTF-8\"")
                           .format(label=label, row=row, start=exc.start)) from None
    else:
        text = data
        if "\0" in text:
            raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}: a binary file, not CSV text (it holds NUL characters)")
                           .format(label=label))
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE:
            raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {number}: {length:,} characters long; a row of a "
                                                    "data set has at most {max_line:,}")
                           .format(label=label, number=number, length=len(line), max_line=MAX_LINE))
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}: empty; expected a header row x1,x2,label (or x,y) and "
                                                "{min_rows}+ rows").format(label=label, min_rows=MIN_ROWS))
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter, strict=True)
    try:
        return _table(reader, label, delimiter)
    except csv.Error as exc:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}: not CSV ({problem})")
                       .format(label=label, row=reader.line_num, problem=message_of(exc))) from None


def _table(reader, label: str, delimiter: str) -> CsvTable:
    old_limit = csv.field_size_limit()
    header = None
    for fields in reader:
        if any(f.strip() for f in fields):
            header = [_column_name(f) for f in fields]
            break
    if header is None:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}: empty; expected a header row x1,x2,label (or x,y)")
                       .format(label=label))
    header_row = reader.line_num
    if all(_NUMBER.fullmatch(f.strip()) or _NOT_FINITE.fullmatch(f.strip()) for f in header if f.strip()):
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {header_row}: no header row; the first row must name "
                                                "the columns x1,x2,label (or x,y)")
                       .format(label=label, header_row=header_row))
    if all(name in header for name in CLASSIFICATION):
        kind, wanted = "classification", CLASSIFICATION
    elif all(name in header for name in REGRESSION):
        kind, wanted = "regression", REGRESSION
    else:
        want = CLASSIFICATION if "x1" in header or "x2" in header or "label" in header else REGRESSION
        missing = next(name for name in want if name not in header)
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {header_row}: no column {missing!r}; the header must "
                                                "name x1,x2,label (a class per point) or x,y (regression), found "
                                                "{found}")
                       .format(label=label, header_row=header_row, missing=missing,
                               found=', '.join(repr(h) for h in header)[:120]))
    at = {name: header.index(name) for name in wanted}
    numbers: list[list[float]] = []
    labels: list[tuple[str, int]] = []  # (label text, row)
    try:
        csv.field_size_limit(MAX_LINE)
        for fields in reader:
            row = reader.line_num
            if not any(f.strip() for f in fields):
                continue  # a blank line
            if len(numbers) >= MAX_ROWS:
                raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}: more than {max_rows:,} rows; a data set "
                                                        "has at most {max_rows:,} points")
                               .format(label=label, row=row, max_rows=MAX_ROWS))
            if len(fields) < len(header):
                name = header[len(fields)]
                raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column {name!r}: missing ({values} "
                                                        "values, the header names {columns}; separator {delimiter!r})")
                               .format(label=label, row=row, name=name, values=len(fields), columns=len(header),
                                       delimiter=delimiter))
            if len(fields) > len(header):
                if delimiter == ",":
                    sentence = QT_TRANSLATE_NOOP("csv", "{label}, row {row}: {values} values, the header names "
                                                        "{columns} (a decimal comma in a comma-separated file? "
                                                        "quote the numbers or separate by ';')")
                else:
                    sentence = QT_TRANSLATE_NOOP("csv", "{label}, row {row}: {values} values, the header names "
                                                        "{columns}")
                raise CsvError(sentence.format(label=label, row=row, values=len(fields), columns=len(header)))
            numeric = [n for n in wanted if n != "label"]
            numbers.append([_number(fields[at[n]], label, row, n) for n in numeric])
            if kind == "classification":
                labels.append((_label(fields[at["label"]], label, row), row))
    finally:
        csv.field_size_limit(old_limit)
    if len(numbers) < MIN_ROWS:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}: {rows} rows of data; a data set needs at least {min_rows}")
                       .format(label=label, rows=len(numbers), min_rows=MIN_ROWS))
    if kind == "regression":
        return CsvTable(kind, numbers)
    names, classes = _classes(labels, label)
    return CsvTable(kind, [[a, b, float(c)] for (a, b), c in zip(numbers, classes)], names)


def _column_name(field: str) -> str:
    return field.strip().strip("\ufeff").lower()


def _number(field: str, label: str, row: int, column: str) -> float:
    text = field.strip()
    if not text:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column {column!r}: empty; every point needs a "
                                                "number there").format(label=label, row=row, column=column))
    if _NOT_FINITE.fullmatch(text):
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column {column!r}: {text!r} is not a finite "
                                                "number").format(label=label, row=row, column=column, text=text))
    if not _NUMBER.fullmatch(text):
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column {column!r}: {text!r} is not a number")
                       .format(label=label, row=row, column=column, text=text[:40]))
    value = float(text.replace(",", "."))
    if not math.isfinite(value):
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column {column!r}: {text!r} is too large (not a "
                                                "finite number)")
                       .format(label=label, row=row, column=column, text=text[:40]))
    return value


def _label(field: str, label: str, row: int) -> str:
    text = field.strip()
    if not text:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column 'label': empty; every point needs its "
                                                "class").format(label=label, row=row))
    if len(text) > MAX_NAME or any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column 'label': {text!r} is not a class name "
                                                "(at most {max_name} characters, one line)")
                       .format(label=label, row=row, text=text[:40], max_name=MAX_NAME))
    return text


def _classes(labels: list[tuple[str, int]], label: str) -> tuple[tuple[str, ...], list[int]]:
    """Whole-number labels are the classes 0 … K−1 themselves; otherwise each name is a class, in sorted order
    (so the order of the rows does not change which class is which). 2 ≤ K ≤ MAX_CLASSES, every class with a
    point."""
    if len({text for text, _ in labels}) < 2:
        raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, column 'label': every point has the class {name!r}; a "
                                                "classifier needs two classes or more (at most {max_classes})")
                       .format(label=label, name=labels[0][0], max_classes=MAX_CLASSES))
    if all(_WHOLE.fullmatch(text) for text, _ in labels):
        values = [int(text) for text, _ in labels]
        for value, (text, row) in zip(values, labels):
            if value >= MAX_CLASSES:
                raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column 'label': {text!r} is not a "
                                                        "class; whole-number labels are the classes 0 … {last}")
                               .format(label=label, row=row, text=text, last=MAX_CLASSES - 1))
        k = max(values) + 1
        absent = next((c for c in range(k) if c not in set(values)), None)
        if absent is not None:
            raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, column 'label': no point has class {absent}; "
                                                    "whole-number labels are the classes 0 … K−1, each with a point")
                           .format(label=label, absent=absent))
        names = tuple(str(c) for c in range(k))
    else:
        seen: dict[str, None] = {}
        for text, row in labels:
            if text not in seen:
                if len(seen) == MAX_CLASSES:
                    raise CsvError(QT_TRANSLATE_NOOP("csv", "{label}, row {row}, column 'label': {text!r} is not a "
                                                            "class; the file names {max_classes} already ({names}), "
                                                            "the most a data set has")
                                   .format(label=label, row=row, text=text, max_classes=MAX_CLASSES,
                                           names=', '.join(seen)))
                seen[text] = None
        names = tuple(sorted(seen))  # in name order, whatever the rows' order: an exported set reads back the same
        order = {name: c for c, name in enumerate(names)}
        values = [order[text] for text, _ in labels]
    return names, values


def to_csv(points, labels=None, class_names: tuple[str, ...] = ()) -> str:
    """Points and classes as the CSV ``read_csv`` reads back, the same points bit for bit (floats written in
    full): ``x1,x2,label`` with the class names (whole numbers when the classes have no names of their own), or,
    with ``labels`` None, ``x,y`` rows for regression."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if labels is None:
        writer.writerow(REGRESSION)
        writer.writerows([repr(float(x)), repr(float(y))] for x, y in points)
        return out.getvalue()
    writer.writerow(CLASSIFICATION)
    for (a, b), c in zip(points, labels):
        name = class_names[int(c)] if class_names else str(int(c))
        writer.writerow([repr(float(a)), repr(float(b)), name])
    return out.getvalue()
