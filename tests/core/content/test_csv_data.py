"""A teacher's CSV: read in both dialects, written back bit for bit, and every bad file refused with the file,
row and column named — never a traceback, never a hang (Hypothesis generates the hostile text)."""
import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regviz.core.config import MAX_ROWS, ConfigError, ExperimentConfig
from regviz.core.content.csv_data import MAX_LINE, CsvError, CsvTable, parse_csv, read_csv, to_csv

QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def rows_text(n=12, sep=",", labels="01", header="x1,x2,label"):
    lines = [header.replace(",", sep)]
    for i in range(n):
        lines.append(sep.join([f"{i / 10}", f"{-i / 7:.4f}", labels[i % len(labels)]]))
    return "\n".join(lines) + "\n"


def test_comma_file_reads_points_and_integer_classes(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(rows_text(12, labels="012"))
    table = read_csv(path)
    assert table.kind == "classification"
    assert table.class_names == ("0", "1", "2")
    assert len(table.rows) == 12
    assert table.rows[4] == [0.4, -0.5714, 1.0]


def test_semicolon_file_with_decimal_commas_and_named_classes():
    text = "\ufeffLabel;X1;x2\n" + "".join(f"{'cat' if i % 2 else 'dog'};{i},5;-0,{i}\n" for i in range(10))
    table = parse_csv(text.encode(), "fr.csv")
    assert table.class_names == ("cat", "dog")  # in name order, whatever the order of the rows
    assert table.rows[3] == [3.5, -0.3, 0.0]


def test_quoted_decimal_comma_in_a_comma_file():
    text = "x1,x2,label\n" + "".join(f'"{i},25",1,{i % 2}\n' for i in range(10))
    assert parse_csv(text).rows[2] == [2.25, 1.0, 0.0]


def test_regression_file_gives_float_targets():
    text = "x,y\n" + "".join(f"{i / 10},{i * 0.3}\n" for i in range(10))
    table = parse_csv(text)
    assert table.kind == "regression" and table.class_names == ()
    assert table.rows[3] == [0.3, 0.3 * 3]


def test_written_csv_reads_back_the_same_points_bit_for_bit():
    points = [[0.1 + 1e-12, -2.5e-7], [1 / 3, 2 / 3]] * 6
    labels = [0, 1, 2] * 4
    text = to_csv(points, labels, ("a", "b", "c"))
    table = parse_csv(text)
    assert [r[:2] for r in table.rows] == points
    assert [int(r[2]) for r in table.rows] == labels and table.class_names == ("a", "b", "c")
    assert parse_csv(to_csv(points[:10], None)).rows == points[:10]


BAD = {
    "missing column": ("x1,x2\n" + "1,2\n" * 12, "no column 'label'"),
    "missing value": (rows_text().replace("0.3,-0.4286,1", "0.3,-0.4286"), "row 5, column 'label': missing"),
    "empty value": (rows_text().replace("0.3,", ","), "row 5, column 'x1': empty"),
    "non-finite": (rows_text().replace("0.3,", "nan,"), "row 5, column 'x1': 'nan' is not a finite number"),
    "infinite": (rows_text().replace("0.3,", "1e999,"), "row 5, column 'x1'"),
    "not a number": (rows_text().replace("0.3,", "abc,"), "row 5, column 'x1': 'abc' is not a number"),
    "unknown label (integer)": (rows_text(labels="0167"), "row 4, column 'label': '6' is not a class"),
    "unknown label (seventh name)": (rows_text(labels="abcdefg"), "row 8, column 'label': 'g' is not a class"),
    "a class without a point": (rows_text(labels="02"), "no point has class 1"),
    "one class only": (rows_text(labels="1" * 1), "a classifier needs two"),
    "too few rows": (rows_text(9), "9 rows of data; a data set needs at least 10"),
    "too many rows": (rows_text(MAX_ROWS + 1), f"row {MAX_ROWS + 2}: more than {MAX_ROWS:,} rows"),
    "no header": ("1,2,0\n" * 12, "row 1: no header row"),
    "empty": ("", "empty"),
    "huge line": ("x1,x2,label\n" + "1" * (MAX_LINE + 5) + ",1,0\n" * 11, "row 2: 1,009 characters long"),
    "deep quoting": ('x1,x2,label\n"' + '""' * 20000 + '",1,0\n', "row 2"),
    "unclosed quote": ('x1,x2,label\n"1,2,0\n' + "1,2,0\n" * 12, "row"),
    "extra value (decimal comma)": ("x1,x2,label\n" + "0,5,0,3,1\n" * 12, "row 2: 5 values, the header names 3"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_csv_is_refused_naming_the_row_and_column(case):
    text, said = BAD[case]
    with pytest.raises(CsvError) as caught:
        parse_csv(text.encode(), "class.csv")
    assert str(caught.value).startswith("class.csv")
    assert said in str(caught.value)


def test_not_utf8_names_the_row():
    data = rows_text().encode().replace(b"0.3,", b"0.3\xe9,")
    with pytest.raises(CsvError, match=r"class.csv, row 5: not UTF-8"):
        parse_csv(data, "class.csv")


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    with pytest.raises(CsvError, match="photo.csv: a binary file"):
        read_csv(path)


def test_fifo_is_refused_before_it_is_opened(tmp_path):
    """Opening a FIFO for reading waits for a writer forever: refused from its mode, at once (the read runs in
    a thread so that a regression fails the test instead of hanging the suite)."""
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    result = []
    reader = threading.Thread(target=lambda: result.append(_refusal(fifo)), daemon=True)
    reader.start()
    reader.join(30)
    assert result and "data.csv: a named pipe (FIFO)" in result[0]


def _refusal(path):
    try:
        read_csv(path)
    except CsvError as exc:
        return str(exc)
    return "read"


def test_folder_and_missing_file_are_refused(tmp_path):
    with pytest.raises(CsvError, match="a folder"):
        read_csv(tmp_path)
    with pytest.raises(CsvError, match="gone.csv: no such file"):
        read_csv(tmp_path / "gone.csv")


# -- Hypothesis: whatever the bytes, a table or our own error --------------------------------------------------
cells = st.one_of(st.text(max_size=8), st.sampled_from(
    ["1", "0", "2", "-0,5", "1e5", "nan", "inf", '"', '""', "\r", "\n", ";", ",", "x1", "label", "\ufeff", "1e999",
     "1_000", "0x1", "  3 ", "cat"]))
csv_like = st.lists(st.lists(cells, min_size=1, max_size=5), max_size=30).map(
    lambda rows: "x1,x2,label\n" + "\n".join(",".join(r) for r in rows))


def _loads_or_says_why(data):
    try:
        table = parse_csv(data, "fuzz.csv")
    except CsvError as exc:
        assert str(exc).startswith("fuzz.csv")
        return
    assert isinstance(table, CsvTable)
    assert 10 <= len(table.rows) <= MAX_ROWS
    if table.kind == "classification":
        assert 2 <= len(table.class_names) <= 6
        assert {r[2] for r in table.rows} == set(map(float, range(len(table.class_names))))


@QUICK
@given(data=st.binary(max_size=400))
def test_any_bytes_load_or_are_refused(data):
    _loads_or_says_why(data)


@QUICK
@given(text=csv_like)
def test_any_csv_like_text_loads_or_is_refused(text):
    _loads_or_says_why(text.encode("utf-8"))


@QUICK
@given(points=st.lists(st.tuples(st.floats(allow_nan=False, allow_infinity=False),
                                 st.floats(allow_nan=False, allow_infinity=False)), min_size=10, max_size=40),
       names=st.lists(st.text(st.characters(categories=("L", "N")), min_size=1, max_size=10), min_size=2,
                      max_size=6, unique=True))
def test_written_then_read_is_the_same_table(points, names):
    labels = [i % len(names) for i in range(len(points))]
    names = tuple(names)
    table = parse_csv(to_csv(points, labels, names))
    assert [tuple(r[:2]) for r in table.rows] == points
    # whole-number names read back as the classes themselves; other names in name order: each point its own name
    assert [table.class_names[int(r[2])] for r in table.rows] == [names[c].strip() for c in labels] or \
        all(n.isdigit() for n in names)


# -- the config: data.path read into the rows, never from a stranger ------------------------------------------
def test_set_data_path_reads_the_rows_into_the_config_and_clears_the_path(tmp_path):
    path = tmp_path / "three.csv"
    path.write_text(rows_text(30, labels="abc"))
    cfg = ExperimentConfig().with_overrides({"data.name": "csv", "data.path": str(path)})
    assert cfg.data.path == "" and cfg.data.classes == 3 and cfg.data.class_names == ["a", "b", "c"]
    assert len(cfg.data.rows) == 30
    again = ExperimentConfig.from_json(cfg.to_json())  # a run's config.json: the points, no file
    assert again.data.rows == cfg.data.rows


def test_a_bad_csv_path_is_a_csv_error_naming_the_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(rows_text(5))
    with pytest.raises(CsvError, match="bad.csv: 5 rows"):
        ExperimentConfig().with_overrides({"data.name": "csv", "data.path": str(path)})


@pytest.mark.parametrize("stranger", ["a session", "a one-line experiment", "a lesson"])
def test_a_stranger_s_config_never_reads_a_path(tmp_path, stranger):
    path = tmp_path / "mine.csv"
    path.write_text(rows_text(12))
    raw = ExperimentConfig().to_dict()
    raw["data"].update(name="csv", path=str(path))
    with pytest.raises(ConfigError, match=f"data.path: {stranger} never names a file"):
        ExperimentConfig.from_dict(raw, from_stranger=stranger)


@pytest.mark.parametrize("rows, said", [
    ([[0.0, 0.0, 0.0]] * 12, "every point has the same class"),
    ([[0.0, 0.0, 0.0], [1.0, 1.0, 7.0]] * 6, "class 7 is not one of 0 … 1"),
    ([[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]] * 4, "8 points"),
    ([[0.0, 0.0], [1.0, 1.0]] * 6, "x,y points are a regression, which has no classes"),
])
def test_rows_in_a_config_are_checked_as_the_reader_checks_them(rows, said):
    with pytest.raises(ConfigError, match=said):
        ExperimentConfig().with_overrides({"data.name": "csv", "data.rows": rows, "data.class_names": ["a", "b"]})
