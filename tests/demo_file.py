"""A SQLite file holding the demo data, for the tests that open it again and again."""

from __future__ import annotations

from pathlib import Path

from app.services.demo import load_demo
from app.store.database import open_database


def write_demo_file(path: Path, *, daily_backup: bool = False) -> Path:
    """Make the database `path` and load the demo data into it; `path` back."""
    database = open_database(str(path), daily_backup=daily_backup)
    with database.transaction() as session:
        load_demo(session)
    database.dispose()
    return path
