"""What a row of a supplier sheet becomes before it is matched: its cells cleaned, its
values held against the services' limits, its certifications and offer settled, its
problems and warnings. It needs no database and no earlier row, so a big sheet's rows
are cleaned in a second process while this one matches them (app.importing.clean_process).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as attribute

from app.importing.cleaning import error_reason
from app.importing.fields import SUPPLIERS, field
from app.importing.plan import RowPlan, RowProblem, RowStatus
from app.importing.row_cleaning import MappedColumn, clean_row, is_blank_row, labelled, left_empty
from app.importing.source import CellValue
from app.importing.supplier_extras import settle_extras
from app.messages import translate
from app.rules.placeholders import is_placeholder_name, placeholder_message
from app.rules.validation import Field, Limit
from app.services.contacts import CONTACT_FIELDS
from app.services.products import product_key
from app.services.suppliers import SUPPLIER_FIELDS, checked_tax_id_key

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
KEYS_REMEMBERED = 10_000
"""Texts whose derived key fits, remembered at most (then forgotten all at once)."""
HARD_FIELDS = frozenset({"supplier.name", "supplier.legal_name", "supplier.country",
                         "supplier.tax_id"})  # fmt: skip
"""The fields whose problem refuses a supplier row: who the supplier is (its name, with
the legal name standing in), where it is, and the tax id it is matched by (left empty, a
known supplier could come in twice). Any other field that cannot be read (a phone in a
form the parser refuses, a bad email, website or date) is left empty with a warning and
the row is imported."""


@dataclass
class SupplierRowCleaner:
    """A supplier sheet's mapped columns and what its rows are checked with: picklable,
    so that the same object cleans rows here or in the worker process."""

    sheet: str
    columns: Sequence[MappedColumn]
    notes: Sequence[tuple[int, str]]
    headers: dict[str, str]
    """Field key -> the header of the column mapped to it (where problems are named)."""
    default_country: str | None
    offer_product: str | None
    _keys_fit: set[tuple[str, str]] = attribute(default_factory=set, repr=False, compare=False)
    """(key, text) whose derived key was checked and fits (KEY_CHECKS): a sheet names the
    same few products on every row."""

    def plan(self, row_number: int, cells: Sequence[CellValue]) -> RowPlan | None:
        """The row's plan before matching (None for a blank row): to create, or an error
        with its problems (and its cells, for the rows-to-fix workbook)."""
        if is_blank_row(cells):
            return None
        values, problems = clean_row(
            self.sheet,
            row_number,
            cells,
            self.columns,
            self.notes,
            self.default_country,
            HARD_FIELDS,
        )
        plan = RowPlan(self.sheet, row_number, RowStatus.CREATE, values)
        self._check_required(plan, problems)
        self._check_limits(plan, problems)
        self._settle_extras(plan, problems)
        if problems and any(p.warning for p in problems):
            plan.warnings = tuple(p for p in problems if p.warning)
            problems = [p for p in problems if not p.warning]
            plan.raw = list(cells)  # for the rows-to-fix workbook
        if problems:
            plan.status = RowStatus.ERROR
            plan.problems = problems
            plan.raw = list(cells)
        return plan

    def _settle_extras(self, plan: RowPlan, problems: list[RowProblem]) -> None:
        """Certifications read as kinds, the offer completed from its headers; what makes
        neither goes to the notes, each said as a warning (as the commit will do it)."""
        for key, message in settle_extras(
            plan.values, self.headers, offer_product=self.offer_product
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
                            message if header else labelled(field(SUPPLIERS, key).label, message),
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
        fitting = self._keys_fit
        for key, check in KEY_CHECKS.items():
            value = values.get(key)
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, str) and not item.isascii() and (key, item) not in fitting:
                    try:
                        check(item)
                        if len(fitting) >= KEYS_REMEMBERED:
                            fitting.clear()
                        fitting.add((key, item))
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
        message = reason if header else labelled(label, reason)
        soft = key not in HARD_FIELDS
        if soft:
            message = left_empty(message)
        return RowProblem(plan.row, header or "", str(value), message, plan.sheet, warning=soft)
