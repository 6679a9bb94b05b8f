"""CSV injection (issue 13 point 1): each list's .csv writes user text that a spreadsheet
would run as a formula with a leading single quote, and leaves plain numbers alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.exporting.list_files import SUPPLIER_COLUMNS, export_list, export_named_list
from app.exporting.list_sources import supplier_rows
from app.queries.search import SupplierQuery
from app.services.contacts import create_contact
from app.services.negotiations import add_offer
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from tests.app.exporting.hostile import (
    EVERY_TEXT,
    OLD_DATABASE_TEXTS,
    as_older_database,
    read_csv,
    seed,
)

TEXT_COLUMNS = {
    "suppliers": ["Name", "City", "Tax id"],
    "contacts": ["Name", "Supplier", "Role"],
    "negotiations": ["Title", "Supplier", "Product", "Owner"],
    "shipments": ["Reference", "Supplier", "Container / AWB", "To"],
}
"""The columns of each list that hold user text (the others are the program's own)."""


def _export(session: Session, name: str, target: Path) -> dict[str, str]:
    """The only data row of list `name` as a .csv, by header."""
    if name == "suppliers (general path)":
        rows = supplier_rows(session, SupplierQuery())
        export_list(target, SUPPLIER_COLUMNS, rows, total=rows.total)
    else:
        export_named_list(session, name, target)
    header, *rows = read_csv(target)
    assert len(rows) == 1
    return dict(zip(header, rows[0], strict=True))


@pytest.mark.parametrize("text", EVERY_TEXT, ids=repr)
@pytest.mark.parametrize(
    "name", ["suppliers", "suppliers (general path)", "contacts", "negotiations", "shipments"]
)
def test_user_text_that_starts_like_a_formula_is_quoted_in_every_list_csv(
    session: Session, tmp_path: Path, name: str, text: str
) -> None:
    if text in OLD_DATABASE_TEXTS:
        # The services trim these now: written as a database from before holds them.
        as_older_database(session, seed(session, "placeholder"), text)
        tax_id = text
    else:
        seed(session, text)
        tax_id = text + "9"
    row = _export(session, name, tmp_path / "list.csv")
    for header in TEXT_COLUMNS[name.split()[0]]:
        expected = tax_id if header == "Tax id" else text
        assert row[header] == "'" + expected, header


def test_plain_numbers_and_phones_stay_as_they_are_in_the_list_csvs(
    session: Session, tmp_path: Path
) -> None:
    supplier = create_supplier(
        session, {"name": "-3.5", "country": "MX", "city": "+525512345678", "tax_id": "-42"}
    )
    create_contact(session, supplier.id, {"name": "-7", "phone": "+52 55 1234 5678"})
    found = seed(session, "Aguacates del Sur")
    create_shipment(session, found.negotiation.id, {"mode": "sea", "reference": "-12"})
    add_offer(
        session,
        found.negotiation.id,
        {"side": "supplier", "offered_on": "2026-01-06", "currency": "USD", "price": "2.00"},
    )

    suppliers = {r[0]: r for r in read_csv(_to(session, "suppliers", tmp_path))[1:]}
    assert suppliers["-3.5"][2] == "+525512345678"
    assert suppliers["-3.5"][4] == "-42"
    contacts = {r[0]: r for r in read_csv(_to(session, "contacts", tmp_path))[1:]}
    assert contacts["-7"][5] == "+525512345678"
    negotiations = read_csv(_to(session, "negotiations", tmp_path))
    assert negotiations[0][6] == "Gap"
    assert negotiations[1][6] == "-1.0000"  # theirs 2.00, ours 3.00: a number, unquoted
    shipments = {r[0]: r for r in read_csv(_to(session, "shipments", tmp_path))[1:]}
    assert shipments["-12"][1] == "Aguacates del Sur"


def _to(session: Session, name: str, folder: Path) -> Path:
    target = folder / f"{name}.csv"
    export_named_list(session, name, target)
    return target
