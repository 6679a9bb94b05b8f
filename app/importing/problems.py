"""The rows that could not be imported, and the rows imported with a field left empty
(warnings), as a workbook to fix and import again: the original header and cells, plus a
"Problem" column saying what is wrong (a warning's line starts "Warning:")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped, unused-ignore]

from app.exporting.files import atomic_output
from app.exporting.xlsx_deal_sheet import put
from app.importing.plan import Preview, RowPlan, RowProblem, RowStatus

PROBLEM_FILL = PatternFill("solid", fgColor="FDE2E1")
WARNING_FILL = PatternFill("solid", fgColor="FFF4CE")
WARNING = "Warning: "
"""How a warning's line starts in the Problem column."""


def problem_rows(preview: Preview) -> Sequence[RowPlan]:
    """The rows the workbook holds: refused, or imported with a field left empty."""
    return preview.rows.where("status = ? OR warnings > 0", (RowStatus.ERROR.value,))


def save_problem_rows(preview: Preview, target: Path) -> int:
    """Write every errored row of `preview`, and every row with a warning, to `target`
    (.xlsx, written whole or not at all); return how many rows it holds. Cells keep their
    types; text that looks like a formula stays text."""
    rows = problem_rows(preview)
    several = len(preview.sheets) > 1
    lead = ["Sheet", "Row"] if several else ["Row"]
    headers = [*lead, *preview.headers, "Problem"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Rows to fix"
    for column, header in enumerate(headers, 1):
        put(sheet, 1, column, header).font = Font(bold=True)
    width = len(preview.headers)
    for line, plan in enumerate(rows, 2):
        cells: list[Any] = [plan.sheet, plan.row] if several else [plan.row]
        cells += [_cell(v) for v in plan.raw[:width]]
        cells += [None] * (len(lead) + width - len(cells))
        cells.append(
            "; ".join(
                [_line(p) for p in plan.problems] + [WARNING + _line(p) for p in plan.warnings]
            )
        )
        for column, value in enumerate(cells, 1):
            put(sheet, line, column, value)
        error = plan.status == RowStatus.ERROR
        sheet.cell(line, len(headers)).fill = PROBLEM_FILL if error else WARNING_FILL
    sheet.freeze_panes = "A2"
    sheet.column_dimensions[sheet.cell(1, len(headers)).column_letter].width = 60
    with atomic_output(target) as temporary:
        book.save(temporary)
    return len(rows)


def _line(problem: RowProblem) -> str:
    return f"{problem.column}: {problem.message}" if problem.column else problem.message


def _cell(value: Any) -> Any:
    if isinstance(value, time):
        return value.isoformat()
    return value
