"""The narrow reads behind LandedBook.load when it knows the deals and the days asked.

A negotiation's offers need few of the stored rows: the freight routes between its two
ports (and their charges, and the charges of any port), the tariff rows of its HS code's
prefixes from its origin, and the exchange rates between a handful of currencies over
the offers' days. With the ECB's history (30 currencies x 6,000 days), 1,000 routes and
1,000 tariff rows, reading everything took 150-300 ms; these reads take a few.

Routes are matched by port key (app.rules.ports: 'Manzanillo, MX' is 'manzanillo'),
which SQL cannot compute: SQL narrows them by their ports' first letters and they are
matched here; the routes, their charges and the tariff rows go out in one pipeline
(deal_inputs), the rates (whose currencies are those of the routes and charges found)
in a second. Rates: every rate from `since` to `until`, and for
each pair the latest before `since` (a grouped max per pair), so that any day in between
finds the latest rate on or before it exactly as the whole table would give it.

A caller that knows the freight currencies already (freight_currency_statements, read
with the deal) sends the rates with the routes: LandedPlan in app.queries.landed_costs,
one round trip for all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from app.queries.batched import AnyRow, AnySelect, fetch_together
from app.rules.ports import port_key
from app.services.fx_convert import PIVOTS, RateBook
from app.services.tariffs import code_prefixes
from models import FreightCharge, FreightRoute, FxRate, ShipmentMode, Tariff
from models.text import fold

RouteKey = tuple[str, str, ShipmentMode]


def route_keys(deals: Iterable[Any]) -> set[RouteKey]:
    """The (origin key, destination key, mode) of each deal (DealTerms) with both ports."""
    return {
        (port_key(d.origin_port), port_key(d.destination_port), d.mode)
        for d in deals
        if d.origin_port and d.destination_port
    }


@lru_cache(maxsize=1)
def _folding_to() -> dict[str, frozenset[str]]:
    """For each folded letter, the characters (Latin, with their accents and cases) that
    fold to a text starting with it: 'a' <- a A á Á à â ä ã å ..."""
    table: dict[str, set[str]] = {}
    for code in range(0x20, 0x250):
        folded = fold(chr(code))
        if folded:
            table.setdefault(folded[0], set()).add(chr(code))
    return {letter: frozenset(chars) for letter, chars in table.items()}


def _first_characters(key: str) -> set[str]:
    """What a stored port name whose key is `key` may start with (a superset, for SQL to
    narrow the routes before the keys are compared here; a leading space too)."""
    return {key[:1], key[:1].upper(), " ", *_folding_to().get(key[:1], ())}


def table(model: Any) -> Any:
    """The columns of `model`'s table (`.c`), for the statements sent with app.queries.
    batched: a statement of table columns only compiles in a quarter of the time one
    naming the ORM's attributes takes (it skips the ORM's compile step), and batched
    compiles every statement it sends, at every call (0.6 ms for a deal's row, 2.5 ms)."""
    return model.__table__.c


def columns_of(model: Any) -> list[Any]:
    """Every column of `model`'s table (each mapped, under its attribute's name, in the
    mapper's order), for a statement app.queries.batched can send: its rows have the
    attributes LandedBook reads of a route, a charge or a tariff row."""
    return list(table(model))


def _near_routes(near: dict[str, Any]) -> tuple[Any, ...]:
    """A superset of the routes matching some keys, narrowed by their ports' first
    letters (`near`: _near's values)."""
    route = table(FreightRoute)
    return (
        route.mode.in_(near["modes"]),
        func.substr(route.origin_port, 1, 1).in_(near["origins"]),
        func.substr(route.destination_port, 1, 1).in_(near["destinations"]),
        route.valid_from <= near["until"],
    )


def _near(keys: set[RouteKey], until: date | None) -> dict[str, Any]:
    """The values of _NEAR_ROUTES for `keys`: a superset of the routes matching them."""
    return {
        "modes": sorted({mode for _origin, _destination, mode in keys}),
        "origins": sorted({c for origin, _d, _m in keys for c in _first_characters(origin)}),
        "destinations": sorted({c for _o, dest, _m in keys for c in _first_characters(dest)}),
        "until": until or date.max,
    }


def port_keys(deals: Iterable[Any]) -> set[str]:
    """The key of every port the deals (DealTerms) name, at either end."""
    return {port_key(port) for d in deals for port in (d.origin_port, d.destination_port) if port}


Inputs = tuple[list[AnyRow], list[AnyRow], list[AnyRow]]
"""(routes, charges, tariff rows): rows with the attributes of the models'."""


@dataclass(frozen=True)
class DealInputs:
    """The statements of `deal_inputs`, to send with others (app.queries.batched), and
    what makes the inputs of their rows (`inputs`)."""

    statements: list[AnySelect]
    keys: set[RouteKey]
    has_routes: bool
    has_tariffs: bool

    def inputs(self, found: Sequence[list[AnyRow]]) -> Inputs:
        """The routes matching the deals' keys, their charges and the ports', the tariff
        rows, of the rows of `statements` (in their order)."""
        charges, *rest = found
        routes = rest.pop(0) if self.has_routes else []
        tariffs = rest.pop(0) if self.has_tariffs else []
        keys = self.keys
        routes = [
            route
            for route in routes
            if (port_key(route.origin_port), port_key(route.destination_port), route.mode) in keys
        ]
        matched = {route.id for route in routes}
        charges = [c for c in charges if c.route_id is None or c.route_id in matched]
        return routes, charges, tariffs


def deal_input_statements(
    deals: Sequence[Any], origins: Iterable[str] | None, until: date | None
) -> DealInputs:
    """The statements of `deal_inputs` (see there), with their values in them."""
    keys = route_keys(deals)
    near = _near(keys, until)
    route, charge, tariff = table(FreightRoute), table(FreightCharge), table(Tariff)
    letters = {c for key in port_keys(deals) for c in _first_characters(key)}
    charges_of_routes = charge.route_id.in_(select(route.id).where(*_near_routes(near)))
    port_charges = and_(
        charge.route_id.is_(None),
        func.substr(charge.port, 1, 1).in_(sorted(letters)),
    )
    statements: list[AnySelect] = [
        select(*columns_of(FreightCharge))
        .where(or_(charges_of_routes, port_charges))
        .order_by(charge.id)
    ]
    if keys:
        statements.append(select(*columns_of(FreightRoute)).where(*_near_routes(near)))
    prefixes = sorted(hs_prefixes(d.hs_code for d in deals))
    if prefixes:
        tariffs_of = select(*columns_of(Tariff)).where(tariff.hs_code.in_(prefixes))
        if origins is not None:
            tariffs_of = tariffs_of.where(tariff.origin.in_(sorted(origins)))
        statements.append(tariffs_of)
    return DealInputs(statements, keys, bool(keys), bool(prefixes))


def deal_inputs(
    session: Session, deals: Sequence[Any], origins: Iterable[str] | None, until: date | None
) -> Inputs:
    """(routes, charges, tariff rows) for `deals` (DealTerms), as rows with the models'
    attributes, in one round trip (app.queries.batched):

    - the routes whose ports and mode match a deal's, valid from `until` or before
      (narrowed in SQL by the ports' first letters, the keys compared here);
    - their charges, and the ports' own charges that may be those of the deals' ports
      (narrowed by first letter: LandedBook compares keys; a deal without a route still
      meets its destination's charges). The charges are read with the routes, not after
      them: those of every route the first letters let through, kept here for the
      routes that match;
    - the tariff rows of the deals' HS codes' prefixes from `origins` (every country:
      None).

    The statements are built at each call with their values in them (app.queries.batched
    compiles each with its values; bound later with .params(), SQLAlchemy 2.1 cannot
    give their expanded IN values to it)."""
    planned = deal_input_statements(deals, origins, until)
    return planned.inputs(fetch_together(session, *planned.statements))


def hs_prefixes(codes: Iterable[str | None]) -> set[str]:
    """Every prefix a tariff row may be stored at for `codes` (6 digits up to the code)."""
    return {prefix for code in codes if code for prefix in code_prefixes(code)}


def rates_statement(currencies: Iterable[str], since: date, until: date) -> AnySelect:
    """The rates between `currencies` and the pivots from `since` to `until`, and each
    pair's latest before `since`, as one statement with its values in it (for
    app.queries.batched): the latest before is a grouped max per pair joined back, not
    a statement per pair (a union of a LIMIT 1 per pair took 100 ms to compile)."""
    wanted = sorted({*currencies, *PIVOTS})
    fx = table(FxRate)
    columns = (fx.from_currency, fx.to_currency, fx.day, fx.rate)
    pair = (fx.from_currency.in_(wanted), fx.to_currency.in_(wanted))
    window = select(*columns).where(*pair, fx.day >= since, fx.day <= until)
    latest = (
        select(fx.from_currency, fx.to_currency, func.max(fx.day).label("day"))
        .where(*pair, fx.day < since)
        .group_by(fx.from_currency, fx.to_currency)
        .subquery("latest_before")
    )
    before = select(*columns).join(
        latest,
        and_(
            fx.from_currency == latest.c.from_currency,
            fx.to_currency == latest.c.to_currency,
            fx.day == latest.c.day,
        ),
    )
    rates = union_all(window, before).subquery("rates")
    return select(*rates.c)


def rate_book(rows: Iterable[AnyRow]) -> RateBook:
    """A RateBook of the rows of `rates_statement`."""
    return RateBook((row[0], row[1], row[2], row[3]) for row in rows)


def rates_between(
    session: Session, currencies: Iterable[str], since: date, until: date
) -> RateBook:
    """The rates between `currencies` and the pivots from `since` to `until`, and each
    pair's latest before `since`: one statement."""
    return rate_book(session.execute(rates_statement(currencies, since, until)))


def freight_currency_statements() -> list[AnySelect]:
    """The currencies freight routes and charges are priced in (a few): read with a
    deal, before its routes are known, they give the rates to read with the routes."""
    return [
        select(table(FreightRoute).currency).distinct(),
        select(table(FreightCharge).currency).distinct(),
    ]
