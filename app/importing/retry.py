"""An import run again when another import (or a user) got to the same records first.

Two people importing overlapping lists at the same moment both preview against a
database that has neither's suppliers: both plan to create the supplier with tax id X
in Mexico. The second commit then hits the (country, tax_id_key) unique constraint
(PostgreSQL makes it wait for the first and then refuses it). Its transaction rolls
back whole; run again, the preview finds the supplier the first import created and
matches it instead of creating it. The same holds for a product both files name, the
mapping both save, a matched supplier someone updated meanwhile (stale version) and a
deadlock between the two transactions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ServiceError
from app.importing.batch import CommitResult
from app.importing.commit import commit_in_transaction
from app.importing.plan import ImportOptions, Preview, Progress
from app.importing.preview import build_preview
from app.messages import translate
from app.store.database import Database

RACE_CONSTRAINTS = {
    "uq_suppliers_country_tax_id_key": "suppliers.country, suppliers.tax_id_key",
    "uq_products_key": "products.key",
    "uq_import_mappings_target_signature": "import_mappings.target, import_mappings.signature",
}
"""Unique constraints another import can win the race for: PostgreSQL's name and the
columns SQLite's message lists."""

RETRY_SQLSTATES = {"40P01", "40001"}
"""Deadlock detected, serialization failure: PostgreSQL asks to run the transaction again."""


class ImportRaceError(ServiceError):
    """The import lost the race to other writers on every attempt; nothing was imported."""


@dataclass
class ImportOutcome:
    preview: Preview
    """The preview that was committed (the last attempt's)."""
    result: CommitResult | None
    """None for a dry run."""
    attempts: int


def import_with_retry(
    database: Database,
    path: Path,
    options: ImportOptions | None = None,
    attempts: int = 3,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Preview `path` and commit it in one transaction; when the commit loses a race
    (`lost_race`), roll back and do both again, up to `attempts` times in all."""
    for attempt in range(1, attempts + 1):
        with database.sessions() as session:
            preview = build_preview(session, path, options, progress=progress, cancel=cancel)
        if dry_run:
            return ImportOutcome(preview, None, attempt)
        try:
            result = commit_in_transaction(database, preview, progress=progress, cancel=cancel)
        except BaseException as exc:
            if not isinstance(exc, Exception) or not lost_race(exc):
                preview.close()  # its rows' temporary file: nothing will show it
                raise
            preview.close()
            continue
        return ImportOutcome(preview, result, attempt)
    raise ImportRaceError(
        translate(
            "Importing",
            "{file}: other imports kept changing the same suppliers; tried {attempts} times, "
            "nothing was imported (import it again)",
        ).format(file=Path(path).name, attempts=attempts)
    )


def lost_race(exc: BaseException) -> bool:
    """Whether `exc` (or what it was raised from) says another writer got there first."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StaleDataError):
            return True
        if isinstance(current, IntegrityError) and _race_constraint(current):
            return True
        if isinstance(current, DBAPIError) and _sqlstate(current) in RETRY_SQLSTATES:
            return True
        current = current.__cause__ or current.__context__
    return False


def _race_constraint(exc: IntegrityError) -> bool:
    diag = getattr(exc.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    if name is not None:
        return name in RACE_CONSTRAINTS
    text = str(exc.orig)
    return any(f"UNIQUE constraint failed: {cols}" in text for cols in RACE_CONSTRAINTS.values())


def _sqlstate(exc: DBAPIError) -> str | None:
    state = getattr(exc.orig, "sqlstate", None)
    return state if isinstance(state, str) else None
