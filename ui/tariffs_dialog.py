"""File > Tariffs…: the China duty and VAT rows (HS code as printed, origin country, duty
with its scheme, VAT, validity, source, notes), one added (Add tariff…, validated by field),
one deleted, and a Find box that says which row applies today to an HS code from an
origin (app.services.tariffs.tariff_for: the longest HS prefix wins) or why none does.

A banner at the top says what the rows are: the user's own reading of the tariff (the
demo's are examples), to be checked against China's current customs tariff before anyone
relies on them. Reads run off the UI thread; a read-only database turns the editing
buttons off with the reason.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.messages import translate
from app.queries.tariffs import hs_shown, tariff_row, tariff_rows
from app.rules import countries, parsing
from app.services.tariffs import add_tariff, delete_tariff, parse_hs_code, tariff_for
from app.store.database import Database
from models import TariffScheme
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.i18n import day, error_text, shown
from ui.read_only import banner_text
from ui.service_form import FieldDialog, LatestRead, cell, number_shown
from ui.widgets import DateField, choice_combo, country_combo

SHOWN_LIMIT = 500
BANNER_STYLE = (
    "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; "
    "border-radius: 3px; padding: 6px 10px; }"
)
CLI_HINT = ": add one with `"
"""Where tariff_for's refusal turns to the command line; the window says Add tariff… instead."""


SCHEMES = {
    TariffScheme.MFN.value: translate("TariffsDialog", "MFN"),
    TariffScheme.FTA.value: translate("TariffsDialog", "FTA"),
    TariffScheme.PROVISIONAL.value: translate("TariffsDialog", "provisional"),
}
"""A duty's scheme as the tariff names it (English; shown() translates)."""


def scheme_names() -> dict[str, str]:
    return {value: shown(text) for value, text in SCHEMES.items()}


def percent(text: str) -> str:
    return f"{number_shown(text)}%"


def day_shown(text: str | None) -> str:
    """A stored ISO date ('2025-01-01') in the locale's short form; '' for none."""
    return day(date.fromisoformat(text)) if text else ""


class AddTariffDialog(FieldDialog):
    """HS code, origin, duty % with its scheme, VAT %, validity, source and notes, checked
    by add_tariff."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, self.tr("Add tariff row"), parent)
        self.hs_code = QLineEdit(placeholderText=self.tr("6 to 10 digits, e.g. 0804.40"))
        self.origin = country_combo()
        self.duty_rate = QLineEdit(placeholderText=self.tr("percent, e.g. 7"))
        self.scheme = choice_combo(list(scheme_names().items()), allow_empty=False)
        self.vat_rate = QLineEdit("9")
        self.valid_from = DateField()
        self.valid_from.set_date(date.today())
        self.valid_until = DateField()
        self.valid_until.edit.setPlaceholderText(self.tr("until further notice"))
        self.source = QLineEdit(placeholderText=self.tr("e.g. Customs Tariff of the PRC 2026"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        for field, text, widget in (
            ("hs_code", self.tr("HS code"), self.hs_code),
            ("origin", self.tr("Origin"), self.origin),
            ("duty_rate", self.tr("Duty %"), self.duty_rate),
            ("scheme", self.tr("Scheme"), self.scheme),
            ("vat_rate", self.tr("VAT %"), self.vat_rate),
            ("valid_from", self.tr("Valid from"), self.valid_from),
            ("valid_until", self.tr("Valid until"), self.valid_until),
            ("source", self.tr("Source"), self.source),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.add_row(field, text, widget)
        self.finish()
        self.hs_code.setFocus()

    def data(self) -> dict[str, Any]:
        return {
            "hs_code": self.hs_code.text(),
            "origin": self.origin.value(),
            "duty_rate": self.duty_rate.text(),
            "scheme": self.scheme.value(),
            "vat_rate": self.vat_rate.text(),
            "valid_from": self.valid_from.text(),
            "valid_until": self.valid_until.text(),
            "source": self.source.text(),
            "notes": self.notes.toPlainText(),
        }

    def store(self, session: Session, data: dict[str, Any]) -> str:
        row = add_tariff(session, data)
        return self.tr("{hs} from {origin}: duty {duty}%, VAT {vat}% stored").format(
            hs=hs_shown(row.hs_code),
            origin=shown(countries.name(row.origin)),
            duty=number_shown(str(row.duty_rate.normalize())),
            vat=number_shown(str(row.vat_rate.normalize())),
        )


class TariffsDialog(QDialog):
    """The banner, the Find box, the rows, Add tariff… and Delete."""

    HEADERS = (
        translate("TariffsDialog", "HS code"),
        translate("TariffsDialog", "Origin"),
        translate("TariffsDialog", "Duty"),
        translate("TariffsDialog", "Scheme"),
        translate("TariffsDialog", "VAT"),
        translate("TariffsDialog", "Valid from"),
        translate("TariffsDialog", "Valid until"),
        translate("TariffsDialog", "Source"),
        translate("TariffsDialog", "Notes"),
    )

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.rows: list[dict[str, Any]] = []
        self.reads = LatestRead(self, lambda exc: show_error(self, exc))
        self.finds = LatestRead(self, self._not_found)
        self.sought: tuple[str, str, date] = ("", "", date.today())
        """The HS code, origin and day last looked up (what a refusal names)."""
        self.setWindowTitle(self.tr("China import tariffs"))
        self.resize(1080, 600)
        self.banner = QLabel(
            self.tr(
                "<b>These rows are your own.</b> The demo's rows are examples. Duty and VAT "
                "rates change: check every row against the current Customs Tariff of the "
                "People's Republic of China (and the FTA's certificate-of-origin rules) "
                "before relying on a landed cost."
            )
        )
        self.banner.setObjectName("tariff-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.find_hs = QLineEdit(placeholderText=self.tr("HS code, e.g. 0804.40"))
        self.find_origin = country_combo()
        edit = self.find_origin.lineEdit()
        if edit is not None:  # always: the combo is editable
            edit.setPlaceholderText(self.tr("origin"))
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.clicked.connect(self.find_tariff)
        self.find_hs.returnPressed.connect(self.find_tariff)
        self.found = QLabel()
        self.found.setWordWrap(True)
        finder = QHBoxLayout()
        finder.addWidget(QLabel(self.tr("Which row applies today to")))
        finder.addWidget(self.find_hs, 1)
        finder.addWidget(QLabel(self.tr("from")))
        finder.addWidget(self.find_origin, 1)
        finder.addWidget(self.find_button)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([shown(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long note is cut with "…"; its tooltip holds it all
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add tariff…"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(finder)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.read_only_reason = read_only_reason
        if read_only_reason is not None:
            for button in (self.add_button, self.delete_button):
                button.setEnabled(False)
                button.setToolTip(banner_text(read_only_reason))
        self.reload()

    @property
    def loading(self) -> bool:
        return self.reads.loading or self.finds.loading

    def done(self, result: int) -> None:
        self.reads.closed = self.finds.closed = True
        super().done(result)

    # --- the table -------------------------------------------------------------------------

    def reload(self) -> None:
        database = self.database

        def work() -> list[dict[str, Any]]:
            with database.read() as session:
                return tariff_rows(session, limit=SHOWN_LIMIT)

        self.count_label.setText(self.tr("Loading…"))
        self.reads.run(work, self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        schemes = scheme_names()
        self.table.selectionModel().clear()  # no row re-chosen when the current one goes
        self.table.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            notes = (row["notes"] or "").replace("\n", " ")
            items = (
                cell(row["hs_shown"]),
                cell(shown(row["origin_name"]), tip=row["origin"]),
                cell(percent(row["duty_rate"]), right=True),
                cell(schemes.get(row["scheme"], row["scheme"])),
                cell(percent(row["vat_rate"]), right=True),
                cell(day_shown(row["valid_from"])),
                cell(day_shown(row["valid_until"])),
                cell(row["source"] or ""),
                cell(notes, tip=row["notes"]),
            )
            for column, item in enumerate(items):
                self.table.setItem(row_number, column, item)
        text = self.tr("%n tariff row(s)", "", len(rows))
        if len(rows) >= SHOWN_LIMIT:
            text = self.tr("The first %n tariff rows", "", len(rows))
        self.count_label.setText(text)
        self._selected()

    def chosen(self) -> dict[str, Any] | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        number = rows.pop()
        return self.rows[number] if number < len(self.rows) else None

    def _selected(self) -> None:
        self.delete_button.setEnabled(self.read_only_reason is None and self.chosen() is not None)

    # --- find ------------------------------------------------------------------------------

    def find_tariff(self) -> None:
        database, code, origin = self.database, self.find_hs.text(), self.find_origin.value()
        today = date.today()
        self.sought = (code, origin, today)

        def work() -> dict[str, Any]:
            with database.read() as session:
                return tariff_row(tariff_for(session, code, origin, on=today))

        self.found.setText(self.tr("Looking up…"))
        self.finds.run(work, self._found)

    def _found(self, result: dict[str, Any]) -> None:
        row = result
        schemes = scheme_names()
        self.found.setText(
            self.tr(
                "Applies today: {hs} from {origin}, duty {duty} ({scheme}), VAT {vat}, "
                "valid from {start}{until}"
            ).format(
                hs=row["hs_shown"],
                origin=shown(row["origin_name"]),
                duty=percent(row["duty_rate"]),
                scheme=schemes.get(row["scheme"], row["scheme"]),
                vat=percent(row["vat_rate"]),
                start=day_shown(row["valid_from"]),
                until=(
                    self.tr(" until {day}").format(day=day_shown(row["valid_until"]))
                    if row["valid_until"]
                    else ""
                ),
            )
        )
        for row_number, listed in enumerate(self.rows):
            if listed["id"] == result["id"]:
                self.table.selectRow(row_number)
                self.table.scrollTo(self.table.model().index(row_number, 0))

    def _not_found(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            self.found.setText("")
            show_error(self, exc)
            return
        if CLI_HINT in str(exc):  # the command line's advice; the window has its own
            code, origin, on = self.sought
            self.found.setText(
                self.tr(
                    "No tariff for HS code {code} from {origin} on {day}: add one with Add tariff…"
                ).format(
                    code=parse_hs_code(code), origin=parsing.parse_country(origin), day=day(on)
                )
            )
            return
        text = error_text(exc)
        self.found.setText(text[:1].upper() + text[1:])

    # --- changes ---------------------------------------------------------------------------

    def add(self) -> None:
        dialog = AddTariffDialog(self.database, self)
        if dialog.exec() and dialog.stored:
            self.message.setText(dialog.stored)
            self.reload()
        dialog.deleteLater()

    def delete(self) -> None:
        row = self.chosen()
        if row is None or self.read_only_reason is not None:
            return
        what = self.tr("{hs} from {origin}, valid from {start}").format(
            hs=row["hs_shown"], origin=shown(row["origin_name"]), start=day_shown(row["valid_from"])
        )
        answer = QMessageBox.question(
            self, self.tr("Delete tariff row"), self.tr("Delete the row {what}?").format(what=what)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, row_id = self.database, row["id"]

        def write() -> None:  # off the UI thread; the window paints meanwhile
            with database.transaction() as session:
                delete_tariff(session, row_id)

        self.delete_button.setEnabled(False)
        try:
            wait_off_ui_thread(write)
        except Exception as exc:  # a refusal of the database: one line, nothing deleted
            show_error(self, exc)
            return
        finally:
            self._selected()
        self.message.setText(self.tr("Deleted {what}").format(what=what))
        self.reload()
