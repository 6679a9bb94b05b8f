"""The narrow reads of LandedBook.load for a few deals (app.queries.landed_reads): the
same landed costs as reading every row, on SQLite and PostgreSQL (issue 15 point 6)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.queries.landed_costs import LandedBook, LandedSettings, deal_terms, offer_terms
from app.queries.landed_reads import hs_prefixes, rates_between
from app.services.freight import add_route
from app.services.fx_rates import add_rate
from models import Offer
from tests.landed_world import avocado_deal, offer


def _rate(session: Session, day: str, pair: str, rate: str) -> None:
    from_currency, to_currency = pair.split("/")
    data = {"day": day, "from_currency": from_currency, "to_currency": to_currency, "rate": rate}
    add_rate(session, data, decimal_sep=".")


def test_rates_between_days_keep_each_pairs_latest_before_them(session: Session) -> None:
    _rate(session, "2019-03-01", "CNY/MXN", "2.50")  # long before: still the latest then
    _rate(session, "2026-11-01", "EUR/USD", "1.08")
    _rate(session, "2026-11-20", "EUR/USD", "1.09")
    _rate(session, "2026-12-10", "EUR/USD", "1.20")  # after `until`: never read
    book = rates_between(session, {"MXN", "CNY"}, date(2026, 11, 15), date(2026, 12, 1))
    assert book.rate("CNY", "MXN", date(2026, 11, 15)) == Decimal("2.50")
    assert book.rate("EUR", "USD", date(2026, 11, 15)) == Decimal("1.08")
    assert book.rate("EUR", "USD", date(2026, 12, 1)) == Decimal("1.09")
    assert book.rate("USD", "EUR", date(2026, 12, 1)) == 1 / Decimal("1.09")
    assert book.rate("MXN", "BRL", date(2026, 12, 1)) is None


def test_hs_prefixes_cover_every_stored_length() -> None:
    assert hs_prefixes(["08044000", None, ""]) == {"080440", "0804400", "08044000"}


def test_narrow_and_whole_reads_give_the_same_landed_costs(session: Session) -> None:
    deal = avocado_deal(session, origin_port="Lázaro Cárdenas, Mich.")
    # The route is typed without accents, another one shares a first letter only.
    for origin, cost in (("LAZARO CARDENAS", "9000"), ("Lima", "1")):
        add_route(
            session,
            {"origin_port": origin, "destination_port": "Shanghai", "mode": "sea",
             "cost": cost, "currency": "USD", "per": "container", "payload_kg": "20000",
             "insurance_rate": "0.3", "valid_from": "2026-01-01"},
            decimal_sep=".",
        )  # fmt: skip
    _rate(session, "2026-11-30", "MXN/CNY", "0.41")
    offer(session, deal)
    offer(session, deal, side="buyer", offered_on="2026-12-06", price="40", currency="CNY")
    offer(session, deal, offered_on="2026-12-07", price="120", currency="MXN", price_unit="box")
    offer(session, deal, offered_on="2026-12-08", price="6.30", incoterm="CFR Shanghai")
    session.flush()
    terms = deal_terms(session, [deal])[deal]
    offers = [offer_terms(o) for o in session.query(Offer).filter_by(negotiation_id=deal)]
    settings = LandedSettings()
    until, currencies = date(2026, 12, 8), {"USD", "CNY", "MXN"}
    whole = LandedBook.load(session, settings, until=until, origins=["MX"], currencies=currencies)
    narrow = LandedBook.load(
        session,
        settings,
        until=until,
        origins=["MX"],
        currencies=currencies,
        since=date(2026, 12, 1),
        deals=[terms],
    )
    assert [narrow.landed(terms, o) for o in offers] == [whole.landed(terms, o) for o in offers]
    first = narrow.landed(terms, offers[0])
    # USD 9,000 per 20,000 kg from Lázaro Cárdenas: freight 0.45 x 7.10 = 3.195 CNY/kg.
    assert next(line.amount for line in first.lines if line.item == "freight") == Decimal("3.195")


def test_a_deal_without_a_route_still_meets_its_destination_charges(session: Session) -> None:
    from app.services.freight import add_charge

    deal = avocado_deal(session, origin_port=None)  # no origin port: no route
    add_charge(
        session,
        {"port": "Shanghai", "side": "destination", "kind": "import_clearance",
         "amount": "2000", "currency": "CNY", "per": "container"},
        decimal_sep=".",
    )  # fmt: skip
    offer(session, deal, incoterm="CIF Shanghai", price="6.50")
    session.flush()
    terms = deal_terms(session, [deal])[deal]
    [priced] = [offer_terms(o) for o in session.query(Offer).filter_by(negotiation_id=deal)]
    narrow = LandedBook.load(
        session,
        until=date(2026, 12, 1),
        origins=["MX"],
        currencies={"USD"},
        since=date(2026, 12, 1),
        deals=[terms],
    )
    landed = narrow.landed(terms, priced)
    whole = LandedBook.load(session, until=date(2026, 12, 1), origins=["MX"], currencies={"USD"})
    assert landed == whole.landed(terms, priced)
    assert any(line.item == "import_clearance" for line in landed.lines)  # 2,000 / 20,000 kg
