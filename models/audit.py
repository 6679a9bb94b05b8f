"""The audit log: who changed what, when, on every record that carries the audit stamps.

One row per created or deleted record and one per changed column of an update. Rows are
gathered by mapper events while the ORM flushes (where old and new values are both still
known and new records have their ids) and written in one executemany when the flush ends,
so an edit of many records costs one extra statement, not one per change.

Bulk Core writes (app.services.bulk, used by the importer for new suppliers) bypass the ORM and
write nothing here: their import rows (models.import_batch.ImportRow) say what they did,
and app.queries.record_history merges both.

Who: on SQLite, the session's actor (the OS user). On PostgreSQL the client's word is not
taken: a trigger (migration 0006) writes the server login (`session_user`) into every
row's created_by / updated_by and into `actor` here, for ORM, Core and COPY writes alike,
and keeps created_by as it was on an update. Only a copy of a whole database by the
tables' owner keeps the names its rows carry (keep_stamps).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, Index, String, Text, event, insert, inspect, text
from sqlalchemy.orm import Mapped, Mapper, Session, UOWTransaction, mapped_column, object_session

from models.base import ACTOR_CHARS, Audited, Base, enum_column
from models.engine import ACTOR_KEY
from models.round_trips import ANSWER_NOT_AWAITED
from models.types import UTCDateTime, intpk, utcnow

IMPORT_BATCH_KEY = "import_batch_id"
"""`session.info[IMPORT_BATCH_KEY]`: the import batch the session's changes come from."""

UNDO_BATCH_KEY = "undo_batch_id"
"""`session.info[UNDO_BATCH_KEY]`: the import batch the session's changes undo."""

KEEP_STAMPS_SETTING = "supplier_desk.keep_stamps"
"""PostgreSQL setting read by the 0006 triggers: 'on' (for a login that owns the table)
leaves created_by / updated_by / actor as written."""

MAX_VALUE_CHARS = 2000
"""Longer values (notes) are cut here with an ellipsis: enough to see what changed."""

SKIPPED_COLUMNS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "version",
        "search_text",
        "name_key",
        "tax_id_key",
        "key",
    }
)
"""Stamps and derived keys: they change with every real change and tell nothing new."""

PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "contacts": (("suppliers", "supplier_id"),),
    "supplier_certifications": (("suppliers", "supplier_id"),),
    "offers": (("negotiations", "negotiation_id"),),
    "shipment_documents": (("shipments", "shipment_id"),),
    "activities": (
        ("suppliers", "supplier_id"),
        ("negotiations", "negotiation_id"),
        ("shipments", "shipment_id"),
    ),
}
"""The record a child row's history is shown with: a contact's changes in its supplier's."""

LABEL_COLUMNS = ("name", "title", "reference", "subject", "file_name", "kind")
"""The first of these a record has names it in a create or delete entry."""

UNAUDITED_TABLES = frozenset({"import_batches", "import_mappings"})
"""The importer's own records: they are a log already."""

_PENDING = "_audit_pending"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    DELETE = "delete"
    IMPORT = "import"
    UNDO = "undo"


class AuditEntry(Base):
    """One change: a record created or deleted (field None), or one column changed."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),
        Index("ix_audit_log_parent_entity_parent_id", "parent_entity", "parent_id"),
        Index("ix_audit_log_at", "at"),
    )

    id: Mapped[intpk]
    entity: Mapped[str] = mapped_column(String(30))
    """Table name: suppliers, contacts, negotiations, offers, shipments..."""
    entity_id: Mapped[int]
    parent_entity: Mapped[str | None] = mapped_column(String(30))
    """For a child record (contact, certification, offer, document, note): its owner's table."""
    parent_id: Mapped[int | None]
    action: Mapped[AuditAction] = enum_column(AuditAction)
    field: Mapped[str | None] = mapped_column(String(60))
    """The column changed; None for a create or delete."""
    old_value: Mapped[str | None] = mapped_column(Text)
    """Before the change; for a delete, the record's name."""
    new_value: Mapped[str | None] = mapped_column(Text)
    """After the change; for a create, the record's name."""
    actor: Mapped[str | None] = mapped_column(String(ACTOR_CHARS))
    """Who: the PostgreSQL login (set by the server's trigger), the OS user on SQLite."""
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    batch_id: Mapped[int | None]
    """The import batch the change came from (no foreign key: history outlives batches)."""

    def __repr__(self) -> str:
        return f"<AuditEntry {self.entity} {self.entity_id} {self.action} {self.field}>"


def server_login(bind: Engine | Connection) -> str | None:
    """The login PostgreSQL records as "who" for this connection (`session_user`), or
    None on SQLite, where the session's actor is recorded as given."""
    if bind.dialect.name != "postgresql":
        return None
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            return server_login(connection)
    login = bind.execute(text("SELECT session_user")).scalar()
    return str(login) if login is not None else None


def keep_stamps(connection: Connection) -> None:
    """Rows written in the rest of this transaction keep the created_by, updated_by and
    actor they carry (`db copy`): honoured on PostgreSQL for a login that owns the tables
    (who could switch the triggers off anyway); for anyone else the triggers still write
    the login. Nothing to do on SQLite."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT set_config(:name, 'on', true)"), {"name": KEEP_STAMPS_SETTING}
        )


def value_text(value: Any) -> str | None:
    """A column value as the plain text the log keeps."""
    if value is None:
        return None
    if isinstance(value, StrEnum):
        text = str(value.value)
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, datetime | date):
        text = value.isoformat()
    elif isinstance(value, Decimal):
        text = str(value)
    else:
        text = str(value)
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1] + "…"
    return text


def record_label(obj: Any) -> str | None:
    for column in LABEL_COLUMNS:
        value = getattr(obj, column, None)
        if value is not None:
            return value_text(value)
    return None


def _parent(table: str, obj: Any) -> tuple[str | None, int | None]:
    for parent_table, column in PARENTS.get(table, ()):
        parent_id = getattr(obj, column, None)
        if parent_id is not None:
            return parent_table, parent_id
    return None, None


def _base_row(session: Session, table: str, obj: Any) -> dict[str, Any]:
    parent_entity, parent_id = _parent(table, obj)
    undo = session.info.get(UNDO_BATCH_KEY)
    batch = undo if undo is not None else session.info.get(IMPORT_BATCH_KEY)
    return {
        "entity": table,
        "entity_id": obj.id,
        "parent_entity": parent_entity,
        "parent_id": parent_id,
        "actor": session.info.get(ACTOR_KEY) or getattr(obj, "updated_by", None),
        "at": session.info.get("_audit_now") or utcnow(),
        "batch_id": batch,
        "field": None,
        "old_value": None,
        "new_value": None,
    }


def _pending(session: Session) -> list[dict[str, Any]]:
    pending: list[dict[str, Any]] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
    return pending


def _source_action(session: Session, default: AuditAction) -> AuditAction:
    if session.info.get(UNDO_BATCH_KEY) is not None:
        return AuditAction.UNDO
    if session.info.get(IMPORT_BATCH_KEY) is not None:
        return AuditAction.IMPORT
    return default


def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _log_whole_record(mapper, target, AuditAction.CREATE, "new_value")


def _after_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _log_whole_record(mapper, target, AuditAction.DELETE, "old_value")


def _log_whole_record(mapper: Mapper[Any], target: Any, action: AuditAction, side: str) -> None:
    """One row for a record created or deleted, its label on the `side` it appears."""
    session = object_session(target)
    if session is None or mapper.local_table.name in UNAUDITED_TABLES:  # type: ignore[attr-defined]
        return
    row = _base_row(session, mapper.local_table.name, target)  # type: ignore[attr-defined]
    row["action"] = _source_action(session, action)
    row[side] = record_label(target)
    _pending(session).append(row)


def _after_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    session = object_session(target)
    if session is None or mapper.local_table.name in UNAUDITED_TABLES:  # type: ignore[attr-defined]
        return
    state = inspect(target)
    changed = state.committed_state  # the attributes set since load, with their old values
    if not changed:
        return
    rows = _pending(session)
    base: dict[str, Any] | None = None
    columns = mapper.column_attrs
    for key in list(changed):
        if key in SKIPPED_COLUMNS or key not in columns:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        old_text, new_text = value_text(old), value_text(new)
        if old_text == new_text:
            continue
        if base is None:
            base = _base_row(session, mapper.local_table.name, target)  # type: ignore[attr-defined]
        row = dict(base, field=key, old_value=old_text, new_value=new_text)
        if key == "archived_at" and (old is None) != (new is None):
            row["action"] = _source_action(
                session, AuditAction.ARCHIVE if old is None else AuditAction.RESTORE
            )
        else:
            row["action"] = _source_action(session, AuditAction.UPDATE)
        rows.append(row)


def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    # One time for the whole flush: its entries sort together, and utcnow is not free.
    session.info["_audit_now"] = utcnow()
    session.info.pop(_PENDING, None)  # left over by a flush that failed


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    session.info.pop("_audit_now", None)
    rows = session.info.pop(_PENDING, None)
    if rows:
        # inline(): no id is read back (not even for one row, which would otherwise ask
        # for RETURNING), so nobody waits for the answer, and on PostgreSQL it goes out
        # with the COMMIT (models.round_trips)
        statement = insert(AuditEntry).inline()
        session.connection().execute(
            statement.execution_options(**{ANSWER_NOT_AWAITED: True}), rows
        )


def _forget(session: Session, *args: Any) -> None:
    # A rollback also ends an import or undo that failed before it could clear its key.
    for key in (_PENDING, "_audit_now", IMPORT_BATCH_KEY, UNDO_BATCH_KEY):
        session.info.pop(key, None)


event.listen(Audited, "after_insert", _after_insert, propagate=True)
event.listen(Audited, "after_update", _after_update, propagate=True)
event.listen(Audited, "after_delete", _after_delete, propagate=True)
event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "after_rollback", _forget)
