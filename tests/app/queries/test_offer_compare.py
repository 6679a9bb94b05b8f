"""Compare offers: every supplier's latest offer of a product, landed per kg, cheapest
first (issue 15 point 6), on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.landed_costs import LandedSettings, with_currency
from app.queries.offer_compare import (
    compare_offers,
    product_by_name_or_id,
    products_with_offers,
)
from app.services.freight import add_route
from app.services.fx_rates import add_rate
from app.services.negotiations import add_offer, archive_negotiation
from app.services.products import find_product, update_product
from app.services.suppliers import archive_supplier
from app.services.tariffs import add_tariff
from models import Negotiation, Supplier

TODAY = date(2026, 12, 10)
SETTINGS = LandedSettings()


def _rates_route_tariff(session: Session) -> None:
    add_rate(
        session,
        {"day": "2026-11-01", "from_currency": "USD", "to_currency": "CNY", "rate": "7.10"},
        decimal_sep=".",
    )
    add_route(
        session,
        {
            "origin_port": "Manzanillo",
            "destination_port": "Shanghai",
            "mode": "sea",
            "cost": "8000",
            "currency": "USD",
            "per": "container",
            "payload_kg": "20000",
            "insurance_rate": "0.3",
            "valid_from": "2026-01-01",
        },
        decimal_sep=".",
    )
    for origin in ("MX", "CO"):
        add_tariff(
            session,
            {
                "hs_code": "0804.40",
                "origin": origin,
                "duty_rate": "0",
                "vat_rate": "9",
                "valid_from": "2026-01-01",
            },
            decimal_sep=".",
        )


class Avocados:
    """A product with a supplier for each case the comparison must get right."""

    def __init__(
        self,
        session: Session,
        make_supplier: Callable[..., Supplier],
        make_negotiation: Callable[..., Negotiation],
    ) -> None:
        self.session = session
        self.make_supplier = make_supplier
        self.make_negotiation = make_negotiation
        self.suppliers: dict[str, Supplier] = {}

    def supplier(self, name: str, country: str = "MX") -> Supplier:
        if name not in self.suppliers:
            self.suppliers[name] = self.make_supplier(name=name, country=country)
        return self.suppliers[name]

    def deal(self, name: str, country: str = "MX", product: str = "Hass avocado") -> Negotiation:
        port = "Manzanillo" if country == "MX" else "Cartagena"
        return self.make_negotiation(
            self.supplier(name, country),
            product=product,
            incoterm=f"FOB {port}",
            origin_port=port,
            destination_port="Shanghai",
        )

    def offer(self, deal: Negotiation, day: str, price: str, **data: Any) -> int:
        values = {
            "side": "supplier",
            "offered_on": day,
            "price": price,
            "currency": "USD",
            "price_unit": "kg",
            "incoterm": f"FOB {deal.origin_port}",
            **data,
        }
        return add_offer(self.session, deal.id, values).id


@pytest.fixture
def avocados(
    session: Session,
    make_supplier: Callable[..., Supplier],
    make_negotiation: Callable[..., Negotiation],
) -> Avocados:
    setup = Avocados(session, make_supplier, make_negotiation)
    setup.deal("Zapotal", "MX")  # makes the product
    product = find_product(session, "Hass avocado")
    assert product is not None
    update_product(
        session,
        product.id,
        {"hs_code": "0804.40", "kg_per_box": "10", "kg_per_container_40": "20000"},
    )
    _rates_route_tariff(session)
    return setup


def _product_id(session: Session) -> int:
    product = find_product(session, "Hass avocado")
    assert product is not None
    return product.id


def test_latest_offer_per_supplier_cheapest_landed_first(
    session: Session, avocados: Avocados
) -> None:
    # Zapotal: two deals; the latest offer across both is the one listed.
    old_deal = avocados.deal("Zapotal")
    new_deal = avocados.deal("Zapotal")
    avocados.offer(old_deal, "2026-11-20", "4.00")
    latest = avocados.offer(new_deal, "2026-12-01", "5.00")
    # Tancítaro: two offers on one day, the one entered last counts; a buyer's later
    # counter-offer is ours, never the supplier's latest.
    tancitaro = avocados.deal("Tancítaro")
    avocados.offer(tancitaro, "2026-12-01", "7.00")
    entered_last = avocados.offer(tancitaro, "2026-12-01", "6.00")
    avocados.offer(tancitaro, "2026-12-03", "5.50", side="buyer")
    session.flush()

    result = compare_offers(session, _product_id(session), SETTINGS, today=TODAY)

    assert [(r.supplier_name, r.offer_id) for r in result.rows] == [
        ("Zapotal", latest),
        ("Tancítaro", entered_last),
    ]
    zapotal, tancitaro_row = result.rows
    assert tancitaro_row.landed_shown == "49.69"  # the worked example
    assert zapotal.landed_per_kg is not None
    assert tancitaro_row.landed_per_kg is not None
    assert zapotal.landed_per_kg < tancitaro_row.landed_per_kg
    assert (zapotal.origin, zapotal.incoterm_text, zapotal.price_text) == (
        "MX",
        "FOB Manzanillo",
        "USD 5.00/kg",
    )
    assert result.currency == "CNY"
    assert result.product_name == "Hass avocado"
    assert result.priced == 2


def test_rows_without_a_figure_come_last_by_name_with_what_is_missing(
    session: Session, avocados: Avocados
) -> None:
    avocados.offer(avocados.deal("Zapotal"), "2026-12-01", "6.00")
    avocados.offer(avocados.deal("Hass Andina", "CO"), "2026-12-01", "1.00")
    avocados.offer(avocados.deal("Antioquia Export", "CO"), "2026-12-01", "1.50")
    # no rate on or before this day: the figure is missing, not guessed
    avocados.offer(avocados.deal("Early Bird"), "2026-10-01", "2.00")
    session.flush()

    rows = compare_offers(session, _product_id(session), SETTINGS, today=TODAY).rows

    assert [r.supplier_name for r in rows] == [
        "Zapotal",
        "Antioquia Export",
        "Early Bird",
        "Hass Andina",
    ]
    assert [r.landed_per_kg is None for r in rows] == [False, True, True, True]
    assert rows[1].missing == ("sea freight route Cartagena → Shanghai valid on 2026-12-01",)
    assert rows[2].missing == ("USD→CNY rate on or before 2026-10-01",)
    assert rows[1].as_dict()["landed"] == {
        "per_kg": None,
        "missing": ["sea freight route Cartagena → Shanghai valid on 2026-12-01"],
    }


def test_archived_deals_and_suppliers_and_buyer_offers_are_left_out(
    session: Session, avocados: Avocados
) -> None:
    kept = avocados.offer(avocados.deal("Zapotal"), "2026-12-01", "6.00")
    archived_deal = avocados.deal("Archived Deal")
    avocados.offer(archived_deal, "2026-12-01", "3.00")
    archive_negotiation(session, archived_deal.id)
    archived_supplier = avocados.deal("Archived Supplier")
    avocados.offer(archived_supplier, "2026-12-01", "3.00")
    archive_supplier(session, avocados.suppliers["Archived Supplier"].id)
    avocados.offer(avocados.deal("Only Us"), "2026-12-01", "3.00", side="buyer")
    # Zapotal's offer in an archived deal, later than the live one, is not its latest
    zapotal_old = avocados.deal("Zapotal")
    avocados.offer(zapotal_old, "2026-12-05", "1.00")
    archive_negotiation(session, zapotal_old.id)
    # another product's offers are another comparison
    avocados.offer(avocados.deal("Cherry Grower", product="Cherries"), "2026-12-01", "3.00")
    session.flush()

    rows = compare_offers(session, _product_id(session), SETTINGS, today=TODAY).rows

    assert [(r.supplier_name, r.offer_id) for r in rows] == [("Zapotal", kept)]


def test_reporting_currency_and_vat_settings(session: Session, avocados: Avocados) -> None:
    avocados.offer(avocados.deal("Zapotal"), "2026-12-01", "6.00")
    session.flush()
    product_id = _product_id(session)

    in_usd = compare_offers(session, product_id, with_currency(SETTINGS, "USD"), today=TODAY)
    no_vat = compare_offers(session, product_id, LandedSettings(include_vat=False), today=TODAY)

    assert in_usd.currency == "USD"
    assert in_usd.rows[0].landed_shown == "7.00"  # CIF 6.42112 USD x 1.09
    assert no_vat.rows[0].landed_shown == "45.59"  # CIF in CNY, no VAT


def test_one_product_compared_in_six_statements(
    session: Session, avocados: Avocados, count_statements: Callable[[], int]
) -> None:
    for number in range(12):
        deal = avocados.deal(f"Grower {number:02d}", "MX" if number % 3 else "CO")
        avocados.offer(deal, "2026-12-01", f"{5 + number / 10:.2f}")
        avocados.offer(deal, "2026-12-02", "9.00", side="buyer")
    session.flush()
    product_id = _product_id(session)
    before = count_statements()
    result = compare_offers(session, product_id, SETTINGS, today=TODAY)
    assert len(result.rows) == 12
    # the product's name, the latest offers with their deals' terms, the book's four
    assert count_statements() - before == 6


@pytest.fixture
def count_statements(session: Session) -> Iterator[Callable[[], int]]:
    seen = [0]
    engine = session.get_bind()

    def counted(*_args: Any) -> None:
        seen[0] += 1

    event.listen(engine, "before_cursor_execute", counted)
    yield lambda: seen[0]
    event.remove(engine, "before_cursor_execute", counted)


def test_no_offers_is_an_empty_comparison_and_no_product_is_refused(
    session: Session, avocados: Avocados
) -> None:
    product_id = _product_id(session)
    assert compare_offers(session, product_id, SETTINGS, today=TODAY).rows == ()
    with pytest.raises(NotFoundError, match="Product 2147483647 does not exist"):
        compare_offers(session, 2**31 - 1, SETTINGS, today=TODAY)


def test_products_with_offers_and_lookup_by_name_or_id(
    session: Session, avocados: Avocados
) -> None:
    avocados.offer(avocados.deal("Zapotal"), "2026-12-01", "6.00")
    only_ours = avocados.deal("Cherry Grower", product="Cherries")
    avocados.offer(only_ours, "2026-12-01", "3.00", side="buyer")
    session.flush()
    product_id = _product_id(session)

    assert products_with_offers(session) == [(product_id, "Hass avocado")]
    assert product_by_name_or_id(session, str(product_id)) == (product_id, "Hass avocado")
    assert product_by_name_or_id(session, "  HASS Avocado ") == (product_id, "Hass avocado")
    for bad in ("Durian", "0", "99999999999999999999", ""):
        with pytest.raises(NotFoundError, match=r"Product '.*' does not exist"):
            product_by_name_or_id(session, bad)


def test_money_stays_decimal(session: Session, avocados: Avocados) -> None:
    avocados.offer(avocados.deal("Zapotal"), "2026-12-01", "6.00")
    session.flush()
    [row] = compare_offers(session, _product_id(session), SETTINGS, today=TODAY).rows
    assert isinstance(row.price, Decimal)
    assert isinstance(row.landed_per_kg, Decimal)
    assert Decimal(row.as_dict()["price"]) == Decimal("6.00")
