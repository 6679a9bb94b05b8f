"""The shared form behaviour (ui.forms.base), exercised through the contact form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.contacts import get_contact, update_contact
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.conflict_dialog import ConflictDialog
from ui.forms.contact import ContactForm


@pytest.fixture
def supplier_id(database: Database) -> int:
    with database.transaction() as session:
        return create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"}).id


def _new_form(qtbot: QtBot, database: Database, supplier_id: int) -> ContactForm:
    form = ContactForm(database)
    qtbot.addWidget(form)
    form.load(
        None,
        None,
        {"supplier_id": supplier_id, "supplier": "Frutícola Ñuble SpA", "supplier_country": "CL"},
    )
    return form


def test_reason_shown_beside_a_field_as_the_user_types(
    qtbot: QtBot, database: Database, supplier_id: int
) -> None:
    form = _new_form(qtbot, database, supplier_id)
    phone = form.bindings["phone"]
    qtbot.keyClicks(phone.widget, "123")
    assert phone.error.isVisibleTo(form)
    assert "not a valid phone number for Chile" in phone.error.text()
    assert "c0392b" in phone.widget.styleSheet()
    phone.widget.clear()
    settle()
    qtbot.keyClicks(phone.widget, "9 6543 2109")
    assert not phone.error.isVisibleTo(form)
    assert phone.widget.styleSheet() == ""


def test_save_refused_with_every_reason(
    qtbot: QtBot, database: Database, supplier_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    form = _new_form(qtbot, database, supplier_id)
    qtbot.keyClicks(form.bindings["email"].widget, "ana@")
    qtbot.keyClicks(form.bindings["phone"].widget, "12")
    assert form.save() is False
    assert form.record_id is None
    assert "Name: is required" in shown[0]
    assert "Email:" in shown[0]
    assert "Phone:" in shown[0]


def test_create_then_edit_tracks_unsaved_changes(
    qtbot: QtBot, database: Database, supplier_id: int
) -> None:
    form = _new_form(qtbot, database, supplier_id)
    assert not form.is_dirty()
    with qtbot.waitSignal(form.dirty_changed):
        # QTest types ASCII only; accented text goes in as a paste would.
        qtbot.keyClicks(form.bindings["name"].widget, "Jose ")
        form.bindings["name"].widget.insert("Núñez")
    qtbot.keyClicks(form.bindings["phone"].widget, "9 6543 2109")
    with qtbot.waitSignal(form.saved):
        assert form.save()
    assert not form.is_dirty()
    settle()  # the record is read again off the UI thread
    assert form.bindings["phone"].text() == "+56965432109"
    assert form.title.text() == "Contact"
    form.bindings["role"].widget.setText("Gerente comercial")
    assert form.changed_values() == {"role": "Gerente comercial"}
    assert form.save()
    with database.transaction() as session:
        stored = get_contact(session, form.record_id or 0)
        assert (stored.name, stored.role, stored.version) == ("Jose Núñez", "Gerente comercial", 2)


@pytest.mark.parametrize("choice", ["yours", "theirs", "discard"])
def test_a_lost_race_is_shown_and_the_user_chooses(
    qtbot: QtBot, database: Database, supplier_id: int, choice: str
) -> None:
    form = _new_form(qtbot, database, supplier_id)
    form.bindings["name"].widget.setText("Ana Díaz")
    form.bindings["role"].widget.setText("Ventas")
    assert form.save()
    record_id = form.record_id or 0
    with database.transaction() as session:  # a colleague saves first
        update_contact(session, record_id, {"role": "Export manager", "wechat": "ana_cl"})
    form.bindings["role"].widget.setText("Gerente")
    form.bindings["email"].widget.setText("ana@nuble.cl")
    seen: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> bool:
        seen.append(dialog)
        if choice == "yours":
            dialog.choose_yours("role")
        if choice == "discard":
            dialog.take_theirs = True
        return True

    form.ask = answer  # type: ignore[method-assign]
    result = form.save()
    settle()
    assert len(seen) == 1
    assert seen[0].keep_yours == ({"role"} if choice == "yours" else set())
    with database.transaction() as session:
        stored = get_contact(session, record_id)
        role, email, wechat = stored.role, stored.email, stored.wechat
    assert wechat == "ana_cl"  # their change to a field you did not touch stays
    if choice == "yours":
        assert (result, role, email) == (True, "Gerente", "ana@nuble.cl")
    elif choice == "theirs":
        assert (result, role, email) == (True, "Export manager", "ana@nuble.cl")
    else:
        assert (result, role, email) == (False, "Export manager", None)
        assert form.bindings["role"].text() == "Export manager"
    assert not form.is_dirty()
