"""Home's Compliance card: expired, suspended, due in 30/60/90 days (the window a setting),
each count opening the rows behind it; on the demo the counts are a direct query's."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.exporting.export_settings import ExportSettings, save_export_settings
from app.queries.compliance import compliance_counts
from app.services.compliance import add_registration
from app.services.demo import load_demo
from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.views.dashboard import DashboardView

TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture(autouse=True)
def own_export_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import app.exporting.export_settings

    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


def view_of(qtbot: QtBot, database: Database) -> DashboardView:
    view = DashboardView(database)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.refresh()
    view.show()
    qtbot.waitExposed(view)
    return view


def tiles(view: DashboardView) -> dict[str, int]:
    return {t.caption.text(): t.count for t in view.board.compliance.tiles}


@pytest.fixture
def seeded(database: Database) -> dict[str, int]:
    with database.transaction() as session:
        curico = create_supplier(session, {"name": "Frutícola Curicó", "country": "CL"})
        andes = create_supplier(session, {"name": "Agrícola Los Andes", "country": "CL"})
        add_registration(session, curico.id, {"kind": "globalgap", "valid_until": day(-12)})
        add_registration(session, curico.id, {"kind": "gacc", "valid_until": day(20)})
        add_registration(session, andes.id, {"kind": "sag_csp", "valid_until": day(50)})
        add_registration(session, andes.id, {"kind": "haccp", "valid_until": day(85)})
        add_registration(session, andes.id, {"kind": "brcgs", "valid_until": day(150)})
        return {"curico": curico.id, "andes": andes.id}


def test_the_card_counts_and_opens_the_rows(
    qtbot: QtBot, database: Database, seeded: dict[str, int], qtmodeltester: Any
) -> None:
    view = view_of(qtbot, database)
    assert tiles(view) == {
        "expired": 1,
        "due in 30 days": 1,
        "due in 60 days": 2,
        "due in 90 days": 3,
    }
    expired = view.board.compliance.tiles[0]
    qtbot.mouseClick(expired, Qt.MouseButton.LeftButton)
    dialog = view.compliance_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.reading)
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == "Registrations and certificates expired"
    assert [dialog.model.index(0, c).data() for c in (0, 1, 5)] == [
        "Frutícola Curicó",
        "GlobalG.A.P.",
        "-12",
    ]
    with qtbot.waitSignal(view.open_requested) as opened:
        dialog.table.activated.emit(dialog.model.index(0, 0))
    assert opened.args == ["supplier", seeded["curico"]]

    due = view.show_compliance("due", 60)
    qtbot.waitUntil(lambda: not due.reading)
    assert [r.supplier for r in due.model.rows] == ["Frutícola Curicó", "Agrícola Los Andes"]
    assert due.summary.text() == "2 rows"
    due.close()


def test_the_window_is_a_setting(qtbot: QtBot, database: Database, seeded: dict[str, int]) -> None:
    save_export_settings(ExportSettings(compliance_window_days=180))
    view = view_of(qtbot, database)
    assert tiles(view) == {
        "expired": 1,
        "due in 30 days": 1,
        "due in 60 days": 2,
        "due in 180 days": 4,
    }


def test_on_the_demo_the_card_is_a_direct_query(qtbot: QtBot, database: Database) -> None:
    with database.transaction() as session:
        load_demo(session)
        direct = compliance_counts(session, TODAY, (30, 60, 90))
    view = view_of(qtbot, database)
    shown = {(t.kind, t.days): t.count for t in view.board.compliance.tiles}
    assert shown[("expired", 0)] == direct.expired
    assert shown[("expired", 0)] >= 1
    for days in (30, 60, 90):
        assert shown[("due", days)] == direct.due[days]
