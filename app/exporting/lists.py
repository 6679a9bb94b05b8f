"""Any list to .xlsx or .csv: exactly the rows and columns a view shows, in its order,
with names (not ids) and real numbers and dates.

A list export is a set of columns (header, value getter, kind) and an iterable of
rows. The ready-made sources below page through every row matching a view's query a
chunk at a time, so a 100,000-row list never sits in memory whole; the .xlsx goes
through openpyxl's write-only mode for the same reason. The supplier list to .csv (the
one that must be fast: 100,000 rows in well under a second) skips the row objects and
writes from one query's plain values (`_write_supplier_csv`); the other paths run a
column's value getter cell by cell.

A progress callback `(done, total) -> bool` is called between chunks; returning False
cancels the export and leaves no file. Files are written to a temporary file in the
target's folder and renamed over the target only when complete.

openpyxl is imported inside the writer: nothing here loads it at start-up.
"""

from __future__ import annotations

import contextlib
import csv
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import chain, islice
from operator import itemgetter
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

from sqlalchemy import DateTime, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from app import countries
from app.exporting.files import ExportError, atomic_output
from app.lists import (
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
from app.search import (
    SORTABLE,
    SupplierQuery,
    SupplierRow,
    _filtered,
    iter_suppliers,
    search_suppliers,
)
from app.vocabulary import label
from models import Supplier, SupplierStatus

R = TypeVar("R")

ColumnKind = Literal["text", "number", "money", "date"]
Progress = Callable[[int, int], bool]
"""(rows done, rows in all) -> False to cancel."""

PAGE_SIZE = 2000
"""Rows fetched from the database at a time."""
PROGRESS_EVERY = 500
"""Rows written between two calls of the progress callback."""
WIDTH_SAMPLE = 200
"""Rows looked at to size the .xlsx columns (they must be set before rows stream out)."""
FORMULA_PREFIXES = ("=", "+", "-", "@")
"""Text starting with these would be read as a formula by a spreadsheet."""

XLSX_FORMATS = {
    "money": "#,##0.00",
    "integer": "#,##0",
    "decimal": "#,##0.###",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}


# --- columns and rows -----------------------------------------------------------------------


@dataclass(frozen=True)
class ExportColumn(Generic[R]):
    header: str
    value: Callable[[R], Any]
    kind: ColumnKind = "text"


@dataclass(frozen=True)
class ListExport:
    path: Path
    rows: int
    """Rows written (or written before the cancel)."""
    cancelled: bool = False
    """True when the progress callback said stop: no file was left."""


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
    session: Session, query: SupplierQuery, page_size: int = PAGE_SIZE
) -> StreamedRows[SupplierRow]:
    """All suppliers matching `query` in its sort order (its offset and limit ignored),
    streamed from one query `page_size` rows at a time; the total is the list's count."""
    total = _supplier_total(session, query)
    return StreamedRows(total, lambda: iter_suppliers(session, query, page_size))


def _supplier_total(session: Session, query: SupplierQuery) -> int:
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


# The columns of each list view (ui/views/*.py), in their order, with a kind each.

SUPPLIER_COLUMNS: list[ExportColumn[SupplierRow]] = [
    ExportColumn("Name", lambda r: shown_supplier_name(r.name, r.archived)),
    ExportColumn("Country", lambda r: countries.name(r.country)),
    ExportColumn("City", lambda r: r.city),
    ExportColumn("Status", lambda r: r.status),
    ExportColumn("Tax id", lambda r: r.tax_id),
    ExportColumn("Updated", lambda r: r.updated_at, "date"),
]

CONTACT_COLUMNS: list[ExportColumn[ContactRow]] = [
    ExportColumn("Name", lambda r: r.name),
    ExportColumn("Supplier", lambda r: r.supplier),
    ExportColumn("Country", lambda r: r.country),
    ExportColumn("Role", lambda r: r.role),
    ExportColumn("Email", lambda r: r.email),
    ExportColumn("Phone", lambda r: r.phone),
    ExportColumn("Language", lambda r: r.language),
    ExportColumn("Main", lambda r: r.is_primary),
]

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
]

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
]


# --- writing --------------------------------------------------------------------------------


class _CancelledError(Exception):
    pass


def export_list(
    path: Path,
    columns: Sequence[ExportColumn[R]],
    rows: Iterable[R],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    title: str = "List",
) -> ListExport:
    """Write `rows` as `columns` to `path`: .xlsx or .csv, chosen by its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(f"cannot write {path}: a list exports to .xlsx or .csv")

    def write(temp: Path, counter: _Counter) -> None:
        if suffix == ".csv":
            _write_csv(temp, columns, counter.count(rows))
        else:
            _write_xlsx(temp, columns, counter.count(rows), title)

    return _run_export(path, total, progress, write)


def _run_export(
    path: Path,
    total: int | None,
    progress: Progress | None,
    write: Callable[[Path, _Counter], None],
) -> ListExport:
    """`write` the file into a temporary file renamed over `path` when complete; a
    cancel from `progress` (through the counter) leaves no file."""
    counter = _Counter(total, progress)
    try:
        with atomic_output(path) as temp:
            counter.tick(force=True)
            write(temp, counter)
            counter.tick(force=True)
    except _CancelledError:
        return ListExport(path, counter.done, cancelled=True)
    return ListExport(path, counter.done)


class _Counter:
    def __init__(self, total: int | None, progress: Progress | None) -> None:
        self.total = total
        self.progress = progress
        self.done = 0
        self._last = 0

    def tick(self, *, force: bool = False) -> None:
        if self.progress is None:
            return
        if force or self.done - self._last >= PROGRESS_EVERY:
            self._last = self.done
            total = max(self.total or 0, self.done)
            if not self.progress(self.done, total):
                raise _CancelledError()

    def count(self, rows: Iterable[R]) -> Iterator[R]:
        for row in rows:
            yield row
            self.done += 1
            self.tick()

    def add(self, rows: int) -> None:
        """`rows` more written."""
        self.done += rows
        self.tick()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def _local(value: datetime) -> datetime:
    """Stored UTC, shown local, without a zone (spreadsheets have none)."""
    if value.tzinfo is not None:
        # Same as astimezone().replace(tzinfo=None), in half the time (once a row).
        return datetime.fromtimestamp(value.timestamp())
    return value


def _csv_value(kind: ColumnKind, value: Any) -> str:
    if value is None or value == "":
        return ""
    if kind in ("number", "money") and isinstance(value, int | float | Decimal):
        if isinstance(value, Decimal):
            return format(value, "f")
        return str(value)
    if kind == "date":
        if isinstance(value, datetime):
            return _local(value).isoformat(sep=" ", timespec="minutes")
        if isinstance(value, date):
            return value.isoformat()
    return _text(value)


def _csv_converter(kind: ColumnKind) -> Callable[[Any], str]:
    """`_csv_value` for one column, with the common cases first (it runs once a cell)."""
    if kind == "date":

        def date_value(value: Any) -> str:
            if type(value) is datetime:
                return _local(value).isoformat(sep=" ", timespec="minutes")
            if type(value) is date:
                return value.isoformat()
            return _csv_value(kind, value)

        return date_value
    if kind in ("number", "money"):

        def number_value(value: Any) -> str:
            if type(value) is Decimal:
                return format(value, "f")
            return _csv_value(kind, value)

        return number_value
    return _text_converter("")


def _text_converter(empty: Any) -> Callable[[Any], Any]:
    """`_text` for one column (`empty` for a missing value), enum labels cached."""
    labels: dict[Any, str] = {}

    def text_value(value: Any) -> Any:
        if value is None or value == "":
            return empty
        if type(value) is str:
            return value
        if isinstance(value, StrEnum):
            found = labels.get(value)
            if found is None:
                found = labels[value] = label(value)
            return found
        return _text(value) or empty

    return text_value


def _write_csv(target: Path, columns: Sequence[ExportColumn[R]], rows: Iterable[R]) -> None:
    cells = [(c.value, _csv_converter(c.kind)) for c in columns]
    # UTF-8 with a byte-order mark: Excel then opens accents and Chinese correctly.
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([c.header for c in columns])
        writer.writerows([convert(get(row)) for get, convert in cells] for row in rows)


def display_width(text: str) -> int:
    """Columns a text takes on screen: wide (Chinese) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _sample_width(kind: ColumnKind, value: Any) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 16 if isinstance(value, datetime) else 10
    if kind in ("money", "number") and isinstance(value, int | float | Decimal):
        return len(f"{value:,.2f}")
    return max((display_width(line) for line in _text(value).splitlines()), default=0)


def column_widths(
    headers: Sequence[str], kinds: Sequence[ColumnKind], sample: Iterable[Sequence[Any]]
) -> list[float]:
    widths = [display_width(h) + 3 for h in headers]  # room for the filter button
    for values in sample:
        for i, (kind, value) in enumerate(zip(kinds, values, strict=True)):
            widths[i] = max(widths[i], _sample_width(kind, value) + 2)
    return [float(min(max(w, 8), 60)) for w in widths]


class XlsxCells:
    """Turns values into openpyxl cells of the right type and format for one sheet.

    Shared with the pipeline report; plain values go through as they are (the fast
    path), only cells that need a format or must be kept as text get a cell object.
    """

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped, unused-ignore]
        from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped, unused-ignore]

        self._cell = WriteOnlyCell
        self.sheet = sheet
        self.header_font = Font(bold=True)
        self.header_fill = PatternFill("solid", fgColor="DDE4EE")

    def header(self, text: str) -> Any:
        cell = self._cell(self.sheet, value=text)
        cell.font = self.header_font
        cell.fill = self.header_fill
        return cell

    def value(self, kind: ColumnKind, value: Any, *, bold: bool = False) -> Any:
        cell: Any
        if value is None or value == "":
            return None
        if kind in ("money", "number") and isinstance(value, int | float | Decimal):
            if isinstance(value, bool):
                return _text(value)
            cell = self._cell(self.sheet, value=value)
            if kind == "money":
                cell.number_format = XLSX_FORMATS["money"]
            elif isinstance(value, int):
                cell.number_format = XLSX_FORMATS["integer"]
            else:
                cell.number_format = XLSX_FORMATS["decimal"]
        elif kind == "date" and isinstance(value, date):
            if isinstance(value, datetime):
                cell = self._cell(self.sheet, value=_local(value))
                cell.number_format = XLSX_FORMATS["datetime"]
            else:
                cell = self._cell(self.sheet, value=value)
                cell.number_format = XLSX_FORMATS["date"]
        else:
            text = _text(value)
            if not text.startswith(FORMULA_PREFIXES):
                if not bold:
                    return text
                cell = self._cell(self.sheet, value=text)
            else:
                # Set after the value: assigning '=...' makes openpyxl mark a formula.
                cell = self._cell(self.sheet, value=text)
                cell.data_type = "s"
                cell.quotePrefix = True
        if bold:
            cell.font = self.header_font
        return cell


def write_sheet(
    book: Any, title: str, columns: Sequence[ExportColumn[R]], rows: Iterable[R]
) -> int:
    """Append one sheet to a write-only workbook: bold header row frozen, autofilter,
    column widths from the first rows, typed and formatted cells. Returns the row count."""
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]

    sheet = book.create_sheet(title=title[:31])
    cells = XlsxCells(sheet)
    kinds = [c.kind for c in columns]
    iterator = iter(rows)
    first = [[c.value(r) for c in columns] for r in islice(iterator, WIDTH_SAMPLE)]
    for i, width in enumerate(column_widths([c.header for c in columns], kinds, first), 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([cells.header(c.header) for c in columns])
    count = 0
    for values in first:
        sheet.append([cells.value(k, v) for k, v in zip(kinds, values, strict=True)])
        count += 1
    for row in iterator:
        sheet.append([cells.value(c.kind, c.value(row)) for c in columns])
        count += 1
    last = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


def new_workbook(title: str) -> Any:
    from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

    book = Workbook(write_only=True)
    book.properties.title = title
    book.properties.creator = "Supplier Desk"
    return book


def discard_workbook(book: Any) -> None:
    """Close a write-only workbook that will not be saved (a cancel, an error) and remove
    the temporary files openpyxl streams its sheets to."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with contextlib.suppress(Exception):
            if sheet._writer is not None:
                sheet._writer.cleanup()


@contextlib.contextmanager
def write_only_workbook(title: str) -> Iterator[Any]:
    """A write-only workbook, discarded cleanly if the block fails before saving it."""
    book = new_workbook(title)
    try:
        yield book
    except BaseException:
        discard_workbook(book)
        raise


def _write_xlsx(
    target: Path, columns: Sequence[ExportColumn[R]], rows: Iterable[R], title: str
) -> None:
    """A list sheet through rustpy-xlsxwriter (Rust, streaming, constant memory: 100,000
    rows in about a second where openpyxl takes ten); an empty list, or one whose
    headers repeat (the writer takes rows as dicts keyed by header), goes through
    openpyxl as before."""
    iterator = iter(rows)
    headers = [c.header for c in columns]
    sample = list(islice(iterator, WIDTH_SAMPLE))
    if not sample or len(set(headers)) != len(headers):
        with write_only_workbook(title) as book:
            write_sheet(book, title, columns, chain(sample, iterator))
            book.save(target)
        return
    converters = [(c.value, _xlsx_converter(c.kind)) for c in columns]
    first = [[convert(get(r)) for get, convert in converters] for r in sample]
    del sample
    from rustpy_xlsxwriter import Format, write_worksheet

    kinds = [c.kind for c in columns]
    formats: dict[str, Format] = {}
    for i, (header, kind) in enumerate(zip(headers, kinds, strict=True)):
        number_format = _column_format(kind, [values[i] for values in first])
        if number_format is not None:
            formats[header] = Format().set_num_format(number_format)

    cells = [(h, get, convert) for h, (get, convert) in zip(headers, converters, strict=True)]

    def records() -> Iterator[dict[str, Any]]:
        for values in first:
            yield dict(zip(headers, values, strict=True))
        for row in iterator:
            yield {h: convert(get(row)) for h, get, convert in cells}

    write_worksheet(
        records(),
        str(target),
        sheet_name=title[:31],
        freeze_row=1,
        column_widths=column_widths(headers, kinds, first),
        column_formats=formats,
        header_format=Format().set_bold().set_background_color("#DDE4EE"),
        autofilter=True,
    )


def _xlsx_converter(kind: ColumnKind) -> Callable[[Any], Any]:
    """One column's values as the xlsx writer takes them: numbers and dates as they are
    (datetimes local and naive), None for empty, text (enum labels, 'yes') otherwise."""
    text = _text_converter(None)
    if kind == "date":

        def date_value(value: Any) -> Any:
            if type(value) is datetime:
                return _local(value)
            if type(value) is date or value is None:
                return value
            return text(value)

        return date_value
    if kind in ("number", "money"):

        def number_value(value: Any) -> Any:
            if value is None or type(value) in (Decimal, int, float):
                return value
            if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                return value
            return text(value)

        return number_value
    return text


def _column_format(kind: ColumnKind, sample: Sequence[Any]) -> str | None:
    """One number format a column: the writer formats by column, not by cell. A number
    column shows decimals when its first rows have any."""
    if kind == "money":
        return XLSX_FORMATS["money"]
    if kind == "number":
        numbers = [v for v in sample if isinstance(v, int | float | Decimal)]
        if any(v % 1 != 0 for v in numbers):
            return XLSX_FORMATS["decimal"]
        return XLSX_FORMATS["integer"]
    if kind == "date":
        if any(isinstance(v, datetime) for v in sample):
            return XLSX_FORMATS["datetime"]
        return XLSX_FORMATS["date"]
    return None


# --- the supplier list as .csv, straight from the database -----------------------------------


class _Memo(dict[Any, str]):
    """`function(key)` by key, worked out once: a few countries and statuses serve
    100,000 rows."""

    def __init__(self, function: Callable[[Any], str]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, key: Any) -> str:
        value = self[key] = self._function(key)
        return value


def _status_label(value: str) -> str:
    return label(SupplierStatus(value))


def _supplier_csv_picks(columns: Sequence[ExportColumn[SupplierRow]]) -> list[int] | None:
    """Where each of `columns` sits in SUPPLIER_COLUMNS, or None when one is not from there
    (then the export takes the general path, which runs any column)."""
    positions = {column: i for i, column in enumerate(SUPPLIER_COLUMNS)}
    picks = [positions.get(column) for column in columns]
    if not picks or None in picks:
        return None
    return [i for i in picks if i is not None]


def _supplier_csv_statement(session: Session, query: SupplierQuery) -> Select[Any]:
    """The rows and order of `iter_suppliers`, as plain values: no SupplierRow, no type
    processing (turning 200,000 stored datetimes into aware ones alone costs ~0.25 s per
    100,000 rows), the status as its stored value, on SQLite the date already as text."""
    if query.sort not in SORTABLE:
        raise ValueError(f"cannot sort suppliers by {query.sort!r}")
    if session.get_bind().dialect.name == "sqlite":
        # SQLite's 'localtime' is the C library's local time, as datetime.fromtimestamp
        # (_local) uses. The fraction of a second goes first: SQLite rounds it to the
        # millisecond (12:59:59.9996 would show 13:00) where isoformat cuts it.
        updated: Any = func.strftime(
            "%Y-%m-%d %H:%M", func.substr(Supplier.updated_at, 1, 19), "localtime"
        )
    else:
        updated = type_coerce(Supplier.updated_at, DateTime(timezone=True))
    columns = (
        Supplier.name,
        Supplier.archived_at.is_not(None),
        Supplier.country,
        Supplier.city,
        type_coerce(Supplier.status, String),
        Supplier.tax_id,
        updated,
    )
    order = SORTABLE[query.sort]
    ordering = [order.desc(), Supplier.id.desc()] if query.descending else [order, Supplier.id]
    return _filtered(session, query, select(*columns)).order_by(*ordering)


def _write_supplier_csv(
    session: Session,
    query: SupplierQuery,
    target: Path,
    columns: Sequence[ExportColumn[SupplierRow]],
    picks: list[int],
    counter: _Counter,
) -> None:
    """What `_write_csv` writes for SUPPLIER_COLUMNS (or some of them, in any order), over
    twice as fast: whole rows made in one expression from one query's plain values."""
    countries_by_code = _Memo(countries.name)
    statuses = _Memo(_status_label)
    date_text = _csv_converter("date")  # not needed on SQLite (the query formats dates)
    dates_done = session.get_bind().dialect.name == "sqlite"
    pick: Callable[[tuple[Any, ...]], Sequence[Any]] | None = None
    if picks != list(range(len(SUPPLIER_COLUMNS))):
        pick = itemgetter(*picks) if len(picks) > 1 else lambda row: (row[picks[0]],)
    statement = _supplier_csv_statement(session, query).execution_options(yield_per=PAGE_SIZE)
    result = session.connection().execute(statement)
    try:
        # UTF-8 with a byte-order mark: Excel then opens accents and Chinese correctly.
        with target.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([c.header for c in columns])
            for chunk in result.partitions(PROGRESS_EVERY):
                # In SUPPLIER_COLUMNS' order; None (no city, no tax id) is written empty.
                rows = [
                    (
                        shown_supplier_name(name, True) if archived else name,
                        countries_by_code[country],
                        city,
                        statuses[status],
                        tax_id,
                        updated if dates_done else date_text(updated),
                    )
                    for name, archived, country, city, status, tax_id, updated in chunk
                ]
                writer.writerows(rows if pick is None else map(pick, rows))
                counter.add(len(rows))
    finally:
        # A cancel leaves the query open (a server-side cursor on PostgreSQL): close it.
        result.close()


# --- the four lists -------------------------------------------------------------------------


def export_suppliers(
    session: Session,
    query: SupplierQuery,
    path: Path,
    *,
    columns: Sequence[ExportColumn[SupplierRow]] = SUPPLIER_COLUMNS,
    progress: Progress | None = None,
) -> ListExport:
    """The supplier list as its view shows it. A .csv of the view's columns is written
    from plain query values (100,000 rows in well under a second); anything else (.xlsx,
    other columns) goes through `export_list`."""
    picks = _supplier_csv_picks(columns)
    if Path(path).suffix.lower() == ".csv" and picks is not None:
        total = _supplier_total(session, query)

        def write(temp: Path, counter: _Counter) -> None:
            _write_supplier_csv(session, query, temp, columns, picks, counter)

        return _run_export(Path(path), total, progress, write)
    rows = supplier_rows(session, query)
    return export_list(path, columns, rows, total=rows.total, progress=progress, title="Suppliers")


def export_contacts(
    session: Session,
    query: ContactQuery,
    path: Path,
    *,
    columns: Sequence[ExportColumn[ContactRow]] = CONTACT_COLUMNS,
    progress: Progress | None = None,
) -> ListExport:
    rows = contact_rows(session, query)
    return export_list(path, columns, rows, total=rows.total, progress=progress, title="Contacts")


def export_negotiations(
    session: Session,
    query: NegotiationQuery,
    path: Path,
    *,
    columns: Sequence[ExportColumn[NegotiationRow]] = NEGOTIATION_COLUMNS,
    progress: Progress | None = None,
) -> ListExport:
    rows = negotiation_rows(session, query)
    return export_list(
        path, columns, rows, total=rows.total, progress=progress, title="Negotiations"
    )


def export_shipments(
    session: Session,
    query: ShipmentQuery,
    path: Path,
    *,
    columns: Sequence[ExportColumn[ShipmentRow]] = SHIPMENT_COLUMNS,
    progress: Progress | None = None,
) -> ListExport:
    rows = shipment_rows(session, query)
    return export_list(path, columns, rows, total=rows.total, progress=progress, title="Shipments")


LIST_NAMES = ("suppliers", "contacts", "negotiations", "shipments")


def export_named_list(
    session: Session,
    name: str,
    path: Path,
    *,
    text: str = "",
    progress: Progress | None = None,
) -> ListExport:
    """The command line's `export suppliers|contacts|negotiations|shipments --search TEXT`:
    the list as its view shows it with that search and no other filter."""
    if name == "suppliers":
        return export_suppliers(session, SupplierQuery(text=text), path, progress=progress)
    if name == "contacts":
        return export_contacts(session, ContactQuery(text=text), path, progress=progress)
    if name == "negotiations":
        return export_negotiations(session, NegotiationQuery(text=text), path, progress=progress)
    if name == "shipments":
        return export_shipments(session, ShipmentQuery(text=text), path, progress=progress)
    raise ValueError(f"no list named {name!r}: one of {', '.join(LIST_NAMES)}")
