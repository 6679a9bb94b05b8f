"""Writing an export: to a temporary file beside the target, then one rename.

A reader never sees half a file, and a failed export leaves nothing behind: neither
a partial target nor the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from app.errors import ServiceError


class ExportError(ServiceError):
    """An export could not be written; the message names the file and says why."""


def _reason(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "it is a folder"
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "its folder does not exist"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temporary file beside `target` to write to; when the block ends without error it
    replaces `target` in one rename, otherwise it is removed and `target` is untouched.

    Any OSError (folder missing, no permission, disk full, target is a folder) becomes an
    ExportError naming the target.
    """
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    try:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def atomic_write(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then move the result to `target` in one step
    (see atomic_output). Returns the target's absolute path."""
    with atomic_output(target) as temporary:
        write(temporary)
    return Path(target).expanduser().absolute()
