from __future__ import annotations

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
