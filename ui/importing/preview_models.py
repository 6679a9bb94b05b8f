"""Item models over a Preview: its rows (100,000 must scroll smoothly, so a model over the
plans, never an item per cell), its problems, its possible duplicates with the user's
decision, and the fields where a row and an existing record disagree."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.importing.fields import TARGETS
from app.importing.plan import Conflict, Decision, RowPlan, RowProblem, RowStatus
from app.importing.plan_store import PlanStore, PlanView, saver
from app.messages import translate
from ui import i18n

ModelIndex = QModelIndex | QPersistentModelIndex
PLAN_ROLE = Qt.ItemDataRole.UserRole + 1
"""The RowPlan behind a row of any of these models."""

STATUS_TEXT = {
    RowStatus.CREATE: translate("PreviewModels", "New"),
    RowStatus.UPDATE: translate("PreviewModels", "Update"),
    RowStatus.UNCHANGED: translate("PreviewModels", "Unchanged"),
    RowStatus.DUPLICATE: translate("PreviewModels", "Possible duplicate"),
    RowStatus.ERROR: translate("PreviewModels", "Error"),
}
"""A row's status in English (tests, keys); shown translated with ui.i18n.shown."""
STATUS_COLOUR = {
    RowStatus.CREATE: QColor("#1e7b34"),
    RowStatus.UPDATE: QColor("#1f5f99"),
    RowStatus.UNCHANGED: QColor("#666666"),
    RowStatus.DUPLICATE: QColor("#a86400"),
    RowStatus.ERROR: QColor("#c0392b"),
}
DECISION_TEXT = {
    Decision.SKIP: translate("PreviewModels", "Skip"),
    Decision.CREATE: translate("PreviewModels", "Create new"),
    Decision.MERGE: translate("PreviewModels", "Merge"),
}
LABELS: dict[str, str] = {spec.key: spec.label for specs in TARGETS.values() for spec in specs}
LABELS["_more_contacts"] = translate("PreviewModels", "Another contact")


def label_of(key: str) -> str:
    """A field's label in the window's language."""
    return i18n.shown(LABELS.get(key, key))


def shown(value: Any) -> str:
    """A cleaned value as text for the preview: numbers in the locale's digits, a
    vocabulary word by its label (codes such as units and Incoterms as written)."""
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ", ".join(shown(v) for v in value)
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return i18n.number(value, decimals)
    if isinstance(value, StrEnum):
        from app.rules.vocabulary import label

        return i18n.shown(label(value))
    if hasattr(value, "value") and isinstance(value.value, str):
        return str(value.value)
    return i18n.shown(value)


def percent(score: float) -> str:
    return f"{round(score * 100 if score <= 1 else score)}%"


def match_name(plan: RowPlan) -> str:
    match = plan.match
    name = getattr(match, "name", None) if match is not None else None
    if name:
        return str(name)
    if plan.merged_into is not None:
        return QCoreApplication.translate("PreviewModels", "row {row} of this file").format(
            row=plan.merged_into
        )
    if plan.supplier_id is not None:
        return QCoreApplication.translate("PreviewModels", "supplier {number}").format(
            number=plan.supplier_id
        )
    return ""


def can_merge(plan: RowPlan) -> bool:
    """A supplier already recorded, or an earlier row of the file, can take this row's
    values."""
    return plan.supplier_id is not None or plan.merged_into is not None


def merge_text(plan: RowPlan) -> str:
    return QCoreApplication.translate("PreviewModels", "Merge into “{name}”").format(
        name=match_name(plan)
    )


def decision_text(plan: RowPlan) -> str:
    if plan.decision == Decision.MERGE:
        return merge_text(plan)
    return i18n.shown(DECISION_TEXT[plan.decision])


def row_name(plan: RowPlan) -> str:
    """Whom the row is about: the supplier's name, or the product of a price list row."""
    values = plan.values
    if "offer.product" in values:
        return " ".join(shown(values[k]) for k in ("offer.product", "offer.grade") if values.get(k))
    for key in ("supplier.name", "supplier.legal_name"):
        if values.get(key):
            return shown(values[key])
    return ""


ROW = translate("PreviewModels", "Row")
STATUS = translate("PreviewModels", "Status")
SUPPLIER = translate("PreviewModels", "Supplier")
PRODUCT = translate("PreviewModels", "Product")
WHAT_HAPPENS = translate("PreviewModels", "What happens")
"""Column headers (English; shown translated by headerData)."""

WARNING_MARK = " ⚠"
"""After the status of a row imported with a field left empty."""


class PreviewWords(QObject):
    """The preview's counted phrases: lupdate marks a plural (%n) only in a tr() call."""

    def values_kept(self, kept: int, merged_into: int | None) -> str:
        if merged_into is None:
            text = self.tr("%n different value(s) kept as recorded", "", kept)
        else:
            text = self.tr("%n different value(s) kept as in row {row}", "", kept)
        return text.format(row=merged_into)


@cache
def _words() -> PreviewWords:
    return PreviewWords()


def problem_line(problem: RowProblem) -> str:
    message = i18n.shown(problem.message)
    if not problem.column:
        return message
    return QCoreApplication.translate("PreviewModels", "{column}: {problem}").format(
        column=i18n.shown(problem.column), problem=message
    )


def warnings_line(plan: RowPlan) -> str:
    """The row's warnings in one line ('' when it has none)."""
    return "; ".join(
        QCoreApplication.translate("PreviewModels", "warning: {problem}").format(
            problem=problem_line(p)
        )
        for p in plan.warnings
    )


def _fields(keys: Sequence[str]) -> str:
    return ", ".join(label_of(k) for k in keys)


def what_happens(plan: RowPlan) -> str:
    """One line: what importing this row does, or what is wrong with it, then the fields
    left empty (warnings)."""
    line = _what_happens(plan)
    if plan.warnings:
        line += "; " + warnings_line(plan)
    return line


def _what_happens(plan: RowPlan) -> str:
    status = plan.status
    values = plan.values
    if status == RowStatus.ERROR:
        return "; ".join(problem_line(p) for p in plan.problems)
    if "offer.product" in values or "offer.price" in values:
        return _offer_line(plan)
    if status == RowStatus.DUPLICATE:
        score = getattr(plan.match, "score", None)
        if isinstance(score, int | float):
            text = QCoreApplication.translate(
                "PreviewModels", "Looks like “{name}” ({percent} alike): {decision}"
            )
        else:
            text = QCoreApplication.translate("PreviewModels", "Looks like “{name}”: {decision}")
        return text.format(
            name=match_name(plan),
            percent=percent(score) if isinstance(score, int | float) else "",
            decision=decision_text(plan),
        )
    changes = []
    if plan.fills:
        changes.append(
            QCoreApplication.translate("PreviewModels", "fills {fields}").format(
                fields=_fields(list(plan.fills))
            )
        )
    if plan.new_contact:
        changes.append(
            QCoreApplication.translate("PreviewModels", "adds contact {name}").format(
                name=shown(values.get("contact.name"))
            )
        )
    if plan.new_products:
        changes.append(
            QCoreApplication.translate("PreviewModels", "adds products {products}").format(
                products=", ".join(plan.new_products)
            )
        )
    if plan.conflicts:
        taken = [c for c in plan.conflicts if c.field in plan.take_new]
        kept = len(plan.conflicts) - len(taken)
        if taken:
            changes.append(
                QCoreApplication.translate("PreviewModels", "replaces {fields}").format(
                    fields=_fields([c.field for c in taken])
                )
            )
        if kept:
            # An earlier row of the file keeps its values as a recorded supplier does.
            changes.append(_words().values_kept(kept, plan.merged_into))
    if status == RowStatus.CREATE:
        contact = values.get("contact.name")
        if contact:
            return QCoreApplication.translate(
                "PreviewModels", "New supplier with contact {name}"
            ).format(name=shown(contact))
        return QCoreApplication.translate("PreviewModels", "New supplier")
    text = "; ".join(changes)
    if plan.merged_into is not None:
        if not changes:
            text = QCoreApplication.translate("PreviewModels", "nothing new")
        return QCoreApplication.translate(
            "PreviewModels", "Same supplier as row {row}: {changes}"
        ).format(row=plan.merged_into, changes=text)
    if not changes:
        return QCoreApplication.translate("PreviewModels", "nothing new")
    return text[0].upper() + text[1:]


def _offer_line(plan: RowPlan) -> str:
    v = plan.values
    price = " ".join(s for s in (shown(v.get("offer.currency")), shown(v.get("offer.price"))) if s)
    unit = shown(v.get("offer.unit"))
    offer = price
    if unit:
        offer = QCoreApplication.translate("PreviewModels", "{price} per {unit}").format(
            price=price, unit=unit
        )
    supplier = shown(v.get("offer.supplier"))
    if supplier:
        offer = QCoreApplication.translate("PreviewModels", "{offer} from {supplier}").format(
            offer=offer, supplier=supplier
        )
    if plan.status == RowStatus.UNCHANGED:
        return QCoreApplication.translate("PreviewModels", "Already recorded: {offer}").format(
            offer=offer
        )
    return QCoreApplication.translate("PreviewModels", "New offer: {offer}").format(offer=offer)


class _Table(QAbstractTableModel):
    """A read-only table over a list, with named columns."""

    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return i18n.shown(self.headers[section])
        return None

    def _valid(self, index: ModelIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < self.row_count()
            and 0 <= index.column() < len(self.headers)
        )


class PreviewRowsModel(_Table):
    """Every planned row, or those of one status (the filter buttons)."""

    headers: tuple[str, ...] = (ROW, STATUS, SUPPLIER, WHAT_HAPPENS)

    def __init__(self, rows: Sequence[RowPlan] = (), several_sheets: bool = False) -> None:
        super().__init__()
        self.rows: Sequence[RowPlan] = rows
        self.several_sheets = several_sheets
        self.status: RowStatus | None = None
        self.visible: Sequence[RowPlan] | None = None
        """The rows shown under the filter (a view of the preview's store, read as they
        are shown); None shows every row."""

    def set_rows(
        self, rows: Sequence[RowPlan], several_sheets: bool = False, target: str = "suppliers"
    ) -> None:
        self.beginResetModel()
        self.headers = (ROW, STATUS, PRODUCT if target == "price-list" else SUPPLIER, WHAT_HAPPENS)
        self.rows = rows
        self.several_sheets = several_sheets
        self.visible = self._filtered(self.status)
        self.endResetModel()

    def set_filter(self, status: RowStatus | None) -> None:
        self.beginResetModel()
        self.status = status
        self.visible = self._filtered(status)
        self.endResetModel()

    def _filtered(self, status: RowStatus | None) -> Sequence[RowPlan] | None:
        if status is None:
            return None
        rows = self.rows
        if isinstance(rows, PlanStore):
            return rows.with_status(status)
        return [plan for plan in rows if plan.status == status]

    def row_count(self) -> int:
        return len(self.rows) if self.visible is None else len(self.visible)

    def plan(self, row: int) -> RowPlan:
        return self.rows[row] if self.visible is None else self.visible[row]

    def row_of(self, plan: RowPlan) -> int | None:
        """The model row showing `plan`, if the filter shows it."""
        shown = self.rows if self.visible is None else self.visible
        if isinstance(shown, PlanStore):
            return plan.index if 0 <= plan.index < len(shown) else None
        if isinstance(shown, PlanView):
            return shown.position(plan)
        return next((row for row, other in enumerate(shown) if other is plan), None)

    def row_numbered(self, sheet: str, number: int) -> int | None:
        """The model row showing spreadsheet row `number` (of `sheet`; "" any sheet)."""
        rows = self.rows
        if isinstance(rows, PlanStore):
            plan = rows.find(sheet or None, number)
            return None if plan is None else self.row_of(plan)
        for row in range(self.row_count()):
            plan = self.plan(row)
            if plan.row == number and (not sheet or plan.sheet == sheet):
                return row
        return None

    def plan_changed(self, plan: RowPlan) -> None:
        row = self.row_of(plan)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        plan = self.plan(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return f"{plan.sheet} {plan.row}" if self.several_sheets else plan.row
            if column == 1:
                warned = plan.warnings and plan.status != RowStatus.ERROR
                return i18n.shown(STATUS_TEXT[plan.status]) + (WARNING_MARK if warned else "")
            if column == 2:
                return row_name(plan)
            text = what_happens(plan)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text.replace("; ", "\n")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(STATUS_COLOUR[plan.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PLAN_ROLE:
            return plan
        return None


class ProblemsModel(_Table):
    """Each problem: the row, the column, the value as read, the reason."""

    headers = (
        ROW,
        translate("PreviewModels", "Column"),
        translate("PreviewModels", "Value"),
        translate("PreviewModels", "Problem"),
    )

    def __init__(self, problems: Sequence[RowProblem] = ()) -> None:
        super().__init__()
        self.problems: Sequence[RowProblem] = problems

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.problems)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        problem = self.problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                problem.row,
                i18n.shown(problem.column),
                problem.value,
                i18n.shown(problem.message),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DuplicatesModel(_Table):
    """The rows that look like a supplier already known, and what to do with each: the
    Decision column is edited with a pick list (ui.importing.preview_page)."""

    headers = (
        ROW,
        translate("PreviewModels", "In the file"),
        translate("PreviewModels", "Looks like"),
        translate("PreviewModels", "Alike"),
        translate("PreviewModels", "Decision"),
    )
    DECISION = 4
    decided = Signal(object)
    """A RowPlan whose decision the user changed."""

    def __init__(self, plans: Sequence[RowPlan] = ()) -> None:
        super().__init__()
        self.plans: Sequence[RowPlan] = plans

    def set_plans(self, plans: Sequence[RowPlan]) -> None:
        self.beginResetModel()
        self.plans = plans
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.plans)

    def choices(self, plan: RowPlan) -> list[tuple[Decision, str]]:
        options = [
            (Decision.SKIP, i18n.shown(DECISION_TEXT[Decision.SKIP])),
            (Decision.CREATE, i18n.shown(DECISION_TEXT[Decision.CREATE])),
        ]
        if can_merge(plan):
            options.append((Decision.MERGE, merge_text(plan)))
        return options

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        plan = self.plans[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            score = getattr(plan.match, "score", None)
            return (
                plan.row,
                row_name(plan),
                match_name(plan),
                percent(score) if isinstance(score, int | float) else "",
                decision_text(plan),
            )[column]
        if role == Qt.ItemDataRole.EditRole and column == self.DECISION:
            return plan.decision.value
        if role == PLAN_ROLE:
            return plan
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._valid(index) and index.column() == self.DECISION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802
        self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not self._valid(index) or index.column() != self.DECISION:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        plan = self.plans[index.row()]
        try:
            decision = Decision(value)
        except ValueError:
            return False
        if decision == Decision.MERGE and not can_merge(plan):
            return False
        self.set_decision(index.row(), decision)
        return True

    def set_decision(self, row: int, decision: Decision) -> None:
        plan = self.plans[row]
        if plan.decision == decision:
            return
        plan.decision = decision
        saver(self.plans)(plan)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
        self.decided.emit(plan)

    def decide_all(self, decision: Decision) -> None:
        """The same decision for every row that allows it (Merge where there is a match)."""
        for row, plan in enumerate(self.plans):
            if decision != Decision.MERGE or can_merge(plan):
                self.set_decision(row, decision)


class ConflictsModel(_Table):
    """Fields where a row and the recorded supplier disagree: the recorded value is kept
    unless "Use the file's" is ticked (RowPlan.take_new). A row folded into an earlier row
    of the file (the same new supplier twice) keeps the earlier row's value: listed too,
    as the row says, without the tick."""

    headers = (
        ROW,
        SUPPLIER,
        translate("PreviewModels", "Field"),
        translate("PreviewModels", "Recorded"),
        translate("PreviewModels", "In the file"),
        translate("PreviewModels", "Use the file's"),
    )
    USE = 5
    toggled = Signal(object)

    def __init__(self, items: Sequence[tuple[RowPlan, Conflict]] = ()) -> None:
        super().__init__()
        self.items: Sequence[tuple[RowPlan, Conflict]] = items

    def set_items(self, items: Sequence[tuple[RowPlan, Conflict]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        plan, conflict = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.USE:
                return None
            return (
                plan.row,
                _conflict_supplier(plan),
                i18n.shown(conflict.label),
                shown(conflict.current),
                shown(conflict.incoming),
            )[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.USE and settleable(plan):
            taken = conflict.field in plan.take_new
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if role == PLAN_ROLE:
            return plan
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        valid = self._valid(index) and index.column() == self.USE
        if valid and settleable(self.items[index.row()][0]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(  # noqa: N802
        self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not self._valid(index) or index.column() != self.USE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        plan, conflict = self.items[index.row()]
        if not settleable(plan):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            plan.take_new.add(conflict.field)
        else:
            plan.take_new.discard(conflict.field)
        saver(self.items)(plan)
        self.dataChanged.emit(index, index)
        self.toggled.emit(plan)
        return True


def settleable(plan: RowPlan) -> bool:
    """Whether the user can take the row's value over the recorded one: with a recorded
    supplier, yes; a row folded into an earlier row of the file keeps that row's."""
    return plan.supplier_id is not None and plan.merged_into is None


def _conflict_supplier(plan: RowPlan) -> str:
    if plan.merged_into is not None:
        return QCoreApplication.translate(
            "PreviewModels", "{name} (row {row} of this file)"
        ).format(name=row_name(plan), row=plan.merged_into)
    return match_name(plan) or row_name(plan)


def conflicts_of(rows: Sequence[RowPlan]) -> list[tuple[RowPlan, Conflict]]:
    """Every disagreement the rows say they keep ("1 different value kept"): with a
    recorded supplier (settleable) or with an earlier row of the file."""
    return [(plan, conflict) for plan in rows for conflict in plan.conflicts]
