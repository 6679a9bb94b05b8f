"""Notes and follow-up tasks on a supplier, negotiation or shipment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.errors import FieldError, ServiceError, ValidationError
from app.messages import translate
from app.rules import parsing
from app.rules import validation as v
from app.services.common import (
    apply_changes,
    current_values,
    flush,
    get_for_update,
    get_or_fail,
)
from app.services.negotiations import get_negotiation
from app.services.shipments import get_shipment
from app.services.suppliers import get_supplier
from models import Activity, ActivityKind

LABEL = translate("Entities", "Note")

ParentKind = Literal["supplier", "negotiation", "shipment"]


@dataclass(frozen=True)
class Parent:
    kind: ParentKind
    id: int


ACTIVITY_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("subject", translate("Fields", "Subject"), v.text(200), required=True),
        v.Field("body", translate("Fields", "Text"), v.text(50_000, multiline=True)),
        v.Field("due_on", translate("Fields", "Due"), v.day()),
        v.Field("assignee", translate("Fields", "Assigned to"), v.text(80)),
    ],
    model=Activity,
)


def past_due(data: Mapping[str, Any], today: date) -> date | None:
    """The due date of a follow-up about to be saved when it is before `today`: the window
    asks before saving it (a date in the past is allowed: a task recorded late). None when
    the date is today or later, blank, or unreadable (saving then says why)."""
    value = data.get("due_on")
    if parsing.is_blank(value):
        return None
    try:
        due = parsing.parse_date(value)
    except ValueError:
        return None
    return due if due < today else None


def assignees_statement(limit: int = 200) -> Select[str | None]:
    """known_assignees' statement, for a caller to send with others in one round trip
    (app.queries.batched.fetch_together; its rows are 1-tuples)."""
    count = func.count(Activity.id)
    return (
        select(Activity.assignee)
        .where(Activity.assignee.is_not(None), Activity.assignee != "")
        .group_by(Activity.assignee)
        .order_by(count.desc(), Activity.assignee)
        .limit(limit)
    )


def known_assignees(session: Session, *, limit: int = 200) -> list[str]:
    """The names follow-ups are assigned to, most used first (to complete 'Assigned to')."""
    return [name for name in session.scalars(assignees_statement(limit)) if name]


def _attach(session: Session, activity: Activity, parent: Parent) -> None:
    getter = {
        "supplier": get_supplier,
        "negotiation": get_negotiation,
        "shipment": get_shipment,
    }.get(parent.kind)
    if getter is None:
        raise ServiceError(
            translate("Activities", "a note cannot be attached to a {kind}").format(
                kind=parent.kind
            )
        )
    setattr(activity, parent.kind, getter(session, parent.id))


def add_note(session: Session, parent: Parent, data: Mapping[str, Any]) -> Activity:
    values = ACTIVITY_FIELDS.clean(data)
    values.pop("due_on", None)
    activity = Activity(kind=ActivityKind.NOTE, **values)
    _attach(session, activity, parent)
    session.add(activity)
    flush(session, LABEL, activity)
    return activity


def add_task(session: Session, parent: Parent, data: Mapping[str, Any]) -> Activity:
    """A follow-up: a note with a due date, open until done."""
    values = ACTIVITY_FIELDS.clean(data)
    if values.get("due_on") is None:
        raise ValidationError(
            [
                FieldError(
                    "due_on",
                    ACTIVITY_FIELDS.label("due_on"),
                    translate("Activities", "a follow-up needs a due date"),
                )
            ]
        )
    activity = Activity(kind=ActivityKind.TASK, **values)
    _attach(session, activity, parent)
    session.add(activity)
    flush(session, LABEL, activity)
    return activity


def update_activity(
    session: Session,
    activity_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Activity:
    activity = get_for_update(session, Activity, activity_id, LABEL, expected_version)
    values = ACTIVITY_FIELDS.clean(changes, current=current_values(activity))
    if activity.kind is ActivityKind.NOTE:
        values.pop("due_on", None)
    apply_changes(activity, values)
    flush(session, LABEL, activity)
    return activity


def set_done(session: Session, activity_id: int, done: bool = True) -> Activity:
    activity = get_or_fail(session, Activity, activity_id, LABEL)
    if activity.kind is not ActivityKind.TASK:
        raise ServiceError(translate("Activities", "only follow-ups can be marked done"))
    activity.done_at = datetime.now(UTC) if done else None
    flush(session, LABEL, activity)
    return activity


def delete_activity(session: Session, activity_id: int) -> None:
    session.delete(get_or_fail(session, Activity, activity_id, LABEL))
    flush(session, LABEL)


def activities_of(session: Session, parent: Parent) -> list[Activity]:
    column = getattr(Activity, f"{parent.kind}_id")
    return list(
        session.scalars(
            select(Activity).where(column == parent.id).order_by(Activity.occurred_at.desc())
        )
    )


@dataclass(frozen=True)
class FollowUps:
    overdue: list[Activity]
    today: list[Activity]
    upcoming: list[Activity]


def follow_ups(session: Session, today: date, *, days_ahead: int = 7) -> FollowUps:
    """Open tasks: overdue, due today, and due in the next `days_ahead` days."""
    tasks = list(
        session.scalars(
            select(Activity)
            .where(
                Activity.kind == ActivityKind.TASK,
                Activity.done_at.is_(None),
                Activity.due_on <= today + timedelta(days=days_ahead),
            )
            .order_by(Activity.due_on, Activity.id)
        )
    )
    return FollowUps(
        overdue=[t for t in tasks if t.due_on is not None and t.due_on < today],
        today=[t for t in tasks if t.due_on == today],
        upcoming=[t for t in tasks if t.due_on is not None and t.due_on > today],
    )
