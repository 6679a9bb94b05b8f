"""Copies of the SQLite file, made with SQLite's online backup API (safe while in use).

Kept in a `backups` folder beside the database, newest ten kept. PostgreSQL
databases are backed up by their server's tools, not here.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.errors import ServiceError
from app.messages import translate
from models.engine import connect_read_only, sqlite_file_contents

KEEP = 10
SUFFIX = ".sqlite3"


COPY_PAGES = 4096
"""Pages copied at a time when the copy can be cancelled (16 MB of 4 KB pages): between
steps the Cancel is read (the window quitting stops its daily backup within a moment)."""

Cancel = Callable[[], bool]


class BackupError(ServiceError):
    pass


class BackupCancelledError(BackupError):
    """The copy was stopped (the application quitting); no backup file was left."""


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


def _copy(source: sqlite3.Connection, target_path: Path, cancel: Cancel | None = None) -> None:
    target_path.parent.mkdir(parents=True, exist_ok=True)
    partial = target_path.with_name(target_path.name + ".partial")
    target = sqlite3.connect(partial)

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if cancel is not None and cancel():
            raise BackupCancelledError(translate("Store", "the backup was stopped"))

    try:
        if cancel is None:
            source.backup(target)
        else:  # a raise from progress ends the copy (sqlite3's backup API)
            source.backup(target, pages=COPY_PAGES, progress=progress)
    except BackupCancelledError:
        target.close()
        partial.unlink(missing_ok=True)
        raise
    finally:
        target.close()
    partial.replace(target_path)


def backup_to(engine: Engine, target: Path, cancel: Cancel | None = None) -> Path:
    """Copy the open database to `target` (written whole, then renamed into place);
    `cancel` read between steps (BackupCancelledError, and no file, when it says so)."""
    if engine.dialect.name != "sqlite":
        raise BackupError(
            translate("Store", "backups are for SQLite files; back up PostgreSQL with pg_dump")
        )
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        _copy(connection, target, cancel)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            translate("Store", "cannot write the backup {path}: {reason}").format(
                path=target, reason=exc
            )
        ) from None
    finally:
        raw.close()
    return target


def backup_database(
    engine: Engine, database: Path, *, reason: str = "manual", cancel: Cancel | None = None
) -> Path:
    """A timestamped copy in the backups folder; only the newest KEEP are kept."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir(database) / f"{database.stem}-{stamp}-{reason}{SUFFIX}"
    backup_to(engine, target, cancel)
    prune(database)
    return target


def list_backups(database: Path) -> list[Path]:
    """Newest first. Only this database's copies: 'desk.sqlite3' does not claim the
    backups of 'desk-2025.sqlite3' kept in the same folder."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    name = re.compile(rf"{re.escape(database.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-.+{re.escape(SUFFIX)}")
    found = [p for p in folder.glob(f"{database.stem}-*{SUFFIX}") if name.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune(database: Path, keep: int = KEEP) -> None:
    for old in list_backups(database)[keep:]:
        old.unlink(missing_ok=True)


def daily_backup(engine: Engine, database: Path, cancel: Cancel | None = None) -> Path | None:
    """Back up once per calendar day (UTC): None if today's copy already exists."""
    today = datetime.now(UTC).strftime("%Y%m%d")
    if any(f"-{today}-" in p.name for p in list_backups(database)):
        return None
    return backup_database(engine, database, reason="daily", cancel=cancel)


def check_is_supplier_desk_file(path: Path) -> str:
    """The schema revision of a Supplier Desk database file; BackupError otherwise."""
    if not path.is_file():
        raise BackupError(translate("Store", "{path} does not exist").format(path=path))
    try:
        tables, revision = sqlite_file_contents(path)
    except sqlite3.DatabaseError:
        raise BackupError(
            translate("Store", "{path} is not a Supplier Desk database (not SQLite)").format(
                path=path
            )
        ) from None
    if not {"alembic_version", "suppliers", "negotiations"} <= set(tables):
        raise BackupError(
            translate("Store", "{path} is not a Supplier Desk database").format(path=path)
        )
    if revision is None:
        raise BackupError(
            translate("Store", "{path} is not a Supplier Desk database (no schema version)").format(
                path=path
            )
        )
    return revision


def restore(engine: Engine, database: Path, source: Path) -> Path:
    """Replace the database's content with `source`, after backing up the current file.

    Returns the path of that safety backup. The caller upgrades the schema afterwards.
    """
    from models import schema

    revision = check_is_supplier_desk_file(source)
    if revision not in schema.all_revisions():
        raise BackupError(
            translate("Store", "{where}: {reason}").format(
                where=source, reason=schema.unknown_revision(revision)
            )
        )
    safety = backup_database(engine, database, reason="before-restore")
    engine.dispose()
    try:
        with (
            closing(connect_read_only(source)) as src,
            closing(sqlite3.connect(database)) as target,
        ):
            src.backup(target)
    except sqlite3.Error as exc:
        raise BackupError(
            translate("Store", "restore failed, the database is unchanged: {reason}").format(
                reason=exc
            )
        ) from None
    return safety
