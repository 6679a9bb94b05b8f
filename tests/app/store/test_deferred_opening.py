"""open_database(defer=True) on PostgreSQL (issue 18 point 2): the opening's statement goes
out with the first read (app.store.opening), in one round trip with it, and its checks
still refuse what open_database refuses, with the same words, before the read's rows
are used. Counted with libpq's trace, never timed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.queries.batched import fetch_together
from app.services.demo import load_demo
from app.store.database import (
    DatabaseError,
    DatabaseMissingError,
    SchemaUpgradedError,
    open_database,
)
from models import Negotiation, Supplier, schema
from tests.app.store.conftest import new_postgresql
from tests.app.store.test_round_trips import counting

__all__ = ["new_postgresql"]


def _one_statement(session: Session) -> Any:
    """A statement SQLAlchemy sends itself (the opening rides through do_execute)."""
    return session.scalar(select(func.count()).select_from(Supplier))


def _pipelined(session: Session) -> Any:
    """Statements in a pipeline (the opening is queued ahead of them)."""
    suppliers, deals = fetch_together(
        session, select(func.count(Supplier.id)), select(func.count(Negotiation.id))
    )
    return suppliers[0][0], deals[0][0]


READS = {"one statement": _one_statement, "pipeline": _pipelined}


def _sql(url: str, *statements: str) -> None:
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement.encode())


def _refusal(url: str, **kwargs: Any) -> str:
    """What open_database says of `url` when it opens it the ordinary way."""
    with pytest.raises(DatabaseError) as caught:
        open_database(url, daily_backup=False, **kwargs).dispose()
    return str(caught.value)


@pytest.fixture
def demo_url(new_postgresql: Callable[[], str]) -> str:
    url = new_postgresql()
    database = open_database(url)
    with database.transaction() as session:
        load_demo(session)
    database.dispose()
    return url


@pytest.mark.parametrize("read", READS)
def test_the_opening_goes_out_with_the_first_read(demo_url: str, read: str) -> None:
    with counting() as counted:
        database = open_database(demo_url, defer=True, create=False)
        try:
            assert database.revision is None  # nothing asked yet
            with database.read() as session:
                answer = READS[read](session)
            assert database.revision == schema.HEAD
        finally:
            database.dispose()
    assert answer in (40, (40, 25))
    # the dialect's start-up statement, then the opening with the read: one round trip
    assert counted.round_trips == 2, counted.sent
    assert "alembic_version" in counted.sent[1]
    assert len(counted.statements) == (2 if read == "one statement" else 3)


def test_the_opening_is_answered_once(demo_url: str) -> None:
    database = open_database(demo_url, defer=True, create=False)
    try:
        with counting() as counted, database.read() as session:
            _one_statement(session)
            _one_statement(session)
            _pipelined(session)
    finally:
        database.dispose()
    assert sum("alembic_version" in sent for sent in counted.sent) == 1, counted.sent


@pytest.mark.parametrize("read", READS)
def test_another_programs_database_is_refused_with_open_databases_words(
    new_postgresql: Callable[[], str], read: str
) -> None:
    url = new_postgresql()
    _sql(url, "CREATE TABLE suppliers (x integer)", "CREATE TABLE negotiations (x integer)")
    expected = _refusal(url, create=False)
    database = open_database(url, defer=True, create=False)
    try:
        with pytest.raises(DatabaseError) as caught, database.read() as session:
            READS[read](session)
    finally:
        database.dispose()
    assert str(caught.value) == expected
    assert "is not a Supplier Desk database" in expected


@pytest.mark.parametrize("read", READS)
def test_an_empty_database_is_missing(new_postgresql: Callable[[], str], read: str) -> None:
    url = new_postgresql()
    database = open_database(url, defer=True, create=False)
    try:
        with pytest.raises(DatabaseMissingError) as caught, database.read() as session:
            READS[read](session)
    finally:
        database.dispose()
    assert str(caught.value).endswith("holds no Supplier Desk database")


def test_a_read_that_sends_nothing_still_has_the_opening_checked(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    _sql(url, "CREATE TABLE foo (x integer)")
    database = open_database(url, defer=True, create=False)
    try:
        with pytest.raises(DatabaseError) as caught, database.read():
            pass
    finally:
        database.dispose()
    assert "is not a Supplier Desk database" in str(caught.value)


def test_an_unknown_revision_is_called_unknown(demo_url: str) -> None:
    _sql(demo_url, "UPDATE alembic_version SET version_num = 'zzzz'")
    database = open_database(demo_url, defer=True, create=False)
    try:
        with pytest.raises(DatabaseError) as caught, database.read() as session:
            _one_statement(session)
    finally:
        database.dispose()
    assert "its schema revision 'zzzz' is not one Supplier Desk knows" in str(caught.value)


def test_an_older_schema_is_brought_up_to_date_and_the_read_asked_again(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    older = schema.all_revisions()[-2]
    made = open_database(url, create=True, upgrade=False)  # an empty database: nothing made
    schema.upgrade(made.engine, older)
    made.dispose()
    database = open_database(url, defer=True, create=False)
    try:
        with pytest.raises(SchemaUpgradedError), database.read() as session:
            _one_statement(session)
        assert database.revision == schema.HEAD
        with database.read() as session:
            assert _one_statement(session) == 0
    finally:
        database.dispose()


def test_db_info_may_show_an_older_schema_without_upgrading_it(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    older = schema.all_revisions()[-2]
    made = open_database(url, create=True, upgrade=False)
    schema.upgrade(made.engine, older)
    made.dispose()
    database = open_database(url, defer=True, create=False, upgrade=False)
    try:
        with database.read() as session:
            assert _one_statement(session) == 0
        assert database.revision == older
    finally:
        database.dispose()


def test_a_database_that_does_not_exist_is_one_readable_line(
    new_postgresql: Callable[[], str],
) -> None:
    url = make_url(new_postgresql()).set(database="sd_no_such_database")
    text = url.render_as_string(hide_password=False)
    database = open_database(text, defer=True, create=False)
    try:
        with pytest.raises(DatabaseError) as caught, database.read() as session:
            _one_statement(session)
    finally:
        database.dispose()
    assert str(caught.value) == (
        f"cannot open {url.render_as_string(hide_password=True)}: the database "
        "'sd_no_such_database' does not exist on the server"
    )
    assert str(caught.value) == _refusal(text, create=False)


def test_a_change_is_never_sent_before_the_opening_is_checked(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    _sql(url, "CREATE TABLE foo (x integer)")
    database = open_database(url, defer=True, create=False)
    try:
        with pytest.raises(DatabaseError), database.transaction() as session:
            session.add(Supplier(name="x", country="MX"))
    finally:
        database.dispose()


def test_sqlite_ignores_defer(tmp_path: Any) -> None:
    path = tmp_path / "d.sqlite3"
    open_database(str(path)).dispose()
    database = open_database(str(path), defer=True)
    try:
        assert database.revision == schema.HEAD  # read when opened, as without defer
        with database.read() as session:
            assert _one_statement(session) == 0
    finally:
        database.dispose()
