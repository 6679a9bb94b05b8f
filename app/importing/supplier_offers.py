"""A supplier sheet's price column: the supplier's indicative offer on a deal for the row's
product, its currency, unit and Incoterm read from the cell, the other offer columns or
the price column's header ("Precio FOB USD/kg" -> FOB, USD, kg).

The requests are the price list's (price_list.negotiation_request, offer_request), checked
with its check_row and written as its commit writes them: find the open deal for the
product, else create it, and add the offer (an offer already recorded, the same day,
price and currency, is not added twice).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.importing.batch import ChangeLog, plain
from app.importing.cleaning import CellError, CleanOptions, ColumnCleaner
from app.importing.offer_requests import (
    check_row,
    find_negotiation,
    negotiation_request,
    offer_request,
)
from app.messages import translate
from app.rules import parsing
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import find_product
from app.services.suppliers import get_supplier
from models import Incoterm, Offer, OfferSide, Unit

OFFER_KEYS = (
    "offer.price",
    "offer.currency",
    "offer.unit",
    "offer.incoterm",
    "offer.place",
    "offer.date",
    "offer.valid_until",
    "offer.volume",
)
"""The supplier sheet's offer fields (field_tables), kept as notes when no offer can be made."""

_WORDS = re.compile(r"[^\w$€¥£.]+|(?<=\w)\.(?=\s|$)")
_PER = re.compile(r"(?:/|\bper\b|\bpor\b|\bpar\b|每)\s*([^\s/()（）\[\],;:]+)", re.IGNORECASE)


@dataclass(frozen=True)
class HeaderTerms:
    """What a price or volume column's header says about its numbers."""

    currency: str | None = None
    unit: Unit | None = None
    incoterm: Incoterm | None = None


_currencies = ColumnCleaner("currency", (), CleanOptions())
_units = ColumnCleaner("unit", (), CleanOptions())


def _read(cleaner: ColumnCleaner, word: str) -> Any:
    try:
        return cleaner.clean(word)
    except CellError:
        return None


_LOWER_CODES = frozenset({"usd", "eur", "cny", "rmb", "mxn", "brl", "clp", "pen", "ars", "cop"})
"""Codes a header may write in lower case; other three-letter words ('all', 'top') are
currencies only in capitals."""


def _currency_word(word: str) -> bool:
    if len(word) == 3 and word.isascii() and word.isalpha() and not word.isupper():
        return word.lower() in _LOWER_CODES
    return True


def header_terms(header: str, *, quantity: bool = False) -> HeaderTerms:
    """The currency, unit and Incoterm a header names: 'Precio FOB USD/kg' -> USD, kg,
    FOB; '价格(美元/公斤)' -> USD, kg. A price's unit is the one after '/', 'per' or
    'por'; a quantity's (`quantity`: 'Volumen anual (t)', '年产量(吨)') any unit word."""
    words = [w for w in _WORDS.split(header) if w]
    currency = next((c for w in words if _currency_word(w) and (c := _read(_currencies, w))), None)
    incoterm = None
    for word in words:
        try:
            incoterm = parsing.parse_enum(word.upper(), Incoterm) if len(word) == 3 else None
        except ValueError:
            continue
        if incoterm is not None:
            break
    candidates = words if quantity else _PER.findall(header)
    unit = next((u for w in candidates if (u := _read(_units, w)) is not None), None)
    return HeaderTerms(currency, unit, incoterm)


def settle_offer(
    values: dict[str, Any], headers: Mapping[str, str], product: str | None = None
) -> list[tuple[str, str]]:
    """Complete a cleaned row's offer values from the columns' headers, in place, and say
    what stops an offer: (field key, message) for each. The offer's product is the one
    the row names, else `product` (the one chosen for the whole sheet); a volume's unit
    is the cell's ('2.500 t'), else its header's. A price that can make no offer (no
    currency, no product) and the offer columns of a row without a price are kept as
    note lines ("Header: value"), never lost. Running it twice changes nothing more."""
    present = [k for k in OFFER_KEYS if values.get(k) is not None]
    if not present:
        return []
    price = values.get("offer.price")
    if price is None:
        _to_notes(values, headers, present)
        return []
    if isinstance(price, tuple):
        price, currency = price
        values["offer.price"] = price
        if currency and not values.get("offer.currency"):
            values["offer.currency"] = currency
    terms = header_terms(headers.get("offer.price", ""))
    for key, found in (
        ("offer.currency", terms.currency),
        ("offer.unit", terms.unit),
        ("offer.incoterm", (terms.incoterm, None) if terms.incoterm else None),
    ):
        if values.get(key) is None and found is not None:
            values[key] = found
    volume = values.get("offer.volume")
    if isinstance(volume, tuple):  # a quantity and the unit written with it
        volume, cell_unit = volume
        values["offer.volume"] = volume
        if cell_unit is not None:
            values["offer.volume_unit"] = cell_unit
    if volume is not None and values.get("offer.volume_unit") is None:
        unit = header_terms(headers.get("offer.volume", ""), quantity=True).unit
        if unit is not None:
            values["offer.volume_unit"] = unit
    products = values.get("supplier.products") or ()
    if not values.get("offer.product"):
        chosen = products[0] if products else product
        if chosen:
            values["offer.product"] = chosen
    problems: list[tuple[str, str]] = []
    if not values.get("offer.currency"):
        problems.append(
            (
                "offer.price",
                translate(
                    "Importing",
                    "no currency for the price: kept in the notes (write it in the header, "
                    "e.g. 'Precio USD/kg', in the cell, e.g. 'USD 2.45', or map a currency "
                    "column)",
                ),
            )
        )
    elif not values.get("offer.product"):
        problems.append(
            (
                "offer.price",
                translate(
                    "Importing",
                    "no product for the price: kept in the notes (map a products column, or "
                    "choose the product of the prices: --product or the wizard's mapping page)",
                ),
            )
        )
    if problems:
        _to_notes(values, headers, present)
    else:
        # The preview's day is the commit's, as on a price list.
        values.setdefault("offer.date", date.today())
    return problems


def _to_notes(values: dict[str, Any], headers: Mapping[str, str], keys: list[str]) -> None:
    lines = []
    for key in keys:
        value = values.pop(key, None)
        if value is None:
            continue
        if isinstance(value, tuple):  # an Incoterm and its place, an amount and its currency
            value = " ".join(str(plain(v)) for v in value if v is not None)
        lines.append(f"{headers.get(key, key)}: {plain(value)}")
    for key in ("offer.product", "offer.volume_unit"):
        values.pop(key, None)
    if lines:
        existing = values.get("supplier.notes")
        values["supplier.notes"] = "\n".join([existing, *lines] if existing else lines)


def offer_terms(values: Mapping[str, Any]) -> dict[str, Any]:
    """add_offer's request for a settled row: the price list's offer_request, with the
    volume's unit, and an Incoterm that names no place kept in the offer's notes (the
    services take an Incoterm only with its place)."""
    request = offer_request(values)
    request["volume_unit"] = values.get("offer.volume_unit")
    if request["incoterm"] is not None and not request["incoterm_place"]:
        term = plain(request["incoterm"]).upper()
        note = f"{term} (no named place in the sheet)"
        request["notes"] = "\n".join(n for n in (request["notes"], note) if n)
        request["incoterm"] = None
    return request


def check_offer(session: Session, supplier_id: int | None, values: Mapping[str, Any]) -> list[str]:
    """What the services would refuse in the offer a settled row makes (its deal found as
    the commit will find it; none for a supplier still to be created)."""
    if values.get("offer.price") is None or not values.get("offer.product"):
        return []
    product = find_product(session, values["offer.product"])
    deal = None
    if supplier_id is not None:
        deal = find_negotiation(session, supplier_id, product, values.get("offer.grade"))
    terms = offer_terms(values)
    request = {
        **values,
        "offer.incoterm": terms["incoterm"],
        "offer.place": terms["incoterm_place"],
    }
    return [
        translate("Importing", "{label} {reason}").format(label=e.label, reason=e.message)
        for e in check_row(request, deal, product)
    ]


def record_offer(
    session: Session, supplier_id: int, values: Mapping[str, Any], row: int, log: ChangeLog
) -> bool:
    """Add a settled row's offer to the supplier's open deal for its product (the deal
    made when there is none), logged for undo; False when that offer is already there."""
    if values.get("offer.price") is None or not values.get("offer.product"):
        return False
    supplier = get_supplier(session, supplier_id)
    products_before = sorted(p.id for p in supplier.products)
    product = find_product(session, values["offer.product"])
    grade = values.get("offer.grade")
    negotiation = find_negotiation(session, supplier_id, product, grade)
    request = offer_terms(values)
    if negotiation is not None and _recorded(session, negotiation.id, request):
        return False
    created = negotiation is None
    if negotiation is None:
        negotiation = create_negotiation(
            session,
            supplier_id,
            negotiation_request(values),
            product_id=None if product is None else product.id,
            product_name=values["offer.product"],
        )
        if product is None:
            log.created("products", negotiation.product_id, row, 1)
    stage_before = plain(negotiation.stage)
    offer = add_offer(session, negotiation.id, request)
    session.flush()
    log.created("offers", offer.id, row, offer.version)
    if created:
        log.created("negotiations", negotiation.id, row, negotiation.version)
    elif plain(negotiation.stage) != stage_before:
        log.updated(
            "negotiations", negotiation.id, row, {"stage": stage_before}, negotiation.version
        )
    if sorted(p.id for p in supplier.products) != products_before:
        previous = {"_product_ids": products_before}
        log.updated("suppliers", supplier.id, row, previous, supplier.version)
    return True


def _recorded(session: Session, negotiation_id: int, request: Mapping[str, Any]) -> bool:
    found = session.scalar(
        select(Offer.id).where(
            Offer.negotiation_id == negotiation_id,
            Offer.side == OfferSide.SUPPLIER,
            Offer.offered_on == request["offered_on"],
            Offer.price == request["price"],
            Offer.currency == request["currency"],
        )
    )
    return found is not None
