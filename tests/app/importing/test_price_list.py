"""A supplier's price list becoming offer rounds on its negotiations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing.commit import commit_preview
from app.importing.plan import ImportOptions, RowStatus
from app.importing.preview import build_preview
from app.importing.undo import undo_batch
from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from models import Incoterm, Negotiation, NegotiationStage, Offer, Product, Supplier, Unit

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
