"""A supplier sheet's price, price date and volume columns: the supplier's indicative offer
on a deal for the row's product, currency, unit and Incoterm read from the header."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing.commit import commit_preview
from app.importing.plan import ImportOptions, RowStatus
from app.importing.preview import build_preview
from app.importing.supplier_offers import check_offer, header_terms, settle_offer
from app.importing.undo import undo_batch
from app.services.negotiations import add_offer, create_negotiation
from app.services.suppliers import create_supplier
from models import Incoterm, Negotiation, Offer, OfferSide, Supplier, Unit

SHEET = (
    "Razón social;País;Productos;Precio FOB USD/kg;Fecha precio;Volumen anual (t)\n"
    "Agrícola Los Álamos SA de CV;México;Aguacate Hass;2,45;15/03/2026;1.200,5\n"
    "Frutas del Valle SA;México;Limón persa;1,10;16/03/2026;800\n"
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "proveedores.csv"
    path.write_bytes(text.encode("utf-8"))
    return path


def negotiations_of(session: Session, name: str) -> list[Negotiation]:
    supplier = session.scalars(select(Supplier).where(Supplier.name == name)).one()
    return list(session.scalars(select(Negotiation).where(Negotiation.supplier_id == supplier.id)))


def test_header_names_currency_unit_and_incoterm() -> None:
    terms = header_terms("Precio FOB USD/kg")
    assert (terms.currency, terms.unit, terms.incoterm) == ("USD", Unit.KG, Incoterm.FOB)
    chinese = header_terms("价格(美元/公斤)")
    assert (chinese.currency, chinese.unit) == ("USD", Unit.KG)
    assert header_terms("年产量(吨)", quantity=True).unit == Unit.T
    assert header_terms("Precio all in") == header_terms("Precio")  # 'all' is no lek


def test_price_column_becomes_the_suppliers_offer_and_undo_removes_it(
    session: Session, tmp_path: Path
) -> None:
    preview = build_preview(session, write(tmp_path, SHEET))
    fields = {c.header: c.field for c in preview.choices}
    assert fields["Precio FOB USD/kg"] == "offer.price"
    assert fields["Fecha precio"] == "offer.date"
    assert fields["Volumen anual (t)"] == "offer.volume"
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.CREATE]
    result = commit_preview(session, preview)
    assert result.created == 2
    assert "2 offers recorded" in result.notes
    (deal,) = negotiations_of(session, "Agrícola Los Álamos SA de CV")
    assert deal.product.name == "Aguacate Hass"
    (offer,) = deal.offers
    assert offer.side == OfferSide.SUPPLIER
    assert (offer.price, offer.currency, offer.price_unit) == (Decimal("2.45"), "USD", Unit.KG)
    assert offer.offered_on == date(2026, 3, 15)
    assert (offer.volume, offer.volume_unit) == (Decimal("1200.5"), Unit.T)
    # FOB without its named place: kept in the offer's notes, not lost nor refused.
    assert offer.incoterm is None
    assert offer.notes is not None
    assert "FOB" in offer.notes

    again = commit_preview(session, build_preview(session, write(tmp_path, SHEET)))
    assert "offers recorded" not in " ".join(again.notes)  # the same offer is not added twice
    undo_batch(session, again.batch_id)
    undo = undo_batch(session, result.batch_id)
    assert undo.kept == []
    assert session.scalar(select(func.count()).select_from(Offer)) == 0
    assert session.scalar(select(Supplier).where(Supplier.name == "Frutas del Valle SA")) is None


def test_an_existing_suppliers_offer_joins_its_open_deal(session: Session, tmp_path: Path) -> None:
    supplier = create_supplier(session, {"name": "Frutas del Valle SA", "country": "MX"})
    deal = create_negotiation(session, supplier.id, {}, product_name="Limón persa")
    add_offer(session, deal.id, {"side": "supplier", "price": "1.00", "currency": "USD"})
    preview = build_preview(session, write(tmp_path, SHEET))
    result = commit_preview(session, preview)
    session.refresh(deal)
    assert sorted(o.price for o in deal.offers) == [Decimal("1.00"), Decimal("1.10")]
    assert len(negotiations_of(session, "Frutas del Valle SA")) == 1
    undo_batch(session, result.batch_id)
    session.refresh(deal)
    assert [o.price for o in deal.offers] == [Decimal("1.00")]


def test_a_price_without_currency_or_product_is_kept_as_a_note() -> None:
    headers = {"offer.price": "Precio", "offer.volume": "Volumen"}
    values: dict[str, object] = {"offer.price": (Decimal("2.45"), None), "offer.volume": 5}
    values["supplier.products"] = ("Palta",)
    problems = settle_offer(values, headers)
    assert [k for k, _ in problems] == ["offer.price"]
    assert "no currency" in problems[0][1]
    assert values["supplier.notes"] == "Precio: 2.45\nVolumen: 5"
    assert not any(k.startswith("offer.") for k in values)
    assert settle_offer(values, headers) == []  # settled: nothing more happens

    no_product: dict[str, object] = {"offer.price": (Decimal("2"), "USD")}
    assert "no product" in settle_offer(no_product, headers)[0][1]
    assert no_product["supplier.notes"] == "Precio: 2"


def test_check_offer_names_what_the_services_refuse(session: Session) -> None:
    values: dict[str, object] = {
        "offer.price": (Decimal("-1"), "USD"),
        "supplier.products": ("Palta",),
    }
    settle_offer(values, {"offer.price": "Precio"})
    assert any("Price" in m for m in check_offer(session, None, values))


def test_the_preview_refuses_an_offer_the_services_would_and_the_import_goes_on(
    session: Session, tmp_path: Path
) -> None:
    """A negative price is an error row in the preview (named by its column), so the
    commit imports the other row instead of stopping on add_offer's refusal."""
    sheet = SHEET.replace(";1,10;", ";-1,10;")
    preview = build_preview(session, write(tmp_path, sheet))
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.ERROR]
    [problem] = preview.problems
    assert problem.column == "Precio FOB USD/kg"
    assert "must be more than zero" in problem.message
    result = commit_preview(session, preview)
    assert result.created == 1
    assert session.scalar(select(func.count()).select_from(Offer)) == 1


def test_a_known_supplier_whose_row_only_brings_an_offer_is_an_update(
    session: Session, tmp_path: Path
) -> None:
    """Nothing else differs, yet the commit records the offer: the preview says so."""
    commit_preview(session, build_preview(session, write(tmp_path, SHEET)))
    again = SHEET.replace("2,45;15/03/2026", "2,30;20/03/2026")
    preview = build_preview(session, write(tmp_path, again))
    assert preview.rows[0].status is RowStatus.UPDATE
    commit_preview(session, preview)
    prices = session.scalars(select(Offer.price).order_by(Offer.id))
    assert Decimal("2.3") in list(prices)


# --- the product chosen for the whole sheet (issue 14 point 3) ----------------------------

NO_PRODUCTS = (
    "Razón social;País;Precio FOB USD/kg;Fecha precio\n"
    "Agrícola Los Álamos SA de CV;México;2,45;15/03/2026\n"
    "Frutas del Valle SA;México;1,10;16/03/2026\n"
)


def test_the_chosen_product_stands_in_for_a_row_that_names_none() -> None:
    headers = {"offer.price": "Precio USD"}
    values: dict[str, object] = {"offer.price": (Decimal("2"), None)}
    assert settle_offer(values, headers, "Aguacate Hass") == []
    assert values["offer.product"] == "Aguacate Hass"
    assert "supplier.notes" not in values
    own: dict[str, object] = {"offer.price": (Decimal("2"), None), "supplier.products": ("Limón",)}
    settle_offer(own, headers, "Aguacate Hass")
    assert own["offer.product"] == "Limón"  # the row's own product wins


def test_a_sheet_without_products_puts_its_prices_on_the_chosen_products_deal(
    session: Session, tmp_path: Path
) -> None:
    options = ImportOptions(offer_product="Aguacate Hass")
    preview = build_preview(session, write(tmp_path, NO_PRODUCTS), options)
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.CREATE]
    assert preview.warnings == []
    result = commit_preview(session, preview)
    assert "2 offers recorded" in result.notes
    for name, price in (("Agrícola Los Álamos SA de CV", "2.45"), ("Frutas del Valle SA", "1.1")):
        (deal,) = negotiations_of(session, name)
        assert deal.product.name == "Aguacate Hass"
        assert [o.price for o in deal.offers] == [Decimal(price)]
    supplier = session.scalars(select(Supplier).where(Supplier.name == "Frutas del Valle SA")).one()
    assert supplier.notes is None  # the price is an offer, not a note
