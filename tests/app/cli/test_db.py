"""The db commands (upgrade, info, backup, restore) of the command line, in-process;
db copy and db roles have their own tests (test_db_copy, test_roles)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.cli.running import ok, run


def test_db_commands_backup_and_restore(db: Path, tmp_path: Path) -> None:
    ok(db, "db", "upgrade")  # `suppliers add` makes no database
    run(db, "suppliers", "add", "--name", "Before", "--country", "PE")
    out = ok(db, "db", "info", "--json")
    info = json.loads(out)
    assert info["schema"] == info["program_schema"]
    assert info["suppliers"] == 1
    copy = tmp_path / "copy.sqlite3"
    assert run(db, "db", "backup", str(copy))[0] == 0
    run(db, "suppliers", "add", "--name", "After", "--country", "PE")
    out = ok(db, "db", "restore", str(copy))
    names = [s["name"] for s in json.loads(run(db, "suppliers", "list", "--json")[1])]
    assert names == ["Before"]
    assert "previous content was saved" in out
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello")
    code, _, err = run(db, "db", "restore", str(not_a_db))
    assert code == 1
    assert "not a Supplier Desk database" in err
    assert run(db, "db", "upgrade")[1].endswith("(up to date)\n")


def test_restore_makes_the_database_where_there_is_none(db: Path, tmp_path: Path) -> None:
    ok(db, "demo")
    copy = tmp_path / "copy.sqlite3"
    ok(db, "db", "backup", str(copy))
    lost = tmp_path / "new laptop" / "desk.sqlite3"
    assert "restored" in ok(lost, "db", "restore", str(copy))
    assert json.loads(ok(lost, "db", "info", "--json"))["suppliers"] == 40
