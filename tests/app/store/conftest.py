"""Fixtures the store tests share: empty PostgreSQL databases made on the test server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def server_url() -> Any:
    """The server of TEST_DATABASE_URL when it is PostgreSQL, else the local one."""
    configured = os.environ.get("TEST_DATABASE_URL", "")
    return make_url(configured if configured.startswith("postgres") else SERVER)


@pytest.fixture
def new_postgresql() -> Iterator[Callable[[], str]]:
    """Makes empty PostgreSQL databases on the test server; drops them afterwards."""
    server = server_url()
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
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
