"""The Suppliers view as a user drives it: the list with its filters, the supplier form,
and the tabs under it (contacts, tags, certifications, notes, negotiations, shipments)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.queries.search import SupplierQuery, search_suppliers
from app.services.contacts import create_contact
from app.services.demo import load_demo
from app.services.suppliers import (
    create_supplier,
    delete_supplier,
    get_supplier,
    set_certification,
    set_tags,
    update_supplier,
)
from app.store.database import Database
from models import ActivityKind, Certification
from tests.ui.waiting import settle
from ui.conflict_dialog import ConflictDialog
from ui.forms.supplier_certifications import RegistrationDialog
from ui.main_window import MainWindow
from ui.table_model import Fetched
from ui.views.suppliers import SuppliersView


def _seed(database: Database) -> dict[str, int]:
    with database.transaction() as session:
        nuble = create_supplier(
            session,
            {"name": "Frutícola Ñuble SpA", "country": "CL", "city": "Chillán", "status": "active"},
        )
        acai = create_supplier(
            session, {"name": "Açaí do Pará Ltda.", "country": "BR", "status": "qualified"}
        )
        uruapan = create_supplier(
            session, {"name": "Aguacates Uruapan", "country": "MX", "status": "active"}
        )
        set_certification(session, uruapan.id, {"kind": "globalgap", "reference": "GGN 4049"})
        set_tags(session, acai.id, ["frozen pulp"])
        return {"nuble": nuble.id, "acai": acai.id, "uruapan": uruapan.id}


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    return _seed(database)


def open_window(qtbot: QtBot, database: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_view(1)
    settle()
    return window


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    window = open_window(qtbot, database, settings)
    yield window
    # Closing the window after a test that left edits unsaved: drop them.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    window.close()


def show_tab(qtbot: QtBot, view: SuppliersView, panel: QWidget) -> None:
    view.form.panels.tabs.setCurrentWidget(panel)
    settle()
    qtbot.waitUntil(panel.isVisible)
    settle()


@pytest.fixture
def view(window: MainWindow) -> SuppliersView:
    view = window.current
    assert isinstance(view, SuppliersView)
    return view


def names(view: SuppliersView) -> list[str]:
    settle()  # the list is read off the UI thread
    return [view.model.row_at(r).name for r in range(view.model.rowCount())]


def select(qtbot: QtBot, view: SuppliersView, record_id: int) -> None:
    row = view.model.row_of_id(record_id)
    assert row is not None
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    qtbot.waitUntil(lambda: view.form.record_id == record_id)
    settle()  # the record and its tabs are read off the UI thread


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user, accents included (QTest's keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, view: SuppliersView, field: str, text: str) -> None:
    """Replace a form field's text by typing."""
    widget: Any = view.form.bindings[field].widget
    target = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    target.selectAll()
    if target.selectedText():
        qtbot.keyClick(target, Qt.Key.Key_Delete)
        settle()
    type_text(qtbot, target, text)


def stored(database: Database, supplier_id: int) -> Any:
    with database.transaction() as session:
        supplier = get_supplier(session, supplier_id)
        session.expunge(supplier)
        return supplier


def double_click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    # As a real double-click: QTest's lone double-click event is not one for item views.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- the list -------------------------------------------------------------------------------


def test_list_shows_suppliers_by_name_with_its_columns(
    view: SuppliersView, qtmodeltester: Any
) -> None:
    assert names(view) == ["Açaí do Pará Ltda.", "Aguacates Uruapan", "Frutícola Ñuble SpA"]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Name", "Country", "City", "Status", "Tax id", "Updated"]
    assert view.model.index(2, 1).data() == "Chile"
    qtmodeltester.check(view.model)


def test_search_ignores_accents(qtbot: QtBot, view: SuppliersView) -> None:
    qtbot.keyClicks(view.search, "nuble")
    qtbot.waitUntil(lambda: names(view) == ["Frutícola Ñuble SpA"])


def test_filters_by_country_status_and_certification(
    qtbot: QtBot, view: SuppliersView, window: MainWindow
) -> None:
    filters = view.supplier_filters
    assert [filters.country.itemText(i) for i in range(filters.country.count())] == [
        "All countries",
        "Brazil",
        "Chile",
        "Mexico",
    ]
    filters.country.setCurrentIndex(filters.country.findData("CL"))
    settle()
    assert names(view) == ["Frutícola Ñuble SpA"]
    assert "filtered" in window.count_label.text()
    filters.country.setCurrentIndex(0)
    settle()
    filters.status.setCurrentIndex(filters.status.findData("active"))
    settle()
    assert names(view) == ["Aguacates Uruapan", "Frutícola Ñuble SpA"]
    filters.certification.setCurrentIndex(filters.certification.findData("globalgap"))
    settle()
    assert names(view) == ["Aguacates Uruapan"]
    assert view.clear_filters.isEnabled()
    qtbot.mouseClick(view.clear_filters, Qt.MouseButton.LeftButton)
    settle()
    assert len(names(view)) == 3
    assert not view.clear_filters.isEnabled()


def test_filter_by_tag_offers_tags_added_since(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int]
) -> None:
    with database.transaction() as session:
        set_tags(session, ids["nuble"], ["cherries"])
    tag = view.supplier_filters.tag
    tag.showPopup()  # opening the list reads the tags again
    tag.hidePopup()
    settle()
    tag.setCurrentIndex(tag.findText("cherries"))
    settle()
    assert names(view) == ["Frutícola Ñuble SpA"]


# --- the form: create, edit, archive ---------------------------------------------------------


def test_create_a_supplier_through_the_form(
    qtbot: QtBot, view: SuppliersView, database: Database
) -> None:
    view.new_record()
    settle()
    assert not view.form.panels.contacts.isEnabled()
    assert "Save the new supplier first" in view.form.panels.contacts.toolTip()
    assert view.form.panels.save_first.isVisible()
    type_into(qtbot, view, "name", "Berries del Biobío SpA")
    type_into(qtbot, view, "country", "Chile")
    type_into(qtbot, view, "city", "Los Ángeles")
    type_into(qtbot, view, "phone", "9 8765 4321")
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle()

    assert view.form.record_id is not None
    saved = stored(database, view.form.record_id)
    assert (saved.name, saved.country, saved.city, saved.phone) == (
        "Berries del Biobío SpA",
        "CL",
        "Los Ángeles",
        "+56987654321",
    )
    assert "Berries del Biobío SpA" in names(view)
    selected = view.table.selectionModel().selectedRows()
    assert [view.model.id_at(i.row()) for i in selected] == [view.form.record_id]
    # Now it exists, its tabs open up.
    assert view.form.panels.contacts.isEnabled()
    assert not view.form.panels.save_first.isVisible()


def test_edit_a_supplier(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int]
) -> None:
    select(qtbot, view, ids["nuble"])
    assert view.form.bindings["city"].text() == "Chillán"
    type_into(qtbot, view, "city", "San Carlos")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert stored(database, ids["nuble"]).city == "San Carlos"
    row = view.model.row_of_id(ids["nuble"])
    assert row is not None
    assert view.model.index(row, 2).data() == "San Carlos"
    assert not view.save_button.isEnabled()


def test_a_save_shows_what_it_saved_without_reading_again_after_it(
    qtbot: QtBot,
    view: SuppliersView,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The form's record as stored (the phone as the service tidied it) and the list's
    page come with the save (ui.forms.saved_reads: on a far server in the COMMIT's
    flight): neither the form nor the list is read again after it."""
    select(qtbot, view, ids["nuble"])
    reads: list[str] = []
    monkeypatch.setattr(view.form, "reload", lambda: reads.append("form"))
    monkeypatch.setattr(view.model, "reload", lambda **_kw: reads.append("list"))
    type_into(qtbot, view, "city", "San Carlos")
    type_into(qtbot, view, "phone", "9 8765 4321")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert reads == []
    assert stored(database, ids["nuble"]).phone == "+56987654321"
    assert view.form.bindings["phone"].text() == "+56987654321"
    assert not view.form.is_dirty()
    row = view.model.row_of_id(ids["nuble"])
    assert row is not None
    assert view.model.index(row, 2).data() == "San Carlos"
    assert [view.model.id_at(i.row()) for i in view.table.selectionModel().selectedRows()] == [
        ids["nuble"]
    ]


def test_a_saves_page_is_not_shown_over_a_search_typed_meanwhile(
    qtbot: QtBot, view: SuppliersView, ids: dict[str, int]
) -> None:
    select(qtbot, view, ids["nuble"])
    offer = view._saved_page_read()
    assert offer is not None
    before = view.model.rowCount()
    view.search.setText("Açaí")
    view.requery()  # the debounce's reload, asked for while the save was on its way
    settle()
    assert view.model.rowCount() == 1
    offer.show(ids["nuble"], Fetched([view.model.row_at(0)] * before, before))
    assert view.model.rowCount() == 1  # the search's answer stays


def tab_reads(view: SuppliersView, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """From now on, each read a tab of the supplier form starts: (the tab's class name,
    whether the form was reading its own fields then)."""
    started: list[tuple[str, bool]] = []
    for panel in view.form.panels.panels:
        original = panel.load
        monkeypatch.setattr(
            panel,
            "load",
            lambda p=panel, o=original: (
                started.append((type(p).__name__, view.form.reading())),
                o(),
            )[1],
        )
    return started


def test_saving_the_form_reads_no_tab_again_and_its_history_comes_with_it(
    qtbot: QtBot,
    view: SuppliersView,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A save changes the supplier's own fields: its contacts, tags, certifications, notes,
    negotiations and shipments are not read again (issue 18: each read is a round trip
    to a far server); its history is read with the save (ui.forms.saved_reads) and shows
    the change, and every tab knows the new name."""
    select(qtbot, view, ids["nuble"])
    panels = view.form.panels
    started = tab_reads(view, monkeypatch)
    type_into(qtbot, view, "name", "Frutícola Ñuble SpA Norte")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert stored(database, ids["nuble"]).name == "Frutícola Ñuble SpA Norte"
    assert started == []
    newest = panels.history.view.entries()[0]
    assert (newest.field, newest.new_value) == ("name", "Frutícola Ñuble SpA Norte")
    assert not panels.history.view.loading()
    assert {p.supplier.name for p in panels.panels if p.supplier} == {"Frutícola Ñuble SpA Norte"}
    assert view.form.panels.contacts.isEnabled()
    # another supplier chosen afterwards: every tab reads its own rows
    started.clear()
    select(qtbot, view, ids["acai"])
    assert sorted(name for name, _ in started) == sorted(type(p).__name__ for p in panels.panels)


def test_opening_a_supplier_reads_its_tabs_beside_its_fields(
    qtbot: QtBot, view: SuppliersView, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tabs begin to read as the row is chosen, not once the form's own read has come
    back (issue 18: two round trips one after the other at 300 ms are 600 ms); the form's
    read does not start them again."""
    started = tab_reads(view, monkeypatch)
    select(qtbot, view, ids["acai"])
    assert sorted(name for name, _ in started) == sorted(
        type(p).__name__ for p in view.form.panels.panels
    )
    assert all(form_reading for _, form_reading in started), started
    assert {p.supplier.id for p in view.form.panels.panels if p.supplier} == {ids["acai"]}


def test_a_supplier_deleted_meanwhile_is_reported_once(
    qtbot: QtBot,
    view: SuppliersView,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Someone else deleted the supplier after the list was read: the form says so once;
    its tabs, reading at the same time, add no message of their own."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    with database.transaction() as session:
        delete_supplier(session, ids["acai"])
    row = view.model.row_of_id(ids["acai"])
    assert row is not None
    view.table.selectRow(row)
    settle()
    assert len(shown) == 1, shown
    assert not view.form.isEnabled()


def test_archive_and_restore(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int]
) -> None:
    select(qtbot, view, ids["acai"])
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    settle()
    assert stored(database, ids["acai"]).is_archived
    assert "Açaí do Pará Ltda." not in names(view)
    assert view.archive_button.text() == "Restore"

    view.show_archived.setChecked(True)
    settle()
    assert "Açaí do Pará Ltda." in names(view)
    row = view.model.row_of_id(ids["acai"])
    assert row is not None
    archived = view.model.index(row, 0)
    assert archived.data() == "Açaí do Pará Ltda."  # marked, not suffixed (it would be cut)
    assert archived.data(Qt.ItemDataRole.FontRole).italic()
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    settle()
    assert not stored(database, ids["acai"]).is_archived
    assert view.archive_button.text() == "Archive"
    view.show_archived.setChecked(False)
    settle()
    assert "Açaí do Pará Ltda." in names(view)


def test_bad_input_is_marked_as_typed_and_refused_on_save(
    qtbot: QtBot, view: SuppliersView, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.new_record()
    settle()
    type_into(qtbot, view, "name", "Pesquera Narnia")
    type_into(qtbot, view, "country", "Narnia")
    type_into(qtbot, view, "email", "x@")
    reasons = {}
    for field in ("country", "email"):
        error = view.form.bindings[field].error
        assert error.isVisible()
        reasons[field] = error.text()
    assert "not a country" in reasons["country"]
    assert "not an email address" in reasons["email"]
    assert "#c0392b" in view.form.bindings["email"].widget.styleSheet()

    # The phone is read in the supplier's country: fine for none, wrong for Chile.
    type_into(qtbot, view, "country", "Chile")
    assert not view.form.bindings["country"].error.isVisible()
    type_into(qtbot, view, "phone", "123")
    assert "not a valid phone number for Chile" in view.form.bindings["phone"].error.text()
    type_into(qtbot, view, "country", "Narnia")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(warnings) == 1
    assert "Country:" in warnings[0]
    assert "Email:" in warnings[0]
    assert view.form.record_id is None
    with database.transaction() as session:
        assert search_suppliers(session, SupplierQuery(text="narnia")).total == 0

    # Discarding the refused supplier empties every field, the pick lists included.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    view.new_record()
    settle()
    assert view.form.bindings["country"].text() == ""
    assert view.form.bindings["status"].text() == "prospect"
    assert not view.form.is_dirty()


def test_leaving_unsaved_edits_asks_first(
    qtbot: QtBot,
    view: SuppliersView,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select(qtbot, view, ids["nuble"])
    type_into(qtbot, view, "city", "Coihueco")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        def question(_parent: Any, title: str, *_args: Any) -> QMessageBox.StandardButton:
            asked.append(title)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    view.table.selectRow(view.model.row_of_id(ids["acai"]) or 0)
    assert asked == ["Unsaved changes"]
    qtbot.waitUntil(
        lambda: (
            [view.model.id_at(i.row()) for i in view.table.selectionModel().selectedRows()]
            == [ids["nuble"]]
        )
    )
    assert view.form.record_id == ids["nuble"]
    assert view.form.bindings["city"].text() == "Coihueco"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    select(qtbot, view, ids["acai"])
    assert len(asked) == 2
    assert view.form.bindings["name"].text() == "Açaí do Pará Ltda."
    assert stored(database, ids["nuble"]).city == "Chillán"


@pytest.mark.parametrize("choice", ["keep yours", "take theirs"])
def test_a_save_that_lost_a_race_opens_the_conflict_dialog(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int], choice: str
) -> None:
    select(qtbot, view, ids["nuble"])
    with database.transaction() as session:  # a colleague saves first
        update_supplier(session, ids["nuble"], {"city": "Chillán Viejo", "region": "Biobío"})
    type_into(qtbot, view, "city", "Pinto")
    seen: list[str] = []

    def ask(dialog: ConflictDialog) -> bool:
        seen.append(dialog.windowTitle())
        if choice == "keep yours":
            dialog.choose_yours("city")
        else:
            dialog.take_theirs = True
        return True

    view.form.ask = ask  # type: ignore[method-assign]
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert seen == ["Supplier changed while you were editing"]
    now = stored(database, ids["nuble"])
    assert now.region == "Biobío"  # their other change stays either way
    if choice == "keep yours":
        assert now.city == "Pinto"
    else:
        assert now.city == "Chillán Viejo"
    assert view.form.bindings["city"].text() == now.city
    assert not view.form.is_dirty()


# --- the tabs under the form --------------------------------------------------------------------


def test_add_edit_and_delete_a_contact(
    qtbot: QtBot,
    view: SuppliersView,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    select(qtbot, view, ids["nuble"])
    panel = view.form.panels.contacts
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle()
    dialog = panel.dialog
    assert dialog is not None
    assert dialog.form.supplier.text() == "Frutícola Ñuble SpA"
    assert dialog.form.supplier.isReadOnly()
    type_text(qtbot, dialog.form.bindings["name"].widget, "José Núñez")
    qtbot.keyClicks(dialog.form.bindings["phone"].widget, "9 8765 4321")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert panel.dialog is None
    with database.transaction() as session:
        (contact,) = get_supplier(session, ids["nuble"]).contacts
        assert (contact.name, contact.phone) == ("José Núñez", "+56987654321")
    assert panel.model.index(0, 0).data() == "José Núñez"
    tabs = view.form.panels.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Contacts (1)"
    qtmodeltester.check(panel.model)

    # A new contact changes the supplier's version; the form keeps up, no false conflict.
    view.form.ask = lambda _dialog: pytest.fail("no conflict expected")  # type: ignore[method-assign]
    type_into(qtbot, view, "city", "Coihueco")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert stored(database, ids["nuble"]).city == "Coihueco"

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    settle()
    dialog = panel.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.bindings["role"].widget, "Export manager")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert panel.model.index(0, 1).data() == "Export manager"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    settle()
    assert panel.model.rowCount() == 0
    with database.transaction() as session:
        assert get_supplier(session, ids["nuble"]).contacts == []


def test_contact_dialog_cancel_saves_nothing(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int]
) -> None:
    select(qtbot, view, ids["nuble"])
    panel = view.form.panels.contacts
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert panel.dialog is not None
    qtbot.keyClicks(panel.dialog.form.bindings["name"].widget, "Nadie")
    panel.dialog.reject()
    assert panel.dialog is None
    with database.transaction() as session:
        assert get_supplier(session, ids["nuble"]).contacts == []


def test_add_update_and_remove_a_certification(
    qtbot: QtBot,
    view: SuppliersView,
    database: Database,
    ids: dict[str, int],
    qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select(qtbot, view, ids["nuble"])
    panel = view.form.panels.certifications
    show_tab(qtbot, view, panel)
    qtbot.waitUntil(lambda: not panel.reading)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle()
    dialog = panel.findChild(RegistrationDialog)
    assert dialog is not None
    dialog.kind.set_value("gacc")
    qtbot.keyClicks(dialog.number, "CCL0801000123")
    qtbot.keyClicks(dialog.valid_until.edit, "31/02/2027")
    dialog.save()
    settle()
    qtbot.waitUntil(lambda: dialog.marks.error.isVisible())
    assert "Valid until" in dialog.marks.error.text()
    assert panel.model.rowCount() == 0

    dialog.valid_until.edit.clear()
    settle()
    qtbot.keyClicks(dialog.valid_until.edit, "2027-03-31")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
        settle()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.reading)
    with database.transaction() as session:
        (cert,) = get_supplier(session, ids["nuble"]).certifications
        assert (cert.kind, cert.reference, cert.valid_until) == (
            Certification.GACC,
            "CCL0801000123",
            date(2027, 3, 31),
        )
    assert [panel.model.index(0, c).data() for c in range(2)] == [
        "GACC registration",
        "CCL0801000123",
    ]
    assert panel.model.index(0, 5).data() == "2027-03-31"
    qtmodeltester.check(panel.model)

    # Edit… opens the row's form filled in; a new number updates the same row.
    panel.table.selectRow(0)
    edit = panel.open_dialog(panel.model.rows[0])
    assert edit is not None
    assert edit.number.text() == "CCL0801000123"
    edit.number.clear()
    settle()
    qtbot.keyClicks(edit.number, "CCL0801000999")
    with qtbot.waitSignal(edit.accepted):
        edit.save()
        settle()
    qtbot.waitUntil(lambda: panel.model.index(0, 1).data() == "CCL0801000999")
    assert panel.model.rowCount() == 1

    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0 and not panel.reading)
    with database.transaction() as session:
        assert get_supplier(session, ids["nuble"]).certifications == []
    view.supplier_filters.certification.setCurrentIndex(
        view.supplier_filters.certification.findData("gacc")
    )
    assert names(view) == []


def test_tags_are_typed_with_commas(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int]
) -> None:
    select(qtbot, view, ids["nuble"])
    panel = view.form.panels.tags
    show_tab(qtbot, view, panel)
    assert not panel.save_button.isEnabled()
    type_text(qtbot, panel.edit, "cherries, Orgánico ,")
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    settle()
    with database.transaction() as session:
        assert sorted(t.name for t in get_supplier(session, ids["nuble"]).tags) == [
            "Orgánico",
            "cherries",
        ]
    assert panel.edit.text() == "Orgánico, cherries"
    tabs = view.form.panels.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Tags (2)"
    assert "frozen pulp" in panel.known_label.text()
    # The new tag can be filtered by at once.
    tag = view.supplier_filters.tag
    tag.setCurrentIndex(tag.findText("cherries"))
    settle()
    assert names(view) == ["Frutícola Ñuble SpA"]


def test_notes_and_follow_ups(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int], qtmodeltester: Any
) -> None:
    select(qtbot, view, ids["acai"])
    panel = view.form.panels.activities
    show_tab(qtbot, view, panel)
    qtbot.keyClicks(panel.subject, "Met at SIAL Shanghai")
    qtbot.keyClicks(panel.body, "Interested in frozen pulp for Tmall.")
    qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    settle()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Note"
    assert panel.subject.text() == ""

    qtbot.keyClicks(panel.subject, "Send price list")
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle()
    assert "needs a due date" in panel.marks.error.text()
    assert panel.model.rowCount() == 1
    qtbot.keyClicks(panel.due.edit, "2099-06-01")
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle()
    assert panel.model.rowCount() == 2
    qtmodeltester.check(panel.model)

    task_row = next(r for r in range(2) if panel.model.row_at(r).kind is ActivityKind.TASK)
    panel.table.selectRow(task_row)
    assert panel.done_button.text() == "Mark done"
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    settle()
    with database.transaction() as session:
        (task,) = [a for a in get_supplier(session, ids["acai"]).activities if a.due_on]
        assert task.done_at is not None
    row = next(r for r in range(2) if panel.model.row_at(r).kind is ActivityKind.TASK)
    assert panel.model.index(row, 4).data() == "Done"
    tabs = view.form.panels.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Notes (2)"


def test_negotiations_and_shipments_open_in_their_views(
    qtbot: QtBot, database: Database, settings: QSettings, qtmodeltester: Any
) -> None:
    with database.transaction() as session:
        load_demo(session)
    window = open_window(qtbot, database, settings)
    view = window.current
    qtbot.keyClicks(view.search, "nuble")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    select(qtbot, view, view.model.id_at(0))
    negotiations = view.form.panels.negotiations
    shipments = view.form.panels.shipments
    assert negotiations.model.rowCount() >= 1
    assert shipments.model.rowCount() >= 1
    qtmodeltester.check(negotiations.model)
    qtmodeltester.check(shipments.model)

    show_tab(qtbot, view, negotiations)
    wanted = negotiations.model.id_at(0)
    double_click_row(qtbot, negotiations.table, 0)
    assert window.current.kind == "negotiation"
    assert window.current.form.record_id == wanted

    window.show_view(1)
    settle()
    show_tab(qtbot, view, shipments)
    wanted = shipments.model.id_at(0)
    double_click_row(qtbot, shipments.table, 0)
    assert window.current.kind == "shipment"
    assert window.current.form.record_id == wanted


def test_contacts_of_an_archived_supplier_stay_listed(
    qtbot: QtBot, view: SuppliersView, database: Database, ids: dict[str, int]
) -> None:
    with database.transaction() as session:
        create_contact(session, ids["acai"], {"name": "Luíza Gonçalves"})
    select(qtbot, view, ids["acai"])
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    settle()
    assert view.form.panels.contacts.model.index(0, 0).data() == "Luíza Gonçalves"


def test_layout_fits_a_small_laptop(qtbot: QtBot, view: SuppliersView, ids: dict[str, int]) -> None:
    select(qtbot, view, ids["nuble"])
    tabs = view.form.panels.tabs
    bar = tabs.tabBar()
    right = bar.tabRect(bar.count() - 1).right()
    assert right <= bar.width(), "every tab title is visible without scrolling"
    assert view.detail_splitter.widget(1) is view.form.panels
    assert tabs.mapTo(view, QPoint(0, 0)).y() + 150 < view.height()
