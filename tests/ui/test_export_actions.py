"""The Export button of the list views, driven as a user does: type a search, pick a
filter, move or hide a column, choose a menu entry, pick a file; then read the file back
and compare it with what the list shows."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

import app.exporting.export_settings
import ui.export_actions
import ui.export_flow
from app.exporting import list_files
from app.exporting.export_settings import ExportSettings, save_export_settings
from app.exporting.files import file_name
from app.services.demo import load_demo
from app.store.database import Database
from tests.ui.waiting import settle
from ui.export_actions import ExportActions, shown_headers
from ui.main_window import MainWindow
from ui.table_model import display
from ui.worker import idle

SUPPLIERS, NEGOTIATIONS, SHIPMENTS, CONTACTS = 1, 2, 3, 4


@pytest.fixture(autouse=True)
def export_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The export settings of the test's own, never the user's."""
    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


@pytest.fixture
def finished(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, list[str]]]:
    """The "Export finished" box, recorded instead of shown."""
    seen: list[tuple[Path, list[str]]] = []
    monkeypatch.setattr(
        ui.export_flow,
        "offer_to_open",
        lambda _parent, path, warnings: seen.append((path, warnings)),
    )
    return seen


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    with database.transaction() as session:
        load_demo(session)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    window.close()


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the save dialog with `path`; returns the names it suggested."""
    suggested: list[str] = []

    def answer(_parent: QWidget, _title: str, start: str, _filters: str) -> tuple[str, str]:
        suggested.append(Path(start).name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def open_view(qtbot: QtBot, window: MainWindow, number: int) -> Any:
    window.show_view(number)
    view = window.current
    qtbot.waitUntil(lambda: view.model.loaded)
    return view


def export(
    qtbot: QtBot, view: Any, entry: str, finished: list[tuple[Path, list[str]]]
) -> tuple[Path, list[str]]:
    actions: ExportActions = view.export_actions
    button = view.findChild(QToolButton, "export-button")
    assert button is not None
    assert button.isVisibleTo(view)
    assert button.menu() is actions.menu
    actions.menu.aboutToShow.emit()  # what opening the menu does
    count = len(finished)
    actions.action(entry).trigger()
    qtbot.waitUntil(lambda: len(finished) > count, timeout=10_000)
    return finished[-1]


def every_row(view: Any) -> list[Any]:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(n) for n in range(model.rowCount())]


def shown(view: Any, row: Any) -> list[str]:
    """A row's cells as the table shows them, in the table's visible column order, each
    in the export's locale-free form (the table shows dates and numbers in the locale's:
    11/24/2026, 1.234,50; a .csv keeps 2026-11-24, 1234.50)."""
    from app.exporting.list_cells import csv_converter

    by_header = {c.header: c for c in view.model.columns}
    kinds = {c.header: c.kind for c in getattr(list_files, view.export_actions.source.columns)}
    return [
        csv_converter(kinds[h])(by_header[h].value(row))
        if h in kinds
        else display(by_header[h].value(row))
        for h in shown_headers(view.table)
    ]


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads accents with a BOM
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_the_supplier_list_exports_exactly_the_rows_a_search_shows(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    view = open_view(qtbot, window, SUPPLIERS)
    everyone = view.model.total
    qtbot.keyClicks(view.search, "frut")
    qtbot.waitUntil(lambda: 0 < view.model.total < everyone)
    target = tmp_path / "suppliers.csv"
    suggested = save_to(monkeypatch, target)

    path, warnings = export(qtbot, view, "This list (CSV)…", finished)

    assert path == target
    assert warnings == []
    assert suggested[0].startswith("suppliers-")
    assert suggested[0].endswith(".csv")
    rows = read_csv(target)
    assert rows[0] == ["Name", "Country", "City", "Status", "Tax id", "Updated"]
    assert rows[1:] == [shown(view, row) for row in every_row(view)]
    assert any(name.startswith("Frutícola Ñuble") for name, *_ in rows[1:])
    assert not list(tmp_path.glob("*.part"))


def test_a_hidden_column_is_left_out_and_a_moved_one_keeps_its_place(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    from openpyxl import load_workbook

    view = open_view(qtbot, window, SUPPLIERS)
    header = view.table.horizontalHeader()
    header.hideSection(4)  # Tax id
    header.moveSection(header.visualIndex(3), 0)  # Status first
    view.show_archived.setChecked(True)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by country, Z to A
    # the sorted page is read off the UI thread: the list shows it once it has come
    qtbot.waitUntil(lambda: view.model.sort_key == "country" and not view.model.loading)
    save_to(monkeypatch, tmp_path / "suppliers.xlsx")

    export(qtbot, view, "This list (Excel)…", finished)

    sheet = load_workbook(tmp_path / "suppliers.xlsx").active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Status", "Name", "Country", "City", "Updated"]
    rows = every_row(view)
    assert len(values) - 1 == len(rows) == 40
    assert [v[1] for v in values[1:]] == [shown(view, r)[1] for r in rows]
    assert values[1][2] == "Peru"  # the sort the list shows, not the default one


@pytest.mark.parametrize(
    ("number", "choose"),
    [
        (NEGOTIATIONS, lambda v: v.stage_filter.setCurrentIndex(v.stage_filter.findData("open"))),
        (SHIPMENTS, lambda v: v.status_filter.setCurrentIndex(v.status_filter.findData("moving"))),
        (SHIPMENTS, lambda v: v.mode_filter.setCurrentIndex(v.mode_filter.findData("air"))),
        (CONTACTS, lambda v: v.country_filter.setCurrentIndex(v.country_filter.findData("BR"))),
    ],
    ids=["negotiations-open", "shipments-moving", "shipments-air", "contacts-brazil"],
)
def test_every_list_exports_what_its_filters_show(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
    number: int,
    choose: Any,
) -> None:
    view = open_view(qtbot, window, number)
    everyone = view.model.total
    choose(view)
    qtbot.waitUntil(lambda: 0 < view.model.total < everyone)
    save_to(monkeypatch, tmp_path / "list.csv")

    export(qtbot, view, "This list (CSV)…", finished)

    rows = read_csv(tmp_path / "list.csv")
    assert rows[0] == shown_headers(view.table)
    assert [r[0] for r in rows[1:]] == [shown(view, row)[0] for row in every_row(view)]


def test_the_deal_sheet_pdf_of_the_selected_negotiation(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    from pypdf import PdfReader

    broken_logo = tmp_path / "logo.png"
    broken_logo.write_bytes(b"not a picture")
    save_export_settings(
        ExportSettings(
            company_name="Dragon Fresh Imports", logo_file=str(broken_logo), prepared_by="Lucía"
        )
    )
    view = open_view(qtbot, window, NEGOTIATIONS)
    actions: ExportActions = view.export_actions
    actions.menu.aboutToShow.emit()
    assert not actions.action("Deal sheet (PDF)…").isEnabled()  # nothing chosen yet
    view.table.selectRow(2)
    deal = view.model.row_at(2)
    qtbot.waitUntil(lambda: view.form.record_id == deal.id)
    suggested = save_to(monkeypatch, tmp_path / "deal.pdf")

    path, warnings = export(qtbot, view, "Deal sheet (PDF)…", finished)

    assert suggested == [f"Deal sheet - {file_name(deal.title)}.pdf"]
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert deal.title in text
    assert "Dragon Fresh Imports" in text
    assert "Lucía" in text
    assert len(warnings) == 1
    assert "logo" in warnings[0]  # told, and the sheet made without it


def test_the_deal_sheet_in_excel_and_the_pipeline_of_the_filtered_list(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    from openpyxl import load_workbook

    view = open_view(qtbot, window, NEGOTIATIONS)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.form.record_id is not None)
    save_to(monkeypatch, tmp_path / "deal.xlsx")
    export(qtbot, view, "Deal sheet (Excel)…", finished)
    assert load_workbook(tmp_path / "deal.xlsx").sheetnames[:2] == ["Summary", "Offers"]

    view.stage_filter.setCurrentIndex(view.stage_filter.findData("contracted"))
    qtbot.waitUntil(lambda: view.model.total == 6)
    save_to(monkeypatch, tmp_path / "pipeline.xlsx")
    export(qtbot, view, "Pipeline report (Excel)…", finished)
    book = load_workbook(tmp_path / "pipeline.xlsx")
    titles = {row.title for row in every_row(view)}
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    assert titles <= cells
    assert "Tahiti lime – Itajobi" not in cells  # closed lost: not in the filtered list

    save_to(monkeypatch, tmp_path / "pipeline.pdf")
    path, _warnings = export(qtbot, view, "Pipeline report (PDF)…", finished)
    assert path.read_bytes().startswith(b"%PDF")


def test_an_unwritable_target_is_explained_and_cancelling_the_dialog_does_nothing(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    view = open_view(qtbot, window, CONTACTS)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    save_to(monkeypatch, tmp_path / "missing" / "contacts.csv")
    view.export_actions.action("This list (CSV)…").trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "contacts.csv" in warned[0]
    assert "folder does not exist" in warned[0]
    assert finished == []

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    view.export_actions.running = None
    view.export_actions.action("This list (Excel)…").trigger()
    assert view.export_actions.running is None


def test_only_the_lists_get_an_export_button(window: MainWindow) -> None:
    for view in window.views:
        has_button = view.findChild(QToolButton, "export-button") is not None
        assert has_button == (view.kind in ("supplier", "negotiation", "shipment", "contact"))
    negotiations = window.views[NEGOTIATIONS].export_actions
    assert [a.text() for a in negotiations.menu.actions() if a.text()] == [
        "Deal sheet language",
        "Deal sheet for",
        "Deal sheet (PDF)…",
        "Deal sheet (Excel)…",
        "Send deal sheet by email…",
        "Pipeline report (Excel)…",
        "Pipeline report (PDF)…",
        "This list (Excel)…",
        "This list (CSV)…",
        "Columns",
    ]
    suppliers = window.views[SUPPLIERS].export_actions
    assert [a.text() for a in suppliers.menu.actions() if a.text()] == [
        "This list (Excel)…",
        "This list (CSV)…",
        "Columns",
    ]


def test_the_deal_sheet_language_is_chosen_per_export(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    from pypdf import PdfReader

    save_export_settings(ExportSettings(label_language="es"))
    view = open_view(qtbot, window, NEGOTIATIONS)
    actions: ExportActions = view.export_actions
    actions.menu.aboutToShow.emit()
    assert actions.language() == "es"  # the settings' default is ticked
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.form.record_id is not None)
    actions.choose_language("zh")
    save_to(monkeypatch, tmp_path / "deal-zh.pdf")

    path, _warnings = export(qtbot, view, "Deal sheet (PDF)…", finished)

    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "供应商" in text  # 'Supplier' in the Chinese labels
    assert actions.language() == "zh"  # kept for the next export in this window


def test_whom_the_deal_sheet_is_for_is_chosen_per_export_and_named_in_the_file(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    """The settings' default (the partner) is ticked; choosing Internal use makes the
    team's sheet, named so in the suggested file name and marked inside."""
    from pypdf import PdfReader

    view = open_view(qtbot, window, NEGOTIATIONS)
    actions: ExportActions = view.export_actions
    actions.menu.aboutToShow.emit()
    assert actions.audience() == "partner"
    view.table.selectRow(0)
    deal = view.model.row_at(0)
    qtbot.waitUntil(lambda: view.form.record_id == deal.id)

    suggested = save_to(monkeypatch, tmp_path / "partner.pdf")
    path, _warnings = export(qtbot, view, "Deal sheet (PDF)…", finished)
    assert suggested == [f"Deal sheet - {file_name(deal.title)}.pdf"]
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "INTERNAL" not in text
    assert "Target price" not in text

    actions.choose_audience("internal")
    suggested = save_to(monkeypatch, tmp_path / "internal.pdf")
    path, _warnings = export(qtbot, view, "Deal sheet (PDF)…", finished)
    assert suggested == [f"Deal sheet (internal) - {file_name(deal.title)}.pdf"]
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "DO NOT SEND TO THE SUPPLIER" in text
    assert "Target price" in text
    assert "Landed cost in China" in text
    assert actions.audience() == "internal"  # kept for the next export in this window


def test_the_settings_can_make_internal_the_default_but_never_for_an_email(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.export_actions

    save_export_settings(ExportSettings(deal_sheet_for="internal"))
    view = open_view(qtbot, window, NEGOTIATIONS)
    actions: ExportActions = view.export_actions
    actions.menu.aboutToShow.emit()
    assert actions.audience() == "internal"
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.form.record_id is not None)
    asked: list[object] = []
    real = ui.export_actions.deal_sheet_export

    def spy(*args: object) -> object:
        asked.append(args[-1])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ui.export_actions, "deal_sheet_export", spy)
    monkeypatch.setattr("ui.reaching.send_deal_sheet", lambda *_args: None)
    actions.send_deal_sheet()
    assert asked == ["partner"]  # what goes to the supplier is the partner's sheet


def test_the_deal_sheet_keeps_its_own_language_whatever_the_window_speaks(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finished: list[tuple[Path, list[str]]],
) -> None:
    """A Chinese window exports the English deal sheet its settings ask for (issue 17)."""
    from pypdf import PdfReader
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    save_export_settings(ExportSettings(label_language="en"))
    i18n.install("zh_CN")
    with database.transaction() as session:
        load_demo(session)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    view = open_view(qtbot, window, NEGOTIATIONS)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.form.record_id is not None)
    save_to(monkeypatch, tmp_path / "deal.pdf")
    entry = QCoreApplication.translate("ExportActions", "Deal sheet (PDF)…")
    assert entry != "Deal sheet (PDF)…"  # the menu is in Chinese

    path, _warnings = export(qtbot, view, entry, finished)

    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "DEAL SHEET" in text
    assert "Prepared by" in text
    assert "供应商" not in text  # no Chinese label on the sheet
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    window.close()


def test_opening_the_negotiations_export_menu_prepares_the_pdf_renderer_once(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first deal sheet's ~1 s of loading reportlab and reading fonts is spent while
    the user chooses the entry: off the UI thread, once, without a statement."""
    prepared: set[bool] = set()
    monkeypatch.setattr(ui.export_actions, "_prepared", prepared)
    view = open_view(qtbot, window, 2)
    statements: list[str] = []

    def executed(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", executed)
    try:
        view.export_actions.menu.aboutToShow.emit()
        assert not idle()  # on its way, off the UI thread
        settle()
        assert prepared == {False}  # the Latin faces: the sheet's language is not Chinese
        assert "app.exporting.pdf_deal_sheet" in sys.modules
        view.export_actions.menu.aboutToShow.emit()
        assert idle()  # prepared already: nothing started
    finally:
        event.remove(database.engine, "before_cursor_execute", executed)
    assert statements == []
