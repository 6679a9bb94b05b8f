"""A supplier's price list becoming offer rounds on its negotiations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.importing.commit import commit_preview
from app.importing.plan import ImportAbortedError, ImportOptions, RowStatus
from app.importing.preview import build_preview
from app.importing.undo import undo_batch
from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from models import Base, Incoterm, Negotiation, NegotiationStage, Offer, Product, Supplier, Unit

PRICES = (
    "Lista de precios temporada 2026/27\n"
    "\n"
    "Producto;Calibre;Precio;Moneda;Unidad;Incoterm;Validez;Volumen\n"
    "Palta Hass Importada;48;2,45;USD;kg;FOB Valparaíso;31/12/2026;12.500\n"
    "Palta Hass Importada;60;2,10;USD;kg;FOB Valparaíso;31/12/2026;8.000\n"
    "Cereza Lapins;;;USD;kg;CIF Shanghai;;\n"
)


@pytest.fixture
def supplier(session: Session) -> Supplier:
    return create_supplier(session, {"name": "Frutícola Ñuble", "country": "CL"})


def test_price_list_rows_become_offers_on_new_negotiations(
    session: Session, supplier: Supplier, tmp_path: Path
) -> None:
    path = tmp_path / "precios.csv"
    path.write_bytes(PRICES.encode("cp1252"))
    options = ImportOptions(target="price-list", supplier_id=supplier.id)
    preview = build_preview(session, path, options)
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.CREATE, RowStatus.ERROR]
    assert "price" in preview.rows[2].problems[0].message
    result = commit_preview(session, preview)
    assert result.created == 2
    deals = session.scalars(
        select(Negotiation).where(Negotiation.supplier_id == supplier.id).order_by(Negotiation.id)
    ).all()
    assert [d.grade for d in deals] == ["48", "60"]
    assert all(d.stage == NegotiationStage.NEGOTIATING for d in deals)
    offer = deals[0].offers[0]
    assert (offer.price, offer.currency, offer.price_unit) == (Decimal("2.45"), "USD", Unit.KG)
    assert (offer.incoterm, offer.incoterm_place) == (Incoterm.FOB, "Valparaíso")
    assert offer.valid_until == date(2026, 12, 31)
    assert offer.volume == Decimal("12500")

    again = build_preview(session, path, options)
    assert [r.status for r in again.rows][:2] == [RowStatus.UNCHANGED, RowStatus.UNCHANGED]

    undo_batch(session, result.batch_id)
    assert (
        session.scalar(
            select(func.count())
            .select_from(Negotiation)
            .where(Negotiation.supplier_id == supplier.id)
        )
        == 0
    )
    assert session.scalar(select(Product).where(Product.name == "Palta Hass Importada")) is None
    session.refresh(supplier)
    assert supplier.products == []


def test_an_existing_open_negotiation_gets_the_offer(
    session: Session, supplier: Supplier, tmp_path: Path
) -> None:
    deal = create_negotiation(
        session, supplier.id, {"grade": "48"}, product_name="Palta Hass Importada"
    )
    path = tmp_path / "p.csv"
    path.write_text(
        "Proveedor,Producto,Calibre,Precio\nFruticola Nuble,Palta Hass Importada,48,USD 2.60\n"
    )
    result = commit_preview(
        session, build_preview(session, path, ImportOptions(target="price-list"))
    )
    assert result.created == 1
    session.refresh(deal)
    assert [o.price for o in deal.offers] == [Decimal("2.60")]
    assert deal.stage == NegotiationStage.NEGOTIATING
    undo_batch(session, result.batch_id)
    session.refresh(deal)
    assert deal.offers == []
    assert deal.stage == NegotiationStage.LEAD
    assert session.get(Negotiation, deal.id) is not None
    assert (
        session.scalar(
            select(func.count()).select_from(Offer).where(Offer.negotiation_id == deal.id)
        )
        == 0
    )


def test_unknown_supplier_names_are_row_errors(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Proveedor,Producto,Precio\nNadie Conocido,Uva,USD 1\n")
    preview = build_preview(session, path, ImportOptions(target="price-list"))
    problem = preview.rows[0].problems[0]
    assert (problem.row, problem.column, problem.value) == (2, "Proveedor", "Nadie Conocido")
    assert "no supplier by this name" in problem.message


# --- the preview runs the validation the commit runs (issue 13 point 3) ------------------

REFUSED = (
    "Producto;Precio;Moneda;Volumen;Incoterm;Lugar;Fecha;Validez;Notas\n"
    "Uva Crimson;2,45;USD;1000;FOB;Valparaíso;15/03/2026;31/03/2026;ok\n"
    "Uva Crimson;-5;USD;1000;;;;;\n"
    "Uva Crimson;2,50;USD;0;;;;;\n"
    "Uva Crimson;2,60;USD;-3;;;;;\n"
    "Uva Crimson;2,70;USD;;FOB;;;;\n"
    "Uva Crimson;2,80;USD;;;;15/03/2026;14/02/2026;\n"
    "Uva Crimson;2,90;USD;;;;;;{long}\n"
    "Cereza Lapins;3,10;USD;500;CIF;Shanghai;;;\n"
).format(long="x" * 20_001)
"""Two good rows (2 and 9) and, in rows 3-8, values the services refuse: a negative
price, a volume of zero and below zero, an Incoterm without its place (a new deal has
none to lend), a validity before the offer's date, notes past 20,000 characters."""


def table_counts(session: Session) -> dict[str, int]:
    session.flush()
    return {
        t.name: session.scalar(select(func.count()).select_from(t)) or 0
        for t in Base.metadata.sorted_tables
    }


@pytest.fixture
def refused_rows(tmp_path: Path) -> Path:
    path = tmp_path / "precios.csv"
    path.write_text(REFUSED, encoding="utf-8")
    return path


def test_rows_the_services_refuse_are_errors_of_the_preview(
    session: Session, supplier: Supplier, refused_rows: Path
) -> None:
    options = ImportOptions(target="price-list", supplier_id=supplier.id)
    preview = build_preview(session, refused_rows, options)
    statuses = {r.row: r.status for r in preview.rows}
    assert [row for row, s in statuses.items() if s == RowStatus.CREATE] == [2, 9]
    problems = {p.row: p for p in preview.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7, 8]
    assert (problems[3].column, problems[3].message) == ("Precio", "'-5' must be more than zero")
    assert (problems[4].column, problems[4].value) == ("Volumen", "0")
    assert "more than zero" in problems[4].message
    assert (problems[5].column, problems[5].value) == ("Volumen", "-3")
    assert (problems[6].column, problems[7].column, problems[8].column) == (
        "Lugar",
        "Validez",
        "Notas",
    )
    assert "required with FOB" in problems[6].message
    assert "before the offer date" in problems[7].message
    assert "at most 20000" in problems[8].message
    assert len(str(problems[8])) < 120  # the cell is not printed whole

    # An open deal lends its Incoterm place to an offer that names none, as add_offer does.
    create_negotiation(
        session,
        supplier.id,
        {"currency": "USD", "incoterm": "FOB Valparaíso"},
        product_name="Uva Crimson",
    )
    again = build_preview(session, refused_rows, options)
    assert [r.row for r in again.rows if r.status == RowStatus.CREATE] == [2, 6, 9]


def test_skipping_the_refused_rows_imports_the_others(
    session: Session, supplier: Supplier, refused_rows: Path
) -> None:
    before = table_counts(session)
    options = ImportOptions(target="price-list", supplier_id=supplier.id, on_error="skip")
    result = commit_preview(session, build_preview(session, refused_rows, options))
    assert (result.created, result.errors, result.skipped) == (2, 6, 6)
    after = table_counts(session)
    assert after["offers"] - before["offers"] == 2
    assert after["negotiations"] - before["negotiations"] == 2
    offers = session.scalars(
        select(Offer).join(Negotiation).where(Negotiation.supplier_id == supplier.id)
    ).all()
    assert sorted(o.price for o in offers) == [Decimal("2.45"), Decimal("3.10")]


def test_stopping_on_errors_leaves_every_table_as_it_was(
    session: Session, supplier: Supplier, refused_rows: Path
) -> None:
    before = table_counts(session)
    options = ImportOptions(target="price-list", supplier_id=supplier.id, on_error="abort")
    preview = build_preview(session, refused_rows, options)
    with pytest.raises(ImportAbortedError) as refused:
        commit_preview(session, preview)
    message = str(refused.value)
    assert "\n" not in message
    assert "6 rows have errors, nothing was imported" in message
    assert "row 3, Precio: '-5' must be more than zero" in message
    assert "and 1 more" in message
    assert table_counts(session) == before


@pytest.mark.parametrize("supplier_id", [999_999, 2**31, 10**30, 0, -1])
def test_a_chosen_supplier_that_does_not_exist_is_named(
    session: Session, tmp_path: Path, supplier_id: int
) -> None:
    """On PostgreSQL an id past INTEGER's range never reaches the server."""
    path = tmp_path / "p.csv"
    path.write_text("Producto;Precio\nUva;USD 2\n")
    options = ImportOptions(target="price-list", supplier_id=supplier_id)
    with pytest.raises(NotFoundError, match=rf"^Supplier {supplier_id} does not exist$"):
        build_preview(session, path, options)
    assert session.execute(select(1)).scalar() == 1  # the transaction is still usable
