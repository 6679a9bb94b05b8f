"""atomic_output, the one place every export writes through: what it replaces, what it
refuses (before any temporary file), and how it follows a symbolic link."""

from __future__ import annotations

import os
import socket
import stat
import tempfile
from pathlib import Path

import pytest

from app.exporting import files
from app.exporting.files import ExportError, atomic_output, atomic_write, file_name


def _no_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if a temporary file or a rename is attempted."""

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a refused export must not make a temporary file or rename")

    monkeypatch.setattr(tempfile, "mkstemp", forbidden)
    monkeypatch.setattr(os, "replace", forbidden)


def _enter(target: Path) -> None:
    with atomic_output(target) as temporary:
        raise AssertionError(f"a refused export was given {temporary} to write")


def _refused(target: Path) -> str:
    with pytest.raises(ExportError) as caught:
        _enter(target)
    message = str(caught.value)
    assert "\n" not in message
    assert str(target) in message
    return message


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_an_existing_file_is_replaced_only_once_the_new_one_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_output(target) as temporary:
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def fail(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_read_only_file_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)  # root may still write it: the mode bits decide
    assert _refused(target) == f"{target} is read-only: choose another name or make it writable"
    assert target.read_bytes() == b"old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert _leftovers(tmp_path) == []


def test_a_file_without_its_owners_write_bit_is_read_only(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o466)  # others may write, its owner (us) may not
    assert "is read-only" in _refused(target)


def test_a_file_the_user_may_not_write_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "access", lambda path, mode, **kwargs: False)
    assert "is read-only" in _refused(target)
    assert target.read_bytes() == b"old"


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    target = tmp_path / "pipe.pdf"
    os.mkfifo(target)
    assert "it is a pipe (FIFO), not a file" in _refused(target)
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert _leftovers(tmp_path) == []


def test_a_socket_is_refused(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="s", dir="/tmp"))  # a socket path must be short
    target = folder / "s.csv"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(target))
        assert "it is a socket, not a file" in _refused(target)
        assert stat.S_ISSOCK(os.lstat(target).st_mode)
    finally:
        server.close()
        target.unlink()
        folder.rmdir()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "it is a folder" in _refused(tmp_path)


def test_a_device_is_refused_before_any_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # The refusal is checked on a real character device; the write never reaches it.
    _no_temporary_file(monkeypatch)
    assert "it is a device, not a file" in _refused(Path(os.devnull))
    assert stat.S_ISCHR(os.lstat(os.devnull).st_mode)


def test_a_fifo_and_a_read_only_file_are_refused_before_any_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.mkfifo(tmp_path / "pipe.csv")
    (tmp_path / "ro.csv").write_bytes(b"old")
    (tmp_path / "ro.csv").chmod(0o444)
    _no_temporary_file(monkeypatch)
    _refused(tmp_path / "pipe.csv")
    _refused(tmp_path / "ro.csv")


def test_a_link_is_followed_the_link_stays_and_its_file_gets_the_content(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    real = tmp_path / "real" / "sheet.pdf"
    real.write_bytes(b"old")
    real.chmod(0o600)
    link = tmp_path / "links" / "sheet.pdf"
    link.symlink_to(real)
    seen: list[Path] = []

    def write(temporary: Path) -> None:
        seen.append(temporary)
        temporary.write_bytes(b"new")

    assert atomic_write(link, write) == link
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert seen[0].parent == real.parent  # written beside the real file, then renamed
    assert _leftovers(real.parent) == []
    assert _leftovers(link.parent) == []


def test_a_link_to_a_file_not_made_yet_creates_that_file(tmp_path: Path) -> None:
    link = tmp_path / "new.csv"
    link.symlink_to(tmp_path / "made.csv")
    with atomic_output(link) as temporary:
        temporary.write_bytes(b"new")
    assert link.is_symlink()
    assert (tmp_path / "made.csv").read_bytes() == b"new"


def test_a_link_is_refused_when_what_it_leads_to_is(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "to-pipe.csv").symlink_to(tmp_path / "pipe")
    (tmp_path / "to-device.csv").symlink_to(os.devnull)
    (tmp_path / "ro").write_bytes(b"old")
    (tmp_path / "ro").chmod(0o444)
    (tmp_path / "to-ro.csv").symlink_to(tmp_path / "ro")
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    assert "pipe (FIFO)" in _refused(tmp_path / "to-pipe.csv")
    assert "device" in _refused(tmp_path / "to-device.csv")
    assert "read-only" in _refused(tmp_path / "to-ro.csv")
    assert "loop" in _refused(tmp_path / "loop-a")
    for name in ("to-pipe.csv", "to-device.csv", "to-ro.csv", "loop-a"):
        assert (tmp_path / name).is_symlink()
    assert (tmp_path / "ro").read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_target_turned_read_only_while_writing_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def write(temporary: Path) -> None:
        temporary.write_bytes(b"new")
        target.chmod(0o444)

    with pytest.raises(ExportError, match="read-only"):
        atomic_write(target, write)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_new_file_is_made_readable(tmp_path: Path) -> None:
    target = tmp_path / "new.csv"
    with atomic_output(target) as temporary:
        temporary.write_bytes(b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert files.writable_target(target)[0] == target


def test_file_names_drop_what_a_file_system_refuses() -> None:
    assert file_name('Deal sheet - Kent mango 20/21: "A"') == "Deal sheet - Kent mango 20-21- -A"
    assert file_name("///") == "export"


def test_file_names_drop_bidirectional_controls() -> None:
    """A title stored before they were refused: a right-to-left override would show
    'Deal sheet - Cherries gpj.exe' as '...exe.jpg'."""
    assert file_name("Deal sheet - Cherries \u202egpj.exe") == "Deal sheet - Cherries gpj.exe"
    assert file_name("\u2066Uvas\u2069 \u200fRed Globe\u200e") == "Uvas Red Globe"
