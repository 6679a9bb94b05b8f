"""Shared fixtures: one migrated database per test run, one rolled-back transaction per test.

`TEST_DATABASE_URL` points the whole suite at another server (PostgreSQL); by
default a SQLite file in the run's temporary folder is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.store.database import Database, open_database
from models import schema
from models.engine import ACTOR_KEY, create_database_engine
from tests.keyrings import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    url = os.environ.get("TEST_DATABASE_URL") or str(tmp_path_factory.mktemp("db") / "test.sqlite3")
    engine = create_database_engine(url)
    schema.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session whose every commit is undone when the test ends."""
    connection = engine.connect()
    outer = connection.begin()
    session = Session(
        bind=connection,
        join_transaction_mode="create_savepoint",
        expire_on_commit=False,
        info={ACTOR_KEY: "tester"},
    )
    try:
        yield session
    finally:
        session.close()
        outer.rollback()
        connection.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring the program sees is one held in memory for this test."""
    import keyring

    from app.store import connection

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    connection._session_passwords.clear()
    yield backend
    keyring.set_keyring(previous)
    connection._session_passwords.clear()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The machine has no keyring at all (as servers and CI have)."""
    import keyring
    from keyring.backends import fail

    from app.store import connection

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    connection._session_passwords.clear()
    yield
    keyring.set_keyring(previous)
    connection._session_passwords.clear()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated SQLite file of the test's own."""
    database = open_database(str(tmp_path / "desk.sqlite3"), daily_backup=False)
    yield database
    database.dispose()
