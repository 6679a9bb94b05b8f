"""What every service does the same way: fetch or fail, check versions, flush safely."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ConflictError, NotFoundError, ServiceError
from app.messages import translate
from models import round_trips
from models.base import Archivable, Base
from models.types import INTEGER_MAX, INTEGER_MIN

T = TypeVar("T", bound=Base)


def is_id(key: object) -> bool:
    """Whether `key` can be a row's id: a whole number in the INTEGER range (PostgreSQL
    refuses to even compare an id column with 10^30)."""
    return isinstance(key, int) and not isinstance(key, bool) and INTEGER_MIN <= key <= INTEGER_MAX


def get_or_fail(session: Session, model: type[T], key: int, label: str) -> T:
    obj = session.get(model, key) if is_id(key) else None
    if obj is None:
        raise NotFoundError(label, key)
    return obj


def get_for_update(
    session: Session, model: type[T], key: int, label: str, expected_version: int | None
) -> T:
    """The row to change, locked for the transaction (SELECT ... FOR UPDATE, read afresh),
    refused when the copy edited is older (check_version); then held (hold)."""
    obj = (
        session.get(model, key, with_for_update={"of": model}, populate_existing=True)
        if is_id(key)
        else None
    )
    if obj is None:
        raise NotFoundError(label, key)
    check_version(obj, expected_version, label)
    hold(session, obj)
    return obj


def hold(session: Session, obj: Any) -> None:
    """`obj` was read FOR UPDATE and is what the edit was made on: its version-checked
    UPDATE goes out with the COMMIT on PostgreSQL (models.round_trips.row_held), one
    wait fewer for every save on a far server."""
    round_trips.row_held(session.connection(), obj.__table__.name, obj.id, obj.version)


def check_version(obj: Any, expected: int | None, label: str) -> None:
    """Refuse an edit made on a copy older than the row (optimistic locking)."""
    if expected is not None and obj.version != expected:
        raise ConflictError(label, obj.id, expected, obj.version)


def apply_changes(obj: Base, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set attributes; return {field: (old, new)} for those that really changed."""
    changed: dict[str, tuple[Any, Any]] = {}
    for key, value in values.items():
        old = getattr(obj, key)
        if old != value:
            setattr(obj, key, value)
            changed[key] = (old, value)
    return changed


def current_values(obj: Base) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in sa_inspect(obj).mapper.column_attrs}


def flush(session: Session, label: str, obj: Any = None) -> None:
    """Flush now so database refusals surface here, as readable errors."""
    # Read before the flush: a failed flush inside a transaction rolls it back and
    # expires `obj`, and reading its attributes then raises instead of telling why.
    seen = sa_inspect(obj).dict if obj is not None else {}
    key, version = seen.get("id", "?"), seen.get("version", 0)
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(label, key, version, None) from None
    except IntegrityError as exc:
        raise ServiceError(
            translate("Errors", "{entity} could not be saved: {reason}").format(
                entity=label, reason=_integrity_reason(exc)
            )
        ) from None


def _integrity_reason(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "unique" in text or "duplicate" in text:
        return translate("Errors", "another record already has the same value")
    if "foreign key" in text:
        return translate(
            "Errors", "it refers to a record that does not exist, or others still refer to it"
        )
    if "check" in text:
        return translate("Errors", "a value is out of range")
    if "not null" in text or "null value" in text:
        return translate("Errors", "a required value is missing")
    return translate("Errors", "the database refused it")


A = TypeVar("A", bound=Archivable)


def set_archived(
    session: Session,
    model: type[A],
    key: int,
    archived: bool,
    label: str,
    expected_version: int | None = None,
) -> A:
    """Archive (soft-delete) or restore one row, refusing a stale copy."""
    obj = get_for_update(session, model, key, label, expected_version)  # type: ignore[type-var]
    obj.archived_at = datetime.now(UTC) if archived else None
    flush(session, label, obj)
    return obj


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with %, _ and \\ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
