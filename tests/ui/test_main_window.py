from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.contacts import create_contact
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
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
    settle()
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
    settle()
    qtbot.waitExposed(window)
    settle()
    window.show_view(3)
    settle()
    window.resize(window.width(), 520)
    window.close()
    again = MainWindow(database, settings)
    qtbot.addWidget(again)
    assert again.current.kind == "shipment"
    assert again.size().height() == 520


def test_views_are_built_when_first_shown(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    assert [v is not None for v in window._built] == [True] + [False] * (len(window._built) - 1)
    assert len(window._built) == window.nav.count() >= 7  # Compare offers is the seventh
    window.open_record("shipment", 12345)
    settle()
    assert window.current.kind == "shipment"
    assert window._built[3] is window.current
    assert window._built[2] is None
    assert shown == ["Shipment 12345 does not exist"]  # said, not raised
    assert not window.current.form.isEnabled()


def test_a_stage_card_lists_the_deals_at_that_stage(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    from PySide6.QtCore import Qt

    from app.services.demo import load_demo
    from ui.views.dashboard import StageCard

    with database.transaction() as session:
        load_demo(session)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show_view(0)
    settle()
    qtbot.waitUntil(lambda: bool(window.current.findChildren(StageCard)))  # read off the UI thread
    cards = window.current.findChildren(StageCard)
    sampling = next(c for c in cards if c.figures.stage.value == "sampling")
    qtbot.mouseClick(sampling, Qt.MouseButton.LeftButton)
    settle()
    view = window.current
    assert view.kind == "negotiation"
    assert view.model.rowCount() == sampling.figures.count == 3
    assert {view.model.row_at(r).stage.value for r in range(3)} == {"sampling"}


def test_the_days_backup_is_made_after_the_window_opens(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    from app.store.backup import list_backups

    _seed(database)
    assert database.path is not None
    assert list_backups(database.path) == []
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.start_daily_backup()
    qtbot.waitUntil(lambda: len(list_backups(database.path)) == 1, timeout=5000)
    assert list_backups(database.path)[0].name.endswith("-daily.sqlite3")
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage())
