"""A database that refuses a change (a login that may only read, a read-only file, a file
another program holds) is one line on stderr and status 1, the database as it was, and
nothing in the crash log: these are not bugs."""

from __future__ import annotations

import json
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

import models.engine
from app.services.suppliers import create_supplier
from app.store.database import Database, open_database
from app.store.refusals import LOCKED, READ_ONLY_LOGIN
from tests.app.cli.refusing import PG_URL, closing, crash_log, run_on
from tests.app.cli.running import ok, run

__all__ = ["closing", "crash_log"]  # fixtures

ADD = ("suppliers", "add", "--name", "Berries del Sur", "--country", "CL")


@pytest.fixture
def desk(db: Path) -> Path:
    """A SQLite file with one supplier (id 1)."""
    ok(db, "db", "upgrade")
    ok(db, "suppliers", "add", "--name", "Aguacates del Valle", "--country", "MX")
    return db


def suppliers(db: Path) -> list[Any]:
    return list(json.loads(ok(db, "suppliers", "list", "--archived", "--json")))


def on_connect(monkeypatch: pytest.MonkeyPatch, *pragmas: str) -> None:
    """Every SQLite connection the program opens from now on runs `pragmas` after its own."""
    own = models.engine._sqlite_on_connect

    def connect(dbapi_connection: Any, record: Any) -> None:
        own(dbapi_connection, record)
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    monkeypatch.setattr(models.engine, "_sqlite_on_connect", connect)


# --- a file another program holds ------------------------------------------------------------


@pytest.mark.parametrize("change", [ADD, ("suppliers", "archive", "1")])
def test_a_file_another_program_holds_is_one_line(
    desk: Path, change: tuple[str, ...], crash_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = suppliers(desk)
    on_connect(monkeypatch, "PRAGMA busy_timeout = 0")  # the 5 s wait, skipped
    holder = sqlite3.connect(desk, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program's write, not yet committed
        code, out, err = run(desk, *change)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (code, out) == (1, "")
    assert err == f"supplier-desk: error: {LOCKED}\n"
    assert not crash_log.exists()
    assert suppliers(desk) == before


# --- a read-only file ------------------------------------------------------------------------


@pytest.mark.parametrize("change", [ADD, ("suppliers", "archive", "1")])
def test_a_file_sqlite_will_not_write_is_named_in_one_line(
    desk: Path, change: tuple[str, ...], crash_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What SQLite says of a file it may not write ("attempt to write a readonly
    database"); query_only makes it say so even to root, whom file modes do not stop."""
    before = suppliers(desk)
    on_connect(monkeypatch, "PRAGMA query_only = ON")
    code, out, err = run(desk, *change)
    assert (code, out) == (1, "")
    assert err == (
        f"supplier-desk: error: {desk} is read-only: make the file writable, or work on a "
        "copy of it\n"
    )
    assert not crash_log.exists()
    monkeypatch.undo()
    assert suppliers(desk) == before


def test_a_file_of_mode_0444_is_named_in_one_line(desk: Path, crash_log: Path) -> None:
    """Refused for root too (permissions do not stop root; the program respects them), and
    the file is read but left byte for byte as it was."""
    before = suppliers(desk)
    ok(desk, "db", "backup")  # today's backup made: opening it read-only has none to make
    desk.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    content = desk.read_bytes()
    try:
        code, out, err = run(desk, *ADD)
        listed = suppliers(desk)
    finally:
        desk.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert (code, out) == (1, "")
    assert err == (
        f"supplier-desk: error: {desk} is read-only: make the file writable, or work on a "
        "copy of it\n"
    )
    assert not crash_log.exists()
    assert listed == before
    assert desk.read_bytes() == content


# --- a login that may only read (PostgreSQL) -------------------------------------------------


class Server:
    """A database of the test's own on the test server, with one supplier, and a login
    that may only read it."""

    def __init__(self) -> None:
        suffix = uuid.uuid4().hex[:8]
        self.name = f"sd_refusals_{suffix}"
        self.reader = f"sd_refusals_reader_{suffix}"
        self.url = make_url(PG_URL).set(database=self.name)

    def url_for(self, user: str) -> str:
        return str(self.url.set(username=user, password=None).render_as_string(False))

    def connect(self, database: str | None = None) -> psycopg.Connection[Any]:
        url = self.url.set(drivername="postgresql", database=database or self.name)
        return psycopg.connect(url.render_as_string(False), autocommit=True)


@pytest.fixture
def server() -> Iterator[Server]:
    if not PG_URL.startswith("postgresql"):
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL")
    made = Server()
    admin = made.connect(make_url(PG_URL).database)
    admin.execute(f'CREATE DATABASE "{made.name}"')
    try:
        database = open_database(made.url_for(made.url.username or "postgres"), daily_backup=False)
        try:
            with database.transaction() as session:
                create_supplier(session, {"name": "Aguacates del Valle", "country": "MX"})
        finally:
            database.dispose()
        with made.connect() as connection:
            connection.execute(f'CREATE ROLE "{made.reader}" LOGIN')
            connection.execute(f'GRANT USAGE ON SCHEMA public TO "{made.reader}"')
            connection.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{made.reader}"')
        yield made
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{made.name}" WITH (FORCE)')
        admin.execute(f'DROP ROLE IF EXISTS "{made.reader}"')
        admin.close()


@pytest.mark.parametrize("change", [ADD, ("suppliers", "archive", "1")])
def test_a_login_that_may_only_read_is_told_so_in_one_line(
    server: Server, change: tuple[str, ...], crash_log: Path, closing: list[Database]
) -> None:
    reader = server.url_for(server.reader)
    before = run_on(reader, "suppliers", "list", "--archived", "--json")
    code, out, err = run_on(reader, *change)
    assert (code, out) == (1, "")
    assert err == f"supplier-desk: error: {READ_ONLY_LOGIN}\n"
    assert not crash_log.exists()
    assert run_on(reader, "suppliers", "list", "--archived", "--json") == before
