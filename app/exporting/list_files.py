"""Any list to .xlsx or .csv: exactly the rows and columns a view shows, in its order,
with names (not ids) and real numbers and dates.

A list export is a set of columns (header, value getter, kind) and an iterable of
rows. Here are the general path (`export_list`: a column's value getter run cell by
cell) and the four lists' exports, which the window and the command line call; the
parts live beside this module:
- list_sources: the columns of each list view and its rows, paged or streamed from the
  database a chunk at a time, so a 100,000-row list never sits in memory whole;
- list_cells: a value as a spreadsheet shows it (labels, local times, .csv text);
- list_progress: the progress callback, the cancel that leaves no file, and the file
  renamed over the target only when complete;
- list_xlsx: the .xlsx sheet, streamed (openpyxl is imported only when one is written);
- supplier_csv: the supplier list to .csv (the one that must be fast: 100,000 rows in
  well under a second), written from one query's plain values without row objects.
The names the window, the pipeline report and the tests use stay importable from here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from app.exporting.files import ExportError
from app.exporting.list_cells import csv_converter
from app.exporting.list_progress import ListExport, Progress, ProgressCounter, run_export
from app.exporting.list_sources import (
    CONTACT_COLUMNS,
    CONTACT_DEFAULT_COLUMNS,
    NEGOTIATION_COLUMNS,
    NEGOTIATION_DEFAULT_COLUMNS,
    SHIPMENT_COLUMNS,
    SHIPMENT_DEFAULT_COLUMNS,
    SUPPLIER_COLUMNS,
    SUPPLIER_DEFAULT_COLUMNS,
    SUPPLIER_DETAIL_COLUMNS,
    ExportColumn,
    contact_rows,
    negotiation_rows,
    pick_columns,
    shipment_rows,
    supplier_rows,
    supplier_total,
)
from app.exporting.list_xlsx import write_only_workbook, write_sheet, write_xlsx
from app.exporting.supplier_csv import supplier_csv_picks, write_supplier_csv
from app.messages import translate
from app.queries.lists import (
    ContactQuery,
    ContactRow,
    NegotiationQuery,
    NegotiationRow,
    ShipmentQuery,
    ShipmentRow,
)
from app.queries.search import SupplierQuery, SupplierRow

__all__ = [
    "CONTACT_COLUMNS",
    "LIST_NAMES",
    "NEGOTIATION_COLUMNS",
    "SHIPMENT_COLUMNS",
    "SUPPLIER_COLUMNS",
    "ExportColumn",
    "ExportError",
    "ListExport",
    "Progress",
    "export_contacts",
    "export_list",
    "export_named_list",
    "export_negotiations",
    "export_shipments",
    "export_suppliers",
    "pick_columns",
    "supplier_rows",
    "write_only_workbook",
    "write_sheet",
]

R = TypeVar("R")


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
        raise ExportError(
            translate("Exporting", "cannot write {path}: a list exports to .xlsx or .csv").format(
                path=path
            )
        )

    def write(temp: Path, counter: ProgressCounter) -> None:
        if suffix == ".csv":
            _write_csv(temp, columns, counter.count(rows))
        else:
            write_xlsx(temp, columns, counter.count(rows), title)

    return run_export(path, total, progress, write)


def _write_csv(target: Path, columns: Sequence[ExportColumn[R]], rows: Iterable[R]) -> None:
    cells = [(c.value, csv_converter(c.kind)) for c in columns]
    # UTF-8 with a byte-order mark: Excel then opens accents and Chinese correctly.
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([c.header for c in columns])
        writer.writerows([convert(get(row)) for get, convert in cells] for row in rows)


# --- the four lists -------------------------------------------------------------------------


def export_suppliers(
    session: Session,
    query: SupplierQuery,
    path: Path,
    *,
    columns: Sequence[ExportColumn[SupplierRow]] = SUPPLIER_DEFAULT_COLUMNS,
    progress: Progress | None = None,
) -> ListExport:
    """The supplier list as its view shows it. A .csv of the view's columns is written
    from plain query values (100,000 rows in well under a second); anything else (.xlsx,
    other columns) goes through `export_list`."""
    picks = supplier_csv_picks(columns)
    if Path(path).suffix.lower() == ".csv" and picks is not None:
        total = supplier_total(session, query)

        def write(temp: Path, counter: ProgressCounter) -> None:
            write_supplier_csv(session, query, temp, columns, picks, counter)

        return run_export(Path(path), total, progress, write)
    details = any(column in SUPPLIER_DETAIL_COLUMNS for column in columns)
    rows = supplier_rows(session, query, details=details)
    return export_list(path, columns, rows, total=rows.total, progress=progress, title="Suppliers")


def export_contacts(
    session: Session,
    query: ContactQuery,
    path: Path,
    *,
    columns: Sequence[ExportColumn[ContactRow]] = CONTACT_DEFAULT_COLUMNS,
    progress: Progress | None = None,
) -> ListExport:
    rows = contact_rows(session, query)
    return export_list(path, columns, rows, total=rows.total, progress=progress, title="Contacts")


def export_negotiations(
    session: Session,
    query: NegotiationQuery,
    path: Path,
    *,
    columns: Sequence[ExportColumn[NegotiationRow]] = NEGOTIATION_DEFAULT_COLUMNS,
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
    columns: Sequence[ExportColumn[ShipmentRow]] = SHIPMENT_DEFAULT_COLUMNS,
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
