"""Negotiations (deals) and their offer rounds."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, joinedload

from app.errors import FieldError, InUseError, NotFoundError, ValidationError, reason
from app.messages import translate
from app.rules import parsing
from app.rules import validation as v
from app.rules.vocabulary import STAGE_SYNONYMS, UNIT_SYNONYMS
from app.services import compliance_checks
from app.services.common import (
    apply_changes,
    current_values,
    flush,
    get_for_update,
    get_or_fail,
    is_id,
    set_archived,
)
from app.services.products import get_or_create_product, get_product
from app.services.suppliers import add_product, get_supplier
from models import Incoterm, Negotiation, NegotiationStage, Offer, OfferSide, Shipment, Unit

LABEL = translate("Entities", "Negotiation")
OFFER_LABEL = translate("Entities", "Offer")

COMPLIANCE_STAGES = (NegotiationStage.AGREED, NegotiationStage.CONTRACTED)
"""A move to these checks the supplier's registrations (app.services.compliance_checks)."""

STAGES_ADVANCED_BY_AN_OFFER = (NegotiationStage.LEAD, NegotiationStage.SAMPLING)
"""A first offer moves a deal at these stages to NEGOTIATING (here and in app.services.bulk)."""

SIDE_SYNONYMS = {
    "proveedor": OfferSide.SUPPLIER,
    "fornecedor": OfferSide.SUPPLIER,
    "seller": OfferSide.SUPPLIER,
    "vendor": OfferSide.SUPPLIER,
    "they": OfferSide.SUPPLIER,
    "供应商": OfferSide.SUPPLIER,
    "us": OfferSide.BUYER,
    "we": OfferSide.BUYER,
    "ours": OfferSide.BUYER,
    "comprador": OfferSide.BUYER,
    "counter": OfferSide.BUYER,
    "买方": OfferSide.BUYER,
}


def _parse_incoterm(value: object, _ctx: Mapping[str, Any]) -> Incoterm:
    return parsing.parse_incoterm(value)[0]


_incoterm = v.limited(_parse_incoterm, v.Limit.of_enum(Incoterm))


NEGOTIATION_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("title", translate("Fields", "Title"), v.text(200)),
        v.Field(
            "stage",
            translate("Fields", "Stage"),
            v.choice(NegotiationStage, STAGE_SYNONYMS),
            True,
            NegotiationStage.LEAD,
        ),
        v.Field("grade", translate("Fields", "Grade / size"), v.text(80)),
        v.Field(
            "target_volume", translate("Fields", "Target volume"), v.positive_decimal(v.QUANTITY)
        ),
        v.Field("volume_unit", translate("Fields", "Volume unit"), v.choice(Unit, UNIT_SYNONYMS)),
        v.Field("currency", translate("Fields", "Currency"), v.currency()),
        v.Field("target_price", translate("Fields", "Target price"), v.money()),
        v.Field("price_unit", translate("Fields", "Price per"), v.choice(Unit, UNIT_SYNONYMS)),
        v.Field("incoterm", translate("Fields", "Incoterm"), _incoterm),
        v.Field("incoterm_place", translate("Fields", "Incoterm place"), v.text(120)),
        v.Field("origin_port", translate("Fields", "Port of loading"), v.text(120)),
        v.Field("destination_port", translate("Fields", "Port of discharge"), v.text(120)),
        v.Field("payment_terms", translate("Fields", "Payment terms"), v.text(200)),
        v.Field("delivery_start", translate("Fields", "Delivery from"), v.day()),
        v.Field(
            "delivery_end",
            translate("Fields", "Delivery to"),
            v.day(
                after="delivery_start", after_label=translate("Validation", "the delivery start")
            ),
        ),
        v.Field("owner", translate("Fields", "Owner"), v.text(80)),
        v.Field("expected_close", translate("Fields", "Expected close"), v.day()),
        v.Field("notes", translate("Fields", "Notes"), v.text(20_000, multiline=True)),
    ],
    model=Negotiation,
)

OFFER_FIELDS = v.FormSpec(
    OFFER_LABEL,
    [
        v.Field(
            "side", translate("Fields", "Side"), v.choice(OfferSide, SIDE_SYNONYMS), required=True
        ),
        v.Field("offered_on", translate("Fields", "Date"), v.day(), required=True),
        v.Field("currency", translate("Fields", "Currency"), v.currency(), required=True),
        v.Field("price", translate("Fields", "Price"), v.money(), required=True),
        v.Field(
            "price_unit",
            translate("Fields", "Price per"),
            v.choice(Unit, UNIT_SYNONYMS),
            True,
            Unit.KG,
        ),
        v.Field("volume", translate("Fields", "Volume"), v.positive_decimal(v.QUANTITY)),
        v.Field("volume_unit", translate("Fields", "Volume unit"), v.choice(Unit, UNIT_SYNONYMS)),
        v.Field("incoterm", translate("Fields", "Incoterm"), _incoterm),
        v.Field("incoterm_place", translate("Fields", "Incoterm place"), v.text(120)),
        v.Field(
            "valid_until",
            translate("Fields", "Valid until"),
            v.day(after="offered_on", after_label=translate("Validation", "the offer date")),
        ),
        v.Field("notes", translate("Fields", "Notes"), v.text(20_000, multiline=True)),
    ],
    model=Offer,
)


def _prepare(data: Mapping[str, Any], price_key: str) -> dict[str, Any]:
    """Let 'FOB Valparaíso' fill the place and 'US$ 2.45' fill the currency."""
    prepared = v.money_currency_from(data, price_key, "currency")
    term = prepared.get("incoterm")
    if isinstance(term, str) and parsing.is_blank(prepared.get("incoterm_place")):
        try:
            incoterm, place = parsing.parse_incoterm(term)
        except ValueError:
            return prepared  # the field's own validation names the mistake
        if place:
            prepared["incoterm"], prepared["incoterm_place"] = incoterm, place
    return prepared


def _check_terms(values: Mapping[str, Any], label: str) -> None:
    """Incoterms are always given with their named place; a price needs its currency."""
    errors = []
    if values.get("incoterm") and not values.get("incoterm_place"):
        errors.append(
            FieldError(
                "incoterm_place",
                NEGOTIATION_FIELDS.label("incoterm_place"),
                translate(
                    "Negotiations", "is required with {incoterm} (e.g. FOB Valparaíso)"
                ).format(incoterm=values["incoterm"]),
            )
        )
    if values.get("target_price") is not None and not values.get("currency"):
        errors.append(
            FieldError(
                "currency",
                NEGOTIATION_FIELDS.label("currency"),
                translate("Negotiations", "is required with a target price"),
            )
        )
    if errors:
        raise ValidationError(errors)


def get_negotiation(session: Session, negotiation_id: int) -> Negotiation:
    """The negotiation with its supplier and product, in one statement (what shows or
    checks a deal names them both)."""
    negotiation = (
        session.get(
            Negotiation,
            negotiation_id,
            options=[joinedload(Negotiation.supplier), joinedload(Negotiation.product)],
        )
        if is_id(negotiation_id)
        else None
    )
    if negotiation is None:
        raise NotFoundError(LABEL, negotiation_id)
    return negotiation


def create_negotiation(
    session: Session,
    supplier_id: int,
    data: Mapping[str, Any],
    *,
    product_id: int | None = None,
    product_name: str | None = None,
) -> Negotiation:
    """A new deal with one supplier for one product (named, or by id)."""
    errors = []
    try:
        supplier = get_supplier(session, supplier_id)
    except NotFoundError as exc:
        errors.append(
            FieldError("supplier_id", translate("Fields", "Supplier"), reason(exc), supplier_id)
        )
    if product_id is None and parsing.is_blank(product_name):
        errors.append(FieldError("product", translate("Fields", "Product"), v.is_required()))
    try:
        values = NEGOTIATION_FIELDS.clean(_prepare(data, "target_price"))
    except ValidationError as exc:
        errors.extend(exc.errors)
        values = {}
    if errors:
        raise ValidationError(errors)
    _check_terms(values, LABEL)
    if product_id is not None:
        product = get_product(session, product_id)
    else:
        product = get_or_create_product(session, parsing.parse_text(product_name, 200))
    if not values.get("title"):
        values["title"] = f"{product.name} – {supplier.name}"[:200]
    negotiation = Negotiation(supplier=supplier, product=product, **values)
    session.add(negotiation)
    add_product(session, supplier, product)
    flush(session, LABEL, negotiation)
    return negotiation


def update_negotiation(
    session: Session,
    negotiation_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    warnings: list[str] | None = None,
) -> Negotiation:
    """Change the given fields. A move to agreed or contracted whose supplier holds no
    active registration covering the product is not refused: the warning is kept as a
    note on the deal in this transaction and appended to `warnings` for the caller."""
    negotiation = get_for_update(session, Negotiation, negotiation_id, LABEL, expected_version)
    current = current_values(negotiation)
    values = NEGOTIATION_FIELDS.clean(_prepare(changes, "target_price"), current=current)
    _check_terms({**current, **values}, LABEL)
    if "title" in values and values["title"] is None:
        values.pop("title")
    stage = values.get("stage")
    apply_changes(negotiation, values)
    flush(session, LABEL, negotiation)
    if stage in COMPLIANCE_STAGES and stage != current.get("stage"):
        warning = compliance_checks.negotiation_warning(session, negotiation, date.today())
        if warning is not None:
            compliance_checks.record_warning(session, negotiation, warning)
            flush(session, LABEL, negotiation)
            if warnings is not None:
                warnings.append(warning)
    return negotiation


def change_product(session: Session, negotiation_id: int, product_id: int) -> Negotiation:
    negotiation = get_negotiation(session, negotiation_id)
    product = get_product(session, product_id)
    negotiation.product = product
    add_product(session, negotiation.supplier, product)
    flush(session, LABEL, negotiation)
    return negotiation


def archive_negotiation(
    session: Session, negotiation_id: int, *, expected_version: int | None = None
) -> Negotiation:
    return set_archived(session, Negotiation, negotiation_id, True, LABEL, expected_version)


def restore_negotiation(
    session: Session, negotiation_id: int, *, expected_version: int | None = None
) -> Negotiation:
    return set_archived(session, Negotiation, negotiation_id, False, LABEL, expected_version)


def delete_negotiation(session: Session, negotiation_id: int) -> None:
    """Delete a deal that has no shipments (its offers and notes go with it)."""
    negotiation = get_negotiation(session, negotiation_id)
    if session.scalar(select(exists().where(Shipment.negotiation_id == negotiation.id))):
        raise InUseError(
            translate("Negotiations", "{title} has shipments; archive it instead").format(
                title=negotiation.title
            )
        )
    session.delete(negotiation)
    flush(session, LABEL)


# --- offers ---------------------------------------------------------------------------------


def add_offer(session: Session, negotiation_id: int, data: Mapping[str, Any]) -> Offer:
    """One round. The negotiation's currency, unit and Incoterm are the defaults, and a
    first offer moves a lead or sampling deal to negotiating."""
    negotiation = get_negotiation(session, negotiation_id)
    offer = Offer(**clean_offer(negotiation, data))
    negotiation.offers.append(offer)
    if negotiation.stage in STAGES_ADVANCED_BY_AN_OFFER:
        negotiation.stage = NegotiationStage.NEGOTIATING
    flush(session, OFFER_LABEL, offer)
    return offer


def clean_offer(negotiation: Negotiation | None, data: Mapping[str, Any]) -> dict[str, Any]:
    """The values add_offer stores for `data`: what it leaves empty taken from
    `negotiation` (currency, unit, Incoterm and place; today as the date), checked whole.
    ValidationError lists every refused field. With no negotiation (a price list's row that
    opens one), only the date is filled in."""
    defaults: dict[str, Any] = {"offered_on": date.today()}
    if negotiation is not None:
        defaults |= {
            "currency": negotiation.currency,
            "price_unit": negotiation.price_unit,
            "incoterm": negotiation.incoterm,
            "incoterm_place": negotiation.incoterm_place,
        }
    merged = _prepare(data, "price")
    for key, default in defaults.items():
        if default is not None and parsing.is_blank(merged.get(key)):
            merged[key] = default
    values = OFFER_FIELDS.clean(merged)
    _check_terms(values, OFFER_LABEL)
    return values


def update_offer(
    session: Session,
    offer_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Offer:
    offer = get_for_update(session, Offer, offer_id, OFFER_LABEL, expected_version)
    current = current_values(offer)
    values = OFFER_FIELDS.clean(_prepare(changes, "price"), current=current)
    _check_terms({**current, **values}, OFFER_LABEL)
    apply_changes(offer, values)
    flush(session, OFFER_LABEL, offer)
    return offer


def delete_offer(session: Session, offer_id: int) -> None:
    offer = get_or_fail(session, Offer, offer_id, OFFER_LABEL)
    offer.negotiation.offers.remove(offer)
    flush(session, OFFER_LABEL)
