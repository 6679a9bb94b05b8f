"""Finding suppliers fast: accent- and case-free, any part of a name, city, tax id,
product or contact, a page at a time with the total count.

The folded query is split into words; every word must match. Words of three or
more characters go through the index (FTS5 trigram on SQLite, pg_trgm on
PostgreSQL); shorter ones narrow the indexed matches with a LIKE.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select, text
from sqlalchemy.orm import Session

from app.services.common import like_pattern
from models import Supplier, SupplierStatus
from models.search_index import FTS_TABLE
from models.text import fold

SORTABLE = {
    "name": Supplier.name_key,
    "country": Supplier.country,
    "city": Supplier.city,
    "status": Supplier.status,
    "tax_id": Supplier.tax_id_key,
    "updated_at": Supplier.updated_at,
    "created_at": Supplier.created_at,
    "id": Supplier.id,
}


@dataclass(frozen=True)
class SupplierQuery:
    text: str = ""
    countries: Sequence[str] = ()
    statuses: Sequence[SupplierStatus] = ()
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True)
class SupplierRow:
    id: int
    name: str
    legal_name: str | None
    country: str
    city: str | None
    status: SupplierStatus
    tax_id: str | None
    updated_at: datetime
    archived: bool
    version: int


@dataclass(frozen=True)
class Page:
    rows: list[SupplierRow]
    total: int
    query: SupplierQuery = field(repr=False)


ROW_COLUMNS = (
    Supplier.id,
    Supplier.name,
    Supplier.legal_name,
    Supplier.country,
    Supplier.city,
    Supplier.status,
    Supplier.tax_id,
    Supplier.updated_at,
    Supplier.archived_at,
    Supplier.version,
)


def words(query: str) -> list[str]:
    return [w for w in fold(query).replace('"', " ").split(" ") if w]


def _text_conditions(session: Session, query_words: list[str]) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    long_words = [w for w in query_words if len(w) >= 3]
    if session.get_bind().dialect.name == "sqlite" and long_words:
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        conditions.append(
            Supplier.id.in_(
                select(literal_column("rowid"))
                .select_from(text(FTS_TABLE))
                .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match))
            )
        )
        remaining = [w for w in query_words if len(w) < 3]
    else:
        remaining = query_words
    for word in remaining:
        conditions.append(Supplier.search_text.like(like_pattern(word), escape="\\"))
    return conditions


S = TypeVar("S", bound=Select[*tuple[Any, ...]])


def _filtered(session: Session, query: SupplierQuery, base: S) -> S:
    conditions = _text_conditions(session, words(query.text))
    if query.countries:
        conditions.append(Supplier.country.in_([c.upper() for c in query.countries]))
    if query.statuses:
        conditions.append(Supplier.status.in_(list(query.statuses)))
    if not query.include_archived:
        conditions.append(Supplier.archived_at.is_(None))
    return base.where(and_(*conditions)) if conditions else base


def search_suppliers(session: Session, query: SupplierQuery) -> Page:
    """One page of matching suppliers, sorted, and how many match in all."""
    if query.sort not in SORTABLE:
        raise ValueError(f"cannot sort suppliers by {query.sort!r}")
    order = SORTABLE[query.sort]
    ordering: list[Any] = [order.desc() if query.descending else order.asc()]
    ordering.append(Supplier.id.desc() if query.descending else Supplier.id.asc())
    page_query = (
        _filtered(session, query, select(*ROW_COLUMNS))
        .order_by(*ordering)
        .limit(query.limit)
        .offset(query.offset)
    )
    rows = [
        SupplierRow(
            id=r.id,
            name=r.name,
            legal_name=r.legal_name,
            country=r.country,
            city=r.city,
            status=r.status,
            tax_id=r.tax_id,
            updated_at=r.updated_at,
            archived=r.archived_at is not None,
            version=r.version,
        )
        for r in session.execute(page_query)
    ]
    if query.offset == 0 and len(rows) < query.limit:
        total = len(rows)
    else:
        total = session.scalar(_filtered(session, query, select(func.count(Supplier.id)))) or 0
    return Page(rows=rows, total=total, query=query)
