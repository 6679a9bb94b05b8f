from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.queries.lists import ShipmentQuery, list_shipments
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment, get_shipment
from app.services.suppliers import create_supplier
from app.store.database import Database
from models import DocumentKind, DocumentStatus, ShipmentMode, ShipmentStatus
from tests.ui.waiting import settle
from ui.forms.shipment import ShipmentForm
from ui.views.shipments import MOVING, ShipmentsView

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()


def _deal(database: Database, name: str = "Frutícola Ñuble SpA", product: str = "Cherries") -> int:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": name, "country": "CL"})
        return create_negotiation(
            session, supplier.id, {"origin_port": "San Antonio"}, product_name=product
        ).id


def _shipment(database: Database, negotiation_id: int, **values: Any) -> int:
    with database.transaction() as session:
        return create_shipment(session, negotiation_id, values).id


def _view(qtbot: QtBot, database: Database) -> ShipmentsView:
    view = ShipmentsView(database)
    qtbot.addWidget(view)
    view.resize(1216, 690)
    view.show()
    settle()
    view.refresh()
    settle()
    return view


def _form(view: ShipmentsView) -> ShipmentForm:
    assert isinstance(view.form, ShipmentForm)
    return view.form


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    settle()


def _type(qtbot: QtBot, form: ShipmentForm, name: str, text: str) -> None:
    widget = form.bindings[name].widget
    target = getattr(widget, "edit", widget)
    target.clear()
    settle()
    qtbot.keyClicks(target, text)


def _stored(database: Database, shipment_id: int) -> dict[str, Any]:
    with database.transaction() as session:
        s = get_shipment(session, shipment_id)
        return {
            "status": s.status,
            "atd": s.atd,
            "ata": s.ata,
            "container_no": s.container_no,
            "negotiation_id": s.negotiation_id,
            "documents": len(s.documents),
            "version": s.version,
        }


def _save(qtbot: QtBot, view: ShipmentsView) -> None:
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    assert not _form(view).is_dirty()


def test_a_shipment_under_a_negotiation_moved_through_its_statuses(
    qtbot: QtBot, database: Database
) -> None:
    negotiation_id = _deal(database)
    _deal(database, "Açaí do Pará Ltda.", "Açaí pulp")
    view = _view(qtbot, database)
    form = _form(view)
    view.new_record()
    settle()
    assert form.negotiation.isVisible()
    assert view.focusWidget() is form.negotiation
    qtbot.keyClicks(form.negotiation, "cherr")
    popup = form.negotiation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    settle()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle()
    assert form.negotiation.value() == negotiation_id
    _type(qtbot, form, "container_no", "MSKU 907032-3")
    _type(qtbot, form, "etd", (TODAY - timedelta(days=12)).isoformat())
    _type(qtbot, form, "eta", (TODAY + timedelta(days=20)).isoformat())
    _save(qtbot, view)

    shipment_id = form.record_id
    assert shipment_id is not None
    stored = _stored(database, shipment_id)
    assert stored["negotiation_id"] == negotiation_id
    assert stored["status"] is ShipmentStatus.PLANNED
    assert stored["container_no"] == "MSKU9070323"
    assert stored["documents"] == 6  # the sea checklist
    assert view.model.rowCount() == 1
    assert form.title.text().startswith("Shipment SHP-")
    # Saved: the negotiation is shown, no longer picked, and can be opened.
    assert not form.negotiation.isVisible()
    assert "Cherries" in form.negotiation_name.text()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(form.open_negotiation, LEFT)
        settle()
    assert opened.args == ["negotiation", negotiation_id]

    _choose(form.status, "booked")
    _save(qtbot, view)
    assert _stored(database, shipment_id)["status"] is ShipmentStatus.BOOKED

    departed = TODAY - timedelta(days=10)
    _choose(form.status, "in_transit")
    assert not form.hint.isHidden()
    assert "no actual departure" in form.hint.text()
    _type(qtbot, form, "atd", departed.isoformat())
    assert form.hint.isHidden()
    _save(qtbot, view)
    stored = _stored(database, shipment_id)
    assert (stored["status"], stored["atd"]) == (ShipmentStatus.IN_TRANSIT, departed)

    _choose(form.status, "at_customs")
    _save(qtbot, view)
    assert _stored(database, shipment_id)["status"] is ShipmentStatus.AT_CUSTOMS

    arrived = TODAY - timedelta(days=1)
    _choose(form.status, "delivered")
    assert "no actual arrival" in form.hint.text()
    _type(qtbot, form, "ata", arrived.isoformat())
    assert form.hint.isHidden()
    _save(qtbot, view)
    stored = _stored(database, shipment_id)
    assert (stored["status"], stored["ata"]) == (ShipmentStatus.DELIVERED, arrived)
    assert view.model.index(0, 3).data() == "Delivered"


def test_odd_status_is_saved_with_a_gentle_hint(qtbot: QtBot, database: Database) -> None:
    shipment_id = _shipment(database, _deal(database))
    view = _view(qtbot, database)
    view.select(shipment_id)
    settle()
    form = _form(view)
    assert form.hint.isHidden()
    _choose(form.status, "delivered")
    assert "no actual arrival" in form.hint.text()
    _save(qtbot, view)  # allowed: the user may know better
    assert _stored(database, shipment_id)["status"] is ShipmentStatus.DELIVERED
    assert not form.hint.isHidden()


def test_a_bad_container_number_shows_its_red_reason(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipment_id = _shipment(database, _deal(database))
    view = _view(qtbot, database)
    view.select(shipment_id)
    settle()
    form = _form(view)
    _type(qtbot, form, "container_no", "MSKU1234567")
    binding = form.bindings["container_no"]
    assert not binding.error.isHidden()
    assert "check digit" in binding.error.text()
    assert "#c0392b" in binding.widget.styleSheet()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    assert "check digit" in warnings[0]
    assert _stored(database, shipment_id)["container_no"] is None
    _type(qtbot, form, "container_no", "MSKU1234565")
    assert binding.error.isHidden()
    assert binding.widget.styleSheet() == ""


def test_a_new_shipment_needs_its_negotiation(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deal(database)
    view = _view(qtbot, database)
    view.new_record()
    settle()
    form = _form(view)
    qtbot.keyClicks(form.negotiation, "no such deal")
    _type(qtbot, form, "carrier", "Maersk")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    qtbot.mouseClick(view.save_button, LEFT)
    settle()
    assert "choose the negotiation" in warnings[0]
    assert not form.negotiation_error.isHidden()
    assert form.record_id is None
    with database.transaction() as session:
        assert list_shipments(session, ShipmentQuery()) == []


def test_checklist_marks_a_document_received_and_the_missing_count_drops(
    qtbot: QtBot, database: Database
) -> None:
    shipment_id = _shipment(database, _deal(database), reference="SHP-T-1")
    view = _view(qtbot, database)
    view.select(shipment_id)
    settle()
    form = _form(view)
    checklist = form.documents
    missing = 8  # the "Docs missing" column
    assert view.model.index(0, missing).data() == "6"
    assert "6 of 6 missing" in checklist.summary.text()
    row = checklist.rows[DocumentKind.PHYTOSANITARY]
    assert "#fdecea" in row.name.styleSheet()  # missing: red

    _choose(row.status, "received")  # saved at once, no Save needed
    with database.transaction() as session:
        document = next(
            d
            for d in get_shipment(session, shipment_id).documents
            if d.kind is DocumentKind.PHYTOSANITARY
        )
        assert document.status is DocumentStatus.RECEIVED
        assert document.received_on == TODAY
    assert view.model.index(0, missing).data() == "5"
    assert "5 of 6 missing" in checklist.summary.text()
    assert row.received.text() == TODAY.isoformat()
    assert "#fdecea" not in row.name.styleSheet()
    assert not view.save_button.isEnabled()  # the shipment itself is not "unsaved"

    invoice = checklist.rows[DocumentKind.INVOICE]
    _choose(invoice.status, "draft")
    assert "#fff4e0" in invoice.name.styleSheet()  # draft: amber
    qtbot.keyClicks(invoice.number, "F-0042")
    qtbot.keyClick(invoice.number, Qt.Key.Key_Return)
    settle()
    invoice.received.edit.clear()
    settle()
    qtbot.keyClicks(invoice.received.edit, "31/02/2026")
    qtbot.keyClick(invoice.received.edit, Qt.Key.Key_Return)
    settle()
    assert not checklist.error.isHidden()
    assert "Invoice not saved" in checklist.error.text()
    with database.transaction() as session:
        stored = {d.kind: d for d in get_shipment(session, shipment_id).documents}
        assert stored[DocumentKind.INVOICE].status is DocumentStatus.DRAFT
        assert stored[DocumentKind.INVOICE].reference == "F-0042"
        assert stored[DocumentKind.INVOICE].received_on is None
    assert view.model.index(0, missing).data() == "4"


def test_air_shipment_checklist_and_no_container(qtbot: QtBot, database: Database) -> None:
    shipment_id = _shipment(database, _deal(database), mode="air")
    view = _view(qtbot, database)
    view.select(shipment_id)
    settle()
    form = _form(view)
    assert DocumentKind.BILL_OF_LADING not in form.documents.rows
    assert len(form.documents.rows) == 5
    assert not form.bindings["container_no"].widget.isEnabled()


def test_status_and_mode_filters(qtbot: QtBot, database: Database) -> None:
    negotiation_id = _deal(database)
    _shipment(database, negotiation_id, reference="SEA-1")
    _shipment(database, negotiation_id, reference="AIR-1", mode="air", status="booked")
    _shipment(database, negotiation_id, reference="SEA-2", status="delivered")
    view = _view(qtbot, database)

    def shown() -> set[str]:
        return {view.model.row_at(i).reference for i in range(view.model.rowCount())}

    assert shown() == {"SEA-1", "AIR-1", "SEA-2"}
    _choose(view.mode_filter, ShipmentMode.AIR.value)
    assert shown() == {"AIR-1"}
    _choose(view.mode_filter, ShipmentMode.SEA.value)
    assert shown() == {"SEA-1", "SEA-2"}
    _choose(view.status_filter, MOVING)
    assert shown() == {"SEA-1"}
    _choose(view.mode_filter, "")
    _choose(view.status_filter, ShipmentStatus.BOOKED.value)
    assert shown() == {"AIR-1"}
    assert view.status_text() == "1 shipment"  # a plural of its own (was "1 shipments")


def test_latest_departure_first(qtbot: QtBot, database: Database) -> None:
    negotiation_id = _deal(database)
    _shipment(database, negotiation_id, reference="B", etd="2026-01-10")
    _shipment(database, negotiation_id, reference="A", etd="2026-03-10")
    view = _view(qtbot, database)
    assert [view.model.row_at(i).reference for i in range(2)] == ["A", "B"]


def test_shipment_model(qtbot: QtBot, database: Database, qtmodeltester: ModelTester) -> None:
    negotiation_id = _deal(database)
    for number in range(3):
        _shipment(database, negotiation_id, reference=f"S-{number}")
    view = _view(qtbot, database)
    qtmodeltester.check(view.model)


def test_saving_a_shipment_shows_what_it_saved_without_reading_again_after_it(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipment as stored, its history and the list's page come with the save
    (ui.forms.saved_reads); its documents are as they were: nothing is read after it."""
    shipment_id = _shipment(database, _deal(database), mode="sea", etd=TODAY)
    view = _view(qtbot, database)
    view.select(shipment_id)
    settle()
    form = _form(view)
    lines = {kind: row.saved for kind, row in form.documents.rows.items()}
    assert lines  # a sea shipment's checklist
    reads: list[str] = []
    monkeypatch.setattr(form, "reload", lambda: reads.append("form"))
    monkeypatch.setattr(form.documents, "load", lambda _id: reads.append("documents"))
    monkeypatch.setattr(form.history, "refresh", lambda: reads.append("history"))
    monkeypatch.setattr(view.model, "reload", lambda **_kw: reads.append("list"))
    _type(qtbot, form, "vessel", "MSC Valparaiso 612W")
    _save(qtbot, view)
    assert reads == []
    assert form.bindings["vessel"].text() == "MSC Valparaiso 612W"
    assert form.negotiation_name.text() == "<b>Cherries – Frutícola Ñuble SpA</b>"
    assert {kind: row.saved for kind, row in form.documents.rows.items()} == lines
    newest = form.history.entries()[0]
    assert (newest.field, newest.new_value) == ("vessel", "MSC Valparaiso 612W")
    listed = view.model.row_at(view.model.row_of_id(shipment_id) or 0)
    assert (listed.id, listed.vessel) == (shipment_id, "MSC Valparaiso 612W")


def test_opening_a_shipment_reads_its_tabs_beside_its_fields(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documents and the history begin to read as the row is chosen, not once the
    form's own read has come back (issue 18: two waits one after the other at 300 ms);
    the form's read does not start them again."""
    shipment_id = _shipment(database, _deal(database), mode="sea", etd=TODAY)
    view = _view(qtbot, database)
    form = _form(view)
    started: list[tuple[str, bool]] = []
    documents_load, history_show = form.documents.load, form.history.show_record
    monkeypatch.setattr(
        form.documents,
        "load",
        lambda i: (started.append(("documents", form.reading())), documents_load(i))[1],
    )
    monkeypatch.setattr(
        form.history,
        "show_record",
        lambda i: (started.append(("history", form.reading())), history_show(i))[1],
    )
    view.select(shipment_id)
    settle()
    assert started == [("documents", True), ("history", True)]
    assert form.record_id == shipment_id
    assert form.documents.shipment_id == shipment_id
    assert form.documents.rows  # the sea checklist came
    assert form.history.count() > 0
    assert not form.history.loading()
