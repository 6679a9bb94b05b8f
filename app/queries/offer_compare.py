"""Compare offers: for one product, every supplier's latest offer, landed per kg in the
reporting currency, cheapest first (issue 15 point 6).

"Latest" is per supplier across all that supplier's live negotiations of the product:
the supplier-side offer with the latest date, then the highest id (the one entered
last). A buyer's counter-offer is never listed (it is our price, not theirs); an archived
negotiation, or an archived supplier, is left out as every list leaves it out.

Reads: the latest offers with their deals' terms in one statement (ROW_NUMBER() over
the supplier, on SQLite and PostgreSQL alike), then one LandedBook (four) for every row:
six statements whatever the number of suppliers. Deals alike (ports, mode, packaging, HS
code, origin) share one ladder per term, route and tariff row (app.queries.landed_costs),
so ten thousand offers cost a few hundred ladders, not ten thousand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, func, literal, select, union
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.batched import AnySelect, fetch_together
from app.queries.landed_costs import (
    DEAL_COLUMNS,
    DealTerms,
    LandedBook,
    LandedSettings,
    OfferTerms,
    book_statements,
    deal_columns,
    deal_terms_from,
)
from app.rules.landed_ladder import SHOWN_PER_KG
from app.rules.units import Packaging
from app.services.fx_convert import PIVOTS, RateBook, rates_query
from models import (
    FreightCharge,
    FreightRoute,
    Incoterm,
    Negotiation,
    Offer,
    OfferSide,
    Product,
    Supplier,
    Unit,
)
from models.text import fold
from models.types import INTEGER_MAX

PRODUCT = "Product"


@dataclass(slots=True)
class CompareRow:
    """One supplier's latest offer of the product, with its landed cost per kg."""

    supplier_id: int
    supplier_name: str
    origin: str | None
    """The supplier's country (ISO code)."""
    negotiation_id: int
    offer_id: int
    offered_on: date
    price: Decimal
    currency: str
    unit: Unit
    incoterm: Incoterm | None
    """The offer's term, else its deal's (the one its landed cost is taken at)."""
    incoterm_place: str | None
    valid_until: date | None
    landed_per_kg: Decimal | None
    """In the reporting currency, not rounded; None when an input is missing."""
    missing: tuple[str, ...] = ()

    @property
    def landed_shown(self) -> str | None:
        """The landed cost per kg as shown: two decimals."""
        if self.landed_per_kg is None:
            return None
        return str(self.landed_per_kg.quantize(SHOWN_PER_KG, ROUND_HALF_UP))

    @property
    def incoterm_text(self) -> str:
        """'FOB Manzanillo', 'CIF', or '' when neither offer nor deal names one."""
        if self.incoterm is None:
            return ""
        return (
            f"{self.incoterm.value} {self.incoterm_place}"
            if self.incoterm_place
            else (self.incoterm.value)
        )

    @property
    def price_text(self) -> str:
        """'USD 6.00/kg': the price as offered, in its own currency and unit."""
        return f"{self.currency} {self.price:.2f}/{self.unit.value}"

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape: decimals as strings; landed per_kg null, missing named, when
        an input is lacking."""
        return {
            "supplier": {"id": self.supplier_id, "name": self.supplier_name},
            "origin": self.origin,
            "negotiation_id": self.negotiation_id,
            "offer_id": self.offer_id,
            "offered_on": self.offered_on.isoformat(),
            "incoterm": self.incoterm.value if self.incoterm else None,
            "incoterm_place": self.incoterm_place,
            "price": f"{self.price:f}",
            "currency": self.currency,
            "unit": self.unit.value,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "landed": {"per_kg": self.landed_shown, "missing": list(self.missing)},
        }


@dataclass(frozen=True)
class CompareResult:
    product_id: int
    product_name: str
    settings: LandedSettings
    today: date
    rows: tuple[CompareRow, ...]
    """Cheapest landed first; rows without a figure last, by supplier name."""

    @property
    def currency(self) -> str:
        return self.settings.currency

    @property
    def priced(self) -> int:
        """How many rows have a landed figure."""
        return sum(1 for r in self.rows if r.landed_per_kg is not None)


def _latest_offers(product_id: int | ColumnElement[Any]) -> AnySelect:
    """Every supplier's latest supplier-side offer of the product (an id, or a scalar
    subquery that chooses it), with its deal's terms (app.queries.landed_costs.
    deal_columns): one statement."""
    ranked = (
        select(
            Offer.id.label("offer_id"),
            Offer.negotiation_id,
            Offer.offered_on,
            Offer.price,
            Offer.currency,
            Offer.price_unit,
            Offer.incoterm,
            Offer.incoterm_place,
            Offer.valid_until,
            Negotiation.supplier_id,
            func.row_number()
            .over(
                partition_by=Negotiation.supplier_id,
                order_by=(Offer.offered_on.desc(), Offer.id.desc()),
            )
            .label("rank"),
        )
        .join(Negotiation, Negotiation.id == Offer.negotiation_id)
        .where(
            Negotiation.product_id == product_id,
            Negotiation.archived_at.is_(None),
            Offer.side == OfferSide.SUPPLIER,
        )
        .subquery()
    )
    query = (
        select(
            ranked,
            Supplier.name.label("supplier_name"),
            Supplier.country.label("origin"),
            Negotiation.incoterm_place.label("deal_place"),
            *deal_columns(),
        )
        .join(Negotiation, Negotiation.id == ranked.c.negotiation_id)
        .join(Product, Product.id == Negotiation.product_id)
        .join(Supplier, Supplier.id == ranked.c.supplier_id)
        .where(ranked.c.rank == 1, Supplier.archived_at.is_(None))
    )
    return query


def _sort_key(row: CompareRow) -> tuple[int, Decimal | str, int]:
    """Cheapest first (ties by supplier id); rows without a figure last, by name."""
    if row.landed_per_kg is None:
        return (1, fold(row.supplier_name), row.supplier_id)
    return (0, row.landed_per_kg, row.supplier_id)


def compare_offers(
    session: Session, product_id: int, settings: LandedSettings, *, today: date
) -> CompareResult:
    """Every supplier's latest offer of `product_id`, landed per kg in the settings'
    currency, cheapest first; NotFoundError when there is no such product. The product
    and its offers in one round trip, the landed costs' inputs in another."""
    named, offers = fetch_together(
        session,
        select(Product.id, Product.name).where(Product.id == product_id),
        _latest_offers(product_id),
    )
    if not named:
        raise NotFoundError(PRODUCT, product_id)
    return _compared(session, product_id, named[0].name, offers, settings, today)


def comparison(
    session: Session, product_id: int | None, settings: LandedSettings, *, today: date
) -> tuple[list[tuple[int, str]], int | None, CompareResult | None]:
    """What the Compare offers view shows: (the products with offers, the product compared,
    its comparison). `product_id`, when it still has offers, else the first of them. The
    list, the product and its offers go out together (on PostgreSQL one round trip; the
    first product is chosen by the server when none is given), the landed costs' inputs
    after them."""
    listed = _products_with_offers()
    wanted: int | ColumnElement[Any] = (
        product_id
        if product_id is not None
        else listed.with_only_columns(Product.id).limit(1).scalar_subquery()
    )
    products, named, offers, routes, charges, tariffs, rates = fetch_together(
        session,
        listed,
        select(Product.id, Product.name).where(Product.id == wanted),
        _latest_offers(wanted),
        *_book_inputs(wanted, settings),
    )
    ids = [row.id for row in products]
    choices = [(row.id, row.name) for row in products]
    if not ids:
        return choices, None, None
    if not named or named[0].id not in ids:  # no longer offered: the first one instead
        return choices, ids[0], compare_offers(session, ids[0], settings, today=today)
    chosen = named[0].id
    book = LandedBook(settings, RateBook(tuple(r) for r in rates), routes, charges, tariffs)
    return choices, chosen, _compared(session, chosen, named[0].name, offers, settings, today, book)


def _book_inputs(product_id: int | ColumnElement[Any], settings: LandedSettings) -> list[AnySelect]:
    """What LandedBook.load reads for the product's offers, as statements that need not
    wait for the offers (their origins, currencies and latest day are subqueries of
    them), so they go out with them: the routes, the charges, the tariff rows of the
    offers' origins, and the rates between the currencies LandedBook.load asks for (the
    offers', the freight's, the reporting one) and the pivots, up to the latest offer's day."""
    offers = _latest_offers(product_id).subquery()
    currencies = union(
        select(offers.c.currency),
        select(FreightRoute.currency),
        select(FreightCharge.currency),
        *(select(literal(code, String)) for code in {settings.currency, *PIVOTS}),
    ).subquery()
    return [
        *book_statements(select(offers.c.origin)),
        rates_query(
            select(currencies.c[0]), select(func.max(offers.c.offered_on)).scalar_subquery()
        ),
    ]


def _compared(
    session: Session,
    product_id: int,
    name: str,
    offers: list[Any],
    settings: LandedSettings,
    today: date,
    book: LandedBook | None = None,
) -> CompareResult:
    """The comparison of `offers`, landed with `book` (read for them here when None)."""
    rows: list[CompareRow] = []
    if offers:
        first_deal_column = len(offers[0]) - DEAL_COLUMNS
        book = book or LandedBook.load(
            session,
            settings,
            until=max(o.offered_on for o in offers),
            origins={o.origin for o in offers if o.origin},
            currencies={o.currency for o in offers},
        )
        packagings: dict[tuple[Any, ...], Packaging] = {}
        units = {unit.value: unit for unit in Unit}
        terms = {term.value: term for term in Incoterm}
        alike: dict[tuple[Any, ...], DealTerms] = {}
        for o in offers:
            # Deals alike but for their id share one DealTerms: the book asks no more.
            columns = tuple(o[first_deal_column:])
            deal = alike.get(columns[1:]) or alike.setdefault(
                columns[1:], deal_terms_from(columns, packagings)
            )
            unit = units[o.price_unit]
            offer_term = terms[o.incoterm] if o.incoterm else None
            term = OfferTerms(o.offer_id, o.price, o.currency, unit, offer_term, o.offered_on)
            per_kg = book.per_kg(deal, term)
            missing = () if per_kg is not None else book.missing(deal, term)
            rows.append(
                CompareRow(
                    supplier_id=o.supplier_id,
                    supplier_name=o.supplier_name,
                    origin=deal.origin_country,
                    negotiation_id=o.negotiation_id,
                    offer_id=o.offer_id,
                    offered_on=o.offered_on,
                    price=o.price,
                    currency=o.currency,
                    unit=unit,
                    incoterm=offer_term or deal.incoterm,
                    incoterm_place=o.incoterm_place if offer_term else o.deal_place,
                    valid_until=o.valid_until,
                    landed_per_kg=per_kg,
                    missing=missing,
                )
            )
        rows.sort(key=_sort_key)
    return CompareResult(product_id, name, settings, today, tuple(rows))


def products_with_offers(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every product with at least one supplier offer in a live
    negotiation, by name: what the Compare offers picker lists. One statement."""
    return [(pid, name) for pid, name in session.execute(_products_with_offers())]


def _products_with_offers() -> AnySelect:
    offered = (
        select(Offer.id)
        .join(Negotiation, Negotiation.id == Offer.negotiation_id)
        .where(
            Negotiation.product_id == Product.id,
            Negotiation.archived_at.is_(None),
            Offer.side == OfferSide.SUPPLIER,
        )
        .exists()
    )
    return select(Product.id, Product.name).where(offered).order_by(Product.key)


def product_by_name_or_id(session: Session, text: str) -> tuple[int, str]:
    """(id, name) of the product `text` names: its id (digits), else its name in any
    case and accents (the folded key); NotFoundError naming what was given otherwise."""
    given = text.strip()
    if given.isdecimal() and 1 <= int(given) <= INTEGER_MAX:
        row = session.execute(
            select(Product.id, Product.name).where(Product.id == int(given))
        ).first()
        if row is not None:
            return row[0], row[1]
    if given:
        row = session.execute(
            select(Product.id, Product.name).where(Product.key == fold(given))
        ).first()
        if row is not None:
            return row[0], row[1]
    shown = given if len(given) <= 40 else given[:39] + "…"
    raise NotFoundError(PRODUCT, repr(shown))
