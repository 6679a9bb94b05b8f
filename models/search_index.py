"""Keeps `suppliers.search_text` and `name_key` true, and the database index over them.

The text is folded in Python (accents, case), so both backends search plain
lower-case ASCII-or-CJK text: SQLite through an FTS5 trigram table kept in step by
triggers, PostgreSQL through a pg_trgm GIN index. Any `LIKE '%term%'` of three or
more characters then uses an index instead of reading every row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import bindparam, event, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction

from models.product import Product
from models.supplier import Contact, Supplier, supplier_products
from models.text import fold, tax_id_key

FTS_TABLE = "supplier_search"


def _search_text(
    folded_name: str,
    name: str | None,
    legal_name: str | None,
    city: str | None,
    region: str | None,
    tax_id: str | None,
    tax_key: str | None,
    product_names: Iterable[str],
    contact_names: Iterable[str],
) -> str:
    parts = [folded_name] if name else []
    parts.extend(fold(p) for p in (legal_name, city, region, tax_id, tax_key) if p)
    parts.extend(fold(p) for p in product_names if p)
    parts.extend(fold(p) for p in contact_names if p)
    # ' | ' keeps one field's end from running into the next field's start.
    return " | ".join(parts)


def supplier_keys(
    row: Any, product_names: Iterable[str], contact_names: Iterable[str]
) -> dict[str, Any]:
    """name_key, tax_id_key and search_text of a supplier (anything with its name,
    legal_name, city, region and tax_id attributes): one definition for the ORM
    listener, the bulk path and the migration that filled them. The name is folded,
    and the tax id keyed, once for both (an import computes this 100,000 times)."""
    folded_name = fold(row.name)
    tax_key = tax_id_key(row.tax_id)
    return {
        "name_key": folded_name[:200],
        "tax_id_key": tax_key,
        "search_text": _search_text(
            folded_name,
            row.name,
            row.legal_name,
            row.city,
            row.region,
            row.tax_id,
            tax_key,
            product_names,
            contact_names,
        ),
    }


def refresh_supplier(supplier: Supplier, deleted: set[Any] | None = None) -> None:
    gone = deleted or set()
    keys = supplier_keys(
        supplier,
        [p.name for p in supplier.products],
        [c.name for c in supplier.contacts if c not in gone],
    )
    for column, value in keys.items():
        setattr(supplier, column, value)


@event.listens_for(Session, "before_flush")
def _refresh_changed_suppliers(
    session: Session, flush_context: UOWTransaction, instances: object
) -> None:
    touched: set[Supplier] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Supplier):
            touched.add(obj)
        elif isinstance(obj, Contact):
            obj.name_key = fold(obj.name)[:200]
            owner = obj.supplier if obj.supplier is not None else None
            if owner is None and obj.supplier_id is not None:
                owner = session.get(Supplier, obj.supplier_id)
            if owner is not None:
                touched.add(owner)
        elif isinstance(obj, Product) and obj in session.dirty:
            with session.no_autoflush:
                touched.update(
                    session.scalars(
                        select(Supplier)
                        .join(supplier_products)
                        .where(supplier_products.c.product_id == obj.id)
                    )
                )
    with session.no_autoflush:
        for supplier in touched:
            if supplier not in session.deleted:
                refresh_supplier(supplier, deleted=set(session.deleted))


PENDING_LIST_FLUSH = 1000
"""New suppliers from which a bulk insert merges PostgreSQL's GIN pending list itself."""

_TRIGGERS = ("suppliers_search_ai", "suppliers_search_ad", "suppliers_search_au")


@contextmanager
def deferred_indexing(connection: Connection) -> Iterator[list[int]]:
    """Index many new suppliers in one statement instead of one trigger call per row.

    Inside the block the SQLite triggers are dropped (in the caller's transaction, so a
    rollback brings them back); append the ids of the suppliers inserted to the list
    yielded, and they are indexed together when the block ends (or run index_statement
    for them yourself). About four times faster for 100,000 suppliers. On PostgreSQL
    the list only says how many came: past PENDING_LIST_FLUSH the trigram index's
    pending list is merged at the end.
    """
    new_ids: list[int] = []
    if connection.dialect.name != "sqlite":
        yield new_ids
        if len(new_ids) >= PENDING_LIST_FLUSH:
            # New entries wait in the GIN index's unsorted pending list, which every
            # search reads through until (auto)vacuum merges it: after 100,000 new
            # suppliers a search took 60-125 ms instead of 16-60. Merge it now.
            connection.execute(text("SELECT gin_clean_pending_list('ix_suppliers_search_trgm')"))
        return
    triggers = connection.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN :names"
        ).bindparams(bindparam("names", expanding=True)),
        {"names": list(_TRIGGERS)},
    ).all()
    for name, _sql in triggers:
        connection.execute(text(f"DROP TRIGGER {name}"))
    # FTS5 writes its pending terms out each time they pass 'hashsize' (1 MB): 8 MB makes
    # 90,000 suppliers' trigrams go in 40% faster (0.9 -> 0.53 s; more gains nothing) for
    # 7 MB more memory. Set for this block only, in the caller's transaction (like the
    # triggers).
    _fts_config(connection, "hashsize", BULK_HASHSIZE)
    try:
        yield new_ids
        if new_ids:
            for first, last in _runs(sorted(new_ids)):
                connection.execute(text(index_statement(first, last)))
    finally:
        _fts_config(connection, "hashsize", DEFAULT_HASHSIZE)
        for _name, sql in triggers:
            connection.execute(text(sql))


def unindex_suppliers(connection: Connection, ids: Sequence[int]) -> None:
    """Take these suppliers out of the index just before they are deleted inside
    deferred_indexing (SQLite's index needs their text; PostgreSQL's follows the table)."""
    if connection.dialect.name != "sqlite" or not ids:
        return
    connection.execute(
        text(
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) "
            "SELECT 'delete', id, search_text FROM suppliers WHERE id IN :ids"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": list(ids)},
    )


def index_statement(first: int, last: int) -> str:
    """SQLite: the statement that indexes the suppliers of ids first to last (inside
    deferred_indexing, whose caller may run it itself, on its own schedule)."""
    return (
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) "
        f"SELECT id, search_text FROM suppliers WHERE id BETWEEN {int(first)} AND {int(last)}"
    )


BULK_HASHSIZE = 8 * 1024 * 1024
DEFAULT_HASHSIZE = 1024 * 1024
"""FTS5's own default 'hashsize'."""


def _fts_config(connection: Connection, option: str, value: int) -> None:
    connection.execute(
        text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES (:option, :value)"),
        {"option": option, "value": value},
    )


def _runs(ids: list[int]) -> Iterator[tuple[int, int]]:
    """Sorted ids as (first, last) runs of consecutive ids."""
    first = previous = ids[0]
    for i in ids[1:]:
        if i != previous + 1:
            yield first, previous
            first = i
        previous = i
    yield first, previous


def create_index(connection: Connection) -> None:
    """Create the search index for this backend (called by the migration that adds it)."""
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_DDL:
            connection.execute(text(statement))
        connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    elif connection.dialect.name == "postgresql":
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        connection.execute(
            text(
                "CREATE INDEX IF NOT EXISTS ix_suppliers_search_trgm ON suppliers "
                "USING gin (search_text gin_trgm_ops)"
            )
        )


def drop_index(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for name in _TRIGGERS:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))
    elif connection.dialect.name == "postgresql":
        connection.execute(text("DROP INDEX IF EXISTS ix_suppliers_search_trgm"))


_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "search_text, content='suppliers', content_rowid='id', tokenize='trigram')",
    f"""CREATE TRIGGER IF NOT EXISTS suppliers_search_ai AFTER INSERT ON suppliers BEGIN
        INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS suppliers_search_ad AFTER DELETE ON suppliers BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS suppliers_search_au AFTER UPDATE OF search_text ON suppliers
    BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
)
