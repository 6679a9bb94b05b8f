"""File > Tariffs…: the banner saying the rows are the user's own and must be checked
against the current tariff, the rows listed as the tariff prints them, one added (a bad
code refused beside its field, nothing stored), one deleted, the Find box answering which
row applies today or why none does, read-only mode and the File menu entry (issue 15
point 4)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.services.tariffs import add_tariff
from app.store.database import Database
from models import Tariff
from ui.i18n import day
from ui.main_window import MainWindow
from ui.tariffs_dialog import AddTariffDialog, TariffsDialog


def rows(dialog: TariffsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def count(database: Database) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(Tariff)) or 0


def open_dialog(qtbot: QtBot, database: Database, **kwargs: Any) -> TariffsDialog:
    dialog = TariffsDialog(database, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


@pytest.fixture
def tariffs(database: Database) -> Database:
    with database.transaction() as session:
        for code, origin, duty, scheme in (
            ("080440", "MX", "7", "provisional"),
            ("080440", "CL", "0", "fta"),
            ("080929", "CL", "0", "fta"),
        ):
            add_tariff(
                session,
                {"hs_code": code, "origin": origin, "duty_rate": duty, "scheme": scheme,
                 "vat_rate": "9", "valid_from": "2025-01-01", "source": "Demo example",
                 "notes": "Demo example, not the tariff"},
            )  # fmt: skip
    return database


def test_the_banner_says_the_rows_are_the_users_own_to_check_against_the_tariff(
    qtbot: QtBot, tariffs: Database
) -> None:
    dialog = open_dialog(qtbot, tariffs)
    banner = dialog.banner
    assert banner.isVisible()
    assert banner.y() < dialog.table.y()
    text = banner.text()
    assert "These rows are your own" in text
    assert "demo's rows are examples" in text
    assert "check every row against the current Customs Tariff" in text


def test_the_rows_are_listed_as_the_tariff_prints_them(qtbot: QtBot, tariffs: Database) -> None:
    dialog = open_dialog(qtbot, tariffs)
    assert [r[:7] for r in rows(dialog)] == [
        ["0804.40", "Chile", "0%", "FTA", "9%", day(date(2025, 1, 1)), ""],
        ["0804.40", "Mexico", "7%", "provisional", "9%", day(date(2025, 1, 1)), ""],
        ["0809.29", "Chile", "0%", "FTA", "9%", day(date(2025, 1, 1)), ""],
    ]
    assert rows(dialog)[0][7:] == ["Demo example", "Demo example, not the tariff"]
    assert dialog.count_label.text() == "3 tariff rows"


def test_find_says_which_row_applies_today_or_why_none_does(
    qtbot: QtBot, tariffs: Database
) -> None:
    dialog = open_dialog(qtbot, tariffs)
    dialog.find_hs.setText("0804.4000")
    dialog.find_origin.set_value("MX")
    dialog.find_button.click()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.found.text() == (
        "Applies today: 0804.40 from Mexico, duty 7% (provisional), VAT 9%, valid from "
        f"{day(date(2025, 1, 1))}"
    )
    assert dialog.chosen() is not None
    assert dialog.chosen()["origin"] == "MX"  # type: ignore[index]

    dialog.find_origin.set_value("PE")
    dialog.find_button.click()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.found.text().startswith("No tariff for HS code 08044000 from PE on ")
    assert dialog.found.text().endswith(": add one with Add tariff…")

    dialog.find_hs.setText("0804")
    dialog.find_button.click()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.found.text() == (
        "No tariff can be looked up: '0804' has 4 digits: an HS code has 6 to 10"
    )


def test_add_refuses_a_bad_code_beside_its_field_and_stores_a_good_row(
    qtbot: QtBot, tariffs: Database
) -> None:
    dialog = open_dialog(qtbot, tariffs)
    add = AddTariffDialog(tariffs, dialog)
    qtbot.addWidget(add)
    add.hs_code.setText("08044")
    add.origin.set_value("PE")
    add.duty_rate.setText("0")
    add.scheme.set_value("fta")
    add.save()
    assert not add.errors["hs_code"].isHidden()
    assert add.errors["hs_code"].text() == "'08044' has 5 digits: an HS code has 6 to 10"
    assert add.errors["duty_rate"].isHidden()
    assert add.result() == 0
    assert count(tariffs) == 3

    add.duty_rate.setText("120")
    add.hs_code.setText("0804.40")
    add.save()
    assert "120" in add.errors["duty_rate"].text()
    assert add.errors["hs_code"].isHidden()
    assert count(tariffs) == 3

    add.duty_rate.setText("0")
    add.save()
    assert add.stored == "0804.40 from Peru: duty 0%, VAT 9% stored"
    assert count(tariffs) == 4
    with tariffs.transaction() as session:
        row = session.scalars(select(Tariff).where(Tariff.origin == "PE")).one()
        assert (row.hs_code, row.scheme.value, row.valid_until) == ("080440", "fta", None)


def test_delete_asks_then_removes_the_row(
    qtbot: QtBot, tariffs: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: QWidget, title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = open_dialog(qtbot, tariffs)
    dialog.table.selectRow(1)
    dialog.delete_button.click()
    assert asked == [f"Delete the row 0804.40 from Mexico, valid from {day(date(2025, 1, 1))}?"]
    qtbot.waitUntil(lambda: not dialog.loading)
    assert [r[1] for r in rows(dialog)] == ["Chile", "Chile"]
    assert count(tariffs) == 2


def test_a_read_only_database_turns_add_and_delete_off_but_find_works(
    qtbot: QtBot, tariffs: Database
) -> None:
    dialog = open_dialog(qtbot, tariffs, read_only_reason="this login may only read")
    dialog.table.selectRow(0)
    for button in (dialog.add_button, dialog.delete_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Read-only: this login may only read"
    assert dialog.find_button.isEnabled()


def test_the_file_menu_opens_the_tariffs_dialog(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QWidget] = []
    monkeypatch.setattr(TariffsDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    entry = next(a for a in file_menu.actions() if a.text() == "&Tariffs…")
    entry.trigger()
    assert [type(d) for d in opened] == [TariffsDialog]
    QThreadPool.globalInstance().waitForDone()
