"""Moving a deal to agreed, or booking a shipment, without a registration covering the
product: the save goes through, a warning box names what is missing, and the warning is
in the record's history."""

from __future__ import annotations

from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.queries.record_history import record_history
from app.services.compliance import add_registration
from app.services.negotiations import create_negotiation, get_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from app.store.database import Database
from models import NegotiationStage
from tests.ui.waiting import settle
from ui.compliance_warning import shown_box
from ui.views.negotiations import NegotiationsView
from ui.views.shipments import ShipmentsView

LEFT = Qt.MouseButton.LeftButton


def seed(database: Database, *, registered: bool = False) -> tuple[int, int]:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Curicó", "country": "CL"})
        if registered:
            add_registration(
                session,
                supplier.id,
                {
                    "kind": "sag csp",
                    "number": "CSP-104233",
                    "site_name": "Packing Curicó",
                    "valid_until": (date.today() + timedelta(days=10)).isoformat(),
                },
            )
        deal = create_negotiation(
            session, supplier.id, {"stage": "negotiating"}, product_name="Cherries"
        )
        eta = (date.today() + timedelta(days=30)).isoformat()
        shipment = create_shipment(session, deal.id, {"reference": "CHERRY-1", "eta": eta})
        return deal.id, shipment.id


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    settle()


def test_agreeing_a_deal_warns_after_the_save(qtbot: QtBot, database: Database) -> None:
    deal_id, _ = seed(database)
    view = NegotiationsView(database)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    settle()
    view.refresh()
    settle()
    view.select(deal_id)
    settle()
    qtbot.waitUntil(lambda: view.form.record_id == deal_id)
    stage = view.form.bindings["stage"].widget
    assert isinstance(stage, QComboBox)
    choose(stage, "agreed")
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    qtbot.waitUntil(lambda: shown_box(view.form) is not None)
    box = shown_box(view.form)
    assert box is not None
    assert box.isVisible()
    assert "Frutícola Curicó has no registration for China covering Cherries" in (
        box.informativeText()
    )
    with database.transaction() as session:
        assert get_negotiation(session, deal_id).stage is NegotiationStage.AGREED
        history = record_history(session, "negotiation", deal_id)
    assert any("Compliance warning" in e.what for e in history)
    box.accept()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible())


def test_booking_a_shipment_names_the_row_that_ends_before_the_eta(
    qtbot: QtBot, database: Database
) -> None:
    _, shipment_id = seed(database, registered=True)
    view = ShipmentsView(database)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    settle()
    view.refresh()
    settle()
    view.select(shipment_id)
    settle()
    qtbot.waitUntil(lambda: view.form.record_id == shipment_id)
    status = view.form.bindings["status"].widget
    assert isinstance(status, QComboBox)
    choose(status, "booked")
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    qtbot.waitUntil(lambda: shown_box(view.form) is not None)
    box = shown_box(view.form)
    assert box is not None
    assert "SAG CSP packhouse CSP-104233 (Packing Curicó)" in box.informativeText()
    assert "before the ETA" in box.informativeText()
    box.accept()


def test_a_save_without_a_warning_shows_no_box(qtbot: QtBot, database: Database) -> None:
    deal_id, _ = seed(database)
    view = NegotiationsView(database)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    settle()
    view.refresh()
    settle()
    view.select(deal_id)
    settle()
    qtbot.waitUntil(lambda: view.form.record_id == deal_id)
    qtbot.keyClicks(view.form.bindings["grade"].widget, "Cat I")
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    assert shown_box(view.form) is None
