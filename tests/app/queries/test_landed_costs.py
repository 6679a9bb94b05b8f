"""Landed costs from stored offers, rates, routes, charges and tariffs (issue 15 point 5),
on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.queries.landed_costs import (
    LandedBook,
    LandedSettings,
    deal_terms,
    negotiation_landed,
    offer_terms,
)
from app.services.freight import add_charge
from app.services.tariffs import add_tariff
from models import Negotiation
from tests import landed_world

DAY = date(2026, 12, 1)


@pytest.fixture
def avocado_deal(session: Session) -> Negotiation:
    """The issue's worked example, stored (tests/landed_world.py), without an offer."""
    deal = session.get(Negotiation, landed_world.avocado_deal(session))
    assert deal is not None
    return deal


def offer(session: Session, deal: Negotiation, **data: Any) -> None:
    landed_world.offer(session, deal.id, **data)


def test_the_worked_example_from_stored_rows(session: Session, avocado_deal: Negotiation) -> None:
    offer(session, avocado_deal)
    offer(session, avocado_deal, side="buyer", price="55", price_unit="box", currency="CNY")
    session.flush()
    landed = negotiation_landed(session, avocado_deal.id)
    assert next(o.landed.shown for o in landed) == "49.69"
    assert landed[0].landed.missing == ()
    # 55 CNY per 10 kg box, FOB: 5.50 + freight 2.84 + insurance, VAT 9%
    expected = (5.5 + 2.84) * (1 + 0.003 * 1.1) * 1.09
    assert landed[1].landed.shown == f"{expected:.2f}"


def test_a_rate_after_the_offer_date_is_never_used(
    session: Session, avocado_deal: Negotiation
) -> None:
    offer(session, avocado_deal, offered_on="2026-11-29")
    session.flush()
    [result] = negotiation_landed(session, avocado_deal.id)
    assert result.landed.per_kg is None
    assert result.landed.missing == ("USD→CNY rate on or before 2026-11-29",)


def test_duty_follows_the_tariff_valid_on_the_offer_date(
    session: Session, avocado_deal: Negotiation
) -> None:
    add_tariff(
        session,
        {
            "hs_code": "0804.40",
            "origin": "MX",
            "duty_rate": "7",
            "scheme": "provisional",
            "vat_rate": "9",
            "valid_from": "2026-12-01",
        },
        decimal_sep=".",
    )
    offer(session, avocado_deal)
    session.flush()
    [result] = negotiation_landed(session, avocado_deal.id)
    assert result.landed.shown == "53.17"
    duty = next(line for line in result.landed.lines if line.item == "duty")
    assert duty.label == "Duty (provisional 7%)"


def test_charges_at_the_ports_are_taken_and_a_route_charge_replaces_a_port_charge(
    session: Session, avocado_deal: Negotiation
) -> None:
    for data in (
        {"port": "Shanghai", "side": "destination", "kind": "port", "per": "container"},
        {"port": "Shanghai", "side": "destination", "kind": "import_clearance", "per": "kg"},
    ):
        add_charge(session, {**data, "amount": "2000", "currency": "CNY"}, decimal_sep=".")
    offer(session, avocado_deal)
    session.flush()
    [result] = negotiation_landed(session, avocado_deal.id)
    lines = {line.item: line.amount for line in result.landed.lines}
    assert lines["port"] == Decimal("0.1")  # CNY 2000 per container of 20,000 kg
    assert lines["import_clearance"] == 2000
    assert result.landed.per_kg == lines["cif"] + lines["vat"] + lines["port"] + 2000


def test_each_missing_input_is_named(
    session: Session, make_negotiation: Callable[..., Any]
) -> None:
    deal = make_negotiation(product="Frozen açaí pulp", incoterm="FOB Pecém")
    offer(session, deal, price="900", currency="BRL", price_unit="box")
    session.flush()
    [result] = negotiation_landed(session, deal.id, LandedSettings("CNY"))
    text = " | ".join(result.landed.missing)
    assert "Frozen açaí pulp has no kg per box" in text
    assert "BRL→CNY rate on or before 2026-12-01" in text
    assert "origin port of the negotiation" in text
    assert "HS code of Frozen açaí pulp" in text


def test_a_book_answers_many_offers_in_four_queries(
    session: Session, avocado_deal: Negotiation
) -> None:
    for day in (1, 2, 3):
        offer(session, avocado_deal, offered_on=f"2026-12-0{day}")
    session.flush()
    statements: list[str] = []
    engine = session.get_bind()

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        book = LandedBook.load(session, LandedSettings(), currencies={"USD"})
        terms = deal_terms(session, [avocado_deal.id])[avocado_deal.id]
        figures = [book.landed(terms, offer_terms(o)).shown for o in avocado_deal.offers]
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert figures == ["49.69"] * 3
    assert len(statements) == 5  # routes, charges, tariffs, rates; deal terms
