"""Round trips of the command line (issue 18 point 2): a command takes at most the
connection's set-up plus 3 round trips. Counted, never timed: statements with SQLAlchemy's
cursor-execute event, and on PostgreSQL every exchange with libpq's trace (BEGIN, COMMIT,
ROLLBACK and pings included), for the demo data.

BUDGET is what each command sends after its connection is open; a change that sends more
fails here. A command over the issue's TARGET would be strictly expected to fail there; none
is since `suppliers show` reads the supplier's children in one pipeline and `negotiations
show` the deal with its children in one statement (app.queries.batched,
load_negotiation)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.dispatch import main
from app.services.demo import load_demo
from app.store.database import open_database
from tests.app.store.test_round_trips import POSTGRES, Counted, counting, demo_server

__all__ = ["demo_server"]  # the fixture, shared with the store's tests

TARGET = 3
"""The issue's target: round trips after the connection is open."""

COMMANDS = {
    "db info": ["db", "info"],
    "suppliers list --search uruapan": ["suppliers", "list", "--search", "uruapan"],
    "suppliers show": ["suppliers", "show", "12"],
    "negotiations show": ["negotiations", "show", "3"],
    "negotiations list": ["negotiations", "list"],
}

BUDGET = {
    "db info": 2,  # tables + schema version + login; the five counts in one statement
    "suppliers list --search uruapan": 3,  # opening; the count and the page
    "suppliers show": 2,  # opening; the supplier, tags, products, certificates, contacts
    "negotiations show": 3,  # opening; the deal with supplier, product, offers, shipments; papers
    "negotiations list": 3,  # opening; the deals and their offers
}
"""Round trips on PostgreSQL after the connection is open (a command that only reads
sends no BEGIN, COMMIT or ROLLBACK), and its statements unless STATEMENTS says more.
Before issue 18: 11, 8, 11, 12 and 8 statements; 43 to 47 round trips after the TCP
connection. Before the record loads of issue 18 (helper f): `suppliers show` 6 and
`negotiations show` 7, statements and round trips alike."""

STATEMENTS = {**BUDGET, "suppliers show": 6}
"""Statements on PostgreSQL: the five of `suppliers show` go out in one pipeline."""

SQLITE_BUDGET = {
    "db info": 1,
    "suppliers list --search uruapan": 3,  # the full-text index's count is one more
    "suppliers show": 5,  # the supplier and its children, one after another
    "negotiations show": 2,  # the deal with its children; the shipments' papers
    "negotiations list": 2,
}
"""The same on a SQLite file, whose tables and revision are read before the engine exists
(through sqlite3 itself): no statement of opening. Before issue 18: 7, 5, 7, 8 and 4;
before its record loads, `negotiations show` 6."""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trips") / "demo.sqlite3"
    database = open_database(str(path))
    with database.transaction() as session:
        load_demo(session)
    database.dispose()
    main(["--database", str(path), "db", "info"], out=io.StringIO(), err=io.StringIO())
    return path  # today's backup made: no command below makes one


@pytest.fixture(params=["sqlite", "postgresql"])
def demo(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(request.getfixturevalue("demo_file"))
    elif not POSTGRES:
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL")
    else:
        yield request.getfixturevalue("demo_server")


def run(database: str, args: list[str]) -> tuple[Counted, str]:
    out, err = io.StringIO(), io.StringIO()
    with counting() as counted:
        code = main(["--database", database, *args], out=out, err=err)
    assert (code, err.getvalue()) == (0, ""), err.getvalue()
    return counted, out.getvalue()


@pytest.mark.parametrize("name", COMMANDS)
def test_a_command_sends_no_more_than_its_budget(demo: str, name: str) -> None:
    counted, out = run(demo, COMMANDS[name])
    assert out
    budget = STATEMENTS[name] if "://" in demo else SQLITE_BUDGET[name]
    assert len(counted.statements) <= budget, "\n".join(counted.statements)
    assert counted.connections == 1  # one connection for the whole command
    if "://" in demo:
        after_connecting = counted.round_trips - 1  # the dialect's one start-up statement
        assert after_connecting <= BUDGET[name], "\n".join(counted.sent)
        assert not {"BEGIN", "COMMIT", "ROLLBACK", ";"} & set(counted.sent), counted.sent


@pytest.mark.parametrize("name", COMMANDS)
def test_a_command_meets_the_issue_target(demo_server: str, name: str) -> None:
    assert BUDGET[name] <= TARGET
    counted, _out = run(demo_server, COMMANDS[name])
    assert counted.round_trips - 1 <= TARGET, "\n".join(counted.sent)


def test_db_info_shows_the_schema_it_read_when_opening(demo_file: Path) -> None:
    _counted, out = run(str(demo_file), ["db", "info", "--json"])
    import json

    from models import schema

    info = json.loads(out)
    assert (info["schema"], info["upgrade_needed"]) == (schema.HEAD, False)
    assert (info["suppliers"], info["shipments"]) == (40, 20)
