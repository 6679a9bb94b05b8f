"""Rows of a supplier sheet: clean each cell, match the row to a supplier already in the
database or earlier in the file, and work out what importing it would change.

Two passes keep it fast on 100,000 rows: the first cleans and matches every row (the
matcher holds every supplier's keys in memory); the second reads the matched suppliers
a chunk at a time (app.importing.stored) and compares fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.importing.clean_process import (
    CleaningWorker,
    cleaned_rows,
    sheet_chunks,
    start_worker,
)
from app.importing.cleaning import CleanOptions
from app.importing.field_tables import has_extras
from app.importing.fields import field
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
from app.importing.row_cleaning import MappedColumn, build_columns
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
from app.importing.supplier_cleaner import SupplierRowCleaner
from app.importing.supplier_offers import check_offer
from app.messages import translate

PROGRESS_EVERY = 500
COMPARE_CHUNK = 2000
"""Matched suppliers read (three plain queries) and compared at a time: ~0.1 s each."""


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

    def close(self) -> None:
        """Let go of what only the planning needed (the plans stay, in self.plans)."""

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

    def close(self) -> None:
        if "matcher" in self.__dict__:  # made on the first row planned
            self.matcher.close()
            del self.matcher

    def plan_sheet(self, sheet: SheetData, first_row: int, last_row: int) -> None:
        # Started first: the worker's start overlaps the columns' profiling.
        worker = start_worker(last_row - first_row + 1, ("app.importing.supplier_cleaner",))
        try:
            self._plan_rows(sheet, first_row, last_row, worker)
        except BaseException:
            if worker is not None:
                worker.stop(at_once=True)  # cancelled or failed: its work is not wanted
            raise
        if worker is not None:
            worker.stop()

    def _plan_rows(
        self, sheet: SheetData, first_row: int, last_row: int, worker: CleaningWorker | None
    ) -> None:
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
        cleaner = SupplierRowCleaner(
            sheet.name,
            columns,
            notes,
            self.headers,
            self.options.default_country,
            self.options.offer_product,
        )
        rows = sheet.rows
        start = first_row - 1
        held = rows if isinstance(rows, list) else None
        chunks = sheet_chunks(rows, start, total)
        for offset, plan in cleaned_rows(cleaner, chunks, first_row, worker, self._check_cancel):
            self._tick(sheet, offset, total)
            if plan is not None:
                if plan.status is not RowStatus.ERROR:
                    self._match(plan)
                    problems = self._offer_problems(plan)
                    if problems:
                        self._refused(plan, problems, rows[start + offset])
                self.plans.append(plan)
            if held is not None:
                held[start + offset] = []  # a workbook's row let go once planned

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
