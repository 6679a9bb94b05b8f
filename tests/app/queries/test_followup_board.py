from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.queries.followup_board import follow_up_board
from app.services.activities import Parent, add_task, set_done
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier


def test_board_groups_tasks_and_names_what_they_belong_to(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
    deal = create_negotiation(session, supplier.id, {}, product_name="Cherries")
    shipment = create_shipment(session, deal.id, {"reference": "SHP-T-1"})
    late = add_task(
        session,
        Parent("supplier", supplier.id),
        {"subject": "Ask for GACC number", "due_on": "2026-11-20", "assignee": "Li Wei"},
    )
    due = add_task(
        session,
        Parent("negotiation", deal.id),
        {"subject": "Counter-offer", "due_on": "2026-11-27"},
    )
    soon = add_task(
        session, Parent("shipment", shipment.id), {"subject": "Chase B/L", "due_on": "2026-12-01"}
    )
    add_task(session, Parent("supplier", supplier.id), {"subject": "Far", "due_on": "2027-03-01"})
    done = add_task(
        session, Parent("supplier", supplier.id), {"subject": "x", "due_on": "2026-11-01"}
    )
    set_done(session, done.id)

    board = follow_up_board(session, date(2026, 11, 27))

    assert [r.id for r in board.overdue] == [late.id]
    assert [r.id for r in board.today] == [due.id]
    assert [r.id for r in board.upcoming] == [soon.id]
    assert board.total == 3
    first = board.overdue[0]
    assert (first.parent_kind, first.parent_id, first.parent_label) == (
        "supplier",
        supplier.id,
        "Frutícola Ñuble SpA",
    )
    assert first.assignee == "Li Wei"
    assert board.today[0].parent_kind == "negotiation"
    assert board.today[0].parent_label == deal.title
    assert board.upcoming[0].parent_label == "SHP-T-1 – Frutícola Ñuble SpA"
    assert (board.upcoming[0].parent_kind, board.upcoming[0].parent_id) == ("shipment", shipment.id)


def test_empty_board(session: Session) -> None:
    board = follow_up_board(session, date(2026, 11, 27))
    assert board.total == 0
