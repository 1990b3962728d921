"""Hostile and unlucky files (issue 20): PostScript dressed as an image, FIFOs, devices and sockets where a file
should be, sessions with impossible weights or counts, lines with something appended, half-copied torchvision
folders. Each is refused with regviz's own error naming the file, tensor or key — never a traceback, never a hang
(the timeouts turn a hang into a failure). Hypothesis feeds the session, line, config and image readers."""
import base64
import io
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regviz.core.config import ConfigError, DataConfig, ExperimentConfig
from regviz.core.content import experiment_line, images, lessons, session, user_files
from regviz.core.content.images import ImageError
from regviz.core.content.lessons import LessonError
from regviz.core.content.session import SessionError
from regviz.core.maths import data

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n{ } loop\nshowpage\n%%EOF\n"
PS = b"%!PS\n{ } loop\n"  # no bounding box: plain PostScript


class _NoSubprocess:
    """Records every attempt to start a program (Pillow's EPS plugin runs Ghostscript through subprocess) and
    refuses it, so a test that lets one through fails without a gs process left spinning."""

    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append(args[0] if args else kwargs.get("args"))
        raise OSError("a test forbids starting programs")


@pytest.fixture
def no_programs(monkeypatch):
    guard = _NoSubprocess()
    monkeypatch.setattr(subprocess, "Popen", guard)
    return guard


@pytest.fixture
def eps_plugin_calls(monkeypatch):
    """Every time Pillow's EPS plugin starts reading a file."""
    from PIL import EpsImagePlugin

    calls = []
    original = EpsImagePlugin.EpsImageFile._open

    def spy(self):
        calls.append(self)
        return original(self)

    monkeypatch.setattr(EpsImagePlugin.EpsImageFile, "_open", spy)
    return calls


# --- PostScript as an image -------------------------------------------------------------------------------------

@pytest.mark.timeout(60)
@pytest.mark.parametrize("name, content", [("x.png", EPS), ("x.jpg", PS), ("photo.jpeg", EPS), ("scan.tif", PS)])
def test_postscript_named_as_an_image_is_refused_and_ghostscript_never_runs(tmp_path, name, content, no_programs,
                                                                          eps_plugin_calls):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImageError, match=f"{name} is not an image regviz can read"):
        images.load_image(path)
    assert eps_plugin_calls == [] and no_programs.calls == []


def test_images_are_opened_naming_only_the_formats_the_app_reads(tmp_path, monkeypatch):
    from PIL import Image

    seen = []
    original = Image.open
    monkeypatch.setattr(Image, "open", lambda fp, mode="r", formats=None: seen.append(formats) or
                        original(fp, mode, formats))
    Image.new("RGB", (8, 8), (0, 255, 0)).save(tmp_path / "green.png")
    assert images.load_image(tmp_path / "green.png")[1].mean() == pytest.approx(1.0)
    assert seen == [images.FORMATS] and set(images.FORMATS) == {"PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP"}


@pytest.mark.parametrize("fmt, suffix", [("PNG", "jpg"), ("JPEG", "png"), ("BMP", "png"), ("GIF", "png"),
                                         ("TIFF", "png"), ("WEBP", "png")])
def test_each_named_format_still_opens_whatever_its_file_is_called(tmp_path, fmt, suffix):
    """Refusal is by content, not by name: a real picture under another ending still opens."""
    from PIL import Image

    path = tmp_path / f"picture.{suffix}"
    Image.new("RGB", (12, 9), (0, 0, 255)).save(path, format=fmt)
    assert images.load_image(path).shape == (3, 9, 12)


# --- special files ----------------------------------------------------------------------------------------------

def _special(kind: str, folder: Path, name: str) -> tuple[Path, str]:
    """A FIFO, socket, device or folder at ``folder/name`` (the device is /dev/zero), and how regviz calls it."""
    if kind == "device":
        device = next((Path(d) for d in ("/dev/zero", "/dev/urandom", "/dev/full")
                       if os.path.exists(d) and stat.S_ISCHR(os.stat(d).st_mode)), None)
        if device is None:
            pytest.skip("no character device to test with")
        return device, "a character device"
    path = folder / name
    if kind == "fifo":
        os.mkfifo(path)
        return path, r"a named pipe \(FIFO\)"
    if kind == "socket":  # a short folder: a socket's path has at most 107 bytes
        path = Path(tempfile.mkdtemp(prefix="sock", dir="/tmp")) / name
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        _SOCKETS.append((sock, path))
        return path, "a socket"
    path.mkdir()
    return path, "a folder"


_SOCKETS: list = []


@pytest.fixture(autouse=True)
def _close_sockets():
    yield
    while _SOCKETS:
        sock, path = _SOCKETS.pop()
        sock.close()
        shutil.rmtree(path.parent)


def _config(path):
    return session.read_config(path)


READERS = {  # what reads a user's path, the error it raises, and a name to give the file
    "config": (_config, ConfigError, "experiment.json"),
    "session given as config": (_config, ConfigError, "class.regviz"),
    "session": (session.load, SessionError, "class.regviz"),
    "lesson": (lessons.load_file, LessonError, "lesson.json"),
    "image": (images.load_image, ImageError, "photo.png"),
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder"])
@pytest.mark.parametrize("reader", sorted(READERS))
def test_special_files_are_refused_before_they_are_opened(tmp_path, reader, kind):
    read, error, name = READERS[reader]
    path, called = _special(kind, tmp_path, name)
    with pytest.raises(error, match=f"{path.name}: {called}, not a file"):
        read(path)


@pytest.mark.timeout(30)
def test_a_fifo_swapped_in_after_the_check_is_refused_without_blocking(tmp_path, monkeypatch):
    """The check and the open are two steps: whatever is opened is checked again (fstat), and the open itself
    does not wait for a writer (O_NONBLOCK)."""
    fifo, regular = tmp_path / "swapped.json", tmp_path / "regular.json"
    os.mkfifo(fifo)
    regular.write_text("{}")
    real_stat = os.stat
    monkeypatch.setattr(user_files.os, "stat", lambda p, *a, **k: real_stat(regular if Path(p) == fifo else p,
                                                                             *a, **k))
    with pytest.raises(ConfigError, match=r"swapped.json: a named pipe \(FIFO\), not a file"):
        user_files.read_text(fifo, ConfigError, "swapped.json")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", ["experiment.json", "class.regviz"])
def test_the_cli_refuses_a_fifo_as_config_or_session_with_status_2(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "regviz", "train", "--config", str(fifo), "--quiet", "--out",
                           str(tmp_path / "run")], capture_output=True, text=True, timeout=100)
    assert done.returncode == 2, done.stderr
    assert f"{name}: a named pipe (FIFO), not a file" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "run").exists()


@pytest.mark.timeout(30)
def test_a_fifo_in_a_torchvision_folder_is_refused_before_torchvision_opens_it(tmp_path):
    raw = tmp_path / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    os.mkfifo(raw / "train-images-idx3-ubyte")
    with pytest.raises(data.DataError, match="train-images-idx3-ubyte is not a regular file.*copy the whole"):
        data.load(DataConfig(name="tv-fashionmnist", root=str(tmp_path)), seed=0)


# --- half-copied torchvision folders ----------------------------------------------------------------------------

IDX = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")


def _idx(array: np.ndarray, magic: int) -> bytes:
    return np.array([magic, *array.shape], dtype=">i4").tobytes() + array.astype(np.uint8).tobytes()


def _fashion_folder(root: Path, files: dict[str, bytes]) -> None:
    raw = root / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    for name, content in files.items():
        (raw / name).write_bytes(content)


GOOD_IDX = {"train-images-idx3-ubyte": _idx(np.zeros((60, 28, 28)), 2051),
            "train-labels-idx1-ubyte": _idx(np.arange(60) % 10, 2049),
            "t10k-images-idx3-ubyte": _idx(np.zeros((30, 28, 28)), 2051),
            "t10k-labels-idx1-ubyte": _idx(np.arange(30) % 10, 2049)}


@pytest.mark.parametrize("damage", [
    pytest.param(lambda files: dict.fromkeys(IDX, b"garbage, not an idx file"), id="garbage"),  # torchvision asserts
    pytest.param(lambda files: files | {"train-images-idx3-ubyte": files["train-images-idx3-ubyte"][:5000]},
                 id="truncated-images"),
    pytest.param(lambda files: files | {"t10k-labels-idx1-ubyte": b""}, id="empty-labels"),
    pytest.param(lambda files: files | {"train-labels-idx1-ubyte": _idx(np.arange(20) % 10, 2049)},
                 id="fewer-labels-than-images"),
    pytest.param(lambda files: files | {"train-labels-idx1-ubyte": _idx(np.full(60, 200), 2049)}, id="bad-class"),
    pytest.param(lambda files: {k: v for k, v in files.items() if k != "t10k-images-idx3-ubyte"}, id="file-missing"),
])
def test_a_half_copied_torchvision_folder_is_our_error_naming_the_folder(tmp_path, damage):
    _fashion_folder(tmp_path, damage(dict(GOOD_IDX)))
    folder = str(tmp_path / "FashionMNIST")
    with pytest.raises(data.DataError) as caught:
        data.load(DataConfig(name="tv-fashionmnist", root=str(tmp_path), train_size=20, test_size=10), seed=0)
    assert folder in str(caught.value) and "copy the whole torchvision FashionMNIST folder" in str(caught.value)
    assert "never downloads" in str(caught.value)


def test_the_whole_torchvision_folder_still_loads(tmp_path):
    _fashion_folder(tmp_path, GOOD_IDX)
    ds = data.load(DataConfig(name="tv-fashionmnist", root=str(tmp_path), train_size=20, test_size=10), seed=0)
    assert ds.x_train.shape == (20, 1, 28, 28) and ds.n_classes == 10


def test_the_cli_says_copy_the_whole_folder_for_a_half_copied_one(tmp_path, capsys):
    from regviz.cli import main

    _fashion_folder(tmp_path, dict.fromkeys(IDX, b"garbage"))
    code = main(["train", "--set", "data.name=tv-fashionmnist", "--set", f"data.root={tmp_path}", "--steps", "1",
                 "--out", str(tmp_path / "run"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and "copy the whole torchvision FashionMNIST folder" in err and "Traceback" not in err


# --- sessions ---------------------------------------------------------------------------------------------------

def _with_weights(text: str, change) -> str:
    """The session ``text`` with ``change(arrays)`` applied to its one net's weights (checksums recomputed: the
    file is consistent, only its values are wrong)."""
    saved = session.parse(text)
    arrays = {k: v.copy() for k, v in saved.weights["main"].items()}
    change(arrays)
    saved.weights = {"main": arrays}
    return saved.to_json()


def _set(key, value):
    def change(arrays):
        arrays[key] = arrays[key].astype(np.float32)
        arrays[key].reshape(-1)[0] = value
    return change


@pytest.mark.parametrize("change, message", [
    (_set("head.weight", np.nan), "head.weight holds nan"),
    (_set("head.weight", np.inf), "head.weight holds inf"),
    (_set("features.0.bias", -np.inf), "features.0.bias holds -inf"),
    (_set("features.0.weight", 1e38), "features.0.weight holds 1e\\+38"),
    (lambda a: a.update({"head.bias": a["head.bias"].astype(np.int64)}), "head.bias is int64"),
    (lambda a: a.update({"head.weight": a["head.weight"] > 0}), "head.weight is bool"),
    (lambda a: a.update({"head.weight": a["head.weight"].astype(np.float16)}), "head.weight is float16"),
])
def test_a_session_with_impossible_weights_is_refused_naming_the_tensor(small_session_text, change, message):
    with pytest.raises(SessionError, match=f"weights of 'main': {message}"):
        session.parse(_with_weights(small_session_text, change))


def test_float64_weights_and_batch_norm_counters_still_load(small_session_text):
    text = _with_weights(small_session_text, lambda a: a.update({k: v.astype(np.float64) for k, v in a.items()}))
    assert session.parse(text).weights["main"]["head.weight"].dtype == np.float64


@pytest.mark.parametrize("step", [10**30, 10**9 + 1, -1, 2.5, True, "12", 10**4000],
                         ids=["1e30", "cap+1", "-1", "2.5", "true", "text", "1e4000"])
def test_a_session_step_beyond_any_run_is_refused_naming_the_key(small_session, step):
    with pytest.raises(SessionError, match="step must be a whole number from 0 to 1,000,000,000, not"):
        session.parse(json.dumps(small_session | {"step": step}))


def test_a_session_at_the_step_cap_still_loads(small_session):
    assert session.parse(json.dumps(small_session | {"step": session.MAX_STEP})).step == session.MAX_STEP


@pytest.mark.parametrize("column, value, message", [
    (0, 1e30, "'main' row 0: step must be from 0 to 1,000,000,000"),
    (0, -5, "'main' row 0: step must be from 0"),
    (1, None, "'main' row 0: epoch must be a number, not None"),
    (1, -0.5, "'main' row 0: epoch must be from 0"),
    (3, "Infinity", "'main' row 0: test_loss is inf"),
    (3, 1e300, "'main' row 0: test_loss is 1e\\+300"),
    (4, True, "'main' row 0: train_accuracy must be a number"),
    (5, "x", "'main' row 0: test_accuracy must be a number"),
])
def test_a_session_with_impossible_metrics_is_refused_naming_the_row_and_column(small_session, column, value,
                                                                               message):
    small_session["metrics"]["rows"]["main"][0][column] = value
    text = json.dumps(small_session).replace('"Infinity"', "Infinity")
    with pytest.raises(SessionError, match=f"metrics: {message}"):
        session.parse(text)


def test_a_history_longer_than_the_cap_is_refused_naming_it(small_session, monkeypatch):
    row = small_session["metrics"]["rows"]["main"][0]
    monkeypatch.setattr(session, "MAX_ROWS", 50)
    small_session["metrics"]["rows"]["main"] = [row] * 50
    assert len(session.parse(json.dumps(small_session)).metrics["main"]) == 50
    small_session["metrics"]["rows"]["main"] = [row] * 51
    with pytest.raises(SessionError, match="metrics: 'main' holds more than 50 rows"):
        session.parse(json.dumps(small_session))


def test_a_diverged_final_evaluation_is_saved_and_read_back(small_session_text):
    """A run that diverged is saved with null in its final evaluation; it opened as 'damaged' before."""
    saved = session.parse(small_session_text)
    saved.final = {"main": {"test_loss": float("nan"), "test_accuracy": 0.5}}
    final = session.parse(saved.to_json()).final["main"]
    assert np.isnan(final["test_loss"]) and final["test_accuracy"] == 0.5


# --- one-line experiments ---------------------------------------------------------------------------------------

def _packed_bytes(line: str) -> bytes:
    packed = line.split(":", 2)[2]
    return base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4))


def _line_of(raw: bytes) -> str:
    return "regviz:1:" + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


LINE = experiment_line.encode(ExperimentConfig().with_overrides({"regularization.l2": 0.01}))


@pytest.mark.parametrize("text", [
    pytest.param(_line_of(_packed_bytes(LINE) + b"and then some"), id="bytes-after-the-deflate-stream"),
    pytest.param(_line_of(_packed_bytes(LINE) + zlib.compress(b'{"x": 1}')), id="a-second-stream"),
    pytest.param(LINE + "AAAA", id="base64-after-the-data"),
    pytest.param(_line_of(_packed_bytes(LINE) + b"\0"), id="one-more-byte"),
])
def test_junk_after_a_lines_data_is_refused(text):
    with pytest.raises(ConfigError, match="something follows its data"):
        experiment_line.decode(text)


def test_a_line_as_written_with_or_without_padding_or_spaces_around_still_loads():
    config = experiment_line.decode(LINE)
    padded = _line_of(_packed_bytes(LINE)) + "=" * (-len(LINE.split(":", 2)[2]) % 4)
    assert experiment_line.decode(f"  {padded}\n") == config and config.regularization.l2 == 0.01


# --- Hypothesis: loads, or raises our own error -----------------------------------------------------------------

@pytest.fixture(scope="module")
def session_text(small_session_text):
    return small_session_text


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """One folder for a fuzz test's files (one file, rewritten for each example)."""
    return tmp_path_factory.mktemp("fuzz")


def _paths(value, prefix=()):
    """Every path of keys and indexes into a JSON value (to damage one place at a time)."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            yield from _paths(v, (*prefix, i))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**40, max_value=10**40) |
    st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=10) |
    st.sampled_from([10**9, 10**9 + 1, 1e38, -1, 0, "main", "AAAA"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8)


@pytest.mark.timeout(300)
@FUZZ
@given(choice=st.integers(min_value=0), value=json_values, data_=st.data())
def test_any_damage_to_a_session_loads_or_is_our_error(session_text, choice, value, data_):
    raw = json.loads(session_text)
    paths = [p for p in _paths(raw) if p]
    path = paths[choice % len(paths)]
    target = raw
    for key in path[:-1]:
        target = target[key]
    if data_.draw(st.booleans()) and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = value
    try:
        loaded = session.parse(json.dumps(raw, allow_nan=True))
    except SessionError as exc:
        assert str(exc)
    else:
        _assert_sane(loaded)


def _assert_sane(loaded: session.Session) -> None:
    """What the window and the CLI rely on in a session that loaded: a step the plots can draw, metrics that
    are numbers (NaN for a diverged one), weights of a float type, finite and of a size a net can run with."""
    assert 0 <= loaded.step <= 10**9
    for rows in loaded.metrics.values():
        for row in rows:
            assert 0 <= row["step"] <= 10**9 and 0 <= row["epoch"] <= 10**9
            assert all(isinstance(v, float) and (np.isnan(v) or abs(v) < 3.5e38) for v in row.values())
    for arrays in (loaded.weights or {}).values():
        for key, array in arrays.items():
            if not key.endswith("num_batches_tracked"):
                assert array.dtype in (np.float32, np.float64) and np.isfinite(array).all()
                assert np.abs(array).max(initial=0) <= 1e6


@pytest.mark.timeout(300)
@FUZZ
@given(blob_edit=st.lists(st.tuples(st.booleans(), st.integers(min_value=0), st.integers(0, 255)), min_size=1,
                          max_size=6),
       cut=st.none() | st.integers(min_value=0))
def test_any_damage_inside_the_weights_loads_or_is_our_error(session_text, blob_edit, cut):
    """Bytes of the safetensors blob changed (checksum recomputed, so the damage reaches the weights reader): in
    its header, or counted from the end, in the numbers themselves."""
    import hashlib

    raw = json.loads(session_text)
    blob = bytearray(base64.b64decode(raw["weights"]["main"]))
    for from_end, where, byte in blob_edit:
        blob[-1 - where % 88 if from_end else where % len(blob)] = byte  # 88 bytes: the small net's numbers
    blob = bytes(blob[:cut % (len(blob) + 1)] if cut is not None else blob)
    raw["weights"]["main"] = base64.b64encode(blob).decode("ascii")
    raw["weights_sha256"]["main"] = hashlib.sha256(blob).hexdigest()
    try:
        loaded = session.parse(json.dumps(raw))
    except SessionError as exc:
        assert str(exc)
    else:
        _assert_sane(loaded)


@pytest.mark.timeout(300)
@FUZZ
@given(content=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_as_a_session_or_config_file_load_or_are_our_error(scratch, content):
    path = scratch / "file.regviz"
    path.write_bytes(content)
    for read, error in ((session.load, SessionError), (session.read_config, ConfigError),
                        (lessons.load_file, LessonError)):
        try:
            read(path)
        except error as exc:
            assert str(exc)


@pytest.mark.timeout(300)
@FUZZ
@given(text=st.text(max_size=200) | st.builds(lambda s: "regviz:1:" + s, st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=", max_size=200)))
def test_any_text_as_a_line_loads_or_is_our_error(text):
    try:
        config = experiment_line.decode(text)
    except ConfigError as exc:
        assert str(exc)
    else:
        assert experiment_line.decode(experiment_line.encode(config)) == config


@pytest.mark.timeout(300)
@FUZZ
@given(inside=json_values | st.binary(max_size=200), suffix=st.binary(max_size=20),
       edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=3))
def test_any_deflated_payload_as_a_line_loads_or_is_our_error(inside, suffix, edits):
    payload = inside if isinstance(inside, bytes) else json.dumps(inside, allow_nan=True).encode()
    packed = bytearray(zlib.compress(payload) + suffix)
    for where, byte in edits:
        packed[where % len(packed)] = byte
    try:
        config = experiment_line.decode(_line_of(bytes(packed)))
    except ConfigError as exc:
        assert str(exc)
    else:  # only a whole line, nothing after its data, loads; and it says what its own encoding says
        inflater = zlib.decompressobj()
        inflater.decompress(bytes(packed))
        assert inflater.eof and inflater.unused_data == b""
        assert experiment_line.decode(experiment_line.encode(config)) == config


@pytest.mark.timeout(300)
@FUZZ
@given(choice=st.integers(min_value=0), value=json_values)
def test_any_damage_to_a_config_file_loads_or_is_our_error(scratch, choice, value):
    raw = ExperimentConfig().to_dict()
    paths = [p for p in _paths(raw) if p]
    path = paths[choice % len(paths)]
    target = raw
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    file = scratch / "experiment.json"
    file.write_text(json.dumps(raw, allow_nan=True))
    try:
        config, step = session.read_config(file)
    except ConfigError as exc:
        assert str(exc)
    else:  # what loaded is a config that saves and reads back as itself
        assert step is None and ExperimentConfig.from_json(config.to_json()) == config


def _image_bytes(fmt: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (6, 5), (10, 200, 30)).save(out, format=fmt)
    return out.getvalue()


SAMPLES = {fmt: _image_bytes(fmt) for fmt in ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP")} | {"EPS": EPS}


@pytest.mark.timeout(300)
@FUZZ
@given(fmt=st.sampled_from(sorted(SAMPLES)), edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)),
                                                             max_size=4),
       cut=st.none() | st.integers(min_value=0), noise=st.binary(max_size=64))
def test_any_damaged_image_loads_or_is_our_error_and_never_starts_a_program(scratch, fmt, edits, cut, noise):
    content = bytearray(SAMPLES[fmt] if fmt != "EPS" or not noise else noise + SAMPLES[fmt])
    for where, byte in edits:
        content[where % len(content)] = byte
    content = bytes(content[:cut % (len(content) + 1)] if cut is not None else content)
    path = scratch / "picture.png"
    path.write_bytes(content)
    guard = _NoSubprocess()
    with mock.patch.object(subprocess, "Popen", guard):
        try:
            array = images.load_image(path)
        except ImageError as exc:
            assert "picture.png" in str(exc)
        else:
            assert array.dtype == np.float32 and array.shape[0] in (1, 3) and np.isfinite(array).all()
            assert 0 <= array.min() and array.max() <= 1
    assert guard.calls == []
