"""On PostgreSQL "who" is the database login, written by the server (migration 0006): a
client that claims another name (`USER=mallory`, a session actor, a raw UPDATE) cannot
put it in created_by, updated_by or the audit log's actor."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, Table, insert, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app.store.roles import EDITOR_ROLE, roles_sql
from models import AuditEntry, Base, Contact, Supplier, Tag, schema
from models.audit import keep_stamps, server_login
from models.bulk_writer import TableWriter
from models.engine import create_database_engine, make_session_factory
from tests.postgres import libpq, server_url

ROOT = Path(__file__).resolve().parents[2]
TAGS: Table = Tag.__table__  # type: ignore[assignment]
STAMPED = sorted(t.name for t in Base.metadata.sorted_tables if "created_by" in t.c)


class Team:
    """A database of its own, migrated by its owner (postgres), the printed roles SQL run
    on it, and two logins in the editor role."""

    def __init__(self, admin: psycopg.Connection[Any]) -> None:
        suffix = uuid.uuid4().hex[:8]
        self.name = f"h13_audit_{suffix}"
        self.ana = f"h13_ana_{suffix}"
        self.bob = f"h13_bob_{suffix}"
        admin.execute(f'CREATE DATABASE "{self.name}"')
        self.url = server_url().set(database=self.name)
        self.engines: list[Engine] = []

    def url_for(self, user: str) -> URL:
        return self.url.set(username=user, password=None)

    def engine(self, user: str = "postgres") -> Engine:
        engine = create_database_engine(self.url_for(user))
        self.engines.append(engine)
        return engine

    def session(self, user: str, actor: str = "mallory") -> Session:
        return make_session_factory(self.engine(user), actor=actor)()


@pytest.fixture
def admin() -> Iterator[psycopg.Connection[Any]]:
    try:
        connection = psycopg.connect(libpq(server_url()), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server for the audit login tests: {exc}")
    with connection:
        yield connection


@pytest.fixture
def team(admin: psycopg.Connection[Any]) -> Iterator[Team]:
    made = Team(admin)
    try:
        owner = made.engine()
        schema.upgrade(owner)
        with owner.begin() as connection:
            connection.exec_driver_sql(roles_sql(made.name))
            for login in (made.ana, made.bob):
                connection.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN IN ROLE {EDITOR_ROLE}')
        yield made
    finally:
        for engine in made.engines:
            engine.dispose()
        admin.execute(f'DROP DATABASE IF EXISTS "{made.name}" WITH (FORCE)')
        for login in (made.ana, made.bob):
            admin.execute(f'DROP ROLE IF EXISTS "{login}"')


def _stamps(team: Team, model: Any, row_id: int) -> tuple[str, str]:
    with team.engine().connect() as connection:
        table = model.__table__
        row = connection.execute(
            select(table.c.created_by, table.c.updated_by).where(table.c.id == row_id)
        ).one()
    return row[0], row[1]


def _actors(team: Team, entity: str, entity_id: int) -> list[tuple[str, str | None, str]]:
    with Session(team.engine()) as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        )
        return [(e.action.value, e.field, e.actor or "") for e in entries]


def _add_supplier_and_contact(team: Team, login: str) -> tuple[int, int]:
    with team.session(login) as session, session.begin():
        supplier = Supplier(name="Aguacates del Sur", country="MX")
        contact = Contact(supplier=supplier, name="Conceição Araújo")
        session.add_all([supplier, contact])
        session.flush()
        return supplier.id, contact.id


def _edit(team: Team, login: str, supplier_id: int, contact_id: int, city: str) -> None:
    with team.session(login) as session, session.begin():
        supplier = session.get_one(Supplier, supplier_id)
        supplier.city = city
        session.get_one(Contact, contact_id).role = f"ventas {city}"


def test_the_login_is_who_created_and_changed_a_record_not_the_name_claimed(team: Team) -> None:
    supplier_id, contact_id = _add_supplier_and_contact(team, team.ana)
    _edit(team, team.ana, supplier_id, contact_id, "Uruapan")
    ana = team.ana
    assert _stamps(team, Supplier, supplier_id) == (ana, ana)
    assert _stamps(team, Contact, contact_id) == (ana, ana)
    assert _actors(team, "suppliers", supplier_id) == [
        ("create", None, ana),
        ("update", "city", ana),
    ]
    assert _actors(team, "contacts", contact_id) == [("create", None, ana), ("update", "role", ana)]

    _edit(team, team.bob, supplier_id, contact_id, "Tancítaro")
    assert _stamps(team, Supplier, supplier_id) == (ana, team.bob)
    assert _stamps(team, Contact, contact_id) == (ana, team.bob)
    assert _actors(team, "suppliers", supplier_id)[-1] == ("update", "city", team.bob)
    assert _actors(team, "contacts", contact_id)[-1] == ("update", "role", team.bob)


def test_a_raw_statement_cannot_claim_another_name_either(team: Team) -> None:
    supplier_id, _ = _add_supplier_and_contact(team, team.ana)
    with team.engine(team.bob).begin() as connection:
        connection.execute(
            text(
                "UPDATE suppliers SET created_by = 'mallory', updated_by = 'mallory' WHERE id = :id"
            ),
            {"id": supplier_id},
        )
        connection.execute(
            insert(AuditEntry),
            {
                "entity": "suppliers",
                "entity_id": supplier_id,
                "action": "update",
                "actor": "mallory",
            },
        )
    assert _stamps(team, Supplier, supplier_id) == (team.ana, team.bob)
    assert _actors(team, "suppliers", supplier_id)[-1] == ("update", None, team.bob)


def test_set_role_does_not_change_who(team: Team) -> None:
    with team.session(team.ana) as session, session.begin():
        session.execute(text(f"SET LOCAL ROLE {EDITOR_ROLE}"))
        assert server_login(session.connection()) == team.ana
        tag = Tag(name="orgánico", key="organico")
        session.add(tag)
        session.flush()
        tag_id = tag.id
    assert _stamps(team, Tag, tag_id) == (team.ana, team.ana)


def test_bulk_core_and_copy_inserts_are_stamped_by_the_server(team: Team) -> None:
    now = datetime(2026, 12, 13, 10, tzinfo=UTC)
    stamps = {"created_at": now, "updated_at": now}
    with team.session(team.ana) as session, session.begin():
        core = session.execute(
            insert(TAGS).returning(TAGS.c.id),
            [
                {"name": f"core {n}", "key": f"core {n}", "created_by": "mallory",
                 "updated_by": "mallory", "version": 1, **stamps}
                for n in range(3)
            ],
        ).scalars().all()  # fmt: skip
        columns = ("name", "key", "created_at", "updated_at", "created_by", "updated_by", "version")
        copied = TableWriter(session, TAGS, columns).insert_with_ids(
            [(f"copy {n}", f"copy {n}", *stamps.values(), "mallory", None, 1) for n in range(3)]
        )
    for tag_id in (*core, *copied):
        assert _stamps(team, Tag, tag_id) == (team.ana, team.ana)


def test_only_the_owner_may_keep_the_stamps_a_copy_carries(team: Team) -> None:
    row = {"created_by": "olga", "updated_by": "pedro", "version": 1}
    names = {}
    for login in ("postgres", team.ana):
        with team.engine(login).begin() as connection:
            keep_stamps(connection)
            names[login] = connection.execute(
                insert(TAGS).returning(TAGS.c.created_by, TAGS.c.updated_by),
                {"name": login, "key": login, **row},
            ).one()
    assert tuple(names["postgres"]) == ("olga", "pedro")  # db copy by the tables' owner
    assert tuple(names[team.ana]) == (team.ana, team.ana)


def test_the_command_line_records_the_login_whatever_user_says(team: Team) -> None:
    url = team.url_for(team.ana).render_as_string(hide_password=False)
    environment = {**os.environ, "USER": "mallory", "LOGNAME": "mallory"}
    done = subprocess.run(
        [sys.executable, "main.py", "--database", url, "suppliers", "add",
         "--name", "Berries del Maule", "--country", "CL"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with team.engine().connect() as connection:
        row = connection.execute(
            select(Supplier.created_by, Supplier.updated_by).where(
                Supplier.name == "Berries del Maule"
            )
        ).one()
    assert tuple(row) == (team.ana, team.ana)


def test_upgrade_from_0005_keeps_every_name_and_downgrade_drops_the_triggers(
    admin: psycopg.Connection[Any],
) -> None:
    name = f"h13_audit_up_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    engine = create_database_engine(server_url().set(database=name))
    try:
        schema.upgrade(engine, "0005")
        with engine.begin() as connection:
            connection.execute(
                insert(TAGS),
                {
                    "name": "x",
                    "key": "x",
                    "created_by": "olga",
                    "updated_by": "pedro",
                    "version": 1,
                },
            )
        schema.upgrade(engine)
        assert _triggers(engine) == {*STAMPED, "audit_log"}
        with engine.connect() as connection:
            kept = connection.execute(select(TAGS.c.created_by, TAGS.c.updated_by)).one()
        assert tuple(kept) == ("olga", "pedro")

        from alembic import command

        config = schema.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
        assert _triggers(engine) == set()
        with engine.connect() as connection:
            functions = connection.execute(
                text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'supplier_desk%'")
            ).scalar()
            assert functions == 0
            kept = connection.execute(select(TAGS.c.created_by, TAGS.c.updated_by)).one()
        assert tuple(kept) == ("olga", "pedro")
        schema.upgrade(engine)
        assert schema.current_revision(engine) == schema.head_revision()
        assert set(inspect(engine).get_table_names()) >= set(STAMPED)
    finally:
        engine.dispose()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _triggers(engine: Engine) -> set[str]:
    """The tables carrying the login trigger."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'supplier_desk_login'"
            )
        ).scalars()
        return set(rows)


def test_sqlite_records_the_session_actor_as_before(tmp_path: Path) -> None:
    engine = create_database_engine(tmp_path / "desk.sqlite3")
    try:
        schema.upgrade(engine)
        assert server_login(engine) is None
        with make_session_factory(engine, actor="mallory")() as session, session.begin():
            supplier = Supplier(name="Aguacates del Sur", country="MX")
            session.add(supplier)
        with Session(engine) as session:
            stored = session.get_one(Supplier, supplier.id)
            assert (stored.created_by, stored.updated_by) == ("mallory", "mallory")
            actor = session.scalars(select(AuditEntry.actor)).one()
            assert actor == "mallory"
    finally:
        engine.dispose()
