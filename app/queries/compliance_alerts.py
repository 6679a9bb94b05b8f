"""The alerts built on registrations and certificates: which rows a Home count stands
for, and the Suppliers list's "compliance problem" as a condition its page query can
hold (one EXISTS per row shown, in the same statement: no read per row).

A problem is what app.queries.compliance.suppliers_with_problems finds: a row expired,
suspended or ending within the window (app.rules.compliance.status_of's states);
tests/app/queries/test_compliance_alerts.py holds the two to the same suppliers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session, selectinload

from app.queries.compliance import (
    ComplianceRow,
    any_part,
    compliance_row,
    due_parts,
    expired_parts,
    live_rows,
    problem_parts,
    suspended_parts,
)
from models import Supplier, SupplierCertification
from models.enums import ComplianceStatus, SiteKind

_ROW = SupplierCertification

DEFAULT_WINDOW = 90
"""Days within which a row is due, unless the setting says otherwise."""

ALERT_ROWS_SHOWN = 1000
"""A Home count's list shows at most this many rows (the count says how many in all)."""

AlertKind = Literal["expired", "suspended", "due"]


def card_windows(window: int) -> tuple[int, ...]:
    """The "due in N days" counts of Home's card: 30 and 60 days when shorter than the
    window, and the window itself (90: 30, 60, 90; 45: 30, 45; 14: 14)."""
    window = max(1, window)
    return tuple(sorted({d for d in (30, 60) if d < window} | {window}))


def expired_condition(today: date) -> ColumnElement[bool]:
    return any_part(expired_parts(today))


def suspended_condition() -> ColumnElement[bool]:
    return any_part(suspended_parts())


def due_condition(today: date, days: int) -> ColumnElement[bool]:
    """Neither expired nor suspended, ending within `days` of today (today included)."""
    return any_part(due_parts(today, days))


def problem_condition(today: date, within_days: int) -> ColumnElement[bool]:
    """Expired, suspended or due within `within_days` (app.queries.compliance's parts)."""
    return any_part(problem_parts(today, within_days))


def problem_exists(supplier_id: Any, today: date, within_days: int) -> ColumnElement[bool]:
    """The filter's form of `has_problem`: an EXISTS in a WHERE, which the database may
    run as a semi-join."""
    return exists().where(_ROW.supplier_id == supplier_id, problem_condition(today, within_days))


def has_problem(supplier_id: Any, today: date, within_days: int) -> ColumnElement[bool]:
    """True for the supplier whose id is `supplier_id` (a column of the enclosing query)
    when it holds a row expired, suspended or due within `within_days`: an indexed probe
    of its rows (ix_supplier_certifications_supplier_id). A scalar subquery with LIMIT 1,
    not EXISTS: PostgreSQL may run an EXISTS in the select list as one hashed scan of
    every row of the table (150 ms at 300,000 rows for a page of 200)."""
    probe = (
        select(_ROW.id)
        .where(_ROW.supplier_id == supplier_id, problem_condition(today, within_days))
        .limit(1)
        .scalar_subquery()
    )
    return probe.is_not(None)


@dataclass(frozen=True)
class AlertList:
    kind: AlertKind
    days: int | None
    rows: list[ComplianceRow]
    total: int
    """All such rows; `rows` holds at most ALERT_ROWS_SHOWN of them."""


def alert_rows(
    session: Session,
    today: date,
    kind: AlertKind,
    days: int | None = None,
    *,
    limit: int = ALERT_ROWS_SHOWN,
) -> AlertList:
    """The rows behind one of Home's counts (suppliers not archived), soonest end first:
    expired (longest ago first), suspended, or due within `days`. Two statements."""
    if kind == "expired":
        condition = expired_condition(today)
    elif kind == "suspended":
        condition = suspended_condition()
    else:
        condition = due_condition(today, days if days is not None else DEFAULT_WINDOW)
    base = live_rows().where(condition)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    found = session.execute(
        base.order_by(_ROW.valid_until.is_(None), _ROW.valid_until, Supplier.name, _ROW.id).limit(
            limit
        )
    ).all()
    rows = [compliance_row(r, today) for r in found]
    return AlertList(kind, days, rows, total)


# --- one supplier's rows, for its certifications tab -------------------------------------


def is_due(row: ComplianceRow, window: int) -> bool:
    """Neither expired nor suspended and ending within `window` days (amber)."""
    return (
        row.status in (ComplianceStatus.ACTIVE, ComplianceStatus.PENDING)
        and row.days_left is not None
        and 0 <= row.days_left <= window
    )


def is_lapsed(row: ComplianceRow) -> bool:
    """Expired or suspended (red)."""
    return row.status in (ComplianceStatus.EXPIRED, ComplianceStatus.SUSPENDED)


@dataclass(frozen=True)
class RowDetail:
    """What the tab's edit form needs beyond the list's columns."""

    site_kind: SiteKind | None
    site_address: str | None
    notes: str | None
    version: int


@dataclass(frozen=True)
class Glance:
    """A supplier's state at a glance: what is active, what has lapsed, what is due."""

    active_registrations: int
    active_certificates: int
    pending: int
    expired: list[ComplianceRow]
    """Expired, the most recent first."""
    suspended: list[ComplianceRow]
    due: list[ComplianceRow]
    """Due within the window, the soonest first."""

    @property
    def problem(self) -> bool:
        return bool(self.expired or self.suspended or self.due)


def glance_of(rows: list[ComplianceRow], window: int) -> Glance:
    active = [r for r in rows if r.status is ComplianceStatus.ACTIVE]
    expired = [r for r in rows if r.status is ComplianceStatus.EXPIRED]
    expired.sort(key=lambda r: -(r.days_left if r.days_left is not None else -(10**6)))
    return Glance(
        active_registrations=sum(r.is_registration for r in active),
        active_certificates=sum(not r.is_registration for r in active),
        pending=sum(r.status is ComplianceStatus.PENDING for r in rows),
        expired=expired,
        suspended=[r for r in rows if r.status is ComplianceStatus.SUSPENDED],
        due=sorted((r for r in rows if is_due(r, window)), key=lambda r: r.days_left or 0),
    )


@dataclass(frozen=True)
class SupplierCompliance:
    supplier_id: int
    rows: list[ComplianceRow]
    details: dict[int, RowDetail]
    glance: Glance
    window: int
    today: date


def supplier_compliance(
    session: Session, supplier_id: int, today: date, window: int = DEFAULT_WINDOW
) -> SupplierCompliance:
    """Every registration and certificate of one supplier (archived or not), soonest end
    first, with its state on `today`, its products and the glance: two statements."""
    found = session.scalars(
        select(_ROW)
        .where(_ROW.supplier_id == supplier_id)
        .options(selectinload(_ROW.products))
        .order_by(_ROW.valid_until.is_(None), _ROW.valid_until, _ROW.kind, _ROW.id)
    ).all()
    return supplier_compliance_of(
        supplier_id, found, lambda r: [p.name for p in r.products], today, window
    )


def supplier_compliance_of(
    supplier_id: int,
    found: Sequence[Any],
    products: Callable[[Any], Sequence[str]],
    today: date,
    window: int,
) -> SupplierCompliance:
    """One supplier's compliance from its rows as read (each with the columns of
    SupplierCertification) and the product names of each."""
    rows = [compliance_row(r, today, products(r), supplier="") for r in found]
    details = {r.id: RowDetail(r.site_kind, r.site_address, r.notes, r.version) for r in found}
    return SupplierCompliance(supplier_id, rows, details, glance_of(rows, window), window, today)
