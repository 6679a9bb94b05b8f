"""File > Freight and charges…: the routes listed with cost, payload and insurance, the
chosen route's charges beside the port charges, a route and a charge added (a bad value
refused beside its field, nothing stored; the Kind list follows the side), a charge and a
route deleted, read-only mode and the File menu entry (issue 15 point 3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.services.freight import add_charge, add_route
from app.store.database import Database
from models import FreightCharge, FreightRoute
from ui.freight_dialog import AddChargeDialog, AddRouteDialog, FreightDialog
from ui.i18n import day
from ui.main_window import MainWindow


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def count(database: Database, model: type[Any]) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def open_dialog(qtbot: QtBot, database: Database, **kwargs: Any) -> FreightDialog:
    dialog = FreightDialog(database, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


@pytest.fixture
def freight(database: Database) -> Database:
    with database.transaction() as session:
        sea = add_route(
            session,
            {"origin_port": "Manzanillo", "destination_port": "Shanghai", "mode": "sea",
             "cost": "5200", "currency": "USD", "per": "container", "payload_kg": "20000",
             "insurance_rate": "0.3", "valid_from": "2025-11-01"},
        )  # fmt: skip
        add_route(
            session,
            {"origin_port": "Santiago", "destination_port": "Shanghai Pudong", "mode": "air",
             "cost": "3.85", "currency": "USD", "per": "kg", "valid_from": "2025-11-01"},
        )  # fmt: skip
        for data in (
            {"route_id": sea.id, "side": "origin", "kind": "terminal_handling", "amount": "250"},
            {"route_id": sea.id, "side": "origin", "kind": "loading", "amount": "90"},
            {"port": "Shanghai", "side": "destination", "kind": "port", "amount": "1150",
             "currency": "CNY"},
        ):  # fmt: skip
            add_charge(session, {"currency": "USD", "per": "container", **data})
    return database


def test_the_routes_their_charges_and_the_port_charges_are_listed(
    qtbot: QtBot, freight: Database
) -> None:
    dialog = open_dialog(qtbot, freight)
    assert [r[:7] for r in cells(dialog.routes_table)] == [
        ["Manzanillo → Shanghai", "Sea", "5,200 USD / container", "20,000", "0.3% on 110%",
         day(date(2025, 11, 1)), "2"],
        ["Santiago → Shanghai Pudong", "Air", "3.85 USD / kg", "", "", day(date(2025, 11, 1)),
         "0"],
    ]  # fmt: skip
    assert cells(dialog.ports_table) == [
        ["Shanghai", "Destination", "Port", "1,150 CNY", "Container"]
    ]
    assert cells(dialog.charges_table) == []
    dialog.routes_table.selectRow(0)
    assert cells(dialog.charges_table) == [
        ["Origin", "Terminal handling", "250 USD", "Container"],
        ["Origin", "Loading", "90 USD", "Container"],
    ]
    assert dialog.route_box.title() == "Charges of Manzanillo → Shanghai"
    assert dialog.count_label.text() == "2 routes · 1 port charge"


def test_add_route_refuses_bad_values_beside_their_fields_and_stores_a_good_route(
    qtbot: QtBot, database: Database
) -> None:
    add = AddRouteDialog(database)
    qtbot.addWidget(add)
    add.origin_port.setText("Callao")
    add.destination_port.setText("Shenzhen")
    add.cost.setText("-5")
    add.save()
    assert "-5" in add.errors["cost"].text()
    assert not add.errors["cost"].isHidden()
    assert add.errors["origin_port"].isHidden()
    assert count(database, FreightRoute) == 0

    add.cost.setText("5300")
    add.save()  # per container with no payload
    assert not add.errors["payload_kg"].isHidden()
    assert "per container" in add.errors["payload_kg"].text()
    assert add.errors["cost"].isHidden()
    assert count(database, FreightRoute) == 0

    add.payload_kg.setText("20000")
    add.insurance_rate.setText("0.3")
    add.save()
    assert add.stored == "Route Callao → Shenzhen (Sea) stored"
    with database.transaction() as session:
        route = session.scalars(select(FreightRoute)).one()
        assert (route.origin_port, route.currency, route.cover) == ("Callao", "USD", Decimal(110))


def test_add_charge_offers_the_sides_kinds_and_stores_it_on_the_route_or_a_port(
    qtbot: QtBot, freight: Database
) -> None:
    dialog = open_dialog(qtbot, freight)
    dialog.routes_table.selectRow(1)
    add = AddChargeDialog(freight, dialog.chosen_route(), dialog)
    qtbot.addWidget(add)
    assert add.for_route.isChecked()
    assert add.for_route.text() == "Route Santiago → Shanghai Pudong"
    kinds = [add.kind.itemData(i) for i in range(add.kind.count())]
    assert kinds == ["pickup", "export_clearance", "inland_transport", "terminal_handling",
                     "loading"]  # fmt: skip
    add.side.set_value("destination")
    kinds = [add.kind.itemData(i) for i in range(add.kind.count())]
    assert kinds == ["unloading", "port", "import_clearance", "inspection", "cold_store",
                     "delivery"]  # fmt: skip
    add.kind.set_value("cold_store")
    add.amount.setText("zero")
    add.save()
    assert not add.errors["amount"].isHidden()
    assert count(freight, FreightCharge) == 3

    add.amount.setText("0.05")
    add.per.set_value("kg")
    add.save()
    assert add.stored == "Cold store charge at Santiago → Shanghai Pudong stored"
    with freight.transaction() as session:
        charge = session.scalars(select(FreightCharge).order_by(FreightCharge.id.desc())).first()
        assert charge is not None
        assert (charge.route_id, charge.kind.value, charge.per.value) == (
            dialog.routes[1]["id"],
            "cold_store",
            "kg",
        )


def test_a_port_charge_needs_its_port(qtbot: QtBot, freight: Database) -> None:
    add = AddChargeDialog(freight, None)
    qtbot.addWidget(add)
    assert not add.for_route.isEnabled()
    assert add.for_port.isChecked()
    add.side.set_value("destination")
    add.kind.set_value("inspection")
    add.amount.setText("600")
    add.save()
    assert add.errors["route_id"].text() == "give a route or a port the charge is at"
    assert count(freight, FreightCharge) == 3
    add.port.setText("Shenzhen")
    add.currency.set_value("CNY")
    add.per.set_value("shipment")
    add.save()
    assert add.stored == "Inspection charge at Shenzhen stored"
    assert count(freight, FreightCharge) == 4


def test_delete_takes_the_chosen_charge_else_the_route_with_its_charges(
    qtbot: QtBot, freight: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: QWidget, title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = open_dialog(qtbot, freight)
    dialog.routes_table.selectRow(0)
    dialog.charges_table.selectRow(1)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert count(freight, FreightCharge) == 2
    dialog.routes_table.selectRow(0)
    assert [r[1] for r in cells(dialog.charges_table)] == ["Terminal handling"]
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert asked == [
        "Delete the Loading charge at Manzanillo → Shanghai?",
        "Delete the route Manzanillo → Shanghai and its 1 charge?",
    ]
    assert count(freight, FreightRoute) == 1
    assert count(freight, FreightCharge) == 1  # the port charge stays
    assert [r[0] for r in cells(dialog.routes_table)] == ["Santiago → Shanghai Pudong"]


def test_a_read_only_database_turns_the_editing_buttons_off(
    qtbot: QtBot, freight: Database
) -> None:
    dialog = open_dialog(qtbot, freight, read_only_reason="this login may only read")
    dialog.routes_table.selectRow(0)
    for button in (dialog.add_button, dialog.charge_button, dialog.delete_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Read-only: this login may only read"


def test_the_file_menu_opens_the_freight_dialog(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QWidget] = []
    monkeypatch.setattr(FreightDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    entry = next(a for a in file_menu.actions() if a.text() == "&Freight and charges…")
    entry.trigger()
    assert [type(d) for d in opened] == [FreightDialog]
    QThreadPool.globalInstance().waitForDone()
