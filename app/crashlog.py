"""Unexpected errors: written in full to a log file, shown to the user as one line."""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime
from pathlib import Path

from app import settings
from app.messages import translate

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


SUMMARY_CHARS = 200
"""How much of the error's own message the one line repeats (the log has all of it)."""


def summary(exc: BaseException) -> str:
    """'DataError: integer out of range': the error's class and the first line of its
    message, without the SQL and parameters a database error's message goes on with."""
    cause = getattr(exc, "orig", None) or exc  # SQLAlchemy's wrapper: the driver's message
    lines = str(cause).strip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(first) > SUMMARY_CHARS:
        first = first[: SUMMARY_CHARS - 1] + "…"
    return f"{exc.__class__.__name__}: {first}" if first else exc.__class__.__name__


def describe(exc: BaseException) -> str:
    """One line for the user: what happened and where the details are."""
    path = record(exc)
    if path:
        return translate("CrashLog", "unexpected error ({summary}); details in {path}").format(
            summary=summary(exc), path=path
        )
    return translate("CrashLog", "unexpected error ({summary})").format(summary=summary(exc))
