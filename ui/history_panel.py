"""The History tab of a record: who changed what, and when, newest first
(app.queries.record_history).

Read again whenever the record is shown, or something under it (a contact, an offer, a
document) is saved: off the UI thread, the newest read winning; read with the record's
own save (saved_read). A form that reads the
history with its record (the negotiation form, in one round trip with everything it
shows) hands it over instead (`expect`, then `show_entries`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.errors import ServiceError
from app.messages import translate
from app.queries.record_history import HistoryEntry, history_read, record_history
from app.store.database import Database
from ui.errors import show_error
from ui.forms.saved_reads import SavedRead
from ui.forms.supplier_panel_base import SupplierPanel, list_model, list_table
from ui.i18n import shown
from ui.table_model import Column
from ui.worker import Latest

EMPTY = translate(
    "HistoryPanel", "Nothing recorded yet: changes appear here once the record is saved."
)


@dataclass(frozen=True)
class HistoryRow:
    id: int
    """The row's place in the list (the table model keys rows by an id)."""
    entry: HistoryEntry


COLUMNS: tuple[Column[HistoryRow], ...] = (
    # headers: the table model shows them translated in the "Columns" context
    Column(translate("Columns", "When"), lambda r: r.entry.at),
    Column(translate("Columns", "Who"), lambda r: r.entry.actor or ""),
    Column(translate("Columns", "What"), lambda r: shown(r.entry.what)),
)


class HistoryView(QWidget):
    """The history of one record of `kind` (supplier, negotiation, shipment...)."""

    def __init__(self, database: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.kind = kind
        self.record_id: int | None = None
        self.rows: list[HistoryRow] = []
        self._reading = Latest()
        self._shown_for: int | None = None
        self._expected = False
        self.model = list_model(COLUMNS, lambda: self.rows)
        self.table = list_table(self.model)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 110)
        self.empty = QLabel(shown(EMPTY))
        self.empty.setStyleSheet("color: palette(mid); font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def expect(self, record_id: int) -> None:
        """The history of `record_id` is being read elsewhere (`show_entries` brings it):
        another record's does not linger meanwhile, and the view says it is loading."""
        self._reading.cancel()
        self.record_id = record_id
        if record_id != self._shown_for:
            self._show([])
            self._expected = True

    def show_entries(self, record_id: int, entries: list[HistoryEntry]) -> None:
        """Show the history of `record_id` read elsewhere (with its record): any read of
        this view's still on its way is dropped."""
        self._reading.cancel()
        self._expected = False
        self.record_id = record_id
        self._came(record_id, entries)

    def not_coming(self) -> None:
        """What `expect` waited for will not come (the record could not be read)."""
        self._expected = False

    def refresh(self) -> None:
        """Read the history again, off the UI thread (the newest read wins)."""
        self._expected = False
        if self.record_id is None:
            self._reading.cancel()
            self._show([])
            return
        kind, record_id, database = self.kind, self.record_id, self.database
        if record_id != self._shown_for:
            self._show([])  # another record's history never lingers while this one's is read

        def read() -> list[HistoryEntry]:
            with database.read() as session:
                return record_history(session, kind, record_id)

        self._reading.run(read, lambda entries: self._came(record_id, entries), self._failed)

    def saved_read(self) -> SavedRead | None:
        """The history read with a save of the record shown (ui.forms.saved_reads), which
        adds to it; None when no record is shown."""
        if self.record_id is None:
            return None
        kind = self.kind

        def show(record_id: int, answer: Any) -> None:
            if record_id != self.record_id:
                return  # another record is shown now
            if isinstance(answer, BaseException):
                self.refresh()
            else:
                self.show_entries(record_id, answer)

        return SavedRead(lambda session, record_id: history_read(session, kind, record_id), show)

    def loading(self) -> bool:
        return self._reading.pending or self._expected

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        show_error(self, exc, self.tr("History not shown"))

    def _came(self, record_id: int, entries: list[HistoryEntry]) -> None:
        self._shown_for = record_id
        self._show(entries)

    def _show(self, entries: list[HistoryEntry]) -> None:
        self.rows = [HistoryRow(n, e) for n, e in enumerate(entries)]
        self.model.reload()
        self.empty.setVisible(not self.rows)

    def count(self) -> int:
        return len(self.rows)

    def entries(self) -> list[HistoryEntry]:
        return [r.entry for r in self.rows]


class HistoryPanel(SupplierPanel):
    """The supplier's History tab: its own changes and its contacts', certifications'
    and notes'."""

    tab_title = translate("HistoryPanel", "History")

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.view = HistoryView(database, "supplier")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)

    def load(self) -> None:
        self.view.show_record(self.supplier.id if self.supplier is not None else None)

    def count(self) -> int | None:
        return None  # a growing number in the tab title would only distract
