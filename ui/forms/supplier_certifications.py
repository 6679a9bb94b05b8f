"""The supplier's registrations and certificates (GACC, SAG CSG/CSP, SENASICA, SENASA,
GlobalG.A.P., HACCP…): any number of each kind, each for a site, a season and the
products it covers, with its days left and its state (derived from the dates unless set
by hand) in colour: expired or suspended red, due within the window amber.

Its state at a glance leads the tab ("2 active registrations · 1 certificate expired
(GlobalG.A.P., 12 days ago)"); Add…, Edit… and Delete go through
app.services.compliance, and the files of the row chosen show under the list
(ui.attachments). Every read and write runs off the UI thread; a newer read supersedes
an older one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.messages import translate
from app.queries.compliance import ComplianceRow
from app.queries.compliance_alerts import (
    DEFAULT_WINDOW,
    Glance,
    RowDetail,
    SupplierCompliance,
    is_due,
    is_lapsed,
)
from app.rules.vocabulary import label
from app.store.database import Database
from models import Certification
from models.enums import ComplianceStatus, SiteKind
from ui.errors import show_error
from ui.forms.supplier_panel_base import FieldMarks, SupplierPanel
from ui.i18n import number as locale_number
from ui.i18n import shown
from ui.widgets import DateField, ErrorLabel, choice_combo
from ui.worker import run_in_background

LAPSED_BACKGROUND = QColor("#fde3e1")
LAPSED_FOREGROUND = QColor("#a5281b")
DUE_BACKGROUND = QColor("#fff1cc")
DUE_FOREGROUND = QColor("#7a5200")
PRODUCT_CHOICES = 500


def when_text(row: ComplianceRow) -> str:
    """'12 days ago', 'today', 'in 21 days' (the days left of a row, in words)."""
    if row.days_left is None:
        return ""
    if row.days_left < 0:
        ago = -row.days_left  # a plain name: lupdate drops a count written as an expression
        return QCoreApplication.translate("CertificationsPanel", "%n day(s) ago", "", ago)
    if row.days_left == 0:
        return QCoreApplication.translate("CertificationsPanel", "today")
    return QCoreApplication.translate("CertificationsPanel", "in %n day(s)", "", row.days_left)


def days_left_text(row: ComplianceRow) -> str:
    return "" if row.days_left is None else locale_number(row.days_left)


def status_text(row: ComplianceRow) -> str:
    text = shown(label(row.status))
    if row.status_by_hand:
        return QCoreApplication.translate("CertificationsPanel", "{status} (by hand)").format(
            status=text
        )
    return text


def products_text(row: ComplianceRow) -> str:
    if row.products:
        return ", ".join(row.products)
    return QCoreApplication.translate("CertificationsPanel", "whole range")


def _named(rows: Sequence[ComplianceRow], shown_rows: int = 2) -> str:
    """'GlobalG.A.P., 12 days ago; HACCP, 3 days ago' (+ how many more)."""
    parts = [
        QCoreApplication.translate("CertificationsPanel", "{kind}, {when}").format(
            kind=shown(label(r.kind)), when=when_text(r)
        )
        if r.days_left is not None
        else shown(label(r.kind))
        for r in rows[:shown_rows]
    ]
    more = len(rows) - shown_rows
    if more > 0:
        parts.append(QCoreApplication.translate("CertificationsPanel", "+%n more", "", more))
    return "; ".join(parts)


def _which(count: str, which: str) -> str:
    """'1 certificate expired (GlobalG.A.P., 12 days ago)': a count and what it counts."""
    return QCoreApplication.translate("CertificationsPanel", "{count} ({which})").format(
        count=count, which=which
    )


def _coloured(colour: str, text: str) -> str:
    return f"<span style='color:{colour}'>{escape(text)}</span>"


def glance_text(glance: Glance, window: int, rows: int) -> str:
    """'2 active registrations · 1 certificate expired (GlobalG.A.P., 12 days ago)'."""
    if rows == 0:
        return escape(
            QCoreApplication.translate(
                "CertificationsPanel",
                "No registration or certificate recorded: none lets this supplier ship to China.",
            )
        )
    parts: list[str] = []
    # counts as plain names: lupdate drops a translate() whose count is an expression
    registrations, certificates = glance.active_registrations, glance.active_certificates
    expired_registrations = [r for r in glance.expired if r.is_registration]
    expired_certificates = [r for r in glance.expired if not r.is_registration]
    lapsed, lapsed_certificates = len(expired_registrations), len(expired_certificates)
    suspended, due, pending = len(glance.suspended), len(glance.due), glance.pending
    if registrations:
        parts.append(
            QCoreApplication.translate(
                "CertificationsPanel", "%n active registration(s)", "", registrations
            )
        )
    else:
        none = QCoreApplication.translate("CertificationsPanel", "no active registration")
        parts.append(f"<b style='color:#a5281b'>{escape(none)}</b>")
    if certificates:
        parts.append(
            QCoreApplication.translate(
                "CertificationsPanel", "%n active certificate(s)", "", certificates
            )
        )
    red, amber = "#a5281b", "#7a5200"
    if expired_registrations:
        text = QCoreApplication.translate(
            "CertificationsPanel", "%n registration(s) expired", "", lapsed
        )
        parts.append(_coloured(red, _which(text, _named(expired_registrations))))
    if expired_certificates:
        text = QCoreApplication.translate(
            "CertificationsPanel", "%n certificate(s) expired", "", lapsed_certificates
        )
        parts.append(_coloured(red, _which(text, _named(expired_certificates))))
    if glance.suspended:
        text = QCoreApplication.translate("CertificationsPanel", "%n suspended", "", suspended)
        names = ", ".join(
            " ".join(filter(None, (shown(label(r.kind)), r.number))) for r in glance.suspended
        )
        parts.append(_coloured(red, _which(text, names)))
    if glance.due:
        text = QCoreApplication.translate(
            "CertificationsPanel", "%n due within {days} days", "", due
        ).format(days=window)
        parts.append(_coloured(amber, _which(text, _named(glance.due))))
    if pending:
        parts.append(QCoreApplication.translate("CertificationsPanel", "%n pending", "", pending))
    return " · ".join(parts)


ModelIndex = QModelIndex | QPersistentModelIndex

ColumnSpec = tuple[str, Callable[[ComplianceRow], str]]

COLUMNS: list[ColumnSpec] = [
    (translate("CertificationsPanel", "Kind"), lambda r: shown(label(r.kind))),
    (translate("CertificationsPanel", "Number"), lambda r: r.number or ""),
    (translate("CertificationsPanel", "Site"), lambda r: r.site or ""),
    (translate("CertificationsPanel", "Season"), lambda r: r.season or ""),
    (translate("CertificationsPanel", "Products"), products_text),
    (
        translate("CertificationsPanel", "Valid until"),
        lambda r: r.valid_until.isoformat() if r.valid_until else "",
    ),
    (translate("CertificationsPanel", "Days left"), days_left_text),
    (translate("CertificationsPanel", "Status"), status_text),
]
"""(header, value): the headers are English keys, shown in the window's language."""


class CertificationsModel(QAbstractTableModel):
    """The rows, tinted: expired or suspended red, due within the window amber."""

    def __init__(self, columns: Sequence[ColumnSpec] = COLUMNS) -> None:
        super().__init__()
        self.columns = list(columns)
        self.window = DEFAULT_WINDOW
        self.rows: list[ComplianceRow] = []
        headers = [header for header, _value in self.columns]
        self.days_left_column = headers.index("Days left") if "Days left" in headers else -1
        self.dated = {i for i, h in enumerate(headers) if h in ("Valid until", "Days left")}

    def set_rows(self, rows: Sequence[ComplianceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()][1](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() in self.dated:
                return when_text(row) or None
            text = self.columns[index.column()][1](row)
            return text if len(text) > 20 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.days_left_column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background = role == Qt.ItemDataRole.BackgroundRole
            if is_lapsed(row):
                return QBrush(LAPSED_BACKGROUND if background else LAPSED_FOREGROUND)
            if is_due(row, self.window):
                return QBrush(DUE_BACKGROUND if background else DUE_FOREGROUND)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return shown(self.columns[section][0])
        return None


@dataclass(frozen=True)
class Loaded:
    compliance: SupplierCompliance
    products: list[str]


def _read(database: Database, supplier_id: int, today: date) -> Loaded:
    """Worker side: the supplier's rows and the product names the form offers."""
    from app.exporting.export_settings import load_export_settings
    from app.queries.certifications_tab import certifications_tab

    window = load_export_settings().compliance_window_days
    with database.read() as session:  # one round trip (app.queries.certifications_tab)
        compliance, products = certifications_tab(
            session, supplier_id, today, window, PRODUCT_CHOICES
        )
    return Loaded(compliance, products)


# --- the form of one row ----------------------------------------------------------------


class RegistrationDialog(QDialog):
    """Every field of one registration or certificate; OK saves it through the service
    (off the UI thread) and stays open on a refusal, the refused fields marked."""

    def __init__(
        self,
        database: Database,
        supplier_id: int,
        products: Sequence[str],
        row: ComplianceRow | None = None,
        detail: RowDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.supplier_id = supplier_id
        self.row = row
        self.detail = detail
        self.saving = False
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit registration or certificate")
            if row
            else self.tr("Add a registration or certificate")
        )
        self.kind = choice_combo([(c.value, label(c)) for c in Certification], allow_empty=False)
        self.number = QLineEdit(
            placeholderText=self.tr("GGN, CIFER, CSG/CSP code, certificate no.")
        )
        self.site_name = QLineEdit(placeholderText=self.tr("Packing Curicó, Planta 2…"))
        self.site_kind = choice_combo([(s.value, label(s)) for s in SiteKind])
        self.site_address = QLineEdit()
        self.season = QLineEdit(placeholderText="2026-27")
        self.issued_on = DateField()
        self.valid_until = DateField()
        self.status = QComboBox()
        self.status.addItem(self.tr("From the dates"), "")
        for status in ComplianceStatus:
            self.status.addItem(shown(label(status)), status.value)
        self.status.setToolTip(
            self.tr("Set by hand only when the authority says so (pending, suspended)")
        )
        self.products = QListWidget()
        self.products.setToolTip(self.tr("None ticked: the supplier's whole range"))
        self.products.setMaximumHeight(110)
        for name in products:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.products.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.marks = FieldMarks(
            {
                "kind": self.kind,
                "reference": self.number,
                "site_name": self.site_name,
                "site_kind": self.site_kind,
                "site_address": self.site_address,
                "season": self.season,
                "issued_on": self.issued_on,
                "valid_until": self.valid_until,
                "notes": self.notes,
            }
        )
        self.products_error = ErrorLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Site"), self.site_name)
        form.addRow(self.tr("Site kind"), self.site_kind)
        form.addRow(self.tr("Site address"), self.site_address)
        form.addRow(self.tr("Season"), self.season)
        form.addRow(self.tr("Issued on"), self.issued_on)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Products"), self.products)
        form.addRow("", self.products_error)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.marks.error)
        layout.addWidget(self.buttons)
        if row is not None:
            self._fill(row, detail)
        self.resize(480, self.sizeHint().height())

    def _fill(self, row: ComplianceRow, detail: RowDetail | None) -> None:
        self.kind.set_value(row.kind.value)
        self.number.setText(row.number or "")
        self.site_name.setText(row.site or "")
        self.season.setText(row.season or "")
        self.issued_on.set_date(row.issued_on)
        self.valid_until.set_date(row.valid_until)
        self.status.setCurrentIndex(
            max(0, self.status.findData(row.status.value)) if row.status_by_hand else 0
        )
        covered = set(row.products)
        for i in range(self.products.count()):
            item = self.products.item(i)
            if item.text() in covered:
                item.setCheckState(Qt.CheckState.Checked)
        if detail is not None:
            self.site_kind.set_value(detail.site_kind.value if detail.site_kind else "")
            self.site_address.setText(detail.site_address or "")
            self.notes.setPlainText(detail.notes or "")

    def values(self) -> dict[str, Any]:
        """What the service is given: every field (the products: the names ticked)."""
        ticked = [
            self.products.item(i).text()
            for i in range(self.products.count())
            if self.products.item(i).checkState() == Qt.CheckState.Checked
        ]
        return {
            "kind": self.kind.value(),
            "number": self.number.text(),
            "site_name": self.site_name.text(),
            "site_kind": self.site_kind.value(),
            "site_address": self.site_address.text(),
            "season": self.season.text(),
            "issued_on": self.issued_on.text(),
            "valid_until": self.valid_until.text(),
            "status": str(self.status.currentData() or ""),
            "notes": self.notes.toPlainText(),
            "products": ticked,
        }

    def save(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.buttons.setEnabled(False)
        database, supplier_id, data = self.database, self.supplier_id, self.values()
        row_id = None if self.row is None else self.row.id
        version = None if self.detail is None else self.detail.version
        run_in_background(
            lambda: _write(database, supplier_id, row_id, version, data),
            self._saved,
            self._refused,
        )

    def _saved(self, row_id: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.saving = False
        self.saved_id = row_id
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.marks.show(exc)
            products = [shown(e.text) for e in exc.errors if e.field == "products"]
            self.products_error.show_reason("; ".join(products) or None)
            return
        show_error(self, exc, self.tr("Not saved"))


def _write(
    database: Database,
    supplier_id: int,
    row_id: int | None,
    version: int | None,
    data: dict[str, Any],
) -> int:
    from app.services.compliance import add_registration, update_registration

    with database.transaction() as session:
        if row_id is None:
            return add_registration(session, supplier_id, data).id
        return update_registration(session, row_id, data, expected_version=version).id


def _delete(database: Database, row_id: int) -> None:
    from app.services.compliance import delete_registration

    with database.transaction() as session:
        delete_registration(session, row_id)


# --- the tab -------------------------------------------------------------------------------


def files_panel_for(database: Database) -> QWidget | None:
    """The files of the row chosen (ui.attachments), or None when that module is absent."""
    try:
        from ui.attachments import certification_files_panel
    except ImportError:
        return None
    return certification_files_panel(database, None)


class CertificationsPanel(SupplierPanel):
    tab_title = translate("SupplierPanels", "Compliance")

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.today: Callable[[], date] = date.today
        self.loaded: Loaded | None = None
        self.reading = False
        self._request = 0
        self._select_after: int | None = None
        self.glance = QLabel(self.tr("Loading…"))
        self.glance.setWordWrap(True)
        self.glance.setTextFormat(Qt.TextFormat.RichText)
        self.model = CertificationsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        self.files_heading = QLabel(self.tr("Files of the row chosen"))
        self.files_heading.setStyleSheet("font-weight: 600;")
        self.files = files_panel_for(database)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.files_heading)
        if self.files is not None:
            bottom_layout.addWidget(self.files, 1)
        else:
            # The place of the row's evidence files, until ui.attachments exists.
            self.files_heading.setText(self.tr("Files: not available in this version"))
        bottom.setMinimumHeight(60)  # squeezed rather than pushing the rows out of view
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.glance)
        layout.addWidget(self.splitter, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self._picked()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._size_once()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._size_once()

    def _size_once(self) -> None:
        """The first time it is seen: the rows get three fifths (four rows and the
        buttons in a usual window), the files the rest; the user's drag is kept after."""
        height = self.splitter.height()
        if not self._sized and self.isVisible() and height > 100:
            self._sized = True
            self.splitter.setSizes([height * 3 // 5, height - height * 3 // 5])

    # --- reading ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the supplier's rows again, off the UI thread (a newer read supersedes)."""
        self._request += 1
        request = self._request
        if self.supplier is None:
            self.reading = False
            self.loaded = None
            self.model.set_rows([])
            self.glance.setText("")
            self._picked()
            self.counted.emit()
            return
        self.reading = True
        database, supplier_id, today = self.database, self.supplier.id, self.today()
        if self.loaded is None or self.loaded.compliance.supplier_id != supplier_id:
            self.model.set_rows([])  # another supplier's rows never linger while loading
            self.glance.setText(self.tr("Loading…"))
        run_in_background(
            lambda: _read(database, supplier_id, today),
            lambda loaded: self._read(request, loaded),
            lambda exc: self._read_failed(request, exc),
        )

    def _read(self, request: int, loaded: Loaded) -> None:
        if request != self._request or not shiboken6.isValid(self):
            return
        self.reading = False
        chosen = self._chosen()
        self.loaded = loaded
        compliance = loaded.compliance
        self.model.window = compliance.window
        self.model.set_rows(compliance.rows)
        self.glance.setText(glance_text(compliance.glance, compliance.window, len(compliance.rows)))
        wanted = self._select_after or (chosen.id if chosen is not None else None)
        self._select_after = None
        if wanted is not None:
            self._select(wanted)
        self._picked()
        self.counted.emit()

    def _read_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request or not shiboken6.isValid(self):
            return
        self.reading = False
        self.glance.setText(self.tr("The registrations could not be read."))
        self.read_failed(exc)

    def count(self) -> int | None:
        return len(self.model.rows)

    # --- choosing and changing ---------------------------------------------------------------

    def _chosen(self) -> ComplianceRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def _select(self, row_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.id == row_id:
                self.table.selectRow(number)
                return

    def _picked(self) -> None:
        row = self._chosen()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.add_button.setEnabled(self.supplier is not None)
        if self.files is not None:
            show_owner = getattr(self.files, "show_owner", None)
            if show_owner is not None:
                show_owner(None if row is None else row.id)
            self.files.setEnabled(row is not None)
        if row is None:
            self.files_heading.setText(self.tr("Files: choose a row to see its evidence"))
        elif self.files is not None:
            self.files_heading.setText(self.tr("Files of {name}").format(name=self._row_name(row)))

    def _row_name(self, row: ComplianceRow) -> str:
        return " ".join(p for p in (shown(label(row.kind)), row.number or "") if p)

    def open_dialog(self, row: ComplianceRow | None) -> RegistrationDialog | None:
        """The form of a new row (None) or of `row`; shown, not waited for (tests use it)."""
        if self.supplier is None:
            return None
        products = self.loaded.products if self.loaded else []
        detail = None
        if row is not None and self.loaded is not None:
            detail = self.loaded.compliance.details.get(row.id)
        dialog = RegistrationDialog(self.database, self.supplier.id, products, row, detail, self)
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _dialog_saved(self, dialog: RegistrationDialog) -> None:
        self._select_after = dialog.saved_id
        self.changed.emit()
        self.load()

    def add(self) -> None:
        self.open_dialog(None)

    def edit(self) -> None:
        row = self._chosen()
        if row is not None:
            self.open_dialog(row)

    def delete(self) -> None:
        row = self._chosen()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete {name}?").format(name=self._row_name(row)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database = self.database
        run_in_background(lambda: _delete(database, row.id), self._deleted, self._delete_failed)

    def _deleted(self, _result: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.changed.emit()
        self.load()

    def _delete_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            show_error(self, exc, self.tr("Not deleted"))
