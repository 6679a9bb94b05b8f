from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.contacts import create_contact
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.views.contacts import ContactsView


def _seed(database: Database) -> None:
    with database.transaction() as session:
        mexico = create_supplier(session, {"name": "Aguacates Uruapan", "country": "MX"})
        chile = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        create_contact(session, mexico.id, {"name": "José Núñez", "role": "Export manager"})
        create_contact(session, mexico.id, {"name": "Ana Pérez"})
        create_contact(session, chile.id, {"name": "王力"})


def _view(qtbot: QtBot, database: Database) -> ContactsView:
    view = ContactsView(database)
    qtbot.addWidget(view)
    view.show()
    settle()
    view.refresh()
    settle()
    return view


def _names(view: ContactsView) -> list[str]:
    return [view.model.row_at(i).name for i in range(view.model.rowCount())]


def test_search_is_accent_free(qtbot: QtBot, database: Database) -> None:
    _seed(database)
    view = _view(qtbot, database)
    assert _names(view) == ["Ana Pérez", "José Núñez", "王力"]  # A to Z
    qtbot.keyClicks(view.search, "jose")
    qtbot.waitUntil(lambda: _names(view) == ["José Núñez"])
    view.search.clear()
    settle()
    view.search.setText("王")  # QTest cannot type CJK characters
    qtbot.waitUntil(lambda: _names(view) == ["王力"])


def test_country_filter(qtbot: QtBot, database: Database) -> None:
    _seed(database)
    view = _view(qtbot, database)
    view.country_filter.setCurrentIndex(view.country_filter.findData("MX"))
    settle()
    assert _names(view) == ["Ana Pérez", "José Núñez"]
    view.country_filter.setCurrentIndex(view.country_filter.findData("CL"))
    settle()
    assert _names(view) == ["王力"]
    qtbot.keyClicks(view.search, "nunez")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.country_filter.setCurrentIndex(0)  # any country
    settle()
    assert _names(view) == ["José Núñez"]
    assert view.status_text() == "1 contact"  # a plural of its own (was "1 contacts")


def test_contact_model(qtbot: QtBot, database: Database, qtmodeltester: ModelTester) -> None:
    _seed(database)
    view = _view(qtbot, database)
    qtmodeltester.check(view.model)


def test_editing_a_contact_shows_what_was_saved_without_reading_again(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contact as stored (its phone as the service tidied it, its supplier's name)
    and the list's page come with the save (ui.forms.saved_reads); nothing is read again
    after it."""
    _seed(database)
    view = _view(qtbot, database)
    row = _names(view).index("José Núñez")
    view.table.selectRow(row)
    settle()
    reads: list[str] = []
    monkeypatch.setattr(view.form, "reload", lambda: reads.append("form"))
    monkeypatch.setattr(view.model, "reload", lambda **_kw: reads.append("list"))
    phone = view.form.bindings["phone"]
    phone.set_text("443 123 4567")
    role = view.form.bindings["role"]
    role.set_text("Gerente de exportación")
    assert view.form.save()
    settle()
    assert reads == []
    assert phone.text() == "+524431234567"
    assert view.form.bindings["name"].text() == "José Núñez"
    assert not view.form.is_dirty()
    assert view.form.supplier.text() == "Aguacates Uruapan"
    listed = view.model.row_at(_names(view).index("José Núñez"))
    assert (listed.role, listed.phone, listed.supplier) == (
        "Gerente de exportación",
        "+524431234567",
        "Aguacates Uruapan",
    )
