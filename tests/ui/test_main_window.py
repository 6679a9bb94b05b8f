from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.database import Database
from app.services.contacts import create_contact
from app.services.suppliers import create_supplier
from ui.main_window import MainWindow


def _seed(database: Database) -> None:
    with database.transaction() as session:
        nuble = create_supplier(
            session,
            {"name": "Frutícola Ñuble SpA", "country": "CL", "city": "Chillán", "status": "active"},
        )
        create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"})
        create_contact(session, nuble.id, {"name": "José Núñez"})


def test_navigation_and_search_as_you_type(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    _seed(database)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show_view(1)
    view = window.current
    assert view.kind == "supplier"
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.search, "jose")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 0).data() == "Frutícola Ñuble SpA"
    assert window.count_label.text() == "1 suppliers" or "1" in window.count_label.text()


def test_window_layout_is_remembered(qtbot: QtBot, database: Database, settings: QSettings) -> None:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_view(3)
    window.resize(window.width(), 520)
    window.close()
    again = MainWindow(database, settings)
    qtbot.addWidget(again)
    assert again.current.kind == "shipment"
    assert again.size().height() == 520
