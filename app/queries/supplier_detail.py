"""What the supplier form shows beside the supplier's own fields: its contacts,
certifications, tags and notes as plain rows, and the countries the list can filter by.

The window reads these in one short transaction and keeps only plain values, so no
ORM object outlives its session. Contacts are listed even for an archived supplier
(the contact list, app.queries.lists.contact_page, hides those).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.interfaces import LoaderOption

from app.errors import NotFoundError
from app.queries.batched import fetch_together
from app.services.common import is_id
from app.services.suppliers import LABEL
from models import Activity, ActivityKind, Certification, Supplier, Tag


@dataclass(frozen=True)
class ContactLine:
    id: int
    name: str
    role: str | None
    email: str | None
    phone: str | None
    language: str | None
    is_primary: bool
    whatsapp: str | None = None
    wechat: str | None = None


@dataclass(frozen=True)
class CertificationLine:
    id: int
    kind: Certification
    reference: str | None
    valid_until: date | None


@dataclass(frozen=True)
class ActivityLine:
    id: int
    kind: ActivityKind
    subject: str
    body: str | None
    occurred_at: datetime
    due_on: date | None
    done_at: datetime | None
    assignee: str | None = None

    @property
    def is_task(self) -> bool:
        return self.kind is ActivityKind.TASK

    @property
    def is_open_task(self) -> bool:
        return self.is_task and self.done_at is None


def _supplier_with(session: Session, supplier_id: int, children: Any) -> Supplier:
    """The supplier with one collection of its children, in one statement (a JOIN);
    NotFoundError as get_supplier."""
    option: LoaderOption = joinedload(children)
    supplier = session.get(Supplier, supplier_id, options=[option]) if is_id(supplier_id) else None
    if supplier is None:
        raise NotFoundError(LABEL, supplier_id)
    return supplier


def supplier_contacts(session: Session, supplier_id: int) -> list[ContactLine]:
    """The supplier's contacts, main contact first, then by name."""
    supplier = _supplier_with(session, supplier_id, Supplier.contacts)
    lines = [
        ContactLine(
            c.id, c.name, c.role, c.email, c.phone, c.language, c.is_primary, c.whatsapp, c.wechat
        )
        for c in supplier.contacts
    ]
    return sorted(lines, key=lambda c: (not c.is_primary, c.name.casefold(), c.id))


def supplier_certifications(session: Session, supplier_id: int) -> list[CertificationLine]:
    supplier = _supplier_with(session, supplier_id, Supplier.certifications)
    return [
        CertificationLine(c.id, c.kind, c.reference, c.valid_until) for c in supplier.certifications
    ]


def supplier_tag_names(session: Session, supplier_id: int) -> list[str]:
    return [t.name for t in _supplier_with(session, supplier_id, Supplier.tags).tags]


def supplier_tags(session: Session, supplier_id: int) -> tuple[list[str], list[str]]:
    """(the supplier's tag names, every tag's name by key): what the tags tab shows and
    offers, read together (one round trip on PostgreSQL: app.queries.batched)."""
    if not is_id(supplier_id):
        raise NotFoundError(LABEL, supplier_id)
    found, every = fetch_together(
        session,
        select(Supplier.id, Tag.name)
        .outerjoin(Supplier.tags)
        .where(Supplier.id == supplier_id)
        .order_by(Tag.name),
        select(Tag.name).order_by(Tag.key),
    )
    if not found:
        raise NotFoundError(LABEL, supplier_id)
    return [row.name for row in found if row.name is not None], [row.name for row in every]


def supplier_activities(session: Session, supplier_id: int) -> list[ActivityLine]:
    """Notes and follow-ups on the supplier, newest first (as app.services.activities.
    activities_of orders them), in one statement with the supplier: a missing supplier is
    an error, not an empty list."""
    found = (
        session.execute(
            select(Supplier.id, Activity)
            .outerjoin(Activity, Activity.supplier_id == Supplier.id)
            .where(Supplier.id == supplier_id)
            .order_by(Activity.occurred_at.desc())
        ).all()
        if is_id(supplier_id)
        else []
    )
    if not found:
        raise NotFoundError(LABEL, supplier_id)
    return [
        ActivityLine(
            a.id, a.kind, a.subject, a.body, a.occurred_at, a.due_on, a.done_at, a.assignee
        )
        for _id, a in found
        if a is not None
    ]


def supplier_countries(session: Session, *, include_archived: bool = True) -> list[str]:
    """The country codes suppliers are in (a short list to filter by, not all 249)."""
    query = select(Supplier.country).distinct()
    if not include_archived:
        query = query.where(Supplier.archived_at.is_(None))
    return sorted(session.scalars(query))
