"""File > Exchange rates…: the stored rates listed newest first and filtered by pair, one
added (a bad rate refused beside its field, nothing stored), a CSV imported, and the ECB
update run off the UI thread, online and offline (no network: urlopen is replaced)
(issue 15 point 1)."""

from __future__ import annotations

import io
import urllib.error
import urllib.request
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.rules.vocabulary import label
from app.services.fx_rates import add_rate
from app.store.database import Database
from models import FxRate, RateSource
from tests.app.services.test_fx_rates import ECB_DAILY
from ui.i18n import day, shown
from ui.main_window import MainWindow
from ui.rates_dialog import AddRateDialog, RatesDialog


def rows(dialog: RatesDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def count(database: Database) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(FxRate)) or 0


def open_dialog(qtbot: QtBot, database: Database, **kwargs: Any) -> RatesDialog:
    dialog = RatesDialog(database, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)  # the table is read off the UI thread
    return dialog


@pytest.fixture
def rated(database: Database) -> Database:
    with database.transaction() as session:
        for day, src, dst, rate in (
            ("2026-11-30", "USD", "CNY", "7.08"),
            ("2026-12-01", "USD", "CNY", "7.10"),
            ("2026-12-01", "EUR", "USD", "1.05"),
        ):
            add_rate(session, {"day": day, "from_currency": src, "to_currency": dst, "rate": rate})
    return database


def test_the_rates_are_listed_newest_first_and_filtered_by_pair(
    qtbot: QtBot, rated: Database
) -> None:
    dialog = open_dialog(qtbot, rated)
    assert rows(dialog) == [
        [day(date(2026, 12, 1)), "EUR", "USD", "1.05", "Manual"],
        [day(date(2026, 12, 1)), "USD", "CNY", "7.1", "Manual"],
        [day(date(2026, 11, 30)), "USD", "CNY", "7.08", "Manual"],
    ]
    assert dialog.count_label.text() == "3 rates"
    dialog.filter_to.set_value("CNY")
    assert dialog.count_label.text() == "Loading…"
    qtbot.waitUntil(lambda: not dialog.loading)
    assert [r[:3] for r in rows(dialog)] == [
        [day(date(2026, 12, 1)), "USD", "CNY"],
        [day(date(2026, 11, 30)), "USD", "CNY"],
    ]


def test_add_stores_a_rate_and_a_bad_one_is_refused_beside_its_field(
    qtbot: QtBot, database: Database
) -> None:
    add = AddRateDialog(database)
    qtbot.addWidget(add)
    add.day.set_date(date(2026, 12, 1))
    add.rate.setText("-7")
    add.save()
    assert add.saving  # stored off the UI thread
    assert add.status.text() == "Saving…"
    qtbot.waitUntil(lambda: not add.saving)
    assert add.rate.text() == "-7"  # kept as typed
    assert add.errors["rate"].text() == "'-7' must be more than zero"
    assert not add.errors["rate"].isHidden()
    assert add.result() == 0
    assert count(database) == 0

    add.rate.setText("7.10")
    add.save()
    qtbot.waitUntil(lambda: not add.saving)
    assert add.errors["rate"].isHidden()
    assert add.added == f"{day(date(2026, 12, 1))}: 1 USD = 7.1 CNY stored"
    with database.transaction() as session:
        stored = session.scalars(select(FxRate)).one()
        assert (stored.day, stored.from_currency, stored.to_currency, stored.rate) == (
            date(2026, 12, 1),
            "USD",
            "CNY",
            Decimal("7.10"),
        )


def test_import_of_a_csv_stores_its_rates_and_shows_the_summary(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("date,from,to,rate\n2026-12-01,USD,CNY,7.10\n2026-12-01,USD,MXN,17.2\n")
    dialog = open_dialog(qtbot, database)
    dialog.import_file(path)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.loading)
    assert dialog.message.text() == (
        "rates.csv (CSV, 2026-12-01): 2 rates read, 2 added, 0 changed, 0 already there"
    )
    assert [r[:4] for r in rows(dialog)] == [
        [day(date(2026, 12, 1)), "USD", "CNY", "7.1"],
        [day(date(2026, 12, 1)), "USD", "MXN", "17.2"],
    ]
    assert dialog.import_button.isEnabled()


def test_update_from_ecb_downloads_off_the_ui_thread_and_stores(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        urllib.request, "urlopen", lambda url, timeout: io.BytesIO(ECB_DAILY.encode())
    )
    dialog = open_dialog(qtbot, database)
    dialog.update_button.click()
    assert not dialog.update_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.loading)
    assert dialog.message.text().startswith("ECB (ECB daily XML, ")
    assert "5 rates read, 5 added" in dialog.message.text()
    assert len(rows(dialog)) == 5
    assert {r[1] for r in rows(dialog)} == {"EUR"}
    assert {r[4] for r in rows(dialog)} == {shown(label(RateSource.ECB))}


def test_update_from_ecb_offline_says_so_in_one_line_and_changes_nothing(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def offline(url: str, timeout: float) -> Any:
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    shown: list[str] = []
    monkeypatch.setattr(urllib.request, "urlopen", offline)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    dialog = open_dialog(qtbot, database)
    dialog.update_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.loading)
    assert shown == [
        "could not reach the ECB ([Errno -3] Temporary failure in name resolution): "
        "no rates were changed; try again when online"
    ]
    assert count(database) == 0
    assert rows(dialog) == []
    assert dialog.update_button.isEnabled()


def test_a_read_only_database_turns_the_editing_buttons_off(
    qtbot: QtBot, database: Database
) -> None:
    dialog = open_dialog(qtbot, database, read_only_reason="this login may only read")
    for button in (dialog.add_button, dialog.import_button, dialog.update_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Read-only: this login may only read"


def test_the_file_menu_opens_the_rates_dialog(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QWidget] = []
    monkeypatch.setattr(RatesDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    entry = next(a for a in file_menu.actions() if a.text() == "&Exchange rates…")
    entry.trigger()
    assert len(opened) == 1
    assert isinstance(opened[0], RatesDialog)
