"""Fixtures the store tests share: empty PostgreSQL databases made on the test server."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest

from tests.postgres import libpq, server_url


@pytest.fixture
def new_postgresql() -> Iterator[Callable[[], str]]:
    """Makes empty PostgreSQL databases on the test server; drops them afterwards."""
    server = server_url()
    admin = libpq(server)
    try:
        connection = psycopg.connect(admin, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    made: list[str] = []

    def make() -> str:
        name = f"sd_test_{uuid.uuid4().hex[:10]}"
        connection.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return str(server.set(database=name).render_as_string(hide_password=False))

    try:
        yield make
    finally:
        for name in made:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.close()
