"""The rows behind one of Home's compliance counts (expired, suspended, due within N
days): supplier, kind, number, site, valid until, days left, status. Read off the UI
thread (app.queries.compliance_alerts.alert_rows); a double-click or Enter opens the
supplier, whose Compliance tab holds the row.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.messages import translate
from app.queries.compliance import ComplianceRow
from app.queries.compliance_alerts import AlertKind, AlertList, alert_rows
from app.rules.vocabulary import label
from app.store.database import Database
from ui.errors import show_error
from ui.forms.supplier_certifications import (
    CertificationsModel,
    ColumnSpec,
    days_left_text,
    status_text,
)
from ui.i18n import day, number, shown
from ui.worker import run_in_background


def _read(database: Database, today: date, kind: AlertKind, days: int | None) -> AlertList:
    with database.read() as session:
        return alert_rows(session, today, kind, days)


# The headers are shown by CertificationsModel.headerData, in its context.
ALERT_COLUMNS: list[ColumnSpec] = [
    (translate("CertificationsPanel", "Supplier"), lambda r: r.supplier),
    (translate("CertificationsPanel", "Kind"), lambda r: shown(label(r.kind))),
    (translate("CertificationsPanel", "Number"), lambda r: r.number or ""),
    (translate("CertificationsPanel", "Site"), lambda r: r.site or ""),
    (translate("CertificationsPanel", "Valid until"), lambda r: _day(r.valid_until)),
    (translate("CertificationsPanel", "Days left"), days_left_text),
    (translate("CertificationsPanel", "Status"), status_text),
]


def _day(value: date | None) -> str:
    return day(value) if value else ""


class ComplianceListDialog(QDialog):
    """One count's rows; `open_requested('supplier', id)` on a double-click or Enter."""

    open_requested = Signal(str, int)

    def __init__(
        self,
        database: Database,
        today: date,
        kind: AlertKind,
        days: int | None,
        window: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.days = days
        self.reading = True
        self.alerts: AlertList | None = None
        self.setWindowTitle(self.title())
        self.model = CertificationsModel(ALERT_COLUMNS)
        self.model.window = window
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        hint = QLabel(self.tr("Double-click a row to open its supplier."))
        hint.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.table.activated.connect(self._open)
        self.resize(900, 480)
        run_in_background(lambda: _read(database, today, kind, days), self._read, self._read_failed)

    def title(self) -> str:
        if self.kind == "expired":
            return self.tr("Registrations and certificates expired")
        if self.kind == "suspended":
            return self.tr("Registrations and certificates suspended")
        days = self.days or 0
        text = self.tr("Registrations and certificates due within %n day(s)", "", days)
        return text

    def _read(self, alerts: AlertList) -> None:
        if not shiboken6.isValid(self):
            return
        self.reading = False
        self.alerts = alerts
        self.model.set_rows(alerts.rows)
        text = self.tr("%Ln row(s)", "", alerts.total)
        if alerts.total > len(alerts.rows):
            text = self.tr("{rows} (the first {shown} shown)").format(
                rows=text, shown=number(len(alerts.rows))
            )
        self.summary.setText(text)

    def _read_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.reading = False
        self.summary.setText(self.tr("The rows could not be read."))
        show_error(self, exc)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.rows):
            row: ComplianceRow = self.model.rows[index.row()]
            self.open_requested.emit("supplier", row.supplier_id)
