"""The compliance check of a deal moved to agreed or contracted, or of a shipment booked:
the supplier's registrations read, app.rules.compliance_warnings asked, and a warning
kept as a note on the deal or shipment, in the transaction of the change itself (so
the history shows that the user went on despite it). Never a refusal.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.rules.compliance_warnings import HeldRow, registration_warning
from models import Activity, ActivityKind, Negotiation, Shipment, SupplierCertification
from models.enums import REGISTRATIONS

SUBJECT_CHARS = 200
"""A note's subject holds this much; the whole warning is in its text."""


def held_rows(session: Session, supplier_id: int) -> list[HeldRow]:
    """The supplier's registrations (GACC, SAG, SENASICA, SENASA) with the products each
    covers: two statements, however many rows."""
    rows = session.scalars(
        select(SupplierCertification)
        .where(
            SupplierCertification.supplier_id == supplier_id,
            SupplierCertification.kind.in_(list(REGISTRATIONS)),
        )
        .options(selectinload(SupplierCertification.products))
        .order_by(SupplierCertification.id)
    )
    return [
        HeldRow(
            r.id,
            r.kind,
            r.reference,
            r.site_name,
            r.status,
            r.issued_on,
            r.valid_until,
            frozenset(p.id for p in r.products),
        )
        for r in rows
    ]


def negotiation_warning(session: Session, negotiation: Negotiation, today: date) -> str | None:
    """Why the deal's supplier may not ship its product to China today, or None."""
    return registration_warning(
        held_rows(session, negotiation.supplier_id),
        supplier=negotiation.supplier.name,
        product_id=negotiation.product_id,
        product=negotiation.product.name,
        today=today,
    )


def shipment_warning(session: Session, shipment: Shipment, today: date) -> str | None:
    """Why the shipment's supplier may not ship its product, today or through its ETA."""
    deal = shipment.negotiation
    return registration_warning(
        held_rows(session, deal.supplier_id),
        supplier=deal.supplier.name,
        product_id=deal.product_id,
        product=deal.product.name,
        today=today,
        eta=shipment.eta,
    )


def record_warning(session: Session, parent: Negotiation | Shipment, warning: str) -> Activity:
    """The warning as a note on the deal or shipment (flushed with the change)."""
    subject = warning if len(warning) <= SUBJECT_CHARS else warning[: SUBJECT_CHARS - 1] + "…"
    note = Activity(kind=ActivityKind.NOTE, subject=subject, body=warning)
    if isinstance(parent, Negotiation):
        note.negotiation = parent
    else:
        note.shipment = parent
    session.add(note)
    return note
