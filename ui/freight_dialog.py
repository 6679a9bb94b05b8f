"""File > Freight and charges…: the freight routes (from -> to, mode, cost with its
currency and basis, payload, insurance rate and cover, valid from), the charges of the
route chosen, and the port charges (tied to a port rather than a route); a route or a
charge added (validated by field by app.services.freight) or deleted, each in one
transaction.

A charge's kind is one of its side's (models.freight.KINDS_BY_SIDE): the Kind list follows
the Side chosen. Reads run off the UI thread; a read-only database turns the editing
buttons off with the reason.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.messages import translate
from app.queries.freight import freight_overview
from app.rules.vocabulary import label
from app.services.freight import add_charge, add_route, delete_charge, delete_route
from app.store.database import Database
from models import ChargeBasis, ChargeSide, FreightBasis, ShipmentMode
from models.freight import DEFAULT_COVER, KINDS_BY_SIDE, ChargeKind
from ui.background_wait import wait_off_ui_thread
from ui.errors import show_error
from ui.i18n import day, number, shown
from ui.read_only import banner_text
from ui.service_form import FieldDialog, LatestRead, cell, number_shown
from ui.widgets import DateField, choice_combo, currency_combo

SHOWN_LIMIT = 500


def route_name(route: dict[str, Any]) -> str:
    return f"{route['origin_port']} → {route['destination_port']}"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _chosen_row(table: QTableWidget, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    selected = {index.row() for index in table.selectionModel().selectedRows()}
    if len(selected) != 1:
        return None
    number = selected.pop()
    return rows[number] if number < len(rows) else None


class AddRouteDialog(FieldDialog):
    """Ports, mode, freight cost with currency and basis, payload, insurance and cover,
    valid from and notes, checked by add_route."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, self.tr("Add freight route"), parent)
        self.origin_port = QLineEdit(placeholderText=self.tr("e.g. Manzanillo"))
        self.destination_port = QLineEdit(placeholderText=self.tr("e.g. Shanghai"))
        modes = [(m.value, shown(label(m))) for m in ShipmentMode]
        self.mode = choice_combo(modes, allow_empty=False)
        self.cost = QLineEdit(placeholderText=self.tr("e.g. 5200"))
        self.currency = currency_combo()
        self.currency.set_value("USD")
        self.per = choice_combo(
            [(FreightBasis.CONTAINER.value, self.tr("per container")),
             (FreightBasis.KG.value, self.tr("per kg"))],
            allow_empty=False,
        )  # fmt: skip
        self.payload_kg = QLineEdit(placeholderText=self.tr("kg one container carries"))
        self.insurance_rate = QLineEdit(placeholderText=self.tr("percent, e.g. 0.3"))
        self.cover = QLineEdit(str(DEFAULT_COVER))
        self.valid_from = DateField()
        self.valid_from.set_date(date.today())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        for field, text, widget in (
            ("origin_port", self.tr("From port"), self.origin_port),
            ("destination_port", self.tr("To port"), self.destination_port),
            ("mode", self.tr("Mode"), self.mode),
            ("cost", self.tr("Freight cost"), self.cost),
            ("currency", self.tr("Currency"), self.currency),
            ("per", self.tr("Per"), self.per),
            ("payload_kg", self.tr("Payload kg"), self.payload_kg),
            ("insurance_rate", self.tr("Insurance %"), self.insurance_rate),
            ("cover", self.tr("Cover %"), self.cover),
            ("valid_from", self.tr("Valid from"), self.valid_from),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.add_row(field, text, widget)
        self.finish()
        self.origin_port.setFocus()

    def data(self) -> dict[str, Any]:
        return {
            "origin_port": self.origin_port.text(),
            "destination_port": self.destination_port.text(),
            "mode": self.mode.value(),
            "cost": self.cost.text(),
            "currency": self.currency.value(),
            "per": self.per.value(),
            "payload_kg": self.payload_kg.text(),
            "insurance_rate": self.insurance_rate.text(),
            "cover": self.cover.text(),
            "valid_from": self.valid_from.text(),
            "notes": self.notes.toPlainText(),
        }

    def store(self, session: Session, data: dict[str, Any]) -> str:
        route = add_route(session, data)
        return self.tr("Route {ports} ({mode}) stored").format(
            ports=f"{route.origin_port} → {route.destination_port}", mode=shown(label(route.mode))
        )


class AddChargeDialog(FieldDialog):
    """A charge for the route chosen in the list or at a port: side, kind (of that side),
    amount, currency and basis, checked by add_charge."""

    def __init__(
        self,
        database: Database,
        route: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, self.tr("Add charge"), parent)
        self.route = route
        self.for_route = QRadioButton(
            self.tr("Route {name}").format(name=route_name(route))
            if route
            else self.tr("Route (choose one in the list first)")
        )
        self.for_route.setEnabled(route is not None)
        self.for_port = QRadioButton(self.tr("Port"))
        self.port = QLineEdit(placeholderText=self.tr("e.g. Shanghai"))
        group = QButtonGroup(self)
        group.addButton(self.for_route)
        group.addButton(self.for_port)
        (self.for_route if route is not None else self.for_port).setChecked(True)
        where = QWidget()
        where_layout = QVBoxLayout(where)
        where_layout.setContentsMargins(0, 0, 0, 0)
        where_layout.addWidget(self.for_route)
        port_line = QHBoxLayout()
        port_line.addWidget(self.for_port)
        port_line.addWidget(self.port, 1)
        where_layout.addLayout(port_line)
        self.port.textEdited.connect(lambda _text: self.for_port.setChecked(True))
        self.side = choice_combo(
            [(side.value, shown(label(side))) for side in ChargeSide], allow_empty=False
        )
        self.kind = choice_combo([], allow_empty=False)
        self.side.currentIndexChanged.connect(self._kinds)
        self.amount = QLineEdit(placeholderText=self.tr("e.g. 350"))
        self.currency = currency_combo()
        self.currency.set_value("USD")
        self.per = choice_combo(
            [(ChargeBasis.CONTAINER.value, self.tr("per container")),
             (ChargeBasis.KG.value, self.tr("per kg")),
             (ChargeBasis.SHIPMENT.value, self.tr("per shipment"))],
            allow_empty=False,
        )  # fmt: skip
        self.add_row("route_id", self.tr("For"), where, also=("port",))
        for field, text, widget in (
            ("side", self.tr("Side"), self.side),
            ("kind", self.tr("Kind"), self.kind),
            ("amount", self.tr("Amount"), self.amount),
            ("currency", self.tr("Currency"), self.currency),
            ("per", self.tr("Per"), self.per),
        ):
            self.add_row(field, text, widget)
        self.finish()
        self._kinds()
        self.amount.setFocus()

    def _kinds(self) -> None:
        """The Kind list holds the kinds of the side chosen."""
        side = ChargeSide(self.side.value() or ChargeSide.ORIGIN.value)
        self.kind.clear()
        for kind in KINDS_BY_SIDE[side]:
            self.kind.add_choice(shown(label(kind)), kind.value)
        self.kind.fit_popup()

    def data(self) -> dict[str, Any]:
        on_route = self.for_route.isChecked() and self.route is not None
        return {
            "route_id": self.route["id"] if on_route and self.route else None,
            "port": None if on_route else self.port.text(),
            "side": self.side.value(),
            "kind": self.kind.value(),
            "amount": self.amount.text(),
            "currency": self.currency.value(),
            "per": self.per.value(),
        }

    def store(self, session: Session, data: dict[str, Any]) -> str:
        charge = add_charge(session, data)
        where = (
            route_name(self.route)
            if charge.route_id is not None and self.route
            else str(charge.port)
        )
        return self.tr("{kind} charge at {where} stored").format(
            kind=shown(label(charge.kind)), where=where
        )


class FreightDialog(QDialog):
    """Routes above; below, the chosen route's charges beside the port charges."""

    ROUTE_HEADERS = (
        translate("FreightDialog", "From → to"),
        translate("FreightDialog", "Mode"),
        translate("FreightDialog", "Freight"),
        translate("FreightDialog", "Payload kg"),
        translate("FreightDialog", "Insurance"),
        translate("FreightDialog", "Valid from"),
        translate("FreightDialog", "Charges"),
        translate("FreightDialog", "Notes"),
    )
    CHARGE_HEADERS = (
        translate("FreightDialog", "Side"),
        translate("FreightDialog", "Kind"),
        translate("FreightDialog", "Amount"),
        translate("FreightDialog", "Per"),
    )
    PORT_HEADERS = (translate("FreightDialog", "Port"), *CHARGE_HEADERS)

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.routes: list[dict[str, Any]] = []
        self.port_charges: list[dict[str, Any]] = []
        self.reads = LatestRead(self, lambda exc: show_error(self, exc))
        self.setWindowTitle(self.tr("Freight and charges"))
        self.resize(1100, 640)
        self.routes_table = _table([shown(h) for h in self.ROUTE_HEADERS])
        self.routes_table.itemSelectionChanged.connect(self._route_chosen)
        self.charges_table = _table([shown(h) for h in self.CHARGE_HEADERS])
        self.charges_table.itemSelectionChanged.connect(self._selected)
        self.ports_table = _table([shown(h) for h in self.PORT_HEADERS])
        self.ports_table.itemSelectionChanged.connect(self._selected)
        self.route_box = QGroupBox(self.tr("Charges of the chosen route"))
        QVBoxLayout(self.route_box).addWidget(self.charges_table)
        ports_box = QGroupBox(self.tr("Port charges (any route through the port)"))
        QVBoxLayout(ports_box).addWidget(self.ports_table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.route_box)
        lower.addWidget(ports_box)
        lower.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.routes_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add route…"))
        self.add_button.clicked.connect(self.add_route)
        self.charge_button = QPushButton(self.tr("Add charge…"))
        self.charge_button.clicked.connect(self.add_charge)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(
            self.tr("Delete the charge chosen, else the route chosen with its charges")
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.charge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.read_only_reason = read_only_reason
        if read_only_reason is not None:
            for button in (self.add_button, self.charge_button, self.delete_button):
                button.setEnabled(False)
                button.setToolTip(banner_text(read_only_reason))
        self.reload()

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def done(self, result: int) -> None:
        self.reads.closed = True
        super().done(result)

    # --- the tables ------------------------------------------------------------------------

    def reload(self) -> None:
        database = self.database

        def work() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            with database.read() as session:
                return freight_overview(session, limit=SHOWN_LIMIT)

        self.count_label.setText(self.tr("Loading…"))
        self.reads.run(work, self._show)

    def _money(self, amount: str, currency: str, per: str) -> str:
        """'5,200 USD / container': a route's freight cost with its basis (FreightBasis)."""
        texts = {
            FreightBasis.CONTAINER.value: self.tr("{amount} {currency} / container"),
            FreightBasis.KG.value: self.tr("{amount} {currency} / kg"),
        }
        text = texts.get(per, "{amount} {currency} / {per}")
        return text.format(amount=number_shown(amount), currency=currency, per=per)

    def _show(self, overview: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        chosen = _chosen_row(self.routes_table, self.routes)
        self.routes, self.port_charges = overview
        table = self.routes_table
        table.blockSignals(True)
        table.selectionModel().clear()
        table.setRowCount(len(self.routes))
        for row_number, route in enumerate(self.routes):
            insurance = (
                ""
                if route["insurance_rate"] is None
                else self.tr("{rate}% on {cover}%").format(
                    rate=number_shown(route["insurance_rate"]), cover=number_shown(route["cover"])
                )
            )
            notes = (route["notes"] or "").replace("\n", " ")
            items = (
                cell(route_name(route)),
                cell(shown(label(ShipmentMode(route["mode"])))),
                cell(self._money(route["cost"], route["currency"], route["per"]), right=True),
                cell(number_shown(route["payload_kg"]), right=True),
                cell(insurance, right=True),
                cell(day(date.fromisoformat(route["valid_from"]))),
                cell(number(len(route["charges"])), right=True),
                cell(notes, tip=route["notes"]),
            )
            for column, item in enumerate(items):
                table.setItem(row_number, column, item)
            if chosen is not None and route["id"] == chosen["id"]:
                table.selectRow(row_number)
        table.blockSignals(False)
        self.ports_table.selectionModel().clear()
        self.ports_table.setRowCount(len(self.port_charges))
        for row_number, charge in enumerate(self.port_charges):
            for column, item in enumerate((cell(charge["port"]), *self._charge_cells(charge))):
                self.ports_table.setItem(row_number, column, item)
        routes = self.tr("%n route(s)", "", len(self.routes))
        charges = self.tr("%n port charge(s)", "", len(self.port_charges))
        self.count_label.setText(f"{routes} · {charges}")
        self._route_chosen()

    def _charge_cells(self, charge: dict[str, Any]) -> tuple[Any, ...]:
        return (
            cell(shown(label(ChargeSide(charge["side"])))),
            cell(shown(label(ChargeKind(charge["kind"])))),
            cell(f"{number_shown(charge['amount'])} {charge['currency']}", right=True),
            cell(shown(label(ChargeBasis(charge["per"])))),
        )

    def chosen_route(self) -> dict[str, Any] | None:
        return _chosen_row(self.routes_table, self.routes)

    def route_charges(self) -> list[dict[str, Any]]:
        route = self.chosen_route()
        return [] if route is None else list(route["charges"])

    def chosen_charge(self) -> dict[str, Any] | None:
        return _chosen_row(self.charges_table, self.route_charges()) or _chosen_row(
            self.ports_table, self.port_charges
        )

    def _route_chosen(self) -> None:
        route = self.chosen_route()
        charges = self.route_charges()
        self.route_box.setTitle(
            self.tr("Charges of {route}").format(route=route_name(route))
            if route
            else self.tr("Charges of the chosen route")
        )
        self.charges_table.selectionModel().clear()  # the current cell too: no row re-chosen
        self.charges_table.setRowCount(len(charges))
        for row_number, charge in enumerate(charges):
            for column, item in enumerate(self._charge_cells(charge)):
                self.charges_table.setItem(row_number, column, item)
        self._selected()

    def _selected(self) -> None:
        sender = self.sender()
        # one charge chosen at a time: choosing in one charge table clears the other
        if sender is self.charges_table and self.charges_table.selectedItems():
            self.ports_table.clearSelection()
        elif sender is self.ports_table and self.ports_table.selectedItems():
            self.charges_table.clearSelection()
        something = self.chosen_charge() is not None or self.chosen_route() is not None
        self.delete_button.setEnabled(self.read_only_reason is None and something)

    # --- changes ---------------------------------------------------------------------------

    def add_route(self) -> None:
        dialog = AddRouteDialog(self.database, self)
        if dialog.exec() and dialog.stored:
            self.message.setText(dialog.stored)
            self.reload()
        dialog.deleteLater()

    def add_charge(self) -> None:
        dialog = AddChargeDialog(self.database, self.chosen_route(), self)
        if dialog.exec() and dialog.stored:
            self.message.setText(dialog.stored)
            self.reload()
        dialog.deleteLater()

    def delete(self) -> None:
        if self.read_only_reason is not None:
            return
        charge, route = self.chosen_charge(), self.chosen_route()
        if charge is not None:
            where = charge["port"] or (route_name(route) if route else "")
            what = self.tr("the {kind} charge at {where}").format(
                kind=shown(label(ChargeKind(charge["kind"]))), where=where
            )
        elif route is not None:
            what = self.tr("the route {name} and its %n charge(s)", "", len(route["charges"]))
            what = what.format(name=route_name(route))
        else:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete {what}?").format(what=what)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database = self.database

        def write() -> None:  # off the UI thread; the window paints meanwhile
            with database.transaction() as session:
                if charge is not None:
                    delete_charge(session, charge["id"])
                elif route is not None:
                    delete_route(session, route["id"])

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
