"""The .xlsx deal sheet, reopened with openpyxl: sheets, real cell types, formats, chart."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from app.exporting.files import ExportError
from app.exporting.xlsx_deal_sheet import render_xlsx
from app.services.activities import Parent, add_note
from app.services.contacts import create_contact
from app.services.negotiations import get_negotiation
from app.services.suppliers import update_supplier
from tests.app.exporting.test_deal_sheet import (
    CHERRIES,
    demo_negotiation_id,
    empty_negotiation_id,
    sheet_of,
)

FORMULA = '=HYPERLINK("x")'


def column(ws: Worksheet, header: str) -> int:
    for cell in ws[1]:
        if cell.value == header:
            return int(cell.column)
    raise AssertionError(f"no column {header!r}")


def test_demo_workbook_has_typed_cells_formats_and_a_chart(
    session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "cherries.xlsx"
    assert render_xlsx(sheet_of(session, demo_negotiation_id(session)), target) == []

    wb = load_workbook(target)
    assert wb.sheetnames == ["Summary", "Offers", "Shipments", "Contacts", "Landed cost"]
    assert wb.properties.title == f"Deal sheet (Internal): {CHERRIES}"
    assert wb.properties.creator == "María José Contreras"
    assert wb.properties.subject == "Frutícola Ñuble SpA"

    summary = wb["Summary"]
    assert summary["A1"].value == CHERRIES
    values = {
        row[0].value: row[1] for row in summary.iter_rows(min_row=2) if row[0].value is not None
    }
    assert values["Supplier"].value == "Frutícola Ñuble SpA"
    assert values["Target price"].value == 410
    assert values["Target price"].data_type == "n"
    assert values["Target price"].number_format == '"CNY" #,##0.00" / box"'
    assert "Current gap" not in values  # contracted: the agreed price instead
    assert values["Agreed price"].value == 410
    assert isinstance(values["Expected close"].value, datetime)
    assert values["Expected close"].is_date
    assert summary.freeze_panes == "A2"

    offers = wb["Offers"]
    assert offers.freeze_panes == "A2"
    assert offers.auto_filter.ref == "A1:Q7"  # internal: with each offer's landed cost
    price = column(offers, "Price")
    prices = [offers.cell(r, price) for r in range(2, 8)]
    assert [c.value for c in prices] == [460, 380, 430, 400, 418, 410]
    assert all(c.data_type == "n" and c.number_format == '"CNY" #,##0.00' for c in prices)
    change = offers.cell(4, column(offers, "Change %"))
    assert change.value == pytest.approx(-0.065)
    assert change.number_format == "0.0%"
    offered_on = offers.cell(2, column(offers, "Date"))
    assert offered_on.is_date
    assert offered_on.number_format == "yyyy-mm-dd"
    assert offers.cell(2, column(offers, "Side")).value == "Supplier"
    assert len(offers._charts) == 1
    assert offers.column_dimensions["A"].width >= 8

    shipments = wb["Shipments"]
    assert shipments.freeze_panes == "A2"
    assert shipments.auto_filter.ref == "A1:J3"
    rows = {row[0].value: row for row in shipments.iter_rows(min_row=2)}
    assert rows["SD-26-0105"][column(shipments, "Missing documents") - 1].value == (
        "Health certificate"
    )
    assert rows["SD-26-0105"][column(shipments, "ETD") - 1].is_date

    contacts = wb["Contacts"]
    assert contacts.freeze_panes == "A2"
    names = [row[0].value for row in contacts.iter_rows(min_row=2)]
    assert names == ["Ignacio Muñoz Sepúlveda", "陈静"]


def test_formula_looking_text_is_stored_as_text(session: Session, tmp_path: Path) -> None:
    negotiation_id = empty_negotiation_id(session)
    supplier_id = get_negotiation(session, negotiation_id).supplier_id
    update_supplier(session, supplier_id, {"name": FORMULA, "notes": "+56 9 1234 5678"})
    create_contact(session, supplier_id, {"name": "@ventas", "role": "-jefe-"})
    add_note(session, Parent("negotiation", negotiation_id), {"subject": "=1+1", "body": "=A1"})
    target = tmp_path / "formula.xlsx"

    render_xlsx(sheet_of(session, negotiation_id), target)

    wb = load_workbook(target)
    cells = [cell for ws in wb for row in ws.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value: c for c in cells if isinstance(c.value, str)}
    for value in (FORMULA, "+56 9 1234 5678", "@ventas", "-jefe-", "=1+1", "=A1"):
        assert texts[value].data_type == "s", value
    assert texts[FORMULA].quotePrefix


def test_a_deal_with_nothing_yet_gives_a_clean_workbook(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"

    render_xlsx(sheet_of(session, empty_negotiation_id(session)), target)

    wb = load_workbook(target)
    assert wb.sheetnames == ["Summary", "Offers", "Shipments", "Contacts", "Landed cost"]
    for name in ("Offers", "Shipments", "Contacts"):
        ws = wb[name]
        assert ws.max_row == 1
        assert ws.freeze_panes == "A2"
    assert wb["Offers"]._charts == []
    summary_text = [c.value for row in wb["Summary"].iter_rows() for c in row if c.value]
    assert "No offer from the supplier yet" in summary_text
    assert "No open follow-ups." in summary_text


def test_unwritable_target_is_a_clear_error(session: Session, tmp_path: Path) -> None:
    sheet = sheet_of(session, empty_negotiation_id(session))

    with pytest.raises(ExportError, match=r"cannot write .*missing.*folder does not exist"):
        render_xlsx(sheet, tmp_path / "missing" / "deal.xlsx")
    assert list(tmp_path.iterdir()) == []
