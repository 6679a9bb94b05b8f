"""Follow-ups made in the supplier's Notes tab: "Assigned to" (completed from the names
already used and the current user) is saved and shown there and on the Follow-ups board;
a due date in the past is saved only once the user says so."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import ui.forms.supplier_activities
from app.services.activities import Parent, add_task
from app.services.suppliers import create_supplier, get_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.forms.supplier_activities import ActivitiesPanel
from ui.forms.supplier_panel_base import SupplierRef
from ui.views.followups import FollowUpsView

ASSIGNED = 5
TODAY = date.today()


@pytest.fixture
def panel(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> ActivitiesPanel:
    monkeypatch.setattr(ui.forms.supplier_activities, "current_user", lambda: "ana.souza")
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"})
        add_task(
            session,
            Parent("supplier", supplier.id),
            {"subject": "Ask for GACC", "due_on": TODAY.isoformat(), "assignee": "Li Wei"},
        )
        ref = SupplierRef(supplier.id, supplier.name, supplier.country)
    widget = ActivitiesPanel(database)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    settle()
    widget.show_supplier(ref)
    settle()
    return widget


def _tasks(database: Database, panel: ActivitiesPanel) -> list[tuple[str, str | None, Any]]:
    assert panel.supplier is not None
    with database.transaction() as session:
        return sorted(
            (a.subject, a.assignee, a.due_on)
            for a in get_supplier(session, panel.supplier.id).activities
        )


def test_assigned_to_is_completed_saved_and_shown(
    qtbot: QtBot, panel: ActivitiesPanel, database: Database
) -> None:
    assert panel.assignee_names.stringList() == ["Li Wei", "ana.souza"]
    assert panel.model.index(0, ASSIGNED).data() == "Li Wei"
    qtbot.keyClicks(panel.subject, "Chase the B/L")
    qtbot.keyClicks(panel.due.edit, (TODAY + timedelta(days=2)).isoformat())
    qtbot.keyClicks(panel.assignee, "Ana")
    completer = panel.assignee.completer()
    assert completer.currentCompletion() == "ana.souza"
    panel.assignee.setText("Ana Souza")
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle()

    assert ("Chase the B/L", "Ana Souza", TODAY + timedelta(days=2)) in _tasks(database, panel)
    assert panel.assignee.text() == ""
    shown = {
        panel.model.index(r, 2).data(): panel.model.index(r, ASSIGNED).data() for r in range(2)
    }
    assert shown == {"Chase the B/L": "Ana Souza", "Ask for GACC": "Li Wei"}
    assert "Ana Souza" in panel.assignee_names.stringList()

    board = FollowUpsView(database)
    qtbot.addWidget(board)
    board.refresh()
    settle()
    upcoming = board.model.index(2, 0)
    assert board.model.index(0, 3, upcoming).data() == "Ana Souza"


def test_a_due_date_in_the_past_is_saved_only_when_confirmed(
    qtbot: QtBot, panel: ActivitiesPanel, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    before = _tasks(database, panel)
    yesterday = TODAY - timedelta(days=1)
    qtbot.keyClicks(panel.subject, "Call back")
    qtbot.keyClicks(panel.due.edit, yesterday.isoformat())
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle()

    assert asked == [f"Due date {yesterday.isoformat()} is in the past: save anyway?"]
    assert _tasks(database, panel) == before  # nothing saved, the form keeps what was typed
    assert panel.subject.text() == "Call back"

    answer = QMessageBox.StandardButton.Save
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(asked) == 2
    assert ("Call back", None, yesterday) in _tasks(database, panel)

    qtbot.keyClicks(panel.subject, "Today's")  # today or later: no question
    qtbot.keyClicks(panel.due.edit, TODAY.isoformat())
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(asked) == 2
    assert ("Today's", None, TODAY) in _tasks(database, panel)
