"""What the supplier form shows beside the supplier's own fields: its contacts,
certifications, tags and notes as plain rows, and the countries the list can filter by.

The window reads these in one short transaction and keeps only plain values, so no
ORM object outlives its session. Contacts are listed even for an archived supplier
(the contact list, app.queries.lists.contact_page, hides those).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.activities import Parent, activities_of
from app.services.suppliers import get_supplier
from models import ActivityKind, Certification, Supplier


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


def supplier_contacts(session: Session, supplier_id: int) -> list[ContactLine]:
    """The supplier's contacts, main contact first, then by name."""
    supplier = get_supplier(session, supplier_id)
    lines = [
        ContactLine(
            c.id, c.name, c.role, c.email, c.phone, c.language, c.is_primary, c.whatsapp, c.wechat
        )
        for c in supplier.contacts
    ]
    return sorted(lines, key=lambda c: (not c.is_primary, c.name.casefold(), c.id))


def supplier_certifications(session: Session, supplier_id: int) -> list[CertificationLine]:
    supplier = get_supplier(session, supplier_id)
    return [
        CertificationLine(c.id, c.kind, c.reference, c.valid_until) for c in supplier.certifications
    ]


def supplier_tag_names(session: Session, supplier_id: int) -> list[str]:
    return [t.name for t in get_supplier(session, supplier_id).tags]


def supplier_activities(session: Session, supplier_id: int) -> list[ActivityLine]:
    """Notes and follow-ups on the supplier, newest first."""
    get_supplier(session, supplier_id)  # a missing supplier is an error, not an empty list
    return [
        ActivityLine(
            a.id, a.kind, a.subject, a.body, a.occurred_at, a.due_on, a.done_at, a.assignee
        )
        for a in activities_of(session, Parent("supplier", supplier_id))
    ]


def supplier_countries(session: Session, *, include_archived: bool = True) -> list[str]:
    """The country codes suppliers are in (a short list to filter by, not all 249)."""
    query = select(Supplier.country).distinct()
    if not include_archived:
        query = query.where(Supplier.archived_at.is_(None))
    return sorted(session.scalars(query))
