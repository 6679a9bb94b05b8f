"""Read-only queries the negotiation screen needs beyond the services: every offer round
with its full terms (the summary keeps only prices), one offer as a form shows it, and the
owners already named on deals (for the owner filter).

Kept apart from app/services so that the services stay about changing data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.errors import NotFoundError
from app.queries.batched import AnyRow, AnySelect, fetch_together
from app.queries.landed_costs import (
    DealTerms,
    LandedPlan,
    LandedSettings,
    deal_terms_from,
    deal_terms_statement,
    landed_plan,
    offer_terms,
)
from app.queries.landed_reads import columns_of, freight_currency_statements, table
from app.queries.negotiation_summary import NegotiationSummary, PricePoint, summarize
from app.rules.landed_ladder import Landed
from app.services.common import get_or_fail, is_id
from app.services.negotiations import LABEL, OFFER_FIELDS, OFFER_LABEL
from models import Incoterm, Negotiation, Offer, OfferSide, Product, Shipment, Supplier, Unit


@dataclass(frozen=True)
class OfferRound:
    """One round as the offer table shows it: the summary's price point (with the change
    against that side's previous round) plus the terms that came with the price."""

    point: PricePoint
    version: int
    volume: Decimal | None
    volume_unit: Unit | None
    incoterm: Incoterm | None
    incoterm_place: str | None
    valid_until: date | None
    notes: str | None
    landed: Landed | None = None
    """Per kg in the reporting currency with its breakdown, or the inputs missing."""

    @property
    def id(self) -> int:
        return self.point.offer_id

    @property
    def side(self) -> OfferSide:
        return self.point.side


@dataclass(frozen=True)
class DealRounds:
    summary: NegotiationSummary
    rounds: list[OfferRound]
    currency: str | None
    """The deal's own currency: the default for a new offer."""
    price_unit: Unit | None
    landed_currency: str = LandedSettings().currency
    """The reporting currency of the rounds' landed costs."""


def detached(model: Any, row: AnyRow) -> Any:
    """An object of `model` holding the row's values (a row starting with the columns of
    landed_reads.columns_of(model), in order; what follows them ignored), never added to
    a session: what the code made for the ORM's objects reads of it without a query."""
    columns = columns_of(model)
    values = zip(columns, tuple(row)[: len(columns)], strict=True)
    return model(**{column.key: value for column, value in values})


@dataclass(frozen=True)
class DealFound:
    """A deal as its first round trip found it: the negotiation (detached, with its
    supplier's and product's names, its offers and its shipments' briefs), its landed
    cost terms and the plan of its offers' landed costs (None: no offers)."""

    negotiation: Negotiation
    terms: DealTerms | None
    plan: LandedPlan | None
    settings: LandedSettings

    def rounds(self, landed_rows: Sequence[list[AnyRow]]) -> DealRounds:
        """The rounds, of the rows of the plan's statements (none without a plan)."""
        negotiation, terms = self.negotiation, self.terms
        landed: dict[int, Landed] = {}
        if self.plan is not None and terms is not None:
            book = self.plan.book(landed_rows)
            landed = {o.id: book.landed(terms, offer_terms(o)) for o in negotiation.offers}
        return _deal_rounds(negotiation, landed, self.settings)


@dataclass(frozen=True)
class DealRead:
    """The statements that read a deal for its offer rounds, with their values in them,
    to send together (with others: the negotiation form's, app.queries.negotiation_page),
    and what makes the deal of their rows (`came`)."""

    negotiation_id: int
    settings: LandedSettings
    statements: list[AnySelect]

    def came(self, found: Sequence[list[AnyRow]]) -> DealFound:
        """The deal, of the rows of `statements`; NotFoundError when there is none."""
        deal_rows, offer_rows, shipment_rows, terms_rows, *currencies = found
        if not deal_rows:
            raise NotFoundError(LABEL, self.negotiation_id)
        row = deal_rows[0]
        negotiation = detached(Negotiation, row)
        set_committed_value(
            negotiation, "supplier", Supplier(id=row.supplier_id, name=row.supplier_name)
        )
        set_committed_value(
            negotiation, "product", Product(id=row.product_id, name=row.product_name)
        )
        offers = [detached(Offer, offer) for offer in offer_rows]
        set_committed_value(negotiation, "offers", offers)
        set_committed_value(
            negotiation, "shipments", [Shipment(**s._mapping) for s in shipment_rows]
        )
        terms = deal_terms_from(tuple(terms_rows[0])) if terms_rows else None
        freight = {currency for rows in currencies for (currency,) in rows}
        plan = (
            landed_plan(self.settings, [terms], [offer_terms(o) for o in offers], freight)
            if terms is not None
            else None
        )
        return DealFound(negotiation, terms, plan, self.settings)


def deal_read(negotiation_id: int, settings: LandedSettings | None = None) -> DealRead:
    """The statements of a deal's first round trip: the negotiation with its supplier's
    and product's names, its offers, its shipments' briefs, its landed-cost terms and
    the currencies freight is priced in (NotFoundError at once for an id that is none)."""
    if not is_id(negotiation_id):
        raise NotFoundError(LABEL, negotiation_id)
    deal, supplier, product = table(Negotiation), table(Supplier), table(Product)
    offer, shipment = table(Offer), table(Shipment)
    statements: list[AnySelect] = [
        select(
            *columns_of(Negotiation),
            supplier.name.label("supplier_name"),
            product.name.label("product_name"),
        )
        .join(Supplier.__table__, supplier.id == deal.supplier_id)
        .join(Product.__table__, product.id == deal.product_id)
        .where(deal.id == negotiation_id),
        select(*columns_of(Offer))
        .where(offer.negotiation_id == negotiation_id)
        .order_by(offer.offered_on, offer.id),
        select(shipment.id, shipment.reference, shipment.status, shipment.etd, shipment.eta)
        .where(shipment.negotiation_id == negotiation_id)
        .order_by(shipment.id),
        deal_terms_statement([negotiation_id]),
        *freight_currency_statements(),
    ]
    return DealRead(negotiation_id, settings or LandedSettings(), statements)


def deal_rounds(
    session: Session, negotiation_id: int, settings: LandedSettings | None = None
) -> DealRounds:
    """The summary of a deal and each of its rounds in order (date, then entry), each
    with its landed cost in `settings`' reporting currency (default: LandedSettings()):
    the offers' landed costs come from one LandedBook, which the gap shares. Two round
    trips on PostgreSQL (one without offers): DealRead, then the LandedPlan."""
    found = deal_read(negotiation_id, settings)
    return rounds_of(session, found.came(fetch_together(session, *found.statements)))


def rounds_of(session: Session, deal: DealFound) -> DealRounds:
    """The rounds of a deal found already: its landed costs' reads (one round trip on
    PostgreSQL; none without offers)."""
    plan = deal.plan
    return deal.rounds(fetch_together(session, *plan.statements) if plan is not None else [])


def _deal_rounds(
    negotiation: Negotiation, landed: dict[int, Landed], settings: LandedSettings
) -> DealRounds:
    offers = {offer.id: offer for offer in negotiation.offers}
    summary = summarize(negotiation, lambda _ids: landed)
    rounds = [
        OfferRound(
            point=point,
            version=offers[point.offer_id].version,
            volume=offers[point.offer_id].volume,
            volume_unit=offers[point.offer_id].volume_unit,
            incoterm=offers[point.offer_id].incoterm,
            incoterm_place=offers[point.offer_id].incoterm_place,
            valid_until=offers[point.offer_id].valid_until,
            notes=offers[point.offer_id].notes,
            landed=landed.get(point.offer_id),
        )
        for point in summary.rounds
    ]
    return DealRounds(
        summary, rounds, negotiation.currency, negotiation.price_unit, settings.currency
    )


def offer_values(session: Session, offer_id: int) -> tuple[int, dict[str, Any]]:
    """One offer as stored now: (version, {field: value}) with values as stored (a
    Decimal, not its NUMERIC text '3.5000'), for a form to show and edit."""
    offer = get_or_fail(session, Offer, offer_id, OFFER_LABEL)
    return offer.version, {name: getattr(offer, name) for name in OFFER_FIELDS.fields}


def negotiation_owners(session: Session, limit: int = 200) -> list[str]:
    """The distinct owners named on deals, alphabetically (a team has a few dozen)."""
    stmt = (
        select(Negotiation.owner)
        .where(Negotiation.owner.is_not(None), Negotiation.owner != "")
        .distinct()
        .order_by(Negotiation.owner)
        .limit(limit)
    )
    return [owner for owner in session.scalars(stmt) if owner]
