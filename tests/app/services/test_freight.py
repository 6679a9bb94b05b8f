"""Freight routes and charges entered (validated) and a route looked up by its ports, and
the issue's worked example from a stored route (issue 15 point 3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ServiceError, ValidationError
from app.rules.freight_math import cif_from_fob, freight_per_kg
from app.services.freight import add_charge, add_route, route_for
from models import (
    ChargeKind,
    ChargeSide,
    FreightBasis,
    FreightCharge,
    FreightRoute,
    ShipmentMode,
)

ROUTE = {
    "origin_port": "Manzanillo",
    "destination_port": "Shanghai",
    "mode": "sea",
    "cost": "8000",
    "currency": "usd",
    "per": "container",
    "payload_kg": "20000",
    "insurance_rate": "0.3",
    "valid_from": "2026-01-01",
}


def _route(session: Session, **data: Any) -> FreightRoute:
    return add_route(session, {**ROUTE, **data}, decimal_sep=".")


def test_a_stored_route_gives_the_worked_example_exactly(session: Session) -> None:
    route = _route(session)
    session.expire_all()
    stored = session.get(FreightRoute, route.id)
    assert stored is not None
    assert (stored.mode, stored.per, stored.currency) == (
        ShipmentMode.SEA,
        FreightBasis.CONTAINER,
        "USD",
    )
    assert stored.cover == Decimal(110)
    freight = freight_per_kg(
        stored.cost,
        per_container=stored.per == FreightBasis.CONTAINER,
        payload_kg=stored.payload_kg,
    )
    assert stored.insurance_rate is not None
    built = cif_from_fob(Decimal("6.00"), freight, stored.insurance_rate, stored.cover)
    assert (freight, built.cfr, built.insurance, built.cif) == (
        Decimal("0.4"),
        Decimal("6.40"),
        Decimal("0.02112"),
        Decimal("6.42112"),
    )


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("origin_port", "", "is required"),
        ("mode", "rail", ""),
        ("cost", "0", "more than zero"),
        ("cost", "1e20", ""),
        ("currency", "XYZ", "ISO 4217"),
        ("per", "pallet", ""),
        ("payload_kg", "-5", "more than zero"),
        ("insurance_rate", "101", "0 to 100"),
        ("cover", "90", "under 100"),
        ("valid_from", "someday", ""),
    ],
)
def test_a_bad_route_field_is_refused_by_name_and_nothing_is_written(
    session: Session, field: str, value: str, says: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _route(session, **{field: value})
    assert [e.field for e in caught.value.errors] == [field]
    assert says in caught.value.errors[0].message
    assert session.scalar(select(func.count()).select_from(FreightRoute)) == 0


def test_a_container_cost_needs_its_payload(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        _route(session, payload_kg="")
    assert [e.field for e in caught.value.errors] == ["payload_kg"]
    assert _route(session, per="kg", cost="0.35", payload_kg="").payload_kg is None


def test_route_lookup_folds_case_and_accents_and_takes_the_latest(session: Session) -> None:
    _route(session, destination_port="Xiàmen", cost="7000")
    newer = _route(session, destination_port="Xiàmen", cost="7500", valid_from="2026-06-01")
    _route(session, destination_port="Xiàmen", cost="9000", valid_from="2027-01-01")
    _route(session, destination_port="Xiàmen", mode="air", per="kg", cost="3", payload_kg="")
    found = route_for(session, " manzanillo", "XIAMEN", "sea", on=date(2026, 12, 1))
    assert found.id == newer.id


def test_no_route_names_ports_mode_and_date(session: Session) -> None:
    _route(session)
    with pytest.raises(ServiceError, match="no air freight route from Manzanillo to Shanghai on "
                                           "2026-12-01"):  # fmt: skip
        route_for(session, "Manzanillo", "Shanghai", "air", on=date(2026, 12, 1))
    with pytest.raises(ServiceError, match="on 2025-12-01"):
        route_for(session, "Manzanillo", "Shanghai", ShipmentMode.SEA, on=date(2025, 12, 1))


def test_charges_by_side_and_kind_on_a_route_or_a_port(session: Session) -> None:
    route = _route(session)
    charge = add_charge(
        session,
        {"route_id": route.id, "side": "origin", "kind": "terminal handling", "amount": "250",
         "currency": "USD", "per": "container"},
    )  # fmt: skip
    assert (charge.side, charge.kind, charge.amount) == (
        ChargeSide.ORIGIN,
        ChargeKind.TERMINAL_HANDLING,
        Decimal(250),
    )
    at_port = add_charge(
        session,
        {"port": "Shanghai", "side": "destination", "kind": "cold_store", "amount": "0.02",
         "currency": "CNY", "per": "kg"},
    )  # fmt: skip
    assert at_port.route_id is None


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        ({"route_id": 1, "kind": "delivery"}, ["kind"]),
        ({"route_id": 999}, ["route_id"]),
        ({}, ["route_id"]),
        ({"route_id": 1, "amount": "-1", "per": "pallet"}, ["amount", "per"]),
    ],
)
def test_a_bad_charge_is_refused_by_name_and_nothing_is_written(
    session: Session, data: dict[str, Any], fields: list[str]
) -> None:
    route = _route(session)
    if data.get("route_id") == 1:
        data = {**data, "route_id": route.id}
    row = {
        "side": "origin",
        "kind": "pickup",
        "amount": "100",
        "currency": "USD",
        "per": "shipment",
    }
    with pytest.raises(ValidationError) as caught:
        add_charge(session, {**row, **data})
    assert [e.field for e in caught.value.errors] == fields
    assert session.scalar(select(func.count()).select_from(FreightCharge)) == 0
