"""Which database opens, and when one is made: `--database ''` is refused, a path where
there is no database is refused unless the caller may create one, and a database that is
not ours (another program's tables, an unknown schema revision) is refused untouched.
On SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app import settings
from app.store.database import (
    EMPTY_OPTION,
    DatabaseError,
    DatabaseMissingError,
    open_database,
)
from models import schema


@pytest.fixture(autouse=True)
def user_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Never fall back to the real user's database; the user data folder is outside the
    folder each test looks at."""
    monkeypatch.delenv(settings.DATABASE_ENV, raising=False)
    user_data = tmp_path.parent / f"{tmp_path.name}-user-data"
    monkeypatch.setattr(settings, "data_dir", lambda: user_data)
    return user_data


def _open_and_close(*args: object, **kwargs: object) -> None:
    open_database(*args, daily_backup=False, **kwargs).dispose()  # type: ignore[arg-type]


def _journal_mode(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])


def _foreign_file(path: Path) -> bytes:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE foo(x)")
        connection.execute("INSERT INTO foo VALUES (1)")
        connection.commit()
    return path.read_bytes()


# --- `--database ''` ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "  "])
@pytest.mark.parametrize("create", [True, False])
def test_an_empty_database_option_is_refused_not_taken_for_the_default(
    text: str, create: bool, user_data: Path
) -> None:
    with pytest.raises(DatabaseError) as caught:
        _open_and_close(text, create=create)
    assert str(caught.value) == EMPTY_OPTION
    assert EMPTY_OPTION == ("--database is empty: give a file path or a postgresql+psycopg:// URL")
    assert not user_data.exists()  # the default database was not made


# --- a path where there is no database ------------------------------------------------------


@pytest.mark.parametrize("name", ["::::", "desk.sqlite3", "no/such/folders/desk.sqlite3"])
def test_without_create_a_path_with_no_database_is_refused_and_nothing_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseMissingError) as caught:
        _open_and_close(name, create=False)
    assert str(caught.value) == f"no database at {tmp_path / name}"
    assert caught.value.where == str(tmp_path / name)
    assert list(tmp_path.iterdir()) == []  # no file, no folder


def test_with_create_the_file_and_its_folders_are_made(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "desk.sqlite3"
    database = open_database(str(path), create=True, daily_backup=False)
    try:
        assert schema.current_revision(database.engine) == schema.head_revision()
    finally:
        database.dispose()
    assert path.is_file()


def test_without_create_the_default_file_is_not_made(user_data: Path) -> None:
    with pytest.raises(DatabaseMissingError) as caught:
        _open_and_close(None, create=False)
    assert str(caught.value) == f"no database at {user_data / settings.DATABASE_FILE}"
    assert not user_data.exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        _open_and_close(str(tmp_path), create=True)
    assert str(caught.value) == f"cannot open {tmp_path}: it is a folder, not a database file"
    assert list(tmp_path.iterdir()) == []


# --- a 0-byte file (what `touch` makes) ---------------------------------------------------


def test_without_create_an_empty_file_is_refused_and_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    path.touch()
    with pytest.raises(DatabaseMissingError) as caught:
        _open_and_close(str(path), create=False)
    assert str(caught.value) == f"{path} is an empty file, not a Supplier Desk database"
    assert path.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["desk.sqlite3"]


def test_with_create_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    path.touch()
    _open_and_close(str(path), create=True)
    with closing(sqlite3.connect(path)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == schema.head_revision()


# --- another program's file, an unknown revision ------------------------------------------


@pytest.mark.parametrize("create", [True, False])
@pytest.mark.parametrize("upgrade", [True, False])
def test_another_programs_sqlite_file_is_refused_and_not_modified(
    tmp_path: Path, create: bool, upgrade: bool
) -> None:
    path = tmp_path / "other.sqlite3"
    before = _foreign_file(path)
    with pytest.raises(DatabaseError) as caught:
        _open_and_close(str(path), create=create, upgrade=upgrade)
    assert str(caught.value) == (
        f"{path} is not a Supplier Desk database (it has no schema version; its tables: "
        "foo); check the path: it was left as it was"
    )
    assert path.read_bytes() == before
    assert _journal_mode(path) == "delete"  # not switched to WAL
    assert [p.name for p in tmp_path.iterdir()] == ["other.sqlite3"]  # no -wal, no backups


def test_an_unknown_revision_is_called_unknown_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    _open_and_close(str(path), create=True)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        _open_and_close(str(path), create=False)
    message = str(caught.value)
    assert message == (
        f"{path}: its schema revision 'zzzz' is not one Supplier Desk knows (this version "
        f"knows up to {schema.HEAD}); if a newer Supplier Desk wrote it, update this one; "
        "it was left as it was"
    )
    assert "newer version" not in message
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


# --- PostgreSQL -----------------------------------------------------------------------------


def _tables(url: str) -> list[str]:
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
    return [r[0] for r in rows]


def _sql(url: str, *statements: str) -> None:
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement.encode())


def test_postgresql_an_empty_database_gets_tables_only_with_create(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    with pytest.raises(DatabaseMissingError) as caught:
        _open_and_close(url, create=False)
    shown = make_url(url).render_as_string(hide_password=True)
    assert str(caught.value) == f"{shown} holds no Supplier Desk database"
    assert _tables(url) == []
    _open_and_close(url, create=True)
    assert "alembic_version" in _tables(url)


def test_postgresql_another_programs_database_is_refused_untouched(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    _sql(url, "CREATE TABLE foo (x integer)")
    with pytest.raises(DatabaseError) as caught:
        _open_and_close(url, create=True)
    shown = make_url(url).render_as_string(hide_password=True)
    assert str(caught.value) == (
        f"{shown} is not a Supplier Desk database (it has no schema version; its tables: "
        "foo); check the URL: it was left as it was"
    )
    assert _tables(url) == ["foo"]


def test_postgresql_an_unknown_revision_is_called_unknown(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    _open_and_close(url, create=True)
    _sql(url, "UPDATE alembic_version SET version_num = 'zzzz'")
    with pytest.raises(DatabaseError) as caught:
        _open_and_close(url)
    assert "its schema revision 'zzzz' is not one Supplier Desk knows" in str(caught.value)
    assert "newer version" not in str(caught.value)


def test_postgresql_a_database_that_does_not_exist_is_one_readable_line(
    new_postgresql: Callable[[], str],
) -> None:
    url = make_url(new_postgresql()).set(database="sd_no_such_database")
    with pytest.raises(DatabaseError) as caught:
        _open_and_close(url.render_as_string(hide_password=False), create=True)
    assert str(caught.value) == (
        f"cannot open {url.render_as_string(hide_password=True)}: the database "
        "'sd_no_such_database' does not exist on the server"
    )
