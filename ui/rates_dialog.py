"""File > Exchange rates…: the stored rates by date (newest first, filtered by pair), one
typed in (Add…), a file imported (a rates CSV or an ECB file) and the ECB's daily rates
downloaded (Update from ECB).

The table is read off the UI thread (ui.service_form.LatestRead: the newest filter's
answer is shown, older ones dropped), and so is a typed rate's save. The import and the
ECB update run off the UI thread (ui.worker), each in one transaction: a refused file or
an offline network changes nothing and says so in one line. When the database only
reads (ui.read_only), the three editing buttons are off with the reason.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.messages import translate
from app.queries.fx_rates import list_rates, rate_dict
from app.rules.vocabulary import label
from app.services import fx_ecb
from app.services.fx_rates import ImportedRates, add_rate, import_rates
from app.store.database import Database
from models import RateSource
from ui.errors import show_error
from ui.i18n import day, number, shown
from ui.read_only import banner_text
from ui.service_form import LatestRead
from ui.widgets import DateField, ErrorLabel, currency_combo
from ui.worker import run_in_background

SHOWN_LIMIT = 200
"""The newest rates the table lists (filter by pair to see a pair's older ones)."""
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_shown(text: str) -> str:
    """A stored rate ('7.1', '0.1408') with every decimal it has, in the locale's digits."""
    exponent = Decimal(text).as_tuple().exponent
    return number(Decimal(text), max(0, -exponent) if isinstance(exponent, int) else 4)


class AddRateDialog(QDialog):
    """Date, from, to and rate, checked by add_rate's FormSpec; a refused field's reason
    shows beside it and nothing is stored."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.added: str | None = None
        self.setWindowTitle(self.tr("Add exchange rate"))
        self.setMinimumWidth(380)
        self.day = DateField()
        self.day.set_date(date.today())
        self.from_currency = currency_combo()
        self.from_currency.set_value("USD")
        self.to_currency = currency_combo()
        self.to_currency.set_value("CNY")
        self.rate = QLineEdit(placeholderText=self.tr("units of To for one From, e.g. 7.10"))
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        for field, text, widget in (
            ("day", self.tr("Date"), self.day),
            ("from_currency", self.tr("From"), self.from_currency),
            ("to_currency", self.tr("To"), self.to_currency),
            ("rate", self.tr("Rate"), self.rate),
        ):
            error = self.errors[field] = ErrorLabel()
            cell = QWidget()
            row = QVBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget)
            row.addWidget(error)
            form.addRow(text, cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._saving = False
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.rate.setFocus()

    def data(self) -> dict[str, Any]:
        return {
            "day": self.day.text(),
            "from_currency": self.from_currency.value(),
            "to_currency": self.to_currency.value(),
            "rate": self.rate.text(),
        }

    @property
    def saving(self) -> bool:
        return self._saving

    def save(self) -> None:
        """Store the rate off the UI thread; the fields stay as typed while it runs and
        after a refusal."""
        if self._saving:
            return
        for error in self.errors.values():
            error.show_reason(None)
        database, data = self.database, self.data()

        def work() -> dict[str, str]:
            with database.transaction() as session:
                return rate_dict(add_rate(session, data).rate)

        self._set_saving(True)
        run_in_background(work, self._saved, self._refused)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not saving)
        self.status.setText(self.tr("Saving…") if saving else "")

    def _saved(self, stored: dict[str, str]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.added = self.tr("{day}: 1 {src} = {rate} {dst} stored").format(
            day=day(date.fromisoformat(stored["date"])),
            src=stored["from"],
            rate=rate_shown(stored["rate"]),
            dst=stored["to"],
        )
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            unplaced = [e for e in exc.errors if e.field not in self.errors]
            for e in exc.errors:
                if e.field in self.errors:
                    self.errors[e.field].show_reason(shown(e.message))
            if unplaced:
                show_error(self, ValidationError(unplaced))
            return
        show_error(self, exc)  # a refusal of the database: one line, nothing stored


class RatesDialog(QDialog):
    """The rates table with its filter, and the buttons that add, import and update."""

    HEADERS = (
        translate("RatesDialog", "Date"),
        translate("RatesDialog", "From"),
        translate("RatesDialog", "To"),
        translate("RatesDialog", "Rate"),
        translate("RatesDialog", "Source"),
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
        self.busy = False
        self.closed = False
        """Closed while a download or import ran: its answer has no table to go to."""
        self.reads = LatestRead(self, lambda exc: show_error(self, exc))
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(640, 520)
        self.filter_from = currency_combo()
        self.filter_to = currency_combo()
        for combo in (self.filter_from, self.filter_to):
            edit = combo.lineEdit()
            if edit is not None:  # always: the combo is editable
                edit.setPlaceholderText(self.tr("any"))
            combo.currentIndexChanged.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.filter_from)
        filters.addWidget(QLabel(self.tr("To")))
        filters.addWidget(self.filter_to)
        filters.addStretch(1)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([shown(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.update_button = QPushButton(self.tr("Update from ECB"))
        self.update_button.setToolTip(
            self.tr("Download the European Central Bank's reference rates of today (EUR-based)")
        )
        self.add_button.clicked.connect(self.add)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.update_button.clicked.connect(self.update_from_ecb)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.import_button, self.update_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.editing = (self.add_button, self.import_button, self.update_button)
        self.read_only_reason = read_only_reason
        if read_only_reason is not None:
            for button in self.editing:
                button.setEnabled(False)
                button.setToolTip(banner_text(read_only_reason))
        self.reload()

    # --- the table -------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def reload(self) -> None:
        """One query off the UI thread, the newest SHOWN_LIMIT rates of the pair chosen
        (or of all); a newer choice's answer replaces an older one still on its way."""
        database = self.database
        from_currency = self.filter_from.value() or None
        to_currency = self.filter_to.value() or None

        def work() -> list[dict[str, str]]:
            with database.read() as session:
                return [
                    rate_dict(r)
                    for r in list_rates(
                        session,
                        from_currency=from_currency,
                        to_currency=to_currency,
                        limit=SHOWN_LIMIT,
                    )
                ]

        self.count_label.setText(self.tr("Loading…"))
        self.reads.run(work, self._show)

    def _show(self, rows: list[dict[str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            texts = (
                day(date.fromisoformat(row["date"])),
                row["from"],
                row["to"],
                rate_shown(row["rate"]),
                shown(label(RateSource(row["source"]))),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row_number, column, item)
        if len(rows) >= SHOWN_LIMIT:
            self.count_label.setText(
                self.tr("The newest %n rates: choose a pair to see its older ones", "", len(rows))
            )
        else:
            self.count_label.setText(self.tr("%n rate(s)", "", len(rows)))

    # --- changes ---------------------------------------------------------------------------

    def add(self) -> None:
        dialog = AddRateDialog(self.database, self)
        if dialog.exec() and dialog.added:
            self.message.setText(dialog.added)
            self.reload()
        dialog.deleteLater()

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            files = ";;".join(
                (
                    self.tr("Rates files ({patterns})").format(patterns="*.csv *.xml"),
                    self.tr("All files ({patterns})").format(patterns="*"),
                )
            )
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import exchange rates"), "", files)
            if not name:
                return
            path = Path(name)
        database, chosen = self.database, path

        def work() -> ImportedRates:
            with database.transaction(large=True) as session:
                return import_rates(session, chosen)

        self._start(self.tr("Importing {name}…").format(name=path.name), work, path.name)

    def update_from_ecb(self) -> None:
        database = self.database

        def work() -> ImportedRates:
            text = fx_ecb.download_daily()  # before the transaction: the network holds no lock
            with database.transaction() as session:
                return fx_ecb.store_daily(session, text)

        self._start(self.tr("Downloading the ECB's rates…"), work, "ECB")

    def _start(self, doing: str, work: Any, name: str) -> None:
        self.busy = True
        for button in self.editing:
            button.setEnabled(False)
        self.message.setText(doing)
        run_in_background(work, lambda result: self._done(result, name), self._failed)

    def done(self, result: int) -> None:
        self.closed = self.reads.closed = True
        super().done(result)

    def _finish(self) -> None:
        self.busy = False
        if self.read_only_reason is None:
            for button in self.editing:
                button.setEnabled(True)

    def _done(self, result: ImportedRates, name: str) -> None:
        if self.closed:
            return
        self._finish()
        self.message.setText(shown(result.summary(name)))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        self._finish()
        self.message.setText("")
        show_error(self, exc)
