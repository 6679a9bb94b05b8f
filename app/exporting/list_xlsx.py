"""A list as an .xlsx sheet: streamed through rustpy-xlsxwriter, or through openpyxl's
write-only mode (the pipeline report's sheets too) with typed and formatted cells, a
bold frozen header, an autofilter and column widths from the first rows.

openpyxl is imported inside the writers: nothing here loads it at start-up.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypeVar

from app.exporting.cell_safety import looks_like_formula
from app.exporting.list_cells import cell_text, local_time, text_converter
from app.exporting.list_sources import ColumnKind, ExportColumn

R = TypeVar("R")

WIDTH_SAMPLE = 200
"""Rows looked at to size the .xlsx columns (they must be set before rows stream out)."""

XLSX_FORMATS = {
    "money": "#,##0.00",
    "integer": "#,##0",
    "decimal": "#,##0.###",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}


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
    return max((display_width(line) for line in cell_text(value).splitlines()), default=0)


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
                return cell_text(value)
            cell = self._cell(self.sheet, value=value)
            if kind == "money":
                cell.number_format = XLSX_FORMATS["money"]
            elif isinstance(value, int):
                cell.number_format = XLSX_FORMATS["integer"]
            else:
                cell.number_format = XLSX_FORMATS["decimal"]
        elif kind == "date" and isinstance(value, date):
            if isinstance(value, datetime):
                cell = self._cell(self.sheet, value=local_time(value))
                cell.number_format = XLSX_FORMATS["datetime"]
            else:
                cell = self._cell(self.sheet, value=value)
                cell.number_format = XLSX_FORMATS["date"]
        else:
            text = cell_text(value)
            if not looks_like_formula(text):
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


def write_xlsx(
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
        elif kind == "text":
            # Excel's quote prefix: a text cell stays text when edited ('=1+1' is never
            # turned into a formula, nor a phone into a number), as XlsxCells does.
            formats[header] = Format().set_quote_prefix()

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
    text = text_converter(None)
    if kind == "date":

        def date_value(value: Any) -> Any:
            if type(value) is datetime:
                return local_time(value)
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
