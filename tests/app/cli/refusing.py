"""What the tests of refusals share: the crash log in a folder of the test's own, the
command line on a database URL (a SQLite file or the test server), and every database
the command line opened closed when the test ends (a PostgreSQL connection left open is
a ResourceWarning in a later test)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import app.cli.common
import app.settings
from app.cli.dispatch import main
from app.store.database import Database

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
DATABASES = ["sqlite"] + (["postgresql"] if PG_URL.startswith("postgresql") else [])
"""The databases a test of both runs on: PostgreSQL when TEST_DATABASE_URL names one."""


@pytest.fixture
def crash_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The crash log file, in a folder of the test's own (it must stay absent)."""
    monkeypatch.setattr(app.settings, "log_dir", lambda: tmp_path / "logs")
    return tmp_path / "logs" / "supplier-desk.log"


@pytest.fixture
def closing(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Database]]:
    """Every database the command line opens in this test, disposed of at its end."""
    opened: list[Database] = []
    real = app.cli.common.open_database

    def open_and_keep(*args: Any, **kwargs: Any) -> Database:
        database = real(*args, **kwargs)
        opened.append(database)
        return database

    monkeypatch.setattr(app.cli.common, "open_database", open_and_keep)
    yield opened
    for database in opened:
        database.dispose()


def run_on(url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database", url, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()
