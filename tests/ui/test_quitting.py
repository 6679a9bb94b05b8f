"""Quitting while background work runs (issue 19 point 5): the real app in a child process
(tests/ui/quit_probe.py) quits with a backup, a list page, an import, an export or the
change listener under way, and ends with status 0, nothing on stderr, and nothing left
half-done (no partial backup, no import's temporary files, no export file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.store.database import open_database
from models import Supplier, schema
from models.engine import create_database_engine

ROOT = Path(__file__).resolve().parents[2]
ROWS = 20_000


def run_probe(kind: str, database: str, home: Path, file: Path | None = None) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    command = [sys.executable, "-m", "tests.ui.quit_probe", kind, database]
    done = subprocess.run(
        [*command, *([str(file)] if file else [])],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, ""), done.stdout[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert "supplier-desk-listen" not in seen["threads"]
    return dict(seen)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A SQLite database of 20,000 suppliers (a backup or an export of it takes a while)."""
    from tests.benchmarks.core_bench import Book, load_bulk

    path = tmp_path_factory.mktemp("quit") / "desk.sqlite3"
    engine = create_database_engine(path)
    schema.upgrade(engine)
    load_bulk(engine, Book(ROWS))
    engine.dispose()
    return path


def copy_of(database: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / database.name
    target.write_bytes(database.read_bytes())
    return target


def suppliers(database: Path) -> int:
    opened = open_database(str(database), daily_backup=False)
    try:
        with opened.read() as session:
            return int(session.scalar(select(func.count(Supplier.id))) or 0)
    finally:
        opened.dispose()


def test_quitting_during_the_days_backup_leaves_no_partial_copy(
    big_file: Path, tmp_path: Path
) -> None:
    database = copy_of(big_file, tmp_path / "data")
    seen = run_probe("backup", str(database), tmp_path)
    assert seen["running_at_quit"]
    assert list((database.parent / "backups").glob("*.partial")) == []


def test_quitting_while_a_list_page_is_read(big_file: Path, tmp_path: Path) -> None:
    database = copy_of(big_file, tmp_path / "data")
    seen = run_probe("list", str(database), tmp_path)
    assert seen["running_at_quit"]


def test_quitting_during_an_import_stops_it_and_leaves_nothing(
    big_file: Path, tmp_path: Path
) -> None:
    database = copy_of(big_file, tmp_path / "data")
    sheet = tmp_path / "proveedores.csv"
    lines = ["Razón social;País;Ciudad"]
    lines += [f"Frutícola {n} SpA;Chile;Curicó" for n in range(ROWS)]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = suppliers(database)
    seen = run_probe("import", str(database), tmp_path, sheet)
    assert seen["running_at_quit"]
    assert list(database.parent.glob("supplier-desk-import-*")) == []
    assert suppliers(database) == before


def test_quitting_during_an_export_stops_it_and_leaves_no_file(
    big_file: Path, tmp_path: Path
) -> None:
    database = copy_of(big_file, tmp_path / "data")
    target = tmp_path / "out" / "suppliers.xlsx"
    target.parent.mkdir()
    seen = run_probe("export", str(database), tmp_path, target)
    assert seen["running_at_quit"]
    assert list(target.parent.iterdir()) == []


def test_quitting_while_listening_for_changes_on_a_team_database(tmp_path: Path) -> None:
    url = os.environ.get("TEST_DATABASE_URL", "")
    if not url.startswith("postgresql"):
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL (the listener is PostgreSQL's)")
    opened = open_database(url)  # made and upgraded, as the suite's other tests use it
    opened.dispose()
    seen = run_probe("live", url, tmp_path)
    # Qt's pool threads that ran Python show as Dummy-N; no thread of ours is left
    assert [name for name in seen["threads"] if not name.startswith("Dummy-")] == ["MainThread"]
