"""The demo data these tests read: a SQLite file per module, and (with TEST_DATABASE_URL)
a PostgreSQL database per module (tests.app.store.test_round_trips.demo_server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store.database import Database, open_database
from tests.app.store.test_round_trips import POSTGRES, demo_server
from tests.demo_file import write_demo_file

__all__ = ["demo_server"]  # the fixture, shared with the store's tests


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo_file(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The demo data on SQLite and (with TEST_DATABASE_URL) on PostgreSQL."""
    if request.param == "sqlite":
        url = str(request.getfixturevalue("demo_file"))
    elif not POSTGRES:
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL")
    else:
        url = request.getfixturevalue("demo_server")
    database = open_database(url, daily_backup=False)
    yield database
    database.dispose()
