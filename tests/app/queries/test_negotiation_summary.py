from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.queries.landed_costs import LandedSettings
from app.queries.negotiation_summary import negotiation_summary
from app.services.negotiations import add_offer
from app.services.shipments import create_shipment
from models import Negotiation, OfferSide
from tests.landed_world import avocado_deal, offer


def _offers(session: Session, negotiation: Negotiation, rounds: list[tuple[str, str, str]]) -> None:
    for side, price, day in rounds:
        add_offer(session, negotiation.id, {"side": side, "price": price, "offered_on": day})


def test_latest_offers_gap_and_trend(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation()
    _offers(
        session,
        negotiation,
        [
            ("supplier", "4.20", "2026-10-01"),
            ("buyer", "3.50", "2026-10-03"),
            ("supplier", "3.95", "2026-10-06"),
            ("buyer", "3.70", "2026-10-08"),
        ],
    )
    create_shipment(session, negotiation.id, {"reference": "SHP-T-1", "etd": "2026-11-01"})
    summary = negotiation_summary(session, negotiation.id)
    assert [p.round for p in summary.rounds] == [1, 2, 3, 4]
    assert summary.latest_supplier is not None
    assert summary.latest_supplier.price == Decimal("3.95")
    assert summary.latest_buyer is not None
    assert summary.latest_buyer.price == Decimal("3.70")
    assert summary.gap is not None
    assert summary.gap.amount == Decimal("0.25")
    assert summary.gap.percent == Decimal("6.3")
    assert summary.rounds[2].change == Decimal("-0.25")
    assert summary.rounds[2].change_percent == Decimal("-6.0")
    assert summary.rounds[3].change == Decimal("0.20")
    assert summary.rounds[0].change is None
    assert (summary.supplier_trend, summary.buyer_trend) == ("falling", "rising")
    assert [s.reference for s in summary.shipments] == ["SHP-T-1"]


def test_rounds_follow_offer_dates_not_entry_order(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation()
    _offers(
        session, negotiation, [("buyer", "3.00", "2026-10-05"), ("supplier", "4.00", "2026-10-01")]
    )
    session.expire(negotiation, ["offers"])
    summary = negotiation_summary(session, negotiation.id)
    assert [p.side for p in summary.rounds] == [OfferSide.SUPPLIER, OfferSide.BUYER]


def test_no_gap_without_both_sides_or_across_currencies(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation()
    summary = negotiation_summary(session, negotiation.id)
    assert summary.gap is None
    assert summary.gap_note == "no offer from the supplier yet"
    assert summary.supplier_trend == "no trend yet"
    add_offer(session, negotiation.id, {"side": "supplier", "price": "4.00"})
    assert negotiation_summary(session, negotiation.id).gap_note == "no offer from us yet"
    add_offer(session, negotiation.id, {"side": "buyer", "price": "CNY 26.50"})
    summary = negotiation_summary(session, negotiation.id)
    assert summary.gap is None
    # Across currencies the gap is on landed cost; this deal lacks its inputs: all named.
    assert summary.gap_note == (
        "offers differ in currency (USD, CNY); no landed cost to compare without: "
        f"USD→CNY rate on or before {date.today().isoformat()}; "
        "origin port of the negotiation (for its freight route); "
        "HS code of Cherries (for its duty and VAT)"
    )


# --- the gap across currencies, units and Incoterms (issue 15 point 6) -----------------------


def test_the_gap_across_currencies_takes_each_offer_at_its_own_date(session: Session) -> None:
    deal = avocado_deal(session)
    offer(session, deal)  # FOB USD 6.00/kg on 12-01: USD->CNY 7.10, 49.69304768 CNY/kg
    # FOB CNY 40.00/kg on 12-06: freight USD 0.40/kg at 7.20 (that day's rate) = 2.88;
    # (40 + 2.88) x 1.0033 x 1.09 = 46.89343936 CNY/kg.
    offer(session, deal, side="buyer", offered_on="2026-12-06", price="40", currency="CNY")
    summary = negotiation_summary(session, deal)
    assert summary.gap is not None
    assert summary.gap.landed
    assert summary.gap.amount == Decimal("2.7996")  # 49.69304768 - 46.89343936
    assert (summary.gap.currency, summary.gap.price_unit) == ("CNY", "kg")
    assert summary.gap.percent == Decimal("5.6")
    assert summary.gap_note == "gap on landed cost, CNY/kg"
    # One date for both would give 50.39 - 46.89 (12-06) or 49.69 - 46.84 (12-01).


def test_the_gap_across_incoterms_is_on_landed_cost(session: Session) -> None:
    deal = avocado_deal(session)
    offer(session, deal)  # FOB USD 6.00/kg: 49.69304768 CNY/kg
    # CIF USD 6.40/kg: 6.40 x 7.10 = 45.44 CIF, VAT 9% = 49.5296 CNY/kg
    offer(session, deal, side="buyer", price="6.40", incoterm="CIF Shanghai")
    summary = negotiation_summary(session, deal)
    assert summary.gap is not None
    assert summary.gap.landed
    assert summary.gap.amount == Decimal("0.1634")
    assert summary.gap_note == "gap on landed cost, CNY/kg"
    assert summary.latest_buyer is not None
    assert summary.latest_buyer.incoterm == "CIF"


def test_the_gap_across_units_and_in_another_reporting_currency(session: Session) -> None:
    deal = avocado_deal(session)
    offer(session, deal)
    offer(session, deal, side="buyer", price="58", price_unit="box")  # USD 5.80/kg
    summary = negotiation_summary(session, deal, LandedSettings("USD"))
    assert summary.gap is not None
    assert (summary.gap.currency, summary.gap.landed) == ("USD", True)
    # Same term and currency once per kg: the gap is the price gap carried up the ladder,
    # 0.20 x 1.0033 x 1.09 = 0.2187194 USD/kg.
    assert summary.gap.amount == Decimal("0.2187")
    assert summary.gap_note == "gap on landed cost, USD/kg"


def test_the_same_currency_unit_and_term_keep_the_plain_gap(session: Session) -> None:
    deal = avocado_deal(session)
    offer(session, deal)
    offer(session, deal, side="buyer", price="5.50", incoterm="FOB Manzanillo")
    summary = negotiation_summary(session, deal)
    assert summary.gap is not None
    assert not summary.gap.landed
    assert (summary.gap.amount, summary.gap.currency) == (Decimal("0.50"), "USD")
    assert summary.gap_note is None


def test_a_missing_landed_input_is_named_instead_of_a_gap(session: Session) -> None:
    deal = avocado_deal(session)
    offer(session, deal, offered_on="2026-11-29")  # before the first USD->CNY rate
    offer(session, deal, side="buyer", price="40", currency="CNY", price_unit="t")
    summary = negotiation_summary(session, deal)
    assert summary.gap is None
    assert summary.gap_note == (
        "offers differ in currency (USD, CNY) and unit (kg, t); no landed cost to compare "
        "without: USD→CNY rate on or before 2026-11-29"
    )
