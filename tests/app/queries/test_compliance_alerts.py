"""Home's compliance counts and the lists behind them, the Suppliers list's problem
marker as a condition of its page query: each held to app.queries.compliance and to
app.rules.compliance.status_of."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.compliance import compliance_counts, suppliers_with_problems
from app.queries.compliance_alerts import (
    alert_rows,
    card_windows,
    has_problem,
    problem_exists,
)
from app.queries.dashboard import build_dashboard
from app.rules.compliance import status_of
from app.services.compliance import add_registration
from app.services.demo import load_demo
from app.services.suppliers import archive_supplier
from models import Supplier, SupplierCertification
from models.enums import ComplianceStatus

TODAY = date(2026, 12, 7)
MakeSupplier = Callable[..., Supplier]


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def world(session: Session, make_supplier: MakeSupplier) -> dict[str, int]:
    nuble = make_supplier()
    maule = make_supplier(name="Exportadora Cerezas del Maule Ltda.")
    quiet = make_supplier(name="Agrícola Los Andes Ltda.")
    fine = make_supplier(name="Berries del Sur SpA")
    gone = make_supplier(name="Archivada SpA")
    rows = [
        (nuble, {"kind": "globalgap", "number": "G1", "valid_until": day(-12)}),
        (nuble, {"kind": "gacc", "number": "C1", "valid_until": day(21)}),
        (maule, {"kind": "sag_csp", "number": "P1", "valid_until": day(60)}),
        (maule, {"kind": "brcgs", "valid_until": day(90)}),
        (quiet, {"kind": "haccp", "valid_until": day(300), "status": "suspended"}),
        (quiet, {"kind": "ifs", "issued_on": day(5), "valid_until": day(30)}),
        (fine, {"kind": "gacc", "valid_until": day(91)}),
        (fine, {"kind": "other"}),
        (gone, {"kind": "gacc", "valid_until": day(-1)}),
    ]
    for supplier, data in rows:
        add_registration(session, supplier.id, data)
    archive_supplier(session, gone.id)
    return {"nuble": nuble.id, "maule": maule.id, "quiet": quiet.id, "fine": fine.id}


def marked(session: Session, today: date, window: int) -> set[int]:
    return set(
        session.scalars(
            select(Supplier.id).where(
                Supplier.archived_at.is_(None), has_problem(Supplier.id, today, window)
            )
        )
    )


def filtered(session: Session, today: date, window: int) -> set[int]:
    return set(
        session.scalars(
            select(Supplier.id).where(
                Supplier.archived_at.is_(None), problem_exists(Supplier.id, today, window)
            )
        )
    )


def test_the_marker_finds_what_suppliers_with_problems_finds(
    session: Session, make_supplier: MakeSupplier
) -> None:
    ids = world(session, make_supplier)
    for window in (0, 20, 30, 60, 89, 90, 91, 365):
        expected = suppliers_with_problems(session, TODAY, window)
        assert marked(session, TODAY, window) == expected
        assert filtered(session, TODAY, window) == expected
    assert marked(session, TODAY, 90) == {ids["nuble"], ids["maule"], ids["quiet"]}
    assert ids["fine"] in marked(session, TODAY, 91)


def test_each_count_opens_its_own_rows(session: Session, make_supplier: MakeSupplier) -> None:
    world(session, make_supplier)
    counts = compliance_counts(session, TODAY, card_windows(90))
    expired = alert_rows(session, TODAY, "expired")
    assert expired.total == counts.expired == len(expired.rows) == 1
    assert [(r.number, r.days_left) for r in expired.rows] == [("G1", -12)]
    assert alert_rows(session, TODAY, "suspended").total == counts.suspended == 1
    for days in (30, 60, 90):
        due = alert_rows(session, TODAY, "due", days)
        assert due.total == counts.due[days] == len(due.rows)
        assert all(r.days_left is not None and 0 <= r.days_left <= days for r in due.rows)
        assert all(r.status is not ComplianceStatus.EXPIRED for r in due.rows)
    assert [r.days_left for r in alert_rows(session, TODAY, "due", 90).rows] == [21, 30, 60, 90]
    assert len(alert_rows(session, TODAY, "due", 90, limit=2).rows) == 2
    assert alert_rows(session, TODAY, "due", 90, limit=2).total == 4


def test_card_windows_follow_the_setting() -> None:
    assert card_windows(90) == (30, 60, 90)
    assert card_windows(45) == (30, 45)
    assert card_windows(14) == (14,)
    assert card_windows(180) == (30, 60, 180)
    assert card_windows(0) == (1,)


def test_home_counts_on_the_demo_equal_a_direct_reading(session: Session) -> None:
    load_demo(session)
    today = date.today()
    board = build_dashboard(session, today, compliance_window=90)
    rows = session.execute(
        select(
            SupplierCertification.status,
            SupplierCertification.issued_on,
            SupplierCertification.valid_until,
        )
        .join(Supplier)
        .where(Supplier.archived_at.is_(None))
    ).all()
    states = [(status_of(s, i, v, today), v) for s, i, v in rows]
    assert board.compliance.expired == sum(s is ComplianceStatus.EXPIRED for s, _ in states)
    assert board.compliance.suspended == sum(s is ComplianceStatus.SUSPENDED for s, _ in states)
    for days in (30, 60, 90):
        assert board.compliance.due[days] == sum(
            s in (ComplianceStatus.ACTIVE, ComplianceStatus.PENDING)
            and v is not None
            and 0 <= (v - today).days <= days
            for s, v in states
        )
    # The fresh demo: expired certificates, and the GlobalG.A.P. of an active
    # supplier among them.
    assert board.compliance.expired >= 1
    expired = alert_rows(session, today, "expired").rows
    gap_suppliers = {r.supplier_id for r in expired if r.kind.value == "globalgap"}
    statuses = session.scalars(select(Supplier.status).where(Supplier.id.in_(gap_suppliers)))
    assert "active" in set(statuses)
