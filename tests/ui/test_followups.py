from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.activities import Parent, add_task, follow_ups
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui import i18n
from ui.main_window import MainWindow
from ui.views.followups import OVERDUE_RED, FollowUpsView, when

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()


def _day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def _seed(database: Database) -> dict[str, int]:
    """One follow-up per group, each on a different kind of record, plus two not shown."""
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        deal = create_negotiation(session, supplier.id, {}, product_name="Cherries")
        shipment = create_shipment(session, deal.id, {"reference": "SHP-T-7"})
        ids = {
            "supplier": supplier.id,
            "negotiation": deal.id,
            "shipment": shipment.id,
            "late": add_task(
                session,
                Parent("supplier", supplier.id),
                {"subject": "Ask for the GACC number", "due_on": _day(-3), "assignee": "Li Wei"},
            ).id,
            "today": add_task(
                session,
                Parent("negotiation", deal.id),
                {"subject": "Send the counter-offer", "due_on": _day(0)},
            ).id,
            "soon": add_task(
                session,
                Parent("shipment", shipment.id),
                {"subject": "Chase the B/L", "due_on": _day(3), "assignee": "Wang Fang"},
            ).id,
        }
        add_task(session, Parent("supplier", supplier.id), {"subject": "Far", "due_on": _day(30)})
    return ids


def _view(qtbot: QtBot, database: Database) -> FollowUpsView:
    view = FollowUpsView(database)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    settle()
    view.refresh()
    settle()
    return view


def _group(view: FollowUpsView, number: int) -> QModelIndex:
    return view.model.index(number, 0)


def _task_index(view: FollowUpsView, group: int, row: int, column: int = 0) -> QModelIndex:
    return view.model.index(row, column, _group(view, group))


def test_tasks_in_each_group_with_what_they_are_about(qtbot: QtBot, database: Database) -> None:
    _seed(database)
    view = _view(qtbot, database)
    model = view.model
    assert model.rowCount() == 3
    assert [model.rowCount(_group(view, n)) for n in range(3)] == [1, 1, 1]
    assert _group(view, 0).data() == "Overdue (1)"
    assert [_task_index(view, 0, 0, c).data() for c in range(4)] == [
        "Ask for the GACC number",
        f"{i18n.day(TODAY - timedelta(days=3))} · 3 days late",  # the date in the locale's form
        "Frutícola Ñuble SpA",
        "Li Wei",
    ]
    assert _task_index(view, 1, 0).data() == "Send the counter-offer"
    assert _task_index(view, 1, 0, 2).data() == "Cherries – Frutícola Ñuble SpA"
    assert _task_index(view, 2, 0, 2).data() == "SHP-T-7 – Frutícola Ñuble SpA"
    overdue_colour = _task_index(view, 0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue_colour, QBrush)
    assert overdue_colour.color() == OVERDUE_RED
    assert _task_index(view, 1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.status_text() == "1 overdue, 1 due today, 1 in the next 7 days"
    assert "1 overdue" in view.summary.text()


def test_done_removes_the_follow_up(qtbot: QtBot, database: Database) -> None:
    ids = _seed(database)
    view = _view(qtbot, database)
    assert not view.done_button.isEnabled()
    view.tree.setCurrentIndex(_task_index(view, 0, 0))
    settle()
    assert view.done_button.isEnabled()
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.done_button, LEFT)
        settle()
    assert view.model.rowCount(_group(view, 0)) == 0
    assert _group(view, 0).data() == "Overdue: none"
    with database.transaction() as session:
        board = follow_ups(session, TODAY)
        assert ids["late"] not in {t.id for t in board.overdue}
        assert [t.id for t in board.today] == [ids["today"]]
    assert view.status_text().startswith("0 overdue")


def test_double_click_opens_the_record_it_belongs_to(qtbot: QtBot, database: Database) -> None:
    ids = _seed(database)
    view = _view(qtbot, database)
    for group, kind in enumerate(("supplier", "negotiation", "shipment")):
        index = _task_index(view, group, 0, 1)
        position = view.tree.visualRect(index).center()
        # Qt 6's QTest needs the first click of a double-click sent on its own.
        qtbot.mouseClick(view.tree.viewport(), LEFT, pos=position)
        settle()
        with qtbot.waitSignal(view.open_requested, timeout=1000) as opened:
            qtbot.mouseDClick(view.tree.viewport(), LEFT, pos=position)
        assert opened.args == [kind, ids[kind]]
    # A group line opens nothing.
    with qtbot.assertNotEmitted(view.open_requested):
        view.open_task(_group(view, 0))


def test_the_main_window_opens_the_shipment_of_a_follow_up(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    ids = _seed(database)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show_view(5)
    settle()
    view = window.current
    assert isinstance(view, FollowUpsView)
    view.tree.setCurrentIndex(_task_index(view, 2, 0))
    settle()
    qtbot.mouseClick(view.open_button, LEFT)
    settle()
    assert window.current.kind == "shipment"
    assert window.current.form.record_id == ids["shipment"]


def test_when_says_how_late_or_how_soon() -> None:
    day = date(2026, 11, 27)
    # the date in the locale's short form (en_US in the tests; it was ISO before issue 17)
    assert when(day, day) == "11/27/2026 · today"
    assert when(day, day + timedelta(days=1)) == "11/27/2026 · 1 day late"
    assert when(day, day - timedelta(days=2)) == "11/27/2026 · in 2 days"


def test_follow_up_model(qtbot: QtBot, database: Database, qtmodeltester: ModelTester) -> None:
    _seed(database)
    view = _view(qtbot, database)
    qtmodeltester.check(view.model)
    empty = FollowUpsView(database)
    qtbot.addWidget(empty)
    qtmodeltester.check(empty.model)
