"""File ▸ Import history: the past imports, newest first, and Undo for one still in place.
Undo deletes what the import created and puts back what it changed, except records
edited since, which are kept and listed. The list is read off the UI thread (the newest
request's answer shown), with a quiet "Loading…" meanwhile."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.importing.jobs import BatchRow, Cancel, Progress, past_imports, undo
from app.messages import translate
from app.store.database import Database
from ui.i18n import moment, number, shown
from ui.importing.result_page import kept_lines, undo_words
from ui.importing.runner import ProgressPanel, Task
from ui.importing.wizard import error_text
from ui.service_form import LatestRead

ModelIndex = QModelIndex | QPersistentModelIndex
UNDONE_COLOUR = QColor("#888888")
TARGET_TEXT = {
    "suppliers": translate("ImportHistory", "Suppliers"),
    "price-list": translate("ImportHistory", "Price list"),
}
UNDONE_TEXT = translate("ImportHistory", "Undone")
IMPORTED_TEXT = translate("ImportHistory", "Imported")


def local_time(value: datetime | None) -> str:
    """When an import ran, in local time and the locale's short date and time."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return moment(value)


class BatchesModel(QAbstractTableModel):
    headers = (
        translate("BatchesModel", "No."),
        translate("BatchesModel", "Imported"),
        translate("BatchesModel", "File"),
        translate("BatchesModel", "What"),
        translate("BatchesModel", "New"),
        translate("BatchesModel", "Updated"),
        translate("BatchesModel", "Unchanged"),
        translate("BatchesModel", "Skipped"),
        translate("BatchesModel", "Status"),
    )
    """Column headers (English; shown translated by headerData)."""

    def __init__(self, rows: Sequence[BatchRow] = ()) -> None:
        super().__init__()
        self.rows: list[BatchRow] = list(rows)

    def set_rows(self, rows: Sequence[BatchRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

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
            return shown(self.headers[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        batch = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                batch.id,
                local_time(batch.imported_at),
                batch.file_name,
                shown(TARGET_TEXT.get(batch.target, batch.target)),
                number(batch.created),
                number(batch.updated),
                number(batch.unchanged),
                number(batch.skipped),
                shown(UNDONE_TEXT if batch.status == "undone" else IMPORTED_TEXT),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return batch.summary or None
        if role == Qt.ItemDataRole.ForegroundRole and batch.status == "undone":
            return QBrush(UNDONE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4, 5, 6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportHistoryDialog(QDialog):
    data_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Import history"))
        self.setSizeGripEnabled(True)
        self.resize(900, 520)
        self.model = BatchesModel()
        self.table = QTableView()
        self.table.setObjectName("import-history")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #666;")
        self.message = QLabel()
        self.message.setObjectName("history-message")
        self.message.setWordWrap(True)
        self.kept = QPlainTextEdit()
        self.kept.setReadOnly(True)
        self.kept.setMaximumHeight(120)
        self.kept.hide()
        self.progress = ProgressPanel()
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.setObjectName("history-undo")
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.kept)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.task: Task | None = None
        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.reads = LatestRead(self, self._not_read)
        self._select_after: int | None = None
        self.reload()

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def reload(self, select: int | None = None) -> None:
        """The past imports, read off the UI thread; then batch `select` is chosen (else
        the newest)."""
        database = self.database
        self._select_after = select
        self.empty.setText(self.tr("Loading…"))
        self.empty.show()
        self.reads.run(lambda: past_imports(database), self._show)
        self._update()

    def _not_read(self, exc: BaseException) -> None:
        self.show_message(error_text(exc), error=True)  # one line, like every other error
        self._show([])

    def _show(self, rows: Sequence[BatchRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setText(self.tr("Nothing imported yet: File ▸ Import spreadsheet… (Ctrl+I)."))
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        if self._select_after is not None:
            self.select_batch(self._select_after)
        self._update()

    def selected(self) -> BatchRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_batch(self, batch_id: int) -> None:
        for position, row in enumerate(self.model.rows):
            if row.id == batch_id:
                self.table.selectRow(position)
                return

    def _update(self) -> None:
        batch = self.selected()
        busy = self.task is not None and self.task.running
        self.undo_button.setEnabled(
            batch is not None and batch.status != "undone" and not busy and not self.loading
        )
        self.close_button.setEnabled(not busy)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setText(text)

    def confirm_undo(self, batch: BatchRow) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Undo the import"),
            self.tr(
                "Undo import {number} ({file}, {when})? What it created is deleted and what it "
                "changed gets its earlier values back; records edited since are kept."
            ).format(number=batch.id, file=batch.file_name, when=local_time(batch.imported_at)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.status == "undone" or not self.confirm_undo(batch):
            return
        database = self.database
        self.kept.hide()
        self.show_message("")

        def work(progress: Progress, cancel: Cancel) -> Any:
            return undo(database, batch.id, progress, cancel)

        task = Task(self.tr("Undoing import {number}…").format(number=batch.id), work)
        self.task = task
        task.finished.connect(self._undone)
        task.failed.connect(self._failed)
        self.progress.follow(task, cancellable=True)
        task.start()
        self._update()

    def _undone(self, result: Any) -> None:
        text = undo_words().undone_text(result)
        if result.kept:
            self.kept.setPlainText(kept_lines(result))
            self.kept.show()
        self.show_message(text)
        self.reload(select=result.batch_id)
        self.data_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.show_message(error_text(exc), error=True)
        self._update()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return  # an undo runs in one transaction: it is waited for
        super().reject()

    def done(self, result: int) -> None:
        self.reads.closed = True
        super().done(result)
