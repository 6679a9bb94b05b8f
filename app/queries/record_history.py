"""A record's history, newest first: the audit log merged with what imports did to it.

The audit log (models.audit) has every ORM change; suppliers created by an import's bulk
insert left no audit row, only an import row (models.ImportRow), so those are read too
and shown as "created by import 12 (file.xlsx)". A supplier's history includes its
contacts', certifications' and notes' changes, labelled with the child's name; a
negotiation's its offers'; a shipment's its documents'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Interval, and_, literal, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ServiceError
from app.messages import Message, translate
from app.queries.batched import AnyRow, AnySelect, fetch_together
from app.rules.vocabulary import label
from models import (
    Activity,
    AuditAction,
    AuditEntry,
    Contact,
    ImportAction,
    ImportBatch,
    ImportRow,
    ImportStatus,
    Negotiation,
    Offer,
    Product,
    Shipment,
    ShipmentDocument,
    Supplier,
    SupplierCertification,
)
from models.audit import LABEL_COLUMNS, PARENTS, value_text

ENTITIES: dict[str, str] = {
    "supplier": "suppliers",
    "negotiation": "negotiations",
    "shipment": "shipments",
    "contact": "contacts",
    "offer": "offers",
    "product": "products",
    "certification": "supplier_certifications",
    "document": "shipment_documents",
    "activity": "activities",
}
"""The names callers use, and the table each one's rows are logged under."""

MODELS: dict[str, Any] = {
    "suppliers": Supplier,
    "negotiations": Negotiation,
    "shipments": Shipment,
    "contacts": Contact,
    "offers": Offer,
    "products": Product,
    "supplier_certifications": SupplierCertification,
    "shipment_documents": ShipmentDocument,
    "activities": Activity,
}

SUBJECTS = {
    "suppliers": translate("History", "Supplier"),
    "negotiations": translate("History", "Negotiation"),
    "shipments": translate("History", "Shipment"),
    "contacts": translate("History", "Contact"),
    "offers": translate("History", "Offer"),
    "products": translate("History", "Product"),
    "supplier_certifications": translate("History", "Certification"),
    "shipment_documents": translate("History", "Document"),
    "activities": translate("History", "Note"),
}

FIELD_LABELS = {
    "tax_id": translate("History", "Tax id"),
    "archived_at": translate("History", "Archived"),
    "is_primary": translate("History", "Primary contact"),
    "kind": translate("History", "Type"),
    "etd": translate("History", "ETD"),
    "eta": translate("History", "ETA"),
    "atd": translate("History", "ATD"),
    "ata": translate("History", "ATA"),
    "container_no": translate("History", "Container"),
    "seal_no": translate("History", "Seal"),
    "transport_doc_no": translate("History", "B/L or AWB"),
    "reefer_setpoint_c": translate("History", "Reefer set-point (°C)"),
    "wechat": translate("History", "WeChat"),
    "whatsapp": translate("History", "WhatsApp"),
    "product_id": translate("History", "Product"),
    "supplier_id": translate("History", "Supplier"),
    "_product_ids": translate("History", "Products"),
}


class HistoryError(ServiceError):
    """The history asked for cannot be given (unknown kind of record)."""


def field_label(field: str, table: str | None = None) -> str:
    """A changed field's label: as named above, else as the record's form labels it
    ('grade' of a deal: 'Grade / size'), else its name in the "Fields" context (the
    window finds each one's translation among the form labels)."""
    return (
        FIELD_LABELS.get(field)
        or _form_labels().get((table or "", field))
        or Message("Fields", field.replace("_", " ").capitalize())
    )


@cache
def _form_labels() -> dict[tuple[str, str], str]:
    """(table, field) -> the label the record's form shows the field under."""
    from app.services import (
        activities,
        compliance,
        contacts,
        negotiations,
        products,
        shipments,
        suppliers,
    )

    specs = {
        "suppliers": [suppliers.SUPPLIER_FIELDS],
        "negotiations": [negotiations.NEGOTIATION_FIELDS],
        "offers": [negotiations.OFFER_FIELDS],
        "shipments": [shipments.SHIPMENT_FIELDS],
        "shipment_documents": [shipments.DOCUMENT_FIELDS],
        "contacts": [contacts.CONTACT_FIELDS],
        "products": [products.PRODUCT_FIELDS],
        "supplier_certifications": [suppliers.CERTIFICATION_FIELDS, compliance.REGISTRATION_FIELDS],
        "activities": [activities.ACTIVITY_FIELDS],
    }
    return {
        (table, name): field.label
        for table, forms in specs.items()
        for spec in forms
        for name, field in spec.fields.items()
    }


@cache
def _enums() -> dict[tuple[str, str], type[StrEnum]]:
    """(table, column) -> the StrEnum its values belong to: 'on_hold' is shown 'On hold'."""
    found = {}
    for table, model in MODELS.items():
        for column in model.__table__.columns:
            enum_class = getattr(column.type, "enum_class", None)
            if enum_class is not None and issubclass(enum_class, StrEnum):
                found[(table, column.name)] = enum_class
    return found


def shown_value(table: str, field: str, value: str | None) -> str | None:
    """A logged value as the forms show it (vocabulary words by their label)."""
    enum_class = _enums().get((table, field))
    if value is None or enum_class is None:
        return value
    try:
        return label(enum_class(value))
    except ValueError:  # a word no longer in the vocabulary: shown as stored
        return value


def _columns(model: Any) -> Any:
    """The columns of `model`'s table: the statements here name those, not the ORM's
    attributes, and compile without the ORM's step (a quarter of the time: app.queries.
    batched compiles every statement it sends)."""
    return model.__table__.c


def _name_columns(model: Any) -> list[Any]:
    """The columns _record_name reads of a record of `model`."""
    columns = _columns(model)
    if model is Offer:
        return [columns.side, columns.currency, columns.price, columns.price_unit]
    return [columns[name] for name in LABEL_COLUMNS if name in columns]


def _record_name(table: str, obj: Any) -> str | None:
    """A record's name in its history: `obj` has the columns _name_columns gives."""
    if table == "offers":
        price = f"{obj.currency} {obj.price:.2f}/{obj.price_unit}"  # Offer.unit_price_label
        return translate("History", "{side} {price}").format(side=label(obj.side), price=price)
    for column in LABEL_COLUMNS:
        value = getattr(obj, column, None)
        if value is not None:
            return label(value) if isinstance(value, StrEnum) else value_text(value)
    return None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str | None
    action: str
    """One of models.AuditAction's values."""
    entity: str
    """Table name of the record changed: the record itself or one of its children."""
    entity_id: int
    subject: str
    """'' for the record itself, else the child: "Contact 'José Pérez'"."""
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    batch_id: int | None = None
    batch_file: str | None = None

    @property
    def change(self) -> str:
        """What happened, in one line: "City: Uruapan → Tancítaro", "created"..."""
        return self._change(capital=False)

    def _change(self, *, capital: bool) -> str:
        """The change; with `capital`, as a line of its own starts ("Created", "Import 3
        undone"): each a sentence of its own, so that every language words it."""
        source = ""
        if self.batch_id is not None:
            if self.batch_file:
                source = translate("History", "import {batch} ({file})").format(
                    batch=self.batch_id, file=self.batch_file
                )
            else:
                source = translate("History", "import {batch}").format(batch=self.batch_id)
        if self.field is not None:
            empty = translate("History", "(empty)")
            old = self.old_value if self.old_value is not None else empty
            new = self.new_value if self.new_value is not None else empty
            text = translate("History", "{field}: {old} → {new}").format(
                field=field_label(self.field, self.entity), old=old, new=new
            )
            if self.action == AuditAction.ARCHIVE:
                text = (
                    translate("History", "Archived")
                    if capital
                    else translate(
                        "History",
                        "archived",
                    )
                )
            elif self.action == AuditAction.RESTORE:
                text = (
                    translate("History", "Restored")
                    if capital
                    else translate(
                        "History",
                        "restored",
                    )
                )
            if self.action == AuditAction.UNDO and source:
                return translate("History", "{change} (undo of {source})").format(
                    change=text, source=source
                )
            if source:
                return translate("History", "{change} (by {source})").format(
                    change=text, source=source
                )
            return text
        if capital:
            words = {
                AuditAction.CREATE: translate("History", "Created"),
                AuditAction.DELETE: translate("History", "Deleted"),
                AuditAction.IMPORT: translate("History", "Created"),
                AuditAction.UPDATE: translate("History", "Updated"),
                AuditAction.UNDO: translate("History", "Undone"),
            }
        else:
            words = {
                AuditAction.CREATE: translate("History", "created"),
                AuditAction.DELETE: translate("History", "deleted"),
                AuditAction.IMPORT: translate("History", "created"),
                AuditAction.UPDATE: translate("History", "updated"),
                AuditAction.UNDO: translate("History", "undone"),
            }
        word: str = words.get(AuditAction(self.action), self.action)
        if capital and word == self.action:
            word = word[:1].upper() + word[1:]
        if self.action == AuditAction.UNDO and self.batch_id is not None:
            undone = (
                translate("History", "Import {batch} ({file}) undone")
                if self.batch_file
                else translate("History", "Import {batch} undone")
            )
            if not capital:
                undone = (
                    translate("History", "import {batch} ({file}) undone")
                    if self.batch_file
                    else translate("History", "import {batch} undone")
                )
            return undone.format(batch=self.batch_id, file=self.batch_file)
        if self.action == AuditAction.DELETE and source:
            deleted = (
                translate("History", "Deleted (undo of {source})")
                if capital
                else translate("History", "deleted (undo of {source})")
            )
            return deleted.format(source=source)
        if source:
            return translate("History", "{change} by {source}").format(change=word, source=source)
        return word

    @property
    def what(self) -> str:
        """The change with its subject: "Contact 'José': Email: a@x.com → b@x.com"."""
        if not self.subject:
            return self._change(capital=True)
        return translate("History", "{subject}: {change}").format(
            subject=self.subject, change=self.change
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        data["what"] = self.what
        return data


def table_for(entity: str) -> str:
    table = ENTITIES.get(entity.strip().lower().rstrip("s")) or (
        entity if entity in MODELS else None
    )
    if table is None:
        known = ", ".join(ENTITIES)
        raise HistoryError(
            translate("History", "no history is kept for {entity}; say one of: {known}").format(
                entity=repr(entity), known=known
            )
        )
    return table


def subject_of(entity: str) -> str:
    """What one record of `entity` is called in messages: 'supplier' -> 'Supplier' (the
    name the services' NotFoundError gives it)."""
    return SUBJECTS[table_for(entity)]


BIRTH_SLACK = timedelta(seconds=1)
"""A record's audit row is stamped a moment before or after its own created_at."""


def _after_birth(session: Session, table: str, entity_id: int) -> tuple[Any, Any]:
    """(when the record was made, as a statement; a condition "on or after its birth" for a
    timestamp column). On PostgreSQL the birth is a subquery of the statements it filters,
    so that all of them go out together; on SQLite (a local file, no round trips to save)
    it is read first, its date arithmetic being no SQL's."""
    record = _columns(MODELS[table])
    made = select(record.created_at).where(record.id == entity_id)
    if session.get_bind().dialect.name == "postgresql":
        birth = made.scalar_subquery()

        def after(column: Any) -> Any:
            return or_(birth.is_(None), column >= birth - literal(BIRTH_SLACK, Interval()))

        return made, after
    made_at = session.scalar(made)
    born = datetime.min.replace(tzinfo=UTC) if made_at is None else made_at - BIRTH_SLACK

    def after_born(column: Any) -> Any:
        return column >= born

    return made, after_born


def children_of(table: str) -> list[str]:
    """The tables whose rows' changes show in the history of a record of `table` (a
    supplier's contacts, certifications and notes; a negotiation's offers)."""
    return [
        child
        for child, parents in PARENTS.items()
        if child in MODELS and any(parent == table for parent, _column in parents)
    ]


@dataclass(frozen=True)
class HistoryRead:
    """The statements of one record's history, to send together (with others: the
    negotiation form sends them with its own), and what makes the entries of their rows.

    On PostgreSQL one round trip: the record's birth, its audit rows, its import rows and
    the names of its children that were ever logged under it (each child table's rows
    whose id the audit log has under this record: a subquery, so they need not wait for
    the audit rows)."""

    table: str
    entity_id: int
    limit: int
    statements: list[AnySelect]
    children: list[str]

    def entries(self, session: Session, found: Sequence[list[AnyRow]]) -> list[HistoryEntry]:
        """The history, of the rows of `statements` (in their order). `session` reads
        the names of children of a table not foreseen (none: a second round trip)."""
        born_rows, rows, imports, *named = found
        return _entries(
            session,
            self.table,
            self.entity_id,
            self.limit,
            born_rows[0][0] if born_rows else None,
            rows,
            imports,
            dict(zip(self.children, named, strict=True)),
        )

    answer = entries  # as app.queries.batched.Together names it (read_and_commit)


def history_read(session: Session, entity: str, entity_id: int, limit: int = 500) -> HistoryRead:
    """The statements of `record_history` (see there). On SQLite the record's birth is
    read here (`_after_birth`)."""
    table = table_for(entity)
    made, after_birth = _after_birth(session, table, entity_id)
    log, batch, row = _columns(AuditEntry), _columns(ImportBatch), _columns(ImportRow)
    # SQLite hands a deleted record's id to the next new one: what was logged before
    # this record was born belongs to its namesake.
    audit = (
        select(
            log.id,
            log.at,
            log.actor,
            log.action,
            log.entity,
            log.entity_id,
            log.field,
            log.old_value,
            log.new_value,
            log.batch_id,
            batch.file_name.label("batch_file"),
        )
        .outerjoin(ImportBatch.__table__, batch.id == log.batch_id)
        .where(
            or_(
                and_(log.entity == table, log.entity_id == entity_id),
                and_(log.parent_entity == table, log.parent_id == entity_id),
            ),
            after_birth(log.at),
        )
        .order_by(log.at.desc(), log.id.desc())
        .limit(limit)
    )
    imported = (
        select(
            row.action,
            row.previous,
            batch.id,
            batch.file_name,
            batch.status,
            batch.imported_at,
            batch.undone_at,
            batch.created_by,
            batch.updated_by,
        )
        .join(ImportBatch.__table__, batch.id == row.batch_id)
        .where(
            row.entity == table,
            row.entity_id == entity_id,
            or_(batch.undone_at.is_(None), after_birth(batch.undone_at)),
        )
        .order_by(row.id.desc())
        .limit(limit)
    )
    children = children_of(table)
    names = [
        select(_columns(MODELS[child]).id, *_name_columns(MODELS[child])).where(
            _columns(MODELS[child]).id.in_(
                select(log.entity_id).where(
                    log.entity == child,
                    log.parent_entity == table,
                    log.parent_id == entity_id,
                )
            )
        )
        for child in children
    ]
    return HistoryRead(table, entity_id, limit, [made, audit, imported, *names], children)


def record_history(
    session: Session, entity: str, entity_id: int, limit: int = 500
) -> list[HistoryEntry]:
    """Everything logged about one record and its children, newest first.

    A deleted record's history is all it left behind, and is shown; NotFoundError when
    there is no such record and nothing was ever logged under its id. On PostgreSQL one
    round trip (HistoryRead)."""
    read = history_read(session, entity, entity_id, limit)
    return read.entries(session, fetch_together(session, *read.statements))


def _entries(
    session: Session,
    table: str,
    entity_id: int,
    limit: int,
    made_at: datetime | None,
    rows: list[AnyRow],
    imports: list[AnyRow],
    named: dict[str, list[AnyRow]],
) -> list[HistoryEntry]:
    files = {r.batch_id: r.batch_file for r in rows if r.batch_id is not None}
    files.update((batch.id, batch.file_name) for batch in imports)
    subjects = _subjects(session, table, rows, named)
    created_at = next(
        (r.at for r in rows if (r.entity, r.entity_id) == (table, entity_id) and r.field is None),
        None,
    )
    # Children made with the record (a shipment's document checklist) are part of "Created".
    rows = [
        r
        for r in rows
        if not (
            r.entity != table
            and r.field is None
            and r.action in (AuditAction.CREATE, AuditAction.IMPORT)
            and r.at == created_at
        )
    ]
    entries = [
        HistoryEntry(
            at=r.at,
            actor=r.actor,
            action=str(r.action),
            entity=r.entity,
            entity_id=r.entity_id,
            subject=subjects.get((r.entity, r.entity_id), ""),
            field=r.field,
            old_value=shown_value(r.entity, r.field, r.old_value) if r.field else r.old_value,
            new_value=shown_value(r.entity, r.field, r.new_value) if r.field else r.new_value,
            batch_id=r.batch_id,
            batch_file=files.get(r.batch_id) if r.batch_id is not None else None,
        )
        for r in rows
    ]
    logged = {
        (r.batch_id, r.field is None)
        for r in rows
        if r.batch_id is not None and (r.entity, r.entity_id) == (table, entity_id)
    }
    undone: dict[int, AnyRow] = {}
    for batch in imports:
        if batch.status == ImportStatus.UNDONE and batch.undone_at is not None:
            undone[batch.id] = batch
        created = batch.action == ImportAction.CREATED
        if (batch.id, created) in logged:
            continue  # the audit log has this import's change already, in detail
        entries.extend(_import_entries(table, entity_id, batch))
    for batch in undone.values():
        entries.append(
            HistoryEntry(
                at=batch.undone_at or batch.imported_at,
                actor=batch.updated_by,
                action=AuditAction.UNDO.value,
                entity=table,
                entity_id=entity_id,
                subject="",
                batch_id=batch.id,
                batch_file=batch.file_name,
            )
        )
    if made_at is None and not entries:
        raise NotFoundError(SUBJECTS[table], entity_id)
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


def _import_entries(table: str, entity_id: int, batch: AnyRow) -> list[HistoryEntry]:
    """`batch`: an import row's action and previous values with its batch's columns."""
    common: dict[str, Any] = {
        "at": batch.imported_at,
        "actor": batch.created_by,
        "action": AuditAction.IMPORT.value,
        "entity": table,
        "entity_id": entity_id,
        "subject": "",
        "batch_id": batch.id,
        "batch_file": batch.file_name,
    }
    if batch.action == ImportAction.CREATED or not batch.previous:
        return [HistoryEntry(**common)]
    # An update logged before the audit log existed: the values before are known.
    return [
        HistoryEntry(**common, field=field, old_value=value_text(old), new_value="(imported)")
        for field, old in sorted(batch.previous.items())
    ]


def _subjects(
    session: Session, table: str, rows: list[AnyRow], named: dict[str, list[AnyRow]]
) -> dict[tuple[str, int], str]:
    """A child's name as it is now, else as its create or delete entry kept it. `named`:
    the rows of children (id and name columns) read already, by table; the others (a
    table not foreseen) are read here."""
    wanted: dict[str, set[int]] = defaultdict(set)
    names: dict[tuple[str, int], str] = {}
    for r in rows:
        if r.entity == table:
            continue
        wanted[r.entity].add(r.entity_id)
        logged = r.new_value if r.action != AuditAction.DELETE else r.old_value
        if r.field is None and logged and (r.entity, r.entity_id) not in names:
            names[(r.entity, r.entity_id)] = shown_value(r.entity, "kind", logged) or logged
    children = [child for child in wanted if child in MODELS and child not in named]
    found = fetch_together(
        session,
        *(
            select(_columns(MODELS[child]).id, *_name_columns(MODELS[child])).where(
                _columns(MODELS[child]).id.in_(wanted[child])
            )
            for child in children
        ),
    )
    for child, child_rows in [*named.items(), *zip(children, found, strict=True)]:
        for row in child_rows:
            name = _record_name(child, row)
            if name:
                names[(child, row.id)] = name
    subjects: dict[tuple[str, int], str] = {}
    for child, ids in wanted.items():
        for child_id in ids:
            name = names.get((child, child_id))
            noun = SUBJECTS.get(child, child)
            subjects[(child, child_id)] = (
                translate("History", "{record} '{name}'").format(record=noun, name=name)
                if name
                else translate("History", "{record} {id}").format(record=noun, id=child_id)
            )
    return subjects
