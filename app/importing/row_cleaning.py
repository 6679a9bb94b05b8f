"""A sheet's rows cleaned cell by cell: a cleaner per mapped column, profiled on the
column's values (app.importing.cleaning), and each row read into values by field key with
the problems of its cells. Shared by every target's planner (app.importing.supplier_rows,
price_list); needs no database and no earlier row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as attribute
from typing import Any

from app.importing.cleaning import (
    PROFILED_KINDS,
    CellError,
    CleanOptions,
    ColumnCleaner,
    detect_decimal,
)
from app.importing.fields import NOTE, FieldSpec, field
from app.importing.mapping import ColumnChoice
from app.importing.plan import RowProblem
from app.importing.source import CellValue
from app.messages import translate
from app.rules import vocabulary

ENUM_SYNONYMS: dict[str, dict[str, Any]] = {
    "supplier.kind": vocabulary.KIND_SYNONYMS,
    "supplier.status": vocabulary.STATUS_SYNONYMS,
}
LEFT_EMPTY = "(left empty)"
"""What a warning's message ends with."""


@dataclass(frozen=True, slots=True)
class MappedColumn:
    index: int
    header: str
    spec: FieldSpec
    cleaner: ColumnCleaner
    key: str = attribute(init=False)
    """spec.key, and the two below, looked up once: clean_row runs them for every cell."""
    is_country: bool = attribute(init=False)
    clean_cell: Callable[[CellValue, str | None], object] = attribute(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", self.spec.key)
        object.__setattr__(self, "is_country", self.spec.kind == "country")
        object.__setattr__(self, "clean_cell", self.cleaner.clean_cell)


def column_values(rows: Iterable[Sequence[CellValue]], index: int) -> Iterator[CellValue]:
    """The column's cells, row by row (read as they are used: a spooled sheet is read
    from its file again, never held whole)."""
    return (r[index] if index < len(r) else None for r in rows)


def is_blank_row(cells: Sequence[CellValue]) -> bool:
    if cells and not _blank(cells[0]):
        return False  # most rows, without a generator
    return all(_blank(c) for c in cells)


def _blank(cell: CellValue) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def build_columns(
    target: str,
    choices: Sequence[ColumnChoice],
    data_rows: Sequence[Sequence[CellValue]],
    clean_options: CleanOptions,
) -> tuple[list[MappedColumn], list[tuple[int, str]]]:
    """A cleaner per mapped column (profiled on that column's values), and the columns
    mapped to a note."""
    mapped: list[MappedColumn] = []
    notes: list[tuple[int, str]] = []
    clean_options = _with_file_decimal(target, choices, data_rows, clean_options)
    for choice in choices:
        if choice.field is None:
            continue
        if choice.field == NOTE:
            notes.append((choice.column, choice.header))
            continue
        spec = field(target, choice.field)
        cleaner = ColumnCleaner(
            spec.kind,
            column_values(data_rows, choice.column) if spec.kind in PROFILED_KINDS else (),
            clean_options,
            max_length=spec.max_length,
            enum=spec.enum,
            synonyms=ENUM_SYNONYMS.get(spec.key),
        )
        mapped.append(MappedColumn(choice.column, choice.header, spec, cleaner))
    # Country first: a local phone number needs the row's country.
    mapped.sort(key=lambda m: m.spec.kind != "country")
    return mapped, notes


def _with_file_decimal(
    target: str,
    choices: Sequence[ColumnChoice],
    data_rows: Sequence[Sequence[CellValue]],
    clean_options: CleanOptions,
) -> CleanOptions:
    """A file writes all its numbers one way: a column that cannot tell ('12.500' alone)
    takes the decimal mark the sheet's other number columns show ('2,45')."""
    if clean_options.decimal is not None:
        return clean_options
    numeric = [
        c.column
        for c in choices
        if c.field not in (None, NOTE)
        and field(target, c.field).kind in ("decimal", "quantity", "money")
    ]
    if len(numeric) < 2:
        return clean_options
    values = (v for index in numeric for v in column_values(data_rows, index))
    decimal = detect_decimal(values)
    return replace(clean_options, decimal=decimal) if decimal else clean_options


def clean_row(
    sheet: str,
    row_number: int,
    cells: Sequence[CellValue],
    columns: Sequence[MappedColumn],
    notes: Sequence[tuple[int, str]],
    default_country: str | None,
    hard: frozenset[str] | None = None,
) -> tuple[dict[str, Any], list[RowProblem]]:
    """Cleaned values by field key, and the problems of this row's cells. With `hard`
    given, a cell of any other field that cannot be read is a warning (the field is left
    empty, the row imported); without it every problem refuses the row."""
    values: dict[str, Any] = {}
    problems: list[RowProblem] = []
    width = len(cells)
    country = default_country
    for column in columns:
        index = column.index
        raw = cells[index] if index < width else None
        if raw is None or raw == "":
            continue
        try:
            value = column.clean_cell(raw, country)
        except CellError as exc:
            soft = hard is not None and column.key not in hard
            message = left_empty(exc.message) if soft else exc.message
            problems.append(
                RowProblem(
                    row_number, column.header, _shown(raw), message, sheet, exc.ambiguous, soft
                )
            )
            continue
        if value is None:
            continue
        values[column.key] = value
        if column.is_country:
            country = str(value)
    if country is not None and "supplier.country" not in values and default_country:
        values["supplier.country"] = default_country
    note_lines = []
    for index, header in notes:
        raw = cells[index] if index < width else None
        if raw is not None and str(raw).strip():
            note_lines.append(f"{header}: {_shown(raw)}")
    if note_lines:
        existing = values.get("supplier.notes")
        values["supplier.notes"] = "\n".join([existing, *note_lines] if existing else note_lines)
    return values, problems


def _shown(raw: CellValue) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def left_empty(message: str) -> str:
    """A warning's message: the reason, then "(left empty)"."""
    return translate("Importing", "{reason} (left empty)").format(reason=message)


def labelled(label: str, message: str) -> str:
    return translate("Importing", "{label}: {reason}").format(label=label, reason=message)
