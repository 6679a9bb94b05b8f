"""What every import step shares: a cell value, a sheet read into memory, the file error."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from app.errors import ServiceError
from app.messages import translate

CellValue = str | int | float | bool | date | datetime | time | None
"""A cell as read: text from CSV; typed values from a workbook (the formula's cached
value, never the formula); None for an empty cell."""


class ImportFileError(ServiceError):
    """A file that cannot be read at all: one line the user can act on, naming the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            translate("Importing", "{file}: {reason}").format(file=self.path.name, reason=reason)
        )


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    visible: bool = True


@dataclass(slots=True)
class SheetData:
    """One sheet, read: rows[i] is the spreadsheet's row i + 1 and cells[j] its
    column j (A = 0). Rows may be ragged; trailing empty cells may be missing."""

    name: str
    rows: Sequence[list[CellValue]]
    """A list for a workbook (read whole); for delimited text, SpooledRows on disk."""
    hidden_rows: frozenset[int] = frozenset()
    """Spreadsheet row numbers (1-based) hidden in the workbook."""
    hidden_columns: frozenset[int] = frozenset()
    """Column indexes (0-based) hidden in the workbook."""
    formulas_without_value: list[tuple[int, int]] = field(default_factory=list)
    """(row number, column index) of formula cells the file holds no cached value for."""
    date1904: bool = False
    """The workbook counts dates from 1904 (old Mac Excel): serial numbers shift."""
    notes: list[str] = field(default_factory=list)
    """Things the user should know about how the sheet was read (encoding, delimiter,
    truncation)."""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names column `index`."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
