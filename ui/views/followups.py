"""The follow-ups a user owes: overdue (in red), due today and due within a week, each
with what it is about. Done ticks one off; a double-click opens its record."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from app.messages import translate
from app.queries.followup_board import FollowUpBoard, FollowUpRow, follow_up_board
from app.services.activities import set_done
from app.store.database import Database
from ui.errors import show_error
from ui.i18n import day, shown
from ui.icons import icon
from ui.views.simple import SimpleView
from ui.worker import Latest

ModelIndex = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
"""The FollowUpRow of a task line (None on a group line)."""

OVERDUE_RED = QColor("#c0392b")
DAYS_AHEAD = 7
HEADERS = (
    translate("FollowUpModel", "Subject"),
    translate("FollowUpModel", "Due"),
    translate("FollowUpModel", "About"),
    translate("FollowUpModel", "Assigned to"),
)
KINDS = {
    "supplier": translate("FollowUpModel", "Supplier"),
    "negotiation": translate("FollowUpModel", "Negotiation"),
    "shipment": translate("FollowUpModel", "Shipment"),
}
"""What a follow-up can be about, as its tooltip names it."""
KIND_ICONS = {"supplier": "suppliers", "negotiation": "negotiations", "shipment": "shipments"}
_GROUP = 0
"""internalId of a group line; a task line's internalId is its group's number + 1."""


def when(due: date, today: date) -> str:
    """'11/20/2026 · 7 days late', '11/27/2026 · today', '11/29/2026 · in 2 days' (the
    date in the locale's form)."""
    days = (due - today).days
    # FollowUpModel.tr on the class: lupdate reads a plural there (it does not from
    # QCoreApplication.translate with a count); the stubs know only the instance method.
    if days == 0:
        relative = QCoreApplication.translate("FollowUpModel", "today")
    elif days < 0:
        late = FollowUpModel.tr("%n day(s) late", "", -days)  # type: ignore[arg-type]
        relative = late
    else:
        soon = FollowUpModel.tr("in %n day(s)", "", days)  # type: ignore[arg-type]
        relative = soon
    return f"{day(due)} · {relative}"


class FollowUpModel(QAbstractItemModel):
    """Two levels: the three groups, then their tasks. Loaded whole: a week of tasks is
    a few dozen lines even for a large team."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[list[FollowUpRow]] = [[], [], []]
        self.today = date.today()

    def set_board(self, board: FollowUpBoard, today: date) -> None:
        self.beginResetModel()
        self.groups = [list(board.overdue), list(board.today), list(board.upcoming)]
        self.today = today
        self.endResetModel()

    def task_at(self, index: ModelIndex) -> FollowUpRow | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self.groups[index.internalId() - 1][index.row()]

    def index_of(self, task_id: int) -> QModelIndex:
        for number, tasks in enumerate(self.groups):
            for row, task in enumerate(tasks):
                if task.id == task_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    # --- Qt model ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    # ignore[override]: the stubs overload parent() as QObject's () -> QObject | None and the
    # model's (index) -> QModelIndex; only the model's is overridden here, as it always was.
    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self.groups[parent.row()])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        task = self.groups[index.internalId() - 1][index.row()]
        overdue = index.internalId() == 1
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                task.subject,
                when(task.due_on, self.today),
                task.parent_label,
                task.assignee or "",
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_RED)
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return icon(KIND_ICONS[task.parent_kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = KINDS.get(task.parent_kind)
            about = self.tr("{kind}: {about}").format(
                kind=shown(kind) if kind else task.parent_kind.capitalize(),
                about=task.parent_label,
            )
            return f"{task.subject}\n{about}" + (f"\n\n{task.body}" if task.body else "")
        if role == TASK_ROLE:
            return task
        return None

    def group_name(self, number: int) -> str:
        """'Overdue', 'Due today', 'Next 7 days'."""
        if number == 0:
            return self.tr("Overdue")
        if number == 1:
            return self.tr("Due today")
        return self.tr("Next %n day(s)", "", DAYS_AHEAD)

    def _group_data(self, index: ModelIndex, role: int) -> Any:
        count = len(self.groups[index.row()])
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            group = self.group_name(index.row())
            if count:
                return self.tr("{group} ({count})").format(group=group, count=count)
            return self.tr("{group}: none").format(group=group)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.row() == 0 and count:
            return QBrush(OVERDUE_RED)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return shown(HEADERS[section])
        return None


class FollowUpsView(SimpleView):
    kind = "followups"
    title = translate("Views", "Follow-ups")
    icon_name = "followups"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._reading = Latest()
        self._read_once = False
        self.model = FollowUpModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 190), (2, 330), (3, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.done_button = QPushButton(icon("save"), self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the selected follow-up as done"))
        self.open_button = QPushButton(icon(KIND_ICONS["negotiation"]), self.tr("Open"))
        self.open_button.setToolTip(
            self.tr("Show the record this follow-up is about (double-click)")
        )
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.done_button)
        hint = QLabel(self.tr("Double-click a follow-up to open what it is about."))
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        self.tree.doubleClicked.connect(self.open_task)
        self.tree.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(lambda: self.open_task(self.tree.currentIndex()))
        self._update_buttons()

    # --- the main window's protocol ---------------------------------------------------------

    def refresh(self) -> None:
        """Read the board again (off the UI thread; the newest read wins), keeping the
        selected follow-up selected if still open. The first time, a quiet "Loading…"."""
        today, database = date.today(), self.database

        def read() -> FollowUpBoard:
            with database.read() as session:
                return follow_up_board(session, today, days_ahead=DAYS_AHEAD)

        if not self._read_once:
            self.summary.setText(self.tr("Loading…"))
        self._reading.run(read, lambda board: self._show(board, today), self._read_failed)

    def loading(self) -> bool:
        return self._reading.pending

    def _read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        if not self._read_once:
            self.summary.setText("")
        show_error(self, exc)

    def _show(self, board: FollowUpBoard, today: date) -> None:
        self._read_once = True
        current = self.selected()
        self.model.set_board(board, today)
        self.tree.expandAll()
        if current is not None:
            index = self.model.index_of(current.id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._update_buttons()
        self.summary.setText(self._summary_text())
        self.status_changed.emit()

    def status_text(self) -> str:
        overdue, due_today, upcoming = (len(g) for g in self.model.groups)
        text = self.tr(
            "{overdue} overdue, {today} due today, {upcoming} in the next %n day(s)",
            "",
            DAYS_AHEAD,
        )
        return text.format(overdue=overdue, today=due_today, upcoming=upcoming)

    def _summary_text(self) -> str:
        overdue = len(self.model.groups[0])
        if not any(self.model.groups):
            return self.tr("Nothing to follow up this week")
        if overdue:
            return self.tr("Follow-ups: {count} overdue").format(count=overdue)
        return self.tr("Follow-ups: nothing overdue")

    # --- actions ---------------------------------------------------------------------------

    def selected(self) -> FollowUpRow | None:
        return self.model.task_at(self.tree.currentIndex())

    def open_task(self, index: ModelIndex) -> None:
        task = self.model.task_at(index)
        if task is not None:
            self.open_requested.emit(task.parent_kind, task.parent_id)

    def mark_done(self) -> None:
        task = self.selected()
        if task is None:
            return
        try:
            with self.database.transaction() as session:
                set_done(session, task.id)
        except ServiceError as exc:
            show_error(self, exc, self.tr("Follow-up not updated"))
        self.refresh()
        self.data_changed.emit()

    def _update_buttons(self, *_: Any) -> None:
        has_task = self.selected() is not None
        self.done_button.setEnabled(has_task)
        self.open_button.setEnabled(has_task)
