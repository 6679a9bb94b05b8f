"""Reads of registrations and certificates: the compliance list, the counts a Home card
shows, the suppliers with a problem, and the registration that lets a supplier ship a
product on a day.

The state of a row follows app.rules.compliance.status_of (a status set by hand wins;
else expired once valid_until has passed, pending before issued_on, else active). The
list computes it in Python with that function; the counts and the problem set need it in
SQL, written here once (`expired_parts`, `suspended_parts`, `due_parts`, `problem_parts`,
also what app.queries.compliance_alerts filters on) and held to status_of by
tests/app/queries/test_compliance.py. Archived suppliers are left out of every read.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select, union
from sqlalchemy.orm import Session

from app.rules.compliance import days_left, status_of
from app.rules.vocabulary import label
from models import Certification, Product, Supplier, SupplierCertification
from models.enums import REGISTRATIONS, ComplianceStatus
from models.supplier import certification_products

if TYPE_CHECKING:
    pass

_ROW = SupplierCertification
_BATCH = 500
"""Ids per IN (...) when reading the products of a page's rows."""


@dataclass(frozen=True)
class ComplianceRow:
    id: int
    supplier_id: int
    supplier: str
    kind: Certification
    number: str | None
    site: str | None
    season: str | None
    issued_on: date | None
    valid_until: date | None
    days_left: int | None
    """Negative when expired; None when the row has no end date."""
    status: ComplianceStatus
    status_by_hand: bool
    products: tuple[str, ...] = ()
    """The product names it covers; () = the supplier's whole range."""

    @property
    def is_registration(self) -> bool:
        return self.kind in REGISTRATIONS

    def to_dict(self) -> dict[str, Any]:
        """Plain values for `--json`."""
        return {
            "id": self.id,
            "supplier_id": self.supplier_id,
            "supplier": self.supplier,
            "kind": self.kind.value,
            "kind_label": label(self.kind),
            "registration": self.is_registration,
            "number": self.number,
            "site": self.site,
            "season": self.season,
            "issued_on": None if self.issued_on is None else self.issued_on.isoformat(),
            "valid_until": None if self.valid_until is None else self.valid_until.isoformat(),
            "days_left": self.days_left,
            "status": self.status.value,
            "status_by_hand": self.status_by_hand,
            "products": list(self.products),
        }


def compliance_rows(
    session: Session,
    *,
    today: date,
    expiring_days: int | None = None,
    supplier_id: int | None = None,
    kind: Certification | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[ComplianceRow]:
    """The rows, soonest end first (rows with no end last), in one query; the products of
    the returned rows in a second (batched by id). `expiring_days`: only rows whose
    valid_until is at most that many days from `today`, the expired ones included."""
    query = live_rows()
    if expiring_days is not None:
        query = query.where(_ROW.valid_until <= today + timedelta(days=expiring_days))
    if supplier_id is not None:
        query = query.where(_ROW.supplier_id == supplier_id)
    if kind is not None:
        query = query.where(_ROW.kind == kind)
    if expiring_days is None:
        query = query.order_by(_ROW.valid_until.is_(None), _ROW.valid_until, _ROW.id)
    else:  # no row without an end date: the index on valid_until gives the order
        query = query.order_by(_ROW.valid_until, _ROW.id)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    found = session.execute(query).all()
    products = _products_of(session, [r.id for r in found])
    return [compliance_row(r, today, products.get(r.id, ())) for r in found]


def live_rows() -> Select[Any]:
    """The columns a ComplianceRow is made of (`compliance_row`), of the rows of
    suppliers not archived."""
    query: Select[Any] = (
        select(  # type: ignore[assignment]
            _ROW.id,
            _ROW.supplier_id,
            Supplier.name,
            _ROW.kind,
            _ROW.reference,
            _ROW.site_name,
            _ROW.season,
            _ROW.issued_on,
            _ROW.valid_until,
            _ROW.status,
        )
        .join(Supplier, Supplier.id == _ROW.supplier_id)
        .where(Supplier.archived_at.is_(None))
    )
    return query


def compliance_row(
    r: Any, today: date, products: Sequence[str] = (), supplier: str | None = None
) -> ComplianceRow:
    """One row of `live_rows` (or any row with the same columns) as the lists show it, its
    state and days left on `today`; `supplier` instead of the row's own name column."""
    return ComplianceRow(
        id=r.id,
        supplier_id=r.supplier_id,
        supplier=r.name if supplier is None else supplier,
        kind=r.kind,
        number=r.reference,
        site=r.site_name,
        season=r.season,
        issued_on=r.issued_on,
        valid_until=r.valid_until,
        days_left=days_left(r.valid_until, today),
        status=status_of(r.status, r.issued_on, r.valid_until, today),
        status_by_hand=r.status is not None,
        products=tuple(products),
    )


def _products_of(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    link = certification_products.c
    for start in range(0, len(ids), _BATCH):
        query = (
            select(link.certification_id, Product.name)
            .join(Product, Product.id == link.product_id)
            .where(link.certification_id.in_(ids[start : start + _BATCH]))
            .order_by(link.certification_id, Product.key)
        )
        for certification_id, name in session.execute(query):
            names.setdefault(certification_id, []).append(name)
    return names


# --- the state in SQL (what status_of says, for counting in the database) ---------------
#
# Each state is a few disjoint parts, each part a range of (status, valid_until) that an
# index on those columns reads without touching the rows: a count is a sum of such
# ranges, never a CASE evaluated on every row (300,000 of them are 200 ms on SQLite).
# Archived suppliers are few: their rows are counted apart and taken off.

Part = tuple[ColumnElement[bool], ...]
_BY_DATE = (ComplianceStatus.ACTIVE, ComplianceStatus.PENDING)
"""Hand statuses that leave the end date to say when a row falls due."""


def expired_parts(today: date) -> list[Part]:
    return [
        (_ROW.status.is_(None), _ROW.valid_until < today),
        (_ROW.status == ComplianceStatus.EXPIRED,),
    ]


def suspended_parts() -> list[Part]:
    return [(_ROW.status == ComplianceStatus.SUSPENDED,)]


def due_parts(today: date, days: int) -> list[Part]:
    """Not expired, not suspended, and ending within `days` of today (today included)."""
    end = today + timedelta(days=days)
    return [
        (_ROW.status.is_(None), _ROW.valid_until >= today, _ROW.valid_until <= end),
        (_ROW.status.in_(_BY_DATE), _ROW.valid_until >= today, _ROW.valid_until <= end),
    ]


def problem_parts(today: date, days: int) -> list[Part]:
    """Expired, suspended or due within `days`: the parts of the three, ranges merged."""
    end = today + timedelta(days=days)
    return [
        (_ROW.status.is_(None), _ROW.valid_until <= end),
        (_ROW.status.in_([ComplianceStatus.EXPIRED, ComplianceStatus.SUSPENDED]),),
        (_ROW.status.in_(_BY_DATE), _ROW.valid_until >= today, _ROW.valid_until <= end),
    ]


def any_part(parts: list[Part]) -> ColumnElement[bool]:
    return or_(*(and_(*part) for part in parts))


def _archived_ids() -> Any:
    return select(Supplier.id).where(Supplier.archived_at.is_not(None))


@dataclass(frozen=True)
class ComplianceCounts:
    expired: int = 0
    suspended: int = 0
    due: dict[int, int] = field(default_factory=dict)
    """Window in days -> rows ending within it (each window counts the shorter ones too)."""


def compliance_counts(
    session: Session, today: date, windows: Iterable[int] = (30, 60, 90)
) -> ComplianceCounts:
    """What the Home card shows, in one statement: rows expired, suspended, and due
    within each window (not expired; 0 <= days left <= window), archived suppliers'
    rows left out."""
    spans = sorted(set(windows))
    states = [expired_parts(today), suspended_parts(), *(due_parts(today, days) for days in spans)]

    def everyone(parts: list[Part]) -> Any:
        counts = [
            select(func.count()).select_from(_ROW).where(*part).scalar_subquery() for part in parts
        ]
        total: Any = counts[0]
        for more in counts[1:]:
            total = total + more
        return total

    archived = (
        select(
            *(
                func.coalesce(func.sum(case((any_part(parts), 1), else_=0)), 0).label(f"s{n}")
                for n, parts in enumerate(states)
            )
        )
        .where(_ROW.supplier_id.in_(_archived_ids()))
        .subquery()
    )
    query = select(
        *(everyone(parts) - archived.c[f"s{n}"] for n, parts in enumerate(states))
    ).select_from(archived)
    expired, suspended, *due = session.execute(query).one()
    return ComplianceCounts(
        expired=int(expired),
        suspended=int(suspended),
        due={days: int(n) for days, n in zip(spans, due, strict=True)},
    )


def problem_suppliers(
    today: date, within_days: int, *, among: Collection[int] | None = None
) -> Any:
    """A SELECT of the ids of the suppliers (not archived) holding a row expired,
    suspended or ending within `within_days`, of `among` only when given: for a list's
    filter to embed (`Supplier.id.in_(problem_suppliers(...))`), so the ids never travel."""
    only = () if among is None else (_ROW.supplier_id.in_(sorted(among)),)
    parts = [
        select(_ROW.supplier_id).where(*part, *only) for part in problem_parts(today, within_days)
    ]
    found = union(*parts).subquery()
    return select(found.c.supplier_id).where(found.c.supplier_id.not_in(_archived_ids()))


def suppliers_with_problems(
    session: Session, today: date, within_days: int, *, among: Collection[int] | None = None
) -> set[int]:
    """The suppliers with a problem (see problem_suppliers): the Suppliers list's marker.
    One statement; `among` (a page's ids) keeps the question to those."""
    if among is not None and not among:
        return set()
    return set(session.scalars(problem_suppliers(today, within_days, among=among)))


def active_registration_for(
    session: Session, supplier_id: int, product_id: int, on: date
) -> SupplierCertification | None:
    """The supplier's registration (a kind in REGISTRATIONS) active on `on` that covers the
    product (it lists it, or lists none), the one lasting longest; None when there is none.
    Active on a day: set active by hand, or no status set and the day within its dates."""
    link = certification_products.c
    lists_any = exists().where(link.certification_id == _ROW.id)
    lists_it = exists().where(link.certification_id == _ROW.id, link.product_id == product_id)
    query = (
        select(_ROW)
        .where(
            _ROW.supplier_id == supplier_id,
            _ROW.kind.in_(sorted(REGISTRATIONS)),
            or_(
                _ROW.status == ComplianceStatus.ACTIVE,
                and_(
                    _ROW.status.is_(None),
                    or_(_ROW.issued_on.is_(None), _ROW.issued_on <= on),
                    or_(_ROW.valid_until.is_(None), _ROW.valid_until >= on),
                ),
            ),
            or_(~lists_any, lists_it),
        )
        .order_by(_ROW.valid_until.is_(None).desc(), _ROW.valid_until.desc(), _ROW.id)
        .limit(1)
    )
    return session.scalars(query).first()
