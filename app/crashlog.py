"""Unexpected errors: written in full to a log file, shown to the user as one line."""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime
from pathlib import Path

from app import settings

LOG_FILE = "supplier-desk.log"


def log_path() -> Path:
    return settings.log_dir() / LOG_FILE


def record(exc: BaseException) -> Path | None:
    """Append the traceback to the log file; its path, or None if it could not be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"\n--- {datetime.now(UTC).isoformat()} unexpected error\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        logging.getLogger(__name__).exception("cannot write the crash log %s", path)
        return None
    return path


def describe(exc: BaseException) -> str:
    """One line for the user: what happened and where the details are."""
    path = record(exc)
    where = f"; details in {path}" if path else ""
    return f"unexpected error ({exc.__class__.__name__}: {exc}){where}"
