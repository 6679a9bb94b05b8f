"""Item models over a Preview: its rows (100,000 must scroll smoothly, so a model over the
plans, never an item per cell), its problems, its possible duplicates with the user's
decision, and the fields where a row and an existing record disagree."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.importing.fields import TARGETS
from app.importing.plan import Conflict, Decision, RowPlan, RowProblem, RowStatus

ModelIndex = QModelIndex | QPersistentModelIndex
PLAN_ROLE = Qt.ItemDataRole.UserRole + 1
"""The RowPlan behind a row of any of these models."""

STATUS_TEXT = {
    RowStatus.CREATE: "New",
    RowStatus.UPDATE: "Update",
    RowStatus.UNCHANGED: "Unchanged",
    RowStatus.DUPLICATE: "Possible duplicate",
    RowStatus.ERROR: "Error",
}
STATUS_COLOUR = {
    RowStatus.CREATE: QColor("#1e7b34"),
    RowStatus.UPDATE: QColor("#1f5f99"),
    RowStatus.UNCHANGED: QColor("#666666"),
    RowStatus.DUPLICATE: QColor("#a86400"),
    RowStatus.ERROR: QColor("#c0392b"),
}
DECISION_TEXT = {
    Decision.SKIP: "Skip",
    Decision.CREATE: "Create new",
    Decision.MERGE: "Merge",
}
LABELS: dict[str, str] = {spec.key: spec.label for specs in TARGETS.values() for spec in specs}
LABELS["_more_contacts"] = "Another contact"


def label_of(key: str) -> str:
    return LABELS.get(key, key)


def shown(value: Any) -> str:
    """A cleaned value as text for the preview."""
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ", ".join(shown(v) for v in value)
    if isinstance(value, Decimal):
        return f"{value:,}"
    if hasattr(value, "value") and isinstance(value.value, str):
        return str(value.value)
    return str(value)


def percent(score: float) -> str:
    return f"{round(score * 100 if score <= 1 else score)}%"


def match_name(plan: RowPlan) -> str:
    match = plan.match
    name = getattr(match, "name", None) if match is not None else None
    if name:
        return str(name)
    if plan.merged_into is not None:
        return f"row {plan.merged_into} of this file"
    return f"supplier {plan.supplier_id}" if plan.supplier_id is not None else ""


def can_merge(plan: RowPlan) -> bool:
    """A supplier already recorded, or an earlier row of the file, can take this row's
    values."""
    return plan.supplier_id is not None or plan.merged_into is not None


def decision_text(plan: RowPlan) -> str:
    if plan.decision == Decision.MERGE:
        return f"Merge into “{match_name(plan)}”"
    return DECISION_TEXT[plan.decision]


def row_name(plan: RowPlan) -> str:
    """Whom the row is about: the supplier's name, or the product of a price list row."""
    values = plan.values
    if "offer.product" in values:
        return " ".join(shown(values[k]) for k in ("offer.product", "offer.grade") if values.get(k))
    for key in ("supplier.name", "supplier.legal_name"):
        if values.get(key):
            return shown(values[key])
    return ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewModels", text)


WARNING_MARK = " ⚠"
"""After the status of a row imported with a field left empty."""


def problem_line(problem: RowProblem) -> str:
    return f"{problem.column}: {problem.message}" if problem.column else problem.message


def warnings_line(plan: RowPlan) -> str:
    """The row's warnings in one line ('' when it has none)."""
    return "; ".join(_tr("warning: ") + problem_line(p) for p in plan.warnings)


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
        similar = f" ({percent(score)} alike)" if isinstance(score, int | float) else ""
        return f"Looks like “{match_name(plan)}”{similar}: {decision_text(plan)}"
    changes = []
    if plan.fills:
        changes.append("fills " + _fields(list(plan.fills)))
    if plan.new_contact:
        changes.append("adds contact " + shown(values.get("contact.name")))
    if plan.new_products:
        changes.append("adds products " + ", ".join(plan.new_products))
    if plan.conflicts:
        taken = [c for c in plan.conflicts if c.field in plan.take_new]
        kept = len(plan.conflicts) - len(taken)
        if taken:
            changes.append("replaces " + _fields([c.field for c in taken]))
        if kept:
            # An earlier row of the file keeps its values as a recorded supplier does.
            where = "recorded" if plan.merged_into is None else f"in row {plan.merged_into}"
            changes.append(f"{kept} different value{'s' if kept != 1 else ''} kept as {where}")
    prefix = f"Same supplier as row {plan.merged_into}: " if plan.merged_into is not None else ""
    if status == RowStatus.CREATE:
        contact = values.get("contact.name")
        return "New supplier" + (f" with contact {shown(contact)}" if contact else "")
    if not changes:
        return prefix + "nothing new"
    text = "; ".join(changes)
    return prefix + (text[0].upper() + text[1:] if not prefix else text)


def _offer_line(plan: RowPlan) -> str:
    v = plan.values
    price = " ".join(s for s in (shown(v.get("offer.currency")), shown(v.get("offer.price"))) if s)
    unit = shown(v.get("offer.unit"))
    offer = price + (f" per {unit}" if unit else "")
    supplier = shown(v.get("offer.supplier"))
    offer += f" from {supplier}" if supplier else ""
    if plan.status == RowStatus.UNCHANGED:
        return f"Already recorded: {offer}"
    return f"New offer: {offer}"


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
            return self.headers[section]
        return None

    def _valid(self, index: ModelIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < self.row_count()
            and 0 <= index.column() < len(self.headers)
        )


class PreviewRowsModel(_Table):
    """Every planned row, or those of one status (the filter buttons)."""

    headers: tuple[str, ...] = ("Row", "Status", "Supplier", "What happens")

    def __init__(self, rows: Sequence[RowPlan] = (), several_sheets: bool = False) -> None:
        super().__init__()
        self.rows: Sequence[RowPlan] = rows
        self.several_sheets = several_sheets
        self.status: RowStatus | None = None
        self.visible: list[int] | None = None
        """Indexes into rows shown under the filter; None shows every row."""

    def set_rows(
        self, rows: Sequence[RowPlan], several_sheets: bool = False, target: str = "suppliers"
    ) -> None:
        self.beginResetModel()
        self.headers = ("Row", "Status", "Product" if target == "price-list" else "Supplier",
                        "What happens")  # fmt: skip
        self.rows = rows
        self.several_sheets = several_sheets
        self.visible = self._filtered(self.status)
        self.endResetModel()

    def set_filter(self, status: RowStatus | None) -> None:
        self.beginResetModel()
        self.status = status
        self.visible = self._filtered(status)
        self.endResetModel()

    def _filtered(self, status: RowStatus | None) -> list[int] | None:
        if status is None:
            return None
        return [i for i, plan in enumerate(self.rows) if plan.status == status]

    def row_count(self) -> int:
        return len(self.rows) if self.visible is None else len(self.visible)

    def plan(self, row: int) -> RowPlan:
        return self.rows[row if self.visible is None else self.visible[row]]

    def row_of(self, plan: RowPlan) -> int | None:
        """The model row showing `plan`, if the filter shows it."""
        for row in range(self.row_count()):
            if self.plan(row) is plan:
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
                return STATUS_TEXT[plan.status] + (WARNING_MARK if warned else "")
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

    headers = ("Row", "Column", "Value", "Problem")

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
            return (problem.row, problem.column, problem.value, problem.message)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DuplicatesModel(_Table):
    """The rows that look like a supplier already known, and what to do with each: the
    Decision column is edited with a pick list (ui.importing.preview_page)."""

    headers = ("Row", "In the file", "Looks like", "Alike", "Decision")
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
        options = [(Decision.SKIP, "Skip"), (Decision.CREATE, "Create new")]
        if can_merge(plan):
            options.append((Decision.MERGE, f"Merge into “{match_name(plan)}”"))
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

    headers = ("Row", "Supplier", "Field", "Recorded", "In the file", "Use the file's")
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
                conflict.label,
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
        self.dataChanged.emit(index, index)
        self.toggled.emit(plan)
        return True


def settleable(plan: RowPlan) -> bool:
    """Whether the user can take the row's value over the recorded one: with a recorded
    supplier, yes; a row folded into an earlier row of the file keeps that row's."""
    return plan.supplier_id is not None and plan.merged_into is None


def _conflict_supplier(plan: RowPlan) -> str:
    if plan.merged_into is not None:
        return (
            _tr("%1 (row %2 of this file)")
            .replace("%1", row_name(plan))
            .replace("%2", str(plan.merged_into))
        )
    return match_name(plan) or row_name(plan)


def conflicts_of(rows: Sequence[RowPlan]) -> list[tuple[RowPlan, Conflict]]:
    """Every disagreement the rows say they keep ("1 different value kept"): with a
    recorded supplier (settleable) or with an earlier row of the file."""
    return [(plan, conflict) for plan in rows for conflict in plan.conflicts]
