"""The Suppliers list marks a supplier with a compliance problem and filters on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.exporting.export_settings import ExportSettings, save_export_settings
from app.services.compliance import add_registration
from app.services.suppliers import create_supplier
from app.store.database import Database
from ui.main_window import MainWindow
from ui.views.supplier_filters import PROBLEM
from ui.views.suppliers import SuppliersView


def day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


@pytest.fixture(autouse=True)
def own_export_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.exporting.export_settings

    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)


@pytest.fixture
def view(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SuppliersView]:
    with database.transaction() as session:
        lapsed = create_supplier(session, {"name": "Frutícola Curicó", "country": "CL"})
        soon = create_supplier(session, {"name": "Berries del Sur", "country": "CL"})
        later = create_supplier(session, {"name": "Cerezas del Maule", "country": "CL"})
        create_supplier(session, {"name": "Sin Papeles SpA", "country": "CL"})
        add_registration(session, lapsed.id, {"kind": "globalgap", "valid_until": day(-12)})
        add_registration(session, soon.id, {"kind": "gacc", "valid_until": day(40)})
        add_registration(session, later.id, {"kind": "sag_csp", "valid_until": day(150)})
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_view(1)
    found = window.current
    assert isinstance(found, SuppliersView)
    qtbot.waitUntil(lambda: found.model.rowCount() == 4)
    yield found
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    window.close()


def marked(view: SuppliersView) -> dict[str, bool]:
    model = view.model
    return {
        model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None
        for r in range(model.rowCount())
    }


def test_marker_and_filter(qtbot: QtBot, view: SuppliersView) -> None:
    assert marked(view) == {
        "Berries del Sur": True,
        "Cerezas del Maule": False,
        "Frutícola Curicó": True,
        "Sin Papeles SpA": False,
    }
    tip = view.model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Frutícola Curicó\nCompliance problem:")
    combo = view.supplier_filters.compliance
    combo.setCurrentIndex(combo.findData(PROBLEM))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert set(marked(view)) == {"Berries del Sur", "Frutícola Curicó"}
    assert view.clear_filters.isEnabled()
    assert view.status_text().endswith("(filtered)")


def test_the_window_setting_widens_the_marker(qtbot: QtBot, view: SuppliersView) -> None:
    save_export_settings(ExportSettings(compliance_window_days=180))
    view.refresh()
    qtbot.waitUntil(lambda: marked(view).get("Cerezas del Maule") is True)
