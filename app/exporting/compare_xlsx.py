"""Compare offers as a spreadsheet: the table the view shows (cheapest landed first),
written through the list-export machinery (app.exporting.list_files.export_list: typed
cells, text never a formula, the file renamed into place only when complete).

The landed figure is written as shown (two decimals) so that the sheet and the screen
agree; the price as offered is exact, with its currency and unit in their own columns.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.exporting.list_files import ExportColumn, ListExport, Progress, export_list
from app.queries.offer_compare import CompareResult, CompareRow
from app.rules import countries

SHEET_TITLE = "Compare offers"


def compare_columns(result: CompareResult) -> list[ExportColumn[CompareRow]]:
    """The columns of the comparison, the landed one headed with the reporting currency."""
    ranks = {
        row.offer_id: number
        for number, row in enumerate(
            (r for r in result.rows if r.landed_per_kg is not None), start=1
        )
    }
    return [
        ExportColumn("Rank", lambda r: ranks.get(r.offer_id), "number"),
        ExportColumn("Supplier", lambda r: r.supplier_name),
        ExportColumn("Origin", lambda r: countries.name(r.origin) if r.origin else None),
        ExportColumn("Incoterm", lambda r: r.incoterm_text or None),
        ExportColumn("Offer date", lambda r: r.offered_on, "date"),
        ExportColumn("Price", lambda r: r.price, "number"),
        ExportColumn("Currency", lambda r: r.currency),
        ExportColumn("Per", lambda r: r.unit.value),
        ExportColumn(
            f"Landed per kg ({result.currency})",
            lambda r: Decimal(r.landed_shown) if r.landed_shown is not None else None,
            "money",
        ),
        ExportColumn("Missing inputs", lambda r: "; ".join(r.missing) or None),
    ]


def export_compare(
    result: CompareResult, path: Path, *, progress: Progress | None = None
) -> ListExport:
    """Write the comparison to `path` (.xlsx; .csv works too, by its suffix)."""
    return export_list(
        path,
        compare_columns(result),
        result.rows,
        total=len(result.rows),
        progress=progress,
        title=SHEET_TITLE,
    )
