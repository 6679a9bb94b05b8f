"""Freight routes and charges: added (validated) and a route looked up by its ports.

A route's ports are matched case- and accent-insensitively ('manzanillo' finds
'Manzanillo', 'Sao Paulo' finds 'São Paulo'); of the routes between two ports by one mode
valid on a date, the latest valid_from wins. Charges belong to a route or to a port by
name, and their kind must be one of their side's (models.freight.KINDS_BY_SIDE).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, ServiceError, ValidationError, reason
from app.messages import Message, translate
from app.rules import parsing
from app.rules import validation as v
from app.rules.ports import port_key
from app.services.common import flush, get_or_fail
from models import (
    ChargeBasis,
    ChargeKind,
    ChargeSide,
    FreightBasis,
    FreightCharge,
    FreightRoute,
    ShipmentMode,
)
from models.freight import DEFAULT_COVER, KINDS_BY_SIDE, PERCENT_PRECISION, PERCENT_SCALE

ROUTE = translate("Entities", "Freight route")
CHARGE = translate("Entities", "Freight charge")
PORT_LENGTH = 80
PERCENT = v.Limit(whole_digits=PERCENT_PRECISION - PERCENT_SCALE, scale=PERCENT_SCALE)


def _number(value: object, ctx: Mapping[str, Any]) -> Decimal:
    text = str(value).strip().removesuffix("%").strip() if isinstance(value, str) else value
    return parsing.parse_decimal(text, decimal_sep=ctx.get("decimal_sep"))


def _percent(value: object, ctx: Mapping[str, Any]) -> Decimal:
    rate = _number(value, ctx)
    if not 0 <= rate <= 100:
        raise ValueError(
            translate("Validation", "{value} is not a percent from 0 to 100").format(
                value=repr(str(value).strip())
            )
        )
    return rate


def _cover(value: object, ctx: Mapping[str, Any]) -> Decimal:
    cover = _number(value, ctx)
    if cover < 100:
        raise ValueError(
            translate(
                "Freight",
                "{value} is under 100: insurance covers at least the value "
                "(Incoterms 2020's minimum is 110)",
            ).format(value=repr(str(value).strip()))
        )
    return cover


def _positive(value: object, ctx: Mapping[str, Any]) -> Decimal:
    number = _number(value, ctx)
    if number <= 0:
        raise ValueError(parsing.must_be_positive(value))
    return number


ROUTE_FIELDS = v.FormSpec(
    ROUTE,
    [
        v.Field(
            "origin_port", translate("Fields", "From port"), v.text(PORT_LENGTH), required=True
        ),
        v.Field(
            "destination_port", translate("Fields", "To port"), v.text(PORT_LENGTH), required=True
        ),
        v.Field("mode", translate("Fields", "Mode"), v.choice(ShipmentMode), required=True),
        v.Field(
            "cost",
            translate("Fields", "Freight cost"),
            v.limited(_positive, v.MONEY),
            required=True,
        ),
        v.Field("currency", translate("Fields", "Currency"), v.currency(), required=True),
        v.Field("per", translate("Fields", "Per"), v.choice(FreightBasis), required=True),
        v.Field("payload_kg", translate("Fields", "Payload kg"), v.limited(_positive, v.QUANTITY)),
        v.Field("insurance_rate", translate("Fields", "Insurance %"), v.limited(_percent, PERCENT)),
        v.Field(
            "cover", translate("Fields", "Cover %"), v.limited(_cover, PERCENT), True, DEFAULT_COVER
        ),
        v.Field("valid_from", translate("Fields", "Valid from"), v.day(), required=True),
        v.Field("notes", translate("Fields", "Notes"), v.text(10_000, multiline=True)),
    ],
    model=FreightRoute,
)

CHARGE_FIELDS = v.FormSpec(
    CHARGE,
    [
        v.Field("route_id", translate("Fields", "Route"), v.whole_number(minimum=1)),
        v.Field("port", translate("Fields", "Port"), v.text(PORT_LENGTH)),
        v.Field("side", translate("Fields", "Side"), v.choice(ChargeSide), required=True),
        v.Field("kind", translate("Fields", "Kind"), v.choice(ChargeKind), required=True),
        v.Field(
            "amount", translate("Fields", "Amount"), v.limited(_positive, v.MONEY), required=True
        ),
        v.Field("currency", translate("Fields", "Currency"), v.currency(), required=True),
        v.Field("per", translate("Fields", "Per"), v.choice(ChargeBasis), required=True),
    ],
    model=FreightCharge,
)


def add_route(
    session: Session, data: Mapping[str, Any], *, decimal_sep: str | None = None
) -> FreightRoute:
    """One route: {origin_port, destination_port, mode, cost, currency, per, valid_from[,
    payload_kg, insurance_rate, cover, notes]}; per container needs payload_kg."""
    values = ROUTE_FIELDS.clean(data, context={"decimal_sep": decimal_sep})
    if values["per"] == FreightBasis.CONTAINER and values.get("payload_kg") is None:
        raise ValidationError(
            [
                FieldError(
                    "payload_kg",
                    ROUTE_FIELDS.label("payload_kg"),
                    translate(
                        "Freight",
                        "is required when the cost is per container: give the kg one carries",
                    ),
                )
            ]
        )
    route = FreightRoute(**values)
    session.add(route)
    flush(session, ROUTE, route)
    return route


def add_charge(
    session: Session, data: Mapping[str, Any], *, decimal_sep: str | None = None
) -> FreightCharge:
    """One charge: {side, kind, amount, currency, per} and a route_id or a port."""
    values = CHARGE_FIELDS.clean(data, context={"decimal_sep": decimal_sep})
    errors: list[FieldError] = []
    if values["kind"] not in KINDS_BY_SIDE[values["side"]]:
        kinds = ", ".join(k.value for k in KINDS_BY_SIDE[values["side"]])
        errors.append(
            FieldError(
                "kind",
                CHARGE_FIELDS.label("kind"),
                _not_of_side(values["side"]).format(value=repr(values["kind"].value), kinds=kinds),
            )
        )
    route_id = values.get("route_id")
    if route_id is None and values.get("port") is None:
        errors.append(
            FieldError(
                "route_id",
                CHARGE_FIELDS.label("route_id"),
                translate("Freight", "give a route or a port the charge is at"),
            )
        )
    elif route_id is not None and session.get(FreightRoute, route_id) is None:
        errors.append(
            FieldError(
                "route_id",
                CHARGE_FIELDS.label("route_id"),
                translate("Freight", "there is no freight route {id}").format(id=route_id),
            )
        )
    if errors:
        raise ValidationError(errors)
    charge = FreightCharge(**values)
    session.add(charge)
    flush(session, CHARGE, charge)
    return charge


def _not_of_side(side: ChargeSide) -> Message:
    """'{value} is not an origin charge: one of {kinds}' (one sentence per side)."""
    if side is ChargeSide.ORIGIN:
        return translate("Freight", "{value} is not a origin charge: one of {kinds}")
    return translate("Freight", "{value} is not a destination charge: one of {kinds}")


def route_for(
    session: Session,
    origin_port: str,
    destination_port: str,
    mode: ShipmentMode | str,
    *,
    on: date | None = None,
) -> FreightRoute:
    """The route between the two ports by `mode` valid on `on` (default: today): the latest
    valid_from; none is a ServiceError naming both ports, the mode and the date."""
    day = on or date.today()
    try:
        shipped = parsing.parse_enum(mode, ShipmentMode, {})
    except ValueError as exc:
        raise ServiceError(
            translate("Freight", "no freight route can be looked up: {reason}").format(
                reason=reason(exc)
            )
        ) from None
    start, end = port_key(origin_port), port_key(destination_port)
    candidates = session.scalars(
        select(FreightRoute).where(FreightRoute.mode == shipped, FreightRoute.valid_from <= day)
    ).all()
    routes = [
        r
        for r in candidates
        if port_key(r.origin_port) == start and port_key(r.destination_port) == end
    ]
    if not routes:
        command = (
            f"freight add --from {origin_port.strip()} --to {destination_port.strip()} "
            f"--mode {shipped.value} --cost N --currency CUR --per container --payload-kg N"
        )
        if shipped is ShipmentMode.AIR:
            message = translate(
                "Freight",
                "no air freight route from {origin} to {destination} on {date}: "
                "add one with `{command}`",
            )
        else:
            message = translate(
                "Freight",
                "no sea freight route from {origin} to {destination} on {date}: "
                "add one with `{command}`",
            )
        raise ServiceError(
            message.format(
                origin=origin_port.strip(),
                destination=destination_port.strip(),
                date=day.isoformat(),
                command=command,
            )
        )
    return max(routes, key=lambda r: (r.valid_from, r.id))


def delete_route(session: Session, route_id: int) -> None:
    """Delete a route and the charges tied to it (not the port charges), in the caller's
    transaction; a route that is not there is a NotFoundError."""
    route = get_or_fail(session, FreightRoute, route_id, ROUTE)
    for charge in session.scalars(select(FreightCharge).where(FreightCharge.route_id == route.id)):
        session.delete(charge)
    session.delete(route)
    flush(session, ROUTE)


def delete_charge(session: Session, charge_id: int) -> None:
    """Delete one charge (of a route or of a port)."""
    session.delete(get_or_fail(session, FreightCharge, charge_id, CHARGE))
    flush(session, CHARGE)
