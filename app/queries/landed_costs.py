"""Landed costs of offers, read from the database in a few queries.

`LandedBook.load` reads, once, what any number of offers need beyond their own terms:
the exchange rates (app.services.fx_convert.RateBook), the freight routes with their
charges, and the tariff rows. `deal_terms` reads, in one query, what each negotiation
brings: its product's packaging and HS code, its supplier's country, its ports and
Incoterm, the mode (air when its latest shipment flew, else sea). The book then builds
one app.rules.landed_ladder.TermLadder per kind of deal (product, origin, ports, mode),
term, route and tariff row, shared by every deal alike and every day those hold, and
runs each price up it in a few Decimal operations, rates remembered per pair and day.

Which route: the deal's origin and destination ports (compared by app.rules.ports) by
its mode, the latest valid on the offer's date. Which charges: the route's own, and the
charges entered for either port; a route's charge replaces a port's charge of the same
kind. Which tariff: the longest HS-code prefix for the supplier's country valid on the
offer's date. Which rates: the latest on or before the offer's date.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.messages import translate
from app.queries import landed_reads
from app.queries.batched import AnyRow, AnySelect, fetch_together
from app.queries.landed_reads import table
from app.rules import landed_ladder as ll
from app.rules.ports import port_key
from app.rules.units import Packaging
from app.services.fx_convert import RateBook
from app.services.tariffs import applies_on, code_prefixes, precedence
from models import (
    FreightCharge,
    FreightRoute,
    Incoterm,
    Negotiation,
    Offer,
    OfferSide,
    Product,
    Shipment,
    ShipmentMode,
    Supplier,
    Tariff,
    Unit,
)

DEFAULT_CURRENCY = "CNY"

MODE_WORDS = {
    ShipmentMode.SEA: translate("Queries", "sea"),
    ShipmentMode.AIR: translate("Queries", "air"),
}
"""The mode as a word inside a sentence ("sea freight route ..."), translatable."""


@dataclass(frozen=True)
class LandedSettings:
    currency: str = DEFAULT_CURRENCY
    """The reporting currency every landed cost is given in."""
    include_vat: bool = True
    """False: compare without import VAT (an importer that recovers it)."""


@dataclass(frozen=True)
class DealTerms:
    """What a negotiation brings to its offers' landed costs."""

    negotiation_id: int
    packaging: Packaging
    hs_code: str | None
    origin_country: str | None
    origin_port: str | None
    destination_port: str | None
    mode: ShipmentMode
    incoterm: Incoterm | None
    """The deal's own term: an offer without one is taken at it."""


@dataclass(frozen=True)
class OfferTerms:
    """An offer as the ladder needs it."""

    offer_id: int
    price: Decimal
    currency: str
    unit: Unit
    incoterm: Incoterm | None
    day: date


def deal_columns() -> list[Any]:
    """The columns a DealTerms is read from (`deal_terms_from`), for any query that joins
    the tables of Negotiation, Product and Supplier: the mode is the latest shipment's (a
    correlated subquery on the shipments' negotiation index). Table columns, so that a
    statement of them compiles without the ORM's step (landed_reads.table)."""
    deal, product, supplier = table(Negotiation), table(Product), table(Supplier)
    shipment = table(Shipment)
    flew = (
        select(shipment.mode)
        .where(shipment.negotiation_id == deal.id)
        .order_by(shipment.etd.desc().nulls_last(), shipment.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return [
        deal.id,
        product.id,
        product.name,
        product.hs_code,
        product.kg_per_box,
        product.kg_per_container_20,
        product.kg_per_container_40,
        supplier.country,
        deal.origin_port,
        deal.destination_port,
        deal.incoterm,
        flew,
    ]


DEAL_COLUMNS = 12
"""How many columns `deal_columns` gives."""


def _deal_query() -> Select[Any]:
    deal, product, supplier = table(Negotiation), table(Product), table(Supplier)
    query: Select[Any] = (
        select(*deal_columns())
        .join(Product.__table__, product.id == deal.product_id)
        .join(Supplier.__table__, supplier.id == deal.supplier_id)
    )
    return query


def deal_terms_from(
    row: Sequence[Any], packagings: dict[tuple[Any, ...], Packaging] | None = None
) -> DealTerms:
    """A DealTerms from the `deal_columns` of a row; `packagings` keeps one Packaging per
    product across the rows of one read."""
    (nid, pid, name, hs, box, c20, c40, country, origin, destination, term, mode) = row
    key = (pid, name, box, c20, c40)
    packaging = packagings.get(key) if packagings is not None else None
    if packaging is None:
        packaging = Packaging(str(name), box, c20, c40, pid)
        if packagings is not None:
            packagings[key] = packaging
    return DealTerms(
        negotiation_id=nid,
        packaging=packaging,
        hs_code=hs,
        origin_country=country,
        origin_port=origin,
        destination_port=destination,
        mode=ShipmentMode(mode) if mode else ShipmentMode.SEA,
        incoterm=Incoterm(term) if term else None,
    )


def deal_terms_statement(negotiation_ids: Iterable[int]) -> Select[Any]:
    """The statement `deal_terms` sends: its rows give DealTerms (`deal_terms_from`)."""
    return _deal_query().where(table(Negotiation).id.in_(list(negotiation_ids)))


def deal_terms(session: Session, negotiation_ids: Iterable[int]) -> dict[int, DealTerms]:
    """The landed-cost terms of each negotiation, in one query."""
    ids = list(negotiation_ids)
    if not ids:
        return {}
    rows = session.execute(deal_terms_statement(ids))
    packagings: dict[tuple[Any, ...], Packaging] = {}
    return {row[0]: deal_terms_from(tuple(row), packagings) for row in rows}


@dataclass(frozen=True)
class _Route:
    costs: ll.RouteCosts
    route_id: int
    valid_from: date


def _tariff_label(scheme: str, duty: Decimal) -> str:
    names = {"mfn": "MFN", "fta": "FTA", "provisional": "provisional"}
    return f"{names.get(scheme, scheme)} {duty.normalize():f}%"


def book_statements(
    origins: Iterable[str] | Select[Any] | None,
) -> tuple[AnySelect, AnySelect, AnySelect]:
    """What LandedBook reads besides the rates: every route, every charge, and the tariff
    rows of `origins` (a set, or a statement selecting them; every country: None)."""
    tariffs = select(*landed_reads.columns_of(Tariff))
    if origins is not None:
        tariffs = tariffs.where(table(Tariff).origin.in_(origins))
    return (
        select(*landed_reads.columns_of(FreightRoute)),
        select(*landed_reads.columns_of(FreightCharge)),
        tariffs,
    )


class LandedBook:
    """Rates, routes, charges and tariffs in memory; ladders built once and kept."""

    def __init__(
        self,
        settings: LandedSettings,
        rates: RateBook,
        routes: Iterable[Any],
        charges: Iterable[Any],
        tariffs: Iterable[Any],
    ) -> None:
        """`routes`, `charges`, `tariffs`: rows (or records) with the attributes of
        FreightRoute, FreightCharge and Tariff."""
        self.settings = settings
        self.rates = rates
        self._routes: dict[tuple[str, str, ShipmentMode], list[_Route]] = defaultdict(list)
        for r in routes:
            name = f"{r.origin_port} → {r.destination_port} ({ShipmentMode(r.mode).value})"
            costs = ll.RouteCosts(
                name, r.cost, r.currency, r.per, r.payload_kg, r.insurance_rate, r.cover
            )
            key = (port_key(r.origin_port), port_key(r.destination_port), ShipmentMode(r.mode))
            self._routes[key].append(_Route(costs, r.id, r.valid_from))
        for candidates in self._routes.values():
            candidates.sort(key=lambda c: (c.valid_from, c.route_id))
        self._route_charges: dict[int, list[ll.ChargeCost]] = defaultdict(list)
        self._port_charges: dict[tuple[str, str], list[ll.ChargeCost]] = defaultdict(list)
        for c in charges:
            cost = ll.ChargeCost(c.side, c.kind, c.amount, c.currency, c.per)
            if c.route_id is not None:
                self._route_charges[c.route_id].append(cost)
            else:
                self._port_charges[(port_key(c.port), c.side.value)].append(cost)
        self._tariffs: dict[tuple[str, str], list[Tariff]] = defaultdict(list)
        for t in tariffs:
            self._tariffs[(t.origin, t.hs_code)].append(t)
        self._rates = rates
        self._classes: dict[tuple[object, ...], _DealClass] = {}
        self._candidates: dict[tuple[str, str], list[Tariff]] = {}
        self._by_day: dict[tuple[_DealClass, Incoterm | None, date], ll.TermLadder] = {}
        self._built: dict[tuple[object, ...], ll.TermLadder] = {}

    @classmethod
    def load(
        cls,
        session: Session,
        settings: LandedSettings | None = None,
        *,
        until: date | None = None,
        origins: Iterable[str] | None = None,
        currencies: Iterable[str] | None = None,
        since: date | None = None,
        deals: Iterable[DealTerms] | None = None,
    ) -> LandedBook:
        """Everything landed costs need up to `until` (any day: None), for goods from
        `origins` (every country: None) priced in `currencies` (all: None): four queries
        in two round trips on PostgreSQL (routes, charges and tariff rows in one pipeline,
        then the rates). The rates read are those between the offers', the freight's and
        the reporting currencies (and the pivots).

        Narrower, for a few deals (app.queries.landed_reads), still four queries in two
        round trips: `deals` limits the routes to those between their ports, the charges
        to theirs and their ports', the tariff rows to their HS codes; `since` (the
        earliest offer's day, with `until` and `currencies`) the rates to those days and
        each pair's latest before."""
        settings = settings or LandedSettings()
        if deals is None:
            routes, charges, tariffs = fetch_together(
                session, *book_statements(None if origins is None else set(origins))
            )
        else:
            routes, charges, tariffs = landed_reads.deal_inputs(
                session, list(deals), origins, until
            )
        wanted = None
        if currencies is not None:
            wanted = {
                *currencies,
                settings.currency,
                *(r.currency for r in routes),
                *(c.currency for c in charges),
            }
        if wanted is not None and since is not None and until is not None:
            rates = landed_reads.rates_between(session, wanted, since, until)
        else:
            rates = RateBook.load(session, wanted, until=until)
        return cls(settings, rates, routes, charges, tariffs)

    # --- the pieces of one ladder -------------------------------------------------

    def _class_of(self, deal: DealTerms) -> _DealClass:
        """What of a deal its ladder depends on: one object for every deal alike."""
        raw = (
            deal.packaging,
            deal.hs_code,
            deal.origin_country,
            deal.origin_port,
            deal.destination_port,
            deal.mode,
        )
        found = self._classes.get(raw)
        if found is None:
            found = self._classes[raw] = _DealClass(
                *raw[:5], port_key(deal.origin_port), port_key(deal.destination_port), deal.mode
            )
        return found

    def _route(self, deal: _DealClass, day: date) -> tuple[_Route | None, str]:
        origin, destination = deal.origin_port, deal.destination_port
        if not origin or not destination:
            if not origin:
                return None, translate(
                    "Queries", "origin port of the negotiation (for its freight route)"
                )
            return None, translate(
                "Queries", "destination port of the negotiation (for its freight route)"
            )
        candidates = self._routes.get((deal.origin_key, deal.destination_key, deal.mode), ())
        index = bisect_right([r.valid_from for r in candidates], day)
        if index == 0:
            return None, translate(
                "Queries", "{mode} freight route {origin} → {destination} valid on {day}"
            ).format(
                mode=MODE_WORDS.get(deal.mode, deal.mode.value),
                origin=origin,
                destination=destination,
                day=day.isoformat(),
            )
        return candidates[index - 1], ""

    def _charges(self, deal: _DealClass, route: _Route | None) -> list[ll.ChargeCost]:
        own = self._route_charges.get(route.route_id, []) if route is not None else []
        taken = {(c.side, c.kind) for c in own}
        ports = (
            *self._port_charges.get((deal.origin_key, "origin"), ()),
            *self._port_charges.get((deal.destination_key, "destination"), ()),
        )
        return [*own, *(c for c in ports if (c.side, c.kind) not in taken)]

    def _tariff(self, deal: _DealClass, day: date) -> tuple[Tariff | None, str]:
        if not deal.hs_code:
            return None, translate("Queries", "HS code of {product} (for its duty and VAT)").format(
                product=deal.packaging.product
            )
        if not deal.origin_country:
            return None, translate("Queries", "the supplier's country (for duty and VAT)")
        for t in self._tariff_candidates(deal.origin_country, deal.hs_code):
            if applies_on(t, day):
                return t, ""
        return None, translate("Queries", "tariff for HS {code} from {country} on {day}").format(
            code=deal.hs_code, country=deal.origin_country, day=day.isoformat()
        )

    def _tariff_candidates(self, origin: str, code: str) -> list[Tariff]:
        """The rows that may apply to `code` from `origin`, in app.services.tariffs'
        precedence (the one to take first first)."""
        key = (origin, code)
        found = self._candidates.get(key)
        if found is None:
            found = sorted(
                (
                    t
                    for prefix in code_prefixes(code)
                    for t in self._tariffs.get((origin, prefix), ())
                ),
                key=precedence,
                reverse=True,
            )
            self._candidates[key] = found
        return found

    def term_ladder(self, deal: DealTerms, incoterm: Incoterm | None, day: date) -> ll.TermLadder:
        """The ladder of a deal's offers at `incoterm` (None: the deal's) on `day`: built
        once for every deal alike, route and tariff row."""
        term = incoterm or deal.incoterm
        kind = self._class_of(deal)
        key = (kind, term, day)
        ladder = self._by_day.get(key)
        if ladder is not None:
            return ladder
        route, route_missing = self._route(kind, day)
        tariff, tariff_missing = self._tariff(kind, day)
        built_key = (
            kind,
            term,
            route.route_id if route is not None else route_missing,
            tariff.id if tariff is not None else tariff_missing,
        )
        ladder = self._built.get(built_key)
        if ladder is None:
            rates = None
            if tariff is not None:
                label = _tariff_label(tariff.scheme, tariff.duty_rate)
                rates = ll.TariffRates(tariff.duty_rate, tariff.vat_rate, label)
            ladder = self._built[built_key] = ll.TermLadder(
                ll.TermInputs(
                    incoterm=term,
                    reporting_currency=self.settings.currency,
                    packaging=kind.packaging,
                    route=route.costs if route is not None else None,
                    route_missing=route_missing,
                    charges=self._charges(kind, route),
                    tariff=rates,
                    tariff_missing=tariff_missing,
                    include_vat=self.settings.include_vat,
                )
            )
        self._by_day[key] = ladder
        return ladder

    def landed(self, deal: DealTerms, offer: OfferTerms) -> ll.Landed:
        """One offer's landed cost with its breakdown."""
        ladder = self.term_ladder(deal, offer.incoterm, offer.day)
        day_ladder = ladder.on(offer.currency, offer.unit, offer.day, self._rates)
        return day_ladder.landed(offer.price)

    def per_kg(self, deal: DealTerms, offer: OfferTerms) -> Decimal | None:
        """One offer's landed cost per kg (no breakdown: the fast path for long lists)."""
        ladder = self.term_ladder(deal, offer.incoterm, offer.day)
        return ladder.per_kg(offer.price, offer.currency, offer.unit, offer.day, self._rates)

    def missing(self, deal: DealTerms, offer: OfferTerms) -> tuple[str, ...]:
        """Every input the offer's landed cost lacks (empty when it has a figure)."""
        ladder = self.term_ladder(deal, offer.incoterm, offer.day)
        return ladder.missing_for(offer.currency, offer.unit, offer.day, self._rates)


@dataclass(frozen=True, eq=False)
class _DealClass:
    """What a deal's ladder depends on: deals alike share one (LandedBook._class_of keeps
    one object per kind, so it is compared and hashed by identity: a fast dict key)."""

    packaging: Packaging
    hs_code: str | None
    origin_country: str | None
    origin_port: str | None
    destination_port: str | None
    origin_key: str
    destination_key: str
    mode: ShipmentMode


def offer_terms(offer: Offer) -> OfferTerms:
    return OfferTerms(
        offer.id, offer.price, offer.currency, offer.price_unit, offer.incoterm, offer.offered_on
    )


@dataclass(frozen=True)
class OfferLanded:
    offer_id: int
    side: OfferSide
    landed: ll.Landed


def negotiation_landed(
    session: Session, negotiation_id: int, settings: LandedSettings | None = None
) -> list[OfferLanded]:
    """The landed cost of each offer of one negotiation, in date order (round order)."""
    terms = deal_terms(session, [negotiation_id]).get(negotiation_id)
    if terms is None:
        return []
    offers = session.scalars(
        select(Offer)
        .where(Offer.negotiation_id == negotiation_id)
        .order_by(Offer.offered_on, Offer.id)
    ).all()
    until = max((o.offered_on for o in offers), default=None)
    since = min((o.offered_on for o in offers), default=None)
    origins = [terms.origin_country] if terms.origin_country else []
    currencies = {o.currency for o in offers}
    book = LandedBook.load(
        session,
        settings,
        until=until,
        origins=origins,
        currencies=currencies,
        since=since,
        deals=[terms],
    )
    return [OfferLanded(o.id, o.side, book.landed(terms, offer_terms(o))) for o in offers]


@dataclass(frozen=True)
class LandedPlan:
    """A LandedBook for a few deals as statements to send with others in one pipeline
    (app.queries.batched): the deals' routes, charges and tariff rows and the rates
    between the offers', the reporting and every freight currency (read beforehand with
    landed_reads.freight_currency_statements), from the earliest offer's day to the
    latest's. Reading the freight currencies first lets the rates go out with the
    routes instead of after them: one round trip where LandedBook.load takes two."""

    settings: LandedSettings
    inputs: landed_reads.DealInputs
    statements: list[AnySelect]

    def book(self, found: Sequence[list[AnyRow]]) -> LandedBook:
        """The book, of the rows of `statements` (in their order)."""
        count = len(self.inputs.statements)
        routes, charges, tariffs = self.inputs.inputs(found[:count])
        rates = landed_reads.rate_book(found[count])
        return LandedBook(self.settings, rates, routes, charges, tariffs)


def landed_plan(
    settings: LandedSettings | None,
    deals: Sequence[DealTerms],
    offers: Sequence[OfferTerms],
    freight_currencies: Iterable[str],
) -> LandedPlan | None:
    """The plan of the book `offers` (of `deals`) need; None without offers. The
    tariff rows are those from the deals' countries (LandedBook.load's `origins`)."""
    if not offers or not deals:
        return None
    settings = settings or LandedSettings()
    days = [offer.day for offer in offers]
    origins = {deal.origin_country for deal in deals if deal.origin_country}
    inputs = landed_reads.deal_input_statements(deals, origins, max(days))
    currencies = {*(o.currency for o in offers), settings.currency, *freight_currencies}
    rates = landed_reads.rates_statement(currencies, min(days), max(days))
    return LandedPlan(settings, inputs, [*inputs.statements, rates])


def with_currency(settings: LandedSettings, currency: str | None) -> LandedSettings:
    """`settings` in another reporting currency (None: as they are)."""
    return settings if currency is None else replace(settings, currency=currency)
