"""A database's refusal, said in one line a person can act on, instead of a crash report.

The database refuses a change for reasons that are nobody's bug: this login may only read,
the file is read-only, another program holds it, the server accepts no changes, the
connection was lost. as_refusal turns each into a ServiceError with that line; the command
line (app.cli.dispatch) and the window (ui.errors.show_error) both show it as a refusal,
and only what it does not know (a real bug) goes to the crash log.
"""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy.exc import DBAPIError

from app.errors import ServiceError
from app.messages import translate
from app.store.connection import LOST, ConnectionLostError, is_connection_lost
from app.store.roles import READ_ONLY_FILE_REASON, READ_ONLY_SERVER_REASON

READ_ONLY_LOGIN = translate(
    "Store", "this login may only read: ask whoever runs the database for write access"
)
NO_READ = translate(
    "Store", "this login may not read this data: ask whoever runs the database for access"
)
LOCKED = translate("Store", "another program holds the database: try again or close it")
READ_ONLY_FILE_ACTION = translate("Store", "make the file writable, or work on a copy of it")
READ_ONLY_SERVER_ACTION = translate("Store", "ask whoever runs the database, or try again later")

INSUFFICIENT_PRIVILEGE = "42501"
READ_ONLY_TRANSACTION = "25006"
LOCK_NOT_AVAILABLE = "55P03"
"""PostgreSQL's SQLSTATEs for: no permission, a read-only server (a standby, or
default_transaction_read_only), a lock not granted in time (lock_timeout, NOWAIT)."""


class DatabaseRefusedError(ServiceError):
    """The database refused what was asked for a reason outside the program; nothing was
    changed (the transaction rolled back)."""


def as_refusal(exc: BaseException, file: str | None = None) -> ServiceError | None:
    """`exc` as the one line a person is shown: a ServiceError as it is, a database's
    refusal in words (`file`: the SQLite file, for "FILE is read-only"), None for anything
    else, which is a bug for the crash log."""
    if isinstance(exc, ServiceError):
        return exc
    if not isinstance(exc, DBAPIError):
        return None
    reason = _reason(exc, file)
    if reason is not None:
        return DatabaseRefusedError(reason)
    if is_connection_lost(exc):
        return ConnectionLostError(LOST)
    return None


def _reason(exc: DBAPIError, file: str | None) -> str | None:
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        return _sqlite_reason(orig, file)
    state = getattr(orig, "sqlstate", None)
    if state == INSUFFICIENT_PRIVILEGE:
        return NO_READ if _is_read(exc.statement) else READ_ONLY_LOGIN
    if state == READ_ONLY_TRANSACTION:
        return translate("Store", "{reason}: {action}").format(
            reason=READ_ONLY_SERVER_REASON, action=READ_ONLY_SERVER_ACTION
        )
    if state == LOCK_NOT_AVAILABLE:
        return LOCKED
    return None


def _sqlite_reason(orig: sqlite3.Error, file: str | None) -> str | None:
    name = getattr(orig, "sqlite_errorname", "") or ""
    message = str(orig).lower()
    if name.startswith("SQLITE_READONLY") or "readonly database" in message:
        what = (
            translate("Store", "{file} is read-only").format(file=file)
            if file
            else READ_ONLY_FILE_REASON
        )
        return translate("Store", "{reason}: {action}").format(
            reason=what, action=READ_ONLY_FILE_ACTION
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "is locked" in message:
        return LOCKED
    return None


_LOCKING = re.compile(r"\bFOR\s+(NO\s+KEY\s+|KEY\s+)?(UPDATE|SHARE)\b", re.IGNORECASE)
"""A SELECT that locks rows (what an edit reads its row with, app.services.common) asks
for the right to change them: refused, it is a login that may only read."""


def _is_read(statement: str | None) -> bool:
    words = (statement or "").lstrip().split(None, 1)
    reads = bool(words) and words[0].upper() in ("SELECT", "WITH", "SHOW")
    return reads and not _LOCKING.search(statement or "")
