"""The PostgreSQL server the tests may use: the one TEST_DATABASE_URL names, else the local
one (CI starts it), for tests that make databases and logins of their own."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, make_url

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def server_url() -> URL:
    """The server of TEST_DATABASE_URL when it is PostgreSQL, else the local one."""
    configured = os.environ.get("TEST_DATABASE_URL", "")
    return make_url(configured if configured.startswith("postgres") else SERVER)


def libpq(url: URL) -> str:
    """`url` as psycopg.connect takes it."""
    return str(url.set(drivername="postgresql").render_as_string(hide_password=False))
