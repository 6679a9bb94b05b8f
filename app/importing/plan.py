"""What a preview decided for every row: the options it ran with, each row's outcome, and
the problems found. The commit applies a Preview; the wizard and the CLI show it."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from app.errors import ServiceError
from app.importing.mapping import ColumnChoice
from app.importing.matching import Match
from app.messages import Message, join, translate

if TYPE_CHECKING:
    from app.importing.plan_store import PlanStore

Target = Literal["suppliers", "price-list"]
OnError = Literal["skip", "abort"]
MappingSource = Literal["saved", "suggested", "chosen"]
Progress = Callable[[str, int, int], None]
"""(what is being done, units done, units in all): called at least every few thousand rows."""


HEARTBEAT_SECONDS = 0.25


@contextmanager
def heartbeat(progress: Progress | None) -> Iterator[Progress | None]:
    """A progress callback that a helper thread also repeats every HEARTBEAT_SECONDS
    with the latest values, while steps that cannot report by themselves run (calamine
    parsing a sheet, the search index taking the new suppliers, the undo records being
    written): the window's progress never goes quiet for long."""
    if progress is None:
        yield None
        return
    latest: list[tuple[str, int, int]] = []
    lock = threading.Lock()
    stop = threading.Event()

    def report(text: str, done: int, total: int) -> None:
        with lock:
            latest[:] = [(text, done, total)]
        progress(text, done, total)

    def beat() -> None:
        while not stop.wait(HEARTBEAT_SECONDS):
            with lock:
                last = latest[0] if latest else None
            if last is not None:
                progress(*last)

    thread = threading.Thread(target=beat, name="import-heartbeat", daemon=True)
    thread.start()
    try:
        yield report
    finally:
        stop.set()
        thread.join()


class ImportCancelledError(ServiceError):
    def __init__(self) -> None:
        super().__init__(translate("Importing", "Import cancelled: nothing was changed"))


class ImportAbortedError(ServiceError):
    """'Stop on the first error' met an error: nothing was written."""


@dataclass(frozen=True)
class ImportOptions:
    target: Target = "suppliers"
    sheet: str | None = None
    """None: the first visible sheet (ignored when all_sheets)."""
    all_sheets: bool = False
    """Every sheet whose header matches the first one's."""
    header_row: int | None = None
    """The header's row number, when detection got it wrong."""
    decimal: Literal["comma", "point"] | None = None
    date_order: Literal["dmy", "mdy", "ymd"] | None = None
    on_error: OnError = "skip"
    default_country: str | None = None
    """ISO code for rows without a country (a sheet from one country often has no column)."""
    supplier_id: int | None = None
    """Price lists: the supplier whose prices these are, when the sheet names none."""
    offer_product: str | None = None
    """Supplier sheets: the product a price column's offers are for, in rows that name
    none (no products column, or an empty cell)."""
    choices: tuple[ColumnChoice, ...] | None = None
    """The column mapping; None takes the saved mapping for these headers, else the
    suggested one."""

    def remembered(self) -> dict[str, Any]:
        """The options worth saving with a mapping for the next file of this layout."""
        kept = {
            "decimal": self.decimal,
            "date_order": self.date_order,
            "header_row": self.header_row,
            "default_country": self.default_country,
        }
        return {k: v for k, v in kept.items() if v is not None}


class RowStatus(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DUPLICATE = "possible duplicate"
    ERROR = "error"


class Decision(StrEnum):
    """What the user chose for a possible duplicate."""

    SKIP = "skip"
    CREATE = "create"
    MERGE = "merge"


SHOWN_VALUE = 40
"""Characters of a cell a problem's line quotes."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    """The spreadsheet's own row number."""
    column: str
    """The column's header (or letter when the sheet has no header)."""
    value: str
    message: str
    sheet: str = ""
    ambiguous: bool = False
    warning: bool = False
    """A field left empty while the row is imported (an error refuses the row)."""

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> Message:
        """'row 4, Phone: 'x' is not a phone number', translatable (show it with shown())."""
        value = self.value
        if len(value) > SHOWN_VALUE:  # a 20,000-character cell is named, not printed
            value = value[: SHOWN_VALUE - 3] + "..."
        quoted = bool(value) and self.value not in self.message
        if self.column and quoted:
            line = translate("Importing", "row {row}, {column}: '{value}' {message}")
        elif self.column:
            line = translate("Importing", "row {row}, {column}: {message}")
        elif quoted:
            line = translate("Importing", "row {row}: '{value}' {message}")
        else:
            line = translate("Importing", "row {row}: {message}")
        return line.format(row=self.row, column=self.column, value=value, message=self.message)

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str
    label: str
    current: Any
    incoming: Any


@dataclass(slots=True)
class RowPlan:
    sheet: str
    row: int
    status: RowStatus
    values: dict[str, Any] = field(default_factory=dict)
    """Cleaned values by field key (supplier.name, contact.email, offer.price...)."""
    raw: list[Any] = field(default_factory=list)
    """The row's cells as read, for the rows-to-fix workbook: kept for rows with errors or
    warnings only (100,000 copies of every row would cost ~100 MB)."""
    problems: list[RowProblem] = field(default_factory=list)
    """Why the row is refused (status ERROR)."""
    warnings: tuple[RowProblem, ...] = ()
    """Fields read as empty because their cell could not be read (a bad phone, email,
    website, date...): the row is imported without them."""
    match: Match | None = None
    supplier_id: int | None = None
    """The existing supplier this row updates (or would, for a possible duplicate)."""
    seen_version: int | None = None
    merged_into: int | None = None
    """An earlier row of the file this one was folded into."""
    fills: dict[str, Any] = field(default_factory=dict)
    """Empty fields of the existing record this row fills."""
    conflicts: list[Conflict] = field(default_factory=list)
    """Fields where the record and the row disagree; the record's value is kept unless
    the row's is chosen (take_new)."""
    take_new: set[str] = field(default_factory=set)
    contact_id: int | None = None
    """The existing contact this row's contact matched (by email or phone)."""
    new_contact: bool = False
    new_products: list[str] = field(default_factory=list)
    decision: Decision = Decision.SKIP
    """For a possible duplicate: skip it (default), create a new supplier, or merge."""
    index: int = -1
    """Its number in the preview's rows (app.importing.plan_store), from 0."""


@dataclass
class Preview:
    """A preview's rows are a PlanStore (a temporary file, see plan_store): close() the
    preview when done with it (it is also removed when the preview is collected);
    PlanStore.of(plans) makes one of a list."""

    path: Path
    kind: str
    sha256: str
    options: ImportOptions
    sheets: list[str]
    headers: list[str]
    choices: list[ColumnChoice]
    rows: PlanStore
    notes: list[str] = field(default_factory=list)
    """How the file was read and understood: encoding, header row, number locale..."""
    mapping_source: MappingSource = "suggested"

    def close(self) -> None:
        """Remove the rows' temporary file."""
        self.rows.close()

    @property
    def counts(self) -> Counter[RowStatus]:
        return self.rows.counts()

    @property
    def problems(self) -> Sequence[RowProblem]:
        return self.rows.problems()

    @property
    def warnings(self) -> Sequence[RowProblem]:
        return self.rows.warnings()

    def summary(self) -> str:
        c = self.counts
        parts = [
            translate("Importing", "{count} rows").format(count=len(self.rows)),
            translate("Importing", "{count} new").format(count=c[RowStatus.CREATE]),
            translate("Importing", "{count} to update").format(count=c[RowStatus.UPDATE]),
            translate("Importing", "{count} unchanged").format(count=c[RowStatus.UNCHANGED]),
            translate("Importing", "{count} possible duplicates").format(
                count=c[RowStatus.DUPLICATE]
            ),
            translate("Importing", "{count} with errors").format(count=c[RowStatus.ERROR]),
        ]
        warned = self.rows.count_where("warnings > 0")
        if warned:
            parts.append(
                translate("Importing", "{count} with a field left empty").format(count=warned)
            )
        return join(", ", parts)
