"""Rows of a supplier sheet: clean each cell, match the row to a supplier already in the
database or earlier in the file, and work out what importing it would change.

Two passes keep it fast on 100,000 rows: the first cleans and matches every row (the
matcher holds every supplier's keys in memory); the second reads the matched suppliers
a chunk at a time (app.importing.stored) and compares fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as attribute
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.importing.cleaning import (
    PROFILED_KINDS,
    CellError,
    CleanOptions,
    ColumnCleaner,
    detect_decimal,
    error_reason,
)
from app.importing.field_tables import has_extras
from app.importing.fields import NOTE, SUPPLIERS, FieldSpec, field
from app.importing.mapping import ColumnChoice
from app.importing.matching import SupplierMatcher
from app.importing.plan import (
    Conflict,
    ImportCancelledError,
    ImportOptions,
    Progress,
    RowPlan,
    RowProblem,
    RowStatus,
)
from app.importing.plan_store import PlanStore
from app.importing.source import CellValue, SheetData
from app.importing.stored import (
    CONTACT_ATTRS,
    SUPPLIER_ATTRS,
    contact_values,
    diff_supplier,
    load_stored,
    same_contact,
    same_value,
)
from app.importing.supplier_extras import settle_extras
from app.importing.supplier_offers import check_offer
from app.messages import translate
from app.rules import vocabulary
from app.rules.placeholders import is_placeholder_name, placeholder_message
from app.rules.validation import Field, Limit
from app.services.contacts import CONTACT_FIELDS
from app.services.products import product_key
from app.services.suppliers import SUPPLIER_FIELDS, checked_tax_id_key

ENUM_SYNONYMS: dict[str, dict[str, Any]] = {
    "supplier.kind": vocabulary.KIND_SYNONYMS,
    "supplier.status": vocabulary.STATUS_SYNONYMS,
}
SERVICE_FIELDS: dict[str, Field] = {
    **{f"supplier.{name}": f for name, f in SUPPLIER_FIELDS.fields.items()},
    **{f"contact.{name}": f for name, f in CONTACT_FIELDS.fields.items()},
}
"""A row's value key -> the services' field it fills. The cleaners read each cell with
app.rules.parsing's own readers; what their fast paths can let through is a value past
its field's limit (a 400-character website, 20,001 characters of notes gathered from
note columns). The preview holds every cleaned value against its service field's limit,
so it refuses what a supplier form would."""
LIMITS: dict[str, tuple[Limit, int, str]] = {
    key: (limit, limit.length if limit.length is not None else -1, f.label)
    for key, f in SERVICE_FIELDS.items()
    if (limit := f.limit) is not None
}
"""Key -> (the service field's limit, its length or -1, the field's label)."""
KEY_CHECKS: dict[str, Callable[[str], object]] = {
    "supplier.tax_id": checked_tax_id_key,
    "supplier.products": product_key,
}
"""Values whose derived key (folded for matching or search) can outgrow its column though
the text fits ('ß' folds to 'ss'): the services refuse them, so the preview does too.
Only text that is not ASCII can grow."""
HARD_FIELDS = frozenset({"supplier.name", "supplier.legal_name", "supplier.country",
                         "supplier.tax_id"})  # fmt: skip
"""The fields whose problem refuses a supplier row: who the supplier is (its name, with
the legal name standing in), where it is, and the tax id it is matched by (left empty, a
known supplier could come in twice). Any other field that cannot be read (a phone in a
form the parser refuses, a bad email, website or date) is left empty with a warning and
the row is imported."""
LEFT_EMPTY = "(left empty)"
"""What a warning's message ends with."""
PROGRESS_EVERY = 500
COMPARE_CHUNK = 2000
"""Matched suppliers read (three plain queries) and compared at a time: ~0.1 s each."""


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
            message = _left_empty(exc.message) if soft else exc.message
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


class RowPlanner:
    """What every target's planner holds: the options, the mapping, the plans so far,
    and the progress and Cancel of the preview."""

    def __init__(
        self,
        session: Session,
        options: ImportOptions,
        choices: Sequence[ColumnChoice],
        *,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
        spool_folder: Path | None = None,
    ) -> None:
        self.session = session
        self.options = options
        self.choices = list(choices)
        self.progress = progress
        self.cancel = cancel
        self.plans = PlanStore(spool_folder)
        """Every row's plan, on disk (app.importing.plan_store): the preview's rows."""
        self.headers = {c.field: c.header for c in self.choices if c.field}
        """Field key -> the header of the column mapped to it (where problems are named)."""
        self.decided: dict[str, str] = {}
        """Per column, what the cleaner decided (number locale, date order), for notes."""

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelledError

    def _consume(
        self, sheet: SheetData, first_row: int, total: int
    ) -> Iterator[tuple[int, list[CellValue]]]:
        """The sheet's data rows with their offset, each let go once planned (a
        workbook's, held in a list) or read a page at a time (a text file's, spooled)."""
        rows = sheet.rows
        start = first_row - 1
        if isinstance(rows, list):
            for offset in range(total):
                self._tick(sheet, offset, total)
                index = start + offset
                cells = rows[index]
                rows[index] = []
                yield offset, cells
            return
        for offset, cells in enumerate(rows[start : start + total]):
            self._tick(sheet, offset, total)
            yield offset, cells

    def _columns(
        self, target: str, sheet: SheetData, first_row: int, last_row: int
    ) -> tuple[list[MappedColumn], list[tuple[int, str]], int]:
        """The sheet's mapped columns (each cleaner profiled on the data rows), its note
        columns, and how many data rows there are."""
        data_rows = sheet.rows[first_row - 1 : last_row]
        options = CleanOptions(self.options.decimal, self.options.date_order, sheet.date1904)
        columns, notes = build_columns(target, self.choices, data_rows, options)
        return columns, notes, len(data_rows)

    @staticmethod
    def _refused(plan: RowPlan, problems: list[RowProblem], cells: Sequence[CellValue]) -> bool:
        """Whether the row has problems; if so it is marked an error and its cells are
        kept (for the rows-to-fix workbook only)."""
        if not problems:
            return False
        plan.status = RowStatus.ERROR
        plan.problems = problems
        plan.raw = list(cells)
        return True

    def _tick(self, sheet: SheetData, offset: int, total: int) -> None:
        """Every PROGRESS_EVERY rows: Cancel checked, progress reported."""
        if offset % PROGRESS_EVERY == 0:
            self._check_cancel()
            if self.progress is not None:
                self.progress(
                    translate("Importing", "Checking rows of {name}").format(name=sheet.name),
                    offset,
                    total,
                )


class SupplierRowPlanner(RowPlanner):
    """Plans every row of one or more sheets that share a header."""

    @cached_property
    def matcher(self) -> SupplierMatcher:
        # The rows remembered keep no name: the plan of a row matched names it (below).
        return SupplierMatcher(self.session, file_names=False)

    def plan_sheet(self, sheet: SheetData, first_row: int, last_row: int) -> None:
        columns, notes, total = self._columns("suppliers", sheet, first_row, last_row)
        self._remember_decisions(columns)
        for formula_row, formula_column in sheet.formulas_without_value:
            if first_row <= formula_row <= last_row:
                self.decided.setdefault(
                    f"formula {formula_row}",
                    translate(
                        "Importing",
                        "Row {row}, column {column}: a formula with no saved value (open the "
                        "file in Excel and save it again to compute it)",
                    ).format(row=formula_row, column=formula_column + 1),
                )
        default_country = self.options.default_country
        for offset, cells in self._consume(sheet, first_row, total):
            if is_blank_row(cells):
                continue
            row_number = first_row + offset
            values, problems = clean_row(
                sheet.name, row_number, cells, columns, notes, default_country, HARD_FIELDS
            )
            plan = RowPlan(sheet.name, row_number, RowStatus.CREATE, values)
            self._check_required(plan, problems)
            self._check_limits(plan, problems)
            self._settle_extras(plan, problems)
            if problems and any(p.warning for p in problems):
                plan.warnings = tuple(p for p in problems if p.warning)
                problems = [p for p in problems if not p.warning]
                plan.raw = list(cells)  # for the rows-to-fix workbook
            if not self._refused(plan, problems, cells):
                self._match(plan)
                self._refused(plan, self._offer_problems(plan), cells)
            self.plans.append(plan)

    def _settle_extras(self, plan: RowPlan, problems: list[RowProblem]) -> None:
        """Certifications read as kinds, the offer completed from its headers; what makes
        neither goes to the notes, each said as a warning (as the commit will do it)."""
        for key, message in settle_extras(
            plan.values, self.headers, offer_product=self.options.offer_product
        ):
            value = plan.values.get(key)
            problems.append(
                RowProblem(
                    plan.row,
                    self.headers.get(key, ""),
                    "" if value is None else str(value),
                    message,
                    plan.sheet,
                    warning=True,
                )
            )

    def _offer_problems(self, plan: RowPlan) -> list[RowProblem]:
        """What the negotiation services would refuse in the row's offer, found as the
        commit will find its deal: an error of the row, never a commit that stops."""
        header = self.headers.get("offer.price", "")
        price = plan.values.get("offer.price")
        return [
            RowProblem(plan.row, header, "" if price is None else str(price), message, plan.sheet)
            for message in check_offer(self.session, plan.supplier_id, plan.values)
        ]

    def _remember_decisions(self, columns: Iterable[MappedColumn]) -> None:
        for column in columns:
            decimal = getattr(column.cleaner, "decimal", None)
            order = getattr(column.cleaner, "date_order", None)
            if column.spec.kind in ("decimal", "quantity", "money") and decimal:
                self.decided[column.header] = translate(
                    "Importing", "{header}: decimal {mark}"
                ).format(header=column.header, mark=decimal)
            if column.spec.kind == "date" and order:
                self.decided[column.header] = translate(
                    "Importing", "{header}: dates read as {order}"
                ).format(header=column.header, order=order)

    def _check_required(self, plan: RowPlan, problems: list[RowProblem]) -> None:
        values = plan.values
        headers = self.headers
        for key in ("supplier.name", "supplier.legal_name"):
            name = values.get(key)
            if isinstance(name, str) and is_placeholder_name(name):
                del values[key]
                if key == "supplier.name" and not (
                    values.get("supplier.legal_name")
                    and not is_placeholder_name(values["supplier.legal_name"])
                ):
                    header = headers.get(key, "")
                    message = placeholder_message(name)
                    problems.append(
                        RowProblem(
                            plan.row,
                            header,
                            name,
                            message if header else _labelled(field(SUPPLIERS, key).label, message),
                            plan.sheet,
                        )
                    )
        if not values.get("supplier.name"):
            if values.get("supplier.legal_name"):
                values["supplier.name"] = values["supplier.legal_name"]
            elif not any(p.column == headers.get("supplier.name") for p in problems):
                problems.append(
                    RowProblem(
                        plan.row,
                        headers.get("supplier.name", ""),
                        "",
                        translate("Importing", "the supplier name is empty"),
                        plan.sheet,
                    )
                )
        if not values.get("supplier.country") and not any(
            p.column == headers.get("supplier.country") for p in problems
        ):
            problems.append(
                RowProblem(
                    plan.row,
                    headers.get("supplier.country", ""),
                    "",
                    translate(
                        "Importing",
                        "the country is empty (map a country column or choose a default country)",
                    ),
                    plan.sheet,
                )
            )
        if not values.get("contact.name") and any(k.startswith("contact.") for k in values):
            # A contact known only by email or phone is still worth keeping.
            values["contact.name"] = values.get("contact.email") or values.get("contact.phone")

    def _check_limits(self, plan: RowPlan, problems: list[RowProblem]) -> None:
        """Each cleaned value held against its service field's limit (as the services'
        validation holds a form's): ~4 us a row."""
        limits = LIMITS
        values = plan.values
        dropped: list[str] = []
        for key, value in values.items():
            found = limits.get(key)
            if found is None:
                continue
            limit, length, label = found
            if type(value) is str and len(value) <= length:
                continue  # the common case, without the call: within the length
            try:
                limit.check(value)
            except ValueError as exc:
                problems.append(self._limit_problem(plan, key, label, value, exc))
                dropped.append(key)
        for key, check in KEY_CHECKS.items():
            value = values.get(key)
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, str) and not item.isascii():
                    try:
                        check(item)
                    except ValueError as exc:
                        label = field(SUPPLIERS, key).label
                        problems.append(self._limit_problem(plan, key, label, item, exc))
                        dropped.append(key)
        for key in dropped:
            if key not in HARD_FIELDS:
                values.pop(key, None)  # a warning: the row comes in without it

    def _limit_problem(
        self, plan: RowPlan, key: str, label: str, value: object, exc: ValueError
    ) -> RowProblem:
        header = self.headers.get(key)
        reason = error_reason(exc)
        message = reason if header else _labelled(label, reason)
        soft = key not in HARD_FIELDS
        if soft:
            message = _left_empty(message)
        return RowProblem(plan.row, header or "", str(value), message, plan.sheet, warning=soft)

    def _match(self, plan: RowPlan) -> None:
        """Called before the plan is appended: a row of the file it matches is an earlier
        one (remembered as its number in self.plans)."""
        v = plan.values
        name, country = v["supplier.name"], v["supplier.country"]
        tax_id, legal = v.get("supplier.tax_id"), v.get("supplier.legal_name")
        match = self.matcher.match(name, country, tax_id, legal)
        earlier = None
        if match is not None and match.file_row is not None:
            earlier = self.plans.get(match.file_row, ahead=False)
            match = replace(match, name=earlier.values.get("supplier.name", ""))
        plan.match = match
        if match is None:
            plan.status = RowStatus.CREATE
            self.matcher.remember(len(self.plans), name, country, tax_id, legal)
            return
        if match.how == "fuzzy":
            plan.status = RowStatus.DUPLICATE
            plan.supplier_id = match.supplier_id
            if earlier is not None:
                plan.merged_into = earlier.row
            return
        if match.supplier_id is not None:
            plan.status = RowStatus.UPDATE  # refined by compare_existing()
            plan.supplier_id = match.supplier_id
            return
        assert earlier is not None
        self._merge_into(earlier, plan)
        self.plans.save(earlier)

    def _merge_into(self, first: RowPlan, plan: RowPlan) -> None:
        """A later row of the file names the same supplier as `first` (to be created):
        fill what `first` lacks, keep what it has, add a different contact."""
        plan.merged_into = first.row
        plan.fills, plan.conflicts, plan.new_contact = merge_row_values(first.values, plan.values)
        plan.status = RowStatus.UPDATE if plan.fills or plan.new_contact else RowStatus.UNCHANGED

    def compare_existing(self) -> None:
        """Second pass: what each row matched to a database supplier would change."""
        updates = self.plans.where("supplier_id IS NOT NULL")
        total = len(updates)
        for done, chunk in enumerate(_chunks(updates, COMPARE_CHUNK)):
            self._check_cancel()
            if self.progress is not None:
                self.progress(
                    translate("Importing", "Comparing with existing suppliers"),
                    done * COMPARE_CHUNK,
                    total,
                )
            suppliers = load_stored(
                self.session,
                (p.supplier_id for p in chunk if p.supplier_id),
                SUPPLIER_ATTRS,
                CONTACT_ATTRS,
            )
            for plan in chunk:
                supplier = suppliers.get(plan.supplier_id)  # type: ignore[arg-type]
                if supplier is None:  # deleted since the matcher loaded it
                    plan.supplier_id = None
                    plan.status = RowStatus.CREATE
                    self.plans.save(plan)
                    continue
                plan.seen_version = supplier.version
                diff = diff_supplier(supplier, plan.values)
                plan.fills, plan.conflicts = diff.fills, diff.conflicts
                plan.contact_id, plan.new_contact = diff.contact_id, diff.new_contact
                plan.new_products = diff.new_products
                if plan.status != RowStatus.DUPLICATE:
                    changes = (
                        plan.fills
                        or plan.new_contact
                        or plan.new_products
                        or has_extras(plan.values)  # an offer or certifications to record
                    )
                    plan.status = RowStatus.UPDATE if changes else RowStatus.UNCHANGED
                self.plans.save(plan)


def _chunks(items: Sequence[RowPlan], size: int) -> Iterable[Sequence[RowPlan]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def merge_row_values(
    target: dict[str, Any], values: dict[str, Any]
) -> tuple[dict[str, Any], list[Conflict], bool]:
    """Fold a row's values into an earlier row's (`target`, changed in place): its empty
    fields filled, its products joined, a different contact added. Returns what was
    filled, where the two disagree (the earlier row's value stays), and whether a
    contact was added."""
    fills: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for key, value in values.items():
        if key.startswith("contact."):
            continue
        if key.startswith("offer."):
            continue  # each row's offer is recorded on its own
        if key in ("supplier.products", "supplier.certifications"):
            merged = tuple(dict.fromkeys([*target.get(key, ()), *value]))
            if merged != target.get(key):
                fills[key] = value
                target[key] = merged
        elif key not in target:
            target[key] = value
            fills[key] = value
        elif not same_value(key.removeprefix("supplier."), target[key], value):
            conflicts.append(Conflict(key, field("suppliers", key).label, target[key], value))
    contact = contact_values(values)
    added = False
    if contact:
        known = [contact_values(target), *target.get("_more_contacts", [])]
        if not any(same_contact(c, contact) for c in known if c):
            target.setdefault("_more_contacts", []).append(contact)
            added = True
    return fills, conflicts, added


def _left_empty(message: str) -> str:
    """A warning's message: the reason, then "(left empty)"."""
    return translate("Importing", "{reason} (left empty)").format(reason=message)


def _labelled(label: str, message: str) -> str:
    return translate("Importing", "{label}: {reason}").format(label=label, reason=message)
