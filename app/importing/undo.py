"""Undo an import, also days later: delete what it created and put back what it changed,
except records edited since (their version moved on), which are kept and reported."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ServiceError
from app.importing.batch import IMPORT_ROWS
from app.importing.plan import ImportCancelledError, Progress, heartbeat
from app.messages import Message, translate
from app.store.database import Database
from app.store.live import CHANGED_TABLES
from models import (
    Activity,
    Contact,
    ImportAction,
    ImportBatch,
    ImportStatus,
    Negotiation,
    NegotiationStage,
    Offer,
    Product,
    Supplier,
    SupplierCertification,
    SupplierKind,
    SupplierStatus,
    supplier_products,
    supplier_tags,
)
from models.audit import UNDO_BATCH_KEY
from models.base import Base
from models.search_index import deferred_indexing, unindex_suppliers

CHUNK = 500
MODELS: dict[str, type[Base]] = {
    "offers": Offer,
    "certifications": SupplierCertification,
    "contacts": Contact,
    "negotiations": Negotiation,
    "suppliers": Supplier,
    "products": Product,
}
"""In the order undo handles them: what refers to others goes first."""
LABELS = {
    "offers": translate("Importing", "Offer"),
    "certifications": translate("Importing", "Certification"),
    "contacts": translate("Importing", "Contact"),
    "negotiations": translate("Importing", "Negotiation"),
    "suppliers": translate("Importing", "Supplier"),
    "products": translate("Importing", "Product"),
}
ENUMS: dict[str, type[StrEnum]] = {
    "kind": SupplierKind,
    "status": SupplierStatus,
    "stage": NegotiationStage,
}


class UndoError(ServiceError):
    pass


@dataclass
class UndoResult:
    batch_id: int
    reverted: int = 0
    kept: list[str] = field(default_factory=list)
    """Records left as they are, each with the reason (edited or used since)."""


class _Steps:
    """Progress over every record of the batch, and the user's Cancel."""

    def __init__(
        self, total: int, progress: Progress | None, cancel: Callable[[], bool] | None
    ) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancel = progress, cancel

    def advance(self, count: int) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelledError
        self.done += count
        if self.progress is not None:
            self.progress("Undoing the import", self.done, self.total)


def undo_batch(
    session: Session,
    batch_id: int,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> UndoResult:
    """Revert import `batch_id` in the caller's transaction (all or nothing: on Cancel,
    ImportCancelledError, and the caller rolls back)."""
    with heartbeat(progress) as beating:
        return _undo(session, batch_id, beating, cancel)


def undo_in_transaction(
    database: Database,
    batch_id: int,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> UndoResult:
    """undo_batch in a transaction of its own, a large one (Database.transaction)."""
    with database.transaction(large=True) as session:
        return undo_batch(session, batch_id, progress=progress, cancel=cancel)


def _undo(
    session: Session,
    batch_id: int,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> UndoResult:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError("Import", batch_id)
    if batch.status == ImportStatus.UNDONE:
        when = (
            batch.undone_at.strftime("%Y-%m-%d %H:%M")
            if batch.undone_at
            else translate("Importing", "earlier")
        )
        raise UndoError(
            translate("Importing", "Import {batch} ({file}) was already undone ({when})").format(
                batch=batch_id, file=batch.file_name, when=when
            )
        )
    result = UndoResult(batch_id)
    # Plain rows, not ORM objects: 100,000 of those took 1.5 s to build and expire.
    rows: Sequence[Any] = session.execute(
        select(*IMPORT_ROWS.c)
        .where(IMPORT_ROWS.c.batch_id == batch_id)
        .order_by(IMPORT_ROWS.c.id.desc())
    ).all()
    steps = _Steps(len(rows), progress, cancel)
    session.info[UNDO_BATCH_KEY] = batch_id  # restored fields are logged as this undo
    # Deleted with Core statements, which the ORM's change announcement cannot see.
    session.info.setdefault(CHANGED_TABLES, set()).update(MODELS)
    by_entity: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_entity[row.entity].append(row)
    for entity in MODELS:
        entity_rows = by_entity.get(entity, [])
        updated = [r for r in entity_rows if r.action == ImportAction.UPDATED]
        created = [r for r in entity_rows if r.action == ImportAction.CREATED]
        _restore_updated(session, entity, updated, result, steps)
        _delete_created(session, entity, created, result, steps)
    batch.status = ImportStatus.UNDONE
    batch.undone_at = datetime.now(UTC)
    session.flush()
    session.info.pop(UNDO_BATCH_KEY, None)
    return result


def _restore_updated(
    session: Session, entity: str, rows: Sequence[Any], result: UndoResult, steps: _Steps
) -> None:
    """Put back the values before the import. A record the import changed several times
    (two rows naming one supplier) is checked against its last version and gets its
    earliest values back."""
    model = MODELS[entity]
    by_record: dict[int, list[Any]] = defaultdict(list)
    for row in rows:  # newest first
        by_record[row.entity_id].append(row)
    for n, (entity_id, changes) in enumerate(by_record.items()):
        if n % 200 == 0:
            steps.advance(0)
        steps.done += len(changes)
        latest = changes[0]
        obj: Any = session.get(model, entity_id)
        if obj is None:
            result.kept.append(
                translate("Importing", "{record} {id}{row}: deleted since").format(
                    record=LABELS[entity], id=entity_id, row=_at(latest)
                )
            )
            continue
        if obj.version != latest.version_after:
            result.kept.append(
                _edited().format(record=LABELS[entity], name=_name(obj), row=_at(latest))
            )
            continue
        for change in changes:
            _put_back(session, obj, change.previous or {})
        result.reverted += 1
    session.flush()


def _put_back(session: Session, obj: Any, previous: dict[str, Any]) -> None:
    for attr, value in previous.items():
        if attr == "_product_ids":
            obj.products = list(session.scalars(select(Product).where(Product.id.in_(value))))
        elif attr in ENUMS and value is not None:
            setattr(obj, attr, ENUMS[attr](value))
        else:
            setattr(obj, attr, value)


def _delete_created(
    session: Session, entity: str, rows: Sequence[Any], result: UndoResult, steps: _Steps
) -> None:
    if not rows:
        return
    model: Any = MODELS[entity]
    table: Table = model.__table__
    session.flush()
    if entity == "suppliers":
        # The search index lets go of them a chunk at a time, not one trigger call each.
        with deferred_indexing(session.connection()):
            _delete_chunks(session, entity, table, rows, result, steps)
    else:
        _delete_chunks(session, entity, table, rows, result, steps)


def _delete_chunks(
    session: Session,
    entity: str,
    table: Table,
    rows: Sequence[Any],
    result: UndoResult,
    steps: _Steps,
) -> None:
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        steps.advance(len(chunk))
        ids = [r.entity_id for r in chunk]
        current = {
            i: (v, n)
            for i, v, n in session.execute(
                select(table.c.id, table.c.version, _name_column(table)).where(table.c.id.in_(ids))
            )
        }
        used = _used_since(session, entity, ids)
        doomed = []
        for row in chunk:
            if row.entity_id not in current:
                continue  # deleted since: nothing to undo
            version, name = current[row.entity_id]
            if version != row.version_after:
                result.kept.append(_edited().format(record=LABELS[entity], name=name, row=_at(row)))
            elif row.entity_id in used:
                if entity != "products":  # a product others use now simply stays
                    result.kept.append(
                        translate("Importing", "{record} '{name}'{row}: {reason}, kept").format(
                            record=LABELS[entity],
                            name=name,
                            row=_at(row),
                            reason=used[row.entity_id],
                        )
                    )
            else:
                doomed.append(row.entity_id)
        if doomed:
            if entity == "suppliers":
                unindex_suppliers(session.connection(), doomed)
            session.execute(delete(table).where(table.c.id.in_(doomed)))
            result.reverted += len(doomed)
    session.expire_all()


def _used_since(session: Session, entity: str, ids: list[int]) -> dict[int, str]:
    """Records that gained dependants after the import (deleting would take them along)."""
    used: dict[int, str] = {}
    if entity == "suppliers":
        checks: list[tuple[Any, str]] = [
            (Negotiation.supplier_id, translate("Importing", "has negotiations added since")),
            (Activity.supplier_id, translate("Importing", "has notes or follow-ups added since")),
            (
                SupplierCertification.supplier_id,
                translate("Importing", "has certifications added since"),
            ),
            (supplier_tags.c.supplier_id, translate("Importing", "has tags added since")),
        ]
    elif entity == "negotiations":
        checks = [(Offer.negotiation_id, translate("Importing", "has offers added since"))]
    elif entity == "products":
        checks = [
            (Negotiation.product_id, translate("Importing", "is used by a negotiation")),
            (supplier_products.c.product_id, translate("Importing", "is sold by a supplier")),
        ]
    else:
        return used
    for column, reason in checks:
        for (key,) in session.execute(select(column).where(column.in_(ids)).distinct()):
            used.setdefault(key, reason)
    return used


def _name_column(table: Table) -> Any:
    for name in ("name", "title", "kind"):
        if name in table.c:
            return table.c[name]
    return table.c.id


def _name(obj: Any) -> str:
    return str(getattr(obj, "name", None) or getattr(obj, "title", None) or obj.id)


def _at(row: Any) -> str:
    if not row.source_row:
        return ""
    return translate("Importing", " (row {row})").format(row=row.source_row)


def _edited() -> Message:
    return translate("Importing", "{record} '{name}'{row}: edited since the import, kept")
