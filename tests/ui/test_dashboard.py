from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.errors import ServiceError
from app.exporting.pipeline import build_pipeline
from app.queries.dashboard import OPEN_STAGES, build_dashboard
from app.rules.vocabulary import label
from app.services.demo import load_demo
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.app.queries.test_pipeline_totals import add_rates, add_rounding_deals
from ui.views import dashboard as dashboard_module
from ui.views.dashboard import (
    LATE_BACKGROUND,
    DashboardView,
    StageCard,
    due_text,
    eta_text,
    money,
)


def _view(qtbot: QtBot, database: Database) -> DashboardView:
    view = DashboardView(database)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.refresh()
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture(autouse=True)
def own_export_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The export settings (the reporting currency) in a file of the test's own."""
    import app.exporting.export_settings

    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session)
    return database


def _cards(view: DashboardView) -> dict[str, StageCard]:
    cards = [view.board.stages.itemAt(i).widget() for i in range(view.board.stages.count())]
    return {card.stage.text(): card for card in cards if isinstance(card, StageCard)}


def _stage_counts(view: DashboardView) -> dict[str, str]:
    cards = [view.board.stages.itemAt(i).widget() for i in range(view.board.stages.count())]
    return {card.stage.text(): card.count.text() for card in cards}


def _click(qtbot: QtBot, table: QTableView, row: int, column: int = 1) -> None:
    index = table.model().index(row, column)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def test_formats() -> None:
    assert money(Decimal("190000"), "USD") == "USD 190,000"
    # The report's figure to the cent, in whole units by the same rule (half up).
    assert money(Decimal("2.50"), "USD") == "USD 3"
    assert money(Decimal("6613.87"), "CNY") == "CNY 6,614"
    assert money(Decimal("1234.49"), "EUR") == "EUR 1,234"
    today = date(2026, 11, 27)
    assert eta_text(date(2026, 11, 24), today) == "11/24/2026 (3 days late)"  # en_US's date
    assert eta_text(date(2026, 11, 27), today) == "11/27/2026 (today)"
    assert eta_text(date(2026, 12, 5), today) == "12/5/2026"
    assert eta_text(None, today) == "not known"
    assert due_text(date(2026, 11, 26), today) == "1 day overdue"
    assert due_text(today, today) == "today"


def test_money_counts_and_dates_follow_the_locale() -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("es_ES"))  # the conftest puts en_US back afterwards
    today = date(2026, 11, 27)
    assert money(Decimal("190000"), "USD") == "USD 190.000"
    assert eta_text(date(2026, 11, 24), today) == "24/11/2026 (3 days late)"
    QLocale.setDefault(QLocale("zh_CN"))
    assert eta_text(date(2026, 12, 5), today) == "2026/12/5"


def test_empty_database_shows_the_welcome_panel(qtbot: QtBot, database: Database) -> None:
    view = _view(qtbot, database)
    assert view.pages.currentWidget() is view.welcome
    assert view.welcome.demo_button.isEnabled()
    assert view.welcome.import_button.isEnabled()
    with qtbot.waitSignal(view.import_requested, timeout=1000):
        view.welcome.import_button.click()
    assert view.status_text() == "No suppliers yet"


def test_load_demo_data_off_the_ui_thread_then_show_the_dashboard(
    qtbot: QtBot, database: Database
) -> None:
    view = _view(qtbot, database)
    changed: list[bool] = []
    view.data_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(view.welcome.demo_button, Qt.MouseButton.LeftButton)
    # The click returns at once: the load runs in the background behind a busy bar.
    assert view.welcome.busy.isVisible()
    assert not view.welcome.demo_button.isEnabled()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.board, timeout=30_000)
    assert changed == [True]
    assert not view.welcome.busy.isVisible()
    with database.transaction() as session:
        figures = build_dashboard(session, date.today())
    assert figures.suppliers == 40
    assert view.status_text() == "40 suppliers"
    assert _stage_counts(view) == {
        "Lead": "3 deals",
        "Sampling": "3 deals",
        "Negotiating": "3 deals",
        "Agreed": "3 deals",
        "Contracted": "6 deals",
    }
    cards = _cards(view)
    # The headline is the reporting currency (CNY) at today's rates, as build_dashboard has it.
    for stage in figures.pipeline:
        assert cards[label(stage.stage)].total.text() == money(stage.total, "CNY")
    # Under it, each deal currency's own figure; the boxed and containerised deals count.
    assert cards["Lead"].values.text() == "BRL 588,000\nUSD 121,000"
    assert cards["Contracted"].values.text() == "CNY 3,936,000\nUSD 1,647,560"
    assert figures.totals.total > 0
    assert view.board.shipments.rowCount() == len(figures.shipments) > 0
    assert view.board.tasks.rowCount() == len(figures.tasks) > 0


def test_the_stage_cards_show_the_pipeline_reports_totals(qtbot: QtBot, database: Database) -> None:
    with database.transaction() as session:
        add_rounding_deals(session)
        add_rates(session, date.today())
    view = _view(qtbot, database)
    cards = _cards(view)
    with database.transaction() as session:
        report = build_pipeline(session)
    assert {name: card.total.text() for name, card in cards.items()} == {
        label(s.stage): money(s.total, "CNY") for s in report.stages if s.stage in OPEN_STAGES
    }
    # 2.50 in the report is 3 on Home (it was 2: the old whole units rounded half to even)
    shown = {name: card.values.text() for name, card in cards.items()}
    assert shown == {
        "Lead": "USD 1",
        "Sampling": "USD 1",
        "Negotiating": "USD 3",
        "Agreed": "EUR 1",
        "Contracted": "CNY 6,614",
    }
    assert {name: card.total.text() for name, card in cards.items()} == {
        "Lead": "CNY 9",
        "Sampling": "CNY 7",
        "Negotiating": "CNY 18",
        "Agreed": "CNY 6",
        "Contracted": "CNY 6,614",
    }
    assert not cards["Contracted"].values.isVisible()  # all in CNY already: said once
    assert cards["Lead"].values.isVisible()
    assert "CNY 6,654 at the latest rates on or before" in view.board.rates.text()
    assert "USD→CNY 7.1000" in view.board.rates.text()
    assert "9.99" not in view.board.rates.text()  # tomorrow's rate


def test_a_deal_without_a_rate_or_packaging_is_named_on_its_card(
    qtbot: QtBot, database: Database, own_export_settings: Path
) -> None:
    from app.exporting.export_settings import ExportSettings, save_export_settings
    from app.services.negotiations import create_negotiation

    save_export_settings(ExportSettings(reporting_currency="USD"), own_export_settings)
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Vale do São Francisco", "country": "BR"})
        for product, currency, per in (
            ("Kent mango", "BRL", "box"),
            ("Figs", "ARS", "kg"),
            ("Plums", "ARS", "kg"),
            ("Limes", "USD", "kg"),
        ):
            values = {
                "stage": "lead",
                "currency": currency,
                "target_price": "2",
                "price_unit": per,
                "target_volume": "10",
                "volume_unit": "t",
            }
            create_negotiation(session, supplier.id, values, product_name=product)  # fmt: skip
    view = _view(qtbot, database)
    lead = _cards(view)["Lead"]
    assert lead.count.text() == "4 deals"
    assert lead.total.text() == "USD 20,000"  # the limes; ARS has no rate, mango no packaging
    assert lead.notes.text() == ("+2 deals without a ARS→USD rate\n1 product without packaging")
    assert lead.notes.toolTip().startswith("Kent mango has no kg per box")
    assert lead.notes.isVisible()
    assert not _cards(view)["Sampling"].notes.isVisible()


def test_home_reads_off_the_ui_thread_and_the_newest_refresh_wins(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    threads: list[bool] = []
    read = dashboard_module._read_dashboard

    def spy(database: Database, today: date) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return read(database, today)

    monkeypatch.setattr(dashboard_module, "_read_dashboard", spy)
    view = DashboardView(demo)
    qtbot.addWidget(view)
    assert view.pages.currentWidget() is view.waiting
    assert view.waiting.text() == "Loading…"
    view.refresh()
    assert view.pages.currentWidget() is view.waiting  # refresh returns before the read
    with demo.transaction() as session:
        create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.refresh()
    qtbot.waitUntil(lambda: not view.reading)
    qtbot.wait(50)
    assert threads == [False, False]
    assert view.status_text() == "41 suppliers"  # the older answer, if later, was dropped


def test_a_failed_demo_load_is_shown_and_the_button_comes_back(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(database: Database) -> Any:
        raise ServiceError("the disk is full")

    shown: list[str] = []
    monkeypatch.setattr(dashboard_module, "_load_demo", refuse)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    view = _view(qtbot, database)
    qtbot.mouseClick(view.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == ["the disk is full"])
    assert view.welcome.demo_button.isEnabled()
    assert not view.welcome.busy.isVisible()
    assert view.pages.currentWidget() is view.welcome


def test_clicking_a_shipment_opens_it(qtbot: QtBot, demo: Database) -> None:
    view = _view(qtbot, demo)
    table = view.board.shipment_table
    second = view.board.shipments.rows[1]
    with qtbot.waitSignal(view.open_requested) as opened:
        _click(qtbot, table, 1)
    assert opened.args == ["shipment", second.id]


def test_clicking_a_follow_up_opens_its_parent(qtbot: QtBot, demo: Database) -> None:
    view = _view(qtbot, demo)
    tasks = view.board.tasks.rows
    kinds = {t.parent_kind for t in tasks}
    assert kinds == {"supplier", "negotiation", "shipment"}
    for row, task in enumerate(tasks[:3]):
        with qtbot.waitSignal(view.open_requested) as opened:
            _click(qtbot, view.board.task_table, row)
        assert opened.args == [task.parent_kind, task.parent_id]
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # else it is a double-click


def test_enter_opens_and_a_double_click_opens_once(qtbot: QtBot, demo: Database) -> None:
    view = _view(qtbot, demo)
    table = view.board.shipment_table
    opened: list[tuple[str, int]] = []
    view.open_requested.connect(lambda kind, record: opened.append((kind, record)))
    table.setFocus()
    table.setCurrentIndex(view.board.shipments.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [("shipment", view.board.shipments.rows[2].id)]
    opened.clear()
    # A double-click as the window system delivers it: click, then press, double-click
    # and release; the second half must not reach what is under the mouse by then.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    index = view.board.shipments.index(0, 1)
    center = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened == [("shipment", view.board.shipments.rows[0].id)]
    # Later clicks work again.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    _click(qtbot, table, 1)
    assert opened[-1] == ("shipment", view.board.shipments.rows[1].id)


def test_late_shipments_and_overdue_tasks_stand_out(qtbot: QtBot, demo: Database) -> None:
    view = _view(qtbot, demo)
    model = view.board.shipments
    late = [r for r, s in enumerate(model.rows) if s.late]
    on_time = [r for r, s in enumerate(model.rows) if not s.late]
    assert late
    assert on_time
    assert "late)" in model.index(late[0], 3).data()
    assert "late" not in model.index(on_time[0], 3).data()
    assert model.index(late[0], 0).data(Qt.ItemDataRole.BackgroundRole).color() == LATE_BACKGROUND
    assert model.index(on_time[0], 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert f"{len(late)} late" in view.board.shipment_heading.text()
    # And on screen: the cell's padding is painted in the warning colour.
    table = view.board.shipment_table
    image = table.viewport().grab().toImage()
    for row, tinted in ((late[0], True), (on_time[0], False)):
        rect = table.visualRect(model.index(row, 1))
        color = image.pixelColor(rect.left() + 2, rect.center().y())
        assert (color == LATE_BACKGROUND) is tinted
    tasks = view.board.tasks
    overdue = next(r for r, t in enumerate(tasks.rows) if t.overdue)
    assert tasks.index(overdue, 0).data().endswith("overdue")
    assert tasks.index(overdue, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Due on ")


def test_refresh_follows_the_database(qtbot: QtBot, demo: Database) -> None:
    view = _view(qtbot, demo)
    with demo.transaction() as session:
        create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.refresh()
    assert view.status_text() == "41 suppliers"
    assert "41 suppliers" in view.board.summary.text()
    assert view.board.stages.count() == 5  # the old cards were replaced, not added to


def test_the_lists_are_sound_item_models(
    qtbot: QtBot, demo: Database, qtmodeltester: ModelTester
) -> None:
    view = _view(qtbot, demo)
    qtmodeltester.check(view.board.shipments)
    qtmodeltester.check(view.board.tasks)
    assert view.board.tasks.rowCount(view.board.tasks.index(0, 0)) == 0
    assert view.board.shipments.headerData(9, Qt.Orientation.Horizontal) is None
    assert view.board.shipments.data(QModelIndex()) is None
