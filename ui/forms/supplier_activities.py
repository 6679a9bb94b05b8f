"""Notes and follow-ups on the supplier: what was said, what must be done by when, and
by whom ("Assigned to", completed from the names already used and the current user). A
follow-up due in the past is saved only once the user confirms it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError, ValidationError
from app.messages import translate
from app.queries.supplier_detail import ActivityLine
from app.queries.supplier_tabs import activities_tab
from app.services.activities import (
    Parent,
    add_note,
    add_task,
    past_due,
    set_done,
)
from app.settings import current_user
from app.store.database import Database
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.forms.supplier_panel_base import (
    FieldMarks,
    SupplierPanel,
    list_table,
    read_model,
    selected_row,
)
from ui.icons import icon
from ui.table_model import Column
from ui.widgets import DateField


def _kind(line: ActivityLine) -> str:
    if line.is_task:
        return QCoreApplication.translate("ActivitiesPanel", "Follow-up")
    return QCoreApplication.translate("ActivitiesPanel", "Note")


def _state(line: ActivityLine) -> str:
    if not line.is_task:
        return ""
    if line.done_at is not None:
        return QCoreApplication.translate("ActivitiesPanel", "Done")
    if line.due_on is not None and line.due_on < date.today():
        return QCoreApplication.translate("ActivitiesPanel", "Overdue")
    return QCoreApplication.translate("ActivitiesPanel", "Open")


def _text(line: ActivityLine) -> str:
    body = " ".join((line.body or "").split())
    return f"{line.subject} — {body}" if body else line.subject


COLUMNS: list[Column[ActivityLine]] = [
    Column(translate("Columns", "Date"), lambda a: a.occurred_at.astimezone().date()),
    Column(translate("Columns", "Type"), _kind),
    Column(translate("Columns", "Subject"), _text),
    Column(translate("Columns", "Due"), lambda a: a.due_on),
    Column(translate("Columns", "State"), _state),
    Column(translate("Columns", "Assigned to"), lambda a: a.assignee),
]


class ActivitiesPanel(SupplierPanel):
    tab_title = translate("SupplierPanels", "Notes")

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._names: list[str] = []
        self.model = read_model(COLUMNS, self._reader)
        self.model.reloaded.connect(self._loaded)
        self.model.failed.connect(self.read_failed)
        self.table = list_table(self.model)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(1, 70)
        self.table.setColumnWidth(3, 80)
        self.table.setColumnWidth(4, 70)
        self.table.setColumnWidth(5, 100)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the subject takes the spare width
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.subject = QLineEdit(placeholderText=self.tr("Called about the sample shipment…"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(44)
        self.due = DateField()
        self.due.setToolTip(self.tr("A follow-up needs a due date; a note has none"))
        self.due.edit.setPlaceholderText(self.tr("for a follow-up"))
        self.marks = FieldMarks({"subject": self.subject, "body": self.body, "due_on": self.due})
        self.due.setMaximumWidth(130)
        self.assignee = QLineEdit(placeholderText=self.tr("who does it"))
        self.assignee.setToolTip(self.tr("Who is to do the follow-up (any name)"))
        self.assignee.setMaximumWidth(150)
        self.assignee_names = QStringListModel(self)
        completer = QCompleter(self.assignee_names, self.assignee)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.assignee.setCompleter(completer)
        self.marks.widgets["assignee"] = self.assignee
        first = QHBoxLayout()
        first.addWidget(self.subject, 1)
        first.addWidget(QLabel(self.tr("Due")))
        first.addWidget(self.due)
        first.addWidget(QLabel(self.tr("Assigned to")))
        first.addWidget(self.assignee)
        editor = QFormLayout()
        editor.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editor.addRow(self.tr("Subject"), first)
        editor.addRow(self.tr("Text"), self.body)
        self.note_button = QPushButton(icon("new"), self.tr("Add note"))
        self.task_button = QPushButton(icon("followups"), self.tr("Add follow-up"))
        self.done_button = QPushButton(self.tr("Mark done"))
        buttons = QHBoxLayout()
        for button in (self.note_button, self.task_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)
        layout.addWidget(self.marks.error)
        layout.addLayout(buttons)
        self.note_button.clicked.connect(self.add_note)
        self.task_button.clicked.connect(self.add_follow_up)
        self.done_button.clicked.connect(self.toggle_done)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_done())
        self._update_done()

    def _reader(self) -> Callable[[], list[ActivityLine]] | None:
        if self.supplier is None:
            return None
        supplier_id, database = self.supplier.id, self.database

        def read() -> list[ActivityLine]:  # off the UI thread, one round trip
            with database.read() as session:
                lines, self._names = activities_tab(session, supplier_id)
            return lines  # the names are shown once the rows come

        return read

    def load(self) -> None:
        """Read the notes and follow-ups again, off the UI thread."""
        self.model.reload()

    def _loaded(self) -> None:
        names, me = list(self._names), current_user()
        self.assignee_names.setStringList([*names, *([me] if me not in names else [])])
        self._update_done()
        self.counted.emit()

    def count(self) -> int | None:
        return self.model.total

    def _chosen(self) -> ActivityLine | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def _update_done(self) -> None:
        line = self._chosen()
        is_task = line is not None and line.is_task
        self.done_button.setEnabled(is_task)
        reopen = line is not None and line.is_task and not line.is_open_task
        self.done_button.setText(self.tr("Reopen") if reopen else self.tr("Mark done"))

    def add_note(self) -> None:
        self._add(add_note, {"subject": self.subject.text(), "body": self.body.toPlainText()})

    def add_follow_up(self) -> None:
        data = {
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
            "due_on": self.due.text(),
            "assignee": self.assignee.text(),
        }
        past = past_due(data, date.today())
        if past is not None and not self._confirm_past(past):
            self.due.edit.setFocus()
            return
        self._add(add_task, data)

    def _confirm_past(self, due: date) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Due date in the past"),
            # the date as the field takes it (yyyy-mm-dd)
            self.tr("Due date {day} is in the past: save anyway?").format(day=due.isoformat()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _add(self, service: Any, data: dict[str, str]) -> None:
        if self.supplier is None:
            return
        parent = Parent("supplier", self.supplier.id)
        database = self.database

        def write() -> None:  # off the UI thread; the window paints meanwhile
            with database.transaction() as session:
                service(session, parent, data)

        try:
            wait_off_ui_thread(write)
        except ValidationError as exc:
            self.marks.show(exc)
            return
        except ServiceError as exc:
            show_error(self, exc, self.tr("Note not saved"))
            return
        self.marks.clear()
        self.subject.clear()
        self.body.clear()
        self.due.set_date(None)
        self.assignee.clear()
        self.load()
        self.changed.emit()

    def toggle_done(self) -> None:
        line = self._chosen()
        if line is None or not line.is_task:
            return

        def toggle() -> None:
            with self.database.transaction() as session:
                set_done(session, line.id, line.is_open_task)

        if self.run(toggle, self.tr("Follow-up not changed")):
            self.load()
            self.changed.emit()
