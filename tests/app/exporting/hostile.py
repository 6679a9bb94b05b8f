"""Records whose user text would run as a formula in a spreadsheet, made through the
services (or, for text the services now trim, written as an older database holds it),
and a check that a .csv cell is not a live formula: shared by the export tests."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.services.activities import Parent, add_note, add_task
from app.services.contacts import create_contact
from app.services.negotiations import add_offer, create_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier, set_certification
from models import Certification, Contact, Negotiation, Product, Shipment, Supplier

SERVICE_TEXTS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "＝1+1", "＋1+1", "－1+1", "＠SUM(A1)"]
"""Every formula start (and its full-width form) as the services keep it."""
OLD_DATABASE_TEXTS = ["\t=1+1", "\r=1+1", " =1+4"]
"""Text the services now trim (a tab, a carriage return, leading spaces), as a database
written before may still hold it."""
EVERY_TEXT = SERVICE_TEXTS + OLD_DATABASE_TEXTS

_FORMULA_START = "=+-@\uff1d\uff0b\uff0d\uff20"
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def live_formula(cell: str) -> bool:
    """What a spreadsheet would run: a cell starting with a tab or a carriage return, or
    with a formula start after spaces, that is not wholly a number."""
    if cell[:1] in ("\t", "\r"):
        return True
    stripped = cell.lstrip()
    return (
        stripped[:1] != "" and stripped[0] in _FORMULA_START and not _PLAIN_NUMBER.fullmatch(cell)
    )


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@dataclass
class Hostile:
    supplier: Supplier
    negotiation: Negotiation
    shipment: Shipment


def seed(session: Session, text: str, *, key: str = "") -> Hostile:
    """A supplier, contact, negotiation (both sides' offers, a note and a follow-up) and a
    shipment with `text` in every free-text field the services take. `key` keeps names
    that must differ (tax id, product, shipment reference) apart when several are made."""
    supplier = create_supplier(
        session,
        {
            "name": text,
            "legal_name": text,
            "country": "MX",
            "region": text,
            "city": text,
            "address": text,
            "tax_id": f"{text}{key}9",
            "notes": text,
        },
    )
    set_certification(session, supplier.id, {"kind": Certification.HACCP.value, "reference": text})
    create_contact(
        session, supplier.id, {"name": text, "role": text, "wechat": text, "notes": text}
    )
    negotiation = create_negotiation(
        session,
        supplier.id,
        {
            "title": text,
            "grade": text,
            "currency": "USD",
            "price_unit": "kg",
            "incoterm": "FOB",
            "incoterm_place": text,
            "origin_port": text,
            "destination_port": text,
            "payment_terms": text,
            "owner": text,
            "notes": text,
        },
        product_name=f"{text}{key}",
    )
    for side, price in (("supplier", "2.50"), ("buyer", "3.00")):
        add_offer(
            session,
            negotiation.id,
            {
                "side": side,
                "offered_on": date(2026, 1, 5),
                "currency": "USD",
                "price": price,
                "incoterm": "FOB",
                "incoterm_place": text,
                "notes": text,
            },
        )
    parent = Parent("negotiation", negotiation.id)
    add_note(session, parent, {"subject": text, "body": text})
    add_task(session, parent, {"subject": text, "body": text, "due_on": date(2026, 2, 1)})
    shipment = create_shipment(
        session,
        negotiation.id,
        {
            "mode": "sea",
            "reference": f"{text}{key}",
            "seal_no": text,
            "transport_doc_no": text,
            "carrier": text,
            "vessel": text,
            "origin_port": text,
            "destination_port": text,
            "notes": text,
        },
    )
    return Hostile(supplier, negotiation, shipment)


def as_older_database(session: Session, found: Hostile, text: str) -> None:
    """Put `text` back, untrimmed, in the exported text fields of `found`'s records, as a
    database written before the services trimmed it holds it."""
    session.execute(
        update(Supplier)
        .where(Supplier.id == found.supplier.id)
        .values(name=text, city=text, tax_id=text)
    )
    session.execute(
        update(Negotiation)
        .where(Negotiation.id == found.negotiation.id)
        .values(title=text, owner=text)
    )
    session.execute(
        update(Product).where(Product.id == found.negotiation.product_id).values(name=text)
    )
    session.execute(
        update(Shipment)
        .where(Shipment.id == found.shipment.id)
        .values(reference=text, transport_doc_no=text, destination_port=text)
    )
    session.execute(
        update(Contact).where(Contact.supplier_id == found.supplier.id).values(name=text, role=text)
    )
    session.expire_all()
