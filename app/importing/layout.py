"""Where the table is in a sheet: its header row, its first and last data rows, its footer.

Supplier lists rarely start at A1: a title, a merged banner, a logo row, the date it was
printed, then the header; and they often end in a "Totales" row with signatures below.
`detect_layout` finds the header among the first rows by what headers look like (short
texts over columns whose values are numbers, dates, emails; words that name our fields)
and stops the data at the first totals row.

A grouped header is two rows: a row naming groups of columns ("Empresa | Contacto |
Oferta", merged over their columns or repeated in each) above the real header. The group
row is not the header: each column's group is kept in its name, "Contacto › Nombre"
(GROUP_SEPARATOR), which the mapping reads as context (`split_group`) and which tells
the user, the errors file and a saved mapping which "Nombre" is which.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from app.errors import ServiceError
from app.importing.fields import header_key, known_header_score
from app.importing.source import CellValue, SheetData, column_letter
from app.messages import translate
from models.text import fold

SCAN_ROWS = 30
"""The header is looked for among this many non-blank rows from the top."""
LOOK_AHEAD = 8
"""Rows below a candidate header that tell whether data of a similar width follows."""
MAX_LABEL_LENGTH = 60
GROUP_SEPARATOR = " › "
"""Between a column's group and its header: "Contacto › Nombre"."""

FOOTER_WORDS = frozenset(
    {
        "total",
        "totals",
        "totales",
        "totais",
        "subtotal",
        "subtotales",
        "sub total",
        "total general",
        "totales generales",
        "grand total",
        "total geral",
        "suma",
        "sumas",
        "suma total",
        "soma",
        "合计",
        "总计",
        "小计",
        "总和",
        "共计",
    }
)


_FOOTER_STARTS = tuple(sorted({w[:3] for w in FOOTER_WORDS}))


@dataclass(frozen=True)
class Layout:
    header_row: int
    """1-based spreadsheet row of the header; 0 = the file has no header row."""
    first_row: int
    """First data row (1-based)."""
    last_row: int
    """Last data row, inclusive; first_row > last_row when there is no data."""
    headers: list[str]
    """One per column up to the widest data column: blank -> "Column C", repeated ->
    "Email (2)"; with no header row every column is "Column A", "Column B"..."""
    footer_row: int | None
    """The totals row where the data stopped (it and the rows below are ignored)."""
    notes: list[str]
    """What the user should know: skipped title rows, the footer, hidden rows/columns."""
    group_row: int | None = None
    """The row above the header naming groups of columns, if the sheet has one."""
    groups: list[str] = field(default_factory=list)
    """Each column's group ("" for none) when there is a group row, else empty."""


def split_group(header: str) -> tuple[str, str]:
    """("Contacto", "Nombre") for "Contacto › Nombre"; ("", header) for a plain header."""
    group, separator, name = header.partition(GROUP_SEPARATOR)
    return (group, name) if separator and group and name else ("", header)


def same_layout(a: Layout, b: Layout) -> bool:
    """Whether two sheets share a header (compared folded): one mapping serves both."""
    return [fold(h) for h in a.headers] == [fold(h) for h in b.headers]


def detect_layout(sheet: SheetData, *, header_row: int | None = None) -> Layout:
    """Find the header row (or take the user's), the data rows and the column names.

    `header_row` overrides the detection: a 1-based row number, or 0 for "no header row,
    every row is data". Blank rows inside the data are not its end (the caller skips them).
    """
    rows = sheet.rows
    if header_row is None:
        header_row, start = _find_header(rows)
    else:
        start = _check_header_row(sheet, header_row)
    first_row = header_row + 1 if header_row else start
    footer_row, footer_text, last_row, width = _find_footer(rows, first_row)
    header_cells: list[CellValue] = list(rows[header_row - 1]) if header_row else []
    width = max(width, _row_width(header_cells))
    group_row = header_row - 1 if header_row >= 2 else 0
    groups = _group_labels(rows[group_row - 1], header_cells, width) if group_row else None
    headers = _header_names(header_cells, width, groups or [])

    group_row = group_row if groups else 0
    notes = _notes(
        sheet, (group_row, header_row), first_row, last_row, footer_row, footer_text, headers
    )
    if groups:
        named = ", ".join(dict.fromkeys(g for g in groups if g))
        title = 1 if notes and notes[0].endswith("(title) skipped") else 0
        notes.insert(
            title,
            translate(
                "Importing", "Row {row} names groups of columns ({groups}): read with the headers"
            ).format(row=group_row, groups=named),
        )
    return Layout(
        header_row=header_row,
        first_row=first_row,
        last_row=last_row,
        headers=headers,
        footer_row=footer_row,
        notes=notes,
        group_row=group_row or None,
        groups=groups or [],
    )


# --- cells -----------------------------------------------------------------------------

_NUMBER = re.compile(
    r"[-+(]?\s*(?:[A-Za-z]{3}|US\$|R\$|S/|\$|€|£|¥)?\s*[-+]?\d[\d\s.,']*\s*(?:%|[A-Za-z]{3})?\)?"
)
_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_PHONE = re.compile(r"\+?[\d\s().\-/]{7,}")
_EMAIL = re.compile(r"\S+@\S+\.\S+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

TEXT = "text"


def _is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_blank_row(row: Sequence[CellValue]) -> bool:
    return all(_is_blank(v) for v in row)


def _row_width(row: Sequence[CellValue]) -> int:
    """One past the last filled column."""
    for index in range(len(row) - 1, -1, -1):
        if not _is_blank(row[index]):
            return index + 1
    return 0


def _filled(row: Sequence[CellValue]) -> dict[int, CellValue]:
    return {i: v for i, v in enumerate(row) if not _is_blank(v)}


def cell_type(value: CellValue) -> str:
    """What a filled cell holds: text, long (a sentence), number, date, email, url, phone,
    bool. Text read from CSV is classified by its look ('1.234,50' is a number)."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, date | datetime | time):
        return "date"
    text = str(value).strip()
    if _EMAIL.fullmatch(text):
        return "email"
    if _URL.fullmatch(text):
        return "url"
    if _DATE.fullmatch(text):
        return "date"
    digits = sum(ch.isdigit() for ch in text)
    if text.startswith("+") and digits >= 7 and _PHONE.fullmatch(text):
        return "phone"
    if _NUMBER.fullmatch(text):
        return "number"
    if digits >= 7 and _PHONE.fullmatch(text):
        return "phone"
    if len(text) > MAX_LABEL_LENGTH:
        return "long"
    return TEXT


# --- header ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    number: int
    known: float
    typed_below: int
    """Columns where this row holds a label over numbers, dates, emails...: a header."""
    same_below: int
    """Columns where this row holds a number, date, email... like the rows below: data."""
    is_label_row: bool
    """Mostly short texts, at least two, with rows of a similar width below."""


def _find_header(rows: Sequence[Sequence[CellValue]]) -> tuple[int, int]:
    """(header row, first row of the table): header 0 when the table has no header."""
    scanned = 0
    candidates: list[_Candidate] = []
    first_wide: _Candidate | None = None
    for index, row in enumerate(rows):
        if scanned >= SCAN_ROWS:
            break
        cells = _filled(row)
        if not cells:
            continue
        scanned += 1
        if len(cells) < 2:
            continue  # a title, a merged banner (one value in a wide row), a logo's caption
        candidate = _judge(rows, index, cells)
        if candidate is None:
            continue
        if first_wide is None:
            first_wide = candidate
        if candidate.is_label_row:
            candidates.append(candidate)

    # A row naming groups of columns ("Empresa | Empresa | Contacto | Contacto") over the
    # real header is not the header, however many field words it holds.
    candidates = [c for c in candidates if not _names_groups(rows, c.number)]
    data_first = bool(first_wide and first_wide.same_below and not first_wide.typed_below)
    # Below a first row that already looks like data, a word or two that happen to name
    # a field ("Frutas del Sur", "Estado de México") do not make a header.
    named = [c for c in candidates if c.known >= 1 and not (data_first and c.known < 2)]
    if named:
        best = max(named, key=lambda c: (c.known, c.typed_below, -c.number))
        return best.number, best.number + 1
    if first_wide is None:
        first = next((i + 1 for i, row in enumerate(rows) if not _is_blank_row(row)), 1)
        return 0, first
    if data_first:
        return 0, first_wide.number  # the first wide row already holds data like the rest
    if candidates:
        return candidates[0].number, candidates[0].number + 1
    return 0, first_wide.number


def _judge(
    rows: Sequence[Sequence[CellValue]], index: int, cells: dict[int, CellValue]
) -> _Candidate | None:
    """How header-like row `index` is; None when no rows of a similar width follow it
    (a "Date: 12/03/2024 | By: Ana" line above the real header)."""
    below: list[dict[int, CellValue]] = []
    for row in rows[index + 1 :]:
        filled = _filled(row)
        if not filled:
            continue
        if _footer_text(row) is not None:
            break
        below.append(filled)
        if len(below) >= LOOK_AHEAD:
            break
    types = {i: cell_type(v) for i, v in cells.items()}
    labels = sum(1 for t in types.values() if t == TEXT)
    mostly_labels = labels >= 2 and labels / len(cells) >= 0.6
    if below:
        overlap = sum(len(b.keys() & cells.keys()) / len(b) for b in below) / len(below)
        mean_width = sum(len(b) for b in below) / len(below)
        if overlap < 0.6 or mean_width < 1.5:
            return None
    typed_below = same_below = 0
    for column, kind in types.items():
        seen = Counter(cell_type(b[column]) for b in below if column in b)
        if not seen:
            continue
        dominant, count = seen.most_common(1)[0]
        if count * 2 < sum(seen.values()) or dominant in (TEXT, "long"):
            continue
        if kind == TEXT:
            typed_below += 1
        elif kind == dominant:
            same_below += 1
    known = sum(known_header_score(str(v)) for v in cells.values() if isinstance(v, str))
    return _Candidate(
        number=index + 1,
        known=known,
        typed_below=typed_below,
        same_below=same_below,
        is_label_row=mostly_labels,
    )


def _names_groups(rows: Sequence[Sequence[CellValue]], number: int) -> bool:
    """Whether row `number` (1-based) names groups of the columns of the row below it."""
    if number >= len(rows):
        return False
    below = rows[number]
    width = max(_row_width(below), _row_width(rows[number - 1]))
    return _group_labels(rows[number - 1], below, width) is not None


def _group_labels(
    row: Sequence[CellValue], header: Sequence[CellValue], width: int
) -> list[str] | None:
    """Each column's group when `row` names groups of the columns of `header` (the row
    below it); None when it does not.

    A group row holds two or more short labels, each over a run of columns: merged (the
    label in the run's first cell only) or repeated in every cell of the run. At least
    two runs span two columns or more, at least one label names a field ("Empresa",
    "Contacto", "公司", "联系人"), and none is a "Proveedor:" caption with its value beside
    it; the header below has more labels than the group row has groups.
    """
    cells = _filled(row)
    if len(cells) < 2 or max(cells) >= width:
        return None
    labels: dict[int, str] = {}
    for column, value in cells.items():
        if not isinstance(value, str) or cell_type(value) != TEXT:
            return None
        text = " ".join(value.split())
        if text.endswith((":", "：")):
            return None
        labels[column] = text
    runs: list[tuple[str, int, int]] = []  # (label, first column, last column)
    start = min(labels)
    for column in range(start, width):
        label = labels.get(column)
        if label is None or (runs and label == runs[-1][0]):
            runs[-1] = (runs[-1][0], runs[-1][1], column)
        else:
            runs.append((label, column, column))
    names = [label for label, _, _ in runs]
    if len(set(names)) != len(names) or len(names) < 2:
        return None  # a label coming back after another is not a group
    if sum(1 for _, first, last in runs if last > first) < 2:
        return None
    if not any(known_header_score(name) > 0 for name in names):
        return None
    header_labels = sum(1 for v in _filled(header).values() if cell_type(v) == TEXT)
    if header_labels <= len(names):
        return None
    groups = [""] * width
    for label, first, last in runs:
        groups[first : last + 1] = [label] * (last + 1 - first)
    return groups


def _check_header_row(sheet: SheetData, header_row: int) -> int:
    """Validate the user's header row; return the first row of the table."""
    count = len(sheet.rows)
    if header_row < 0 or header_row > count:
        raise ServiceError(
            translate(
                "Importing", "Header row {row} is not in sheet '{name}' (it has {count} rows)"
            ).format(row=header_row, name=sheet.name, count=count)
        )
    if header_row == 0:
        return next((i + 1 for i, row in enumerate(sheet.rows) if not _is_blank_row(row)), 1)
    if _is_blank_row(sheet.rows[header_row - 1]):
        raise ServiceError(
            translate(
                "Importing", "Row {row} of sheet '{name}' is empty: it cannot be the header row"
            ).format(row=header_row, name=sheet.name)
        )
    return header_row + 1


def _header_names(cells: Sequence[CellValue], width: int, groups: Sequence[str]) -> list[str]:
    names: list[str] = []
    seen: Counter[str] = Counter()
    for index in range(width):
        value = cells[index] if index < len(cells) else None
        name = _cell_text(value)
        if not name:
            name = f"Column {column_letter(index)}"
        group = groups[index] if index < len(groups) else ""
        if group:
            name = f"{group}{GROUP_SEPARATOR}{name}"
        key = fold(name)
        seen[key] += 1
        if seen[key] > 1:
            name = f"{name} ({seen[key]})"
        names.append(name)
    return names


def _cell_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


# --- footer ----------------------------------------------------------------------------


def _footer_text(row: Sequence[CellValue]) -> str | None:
    """The first cell's text when it says the row is a total ("Totales", "Total:", "合计")."""
    first = row[0] if row else None
    if _is_blank(first):  # most rows start with their first cell: no generator for them
        first = next((v for v in row if not _is_blank(v)), None)
    if not isinstance(first, str):
        return None
    text = first.strip()
    if not text[:3].casefold().startswith(_FOOTER_STARTS):
        return None  # most rows: a quick no before folding
    text = " ".join(text.split())
    if header_key(text) in FOOTER_WORDS:
        return text
    head, colon, _ = text.partition(":")
    if colon and header_key(head) in FOOTER_WORDS:
        return text
    return None


def _find_footer(
    rows: Sequence[Sequence[CellValue]], first_row: int
) -> tuple[int | None, str, int, int]:
    """The footer row and its text (None, "" without one), the last data row (the last
    row before it that is not blank; first_row - 1 for none) and the data rows' width.
    One pass over the rows, in order: a spooled sheet's pages are read once."""
    last_row, width = first_row - 1, 0
    for number, row in enumerate(rows[first_row - 1 :], start=first_row):
        text = _footer_text(row)
        if text is not None:
            return number, text, last_row, width
        filled = _row_width(row)
        if filled:
            last_row, width = number, max(width, filled)
    return None, "", last_row, width


# --- notes -----------------------------------------------------------------------------


def _numbers(numbers: Sequence[int], limit: int = 10) -> str:
    shown = ", ".join(str(n) for n in numbers[:limit])
    if len(numbers) > limit:
        return translate("Importing", "{numbers} and {more} more").format(
            numbers=shown, more=len(numbers) - limit
        )
    return shown


def _notes(
    sheet: SheetData,
    top_rows: tuple[int, int],
    first_row: int,
    last_row: int,
    footer_row: int | None,
    footer_text: str,
    headers: Sequence[str],
) -> list[str]:
    """`top_rows`: (group row or 0, header row or 0)."""
    notes: list[str] = []
    group_row, header_row = top_rows
    top = group_row or header_row or first_row
    above = [n for n in range(1, top) if not _is_blank_row(sheet.rows[n - 1])]
    if above:
        first, last = above[0], top - 1
        if first == last:
            notes.append(translate("Importing", "Row {row} (title) skipped").format(row=first))
        else:
            notes.append(
                translate("Importing", "Rows {first}-{last} (title) skipped").format(
                    first=first, last=last
                )
            )
    if header_row == 0 and sheet.rows:
        notes.append(
            translate(
                "Importing",
                "No header row found: row {row} is data; columns are named Column A, Column B...",
            ).format(row=first_row)
        )
    if footer_row is not None:
        notes.append(
            translate("Importing", "Row {row} '{text}' and below ignored").format(
                row=footer_row, text=footer_text
            )
        )
    hidden_columns = sorted(c for c in sheet.hidden_columns if c < len(headers))
    for column in hidden_columns:
        letter = column_letter(column)
        name = headers[column]
        if name == f"Column {letter}":
            note = translate("Importing", "Column {letter} is hidden in the workbook (imported)")
        else:
            note = translate(
                "Importing", "Column {letter} ({name}) is hidden in the workbook (imported)"
            )
        notes.append(note.format(letter=letter, name=name))
    hidden_rows = sorted(n for n in sheet.hidden_rows if first_row <= n <= last_row)
    if len(hidden_rows) == 1:
        notes.append(
            translate("Importing", "Row {row} is hidden in the workbook (imported)").format(
                row=hidden_rows[0]
            )
        )
    elif hidden_rows:
        notes.append(
            translate("Importing", "Rows {rows} are hidden in the workbook (imported)").format(
                rows=_numbers(hidden_rows)
            )
        )
    return notes
