"""The follow-up board: open tasks grouped by when they fall due, each with the name of
the supplier, negotiation or shipment it belongs to, as plain rows a window can keep
after the session has closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.batched import AnySelect, fetch_together
from app.services.activities import ParentKind, follow_ups
from models import Activity, Negotiation, Shipment, Supplier

PARENT_KINDS: tuple[ParentKind, ...] = ("supplier", "negotiation", "shipment")


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    subject: str
    body: str | None
    due_on: date
    assignee: str | None
    parent_kind: ParentKind
    parent_id: int
    parent_label: str
    """'Frutícola Ñuble SpA', 'Cherries – Frutícola Ñuble SpA', 'SHP-2026-0004 – Frutícola…'"""


@dataclass(frozen=True)
class FollowUpBoard:
    overdue: list[FollowUpRow]
    today: list[FollowUpRow]
    upcoming: list[FollowUpRow]

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.upcoming)


def _parent(task: Activity) -> tuple[ParentKind, int]:
    if task.supplier_id is not None:
        return "supplier", task.supplier_id
    if task.negotiation_id is not None:
        return "negotiation", task.negotiation_id
    assert task.shipment_id is not None  # the one_parent constraint
    return "shipment", task.shipment_id


def _labels(session: Session, wanted: dict[ParentKind, set[int]]) -> dict[tuple[str, int], str]:
    """One query per kind of parent, however many tasks there are, sent together (one
    round trip on PostgreSQL)."""
    kinds: list[ParentKind] = []
    queries: list[AnySelect] = []
    if wanted["supplier"]:
        kinds.append("supplier")
        queries.append(
            select(Supplier.id, Supplier.name).where(Supplier.id.in_(wanted["supplier"]))
        )
    if wanted["negotiation"]:
        kinds.append("negotiation")
        queries.append(
            select(Negotiation.id, Negotiation.title).where(
                Negotiation.id.in_(wanted["negotiation"])
            )
        )
    if wanted["shipment"]:
        kinds.append("shipment")
        queries.append(
            select(Shipment.id, Shipment.reference, Supplier.name)
            .join(Shipment.negotiation)
            .join(Negotiation.supplier)
            .where(Shipment.id.in_(wanted["shipment"]))
        )
    labels: dict[tuple[str, int], str] = {}
    for kind, rows in zip(kinds, fetch_together(session, *queries), strict=True):
        for row in rows:
            labels[kind, row[0]] = row[1] if kind != "shipment" else f"{row[1]} – {row[2]}"
    return labels


def follow_up_board(session: Session, today: date, *, days_ahead: int = 7) -> FollowUpBoard:
    """Open follow-ups overdue, due `today` and due in the next `days_ahead` days."""
    found = follow_ups(session, today, days_ahead=days_ahead)
    groups = (found.overdue, found.today, found.upcoming)
    wanted: dict[ParentKind, set[int]] = {
        "supplier": set(),
        "negotiation": set(),
        "shipment": set(),
    }
    for task in (t for group in groups for t in group):
        kind, key = _parent(task)
        wanted[kind].add(key)
    labels = _labels(session, wanted)

    def row(task: Activity) -> FollowUpRow:
        kind, key = _parent(task)
        assert task.due_on is not None  # follow_ups returns tasks with a due date
        return FollowUpRow(
            id=task.id,
            subject=task.subject,
            body=task.body,
            due_on=task.due_on,
            assignee=task.assignee,
            parent_kind=kind,
            parent_id=key,
            parent_label=labels.get((kind, key), ""),
        )

    overdue, due_today, upcoming = ([row(t) for t in group] for group in groups)
    return FollowUpBoard(overdue, due_today, upcoming)
