"""Finding suppliers fast: accent- and case-free, any part of a name, city, tax id,
product or contact, a page at a time with the total count.

The folded query is split into words; every word must match. Words of three or
more characters go through the index (FTS5 trigram on SQLite, pg_trgm on
PostgreSQL); shorter ones narrow the indexed matches with a LIKE.

On SQLite the count comes first, because it decides how the page is read: a few
matches are fetched and sorted; many are found by walking the sort column's index
and keeping the matching rows until the page is full (no sort of 20,000 rows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    literal,
    literal_column,
    null,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from app.queries.batched import Apart, Together, fetch_together
from app.queries.compliance_alerts import DEFAULT_WINDOW, has_problem, problem_exists
from app.services.common import like_pattern
from models import (
    Certification,
    Contact,
    Product,
    Supplier,
    SupplierCertification,
    SupplierStatus,
    Tag,
    supplier_products,
    supplier_tags,
)
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

KEYSET_SORTS = frozenset({"name", "country", "status", "updated_at", "created_at", "id"})
"""Sort keys that are never NULL, so a page can start after the previous page's last row."""

WALK_ABOVE = 2_500
"""Above this many matches the page walks the sort index instead of sorting every match
(measured at 100,000 suppliers: tests/benchmarks/core_bench.py)."""
SERVER_GATHER_UP_TO = 10_000
"""On PostgreSQL a search with up to this many matches finds them all through the
trigram index and sorts them (~2.5 µs a match: at most ~25 ms), rather than walk the
sort index, which is quicker only when matches are spread along the order: 'agricola'
1.4 ms, but 'exportadora', all under E, 60 ms against 18 (100,000 suppliers)."""
COUNT_CAP = 10_000
"""A count that must read rows (a word under three letters, a country or status filter
beside the text) stops here: the page then says '10,000+' (Page.exact is False)."""


@dataclass(frozen=True)
class SupplierQuery:
    text: str = ""
    countries: Sequence[str] = ()
    statuses: Sequence[SupplierStatus] = ()
    certifications: Sequence[Certification] = ()
    """Suppliers holding any of these."""
    tag_ids: Sequence[int] = ()
    """Suppliers with any of these tags."""
    product_ids: Sequence[int] = ()
    """Suppliers selling any of these products."""
    compliance_problem: bool = False
    """Only suppliers holding a registration or certificate expired, suspended or due
    within `compliance_window` days (app.queries.compliance_alerts.has_problem)."""
    compliance_window: int = DEFAULT_WINDOW
    """Days within which a row is due: the filter's and each row's marker."""
    today: date | None = None
    """The day compliance is judged on; None: today."""
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False
    limit: int = 200
    offset: int = 0
    after_id: int | None = None
    """Continue after this supplier (the last row of the previous page) instead of
    skipping `offset` rows: a page deep in the list then costs what the first does
    (0.4 ms instead of 150 ms at row 99,800). Such a page is not counted again."""


@dataclass(frozen=True, slots=True)
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
    # What the list's column chooser can add (read in the same query as the rest).
    region: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    created_at: datetime | None = None
    primary_contact: str | None = None
    products: str | None = None
    """Product names, alphabetical, joined with ', ' (so are tags)."""
    certifications: tuple[Certification, ...] = ()
    tags: str | None = None
    compliance_problem: bool = False
    """A registration or certificate expired, suspended or due within the window."""


@dataclass(frozen=True)
class Page:
    rows: list[SupplierRow]
    total: int
    query: SupplierQuery = field(repr=False)
    exact: bool = True
    """False when `total` is COUNT_CAP and more match: show it as '10,000+'."""

    @property
    def total_text(self) -> str:
        """The total as people read it: '1,234', or '10,000+' when the count was capped."""
        return f"{self.total:,}" + ("" if self.exact else "+")


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
    Supplier.region,
    Supplier.email,
    Supplier.phone,
    Supplier.website,
    Supplier.created_at,
)

JOINED = ", "
"""Between the names of a supplier's products or tags in one cell."""


def _joined(values: Select[Any], separator: str = JOINED) -> Any:
    """One supplier's `values` (a correlated, ordered select of one column) as one string:
    group_concat on SQLite, string_agg on PostgreSQL, NULL when there are none. The order
    comes from a derived table, since SQLite before 3.44 has no ORDER BY inside group_concat."""
    ordered = values.subquery()
    return select(func.aggregate_strings(ordered.c[0], separator)).scalar_subquery()


def detail_columns(
    supplier_id: Any, today: date | None = None, window: int = DEFAULT_WINDOW
) -> list[Any]:
    """The list's aggregated columns for the supplier whose id is `supplier_id` (a column of
    the enclosing query): each an indexed lookup per row shown, in the same statement; the
    last, the compliance marker on `today` with `window` days."""
    outer = supplier_id.table  # named, or SQL would read it as a table of the subquery's own
    primary = (
        select(Contact.name)
        .where(Contact.supplier_id == supplier_id, Contact.is_primary)
        .order_by(Contact.id)
        .limit(1)
        .scalar_subquery()
    )
    products = (
        select(Product.name)
        .join(supplier_products, supplier_products.c.product_id == Product.id)
        .where(supplier_products.c.supplier_id == supplier_id)
        .order_by(Product.key)
        .correlate(outer)
    )
    certifications = (
        select(SupplierCertification.kind)
        .where(SupplierCertification.supplier_id == supplier_id)
        .order_by(SupplierCertification.kind)
        .correlate(outer)
    )
    tags = (
        select(Tag.name)
        .join(supplier_tags, supplier_tags.c.tag_id == Tag.id)
        .where(supplier_tags.c.supplier_id == supplier_id)
        .order_by(Tag.key)
        .correlate(outer)
    )
    return [
        primary.label("primary_contact"),
        _joined(products).label("products"),
        _joined(certifications, ",").label("certifications"),
        _joined(tags).label("tags"),
        has_problem(supplier_id, today or date.today(), window).label("compliance_problem"),
    ]


def row_columns(
    supplier_id: Any = Supplier.id, *, details: bool = True, query: SupplierQuery | None = None
) -> list[Any]:
    """What one list row reads, in `_row`'s order; without `details` the aggregated
    columns are NULL (an export that does not show them: 1.5 s less per 100,000 rows).
    `query` gives the day and window of the compliance marker."""
    details_read = detail_columns(supplier_id, *_compliance(query))
    if not details:
        return [*ROW_COLUMNS, *(null().label(c.key) for c in details_read)]
    return [*ROW_COLUMNS, *details_read]


def _compliance(query: SupplierQuery | None) -> tuple[date, int]:
    if query is None:
        return date.today(), DEFAULT_WINDOW
    return query.today or date.today(), query.compliance_window


def words(query: str) -> list[str]:
    return [w for w in fold(query).replace('"', " ").split(" ") if w]


def _fts_match(long_words: list[str]) -> str:
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)


def _fts_rowids(match: str) -> Select[Any]:
    return (
        select(literal_column("rowid"))
        .select_from(text(FTS_TABLE))
        .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match))
    )


def _text_conditions(
    session: Session, query_words: list[str], *, walk: bool = False
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    long_words = [w for w in query_words if len(w) >= 3]
    if session.get_bind().dialect.name == "sqlite" and long_words:
        # `id + 0` hides the primary key from the planner, which then walks the sort
        # index and probes the matches instead of fetching and sorting all of them.
        key = Supplier.id + 0 if walk else Supplier.id
        conditions.append(key.in_(_fts_rowids(_fts_match(long_words))))
        remaining = [w for w in query_words if len(w) < 3]
    else:
        remaining = query_words
    for word in remaining:
        haystack: ColumnElement[str] = Supplier.__table__.c.search_text
        if len(word) < 3 and session.get_bind().dialect.name != "sqlite":
            # pg_trgm has no trigram in a word this short and would scan its whole
            # index (300+ ms); `|| ''` keeps the planner off it.
            haystack = Supplier.search_text + ""
        conditions.append(haystack.like(like_pattern(word), escape="\\"))
    return conditions


S = TypeVar("S", bound=Select[*tuple[Any, ...]])


def _filtered(session: Session, query: SupplierQuery, base: S, *, walk: bool = False) -> S:
    conditions = _text_conditions(session, words(query.text), walk=walk)
    if query.countries:
        conditions.append(Supplier.country.in_([c.upper() for c in query.countries]))
    if query.statuses:
        conditions.append(Supplier.status.in_(list(query.statuses)))
    if query.certifications:
        conditions.append(
            exists().where(
                SupplierCertification.supplier_id == Supplier.id,
                SupplierCertification.kind.in_(list(query.certifications)),
            )
        )
    if query.tag_ids:
        conditions.append(
            exists().where(
                supplier_tags.c.supplier_id == Supplier.id,
                supplier_tags.c.tag_id.in_(list(query.tag_ids)),
            )
        )
    if query.product_ids:
        conditions.append(
            exists().where(
                supplier_products.c.supplier_id == Supplier.id,
                supplier_products.c.product_id.in_(list(query.product_ids)),
            )
        )
    if query.compliance_problem:
        conditions.append(problem_exists(Supplier.id, *_compliance(query)))
    if not query.include_archived:
        conditions.append(Supplier.archived_at.is_(None))
    return base.where(and_(*conditions)) if conditions else base


def _has_filters(query: SupplierQuery) -> bool:
    return bool(
        query.countries
        or query.statuses
        or query.certifications
        or query.tag_ids
        or query.product_ids
        or query.compliance_problem
    )


def _count(session: Session, query: SupplierQuery) -> tuple[int, bool]:
    """(how many match, whether that is exact), on SQLite."""
    query_words = words(query.text)
    long_words = [w for w in query_words if len(w) >= 3]
    if long_words and len(long_words) == len(query_words) and not _has_filters(query):
        # The FTS index counts its matches without reading the wide supplier rows;
        # the archived among them are few and have an index of their own.
        match = _fts_match(long_words)
        total = session.scalar(select(func.count()).select_from(_fts_rowids(match).subquery()))
        if not query.include_archived:
            archived = select(func.count()).where(
                Supplier.archived_at.is_not(None), (Supplier.id + 0).in_(_fts_rowids(match))
            )
            total = (total or 0) - (session.scalar(archived) or 0)
        return total or 0, True
    return _capped_count(session, query, query_words)


def _capped_count(
    session: Session, query: SupplierQuery, query_words: list[str]
) -> tuple[int, bool]:
    """Every match counted when there is no search text (an index answers); otherwise
    at most COUNT_CAP + 1 of them: a common word ('sa') would have the count read
    the whole table, and '10,000+' tells the user as much."""
    if not query_words:
        return session.scalar(_filtered(session, query, select(func.count(Supplier.id)))) or 0, True
    first = _filtered(session, query, select(literal(1))).limit(COUNT_CAP + 1).subquery()
    found = session.scalar(select(func.count()).select_from(first)) or 0
    return min(found, COUNT_CAP), found <= COUNT_CAP


def _certifications(joined: str | None) -> tuple[Certification, ...]:
    return tuple(Certification(kind) for kind in joined.split(",")) if joined else ()


def _row(r: Any) -> SupplierRow:
    # Positional, in row_columns()' order: twice as fast as by name at 100,000 rows.
    (
        row_id,
        name,
        legal_name,
        country,
        city,
        status,
        tax_id,
        updated_at,
        archived_at,
        version,
        region,
        email,
        phone,
        website,
        created_at,
        primary_contact,
        products,
        certifications,
        tags,
        compliance_problem,
    ) = r
    return SupplierRow(
        row_id,
        name,
        legal_name,
        country,
        city,
        status,
        tax_id,
        updated_at,
        archived_at is not None,
        version,
        region,
        email,
        phone,
        website,
        created_at,
        primary_contact,
        products,
        _certifications(certifications),
        tags,
        bool(compliance_problem),
    )


def filtered_statement(
    session: Session, query: SupplierQuery, columns: Sequence[Any]
) -> Select[Any]:
    """`columns` of every supplier the query matches, in its order (its limit and offset
    ignored): what an export streams."""
    if query.sort not in SORTABLE:
        raise ValueError(f"cannot sort suppliers by {query.sort!r}")
    order = SORTABLE[query.sort]
    ordering = [order.desc(), Supplier.id.desc()] if query.descending else [order, Supplier.id]
    return _filtered(session, query, select(*columns)).order_by(*ordering)


def iter_suppliers(
    session: Session, query: SupplierQuery, chunk: int = 5000, *, details: bool = True
) -> Iterator[SupplierRow]:
    """Every supplier the query matches, in its order, from one streamed query (exports):
    no count and no pages, `chunk` rows fetched at a time; its limit and offset are ignored.
    """
    stmt = filtered_statement(session, query, row_columns(details=details, query=query))
    # Core, not the ORM: these are plain columns, and the ORM's row loading costs ~0.25 s
    # per 100,000 rows for nothing.
    result = session.connection().execute(stmt.execution_options(yield_per=chunk))
    try:
        for partition in result.partitions():
            yield from map(_row, partition)
    finally:
        # An export cancelled midway drops this generator: close the (PostgreSQL
        # server-side) cursor now rather than leave it to the garbage collector.
        result.close()


def search_suppliers(session: Session, query: SupplierQuery) -> Page:
    """One page of matching suppliers, sorted, and how many match in all."""
    if query.sort not in SORTABLE:
        raise ValueError(f"cannot sort suppliers by {query.sort!r}")
    total: int | None = None
    exact = True
    continuing = query.after_id is not None and query.sort in KEYSET_SORTS
    sqlite = session.get_bind().dialect.name == "sqlite"
    if not continuing and not sqlite:
        return _server_page(session, query)
    if not continuing:
        total, exact = _count(session, query)
        if total == 0 or (exact and query.offset >= total):
            return Page(rows=[], total=total, query=query, exact=exact)
    order = SORTABLE[query.sort]
    walk = (total is not None and total > WALK_ABOVE) or (sqlite and continuing)
    page_query = _page_query(session, query, walk=walk)
    if continuing:
        anchor = select(order).where(Supplier.id == query.after_id).scalar_subquery()
        here = tuple_(order, Supplier.id)
        after = tuple_(anchor, literal(query.after_id))
        page_query = page_query.where(here < after if query.descending else here > after)
        page_query = page_query.limit(query.limit)
    else:
        page_query = page_query.limit(query.limit).offset(query.offset)
    rows = [_row(r) for r in session.execute(page_query)]
    if continuing:
        return Page(rows=rows, total=-1, query=query, exact=False)
    return Page(rows=rows, total=total or 0, query=query, exact=exact)


def _page_query(session: Session, query: SupplierQuery, *, walk: bool = False) -> Select[Any]:
    """The page's rows in the query's order, before its offset or keyset is applied."""
    order = SORTABLE[query.sort]
    ordering: list[Any] = [order.desc() if query.descending else order.asc()]
    ordering.append(Supplier.id.desc() if query.descending else Supplier.id.asc())
    columns = row_columns(query=query)
    return _filtered(session, query, select(*columns), walk=walk).order_by(*ordering)


def page_read(session: Session, query: SupplierQuery) -> Together:
    """search_suppliers' page as a read that can go out with others (app.queries.batched:
    after a save, with its COMMIT): on PostgreSQL a first or numbered page's two
    statements (_ServerPage); otherwise search_suppliers itself, after them."""
    continuing = query.after_id is not None and query.sort in KEYSET_SORTS
    if continuing or session.get_bind().dialect.name != "postgresql":
        return Apart(lambda s: search_suppliers(s, query))
    return _server_page_read(session, query)


def _server_page(session: Session, query: SupplierQuery) -> Page:
    read = _server_page_read(session, query)
    return read.answer(session, fetch_together(session, *read.statements))


def _server_page_read(session: Session, query: SupplierQuery) -> _ServerPage:
    """A first or numbered page on PostgreSQL: the count and the page sent together (one
    round trip, issue 18). Which page statement is quicker depends on how many match
    (SERVER_GATHER_UP_TO), so the likelier is sent beside the count: with search words
    of three letters or more, the matches gathered (capped one past the limit, so that a
    wrong guess stays cheap); otherwise the sort index walked. Both give the same rows
    in the same order; only a gathered page of more matches than the cap is read again,
    walking the index (a second round trip)."""
    if query.sort not in SORTABLE:
        raise ValueError(f"cannot sort suppliers by {query.sort!r}")
    query_words = words(query.text)
    gather = bool(query_words) and all(len(w) >= 3 for w in query_words)
    order = SORTABLE[query.sort]
    if gather:
        page = _few_matches_page(session, query, order, cap=SERVER_GATHER_UP_TO + 1)
    else:
        page = _page_query(session, query).limit(query.limit).offset(query.offset)
    count, read_count = server_count(session, query)
    return _ServerPage(query, gather, read_count, (count, page))


@dataclass(frozen=True)
class _ServerPage:
    query: SupplierQuery
    gather: bool
    read_count: CountReader
    statements: tuple[Select[Any], Select[Any]]

    def answer(self, session: Session, found: Sequence[list[Any]]) -> Page:
        counted, rows = found
        query = self.query
        total, exact = self.read_count(counted[0][0] or 0)
        if total == 0 or (exact and query.offset >= total):
            return Page(rows=[], total=total, query=query, exact=exact)
        if self.gather and total > SERVER_GATHER_UP_TO:
            walked = _page_query(session, query).limit(query.limit).offset(query.offset)
            rows = list(session.execute(walked))
        return Page(rows=[_row(r) for r in rows], total=total, query=query, exact=exact)


def server_count(session: Session, query: SupplierQuery) -> tuple[Select[Any], CountReader]:
    """How many match, on PostgreSQL: the statement, and what turns its answer into
    (total, exact). Words of three letters or more are counted whole through the trigram
    index (a LIMIT would tempt the planner into reading the table in order: 4 ms became
    80); a shorter word has no index to help, so at most COUNT_CAP + 1 rows are read and
    a larger count is shown as '10,000+'."""
    if any(len(w) < 3 for w in words(query.text)):
        first = _filtered(session, query, select(literal(1))).limit(COUNT_CAP + 1).subquery()
        return select(func.count()).select_from(first), _capped
    return _filtered(session, query, select(func.count(Supplier.id))), _whole


CountReader = Callable[[int], tuple[int, bool]]


def _capped(found: int) -> tuple[int, bool]:
    return min(found, COUNT_CAP), found <= COUNT_CAP


def _whole(found: int) -> tuple[int, bool]:
    return found, True


def _few_matches_page(
    session: Session, query: SupplierQuery, order: Any, *, cap: int | None = None
) -> Select[Any]:
    """A page of a search with at most SERVER_GATHER_UP_TO matches, on PostgreSQL: the
    matches are found through the trigram index first and then sorted, instead of
    walking the sort index past every supplier that does not match. With `cap`, at most
    that many matches are gathered (the page is right only if no more match)."""
    gathered = _filtered(session, query, select(*ROW_COLUMNS, order.label("sort_key")))
    if cap is not None:
        gathered = gathered.limit(cap)
    matches = gathered.cte("matches").prefix_with("MATERIALIZED")
    key, row_id = matches.c.sort_key, matches.c.id
    ordering = [key.desc(), row_id.desc()] if query.descending else [key.asc(), row_id.asc()]
    # The aggregated columns are read for the page's rows only, not for every match.
    columns = [matches.c[c.key] for c in ROW_COLUMNS] + detail_columns(row_id, *_compliance(query))
    return select(*columns).order_by(*ordering).limit(query.limit).offset(query.offset)
