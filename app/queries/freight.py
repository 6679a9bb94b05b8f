"""The stored freight routes (by ports and date) and charges as plain dicts for `--json`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.fx_rates import exact_text
from models import FreightCharge, FreightRoute


def list_routes(session: Session, *, limit: int = 500) -> list[FreightRoute]:
    query = select(FreightRoute).order_by(
        FreightRoute.origin_port,
        FreightRoute.destination_port,
        FreightRoute.mode,
        FreightRoute.valid_from.desc(),
        FreightRoute.id,
    )
    return list(session.scalars(query.limit(limit)))


def _charges(session: Session, route_ids: list[int]) -> dict[int, list[FreightCharge]]:
    by_route: dict[int, list[FreightCharge]] = {i: [] for i in route_ids}
    query = select(FreightCharge).where(FreightCharge.route_id.in_(route_ids))
    for charge in session.scalars(query.order_by(FreightCharge.id)):
        assert charge.route_id is not None
        by_route[charge.route_id].append(charge)
    return by_route


def charge_dict(charge: FreightCharge) -> dict[str, Any]:
    return {
        "id": charge.id,
        "route_id": charge.route_id,
        "port": charge.port,
        "side": charge.side.value,
        "kind": charge.kind.value,
        "amount": exact_text(charge.amount),
        "currency": charge.currency,
        "per": charge.per.value,
    }


def route_dict(route: FreightRoute, charges: list[FreightCharge] | None = None) -> dict[str, Any]:
    """A route as plain values for `--json` (amounts and percents as exact decimal strings)."""
    return {
        "id": route.id,
        "origin_port": route.origin_port,
        "destination_port": route.destination_port,
        "mode": route.mode.value,
        "cost": exact_text(route.cost),
        "currency": route.currency,
        "per": route.per.value,
        "payload_kg": None if route.payload_kg is None else exact_text(route.payload_kg),
        "insurance_rate": None
        if route.insurance_rate is None
        else exact_text(route.insurance_rate),
        "cover": exact_text(route.cover),
        "valid_from": route.valid_from.isoformat(),
        "notes": route.notes,
        "charges": [charge_dict(c) for c in charges or []],
    }


def route_dicts(session: Session, *, limit: int = 500) -> list[dict[str, Any]]:
    """The listed routes, each with its charges (one query for all of them)."""
    routes = list_routes(session, limit=limit)
    charges = _charges(session, [r.id for r in routes])
    return [route_dict(r, charges[r.id]) for r in routes]


def port_charge_dicts(session: Session) -> list[dict[str, Any]]:
    """The charges tied to a port rather than a route, by port, side and kind."""
    query = (
        select(FreightCharge)
        .where(FreightCharge.route_id.is_(None))
        .order_by(FreightCharge.port, FreightCharge.side, FreightCharge.kind, FreightCharge.id)
    )
    return [charge_dict(c) for c in session.scalars(query)]


def freight_overview(
    session: Session, *, limit: int = 500
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What File > Freight and charges shows, in three queries: the routes, each with its
    charges, and the port charges."""
    return route_dicts(session, limit=limit), port_charge_dicts(session)
