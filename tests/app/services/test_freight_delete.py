"""A freight route deleted with its own charges (port charges stay), one charge deleted,
and the port charges listed apart from the routes' (issue 15 point 3, File > Freight)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.freight import freight_overview, port_charge_dicts
from app.services.freight import add_charge, add_route, delete_charge, delete_route
from models import FreightCharge, FreightRoute

ROUTE = {
    "origin_port": "Manzanillo",
    "destination_port": "Shanghai",
    "mode": "sea",
    "cost": "5200",
    "currency": "USD",
    "per": "container",
    "payload_kg": "20000",
    "valid_from": "2026-01-01",
}


def _charge(session: Session, **data: Any) -> FreightCharge:
    row = {"side": "destination", "kind": "port", "amount": "1150", "currency": "CNY"}
    return add_charge(session, {**row, "per": "container", **data}, decimal_sep=".")


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_deleting_a_route_takes_its_charges_and_leaves_the_port_charges(
    session: Session,
) -> None:
    route = add_route(session, ROUTE, decimal_sep=".")
    other = add_route(session, {**ROUTE, "destination_port": "Shenzhen"}, decimal_sep=".")
    _charge(session, route_id=route.id, side="origin", kind="loading", amount="90")
    _charge(session, route_id=other.id, side="origin", kind="loading", amount="95")
    _charge(session, port="Shanghai")
    delete_route(session, route.id)
    assert _count(session, FreightRoute) == 1
    assert [
        c.route_id for c in session.scalars(select(FreightCharge).order_by(FreightCharge.id))
    ] == [
        other.id,
        None,
    ]


def test_deleting_one_charge_leaves_the_others(session: Session) -> None:
    route = add_route(session, ROUTE, decimal_sep=".")
    loading = _charge(session, route_id=route.id, side="origin", kind="loading", amount="90")
    at_port = _charge(session, port="Shanghai")
    delete_charge(session, loading.id)
    assert [c.id for c in session.scalars(select(FreightCharge))] == [at_port.id]
    assert _count(session, FreightRoute) == 1


def test_deleting_what_is_not_there_is_refused(session: Session) -> None:
    with pytest.raises(NotFoundError):
        delete_route(session, 999_999)
    with pytest.raises(NotFoundError):
        delete_charge(session, 999_999)


def test_the_overview_lists_routes_with_their_charges_and_the_port_charges_apart(
    session: Session,
) -> None:
    route = add_route(session, ROUTE, decimal_sep=".")
    _charge(session, route_id=route.id, side="origin", kind="loading", amount="90")
    _charge(session, port="Shenzhen", kind="inspection", amount="600", per="shipment")
    _charge(session, port="Guangzhou")
    routes, ports = freight_overview(session)
    assert [(r["origin_port"], [c["kind"] for c in r["charges"]]) for r in routes] == [
        ("Manzanillo", ["loading"])
    ]
    assert [(c["port"], c["kind"], c["amount"], c["per"]) for c in ports] == [
        ("Guangzhou", "port", "1150", "container"),
        ("Shenzhen", "inspection", "600", "shipment"),
    ]
    assert port_charge_dicts(session) == ports
