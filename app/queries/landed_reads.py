"""The narrow reads behind LandedBook.load when it knows the deals and the days asked.

A negotiation's offers need few of the stored rows: the freight routes between its two
ports (and their charges, and the charges of any port), the tariff rows of its HS code's
prefixes from its origin, and the exchange rates between a handful of currencies over
the offers' days. With the ECB's history (30 currencies x 6,000 days), 1,000 routes and
1,000 tariff rows, reading everything took 150-300 ms; these reads take a few.

Routes are matched by port key (app.rules.ports: 'Manzanillo, MX' is 'manzanillo'),
which SQL cannot compute: their ids, ports and modes are read light, matched here, and
only the matching routes read whole. Rates: every rate from `since` to `until`, and for
each pair the latest before `since` (an index seek each), so that any day in between
finds the latest rate on or before it exactly as the whole table would give it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from itertools import permutations
from typing import Any

from sqlalchemy import CompoundSelect, and_, bindparam, func, or_, select, union_all
from sqlalchemy.orm import Session

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


_ROUTES = select(FreightRoute).where(
    FreightRoute.mode.in_(bindparam("modes", expanding=True)),
    func.substr(FreightRoute.origin_port, 1, 1).in_(bindparam("origins", expanding=True)),
    func.substr(FreightRoute.destination_port, 1, 1).in_(bindparam("destinations", expanding=True)),
    FreightRoute.valid_from <= bindparam("until"),
)
_CHARGES = select(FreightCharge).where(
    or_(
        FreightCharge.route_id.in_(bindparam("route_ids", expanding=True)),
        and_(
            FreightCharge.route_id.is_(None),
            func.substr(FreightCharge.port, 1, 1).in_(bindparam("ports", expanding=True)),
        ),
    )
)
_TARIFFS = select(Tariff).where(Tariff.hs_code.in_(bindparam("codes", expanding=True)))
_TARIFFS_FROM = _TARIFFS.where(Tariff.origin.in_(bindparam("origins", expanding=True)))
"""The statements are built once and their values bound at each call: building them
cost more than running them."""


def routes_between(session: Session, keys: set[RouteKey], until: date | None) -> list[FreightRoute]:
    """The routes whose ports and mode match one of `keys`, valid from `until` or before:
    one query, narrowed in SQL by the ports' first letters, the keys compared here."""
    if not keys:
        return []
    values = {
        "modes": sorted({mode for _origin, _destination, mode in keys}),
        "origins": sorted({c for origin, _d, _m in keys for c in _first_characters(origin)}),
        "destinations": sorted({c for _o, dest, _m in keys for c in _first_characters(dest)}),
        "until": until or date.max,
    }
    return [
        route
        for route in session.scalars(_ROUTES, values)
        if (port_key(route.origin_port), port_key(route.destination_port), route.mode) in keys
    ]


def port_keys(deals: Iterable[Any]) -> set[str]:
    """The key of every port the deals (DealTerms) name, at either end."""
    return {port_key(port) for d in deals for port in (d.origin_port, d.destination_port) if port}


def charges_of(
    session: Session, route_ids: Iterable[int], ports: set[str]
) -> Sequence[FreightCharge]:
    """The charges of the routes `route_ids`, and the ports' own charges that may be
    those of the ports keyed `ports` (narrowed by first letter: LandedBook compares keys;
    a deal without a route still meets its destination's charges)."""
    letters = {c for key in ports for c in _first_characters(key)}
    values = {"route_ids": list(route_ids), "ports": sorted(letters)}
    return session.scalars(_CHARGES, values).all()


def hs_prefixes(codes: Iterable[str | None]) -> set[str]:
    """Every prefix a tariff row may be stored at for `codes` (6 digits up to the code)."""
    return {prefix for code in codes if code for prefix in code_prefixes(code)}


def tariffs_for(
    session: Session, origins: Iterable[str] | None, codes: Iterable[str | None]
) -> Sequence[Tariff]:
    """The tariff rows of `codes`' prefixes from `origins` (every country: None)."""
    prefixes = sorted(hs_prefixes(codes))
    if not prefixes:
        return []
    if origins is None:
        return session.scalars(_TARIFFS, {"codes": prefixes}).all()
    return session.scalars(_TARIFFS_FROM, {"codes": prefixes, "origins": sorted(origins)}).all()


@lru_cache(maxsize=64)
def _rates_statement(pairs: int) -> CompoundSelect[Any]:
    """The statement of `rates_between` for `pairs` currency pairs, built once: its
    values are bound at each call (building a union of a dozen selects cost more than
    running it)."""
    columns = (FxRate.from_currency, FxRate.to_currency, FxRate.day, FxRate.rate)
    window = select(*columns).where(
        FxRate.from_currency.in_(bindparam("wanted_from", expanding=True)),
        FxRate.to_currency.in_(bindparam("wanted_to", expanding=True)),
        FxRate.day >= bindparam("since"),
        FxRate.day <= bindparam("until"),
    )
    before = [
        select(*columns)
        .where(
            FxRate.from_currency == bindparam(f"from_{n}"),
            FxRate.to_currency == bindparam(f"to_{n}"),
            FxRate.day < bindparam("since"),
        )
        .order_by(FxRate.day.desc())
        .limit(1)
        .subquery(f"before_{n}")
        for n in range(pairs)
    ]
    return union_all(window, *(select(*sub.c) for sub in before))


def rates_between(
    session: Session, currencies: Iterable[str], since: date, until: date
) -> RateBook:
    """The rates between `currencies` and the pivots from `since` to `until`, and each
    pair's latest before `since`: one statement."""
    wanted = sorted({*currencies, *PIVOTS})
    pairs = list(permutations(wanted, 2))
    values: dict[str, Any] = {
        "wanted_from": wanted,
        "wanted_to": wanted,
        "since": since,
        "until": until,
    }
    for n, (from_currency, to_currency) in enumerate(pairs):
        values[f"from_{n}"] = from_currency
        values[f"to_{n}"] = to_currency
    rows = session.execute(_rates_statement(len(pairs)), values)
    return RateBook(tuple(row) for row in rows)
