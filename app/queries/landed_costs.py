"""Landed costs of offers, read from the database in a few queries.

`LandedBook.load` reads, once, what any number of offers need beyond their own terms:
the exchange rates (app.services.fx_convert.RateBook), the freight routes with their
charges, and the tariff rows. `deal_terms` reads, in one query, what each negotiation
brings: its product's packaging and HS code, its supplier's country, its ports and
Incoterm, the mode (air when its latest shipment flew, else sea). The book then builds
one app.rules.landed_ladder.Ladder per deal, term, currency, unit and date, and runs
each price up it: a negotiation's offers in a few milliseconds, thousands of offers for
Compare offers in tens.

Which route: the deal's origin and destination ports (compared by app.rules.ports) by
its mode, the latest valid on the offer's date. Which charges: the route's own, and the
charges entered for either port; a route's charge replaces a port's charge of the same
kind. Which tariff: the longest HS-code prefix for the supplier's country valid on the
offer's date. Which rates: the latest on or before the offer's date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.rules import landed_ladder as ll
from app.rules.ports import port_key
from app.rules.units import Packaging
from app.services.fx_convert import RateBook
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
from models.tariff import HS_MIN_DIGITS

DEFAULT_CURRENCY = "CNY"


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


def _deal_query() -> Select[Any]:  # the row types are unpacked in _deal_terms
    flew = (
        select(Shipment.mode)
        .where(Shipment.negotiation_id == Negotiation.id)
        .order_by(Shipment.etd.desc().nulls_last(), Shipment.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query: Select[Any] = (
        select(  # type: ignore[assignment]
            Negotiation.id,
            Product.id,
            Product.name,
            Product.hs_code,
            Product.kg_per_box,
            Product.kg_per_container_20,
            Product.kg_per_container_40,
            Supplier.country,
            Negotiation.origin_port,
            Negotiation.destination_port,
            Negotiation.incoterm,
            flew,
        )
        .join(Product, Product.id == Negotiation.product_id)
        .join(Supplier, Supplier.id == Negotiation.supplier_id)
    )
    return query


def _deal_terms(row: Sequence[Any]) -> DealTerms:
    (nid, pid, name, hs, box, c20, c40, country, origin, destination, term, mode) = row
    return DealTerms(
        negotiation_id=nid,
        packaging=Packaging(str(name), box, c20, c40, pid),
        hs_code=hs,
        origin_country=country,
        origin_port=origin,
        destination_port=destination,
        mode=ShipmentMode(mode) if mode else ShipmentMode.SEA,
        incoterm=Incoterm(term) if term else None,
    )


def deal_terms(session: Session, negotiation_ids: Iterable[int]) -> dict[int, DealTerms]:
    """The landed-cost terms of each negotiation, in one query."""
    ids = list(negotiation_ids)
    if not ids:
        return {}
    rows = session.execute(_deal_query().where(Negotiation.id.in_(ids)))
    return {row[0]: _deal_terms(tuple(row)) for row in rows}


def deal_terms_of_product(session: Session, product_id: int) -> dict[int, DealTerms]:
    """The terms of every negotiation of one product, in one query."""
    rows = session.execute(_deal_query().where(Negotiation.product_id == product_id))
    return {row[0]: _deal_terms(tuple(row)) for row in rows}


@dataclass(frozen=True)
class _Route:
    costs: ll.RouteCosts
    route_id: int
    valid_from: date


def _tariff_label(scheme: str, duty: Decimal) -> str:
    names = {"mfn": "MFN", "fta": "FTA", "provisional": "provisional"}
    return f"{names.get(scheme, scheme)} {duty.normalize():f}%"


class LandedBook:
    """Rates, routes, charges and tariffs in memory; ladders built once and kept."""

    def __init__(
        self,
        settings: LandedSettings,
        rates: RateBook,
        routes: Iterable[FreightRoute],
        charges: Iterable[FreightCharge],
        tariffs: Iterable[Tariff],
    ) -> None:
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
        self._ladders: dict[tuple[object, ...], ll.Ladder] = {}

    @classmethod
    def load(
        cls,
        session: Session,
        settings: LandedSettings | None = None,
        *,
        until: date | None = None,
        origins: Iterable[str] | None = None,
        currencies: Iterable[str] | None = None,
    ) -> LandedBook:
        """Everything landed costs need up to `until` (any day: None), for goods from
        `origins` (every country: None) priced in `currencies` (all: None): four queries.
        The rates read are those between the offers', the freight's and the reporting
        currencies (and the pivots)."""
        settings = settings or LandedSettings()
        routes = session.scalars(select(FreightRoute)).all()
        charges = session.scalars(select(FreightCharge)).all()
        tariff_query = select(Tariff)
        if origins is not None:
            tariff_query = tariff_query.where(Tariff.origin.in_(set(origins)))
        tariffs = session.scalars(tariff_query).all()
        wanted = None
        if currencies is not None:
            wanted = {
                *currencies,
                settings.currency,
                *(r.currency for r in routes),
                *(c.currency for c in charges),
            }
        rates = RateBook.load(session, wanted, until=until)
        return cls(settings, rates, routes, charges, tariffs)

    # --- the pieces of one ladder -------------------------------------------------

    def _route(self, deal: DealTerms, day: date) -> tuple[_Route | None, str]:
        origin, destination = deal.origin_port, deal.destination_port
        if not origin or not destination:
            which = "origin port" if not origin else "destination port"
            return None, f"{which} of the negotiation (for its freight route)"
        key = (port_key(origin), port_key(destination), deal.mode)
        valid = [r for r in self._routes.get(key, ()) if r.valid_from <= day]
        if not valid:
            return None, (
                f"{deal.mode.value} freight route {origin} → {destination} valid on "
                f"{day.isoformat()}"
            )
        return valid[-1], ""

    def _charges(self, deal: DealTerms, route: _Route | None) -> list[ll.ChargeCost]:
        own = self._route_charges.get(route.route_id, []) if route is not None else []
        taken = {(c.side, c.kind) for c in own}
        ports = (
            *self._port_charges.get((port_key(deal.origin_port), "origin"), ()),
            *self._port_charges.get((port_key(deal.destination_port), "destination"), ()),
        )
        return [*own, *(c for c in ports if (c.side, c.kind) not in taken)]

    def _tariff(self, deal: DealTerms, day: date) -> tuple[ll.TariffRates | None, str]:
        if not deal.hs_code:
            return None, f"HS code of {deal.packaging.product} (for its duty and VAT)"
        if not deal.origin_country:
            return None, "the supplier's country (for duty and VAT)"
        code = deal.hs_code
        for digits in range(len(code), HS_MIN_DIGITS - 1, -1):
            rows = [
                t
                for t in self._tariffs.get((deal.origin_country, code[:digits]), ())
                if t.valid_from <= day and (t.valid_until is None or t.valid_until >= day)
            ]
            if rows:
                t = max(rows, key=lambda t: (t.valid_from, t.id))
                return ll.TariffRates(
                    t.duty_rate, t.vat_rate, _tariff_label(t.scheme, t.duty_rate)
                ), ""
        return None, (f"tariff for HS {code} from {deal.origin_country} on {day.isoformat()}")

    def ladder(
        self, deal: DealTerms, currency: str, unit: Unit, incoterm: Incoterm | None, day: date
    ) -> ll.Ladder:
        """The ladder of one deal's offers in `currency` per `unit` at `incoterm` on `day`."""
        term = incoterm or deal.incoterm
        key = (deal.negotiation_id, currency, unit, term, day)
        ladder = self._ladders.get(key)
        if ladder is None:
            route, route_missing = self._route(deal, day)
            tariff, tariff_missing = self._tariff(deal, day)
            inputs = ll.LadderInputs(
                incoterm=term,
                currency=currency,
                unit=unit,
                day=day,
                reporting_currency=self.settings.currency,
                packaging=deal.packaging,
                route=route.costs if route is not None else None,
                route_missing=route_missing,
                charges=self._charges(deal, route),
                tariff=tariff,
                tariff_missing=tariff_missing,
                include_vat=self.settings.include_vat,
            )
            ladder = self._ladders[key] = ll.build_ladder(inputs, self.rates)
        return ladder

    def landed(self, deal: DealTerms, offer: OfferTerms) -> ll.Landed:
        """One offer's landed cost with its breakdown."""
        ladder = self.ladder(deal, offer.currency, offer.unit, offer.incoterm, offer.day)
        return ladder.landed(offer.price)

    def per_kg(self, deal: DealTerms, offer: OfferTerms) -> Decimal | None:
        """One offer's landed cost per kg (no breakdown: the fast path for long lists)."""
        ladder = self.ladder(deal, offer.currency, offer.unit, offer.incoterm, offer.day)
        return ladder.per_kg(offer.price)

    def missing(self, deal: DealTerms, offer: OfferTerms) -> tuple[str, ...]:
        return self.ladder(deal, offer.currency, offer.unit, offer.incoterm, offer.day).missing


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
    origins = [terms.origin_country] if terms.origin_country else []
    currencies = {o.currency for o in offers}
    book = LandedBook.load(session, settings, until=until, origins=origins, currencies=currencies)
    return [OfferLanded(o.id, o.side, book.landed(terms, offer_terms(o))) for o in offers]


def with_currency(settings: LandedSettings, currency: str | None) -> LandedSettings:
    """`settings` in another reporting currency (None: as they are)."""
    return settings if currency is None else replace(settings, currency=currency)
