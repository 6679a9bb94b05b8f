"""The window never waits on the network (issue 18 point 3): no SQL statement runs on the
UI thread while the user walks the window.

A `before_cursor_execute` listener on the Engine class notes every statement that runs
on the main thread, with the action the user was doing and where it came from. The walk
opens every view, types a search, changes a filter, sorts, scrolls to the next page,
presses F5, and opens a record with each of its tabs; the test fails listing what ran
on the UI thread during those actions, counted per action.
"""

from __future__ import annotations

import threading
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QTableView, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from app.services.demo import load_demo
from app.store.database import Database
from ui.main_window import VIEWS, MainWindow
from ui.table_model import Column, Fetched, PagedTableModel
from ui.worker import idle

SETTLE_MS = 5000


@dataclass
class UiThreadSql:
    """Statements run on the UI thread, by the action during which they ran."""

    action: str = "before the window"
    statements: list[tuple[str, str, str]] = field(default_factory=list)
    """(action, statement, where in our code)."""
    recording: bool = True

    def note(self, statement: str) -> None:
        if not self.recording or threading.current_thread() is not threading.main_thread():
            return
        ours = [
            f"{frame.filename.split('/main/')[-1]}:{frame.lineno} {frame.name}"
            for frame in traceback.extract_stack()
            if "/ui/" in frame.filename and "/tests/" not in frame.filename
        ]
        where = " < ".join(reversed(ours[-3:])) or "(no ui frame)"
        self.statements.append((self.action, " ".join(statement.split())[:90], where))

    def counts(self) -> Counter[str]:
        return Counter(action for action, _, _ in self.statements)

    def report(self) -> str:
        lines = [f"{n:3d}  {action}" for action, n in self.counts().items()]
        lines.append("")
        seen: set[tuple[str, str]] = set()
        for action, statement, where in self.statements:
            if (action, where) in seen:
                continue
            seen.add((action, where))
            lines.append(f"[{action}] {where}\n      {statement}")
        return "\n".join(lines)


@pytest.fixture
def ui_sql() -> Iterator[UiThreadSql]:
    found = UiThreadSql()

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        found.note(statement)

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield found
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def settle(qtbot: QtBot) -> None:
    """Every read started by the last action has landed (and what it started too)."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        qtbot.waitUntil(lambda: idle() and pool.activeThreadCount() == 0, timeout=SETTLE_MS)
        qtbot.wait(30)


def act(qtbot: QtBot, found: UiThreadSql, action: str, do: Callable[[], Any]) -> None:
    found.action = action
    do()
    settle(qtbot)
    found.action = "between actions"


def _tabs_of(widget: Any) -> list[QTabWidget]:
    return [t for t in widget.findChildren(QTabWidget) if t.count() > 1]


def walk(qtbot: QtBot, window: MainWindow, found: UiThreadSql) -> None:
    """What a user does: every view, its list, a search, a filter, sorting, the next page,
    F5, a record and each of its tabs."""
    for number, entry in enumerate(VIEWS):
        kind = entry.kind
        act(qtbot, found, f"{kind}: show the view", partial(window.show_view, number))
        view = window.view(number)
        table = getattr(view, "table", None)
        search = getattr(view, "search", None)
        model = getattr(view, "model", None)
        if isinstance(table, QTableView) and isinstance(model, PagedTableModel):
            # Small pages, so that the demo's few rows make a next page to scroll to.
            model.page_size = 5
            act(qtbot, found, f"{kind}: F5 refresh", window.refresh_action.trigger)
            if model.canFetchMore():
                act(qtbot, found, f"{kind}: scroll to the next page", table.scrollToBottom)
                act(qtbot, found, f"{kind}: scroll to the next page", model.fetchMore)
                assert model.rowCount() > 5, f"{kind}: no next page was read"
            act(
                qtbot,
                found,
                f"{kind}: sort by a column",
                partial(table.sortByColumn, 0, Qt.SortOrder.DescendingOrder),
            )
            if model.rowCount():
                act(qtbot, found, f"{kind}: select a row", partial(table.selectRow, 0))
                form = getattr(view, "form", None)
                if form is not None:
                    for tabs in _tabs_of(form) + _tabs_of(view):
                        for index in range(tabs.count()):
                            act(
                                qtbot,
                                found,
                                f"{kind}: tab {tabs.tabText(index).split(' (')[0]}",
                                partial(tabs.setCurrentIndex, index),
                            )
                if model.rowCount() > 1:
                    act(qtbot, found, f"{kind}: select another row", partial(table.selectRow, 1))
        if search is not None and search.isVisible():
            act(
                qtbot,
                found,
                f"{kind}: type a search",
                partial(cast(Any, qtbot).keyClicks, search, "an"),
            )
            qtbot.wait(300)  # the search waits for a pause in the typing
            settle(qtbot)
            found.action = "between actions"
            act(qtbot, found, f"{kind}: clear the search", search.clear)
            qtbot.wait(300)
            settle(qtbot)
            found.action = "between actions"
        combos = [
            getattr(view, name, None)
            for name in ("stage_filter", "status_filter", "country_filter")
        ]
        filters = getattr(view, "supplier_filters", None)
        if filters is not None:
            combos.append(filters.status)
        combo = next((c for c in combos if c is not None and c.count() > 1), None)
        if combo is not None:
            act(qtbot, found, f"{kind}: change a filter", partial(combo.setCurrentIndex, 1))
            act(qtbot, found, f"{kind}: clear the filter", partial(combo.setCurrentIndex, 0))
        act(qtbot, found, f"{kind}: F5 refresh", window.refresh_action.trigger)


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session)
    return database


def test_the_window_runs_no_sql_on_the_ui_thread(
    qtbot: QtBot, demo: Database, settings: QSettings, ui_sql: UiThreadSql
) -> None:
    ui_sql.action = "open the window"
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    walk(qtbot, window, ui_sql)
    ui_sql.recording = False
    assert not ui_sql.statements, "SQL on the UI thread:\n" + ui_sql.report()


def test_the_detector_sees_a_read_on_the_ui_thread(demo: Database, ui_sql: UiThreadSql) -> None:
    ui_sql.action = "a read on purpose"
    with demo.transaction() as session:
        session.execute(__import__("sqlalchemy").text("SELECT 1"))
    assert ui_sql.counts()["a read on purpose"] >= 1


@dataclass(frozen=True)
class _Row:
    id: int


def test_a_newer_read_supersedes_an_older_one_still_on_its_way(qtbot: QtBot) -> None:
    """The first read is slow, the second (a keystroke later) quick: the second's rows are
    shown and stay; the first's, arriving last, are dropped. Meanwhile the UI thread was
    free: the model answered at once, with its old rows."""
    gates: list[threading.Event] = []

    def fetch(offset: int, limit: int, sort: str, descending: bool) -> Any:
        gate = threading.Event()
        gates.append(gate)
        answer = len(gates)

        def read() -> Fetched[Any]:
            assert gate.wait(5)
            return Fetched([_Row(answer)], 1)

        return read

    model: PagedTableModel[_Row] = PagedTableModel([Column("Id", lambda r: r.id)], fetch)
    model.reload()  # slow: its gate stays shut for now
    model.reload()
    assert model.loading
    assert model.rowCount() == 0
    gates[1].set()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_at(0).id == 2
    assert not model.loading
    gates[0].set()
    qtbot.waitUntil(idle)
    assert model.row_at(0).id == 2  # the older answer was not painted over the newer


def test_a_next_page_asked_for_before_a_reload_is_dropped(qtbot: QtBot) -> None:
    rows = [_Row(n) for n in range(10)]
    gates: list[threading.Event] = []

    def fetch(offset: int, limit: int, sort: str, descending: bool) -> Any:
        gate = threading.Event()
        gates.append(gate)

        def read() -> Fetched[Any]:
            assert gate.wait(5)
            return Fetched(rows[offset : offset + limit], len(rows))

        return read

    model: PagedTableModel[_Row] = PagedTableModel(
        [Column("Id", lambda r: r.id)], fetch, page_size=4
    )
    model.reload()
    gates[0].set()
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    model.fetchMore()  # rows 4-7, slow
    model.reload()  # the search changed meanwhile
    gates[2].set()
    qtbot.waitUntil(lambda: not model.loading)
    gates[1].set()
    qtbot.waitUntil(idle)
    assert [model.row_at(r).id for r in range(model.rowCount())] == [0, 1, 2, 3]


def _supplier_view(qtbot: QtBot, demo: Database, settings: QSettings) -> Any:
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_view(1)
    settle(qtbot)
    view = window.current
    view.table.selectRow(0)
    settle(qtbot)
    return view


def test_a_save_writes_and_reads_again_off_the_ui_thread(
    qtbot: QtBot, demo: Database, settings: QSettings, ui_sql: UiThreadSql
) -> None:
    """A form's save: its write and the reads after it run off the UI thread; meanwhile
    the form says "Saving…" and its Save button is off, the fields as typed."""
    view = _supplier_view(qtbot, demo, settings)
    view.form.bindings["city"].widget.setText("Uruapan del Progreso")
    assert view.save_button.isEnabled()
    seen: list[tuple[str, bool, str]] = []
    view.form.saving_changed.connect(
        lambda saving: (
            saving
            and seen.append(
                (
                    view.form.title.text(),
                    view.save_button.isEnabled(),
                    view.form.bindings["city"].text(),
                )
            )
        )
    )
    ui_sql.statements.clear()
    ui_sql.action = "save a supplier"
    assert view.save()
    settle(qtbot)
    ui_sql.recording = False
    assert not ui_sql.statements, "SQL on the UI thread:\n" + ui_sql.report()
    assert seen == [("Saving…", False, "Uruapan del Progreso")]
    assert view.form.bindings["city"].text() == "Uruapan del Progreso"
    assert not view.form.is_dirty()
    assert view.form.title.text() != "Saving…"


def test_a_refused_save_and_a_conflict_keep_what_was_typed_off_the_ui_thread(
    qtbot: QtBot, demo: Database, settings: QSettings, ui_sql: UiThreadSql
) -> None:
    """A save refused by the service (a lost race: the conflict dialog, its re-read and
    the second write) runs no SQL on the UI thread, and the typing stays."""
    from app.services.suppliers import update_supplier

    view = _supplier_view(qtbot, demo, settings)
    form = view.form
    record_id = form.record_id
    assert record_id is not None
    with demo.transaction() as session:  # someone else saves first
        update_supplier(session, record_id, {"city": "Theirs", "notes": "theirs"})
    form.bindings["city"].widget.setText("Mine")
    asked: list[bool] = []

    def ask(dialog: Any) -> bool:
        asked.append(True)
        dialog.choose_yours("city")
        return True

    form.ask = ask  # type: ignore[method-assign]
    ui_sql.statements.clear()
    ui_sql.action = "save over someone else's save"
    assert view.save()
    settle(qtbot)
    ui_sql.recording = False
    assert asked
    assert not ui_sql.statements, "SQL on the UI thread:\n" + ui_sql.report()
    assert form.bindings["city"].text() == "Mine"
    assert not form.is_dirty()


def test_the_record_dialogs_add_and_delete_off_the_ui_thread(
    qtbot: QtBot, demo: Database, ui_sql: UiThreadSql, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Tariffs…: a row added (refused first, then stored) and one deleted, with no
    SQL on the UI thread; the add dialog's OK is off while its write is on its way."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    import ui.service_form
    from ui.background_wait import wait_off_ui_thread
    from ui.tariffs_dialog import AddTariffDialog, TariffsDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    ui_sql.action = "open File > Tariffs…"
    dialog = TariffsDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    before = dialog.table.rowCount()
    ui_sql.action = "add a tariff row"
    add = AddTariffDialog(demo, dialog)
    qtbot.addWidget(add)
    add.hs_code.setText("08044")  # refused beside its field
    add.origin.set_value("PE")
    add.duty_rate.setText("0")
    add.scheme.set_value("fta")
    ok = add.buttons.button(QDialogButtonBox.StandardButton.Ok)
    offs: list[bool] = []
    monkeypatch.setattr(
        ui.service_form, "wait_off_ui_thread", _noting(offs, ok, wait_off_ui_thread)
    )
    add.save()
    assert not add.errors["hs_code"].isHidden()
    add.hs_code.setText("0804.40")
    add.save()
    assert add.stored is not None
    assert offs == [False, False]  # OK was off during each write
    assert ok.isEnabled()
    dialog.reload()
    settle(qtbot)
    assert dialog.table.rowCount() == before + 1
    ui_sql.action = "delete a tariff row"
    dialog.table.selectRow(0)
    dialog.delete()
    settle(qtbot)
    assert dialog.table.rowCount() == before
    ui_sql.recording = False
    assert not ui_sql.statements, "SQL on the UI thread:\n" + ui_sql.report()


def _noting(offs: list[bool], ok: Any, wait: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def noted(fn: Any) -> Any:
        offs.append(ok.isEnabled())
        return wait(fn)

    return noted


def test_archive_and_restore_write_off_the_ui_thread(
    qtbot: QtBot, demo: Database, settings: QSettings, ui_sql: UiThreadSql
) -> None:
    view = _supplier_view(qtbot, demo, settings)
    ui_sql.statements.clear()
    ui_sql.action = "archive a supplier"
    view.archive_button.click()
    settle(qtbot)
    assert view.form.archived
    assert view.archive_button.text() == "Restore"
    ui_sql.action = "restore it"
    view.archive_button.click()
    settle(qtbot)
    ui_sql.recording = False
    assert not view.form.archived
    assert not ui_sql.statements, "SQL on the UI thread:\n" + ui_sql.report()


def test_the_supplier_tabs_write_off_the_ui_thread(
    qtbot: QtBot, demo: Database, settings: QSettings, ui_sql: UiThreadSql, monkeypatch: Any
) -> None:
    """Tags saved, a note added, a task added and marked done, a contact deleted: no SQL
    on the UI thread."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    view = _supplier_view(qtbot, demo, settings)
    panels = view.form.panels
    ui_sql.statements.clear()

    ui_sql.action = "save tags"
    panels.tags.edit.setText("organic, avocado")
    panels.tags.save()
    settle(qtbot)
    assert set(panels.tags.stored) == {"avocado", "organic"}

    ui_sql.action = "add a note"
    activities = panels.activities
    activities.subject.setText("Called about the season")
    activities.add_note()
    settle(qtbot)
    assert activities.model.total >= 1

    ui_sql.action = "delete a contact"
    contacts = panels.contacts
    before = contacts.model.total
    assert before  # the demo's first supplier has contacts
    contacts.table.selectRow(0)
    contacts.delete()
    settle(qtbot)
    assert contacts.model.total == before - 1
    ui_sql.recording = False
    assert not ui_sql.statements, "SQL on the UI thread:\n" + ui_sql.report()
