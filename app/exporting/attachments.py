"""Attached files leaving the database: a copy written to a file the user names, whole or
not at all (app.exporting.files), and the size limit per file the settings give.

Kept here, not in app.services.files, because both lean on this package (the safe writer,
the settings) and services do not import it."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from app.exporting.export_settings import load_export_settings
from app.exporting.files import atomic_output
from app.services.files import file_bytes


def save_copy(session: Session, attachment_id: int, target_path: str | os.PathLike[str]) -> Path:
    """Write an attached file to `target_path`: a temporary file beside it, then one
    rename, so a reader never sees half a file and a failure leaves nothing (refusals as
    ExportError naming the file: a folder, a read-only file, a missing folder). Returns
    the file written."""
    _name, _media_type, content = file_bytes(session, attachment_id)
    target = Path(target_path).expanduser()
    with atomic_output(target) as temporary:
        temporary.write_bytes(content)
    return target.absolute()


def file_size_limit() -> int:
    """The size limit per attached file in bytes (File > Preferences…, 25 MB unless
    changed)."""
    return load_export_settings().file_size_limit_bytes
