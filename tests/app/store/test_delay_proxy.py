"""The latency benchmark's delaying proxy (tests/benchmarks/delay_proxy.py) does what its
figures rely on: passes the protocol through, counts the client's round trips and
statements, delays by the round trip asked for, and cuts connections on demand.

Needs TEST_DATABASE_URL on PostgreSQL. The only timing checked is a lower bound on a
delay the proxy itself injects, which holds however slow the machine is."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from tests.benchmarks.delay_proxy import DelayProxy


def _server() -> URL:
    configured = os.environ.get("TEST_DATABASE_URL", "")
    if not configured.startswith("postgres"):
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL")
    return make_url(configured)


@pytest.fixture
def server() -> URL:
    return _server()


def through(proxy: DelayProxy, server: URL) -> Engine:
    """An autocommit engine to the test database through `proxy`, one connection a
    checkout and no ping: every statement is one request to the server."""
    url = server.set(
        host="127.0.0.1",
        port=proxy.port,
        query={"sslmode": "disable", "gssencmode": "disable"},
    )
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


@pytest.fixture
def proxy(server: URL) -> Iterator[DelayProxy]:
    with DelayProxy(0, upstream=(server.host or "127.0.0.1", server.port or 5432)) as proxy:
        yield proxy


def test_queries_pass_through_and_each_autocommit_select_is_one_round_trip(
    proxy: DelayProxy, server: URL
) -> None:
    engine = through(proxy, server)
    try:
        with engine.connect() as connection:
            assert proxy.stats().connections == 1
            assert proxy.stats().open_connections == 1
            before = proxy.stats()
            answers = [connection.execute(text(f"SELECT {n} + 1")).scalar_one() for n in range(3)]
            after = proxy.stats()
    finally:
        engine.dispose()
    assert answers == [1, 2, 3]
    assert after.round_trips - before.round_trips == 3
    assert after.statements - before.statements == 3
    assert after.bytes_up > before.bytes_up
    assert after.bytes_down > before.bytes_down


def test_reset_counts_from_zero_and_the_start_up_is_one_round_trip(
    proxy: DelayProxy, server: URL
) -> None:
    import psycopg

    proxy.reset()
    url = server.set(drivername="postgresql", host="127.0.0.1", port=proxy.port)
    dsn = url.render_as_string(hide_password=False)
    with psycopg.connect(dsn, sslmode="disable", gssencmode="disable", autocommit=True) as raw:
        started = proxy.stats()
        raw.execute("SELECT 1")
        assert proxy.stats().round_trips == started.round_trips + 1
    assert started.connections == 1
    assert started.statements == 0
    assert started.round_trips == 1  # StartupMessage -> ... ReadyForQuery (trust or not)
    proxy.reset()
    assert proxy.stats().round_trips == 0
    assert proxy.stats().connections == 0


def test_a_round_trip_of_100_ms_delays_a_select_by_at_least_90_ms(
    proxy: DelayProxy, server: URL
) -> None:
    engine = through(proxy, server)
    try:
        with engine.connect() as connection:
            proxy.set_rtt(100)
            began = time.perf_counter()
            connection.execute(text("SELECT 1")).scalar_one()
            took = time.perf_counter() - began
            proxy.set_rtt(0)
    finally:
        engine.dispose()
    assert took >= 0.090


def test_drop_all_makes_the_next_statement_fail(proxy: DelayProxy, server: URL) -> None:
    engine = through(proxy, server)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            assert proxy.drop_all() == 1
            with pytest.raises(OperationalError):
                connection.execute(text("SELECT 1"))
        assert proxy.stats().open_connections == 0
        with engine.connect() as connection:  # a new connection goes through again
            assert connection.execute(text("SELECT 2")).scalar_one() == 2
    finally:
        engine.dispose()
