"""A record's history: the audit log and the imports merged, newest first, children labelled."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.importing.commit import commit_preview
from app.importing.preview import build_preview
from app.importing.undo import undo_batch
from app.queries.record_history import HistoryError, field_label, record_history
from app.services.contacts import create_contact, delete_contact, update_contact
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import create_product
from app.services.suppliers import (
    archive_supplier,
    create_supplier,
    restore_supplier,
    update_supplier,
)
from models import Supplier
from models.audit import server_login

SHEET = (
    "Razón social;País;RFC / CUIT;Ciudad\n"
    "Frutícola Ñuble S.A.;Chile;76.123.456-7;Chillán\n"
    "Aguacates del Sur S.A. de C.V.;México;ASU010101AB1;Uruapan\n"
)


def test_a_supplier_history_lists_its_changes_and_its_contacts_newest_first(
    session: Session,
) -> None:
    supplier = create_supplier(session, {"name": "Aguacates del Sur", "country": "MX"})
    update_supplier(session, supplier.id, {"city": "Uruapan"})
    contact = create_contact(session, supplier.id, {"name": "Luis Ríos"})
    update_contact(session, contact.id, {"email": "luis@aguacates.mx"})
    session.info["actor"] = "beatriz"
    archive_supplier(session, supplier.id)
    restore_supplier(session, supplier.id)
    delete_contact(session, contact.id)
    update_supplier(session, supplier.id, {"city": "Uruapan"})  # unchanged: nothing logged

    history = record_history(session, "supplier", supplier.id)

    assert [e.what for e in history] == [
        "Contact 'Luis Ríos': deleted",
        "Restored",
        "Archived",
        "Contact 'Luis Ríos': Email: (empty) → luis@aguacates.mx",
        "Contact 'Luis Ríos': created",
        "City: (empty) → Uruapan",
        "Created",
    ]
    login = server_login(session.connection())  # on PostgreSQL the server says who
    assert [e.actor for e in history] == [login or "beatriz"] * 3 + [login or "tester"] * 4
    assert all(a.at >= b.at for a, b in pairwise(history))
    assert record_history(session, "contact", contact.id)[0].what == "Deleted"
    assert len(record_history(session, "supplier", supplier.id, limit=2)) == 2


def test_a_negotiation_history_includes_its_offers(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Cerezas Ñuble", "country": "CL"})
    product = create_product(session, {"name": "Cherries"})
    deal = create_negotiation(
        session, supplier.id, {"title": "Cherries 2026"}, product_id=product.id
    )
    add_offer(
        session,
        deal.id,
        {
            "side": "supplier",
            "offered_on": date(2026, 3, 2),
            "price": "6.40",
            "currency": "USD",
        },
    )
    whats = [e.what for e in record_history(session, "negotiation", deal.id)]
    assert whats == [
        "Offer 'Supplier USD 6.40/kg': created",
        "Stage: Lead → Negotiating",
        "Created",
    ]


def test_suppliers_created_and_updated_by_an_import_say_so_and_its_undo_too(
    session: Session, tmp_path: Path
) -> None:
    first = tmp_path / "proveedores.csv"
    first.write_text(SHEET, encoding="utf-8")
    batch = commit_preview(session, build_preview(session, first)).batch_id
    supplier = session.query(Supplier).filter_by(tax_id="ASU010101AB1").one()
    [created] = record_history(session, "supplier", supplier.id)
    assert created.what == f"Created by import {batch} (proveedores.csv)"
    assert created.actor == (server_login(session.connection()) or "tester")

    second = tmp_path / "proveedores-2.csv"
    second.write_text(
        SHEET.replace("Ciudad", "Ciudad;Correo")
        .replace("Chillán", "Chillán;")
        .replace("Uruapan", "Uruapan;ventas@aguacates.mx"),
        encoding="utf-8",
    )
    batch2 = commit_preview(session, build_preview(session, second)).batch_id
    history = record_history(session, "supplier", supplier.id)
    assert history[0].what == (
        f"Email: (empty) → ventas@aguacates.mx (by import {batch2} (proveedores-2.csv))"
    )
    assert history[0].batch_id == batch2
    assert len(history) == 2

    undo_batch(session, batch2)
    history = record_history(session, "supplier", supplier.id)
    assert f"Import {batch2} (proveedores-2.csv) undone" in [e.what for e in history]
    undone = f"Email: ventas@aguacates.mx → (empty) (undo of import {batch2} (proveedores-2.csv))"
    assert undone in [e.what for e in history]


def test_an_unknown_kind_of_record_is_refused_in_one_line(session: Session) -> None:
    with pytest.raises(HistoryError, match="no history is kept for 'invoice'"):
        record_history(session, "invoice", 1)


def test_a_changed_field_is_labelled_as_its_record_form_labels_it() -> None:
    """'grade' of a deal reads 'Grade / size', as its form says (and the form's label has
    its translations), not 'Grade'; a field no form shows keeps its own name."""
    from app.services.negotiations import NEGOTIATION_FIELDS, OFFER_FIELDS
    from app.services.shipments import SHIPMENT_FIELDS

    assert field_label("grade", "negotiations") == NEGOTIATION_FIELDS.fields["grade"].label
    assert str(field_label("grade", "negotiations")) == "Grade / size"
    assert field_label("vessel", "shipments") == SHIPMENT_FIELDS.fields["vessel"].label
    assert field_label("offered_on", "offers") == OFFER_FIELDS.fields["offered_on"].label
    assert str(field_label("tax_id", "suppliers")) == "Tax id"  # named in FIELD_LABELS
    assert str(field_label("no_such_field", "suppliers")) == "No such field"
