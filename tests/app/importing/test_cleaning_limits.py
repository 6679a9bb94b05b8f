"""An imported cell past its column's limits is refused by the cleaning, naming the cell and
the limit, before any service or database sees it (issue 13 point 2)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing.cleaning import NUMBER_LIMITS, CellError, CleanOptions, ColumnCleaner
from app.importing.commit import commit_preview
from app.importing.field_tables import PRICE_LIST_FIELDS, SUPPLIER_FIELDS, FieldSpec
from app.importing.plan import ImportOptions, RowStatus
from app.importing.preview import build_preview
from app.rules.validation import Limit
from app.services.suppliers import create_supplier
from models import Contact, Negotiation, Offer, Supplier

THIRTY_TWO_NINES = "9" * 32
LONG_URL = "https://example.com/" + "a" * 100_000


def refusal(column: ColumnCleaner, raw: object) -> str:
    with pytest.raises(CellError) as caught:
        column.clean(raw)  # type: ignore[arg-type]
    return str(caught.value)


@pytest.mark.parametrize("raw", [THIRTY_TWO_NINES, f"USD {THIRTY_TWO_NINES}", 1e32, 10**30])
def test_a_price_past_fourteen_digits_is_refused(raw: object) -> None:
    message = refusal(ColumnCleaner("money", [], CleanOptions()), raw)
    assert "digits before the decimal point, but at most 14 fit" in message


def test_the_largest_price_and_volume_are_read() -> None:
    money = ColumnCleaner("money", [], CleanOptions(decimal="point"))
    assert money.clean("99999999999999.9999") == (Decimal("99999999999999.9999"), None)
    volume = ColumnCleaner("decimal", [], CleanOptions(decimal="point"))
    assert volume.clean("999999999999999") == Decimal("999999999999999")
    message = refusal(volume, "1" + "0" * 15)
    assert (
        message == "'1000000000000000' has 16 digits before the decimal point, but at most 15 fit"
    )


def test_a_web_address_past_its_column_is_refused() -> None:
    column = ColumnCleaner("url", [], CleanOptions(), max_length=300)
    message = refusal(column, LONG_URL)
    assert message.endswith("is 100020 characters long, but at most 300 fit")
    assert len(message) < 120  # the value is abridged, not echoed whole
    assert refusal(column, "example.com/" + "b" * 300).endswith("but at most 300 fit")
    assert column.clean("https://example.com/") == "https://example.com/"


def test_an_email_past_its_column_is_refused() -> None:
    column = ColumnCleaner("email", [], CleanOptions(), max_length=40)
    assert refusal(column, "a" * 40 + "@example.com").endswith("but at most 40 fit")


# --- the import fields against their columns -------------------------------------------------

IMPORT_COLUMNS = {
    "offer.supplier": Supplier.__table__.c.name,
    "offer.product": Negotiation.__table__.c.title,  # a product's name: String(200) too
    "offer.grade": Negotiation.__table__.c.grade,
    "offer.price": Offer.__table__.c.price,
    "offer.currency": Offer.__table__.c.currency,
    "offer.place": Offer.__table__.c.incoterm_place,
    "offer.volume": Offer.__table__.c.volume,
}


def _column_of(spec: FieldSpec) -> object:
    entity, _, attr = spec.key.partition(".")
    table = {"supplier": Supplier.__table__, "contact": Contact.__table__}.get(entity)
    if table is not None:
        return table.c.get(attr)
    return IMPORT_COLUMNS.get(spec.key)


@pytest.mark.parametrize("spec", [*SUPPLIER_FIELDS, *PRICE_LIST_FIELDS], ids=lambda spec: spec.key)
def test_each_import_field_holds_no_more_than_its_column(spec: FieldSpec) -> None:
    column = _column_of(spec)
    if column is None:
        return  # not a column: a list of names, a note, a date, an enum...
    limit = Limit.of_column(column.type)  # type: ignore[attr-defined]
    if limit is None:
        return
    if spec.kind in NUMBER_LIMITS:
        declared = NUMBER_LIMITS[spec.kind]
        assert limit.whole_digits is not None
        assert declared.whole_digits is not None
        assert declared.whole_digits <= limit.whole_digits
        assert declared.scale == limit.scale
    elif spec.kind in ("text", "multiline", "url", "email"):
        assert spec.max_length is not None, f"{spec.key}: no max_length, column {limit}"
        assert limit.length is not None
        assert spec.max_length <= limit.length


# --- through an import ---------------------------------------------------------------------


def test_a_supplier_sheet_with_a_website_past_its_column_imports_the_other_rows(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(
        f"Proveedor;País;Sitio web\nViña Azul;CL;https://vinaazul.cl\nViña Larga;CL;{LONG_URL}\n",
        encoding="utf-8",
    )
    preview = build_preview(session, path, ImportOptions())
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.CREATE]
    [problem] = preview.rows[1].warnings  # the supplier comes in, its website left empty
    assert problem.column == "Sitio web"
    assert "is 100020 characters long, but at most 300 fit" in problem.message
    commit_preview(session, preview)
    websites = {n: w for n, w in session.execute(select(Supplier.name, Supplier.website))}
    assert websites["Viña Azul"] == "https://vinaazul.cl"
    assert websites["Viña Larga"] is None


def test_a_price_list_with_thirty_two_digits_imports_the_other_rows(
    session: Session, tmp_path: Path
) -> None:
    supplier = create_supplier(session, {"name": "Frutícola Digits", "country": "CL"})
    path = tmp_path / "prices.csv"
    path.write_text(
        "Producto;Precio;Moneda;Volumen\n"
        "Cereza Lapins;2.45;USD;100\n"
        f"Cereza Santina;{THIRTY_TWO_NINES};USD;100\n"
        f"Cereza Regina;2.10;USD;{THIRTY_TWO_NINES}\n",
        encoding="utf-8",
    )
    options = ImportOptions(target="price-list", supplier_id=supplier.id, decimal="point")
    preview = build_preview(session, path, options)
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.ERROR, RowStatus.ERROR]
    messages = [p.message for p in preview.problems]
    assert any("32 digits before the decimal point, but at most 14 fit" in m for m in messages)
    assert any("32 digits before the decimal point, but at most 15 fit" in m for m in messages)
    before = session.scalar(select(func.count()).select_from(Offer))
    commit_preview(session, preview)
    assert session.scalar(select(func.count()).select_from(Offer)) == (before or 0) + 1
