"""The Compare offers view (issue 15 point 6): a product picker, the suppliers' latest
offers cheapest landed first with the best highlighted, missing inputs named in their
column, loaded off the UI thread (a newer request wins), a double-click opening the
negotiation, and the table exported to .xlsx."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import app.exporting.export_settings
import ui.export_flow
from app.services.freight import add_route
from app.services.fx_rates import add_rate
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import find_product, update_product
from app.services.suppliers import create_supplier
from app.services.tariffs import add_tariff
from app.store.database import Database
from ui.main_window import VIEWS, MainWindow
from ui.views.compare import (
    BEST_BACKGROUND,
    LANDED,
    MISSING,
    SUPPLIER,
    CompareView,
    Loaded,
)


@pytest.fixture(autouse=True)
def export_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The reporting currency comes from settings of the test's own, never the user's."""
    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


def _seed(database: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with database.transaction() as session:
        for name, country, port, price, product in (
            ("Aguacates del Valle", "MX", "Manzanillo", "6.00", "Hass avocado"),
            ("Empacadora Tancítaro", "MX", "Manzanillo", "5.40", "Hass avocado"),
            ("Hass Andina", "CO", "Cartagena", "2.65", "Hass avocado"),
            ("Frutícola Ñuble", "CL", "San Antonio", "7.00", "Fresh cherries"),
        ):
            supplier = create_supplier(session, {"name": name, "country": country})
            deal = create_negotiation(
                session,
                supplier.id,
                {"incoterm": f"FOB {port}", "origin_port": port, "destination_port": "Shanghai"},
                product_name=product,
            )
            ids[name] = deal.id
            add_offer(
                session,
                deal.id,
                {
                    "side": "supplier",
                    "offered_on": "2026-12-01",
                    "price": price,
                    "currency": "USD",
                    "price_unit": "kg",
                    "incoterm": f"FOB {port}",
                },
            )
        avocado = find_product(session, "Hass avocado")
        assert avocado is not None
        ids["avocado"] = avocado.id
        cherries = find_product(session, "Fresh cherries")
        assert cherries is not None
        ids["cherries"] = cherries.id
        update_product(session, avocado.id, {"hs_code": "080440", "kg_per_box": "10"})
        add_rate(
            session,
            {"day": "2026-11-30", "from_currency": "USD", "to_currency": "CNY", "rate": "7.10"},
            decimal_sep=".",
        )
        add_route(
            session,
            {
                "origin_port": "Manzanillo",
                "destination_port": "Shanghai",
                "mode": "sea",
                "cost": "8000",
                "currency": "USD",
                "per": "container",
                "payload_kg": "20000",
                "insurance_rate": "0.3",
                "valid_from": "2026-01-01",
            },
            decimal_sep=".",
        )
        for origin in ("MX", "CO"):
            add_tariff(
                session,
                {
                    "hs_code": "080440",
                    "origin": origin,
                    "duty_rate": "0",
                    "vat_rate": "9",
                    "valid_from": "2026-01-01",
                },
                decimal_sep=".",
            )
    return ids


def _view(qtbot: QtBot, database: Database, settings: QSettings) -> CompareView:
    view = CompareView(database)
    qtbot.addWidget(view)
    view.restore_state(settings)
    view.resize(1200, 600)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.loaded is not None and not view.loading)
    return view


def test_the_cheapest_landed_offer_comes_first_and_stands_out(
    qtbot: QtBot, database: Database, settings: QSettings, qtmodeltester: ModelTester
) -> None:
    _seed(database)
    view = _view(qtbot, database, settings)
    qtmodeltester.check(view.model)

    assert [view.product.itemText(n) for n in range(view.product.count())] == [
        "Fresh cherries",
        "Hass avocado",
    ]
    view.product.setCurrentIndex(view.product.findText("Hass avocado"))
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3)
    model = view.model
    assert [model.row_at(n).supplier_name for n in range(3)] == [
        "Empacadora Tancítaro",
        "Aguacates del Valle",
        "Hass Andina",
    ]
    assert model.index(1, LANDED).data() == "49.69"
    assert model.headerData(LANDED, Qt.Orientation.Horizontal) == "Landed / kg (CNY)"
    best = model.index(0, SUPPLIER).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(best, QBrush)
    assert best.color() == BEST_BACKGROUND
    assert model.index(1, SUPPLIER).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, LANDED).data() == "—"
    assert model.index(2, MISSING).data() == (
        "sea freight route Cartagena → Shanghai valid on 2026-12-01"
    )
    assert "CNY" in view.basis.text()
    assert "1 offer lacking an input" in view.basis.text()
    assert view.pages.currentWidget() is view.table
    assert view.export_button.isEnabled()
    assert view.status_text() == "3 suppliers with an offer"


def test_the_product_chosen_is_remembered(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    ids = _seed(database)
    view = _view(qtbot, database, settings)
    view.product.setCurrentIndex(view.product.findData(ids["avocado"]))
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3)
    view.save_state(settings)
    again = _view(qtbot, database, settings)
    assert again.product.currentText() == "Hass avocado"
    assert again.model.rowCount() == 3


def test_a_newer_request_supersedes_an_older_one(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    ids = _seed(database)
    view = _view(qtbot, database, settings)
    view.product.setCurrentIndex(view.product.findData(ids["avocado"]))
    old_request = view._request
    view.product.setCurrentIndex(view.product.findData(ids["cherries"]))
    qtbot.waitUntil(lambda: not view.loading)
    assert view.product.currentText() == "Fresh cherries"
    assert view.model.rowCount() == 1
    # an answer that arrives after a newer request was made is dropped
    stale = Loaded([(ids["avocado"], "Hass avocado")], ids["avocado"], None)
    view._loaded(old_request, stale)
    assert view.model.rowCount() == 1
    assert view.product.currentText() == "Fresh cherries"


def test_nothing_offered_yet_says_so(qtbot: QtBot, database: Database, settings: QSettings) -> None:
    view = _view(qtbot, database, settings)
    assert view.pages.currentWidget() is view.message
    assert "No supplier has made an offer yet" in view.message.text()
    assert not view.export_button.isEnabled()


def test_double_click_opens_the_negotiation(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    ids = _seed(database)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    number = next(n for n, entry in enumerate(VIEWS) if entry.kind == "compare")
    window.show_view(number)
    view = window.current
    assert isinstance(view, CompareView)
    qtbot.waitUntil(lambda: view.loaded is not None and not view.loading)
    view.product.setCurrentIndex(view.product.findData(ids["avocado"]))
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3)
    view._open(view.model.index(1, SUPPLIER))
    assert window.current.kind == "negotiation"
    qtbot.waitUntil(lambda: window.current.form.record_id == ids["Aguacates del Valle"])


def test_export_writes_the_table_as_shown(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    ids = _seed(database)
    view = _view(qtbot, database, settings)
    view.product.setCurrentIndex(view.product.findData(ids["avocado"]))
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3)
    target = tmp_path / "compare.xlsx"
    suggested: list[str] = []

    def answer(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        suggested.append(Path(start).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    finished: list[Path] = []
    monkeypatch.setattr(ui.export_flow, "offer_to_open", lambda _p, path, _w: finished.append(path))
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert suggested[0].startswith("Compare offers - Hass avocado - ")
    assert suggested[0].endswith(".xlsx")
    rows = [[c.value for c in r] for r in load_workbook(target).active.iter_rows()]
    assert rows[0][8] == "Landed per kg (CNY)"
    assert [r[1] for r in rows[1:]] == [
        "Empacadora Tancítaro",
        "Aguacates del Valle",
        "Hass Andina",
    ]
    assert rows[2][8] == pytest.approx(49.69)
    assert rows[3][9] == "sea freight route Cartagena → Shanghai valid on 2026-12-01"
