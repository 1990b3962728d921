"""Saving over what is already there: through links, keeping permission bits, refusing special files, and
keeping the earlier file whole when the disk fills (core.content.user_files' writing half)."""
import errno
import os
import stat

import pytest

from regviz.core.content import user_files
from regviz.core.content.user_files import replacing, write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links, modes and FIFOs as POSIX has them")


def _write_with_replacing(path, data: bytes):
    with replacing(path) as tmp:
        tmp.write_bytes(data)


WRITERS = {"write_atomic": write_atomic, "replacing": _write_with_replacing}


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("writer", WRITERS)
def test_saving_over_a_link_writes_through_to_its_target_and_the_link_stays(writer, tmp_path):
    (tmp_path / "sessions").mkdir()
    real = tmp_path / "sessions" / "class.regviz"
    real.write_bytes(b"old")
    link = tmp_path / "latest.regviz"
    link.symlink_to(real)
    WRITERS[writer](link, b"new session")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new session"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.regviz", "sessions"]  # no temporary left
    assert [p.name for p in (tmp_path / "sessions").iterdir()] == ["class.regviz"]


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("bits", [0o600, 0o640, 0o604])
def test_the_target_keeps_its_permission_bits(writer, bits, tmp_path):
    path = tmp_path / "private.regviz"
    path.write_bytes(b"old")
    path.chmod(bits)
    WRITERS[writer](path, b"new")
    assert _mode(path) == bits and path.read_bytes() == b"new"
    link = tmp_path / "link.regviz"  # and through a link, the target's bits (a link's own bits mean nothing)
    link.symlink_to(path)
    WRITERS[writer](link, b"newer")
    assert _mode(path) == bits and path.read_bytes() == b"newer"


@pytest.mark.parametrize("writer", WRITERS)
def test_a_new_file_gets_the_mode_the_umask_gives(writer, tmp_path):
    mask = os.umask(0o022)
    os.umask(mask)
    path = tmp_path / "handout.py"
    WRITERS[writer](path, b"print('hi')\n")
    assert _mode(path) == 0o666 & ~mask


@pytest.mark.parametrize("writer", WRITERS)
def test_a_fifo_as_the_target_is_refused_not_replaced(writer, tmp_path):
    fifo = tmp_path / "pipe.regviz"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="pipe.regviz: a FIFO"):
        WRITERS[writer](fifo, b"data")  # never opened: opening a FIFO for writing would hang here
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe.regviz"]
    link = tmp_path / "to-pipe.regviz"  # a link to one is the same FIFO
    link.symlink_to(fifo)
    with pytest.raises(OSError, match="a FIFO"):
        WRITERS[writer](link, b"data")
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("writer", WRITERS)
def test_a_socket_or_a_folder_as_the_target_is_refused(writer, tmp_path):
    import socket

    # Never a real device here: a writer that replaces its target would replace /dev/null itself when run as root.
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.regviz"))
        with pytest.raises(OSError, match="s.regviz: a socket"):
            WRITERS[writer](tmp_path / "s.regviz", b"data")
        assert stat.S_ISSOCK(os.stat(tmp_path / "s.regviz").st_mode)
    (tmp_path / "runs").mkdir()
    with pytest.raises(OSError, match="runs: a folder"):
        WRITERS[writer](tmp_path / "runs", b"data")
    assert (tmp_path / "runs").is_dir()


def test_a_full_disk_mid_write_keeps_the_earlier_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "class.regviz"
    path.write_text("the earlier session")
    real_write = os.write

    def fill_up(fd, data):  # writes the first chunk, then the disk is full
        if fill_up.calls:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        fill_up.calls += 1
        return real_write(fd, data)

    fill_up.calls = 0
    monkeypatch.setattr(user_files, "CHUNK_BYTES", 1000)
    monkeypatch.setattr(user_files.os, "write", fill_up)
    with pytest.raises(OSError) as caught:
        write_atomic(path, "x" * 5000)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC and fill_up.calls == 1
    assert path.read_text() == "the earlier session"
    assert [p.name for p in tmp_path.iterdir()] == ["class.regviz"]


def test_a_dangling_link_creates_its_target(tmp_path):
    link = tmp_path / "latest.regviz"
    link.symlink_to(tmp_path / "new.regviz")
    write_atomic(link, "first")
    assert link.is_symlink() and (tmp_path / "new.regviz").read_text() == "first"
