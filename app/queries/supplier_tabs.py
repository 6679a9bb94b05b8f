"""What a supplier's tabs read, each tab in one round trip (issue 18 point 2): the
statements a tab needs go out together (app.queries.batched), instead of one after
another in a transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.batched import fetch_together
from app.queries.supplier_detail import ActivityLine
from app.services.activities import assignees_statement
from app.services.common import is_id
from app.services.suppliers import LABEL
from models import Activity, Supplier


def activities_tab(session: Session, supplier_id: int) -> tuple[list[ActivityLine], list[str]]:
    """The supplier's notes and follow-ups, newest first (as supplier_activities gives
    them: a missing supplier is an error), and the names follow-ups are assigned to, most
    used first: one round trip."""
    if not is_id(supplier_id):
        raise NotFoundError(LABEL, supplier_id)
    found, names = fetch_together(
        session,
        select(
            Supplier.id.label("supplier_id"),
            Activity.id,
            Activity.kind,
            Activity.subject,
            Activity.body,
            Activity.occurred_at,
            Activity.due_on,
            Activity.done_at,
            Activity.assignee,
        )
        .outerjoin(Activity, Activity.supplier_id == Supplier.id)
        .where(Supplier.id == supplier_id)
        .order_by(Activity.occurred_at.desc()),
        assignees_statement(),
    )
    if not found:
        raise NotFoundError(LABEL, supplier_id)
    lines = [
        ActivityLine(
            row.id,
            row.kind,
            row.subject,
            row.body,
            row.occurred_at,
            row.due_on,
            row.done_at,
            row.assignee,
        )
        for row in found
        if row.id is not None
    ]
    return lines, [row[0] for row in names if row[0]]
