"""`db roles`: the printed SQL, run on a real server, gives editors their changes and
readers their reads only; `read_only_reason` tells the two apart (and read-only files)."""

from __future__ import annotations

import io
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors

from app.cli import dispatch as cli
from app.services.suppliers import create_supplier
from app.store.database import open_database
from app.store.roles import (
    EDITOR_ROLE,
    READ_ONLY_FILE_REASON,
    READ_ONLY_ROLE_REASON,
    READER_ROLE,
    can_write,
    read_only_reason,
    roles_sql,
)
from tests.postgres import libpq, server_url


class Team:
    """A fresh database with the schema, the printed roles SQL run on it, and one login
    in each role."""

    def __init__(self, admin: psycopg.Connection[Any]) -> None:
        suffix = uuid.uuid4().hex[:8]
        self.name = f"sd_roles_{suffix}"
        self.reader = f"sd_reader_{suffix}"
        self.editor = f"sd_editor_{suffix}"
        admin.execute(f'CREATE DATABASE "{self.name}"')
        self.url = server_url().set(database=self.name)

    def url_for(self, user: str) -> str:
        return str(self.url.set(username=user, password=None).render_as_string(False))

    def connect(self, user: str = "postgres") -> psycopg.Connection[Any]:
        return psycopg.connect(libpq(self.url.set(username=user)), autocommit=True)


@pytest.fixture
def team() -> Iterator[Team]:
    try:
        admin = psycopg.connect(libpq(server_url()), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server for the roles tests: {exc}")
    made = Team(admin)
    try:
        database = open_database(made.url_for("postgres"), daily_backup=False, actor="admin")
        with database.transaction() as session:
            create_supplier(session, {"name": "Aguacates del Sur", "country": "MX"})
        database.dispose()
        out = io.StringIO()
        assert cli.main(["db", "roles", "--database-name", made.name], out=out) == 0
        with made.connect() as connection:
            connection.execute(out.getvalue().encode())
            connection.execute(f'CREATE USER "{made.reader}" IN ROLE {READER_ROLE}')
            connection.execute(f'CREATE USER "{made.editor}" IN ROLE {EDITOR_ROLE}')
        yield made
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{made.name}" WITH (FORCE)')
        for user in (made.reader, made.editor):
            admin.execute(f'DROP ROLE IF EXISTS "{user}"')
        admin.close()


def test_a_reader_can_select_and_cannot_change_anything(team: Team) -> None:
    with team.connect(team.reader) as connection:
        assert connection.execute("SELECT name FROM suppliers").fetchall() == [
            ("Aguacates del Sur",)
        ]
        for statement in (
            "INSERT INTO tags (name, key, created_at, updated_at, version) "
            "VALUES ('x', 'x', now(), now(), 1)",
            "UPDATE suppliers SET name = 'y'",
            "DELETE FROM suppliers",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)


def test_an_editor_changes_data_through_the_app_but_not_the_schema_version(team: Team) -> None:
    database = open_database(team.url_for(team.editor), daily_backup=False, actor="ana")
    try:
        assert can_write(database.engine)
        with database.transaction() as session:  # needs the id sequence too
            assert create_supplier(session, {"name": "Berries", "country": "CL"}).id == 2
    finally:
        database.dispose()
    with team.connect(team.editor) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("UPDATE alembic_version SET version_num = 'x'")


def test_an_editor_adds_to_the_audit_log_but_cannot_rewrite_it(team: Team) -> None:
    database = open_database(team.url_for(team.editor), daily_backup=False, actor="ana")
    try:
        with database.transaction() as session:
            create_supplier(session, {"name": "Berries", "country": "CL"})
    finally:
        database.dispose()
    with team.connect(team.editor) as connection:
        logged = connection.execute("SELECT count(*) FROM audit_log").fetchone()
        assert logged is not None
        assert logged[0] >= 1
        for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)


def test_tables_added_later_are_granted_too(team: Team) -> None:
    with team.connect() as owner:
        owner.execute("CREATE TABLE later_things (id serial PRIMARY KEY, note text)")
    with team.connect(team.editor) as connection:
        connection.execute("INSERT INTO later_things (note) VALUES ('new')")
    with team.connect(team.reader) as connection:
        assert connection.execute("SELECT note FROM later_things").fetchall() == [("new",)]
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("INSERT INTO later_things (note) VALUES ('no')")


def test_read_only_reason_of_each_login(team: Team) -> None:
    for user, reason in (
        ("postgres", None),
        (team.editor, None),
        (team.reader, READ_ONLY_ROLE_REASON),
    ):
        database = open_database(team.url_for(user), daily_backup=False)
        try:
            assert read_only_reason(database.engine) == reason, user
            # the opening statement asked too: the window need not ask again (issue 18)
            assert database.read_only_known, user
            assert database.read_only_reason == reason, user
        finally:
            database.dispose()


def test_the_printed_sql_is_safe_to_run_twice(team: Team) -> None:
    with team.connect() as connection:
        connection.execute(roles_sql(team.name).encode())
    with team.connect(team.reader) as connection:
        assert connection.execute("SELECT count(*) FROM suppliers").fetchone() == (1,)


def test_roles_names_the_database_from_the_url_and_quotes_names() -> None:
    out = io.StringIO()
    url = "postgresql+psycopg://ana@db.example.com/compras"
    assert cli.main(["--database", url, "db", "roles"], out=out) == 0
    assert 'GRANT CONNECT ON DATABASE "compras" TO' in out.getvalue()
    sql = roles_sql('we"ird', owner="desk owner")
    assert 'ON DATABASE "we""ird"' in sql
    assert 'ALTER DEFAULT PRIVILEGES FOR ROLE "desk owner" IN SCHEMA "public"' in sql
    assert "CREATE USER ana WITH PASSWORD" in sql  # an example, commented out
    assert all(line.startswith("--") for line in sql.splitlines() if "CREATE USER" in line)


def test_a_read_only_sqlite_file_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    database = open_database(str(path), daily_backup=False)
    try:
        assert read_only_reason(database.engine) is None
        assert (database.read_only_known, database.read_only_reason) == (True, None)
        path.chmod(stat.S_IRUSR | stat.S_IRGRP)
        assert read_only_reason(database.engine) == READ_ONLY_FILE_REASON
        assert not can_write(database.engine)
        again = open_database(str(path), daily_backup=False)
        try:
            assert (again.read_only_known, again.read_only_reason) == (
                True,
                READ_ONLY_FILE_REASON,
            )
        finally:
            again.dispose()
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        database.dispose()
