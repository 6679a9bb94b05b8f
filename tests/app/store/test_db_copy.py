"""`db copy`: SQLite -> PostgreSQL -> SQLite keeps every row of every table, refuses a
target that holds data, merges by free ids, and fails in one line when it cannot."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.cli import dispatch as cli
from app.queries.search import SupplierQuery, search_suppliers
from app.services.demo import load_demo
from app.services.suppliers import create_supplier
from app.store.database import Database, open_database
from app.store.db_copy import CopyError, copy_database, copy_plan
from models import Contact, ImportBatch, ImportMapping, ImportRow, Supplier
from models.import_batch import ImportAction


def _open(url: str | Path) -> Database:
    return open_database(str(url), daily_backup=False, actor="tester")


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    """A SQLite database with the demo data and one import (batch, rows, mapping)."""
    database = _open(tmp_path / "laptop.sqlite3")
    with database.transaction() as session:
        load_demo(session)
        supplier_id = session.scalars(select(Supplier.id).order_by(Supplier.id)).first()
        batch = ImportBatch(
            file_name="proveedores.xlsx",
            file_sha256="ab" * 32,
            sheet="Hoja1",
            rows_total=2,
            rows_created=1,
            rows_updated=1,
            summary="1 created, 1 updated",
        )
        session.add(batch)
        session.flush()
        session.add_all(
            [
                ImportRow(
                    batch_id=batch.id,
                    source_row=2,
                    entity="suppliers",
                    entity_id=supplier_id,
                    action=ImportAction.UPDATED,
                    previous={"city": "Uruapan", "notes": None},
                    version_after=2,
                ),
                ImportRow(
                    batch_id=batch.id,
                    source_row=3,
                    entity="contacts",
                    entity_id=1,
                    action=ImportAction.CREATED,
                ),
                ImportMapping(
                    target="suppliers",
                    signature="cd" * 32,
                    headers=["Razón social", "País", "RFC"],
                    mapping={"fields": ["legal_name", "country", "tax_id"], "options": {}},
                ),
            ]
        )
    yield database
    database.dispose()


def _plain(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return repr(value)


def table_digests(database: Database) -> dict[str, tuple[int, str]]:
    """Row count and a digest of every row of every table copied, in key order."""
    digests = {}
    with database.engine.connect() as connection:
        for table in copy_plan(database, database):
            key = list(table.primary_key.columns) or list(table.columns)
            digest = hashlib.sha256()
            count = 0
            for row in connection.execute(select(table).order_by(*key)).mappings():
                digest.update("|".join(f"{k}={_plain(v)}" for k, v in sorted(row.items())).encode())
                count += 1
            digests[table.name] = (count, digest.hexdigest())
    return digests


def _search_ids(database: Database, words: str) -> list[int]:
    with database.transaction() as session:
        page = search_suppliers(session, SupplierQuery(text=words, limit=500))
        return sorted(r.id for r in page.rows)


def test_round_trip_sqlite_postgresql_sqlite_keeps_every_row(
    source: Database, new_postgresql: Callable[[], str], tmp_path: Path
) -> None:
    team_url = new_postgresql()
    lines: list[str] = []
    first = copy_database(str(source.path), team_url, progress=lines.append, chunk=7)
    back = tmp_path / "back.sqlite3"
    second = copy_database(team_url, str(back), chunk=7)

    expected = table_digests(source)
    assert {"suppliers", "import_batches", "import_rows", "import_mappings"} <= set(expected)
    assert expected["import_rows"][0] == 2
    assert expected["suppliers"][0] == 40
    team, laptop = _open(team_url), _open(back)
    try:
        assert table_digests(team) == expected
        assert table_digests(laptop) == expected
        for result in (first, second):
            assert {t.name: t.copied for t in result.tables} == {
                name: count for name, (count, _) in expected.items()
            }
            assert all(t.target_rows == t.source_rows for t in result.tables)
        assert "suppliers: 40 rows copied" in lines
        # The search index answers on both copies as it does on the original.
        hass = _search_ids(source, "hass")
        assert hass
        assert _search_ids(team, "hass") == hass == _search_ids(laptop, "hass")
        # The sequences moved past the copied ids: the next supplier takes the next id.
        for database in (team, laptop):
            with database.transaction() as session:
                added = create_supplier(session, {"name": "Frutos del Maule", "country": "CL"})
                assert added.id == 41
    finally:
        team.dispose()
        laptop.dispose()


def test_a_target_holding_data_is_refused_and_left_alone(source: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    copy_database(str(source.path), str(target))
    copy_before = _open(target)
    before = table_digests(copy_before)
    copy_before.dispose()
    with pytest.raises(CopyError) as caught:
        copy_database(str(source.path), str(target))
    assert str(caught.value) == "the target already holds 40 suppliers; use --merge to add to it"
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["db", "copy", "--from", str(source.path), "--to", str(target)], out=out, err=err
    )
    assert code == 1
    assert err.getvalue() == (
        "supplier-desk: error: the target already holds 40 suppliers; use --merge to add to it\n"
    )
    after = _open(target)
    assert table_digests(after) == before
    after.dispose()


def test_merge_adds_rows_with_free_ids_and_skips_clashes_with_their_children(
    source: Database, new_postgresql: Callable[[], str]
) -> None:
    team_url = new_postgresql()
    copy_database(str(source.path), team_url)
    team = _open(team_url)
    try:
        with team.transaction() as session:  # someone on the team adds supplier 41
            theirs = create_supplier(
                session, {"name": "Berries Team", "country": "CL", "tax_id": "76.543.210-3"}
            )
            assert theirs.id == 41
        with source.transaction() as session:  # meanwhile on the laptop: 41, 42 and 43
            mine = create_supplier(session, {"name": "Mango Laptop", "country": "PE"})
            session.add(Contact(supplier=mine, name="Rosa Quispe"))
            new = create_supplier(session, {"name": "Acai Laptop", "country": "BR"})
            twin = create_supplier(
                session, {"name": "Berries Twin", "country": "CL", "tax_id": "76543210-3"}
            )
            assert (mine.id, new.id, twin.id) == (41, 42, 43)
        before = table_digests(team)

        out, err = io.StringIO(), io.StringIO()
        code = cli.main(
            ["db", "copy", "--from", str(source.path), "--to", team_url, "--merge"],
            out=out,
            err=err,
        )
        assert (code, err.getvalue()) == (0, "")
        printed = out.getvalue()
        assert "suppliers: 1 rows copied, 40 already there, 2 skipped (ids 41, 43)" in printed
        assert "contacts: 0 rows copied, 80 already there, 1 skipped (ids 81)" in printed

        with team.transaction() as session:
            names = {
                row.id: row.name for row in session.execute(select(Supplier.id, Supplier.name))
            }
            assert (names[41], names[42]) == ("Berries Team", "Acai Laptop")
            assert 43 not in names
            assert session.scalar(select(Contact).where(Contact.name == "Rosa Quispe")) is None
        after = table_digests(team)
        assert after["suppliers"][0] == before["suppliers"][0] + 1
        assert after["contacts"] == before["contacts"]
        with team.transaction() as session:  # and the sequence still hands out free ids
            assert create_supplier(session, {"name": "Otro", "country": "MX"}).id == 43
    finally:
        team.dispose()


def test_an_unreachable_target_is_one_line(source: Database) -> None:
    out, err = io.StringIO(), io.StringIO()
    target = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"
    code = cli.main(["db", "copy", "--from", str(source.path), "--to", target], out=out, err=err)
    assert code == 1
    message = err.getvalue()
    assert message.startswith(
        "supplier-desk: error: target: cannot open postgresql+psycopg://postgres@127.0.0.1:1/nowhere:"
    )
    assert message.count("\n") == 1
    assert "Traceback" not in message


def test_a_missing_source_or_the_same_database_twice_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite3"
    with pytest.raises(CopyError, match=f"the source {missing} does not exist"):
        copy_database(str(missing), str(tmp_path / "b.sqlite3"))
    assert not (tmp_path / "b.sqlite3").exists()
    here = tmp_path / "a.sqlite3"
    here.touch()
    with pytest.raises(CopyError, match="--from and --to name the same database"):
        copy_database(str(here), str(here))


def test_an_empty_source_file_is_refused_and_left_empty(tmp_path: Path) -> None:
    """A 0-byte --from (what `touch` makes) is no database to copy: nothing is made in it."""
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(CopyError, match=r"^source: .*empty file"):
        copy_database(str(empty), str(tmp_path / "b.sqlite3"))
    assert empty.stat().st_size == 0
    assert not (tmp_path / "b.sqlite3").exists()


def test_a_failed_copy_leaves_the_target_empty(
    source: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import db_copy

    target = tmp_path / "half.sqlite3"
    real = db_copy._copy_table

    def fail_at_offers(*args: Any) -> None:
        if args[2].name == "offers":
            args[0].execute(text("SELECT * FROM no_such_table"))
        real(*args)

    monkeypatch.setattr(db_copy, "_copy_table", fail_at_offers)
    with pytest.raises(CopyError, match=r"^the copy into .*half\.sqlite3 failed \(no such table"):
        copy_database(str(source.path), str(target))
    left = _open(target)
    assert all(count == 0 for count, _ in table_digests(left).values())
    left.dispose()
