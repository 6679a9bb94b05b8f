"""What a list export reads: the columns of each list view (header, value getter, kind)
and its rows, paged or streamed from the database a chunk at a time, so a 100,000-row
list never sits in memory whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, Literal, TypeVar

from sqlalchemy.orm import Session

from app.queries.lists import (
    ContactQuery,
    ContactRow,
    NegotiationQuery,
    NegotiationRow,
    ShipmentQuery,
    ShipmentRow,
    contact_page,
    negotiation_page,
    shipment_page,
)
from app.queries.search import SupplierQuery, SupplierRow, iter_suppliers, search_suppliers
from app.rules import countries
from app.rules.vocabulary import label

R = TypeVar("R")

ColumnKind = Literal["text", "number", "money", "date"]

PAGE_SIZE = 2000
"""Rows fetched from the database at a time."""


@dataclass(frozen=True)
class ExportColumn(Generic[R]):
    header: str
    value: Callable[[R], Any]
    kind: ColumnKind = "text"


def pick_columns(
    columns: Sequence[ExportColumn[R]], headers: Sequence[str]
) -> list[ExportColumn[R]]:
    """The columns a view shows, in the order it shows them (by header)."""
    by_header = {c.header: c for c in columns}
    unknown = [h for h in headers if h not in by_header]
    if unknown:
        raise ValueError(f"no such column: {', '.join(unknown)}")
    return [by_header[h] for h in headers]


class PagedRows(Generic[R]):
    """Every row a query matches, read a page at a time; `total` is known from the first
    page (the first page is read when this is made)."""

    def __init__(
        self,
        first: list[R],
        total: int,
        more: Callable[[int, R], list[R]],
        page_size: int,
    ) -> None:
        self.total = total
        self._first = first
        self._more = more
        self._page_size = page_size

    def __iter__(self) -> Iterator[R]:
        page = self._first
        done = 0
        while page:
            yield from page
            done += len(page)
            if len(page) < self._page_size:
                return
            page = self._more(done, page[-1])


class StreamedRows(Generic[R]):
    """Every row of one streamed query; `total` (for progress) is known beforehand."""

    def __init__(self, total: int, rows: Callable[[], Iterator[R]]) -> None:
        self.total = total
        self._rows = rows

    def __iter__(self) -> Iterator[R]:
        return self._rows()


def supplier_rows(
    session: Session, query: SupplierQuery, page_size: int = PAGE_SIZE, *, details: bool = True
) -> StreamedRows[SupplierRow]:
    """All suppliers matching `query` in its sort order (its offset and limit ignored),
    streamed from one query `page_size` rows at a time; the total is the list's count.
    Without `details`, products, certifications, tags and the primary contact are not read."""
    total = supplier_total(session, query)
    return StreamedRows(total, lambda: iter_suppliers(session, query, page_size, details=details))


def supplier_total(session: Session, query: SupplierQuery) -> int:
    """How many suppliers the list counts for `query` (its page aside)."""
    return search_suppliers(session, replace(query, limit=1, offset=0, after_id=None)).total


def _offset_rows(fetch: Callable[[int], tuple[list[R], int]], page_size: int) -> PagedRows[R]:
    rows, total = fetch(0)
    return PagedRows(rows, total, lambda offset, _last: fetch(offset)[0], page_size)


def contact_rows(
    session: Session, query: ContactQuery, page_size: int = PAGE_SIZE
) -> PagedRows[ContactRow]:
    def fetch(offset: int) -> tuple[list[ContactRow], int]:
        page = contact_page(session, replace(query, limit=page_size, offset=offset))
        return page.rows, page.total

    return _offset_rows(fetch, page_size)


def negotiation_rows(
    session: Session, query: NegotiationQuery, page_size: int = PAGE_SIZE
) -> PagedRows[NegotiationRow]:
    def fetch(offset: int) -> tuple[list[NegotiationRow], int]:
        page = negotiation_page(session, replace(query, limit=page_size, offset=offset))
        return page.rows, page.total

    return _offset_rows(fetch, page_size)


def shipment_rows(
    session: Session, query: ShipmentQuery, page_size: int = PAGE_SIZE
) -> PagedRows[ShipmentRow]:
    def fetch(offset: int) -> tuple[list[ShipmentRow], int]:
        page = shipment_page(session, replace(query, limit=page_size, offset=offset))
        return page.rows, page.total

    return _offset_rows(fetch, page_size)


def shown_supplier_name(name: str, archived: bool) -> str:
    return name + " (archived)" if archived else name


def certification_labels(row: SupplierRow) -> str | None:
    return ", ".join(label(kind) for kind in row.certifications) or None


def price_unit(currency: str | None, unit: Any) -> str | None:
    """'USD/kg': what a price is counted in."""
    if currency is None:
        return None
    return f"{currency}/{unit.value}" if unit is not None else currency


def incoterm_text(row: NegotiationRow) -> str | None:
    """'FOB San Antonio' (an Incoterm is always with its place)."""
    if row.incoterm is None:
        return row.incoterm_place
    return " ".join(p for p in (row.incoterm.value, row.incoterm_place) if p)


# The columns of each list view (ui/views/*.py), in their order, with a kind each: first
# the ones a view shows at first (and the command line exports), then the ones its column
# chooser can add. A view's column and its export column share the header.

SUPPLIER_COLUMNS: list[ExportColumn[SupplierRow]] = [
    ExportColumn("Name", lambda r: shown_supplier_name(r.name, r.archived)),
    ExportColumn("Country", lambda r: countries.name(r.country)),
    ExportColumn("City", lambda r: r.city),
    ExportColumn("Status", lambda r: r.status),
    ExportColumn("Tax id", lambda r: r.tax_id),
    ExportColumn("Updated", lambda r: r.updated_at, "date"),
    ExportColumn("Region", lambda r: r.region),
    ExportColumn("Email", lambda r: r.email),
    ExportColumn("Phone", lambda r: r.phone),
    ExportColumn("Website", lambda r: r.website),
    ExportColumn("Primary contact", lambda r: r.primary_contact),
    ExportColumn("Products", lambda r: r.products),
    ExportColumn("Certifications", certification_labels),
    ExportColumn("Tags", lambda r: r.tags),
    ExportColumn("Created", lambda r: r.created_at, "date"),
]
SUPPLIER_DEFAULT_COLUMNS = SUPPLIER_COLUMNS[:6]
SUPPLIER_DETAIL_COLUMNS = frozenset(SUPPLIER_COLUMNS[10:14])
"""The columns read by aggregating other tables (primary contact, products, certifications,
tags): an export reads them only when one of these is chosen."""

CONTACT_COLUMNS: list[ExportColumn[ContactRow]] = [
    ExportColumn("Name", lambda r: r.name),
    ExportColumn("Supplier", lambda r: r.supplier),
    ExportColumn("Country", lambda r: r.country),
    ExportColumn("Role", lambda r: r.role),
    ExportColumn("Email", lambda r: r.email),
    ExportColumn("Phone", lambda r: r.phone),
    ExportColumn("WhatsApp", lambda r: r.whatsapp),
    ExportColumn("WeChat", lambda r: r.wechat),
    ExportColumn("Language", lambda r: r.language),
    ExportColumn("Main", lambda r: r.is_primary),
]
CONTACT_DEFAULT_COLUMNS = CONTACT_COLUMNS

NEGOTIATION_COLUMNS: list[ExportColumn[NegotiationRow]] = [
    ExportColumn("Title", lambda r: r.title),
    ExportColumn("Supplier", lambda r: r.supplier),
    ExportColumn("Product", lambda r: r.product),
    ExportColumn("Stage", lambda r: r.stage),
    ExportColumn("Theirs", lambda r: r.supplier_price, "money"),
    ExportColumn("Ours", lambda r: r.buyer_price, "money"),
    ExportColumn("Gap", lambda r: r.gap, "money"),
    ExportColumn("Cur.", lambda r: r.offer_currency),
    ExportColumn("Owner", lambda r: r.owner),
    ExportColumn("Updated", lambda r: r.updated_at, "date"),
    ExportColumn("Country", lambda r: countries.name(r.country)),
    ExportColumn("Grade", lambda r: r.grade),
    ExportColumn("Target volume", lambda r: r.target_volume, "number"),
    ExportColumn("Volume unit", lambda r: r.volume_unit),
    ExportColumn("Target price", lambda r: r.target_price, "money"),
    ExportColumn("Price in", lambda r: price_unit(r.currency, r.price_unit)),
    ExportColumn("Incoterm", incoterm_text),
    ExportColumn("Expected close", lambda r: r.expected_close, "date"),
    ExportColumn("Delivery from", lambda r: r.delivery_start, "date"),
    ExportColumn("Delivery to", lambda r: r.delivery_end, "date"),
    ExportColumn("Offers", lambda r: r.offers, "number"),
    ExportColumn("Created", lambda r: r.created_at, "date"),
    ExportColumn("Landed /kg", lambda r: r.landed_label),
]
NEGOTIATION_DEFAULT_COLUMNS = NEGOTIATION_COLUMNS[:10]

SHIPMENT_COLUMNS: list[ExportColumn[ShipmentRow]] = [
    ExportColumn("Reference", lambda r: r.reference),
    ExportColumn("Supplier", lambda r: r.supplier),
    ExportColumn("Mode", lambda r: r.mode),
    ExportColumn("Status", lambda r: r.status),
    ExportColumn("Container / AWB", lambda r: r.container_no or r.transport_doc_no),
    ExportColumn("ETD", lambda r: r.etd, "date"),
    ExportColumn("ETA", lambda r: r.eta, "date"),
    ExportColumn("To", lambda r: r.destination_port),
    ExportColumn("Docs missing", lambda r: r.missing_documents or None, "number"),
    ExportColumn("Negotiation", lambda r: r.negotiation),
    ExportColumn("Container", lambda r: r.container_no),
    ExportColumn("Seal", lambda r: r.seal_no),
    ExportColumn("B/L / AWB", lambda r: r.transport_doc_no),
    ExportColumn("Carrier", lambda r: r.carrier),
    ExportColumn("Vessel / flight", lambda r: r.vessel),
    ExportColumn("From", lambda r: r.origin_port),
    ExportColumn("ATD", lambda r: r.atd, "date"),
    ExportColumn("ATA", lambda r: r.ata, "date"),
]
SHIPMENT_DEFAULT_COLUMNS = SHIPMENT_COLUMNS[:9]
