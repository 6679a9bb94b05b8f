"""TableWriter stores exactly what SQLAlchemy Core would, on either backend."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.importing.retry import lost_race
from app.services.bulk import CONTACT_COLUMNS as CONTACT_FIELDS
from app.services.bulk import OFFER_COLUMNS
from app.services.bulk import SUPPLIER_COLUMNS as SUPPLIER_FIELDS
from app.services.suppliers import create_supplier
from models import (
    Contact,
    ImportRow,
    Incoterm,
    Offer,
    OfferSide,
    Supplier,
    SupplierStatus,
    Unit,
)
from models.bulk_writer import Mover, TableWriter, moving
from models.search_index import FTS_TABLE, _runs, deferred_indexing

OFFERS: Table = Offer.__table__  # type: ignore[assignment]
CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
SUPPLIERS: Table = Supplier.__table__  # type: ignore[assignment]
IMPORT_ROWS: Table = ImportRow.__table__  # type: ignore[assignment]
NOW = datetime(2026, 11, 29, 17, 30, 5, 123456, tzinfo=UTC)
STAMPS = ("created_at", "updated_at", "created_by", "updated_by", "version")
SUPPLIER_COLUMNS = (*SUPPLIER_FIELDS, *STAMPS)
CONTACT_COLUMNS = (*CONTACT_FIELDS, *STAMPS)


def _stored(session: Session, table: Table, ids: list[int]) -> list[tuple[Any, ...]]:
    """The rows as the database holds them (the driver's plain values, no type applied)."""
    columns = ", ".join(c.name for c in table.c if c.name != "id")
    marks = ", ".join(str(int(i)) for i in ids)
    found = session.connection().exec_driver_sql(
        f"SELECT {columns} FROM {table.name} WHERE id IN ({marks}) ORDER BY id"
    )
    return [tuple(row) for row in found]


def _both_ways(
    session: Session, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows inserted by SQLAlchemy Core, by TableWriter, and by TableWriter through
    a staging table and a Mover, as stored."""
    core_ids = list(
        session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            [dict(zip(columns, row, strict=True)) for row in rows],
        ).scalars()
    )
    writer_ids = TableWriter(session, table, columns).insert_with_ids(rows)
    with moving(session) as mover:
        staged_ids = TableWriter(session, table, columns, mover).insert_with_ids(rows)
    return (
        _stored(session, table, core_ids),
        _stored(session, table, writer_ids),
        _stored(session, table, staged_ids),
    )


@pytest.fixture
def supplier(session: Session) -> Supplier:
    return create_supplier(session, {"name": "Frutícola Ñuble", "country": "CL"})


def test_offers_are_stored_as_core_stores_them(session: Session, supplier: Supplier) -> None:
    from app.services.negotiations import create_negotiation
    from app.services.products import create_product

    product = create_product(session, {"name": "Cereza"})
    deal = create_negotiation(session, supplier.id, {"title": "Cerezas"}, product_id=product.id)
    columns = (*OFFER_COLUMNS, *STAMPS)
    offers = [
        {"side": side, "price": price, "volume": volume, "volume_unit": unit,
         "incoterm": incoterm, "incoterm_place": place, "valid_until": valid, "notes": note}
        for side, price, volume, unit, incoterm, place, valid, note in [
            (OfferSide.SUPPLIER, Decimal("2.45"), Decimal("12500.5"), Unit.KG, Incoterm.FOB,
             "San Antonio", date(2026, 2, 1), "primera"),
            (OfferSide.BUYER, Decimal("0.0001"), None, None, None, None, None, None),
            (OfferSide.SUPPLIER, Decimal("123456789.1234"), Decimal(3), Unit.BOX,
             Incoterm.CIF, "Shanghái 上海", date(2027, 12, 31), "a 'quote' ; -- x"),
        ]
    ]  # fmt: skip
    common = {"negotiation_id": deal.id, "currency": "USD", "price_unit": Unit.KG,
              "created_at": NOW, "updated_at": NOW, "created_by": "ana", "updated_by": None,
              "version": 1}  # fmt: skip
    rows = [
        tuple({**common, "offered_on": date(2026, 1, n + 1), **offer}[c] for c in columns)
        for n, offer in enumerate(offers)
    ]
    core, written, staged = _both_ways(session, OFFERS, columns, rows)
    assert written == core == staged
    assert len(written) == 3


def test_contacts_flags_and_nulls_are_stored_as_core_stores_them(
    session: Session, supplier: Supplier
) -> None:
    stamps = (NOW, NOW, "ana", None, 1)
    rows = [
        (supplier.id, "ana", "Ana", "Ventas", "ana@x.cl", None, None, None, "es", True, None),
        (supplier.id, "bo", "Bo", None, None, "+56912345678", "+56912345678", None, None, False,
         "línea 1\nlínea 2"),
        (supplier.id, "王力", "王力", None, "wl@x.cn", None, None, "wangli", "zh", False, None),
    ]  # fmt: skip
    core, written, staged = _both_ways(
        session, CONTACTS, CONTACT_COLUMNS, [(*r, *stamps) for r in rows]
    )
    assert written == core == staged


def test_json_values_are_stored_as_core_stores_them(session: Session) -> None:
    from models import ImportBatch

    batch = ImportBatch(file_name="x.xlsx", file_sha256="0" * 64, target="suppliers", rows_total=2)
    session.add(batch)
    session.flush()
    columns = (
        "batch_id",
        "source_row",
        "entity",
        "entity_id",
        "action",
        "previous",
        "version_after",
    )
    rows = [
        (batch.id, 2, "suppliers", 1, "updated", {"city": "Chillán", "n": [1, 2]}, 2),
        (batch.id, None, "products", 3, "created", None, 1),
    ]
    core, written, staged = _both_ways(session, IMPORT_ROWS, columns, rows)
    assert written == core == staged


def _supplier_rows(*names: str, tax_id: str | None = None) -> list[tuple[Any, ...]]:
    values = {"country": "CL", "status": SupplierStatus.PROSPECT, "version": 1, "created_at": NOW}
    rows = []
    for name in names:
        values.update(name=name, name_key=name.lower(), search_text=name.lower(), tax_id=tax_id)
        values["tax_id_key"] = tax_id and tax_id.replace("-", "")
        rows.append(
            tuple(values.get(c, NOW if c == "updated_at" else None) for c in SUPPLIER_COLUMNS)
        )
    return rows


def test_ids_come_back_in_row_order(session: Session) -> None:
    rows = _supplier_rows(*(f"S{n}" for n in range(5)))
    writer = TableWriter(session, SUPPLIERS, SUPPLIER_COLUMNS)
    ids = writer.insert_with_ids(rows)
    assert ids == list(range(ids[0], ids[0] + 5))
    found = session.execute(select(SUPPLIERS.c.id, SUPPLIERS.c.name).where(SUPPLIERS.c.id.in_(ids)))
    assert sorted(found) == [(i, f"S{n}") for n, i in enumerate(ids)]
    # The largest id deleted: the next rows take the ids after the largest left (SQLite's
    # own rule), in order.
    session.execute(SUPPLIERS.delete().where(SUPPLIERS.c.id == ids[-1]))
    again = writer.insert_with_ids(_supplier_rows("T0", "T1"))
    assert again[1] == again[0] + 1
    found = session.execute(
        select(SUPPLIERS.c.name).where(SUPPLIERS.c.id.in_(again)).order_by(SUPPLIERS.c.id)
    )
    assert list(found.scalars()) == ["T0", "T1"]
    assert writer.insert_with_ids([]) == []


def test_a_column_with_a_default_must_be_given(session: Session) -> None:
    with pytest.raises(ValueError, match=r"suppliers: give a value for .*created_at"):
        TableWriter(session, SUPPLIERS, ("name", "country"))


def test_a_unique_violation_is_sqlalchemys_integrity_error(session: Session) -> None:
    create_supplier(session, {"name": "Uno", "country": "CL", "tax_id": "76-543210-K"})
    session.flush()
    writer = TableWriter(session, SUPPLIERS, SUPPLIER_COLUMNS)
    with pytest.raises(IntegrityError) as caught:
        writer.insert_with_ids(_supplier_rows("Dos", tax_id="76-543210-K"))
    # The import's retry sees another writer's win, as with a Core statement.
    assert lost_race(caught.value)


def test_runs_of_consecutive_ids() -> None:
    assert list(_runs([1])) == [(1, 1)]
    assert list(_runs([1, 2, 3, 7, 8, 10])) == [(1, 3), (7, 8), (10, 10)]


def test_deferred_indexing_leaves_fts_settings_as_they_were(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        pytest.skip("FTS5 is the SQLite index")
    config = text(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'hashsize'")
    with deferred_indexing(connection) as new_ids:
        writer = TableWriter(session, SUPPLIERS, SUPPLIER_COLUMNS)
        new_ids.extend(writer.insert_with_ids(_supplier_rows("Zeta uvas")))
        new_ids.extend(writer.insert_with_ids(_supplier_rows("Eta uvas", "Theta uvas")))
    hashsize = connection.execute(config).scalar()
    assert hashsize in (None, 1024 * 1024)  # FTS5's default
    found = connection.execute(
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE search_text MATCH 'uvas' ORDER BY rowid")
    ).scalars()
    assert list(found) == sorted(new_ids)


def test_staged_rows_keep_their_order_and_ids(session: Session) -> None:
    with moving(session) as mover:
        writer = TableWriter(session, SUPPLIERS, SUPPLIER_COLUMNS, mover)
        first = writer.insert_with_ids(_supplier_rows("M0", "M1", "M2"))
        second = writer.insert_with_ids(_supplier_rows("M3"))
        contacts = TableWriter(session, CONTACTS, CONTACT_COLUMNS, mover)
        contacts.insert(
            [
                (i, f"c{i}", f"C{i}", None, None, None, None, None, None, False, None, NOW, NOW,
                 None, None, 1)
                for i in reversed(first + second)
            ]
        )  # fmt: skip
    assert second == [first[-1] + 1]
    names = session.execute(
        select(SUPPLIERS.c.id, SUPPLIERS.c.name).where(SUPPLIERS.c.id.in_(first + second))
    )
    assert sorted(names) == [(i, f"M{n}") for n, i in enumerate(first + second)]
    owners = session.execute(
        select(CONTACTS.c.supplier_id)
        .where(CONTACTS.c.supplier_id.in_(first + second))
        .order_by(CONTACTS.c.id)
    )
    assert list(owners.scalars()) == list(reversed(first + second))


def test_a_failure_on_the_movers_thread_is_raised_to_the_caller(session: Session) -> None:
    create_supplier(session, {"name": "Uno", "country": "CL", "tax_id": "76-543210-K"})
    session.flush()

    def insert_both() -> None:
        with moving(session) as mover:
            writer = TableWriter(session, SUPPLIERS, SUPPLIER_COLUMNS, mover)
            writer.insert_with_ids(_supplier_rows("Dos", tax_id="76-543210-K"))
            writer.insert_with_ids(_supplier_rows("Tres"))

    with pytest.raises(IntegrityError) as caught:
        insert_both()
    assert lost_race(caught.value)
    count = select(func.count()).select_from(SUPPLIERS).where(SUPPLIERS.c.name.in_(["Dos", "Tres"]))
    if session.connection().dialect.name == "postgresql":
        # The server refuses all else in a failed transaction: rolled back, the
        # connection is usable again (no COPY left half-way on it).
        session.rollback()
        assert session.execute(count).scalar() == 0
        return
    # The batches after the failure were not run.
    assert session.execute(count).scalar() == 0


def test_rows_are_copied_on_the_movers_thread(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    if session.connection().dialect.name == "postgresql":
        copy = TableWriter._copy

        def watch(writer: TableWriter, *args: Any) -> None:
            threads.append(threading.current_thread().name)
            copy(writer, *args)

        monkeypatch.setattr(TableWriter, "_copy", watch)
    with moving(session) as mover:
        assert isinstance(mover, Mover)
        writer = TableWriter(session, SUPPLIERS, SUPPLIER_COLUMNS, mover)
        writer.reserve_ids(3)
        ids = writer.insert_with_ids(_supplier_rows("M0", "M1"))
        ids += writer.insert_with_ids(_supplier_rows("M2", "M3"))  # one more id asked for
    names = session.execute(select(SUPPLIERS.c.id, SUPPLIERS.c.name).where(SUPPLIERS.c.id.in_(ids)))
    assert sorted(names) == [(i, f"M{n}") for n, i in enumerate(ids)]
    if session.connection().dialect.name == "postgresql":
        assert threads == ["bulk-insert", "bulk-insert"]


def test_a_connection_tied_to_its_thread_is_moved_in_the_callers(tmp_path: Any) -> None:
    driver = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None)  # same thread only
    driver.execute("CREATE TABLE t (x)")
    mover = Mover(driver)
    mover.submit(["INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)"])
    mover.submit(["INSERT INTO t VALUES (3)"])
    mover.close()
    assert [x for (x,) in driver.execute("SELECT x FROM t ORDER BY rowid")] == [1, 2, 3]
    with pytest.raises(OperationalError, match="no such table"):
        mover.submit(["INSERT INTO nowhere VALUES (1)"])
    driver.close()


def test_a_mover_thread_runs_batches_in_order(tmp_path: Any) -> None:
    driver = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None, check_same_thread=False)
    driver.execute("CREATE TABLE t (x)")
    mover = Mover(driver)
    for n in range(50):
        mover.submit([f"INSERT INTO t VALUES ({n})"])
    mover.wait()
    assert [x for (x,) in driver.execute("SELECT x FROM t ORDER BY rowid")] == list(range(50))
    mover.submit(["INSERT INTO nowhere VALUES (1)"])
    mover.submit(["INSERT INTO t VALUES (99)"])
    with pytest.raises(OperationalError, match="no such table"):
        mover.close()
    assert driver.execute("SELECT count(*) FROM t").fetchone() == (50,)
    driver.close()


def test_deferred_statements_run_first_in_the_next_batch(tmp_path: Any) -> None:
    driver = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None, check_same_thread=False)
    driver.execute("CREATE TABLE t (x)")
    mover = Mover(driver)

    def rows() -> list[int]:
        return [x for (x,) in driver.execute("SELECT x FROM t ORDER BY rowid")]

    mover.defer(["INSERT INTO t VALUES (1)"])
    mover.defer(["INSERT INTO t VALUES (2)"])
    mover.wait_submitted()
    assert rows() == []  # kept back
    mover.submit(["INSERT INTO t VALUES (3)"])
    mover.wait_submitted()
    assert rows() == [1, 2, 3]
    mover.defer(["INSERT INTO t VALUES (4)"])
    mover.wait()  # runs what was deferred: the connection is the caller's again
    assert rows() == [1, 2, 3, 4]
    mover.defer(["INSERT INTO t VALUES (5)"])
    mover.close(failed=True)  # dropped: the transaction is to be rolled back
    assert rows() == [1, 2, 3, 4]
    driver.close()


def test_moving_hands_the_gil_over_more_often_and_restores_it(session: Session) -> None:
    import sys

    before = sys.getswitchinterval()
    with moving(session) as mover:
        if mover is not None:
            assert sys.getswitchinterval() <= 0.0005
    assert sys.getswitchinterval() == before
    with pytest.raises(ZeroDivisionError), moving(session):
        _ = 1 / 0
    assert sys.getswitchinterval() == before


def test_constants_are_stored_as_core_stores_them(session: Session, supplier: Supplier) -> None:
    stamps = {"created_at": NOW, "updated_at": NOW, "created_by": "bo", "updated_by": None}
    rows = [
        (supplier.id, "ana", "Ana", None, None, None, None, None, None, True, None, 1),
        (supplier.id, "bo", "Bo", None, None, None, None, None, None, False, None, 2),
    ]
    columns = (*CONTACT_FIELDS, "version")
    core, *_ = _both_ways(
        session, CONTACTS, (*columns, *stamps), [(*r, *stamps.values()) for r in rows]
    )
    direct = TableWriter(session, CONTACTS, columns, constants=stamps).insert_with_ids(rows)
    with moving(session) as mover:
        staged = TableWriter(session, CONTACTS, columns, mover, constants=stamps).insert_with_ids(
            rows
        )
    assert _stored(session, CONTACTS, direct) == _stored(session, CONTACTS, staged) == core
