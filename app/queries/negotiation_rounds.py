"""Read-only queries the negotiation screen needs beyond the services: every offer round
with its full terms (the summary keeps only prices), one offer as a form shows it, and the
owners already named on deals (for the owner filter).

Kept apart from app/services so that the services stay about changing data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.landed_costs import LandedSettings
from app.queries.negotiation_summary import (
    NegotiationSummary,
    PricePoint,
    load_negotiation,
    offers_landed,
    summarize,
)
from app.rules.landed_ladder import Landed
from app.services.common import get_or_fail
from app.services.negotiations import OFFER_FIELDS, OFFER_LABEL
from models import Incoterm, Negotiation, Offer, OfferSide, Unit


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


def deal_rounds(
    session: Session, negotiation_id: int, settings: LandedSettings | None = None
) -> DealRounds:
    """The summary of a deal and each of its rounds in order (date, then entry), each
    with its landed cost in `settings`' reporting currency (default: LandedSettings()):
    the offers' landed costs come from one LandedBook, which the gap shares."""
    settings = settings or LandedSettings()
    negotiation = load_negotiation(session, negotiation_id)  # one statement
    offers = {offer.id: offer for offer in negotiation.offers}
    landed = offers_landed(session, negotiation.id, offers.values(), settings)
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
