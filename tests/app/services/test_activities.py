from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ServiceError, ValidationError
from app.queries.supplier_detail import supplier_activities
from app.services import activities as svc
from app.services.shipments import create_shipment
from models import ActivityKind, Negotiation, Supplier


def test_notes_and_tasks_attach_to_each_kind_of_record(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation()
    shipment = create_shipment(session, negotiation.id, {})
    note = svc.add_note(
        session,
        svc.Parent("supplier", negotiation.supplier_id),
        {"subject": "Visited the packhouse", "body": "Clean, GlobalG.A.P. ok"},
    )
    task = svc.add_task(
        session,
        svc.Parent("negotiation", negotiation.id),
        {"subject": "Send counter-offer", "due_on": "2026-11-30"},
    )
    svc.add_note(session, svc.Parent("shipment", shipment.id), {"subject": "Reefer alarm"})
    assert note.kind is ActivityKind.NOTE
    assert note.due_on is None
    assert task.is_open_task
    assert svc.activities_of(session, svc.Parent("negotiation", negotiation.id)) == [task]


def test_task_needs_a_due_date_and_parent_must_exist(
    make_supplier: Callable[..., Supplier], session: Session
) -> None:
    supplier = make_supplier()
    with pytest.raises(ValidationError, match="needs a due date"):
        svc.add_task(session, svc.Parent("supplier", supplier.id), {"subject": "Call"})
    with pytest.raises(NotFoundError):
        svc.add_note(session, svc.Parent("shipment", 12345), {"subject": "x"})


def test_follow_ups_split_overdue_today_upcoming(
    make_supplier: Callable[..., Supplier], session: Session
) -> None:
    parent = svc.Parent("supplier", make_supplier().id)
    overdue = svc.add_task(session, parent, {"subject": "A", "due_on": "2026-11-20"})
    today = svc.add_task(session, parent, {"subject": "B", "due_on": "2026-11-27"})
    soon = svc.add_task(session, parent, {"subject": "C", "due_on": "2026-11-30"})
    svc.add_task(session, parent, {"subject": "far", "due_on": "2027-02-01"})
    done = svc.add_task(session, parent, {"subject": "D", "due_on": "2026-11-01"})
    svc.set_done(session, done.id)
    result = svc.follow_ups(session, date(2026, 11, 27))
    assert (result.overdue, result.today, result.upcoming) == ([overdue], [today], [soon])
    svc.set_done(session, done.id, False)
    assert svc.follow_ups(session, date(2026, 11, 27)).overdue == [done, overdue]


def test_only_tasks_can_be_done(make_supplier: Callable[..., Supplier], session: Session) -> None:
    note = svc.add_note(session, svc.Parent("supplier", make_supplier().id), {"subject": "x"})
    with pytest.raises(ServiceError, match="only follow-ups"):
        svc.set_done(session, note.id)
    svc.update_activity(session, note.id, {"body": "more", "due_on": "2026-12-01"})
    assert (note.body, note.due_on) == ("more", None)
    svc.delete_activity(session, note.id)


def test_assignee_is_kept_and_offered_for_completion(
    make_supplier: Callable[..., Supplier], session: Session
) -> None:
    supplier = make_supplier()
    parent = svc.Parent("supplier", supplier.id)
    first = svc.add_task(
        session, parent, {"subject": "Ask for GACC", "due_on": "2026-11-30", "assignee": " Li Wei "}
    )
    svc.add_task(
        session, parent, {"subject": "Chase the B/L", "due_on": "2026-12-01", "assignee": "Ana"}
    )
    svc.add_task(
        session, parent, {"subject": "Call back", "due_on": "2026-12-02", "assignee": "Li Wei"}
    )
    svc.add_task(session, parent, {"subject": "Nobody's", "due_on": "2026-12-03"})
    assert first.assignee == "Li Wei"
    assert svc.known_assignees(session) == ["Li Wei", "Ana"]
    lines = supplier_activities(session, parent.id)  # what the Notes tab shows
    assert sorted(a.assignee or "" for a in lines) == ["", "Ana", "Li Wei", "Li Wei"]
    updated = svc.update_activity(session, first.id, {"assignee": "Ana"})
    assert updated.assignee == "Ana"


def test_past_due_is_a_warning_for_a_date_before_today() -> None:
    today = date(2026, 11, 27)
    assert svc.past_due({"due_on": "2026-11-26"}, today) == date(2026, 11, 26)
    assert svc.past_due({"due_on": "26/11/2026"}, today) == date(2026, 11, 26)
    assert svc.past_due({"due_on": "2026-11-27"}, today) is None
    assert svc.past_due({"due_on": ""}, today) is None
    assert svc.past_due({"due_on": "someday"}, today) is None  # saving says why
    assert svc.past_due({}, today) is None
