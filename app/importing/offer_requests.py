"""The requests an imported row's offer makes of the negotiation services: a new deal
(negotiation_request), the offer (offer_request), what the services would refuse in them
(check_row), and the open deal the offer joins (find_negotiation). Shared by the price
list and the offers of a supplier sheet, so that both ask exactly what add_offer and
create_negotiation check."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError
from app.rules.validation import FormSpec
from app.services.negotiations import NEGOTIATION_FIELDS, clean_offer
from app.services.products import PRODUCT_FIELDS
from models import Negotiation, NegotiationStage, OfferSide, Product
from models.text import fold

CLOSED = (NegotiationStage.CLOSED_LOST, NegotiationStage.COMPLETED)


def negotiation_request(values: Mapping[str, Any]) -> dict[str, Any]:
    """What create_negotiation is given for the deal a row opens."""
    return {"grade": values.get("offer.grade"), "currency": values["offer.currency"]}


def offer_request(values: Mapping[str, Any]) -> dict[str, Any]:
    """What add_offer is given for a row: the row's values (add_offer fills what they
    leave empty from the negotiation)."""
    incoterm = values.get("offer.incoterm")
    place = values.get("offer.place") or (incoterm[1] if isinstance(incoterm, tuple) else None)
    request: dict[str, Any] = {
        "side": OfferSide.SUPPLIER,
        "offered_on": values.get("offer.date") or date.today(),
        "price": values["offer.price"],
        "currency": values["offer.currency"],
        "price_unit": values.get("offer.unit"),
        "volume": values.get("offer.volume"),
        "incoterm": incoterm[0] if isinstance(incoterm, tuple) else incoterm,
        "incoterm_place": place,
        "valid_until": values.get("offer.valid_until"),
        "notes": values.get("offer.notes"),
    }
    return request


def check_row(
    values: Mapping[str, Any], negotiation: Negotiation | None, product: Product | None
) -> list[FieldError]:
    """What the services would refuse in the requests the commit makes for this row:
    the new product's name, the new deal, the offer (its Incoterm needs its place)."""
    errors: list[FieldError] = []
    if product is None:
        errors += _refused(PRODUCT_FIELDS, {"name": values["offer.product"]})
    if negotiation is None:
        errors += _refused(NEGOTIATION_FIELDS, negotiation_request(values))
    try:
        clean_offer(negotiation, offer_request(values))
    except ValidationError as exc:
        errors += exc.errors
    return errors


def _refused(form: FormSpec, request: Mapping[str, Any]) -> list[FieldError]:
    try:
        form.clean(request)
    except ValidationError as exc:
        return exc.errors
    return []


def find_negotiation(
    session: Session, supplier_id: int, found: Product | None, grade: str | None
) -> Negotiation | None:
    """The supplier's open negotiation for this product and grade, the newest first."""
    if found is None:
        return None
    query = (
        select(Negotiation)
        .where(
            Negotiation.supplier_id == supplier_id,
            Negotiation.product_id == found.id,
            Negotiation.stage.not_in(CLOSED),
            Negotiation.archived_at.is_(None),
        )
        .order_by(Negotiation.id.desc())
    )
    for negotiation in session.scalars(query):
        if fold(negotiation.grade) == fold(grade):
            return negotiation
    return None
