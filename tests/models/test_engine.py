"""Engines: URL or plain path, SQLite pragmas (foreign keys, WAL, busy timeout), the actor."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from models import Tag, schema
from models.engine import (
    ACTOR_KEY,
    DatabaseUrlError,
    create_database_engine,
    make_session_factory,
    normalise_url,
    sqlite_file_contents,
    sqlite_path,
)

# --- URLs and paths --------------------------------------------------------------------------


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    url = normalise_url(str(tmp_path / "desk.sqlite3"))
    assert url.drivername == "sqlite"
    assert url.database == str(tmp_path / "desk.sqlite3")


def test_a_path_object(tmp_path: Path) -> None:
    assert normalise_url(tmp_path / "desk.sqlite3").database == str(tmp_path / "desk.sqlite3")


def test_a_relative_path_becomes_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert normalise_url("  data/desk.sqlite3 ").database == str(tmp_path / "data" / "desk.sqlite3")


def test_home_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    assert normalise_url("~/desk.sqlite3").database == str(tmp_path / "desk.sqlite3")


def test_a_path_with_spaces_and_accents(tmp_path: Path) -> None:
    path = tmp_path / "Proveedores México" / "base #1.sqlite3"
    assert sqlite_path(normalise_url(str(path))) == path


@pytest.mark.parametrize(
    ("text_url", "drivername", "database"),
    [
        ("sqlite:///data/desk.sqlite3", "sqlite", "data/desk.sqlite3"),
        ("sqlite:////srv/desk.sqlite3", "sqlite", "/srv/desk.sqlite3"),
        ("sqlite://", "sqlite", None),
        ("sqlite+pysqlite:///desk.sqlite3", "sqlite+pysqlite", "desk.sqlite3"),
        ("postgresql://desk@server/team", "postgresql+psycopg", "team"),
        ("postgres://desk:pw@server:5432/team", "postgresql+psycopg", "team"),
        ("postgresql+psycopg://desk@server/team", "postgresql+psycopg", "team"),
        ("postgres+psycopg://desk@server/team", "postgresql+psycopg", "team"),
    ],
)
def test_urls(text_url: str, drivername: str, database: str | None) -> None:
    url = normalise_url(text_url)
    assert url.drivername == drivername
    assert url.database == database


def test_postgresql_url_keeps_its_parts() -> None:
    url = normalise_url("postgres://ana:s3cret@db.example.com:6543/team?sslmode=require")
    assert (url.username, url.password, url.host, url.port) == (
        "ana",
        "s3cret",
        "db.example.com",
        6543,
    )
    assert url.query == {"sslmode": "require"}


@pytest.mark.parametrize(
    ("text_url", "backend"),
    [
        ("mysql://desk@server/team", "mysql"),
        ("mysql+pymysql://desk@server/team", "mysql"),
        ("mssql+pyodbc://desk@server/team", "mssql"),
        ("oracle://desk@server/team", "oracle"),
    ],
)
def test_unsupported_backends_are_refused(text_url: str, backend: str) -> None:
    with pytest.raises(DatabaseUrlError) as caught:
        normalise_url(text_url)
    assert str(caught.value) == (
        f"unsupported database {backend!r}: use a SQLite path or a postgresql+psycopg:// URL"
    )


@pytest.mark.parametrize("value", ["", "   ", "\n"])
def test_an_empty_url_is_refused(value: str) -> None:
    with pytest.raises(DatabaseUrlError, match="the database URL is empty"):
        normalise_url(value)


@pytest.mark.parametrize("value", ["://", "not a url://x"])
def test_garbage_is_refused_naming_it(value: str) -> None:
    with pytest.raises(DatabaseUrlError, match=f"not a database URL: {value!r}"):
        normalise_url(value)


def test_database_url_error_is_a_value_error() -> None:
    assert issubclass(DatabaseUrlError, ValueError)


@pytest.mark.parametrize(
    ("url", "path"),
    [
        (URL.create("sqlite", database="/srv/desk.sqlite3"), Path("/srv/desk.sqlite3")),
        (URL.create("sqlite"), None),
        (URL.create("sqlite", database=""), None),
        (URL.create("sqlite", database=":memory:"), None),
        (URL.create("postgresql+psycopg", host="server", database="team"), None),
    ],
)
def test_sqlite_path(url: URL, path: Path | None) -> None:
    assert sqlite_path(url) == path


# --- SQLite connections ----------------------------------------------------------------------


@pytest.fixture
def file_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_database_engine(tmp_path / "new" / "folder" / "desk.sqlite3")
    yield engine
    engine.dispose()


def _pragma(engine: Engine, name: str) -> object:
    with engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar()


def test_the_folder_of_a_new_file_is_made(file_engine: Engine, tmp_path: Path) -> None:
    assert (tmp_path / "new" / "folder").is_dir()


def test_sqlite_file_pragmas(file_engine: Engine) -> None:
    assert _pragma(file_engine, "foreign_keys") == 1
    assert _pragma(file_engine, "journal_mode") == "wal"
    assert _pragma(file_engine, "busy_timeout") == 5000
    assert _pragma(file_engine, "synchronous") == 1  # NORMAL


def test_every_pooled_connection_gets_the_pragmas(file_engine: Engine) -> None:
    with file_engine.connect() as first, file_engine.connect() as second:
        for connection in (first, second):
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_a_file_created_elsewhere_is_switched_to_wal(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    path = tmp_path / "old.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        connection.execute("CREATE TABLE t (id INTEGER)")
        connection.commit()
    engine = create_database_engine(path)
    try:
        assert _pragma(engine, "journal_mode") == "wal"
    finally:
        engine.dispose()


def test_a_files_contents_are_read_without_changing_it(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE foo (x INTEGER PRIMARY KEY AUTOINCREMENT)")
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('zzzz')")
        connection.commit()
    before = path.read_bytes()
    # sqlite_sequence (made by AUTOINCREMENT) is SQLite's own, not a table of the file's
    assert sqlite_file_contents(path) == (["alembic_version", "foo"], "zzzz")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]  # still not WAL


def test_a_file_that_is_not_sqlite_is_a_database_error(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "notes.txt"
    path.write_text("hello " * 100)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite_file_contents(path)
    assert path.read_text() == "hello " * 100


def test_in_memory_pragmas() -> None:
    engine = create_database_engine("sqlite://")
    try:
        assert _pragma(engine, "foreign_keys") == 1
        assert _pragma(engine, "journal_mode") == "memory"
        assert _pragma(engine, "busy_timeout") == 5000
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(file_engine: Engine) -> None:
    with file_engine.begin() as connection:
        connection.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
        connection.execute(
            text("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id REFERENCES parent(id))")
        )
    with (
        pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"),
        file_engine.begin() as connection,
    ):
        connection.execute(text("INSERT INTO child (parent_id) VALUES (42)"))


def test_a_postgresql_engine_is_made_without_connecting() -> None:
    engine = create_database_engine("postgres://desk@127.0.0.1:1/team")
    try:
        assert engine.dialect.name == "postgresql"
        assert engine.url.drivername == "postgresql+psycopg"
        # no ping per checkout (a round trip each): keepalives and an idle check instead
        assert engine.pool._pre_ping is False
    finally:
        engine.dispose()


# --- who made the change ---------------------------------------------------------------------


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Engine]:
    engine = create_database_engine(tmp_path / "desk.sqlite3")
    schema.upgrade(engine)
    yield engine
    engine.dispose()


def test_the_actor_is_stamped_on_new_and_changed_rows(migrated: Engine) -> None:
    ana = make_session_factory(migrated, "ana")
    with ana() as session, session.begin():
        assert session.info[ACTOR_KEY] == "ana"
        tag = Tag(name="Orgánico", key="organico")
        session.add(tag)
    assert (tag.created_by, tag.updated_by, tag.version) == ("ana", "ana", 1)
    pedro = make_session_factory(migrated, "pedro")
    with pedro() as session, session.begin():
        same = session.get(Tag, tag.id)
        assert same is not None
        same.name = "Orgánico (EU)"
    assert (same.created_by, same.updated_by, same.version) == ("ana", "pedro", 2)


def test_an_unchanged_row_keeps_its_editor(migrated: Engine) -> None:
    with make_session_factory(migrated, "ana")() as session, session.begin():
        tag = Tag(name="HACCP", key="haccp")
        session.add(tag)
    with make_session_factory(migrated, "pedro")() as session, session.begin():
        same = session.get(Tag, tag.id)
        assert same is not None
        same.name = "HACCP"  # set to what it already was
    assert (same.updated_by, same.version) == ("ana", 1)


def test_no_actor_no_stamp(migrated: Engine) -> None:
    with make_session_factory(migrated)() as session, session.begin():
        tag = Tag(name="Kosher", key="kosher")
        session.add(tag)
    assert (tag.created_by, tag.updated_by) == (None, None)


def test_sessions_do_not_expire_on_commit(migrated: Engine) -> None:
    factory = make_session_factory(migrated, "ana")
    with factory() as session:
        tag = Tag(name="Halal", key="halal")
        session.add(tag)
        session.commit()
    assert tag.name == "Halal"  # readable after the session closed


def test_database_files_are_not_left_open(migrated: Engine, tmp_path: Path) -> None:
    with migrated.connect() as connection:
        connection.execute(text("SELECT 1"))
    migrated.dispose()
    # disposing closes the last connection, which checkpoints and removes the WAL file
    assert not os.path.exists(tmp_path / "desk.sqlite3-wal")
