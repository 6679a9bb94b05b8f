"""A list in another language (issue 17): its headers, counts and cells are shown
translated while the column keys that settings and exports use stay the English headers
written in the code. The translator is built here, from a small .ts, with the project's
own pyside6-lrelease."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from app.exporting.list_sources import SUPPLIER_COLUMNS, pick_columns
from app.services.demo import load_demo
from app.store.database import Database
from models import SupplierStatus
from tests.ui.waiting import settle
from ui import i18n_build
from ui.export_actions import shown_headers
from ui.table_model import HEADER_KEY_ROLE, display
from ui.views.suppliers import SuppliersView

ZH = {
    ("Columns", "Name"): "名称",
    ("Columns", "Country"): "国家",
    ("Columns", "Status"): "状态",
    ("Columns", "Email"): "电子邮件",
    ("Cells", "yes"): "是",
    ("Vocabulary", "Active"): "合作中",
    ("SuppliersView", "Search suppliers…"): "搜索供应商…",
}
PLURALS = {("SuppliersView", "%Ln supplier(s)"): "%Ln 个供应商"}


def _ts(language: str) -> str:
    """A .ts of the few messages above (grouped by context, as lupdate writes them)."""
    contexts: dict[str, list[str]] = {}
    for (context, source), text in ZH.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
        )
    for (context, source), text in PLURALS.items():
        contexts.setdefault(context, []).append(
            f'<message numerus="yes"><source>{escape(source)}</source><translation>'
            f"<numerusform>{escape(text)}</numerusform></translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">{body}</TS>'
    )


@pytest.fixture
def chinese(tmp_path: Path) -> Iterator[None]:
    """The window in Chinese (our few messages, zh_CN numbers and dates) for one test."""
    ts = tmp_path / "list_zh_CN.ts"
    qm = tmp_path / "list_zh_CN.qm"
    ts.write_text(_ts("zh_CN"), encoding="utf-8")
    subprocess.run(
        [i18n_build.tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        yield
    finally:
        app.removeTranslator(translator)


def test_headers_are_shown_in_chinese_and_keyed_in_english(
    qtbot: QtBot, database: Database, settings: QSettings, chinese: None
) -> None:
    with database.transaction() as session:
        load_demo(session)
    view = SuppliersView(database)
    qtbot.addWidget(view)
    view.restore_state(settings)
    view.refresh()
    settle()
    model = view.model
    horizontal = Qt.Orientation.Horizontal

    # What the user reads: the header, a status cell, the search box, the count.
    assert model.headerData(0, horizontal) == "名称"
    assert model.headerData(3, horizontal) == "状态"
    assert model.headerData(0, horizontal, HEADER_KEY_ROLE) == "Name"
    active = next(r for r in range(model.rowCount()) if model.row_at(r).status == "active")
    assert model.index(active, 3).data() == "合作中"
    assert view.search.placeholderText() == "搜索供应商…"
    assert view.status_text() == f"{model.total} 个供应商"

    # The column chooser lists the Chinese headers, each keyed by its English one.
    menu = view.column_chooser.menu
    menu.aboutToShow.emit()
    found = menu.findChild(QListWidget, "column-list")
    assert found is not None
    items = {found.item(i).text(): found.item(i) for i in range(found.count())}
    assert items["电子邮件"].data(HEADER_KEY_ROLE) == "Email"
    items["电子邮件"].setCheckState(Qt.CheckState.Checked)

    # What is kept and exported: the English headers, found by the export's columns.
    headers = ["Name", "Country", "City", "Status", "Tax id", "Updated", "Email"]
    assert shown_headers(view.table) == headers
    assert settings.value("supplier/columns") == headers
    assert [c.header for c in pick_columns(SUPPLIER_COLUMNS, headers)] == headers


def test_cells_follow_the_language_and_the_locale(chinese: None) -> None:
    assert display(True) == "是"
    assert display(False) == ""
    assert display(SupplierStatus.ACTIVE) == "合作中"
    assert display(Decimal("1234.5")) == "1,234.50"  # zh_CN groups as en_US does
    assert display(date(2026, 12, 7)) == "2026/12/7"


def test_cells_in_spanish_numbers() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert display(Decimal("1234.5")) == "1234,50"  # es_ES groups from five digits
    assert display(Decimal("12345.5")) == "12.345,50"
    assert display(12345) == "12.345"
    assert display(date(2026, 12, 7)) == "7/12/2026"


def test_cells_in_english_as_before() -> None:
    assert display(Decimal("1234.5")) == "1,234.50"
    assert display(True) == "yes"
    assert display(SupplierStatus.ON_HOLD) == "On hold"
    assert display(date(2026, 12, 7)) == "12/7/2026"
    assert display(7) == "7"
