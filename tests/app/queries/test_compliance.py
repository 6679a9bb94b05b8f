"""The compliance list, the Home card's counts, the suppliers with a problem and the
registration that lets a supplier ship a product: each held to app.rules.compliance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.compliance import (
    active_registration_for,
    compliance_counts,
    compliance_rows,
    problem_suppliers,
    suppliers_with_problems,
)
from app.rules.compliance import status_of
from app.services.compliance import add_registration
from app.services.products import create_product
from app.services.suppliers import archive_supplier
from models import Certification, Supplier
from models.enums import ComplianceStatus

TODAY = date(2026, 12, 7)
MakeSupplier = Callable[..., Supplier]


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def world(session: Session, make_supplier: MakeSupplier) -> dict[str, Supplier]:
    nuble = make_supplier()
    maule = make_supplier(name="Exportadora Cerezas del Maule Ltda.")
    quiet = make_supplier(name="Agrícola Los Andes Ltda.")
    gone = make_supplier(name="Archivada SpA")
    add_registration(
        session, nuble.id, {"kind": "globalgap", "number": "G1", "valid_until": day(-12)}
    )
    add_registration(session, nuble.id, {"kind": "gacc", "number": "C1", "valid_until": day(21)})
    add_registration(
        session,
        nuble.id,
        {"kind": "gacc", "number": "C2", "site_name": "Planta 2", "valid_until": day(400)},
    )
    add_registration(
        session,
        maule.id,
        {"kind": "sag_csp", "number": "P1", "season": "2026-27", "valid_until": day(60)},
    )
    add_registration(session, maule.id, {"kind": "brcgs", "valid_until": day(90)})
    add_registration(session, maule.id, {"kind": "haccp", "valid_until": day(91)})
    add_registration(
        session, quiet.id, {"kind": "haccp", "valid_until": day(300), "status": "suspended"}
    )
    add_registration(
        session, quiet.id, {"kind": "ifs", "issued_on": day(5), "valid_until": day(30)}
    )
    add_registration(session, quiet.id, {"kind": "other"})
    add_registration(session, gone.id, {"kind": "gacc", "valid_until": day(-1)})
    archive_supplier(session, gone.id)
    return {"nuble": nuble, "maule": maule, "quiet": quiet, "gone": gone}


def test_rows_soonest_first_with_days_left_and_status(
    session: Session, make_supplier: MakeSupplier
) -> None:
    w = world(session, make_supplier)
    rows = compliance_rows(session, today=TODAY, expiring_days=90)
    assert [(r.number or r.kind.value, r.days_left, r.status.value) for r in rows] == [
        ("G1", -12, "expired"),
        ("C1", 21, "active"),
        ("ifs", 30, "pending"),
        ("P1", 60, "active"),
        ("brcgs", 90, "active"),
    ]
    first = rows[0].to_dict()
    assert first["supplier_id"] == w["nuble"].id
    assert first["supplier"] == "Frutícola Ñuble SpA"
    assert first["kind"] == "globalgap"
    assert first["valid_until"] == day(-12)
    assert first["products"] == []
    every = compliance_rows(session, today=TODAY)
    assert len(every) == 9  # the archived supplier's row is left out
    assert every[-1].valid_until is None
    gacc = compliance_rows(session, today=TODAY, supplier_id=w["nuble"].id, kind=Certification.GACC)
    assert [r.number for r in gacc] == ["C1", "C2"]
    assert [r.site for r in gacc] == [None, "Planta 2"]
    assert [r.number for r in compliance_rows(session, today=TODAY, limit=2, offset=1)] == [
        "C1",
        None,
    ]


def test_rows_carry_their_products(session: Session, make_supplier: MakeSupplier) -> None:
    supplier = make_supplier()
    create_product(session, {"name": "Cherries"})
    create_product(session, {"name": "Blueberries"})
    add_registration(
        session, supplier.id, {"kind": "gacc", "products": ["Cherries", "Blueberries"]}
    )
    (row,) = compliance_rows(session, today=TODAY)
    assert row.products == ("Blueberries", "Cherries")


def test_counts_equal_the_rows_read_one_by_one(
    session: Session, make_supplier: MakeSupplier
) -> None:
    world(session, make_supplier)
    counts = compliance_counts(session, TODAY)
    rows = compliance_rows(session, today=TODAY)
    assert counts.expired == sum(r.status is ComplianceStatus.EXPIRED for r in rows) == 1
    assert counts.suspended == 1
    for window in (30, 60, 90):
        expected = sum(
            r.status in (ComplianceStatus.ACTIVE, ComplianceStatus.PENDING)
            and r.days_left is not None
            and 0 <= r.days_left <= window
            for r in rows
        )
        assert counts.due[window] == expected
    assert counts.due == {30: 2, 60: 3, 90: 4}
    assert compliance_counts(session, TODAY, windows=(7,)).due == {7: 0}


def test_suppliers_with_problems(session: Session, make_supplier: MakeSupplier) -> None:
    w = world(session, make_supplier)
    assert suppliers_with_problems(session, TODAY, 30) == {w["nuble"].id, w["quiet"].id}
    assert suppliers_with_problems(session, TODAY, 90) == {
        w["nuble"].id,
        w["maule"].id,
        w["quiet"].id,
    }


def test_sql_state_agrees_with_status_of(session: Session, make_supplier: MakeSupplier) -> None:
    """Every combination of a hand status and dates: the counts say what status_of says."""
    supplier = make_supplier()
    expected_expired = 0
    for status in (None, *ComplianceStatus):
        for until in (-5, 0, 10, None):
            for issued in (-30, 3, None):
                if until is not None and issued is not None and issued > until:
                    continue
                data = {"kind": "gacc", "status": status}
                if until is not None:
                    data["valid_until"] = day(until)
                if issued is not None:
                    data["issued_on"] = day(issued)
                add_registration(session, supplier.id, data)
                parsed_until = None if until is None else TODAY + timedelta(days=until)
                parsed_issued = None if issued is None else TODAY + timedelta(days=issued)
                if (
                    status_of(status, parsed_issued, parsed_until, TODAY)
                    is ComplianceStatus.EXPIRED
                ):
                    expected_expired += 1
    assert compliance_counts(session, TODAY).expired == expected_expired
    rows = compliance_rows(session, today=TODAY)
    assert sum(r.status is ComplianceStatus.EXPIRED for r in rows) == expected_expired


def test_active_registration_for_a_product_on_a_day(
    session: Session, make_supplier: MakeSupplier
) -> None:
    supplier = make_supplier()
    cherries = create_product(session, {"name": "Cherries"})
    plums = create_product(session, {"name": "Plums"})
    assert active_registration_for(session, supplier.id, cherries.id, TODAY) is None
    add_registration(session, supplier.id, {"kind": "globalgap", "valid_until": day(400)})
    assert (
        active_registration_for(session, supplier.id, cherries.id, TODAY) is None
    )  # a certificate
    short = add_registration(
        session, supplier.id, {"kind": "sag_csp", "valid_until": day(30), "products": ["Cherries"]}
    )
    assert active_registration_for(session, supplier.id, cherries.id, TODAY) == short
    assert active_registration_for(session, supplier.id, plums.id, TODAY) is None
    assert (
        active_registration_for(session, supplier.id, cherries.id, TODAY + timedelta(days=31))
        is None
    )
    whole = add_registration(session, supplier.id, {"kind": "gacc", "valid_until": day(200)})
    assert active_registration_for(session, supplier.id, plums.id, TODAY) == whole
    assert (
        active_registration_for(session, supplier.id, cherries.id, TODAY) == whole
    )  # lasts longer
    add_registration(
        session, supplier.id, {"kind": "gacc", "valid_until": day(900), "status": "suspended"}
    )
    add_registration(
        session, supplier.id, {"kind": "gacc", "issued_on": day(10), "valid_until": day(950)}
    )
    assert active_registration_for(session, supplier.id, cherries.id, TODAY) == whole


def test_problem_suppliers_among_a_page_and_as_a_filter(
    session: Session, make_supplier: MakeSupplier
) -> None:
    w = world(session, make_supplier)
    page = [w["maule"].id, w["quiet"].id, w["gone"].id]
    assert suppliers_with_problems(session, TODAY, 30, among=page) == {w["quiet"].id}
    assert suppliers_with_problems(session, TODAY, 30, among=[]) == set()
    marked = select(Supplier.name).where(Supplier.id.in_(problem_suppliers(TODAY, 90)))
    assert sorted(session.scalars(marked)) == [
        "Agrícola Los Andes Ltda.",
        "Exportadora Cerezas del Maule Ltda.",
        "Frutícola Ñuble SpA",
    ]
