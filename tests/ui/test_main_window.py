from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.database import Database, open_database
from app.services.contacts import create_contact
from app.services.suppliers import create_supplier
from ui.main_window import MainWindow


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "ui.sqlite3"))
    with database.transaction() as session:
        nuble = create_supplier(
            session,
            {"name": "Frutícola Ñuble SpA", "country": "CL", "city": "Chillán", "status": "active"},
        )
        create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"})
        create_contact(session, nuble.id, {"name": "José Núñez"})
    yield database
    database.dispose()


def test_window_lists_suppliers_and_filters_as_you_type(qtbot: QtBot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 2
    assert window.model.index(0, 0).data() == "Açaí do Pará Ltda."
    assert window.model.index(1, 1).data() == "Chile"
    assert window.model.index(1, 3).data() == "Active"
    qtbot.keyClicks(window.search_box, "jose")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 0).data() == "Frutícola Ñuble SpA"
    assert "— 1 supplier" in window.statusBar().currentMessage()


def test_supplier_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, qtbot: QtBot, database: Database
) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    qtmodeltester.check(window.model)
