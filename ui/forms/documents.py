"""A shipment's document checklist: one line per document with its status, number, date
received and its files; missing documents stand out in red, drafts in amber.

Files sit on the line of the document they are (a "Files (2)" button: click to see,
open, save or remove them; drop files on it to attach them), not in a separate tab: a
phytosanitary certificate's scan belongs to that line, and attaching it turns the line
from missing to received right there, where the user is looking.

Each change is saved at once in its own transaction (the caption says so): a document
that arrives is news the whole team should see now, not when someone presses Save on
the shipment, and it never makes the shipment form "unsaved".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError, ValidationError
from app.messages import translate
from app.queries.batched import fetch_together
from app.queries.shipment_record import DocumentsRead
from app.rules.vocabulary import label
from app.services.shipments import set_document
from app.store.database import Database
from models import AttachmentOwner, DocumentKind, DocumentStatus
from ui.attachments import FilesButton
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.i18n import shown
from ui.widgets import INVALID_STYLE, DateField, ErrorLabel
from ui.worker import Latest

STATUS_STYLE: dict[DocumentStatus, str] = {
    DocumentStatus.MISSING: "background: #fdecea; color: #a93226; border: 1px solid #e6b0aa;",
    DocumentStatus.DRAFT: "background: #fff4e0; color: #8a5a00; border: 1px solid #f0c36d;",
    DocumentStatus.RECEIVED: "background: #eaf6ee; color: #1e7b45; border: 1px solid #a9dbb8;",
    DocumentStatus.APPROVED: "background: #eaf6ee; color: #1e7b45; border: 1px solid #a9dbb8;",
    DocumentStatus.NOT_REQUIRED: "background: #f2f2f2; color: #777777; border: 1px solid #dddddd;",
}
"""Missing in red, draft in amber, in hand in green, not needed in grey."""

SAVED_NOTE = translate("DocumentsChecklist", "Changes here are saved at once.")


@dataclass(frozen=True)
class DocumentLine:
    """One document as read from the service, kept after the session closed."""

    kind: DocumentKind
    status: DocumentStatus
    reference: str
    received_on: date | None
    document_id: int | None = None
    files: int = 0
    """How many files are attached to it."""


class _Row:
    """The widgets of one document line."""

    def __init__(self, database: Database, kind: DocumentKind) -> None:
        self.kind = kind
        self.name = QLabel(shown(label(kind)))
        self.name.setMargin(3)
        self.status = QComboBox()
        for status in DocumentStatus:
            self.status.addItem(shown(label(status)), status.value)
        self.number = QLineEdit(
            placeholderText=QCoreApplication.translate("DocumentsChecklist", "Number")
        )
        self.received = DateField()
        self.received.edit.setPlaceholderText(
            QCoreApplication.translate("DocumentsChecklist", "Received")
        )
        metrics = self.received.edit.fontMetrics()
        self.received.edit.setMinimumWidth(metrics.horizontalAdvance("2026-12-31") + 12)
        self.files = FilesButton(database, AttachmentOwner.SHIPMENT_DOCUMENT, shown(label(kind)))
        self.saved = DocumentLine(kind, DocumentStatus.MISSING, "", None)

    def show(self, line: DocumentLine) -> None:
        self.saved = line
        self.status.setCurrentIndex(self.status.findData(line.status.value))
        self.number.setText(line.reference)
        self.received.set_date(line.received_on)
        self.files.set_owner(line.document_id, line.files)
        self.paint(line.status)
        for widget in (self.number, self.received.edit):
            widget.setStyleSheet("")
            widget.setToolTip("")

    def paint(self, status: DocumentStatus) -> None:
        self.name.setStyleSheet(STATUS_STYLE[status] + " border-radius: 3px;")
        self.name.setToolTip(
            QCoreApplication.translate("DocumentsChecklist", "{document}: {status}").format(
                document=shown(label(self.kind)), status=shown(label(status)).lower()
            )
        )

    def current_status(self) -> DocumentStatus:
        return DocumentStatus(self.status.currentData())


class DocumentsChecklist(QWidget):
    """The checklist of one shipment; `changed` tells the list that a count moved."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.shipment_id: int | None = None
        self.rows: dict[DocumentKind, _Row] = {}
        self._loading = False
        self._reading = Latest()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty = QLabel(self.tr("The checklist appears once the shipment is saved."))
        self.empty.setStyleSheet("color: #777;")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)
        self.grid.setColumnStretch(3, 2)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)

    # --- reading ---------------------------------------------------------------------------

    def load(self, shipment_id: int | None) -> None:
        """Show the checklist of `shipment_id` as stored now (None: a shipment not saved yet),
        read off the UI thread; another shipment's checklist is off until this one's comes."""
        another = shipment_id != self.shipment_id
        self.shipment_id = shipment_id
        if shipment_id is None:
            self._reading.cancel()
            self._show([])
            return
        database = self.database

        def read() -> list[DocumentLine]:  # one round trip (app.queries.shipment_record)
            read = DocumentsRead(shipment_id)
            with database.read() as session:
                found = read.answer(session, fetch_together(session, *read.statements))
            return [
                DocumentLine(d.kind, d.status, d.reference, d.received_on, d.document_id, d.files)
                for d in found
            ]

        if another:
            self.setEnabled(False)
        self._reading.run(read, self._came, self._failed)

    def loading(self) -> bool:
        return self._reading.pending

    def _came(self, lines: list[DocumentLine]) -> None:
        self.setEnabled(True)
        self._show(lines)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(exc, ServiceError):
            raise exc
        show_error(self, exc)

    def _show(self, lines: list[DocumentLine]) -> None:
        shipment_id = self.shipment_id
        self._build([line.kind for line in lines])
        self._loading = True
        try:
            for line in lines:
                self.rows[line.kind].show(line)
        finally:
            self._loading = False
        self.empty.setVisible(shipment_id is None)
        self.error.show_reason(None)
        self._summarise()

    def missing(self) -> list[DocumentKind]:
        return [k for k, r in self.rows.items() if r.saved.status is DocumentStatus.MISSING]

    def _build(self, kinds: list[DocumentKind]) -> None:
        """Rebuild the grid only when the set of documents differs (sea vs air)."""
        if list(self.rows) == kinds:
            return
        for row in self.rows.values():
            for widget in (row.name, row.status, row.number, row.received, row.files):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        for number, kind in enumerate(kinds):
            row = _Row(self.database, kind)
            self.rows[kind] = row
            self.grid.addWidget(row.name, number, 0)
            self.grid.addWidget(row.status, number, 1)
            self.grid.addWidget(row.number, number, 2)
            self.grid.addWidget(row.received, number, 3)
            self.grid.addWidget(row.files, number, 4)
            row.files.changed.connect(self._files_changed)
            row.status.currentIndexChanged.connect(lambda _i, r=row: self._status_chosen(r))
            row.number.editingFinished.connect(lambda r=row: self._number_typed(r))
            row.received.edit.editingFinished.connect(lambda r=row: self._date_typed(r))
            row.received.calendar.clicked.connect(lambda _d, r=row: self._date_typed(r))

    def _summarise(self) -> None:
        if self.shipment_id is None:
            self.summary.setText("")
            return
        missing = len(self.missing())
        if missing:
            text = self.tr("%n of {total} missing", "", missing).format(total=len(self.rows))
            count = f"<b style='color:#a93226'>{escape(text)}</b>"
        else:
            count = f"<b style='color:#1e7b45'>{escape(self.tr('Nothing missing'))}</b>"
        note = escape(shown(SAVED_NOTE))
        self.summary.setText(f"{count} · <span style='color:#666'>{note}</span>")

    def _files_changed(self) -> None:
        """A file attached or removed: a missing document may now be received."""
        if self.shipment_id is not None:
            self.load(self.shipment_id)
            self.changed.emit()

    # --- saving ----------------------------------------------------------------------------

    def _status_chosen(self, row: _Row) -> None:
        if self._loading:
            return
        status = row.current_status()
        if status is not row.saved.status:
            self._save(row, {"status": status.value})

    def _number_typed(self, row: _Row) -> None:
        if not self._loading and row.number.text().strip() != row.saved.reference:
            self._save(row, {"reference": row.number.text().strip()}, row.number)

    def _date_typed(self, row: _Row) -> None:
        saved = row.saved.received_on.isoformat() if row.saved.received_on else ""
        if not self._loading and row.received.text().strip() != saved:
            self._save(row, {"received_on": row.received.text().strip()}, row.received.edit)

    def _save(self, row: _Row, values: dict[str, str], field: QLineEdit | None = None) -> None:
        if self.shipment_id is None:
            return
        database, shipment_id, kind, files = (
            self.database,
            self.shipment_id,
            row.kind,
            row.saved.files,
        )

        def write() -> DocumentLine:  # off the UI thread; the window paints meanwhile
            with database.transaction() as session:
                document = set_document(session, shipment_id, kind, values)
                return DocumentLine(
                    document.kind,
                    document.status,
                    document.reference or "",
                    document.received_on,
                    document.id,
                    files,
                )

        try:
            line = wait_off_ui_thread(write)
        except ValidationError as exc:
            reason = "; ".join(shown(e.message) for e in exc.errors)
            if field is not None:
                field.setStyleSheet(INVALID_STYLE)
                field.setToolTip(reason)
            self.error.show_reason(
                self.tr("{document} not saved: {reason}").format(
                    document=shown(label(row.kind)), reason=reason
                )
            )
            return
        except ServiceError as exc:
            show_error(self, exc, self.tr("Document not saved"))
            self.load(self.shipment_id)
            return
        self._loading = True
        try:
            row.show(line)
        finally:
            self._loading = False
        self.error.show_reason(None)
        self._summarise()
        self.changed.emit()
