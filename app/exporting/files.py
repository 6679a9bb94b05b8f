"""Writing an export: to a temporary file beside the target, then one rename.

A reader never sees half a file, and a failed export leaves nothing behind: neither
a partial target nor the temporary file. An existing file is replaced only once the new
one is complete, and keeps its permission bits (and, when run as root, its owner).

What is refused, before any temporary file is made (one line naming the file):
- a folder, a device (``/dev/full``), a FIFO or a socket: only a regular file is replaced;
- a file the user may not write, or marked read-only (no write bit: root passes
  ``os.access`` on a 0444 file, yet the user said read-only).

A symbolic link is FOLLOWED, as a shell's ``>`` or an editor's save would: the link stays
a link and the file it points to gets the new content, written through a temporary file
in that file's own folder and renamed over it, so every rule above applies to the file
the link leads to (a link to a device is refused like the device). A link that leads
nowhere (a loop) is refused; a link to a file not made yet creates that file.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from app.errors import ServiceError
from app.messages import translate
from app.rules.parsing import without_controls


class ExportError(ServiceError):
    """An export could not be written; the message names the file and says why."""


def _reason(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return translate("Exporting", "it is a folder")
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return translate("Exporting", "its folder does not exist")
    if isinstance(exc, PermissionError):
        return translate("Exporting", "permission denied")
    return exc.strerror or str(exc)


def _cannot_write(target: Path, reason: str) -> str:
    return translate("Exporting", "cannot write {path}: {reason}").format(
        path=target, reason=reason
    )


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return translate("Exporting", "it is a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Exporting", "it is a device, not a file")
    if stat.S_ISFIFO(mode):
        return translate("Exporting", "it is a pipe (FIFO), not a file")
    if stat.S_ISSOCK(mode):
        return translate("Exporting", "it is a socket, not a file")
    if stat.S_ISLNK(mode):
        return translate("Exporting", "it is a link that leads nowhere (a loop)")
    return translate("Exporting", "it is not a regular file")


def _euid() -> int | None:
    """Our effective user id; None where there is none (Windows)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid() if geteuid is not None else None


def _read_only(path: Path, status: os.stat_result) -> bool:
    """No write bit for anyone, or none for its owner when that is us, or no access."""
    mode = status.st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    if status.st_uid == _euid() and not mode & stat.S_IWUSR:
        return True
    return not os.access(path, os.W_OK)


def writable_target(target: Path) -> tuple[Path, os.stat_result | None]:
    """The file an export to `target` writes (`target`, or where its link leads) and
    its status (None when it does not exist yet); ExportError when it must not be
    replaced. Touches nothing."""
    target = Path(target).expanduser().absolute()
    real = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        status = os.lstat(real)
    except FileNotFoundError:
        return real, None
    except OSError as exc:
        raise ExportError(_cannot_write(target, _reason(exc))) from exc
    kind = _kind(status.st_mode)
    if kind is not None:
        raise ExportError(
            translate("Exporting", "cannot write {path}: {reason}: choose a file name").format(
                path=target, reason=kind
            )
        )
    if _read_only(real, status):
        raise ExportError(
            translate(
                "Exporting", "{path} is read-only: choose another name or make it writable"
            ).format(path=target)
        )
    return real, status


def _keep_mode_and_owner(temporary: Path, status: os.stat_result | None) -> None:
    os.chmod(temporary, stat.S_IMODE(status.st_mode) if status else 0o644)
    if status is not None and _euid() == 0 and status.st_uid != 0:
        # Root replacing a user's file gives it back to that user.
        with contextlib.suppress(OSError):
            os.chown(temporary, status.st_uid, status.st_gid)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temporary file beside the file `target` names to write to; when the block ends
    without error it replaces that file in one rename, otherwise it is removed and the
    file is untouched. Refused (ExportError, before any temporary file): see the module.

    Any OSError (folder missing, no permission, disk full) becomes an ExportError naming
    the target.
    """
    target = Path(target).expanduser().absolute()
    real, _status = writable_target(target)
    try:
        handle, name = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(_cannot_write(target, _reason(exc))) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # Checked again: the target may have changed while the export ran.
        real, status = writable_target(target)
        _keep_mode_and_owner(temporary, status)
        os.replace(temporary, real)
    except OSError as exc:
        raise ExportError(_cannot_write(target, _reason(exc))) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def atomic_write(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then move the result to `target` in one step
    (see atomic_output). Returns the target's absolute path."""
    with atomic_output(target) as temporary:
        write(temporary)
    return Path(target).expanduser().absolute()


UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
"""What Windows, macOS or Linux refuse in a file name, or what would change its folder."""


def file_name(text: str) -> str:
    """`text` (a deal's title) as a file name on every platform: no slashes, colons,
    quotes, and no invisible or bidirectional controls, which a database written before
    they were refused may still hold (a right-to-left override can disguise '.exe')."""
    cleaned = UNSAFE_IN_FILE_NAMES.sub("-", without_controls(text)).strip(" .-")
    return cleaned[:80] or "export"
