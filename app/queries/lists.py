"""The list queries behind the negotiation, shipment and contact views and the CLI.

Suppliers have their own, index-backed search (app.queries.search); these lists are smaller
(thousands to tens of thousands) and filter with LIKE on folded keys. Each list has
a query (filters, sort, page) and returns either ORM objects (the CLI, forms) or a
page of plain rows with the total (the window's tables).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.messages import translate
from app.queries.batched import AnySelect, fetch_together
from app.queries.landed_costs import LandedBook, LandedSettings, OfferTerms, deal_terms
from app.queries.search import (
    SupplierQuery,
    filtered_statement,
    search_suppliers,
    server_count,
)
from app.services.common import like_pattern
from models import (
    Contact,
    DocumentStatus,
    Incoterm,
    Negotiation,
    NegotiationStage,
    Offer,
    OfferSide,
    Product,
    Shipment,
    ShipmentDocument,
    ShipmentMode,
    ShipmentStatus,
    Supplier,
    Unit,
)
from models.text import fold

R = TypeVar("R")
S = TypeVar("S", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class ListPage(Generic[R]):
    rows: list[R]
    total: int


def _order(columns: dict[str, Any], sort: str, descending: bool, tiebreak: Any) -> list[Any]:
    if sort not in columns:
        raise ValueError(f"cannot sort by {sort!r}")
    column = columns[sort]
    if descending:
        return [column.desc(), tiebreak.desc()]
    return [column.asc(), tiebreak.asc()]


def _words(text: str) -> list[str]:
    return fold(text).split()


def price_label(amount: Decimal | None, currency: str | None, unit: str | None) -> str | None:
    """A price as the lists show it: '2.45 USD/kg', '418.00 CNY/box' (never a bare number);
    None for no price."""
    if amount is None:
        return None
    per = f"/{unit}" if unit else ""
    return f"{amount:,.2f} {currency or ''}{per}".rstrip()


# --- negotiations -------------------------------------------------------------------------


@dataclass(frozen=True)
class NegotiationQuery:
    text: str = ""
    stages: Sequence[NegotiationStage] = ()
    supplier_id: int | None = None
    product_id: int | None = None
    owner: str | None = None
    countries: Sequence[str] = ()
    include_archived: bool = False
    sort: str = "updated_at"
    descending: bool = True
    limit: int = 200
    offset: int = 0
    landed: LandedSettings | None = None
    """Give each row the landed cost per kg of its latest supplier offer in these
    settings' reporting currency (None: leave it out, as exports and pick lists do)."""


NEGOTIATION_SORTS: dict[str, Any] = {
    "title": Negotiation.title,
    "supplier": Supplier.name_key,
    "country": Supplier.country,
    "product": Product.key,
    "stage": Negotiation.stage,
    "owner": Negotiation.owner,
    "target_price": Negotiation.target_price,
    "expected_close": Negotiation.expected_close,
    "updated_at": Negotiation.updated_at,
    "id": Negotiation.id,
}


def _negotiations(query: NegotiationQuery, base: S) -> S:
    stmt = base.join(Negotiation.supplier).join(Negotiation.product)
    for word in _words(query.text):
        pattern = like_pattern(word)
        stmt = stmt.where(
            or_(
                Negotiation.title.ilike(pattern, escape="\\"),
                Supplier.name_key.like(pattern, escape="\\"),
                Product.key.like(pattern, escape="\\"),
                Negotiation.owner.ilike(pattern, escape="\\"),
            )
        )
    if query.stages:
        stmt = stmt.where(Negotiation.stage.in_(list(query.stages)))
    if query.supplier_id is not None:
        stmt = stmt.where(Negotiation.supplier_id == query.supplier_id)
    if query.product_id is not None:
        stmt = stmt.where(Negotiation.product_id == query.product_id)
    if query.owner:
        stmt = stmt.where(Negotiation.owner == query.owner)
    if query.countries:
        stmt = stmt.where(Supplier.country.in_(list(query.countries)))
    if not query.include_archived:
        stmt = stmt.where(Negotiation.archived_at.is_(None))
    return stmt


def list_negotiations(session: Session, query: NegotiationQuery) -> list[Negotiation]:
    """The deals of a page with their supplier, product and offers, in one statement (the
    page's deals in a subquery, each joined with its few offers): one round trip."""
    stmt = (
        _negotiations(query, select(Negotiation))
        .options(
            joinedload(Negotiation.supplier),
            joinedload(Negotiation.product),
            joinedload(Negotiation.offers),
        )
        .order_by(*_order(NEGOTIATION_SORTS, query.sort, query.descending, Negotiation.id))
    )
    return list(session.scalars(stmt.limit(query.limit).offset(query.offset)).unique())


@dataclass(frozen=True)
class LatestOffer:
    """One side's latest offer on a deal, as the list shows and compares it."""

    offer_id: int
    price: Decimal
    currency: str
    unit: Unit
    incoterm: Incoterm | None
    offered_on: date

    @property
    def label(self) -> str:
        return price_label(self.price, self.currency, self.unit) or ""


@dataclass(frozen=True)
class NegotiationRow:
    id: int
    title: str
    supplier_id: int
    supplier: str
    country: str
    product: str
    stage: NegotiationStage
    owner: str | None
    target_price: Decimal | None
    currency: str | None
    price_unit: str | None
    target_volume: Decimal | None
    volume_unit: str | None
    supplier_price: Decimal | None
    buyer_price: Decimal | None
    """Latest offers of each side, in the currency of the supplier's latest offer."""
    offer_currency: str | None
    offers: int
    expected_close: date | None
    updated_at: datetime
    archived: bool
    version: int
    grade: str | None = None
    incoterm: Incoterm | None = None
    incoterm_place: str | None = None
    delivery_start: date | None = None
    delivery_end: date | None = None
    created_at: datetime | None = None
    supplier_offer: LatestOffer | None = None
    buyer_offer: LatestOffer | None = None
    """Each side's latest offer with its currency, unit and term (whatever they are)."""
    landed_per_kg: Decimal | None = None
    """Of the latest supplier offer, in `landed_currency` (None: not asked for, no offer,
    or an input missing, then named in `landed_missing`)."""
    landed_currency: str | None = None
    landed_missing: tuple[str, ...] = ()

    @property
    def gap(self) -> Decimal | None:
        """Their latest price minus ours when both are in one currency, unit and Incoterm
        (else None: as prices they do not compare; the negotiation's own summary gives
        the gap on landed cost)."""
        theirs, ours = self.supplier_offer, self.buyer_offer
        if theirs is None or ours is None:
            return None
        if (theirs.currency, theirs.unit, theirs.incoterm) != (
            ours.currency,
            ours.unit,
            ours.incoterm,
        ):
            return None
        return theirs.price - ours.price

    @property
    def supplier_label(self) -> str | None:
        """'2.45 USD/kg': the supplier's latest price with its currency and unit."""
        return self.supplier_offer.label if self.supplier_offer else None

    @property
    def buyer_label(self) -> str | None:
        """Our latest price with its own currency and unit."""
        return self.buyer_offer.label if self.buyer_offer else None

    @property
    def gap_label(self) -> str | None:
        """`gap`, labelled with its currency and unit."""
        gap, theirs = self.gap, self.supplier_offer
        if gap is None or theirs is None:
            return None
        return price_label(gap, theirs.currency, theirs.unit)

    @property
    def target_label(self) -> str | None:
        return price_label(self.target_price, self.currency, self.price_unit)

    @property
    def landed_label(self) -> str | None:
        """'49.69 CNY/kg', or 'missing: <the first input>'; None when not asked for or
        no supplier offer."""
        if self.landed_per_kg is not None:
            return price_label(self.landed_per_kg, self.landed_currency, Unit.KG.value)
        if self.landed_missing:
            return translate("Queries", "missing: {input}").format(input=self.landed_missing[0])
        return None


def negotiation_page(session: Session, query: NegotiationQuery) -> ListPage[NegotiationRow]:
    read = negotiation_list_read(session, query)
    return read.answer(session, fetch_together(session, *read.statements))


def negotiation_list_read(_session: Session, query: NegotiationQuery) -> NegotiationListRead:
    """negotiation_page as a read that goes out with others (after a save, with its
    COMMIT): the page, its deals' offers and the count; the landed costs (when asked
    for) read after them."""
    stmt = _negotiations(
        query,
        select(
            Negotiation.id,
            Negotiation.title,
            Negotiation.supplier_id,
            Supplier.name.label("supplier"),
            Supplier.country,
            Product.name.label("product"),
            Negotiation.stage,
            Negotiation.owner,
            Negotiation.target_price,
            Negotiation.currency,
            Negotiation.price_unit,
            Negotiation.target_volume,
            Negotiation.volume_unit,
            Negotiation.expected_close,
            Negotiation.updated_at,
            Negotiation.archived_at,
            Negotiation.version,
            Negotiation.grade,
            Negotiation.incoterm,
            Negotiation.incoterm_place,
            Negotiation.delivery_start,
            Negotiation.delivery_end,
            Negotiation.created_at,
        ),
    ).order_by(*_order(NEGOTIATION_SORTS, query.sort, query.descending, Negotiation.id))
    page = stmt.limit(query.limit).offset(query.offset)
    # the page, its deals' offers and the count together: one round trip on a server
    paged = page.with_only_columns(Negotiation.id).subquery()
    return NegotiationListRead(
        query,
        (
            page,
            _offers_of(select(paged.c.id)),
            _negotiations(query, select(func.count(Negotiation.id))),
        ),
    )


@dataclass(frozen=True)
class NegotiationListRead:
    query: NegotiationQuery
    statements: tuple[AnySelect, AnySelect, Select[Any]]

    def answer(self, session: Session, found: Sequence[list[Any]]) -> ListPage[NegotiationRow]:
        query = self.query
        found_rows, offer_rows, counted = found
        latest = _latest_of(offer_rows)
        landed = _landed(session, query.landed, latest, {r.id: r.country for r in found_rows})
        rows = []
        for r in found_rows:
            offers = latest.get(r.id, {})
            their_offer, our_offer = offers.get(OfferSide.SUPPLIER), offers.get(OfferSide.BUYER)
            theirs = (their_offer.price, their_offer.currency) if their_offer else None
            ours = (our_offer.price, our_offer.currency) if our_offer else None
            same = theirs is not None and ours is not None and theirs[1] == ours[1]
            per_kg, missing = landed.get(r.id, (None, ()))
            rows.append(
                NegotiationRow(
                    id=r.id,
                    title=r.title,
                    supplier_id=r.supplier_id,
                    supplier=r.supplier,
                    country=r.country,
                    product=r.product,
                    stage=r.stage,
                    owner=r.owner,
                    target_price=r.target_price,
                    currency=r.currency,
                    price_unit=r.price_unit,
                    target_volume=r.target_volume,
                    volume_unit=r.volume_unit,
                    supplier_price=theirs[0] if theirs else None,
                    buyer_price=ours[0] if ours and (same or theirs is None) else None,
                    offer_currency=(theirs or ours or (None, None))[1],
                    offers=int(offers.get("count", 0)),
                    expected_close=r.expected_close,
                    updated_at=r.updated_at,
                    archived=r.archived_at is not None,
                    version=r.version,
                    grade=r.grade,
                    incoterm=r.incoterm,
                    incoterm_place=r.incoterm_place,
                    delivery_start=r.delivery_start,
                    delivery_end=r.delivery_end,
                    created_at=r.created_at,
                    supplier_offer=their_offer,
                    buyer_offer=our_offer,
                    landed_per_kg=per_kg,
                    landed_currency=query.landed.currency if query.landed else None,
                    landed_missing=missing,
                )
            )
        return ListPage(rows, int(counted[0][0] or 0))


def _offers_of(ids: list[int] | Select[Any]) -> AnySelect:
    """The offers of the deals `ids` (a list, or a select of their ids), oldest first."""
    return (
        select(
            Offer.negotiation_id,
            Offer.side,
            Offer.id,
            Offer.price,
            Offer.currency,
            Offer.price_unit,
            func.coalesce(Offer.incoterm, Negotiation.incoterm),
            Offer.offered_on,
        )
        .join(Negotiation, Negotiation.id == Offer.negotiation_id)
        .where(Offer.negotiation_id.in_(ids))
        .order_by(Offer.negotiation_id, Offer.offered_on, Offer.id)
    )


def _latest_of(offers: Iterable[Any]) -> dict[int, dict[Any, Any]]:
    """_latest_offers' answer from _offers_of's rows."""
    result: dict[int, dict[Any, Any]] = defaultdict(dict)
    for negotiation_id, side, offer_id, price, currency, unit, term, day in offers:
        entry = result[negotiation_id]
        entry[side] = LatestOffer(
            offer_id, price, currency, Unit(unit), Incoterm(term) if term else None, day
        )
        entry["count"] = entry.get("count", 0) + 1
    return result


def _landed(
    session: Session,
    settings: LandedSettings | None,
    latest: dict[int, dict[Any, Any]],
    countries: dict[int, str],
) -> dict[int, tuple[Decimal | None, tuple[str, ...]]]:
    """The landed cost per kg of each deal's latest supplier offer, with the inputs
    missing: one deal_terms query for the page and one LandedBook (four queries), however
    many rows the page has."""
    offers: dict[int, LatestOffer] = {
        negotiation_id: entry[OfferSide.SUPPLIER]
        for negotiation_id, entry in latest.items()
        if OfferSide.SUPPLIER in entry
    }
    if settings is None or not offers:
        return {}
    terms = deal_terms(session, offers)
    book = LandedBook.load(
        session,
        settings,
        until=max(o.offered_on for o in offers.values()),
        origins={countries[i] for i in offers if countries.get(i)},
        currencies={o.currency for o in offers.values()},
        since=min(o.offered_on for o in offers.values()),
        deals=terms.values(),
    )
    result: dict[int, tuple[Decimal | None, tuple[str, ...]]] = {}
    for negotiation_id, offer in offers.items():
        deal = terms.get(negotiation_id)
        if deal is None:
            continue
        priced = OfferTerms(
            offer.offer_id,
            offer.price,
            offer.currency,
            offer.unit,
            offer.incoterm,
            offer.offered_on,
        )
        per_kg = book.per_kg(deal, priced)
        result[negotiation_id] = (per_kg, () if per_kg is not None else book.missing(deal, priced))
    return result


def _rows_page(
    session: Session,
    stmt: Select[*tuple[Any, ...]],
    row: Callable[..., R],
    offset: int,
    limit: int,
    count: Select[Any],
) -> ListPage[R]:
    """One page of `stmt`, each result row made into `row(**columns)`, with the total."""
    rows = [row(**r._asdict()) for r in session.execute(stmt.limit(limit).offset(offset))]
    return ListPage(rows, _total(session, offset, limit, len(rows), count))


@dataclass(frozen=True)
class RowsPageRead(Generic[R]):
    """_rows_page's page as a read that goes out with others (app.queries.batched): the
    page and its count sent together."""

    page: AnySelect
    count: Select[Any]
    row: Callable[..., R]
    offset: int
    limit: int

    @property
    def statements(self) -> tuple[AnySelect, Select[Any]]:
        return self.page.limit(self.limit).offset(self.offset), self.count

    def answer(self, session: Session, found: Sequence[list[Any]]) -> ListPage[R]:
        rows, counted = found
        made = [self.row(**r._asdict()) for r in rows]
        if self.offset == 0 and len(made) < self.limit:
            return ListPage(made, len(made))
        return ListPage(made, int(counted[0][0] or 0))


def _total(session: Session, offset: int, limit: int, got: int, count: Select[Any]) -> int:
    if offset == 0 and got < limit:
        return got
    return session.scalar(count) or 0


# --- shipments ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShipmentQuery:
    text: str = ""
    statuses: Sequence[ShipmentStatus] = ()
    modes: Sequence[ShipmentMode] = ()
    negotiation_id: int | None = None
    supplier_id: int | None = None
    sort: str = "etd"
    descending: bool = True
    limit: int = 200
    offset: int = 0


SHIPMENT_SORTS: dict[str, Any] = {
    "reference": Shipment.reference,
    "supplier": Supplier.name_key,
    "mode": Shipment.mode,
    "status": Shipment.status,
    "container_no": Shipment.container_no,
    "etd": Shipment.etd,
    "eta": Shipment.eta,
    "destination_port": Shipment.destination_port,
    "id": Shipment.id,
}


def _shipments(query: ShipmentQuery, base: S) -> S:
    stmt = base.join(Shipment.negotiation).join(Negotiation.supplier)
    for word in query.text.split():
        pattern = like_pattern(word)
        stmt = stmt.where(
            or_(
                Shipment.reference.ilike(pattern, escape="\\"),
                Shipment.container_no.ilike(pattern, escape="\\"),
                Shipment.transport_doc_no.ilike(pattern, escape="\\"),
                Shipment.vessel.ilike(pattern, escape="\\"),
                Shipment.destination_port.ilike(pattern, escape="\\"),
                Supplier.name_key.like(like_pattern(fold(word)), escape="\\"),
            )
        )
    if query.statuses:
        stmt = stmt.where(Shipment.status.in_(list(query.statuses)))
    if query.modes:
        stmt = stmt.where(Shipment.mode.in_(list(query.modes)))
    if query.negotiation_id is not None:
        stmt = stmt.where(Shipment.negotiation_id == query.negotiation_id)
    if query.supplier_id is not None:
        stmt = stmt.where(Negotiation.supplier_id == query.supplier_id)
    return stmt


def _shipment_order(query: ShipmentQuery) -> list[Any]:
    order = _order(SHIPMENT_SORTS, query.sort, query.descending, Shipment.id)
    return [order[0].nulls_last(), order[1]]


def list_shipments(session: Session, query: ShipmentQuery) -> list[Shipment]:
    stmt = (
        _shipments(query, select(Shipment))
        .options(
            joinedload(Shipment.negotiation).joinedload(Negotiation.supplier),
            selectinload(Shipment.documents),
        )
        .order_by(*_shipment_order(query))
    )
    return list(session.scalars(stmt.limit(query.limit).offset(query.offset)).unique())


@dataclass(frozen=True)
class ShipmentRow:
    id: int
    reference: str
    negotiation_id: int
    negotiation: str
    supplier: str
    mode: ShipmentMode
    status: ShipmentStatus
    container_no: str | None
    transport_doc_no: str | None
    vessel: str | None
    origin_port: str | None
    destination_port: str | None
    etd: date | None
    eta: date | None
    atd: date | None
    ata: date | None
    missing_documents: int
    version: int
    carrier: str | None = None
    seal_no: str | None = None


def shipment_page(session: Session, query: ShipmentQuery) -> ListPage[ShipmentRow]:
    stmt, count = _shipment_page_statements(query)
    return _rows_page(session, stmt, ShipmentRow, query.offset, query.limit, count)


def shipment_page_read(_session: Session, query: ShipmentQuery) -> RowsPageRead[ShipmentRow]:
    """shipment_page as a read that goes out with others (after a save, with its COMMIT)."""
    stmt, count = _shipment_page_statements(query)
    return RowsPageRead(stmt, count, ShipmentRow, query.offset, query.limit)


def _shipment_page_statements(query: ShipmentQuery) -> tuple[AnySelect, Select[Any]]:
    missing = (
        select(func.count(ShipmentDocument.id))
        .where(
            ShipmentDocument.shipment_id == Shipment.id,
            ShipmentDocument.status == DocumentStatus.MISSING,
        )
        .correlate(Shipment)
        .scalar_subquery()
    )
    stmt: AnySelect = _shipments(
        query,
        select(
            Shipment.id,
            Shipment.reference,
            Shipment.negotiation_id,
            Negotiation.title.label("negotiation"),
            Supplier.name.label("supplier"),
            Shipment.mode,
            Shipment.status,
            Shipment.container_no,
            Shipment.transport_doc_no,
            Shipment.vessel,
            Shipment.origin_port,
            Shipment.destination_port,
            Shipment.etd,
            Shipment.eta,
            Shipment.atd,
            Shipment.ata,
            missing.label("missing_documents"),
            Shipment.version,
            Shipment.carrier,
            Shipment.seal_no,
        ),
    ).order_by(*_shipment_order(query))
    return stmt, _shipments(query, select(func.count(Shipment.id)))


# --- contacts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    supplier_id: int | None = None
    countries: Sequence[str] = ()
    """Of suppliers in these countries."""
    sort: str = "name"
    descending: bool = False
    limit: int = 200
    offset: int = 0


CONTACT_SORTS: dict[str, Any] = {
    "name": Contact.name_key,
    "supplier": Supplier.name_key,
    "country": Supplier.country,
    "role": Contact.role,
    "email": Contact.email,
    "phone": Contact.phone,
    "language": Contact.language,
    "id": Contact.id,
}


def _contacts(query: ContactQuery, base: S) -> S:
    stmt = base.join(Contact.supplier).where(Supplier.archived_at.is_(None))
    for word in query.text.split():
        pattern = like_pattern(word)
        stmt = stmt.where(
            or_(
                Contact.name_key.like(like_pattern(fold(word)), escape="\\"),
                Contact.email.ilike(pattern, escape="\\"),
                Contact.phone.like(pattern, escape="\\"),
                Contact.role.ilike(pattern, escape="\\"),
                Supplier.name_key.like(like_pattern(fold(word)), escape="\\"),
            )
        )
    if query.supplier_id is not None:
        stmt = stmt.where(Contact.supplier_id == query.supplier_id)
    if query.countries:
        stmt = stmt.where(Supplier.country.in_([c.upper() for c in query.countries]))
    return stmt


def list_contacts(session: Session, query: ContactQuery) -> list[Contact]:
    stmt = (
        _contacts(query, select(Contact))
        .options(joinedload(Contact.supplier))
        .order_by(*_order(CONTACT_SORTS, query.sort, query.descending, Contact.id))
    )
    return list(session.scalars(stmt.limit(query.limit).offset(query.offset)))


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    supplier_id: int
    supplier: str
    country: str
    role: str | None
    email: str | None
    phone: str | None
    whatsapp: str | None
    wechat: str | None
    language: str | None
    is_primary: bool
    version: int


def contact_page(session: Session, query: ContactQuery) -> ListPage[ContactRow]:
    stmt, count = _contact_page_statements(query)
    return _rows_page(session, stmt, ContactRow, query.offset, query.limit, count)


def contact_page_read(_session: Session, query: ContactQuery) -> RowsPageRead[ContactRow]:
    """contact_page as a read that goes out with others (after a save, with its COMMIT)."""
    stmt, count = _contact_page_statements(query)
    return RowsPageRead(stmt, count, ContactRow, query.offset, query.limit)


def _contact_page_statements(query: ContactQuery) -> tuple[AnySelect, Select[Any]]:
    stmt: AnySelect = _contacts(
        query,
        select(
            Contact.id,
            Contact.name,
            Contact.supplier_id,
            Supplier.name.label("supplier"),
            Supplier.country,
            Contact.role,
            Contact.email,
            Contact.phone,
            Contact.whatsapp,
            Contact.wechat,
            Contact.language,
            Contact.is_primary,
            Contact.version,
        ),
    ).order_by(*_order(CONTACT_SORTS, query.sort, query.descending, Contact.id))
    return stmt, _contacts(query, select(func.count(Contact.id)))


# --- suppliers, for the command line -------------------------------------------------------


@dataclass(frozen=True)
class SupplierListing:
    """A page of suppliers as the command line lists them: each a row of every column of
    the supplier (what serialize.supplier_dict reads), and how many match in all."""

    rows: list[Any]
    total: int
    exact: bool = True
    """False when `total` is search.COUNT_CAP and more match."""

    @property
    def total_text(self) -> str:
        return f"{self.total:,}" + ("" if self.exact else "+")


def supplier_listing(session: Session, query: SupplierQuery) -> SupplierListing:
    """search_suppliers' page (its matches, order, limit and offset) with every column of
    each supplier. On PostgreSQL the count and the page go out together (one round trip:
    app.queries.batched), the page read in the query's order; on SQLite search_suppliers
    picks its plan from the count first, then the page's rows are read by id."""
    if session.get_bind().dialect.name != "postgresql" or query.after_id is not None:
        page = search_suppliers(session, query)
        ids = [row.id for row in page.rows]
        by_id = (
            {
                row.id: row
                for row in session.execute(
                    select(*Supplier.__table__.c).where(Supplier.id.in_(ids))
                )
            }
            if ids
            else {}
        )
        return SupplierListing([by_id[i] for i in ids], page.total, page.exact)
    count, read_count = server_count(session, query)  # counted as search_suppliers counts
    rows_of_page = (
        filtered_statement(session, query, list(Supplier.__table__.c))
        .limit(query.limit)
        .offset(query.offset)
    )
    (counted,), rows = fetch_together(session, count, rows_of_page)
    total, exact = read_count(int(counted[0]))
    return SupplierListing(rows, total, exact)
