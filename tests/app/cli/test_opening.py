"""Which database a command opens, and which commands may make a new one: `--database ''`
is refused, only demo, import, db upgrade and db restore create a database, and
another program's file or an unknown schema revision is refused untouched."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app import settings
from app.cli.common import CREATING, command_name, creates_database
from app.cli.dispatch import build_parser, main
from tests.app.cli.running import ok, run
from tests.app.store.conftest import new_postgresql

__all__ = ["new_postgresql"]  # the fixture, for the PostgreSQL tests here

SHEET = "Proveedor;País\nAguacates del Sur;México\n"

READING = [
    ("suppliers", "list"),
    ("negotiations", "list"),
    ("shipments", "list"),
    ("history", "supplier", "1"),
    ("export", "suppliers", "-o", "{out}/suppliers.csv"),
    ("db", "info"),
    ("db", "backup"),
    ("import", "undo", "1"),
    ("import", "{out}/proveedores.csv", "--dry-run"),
]
"""Commands that must not make a database; {out} is a folder outside the test's."""

MAKING = [("db", "upgrade"), ("demo",), ("import", "{out}/proveedores.csv")]


@pytest.fixture(autouse=True)
def user_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The user data folder of this test, outside tmp_path (which must stay empty)."""
    monkeypatch.delenv(settings.DATABASE_ENV, raising=False)
    folder = tmp_path.parent / f"{tmp_path.name}-user-data"
    monkeypatch.setattr(settings, "data_dir", lambda: folder)
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path.parent / f"{tmp_path.name}-out"
    folder.mkdir()
    (folder / "proveedores.csv").write_text(SHEET, encoding="utf-8")
    return folder


def _args(command: tuple[str, ...], out: Path) -> list[str]:
    return [a.format(out=out) for a in command]


def _main(*args: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(list(args), out=stdout, err=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def _foreign_file(path: Path) -> bytes:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE foo(x)")
        connection.commit()
    return path.read_bytes()


def _journal_mode(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])


def test_the_creating_commands_are_real_commands() -> None:
    parser = build_parser()
    typed = {"demo": [], "import": ["FILE"], "db upgrade": [], "db restore": ["FILE"]}
    assert set(typed) == CREATING
    for name, rest in typed.items():
        args = parser.parse_args([*name.split(), *rest])
        assert command_name(args) == name
        assert creates_database(args)


@pytest.mark.parametrize("command", [("suppliers", "list"), ("demo",), ("db", "upgrade")])
def test_an_empty_database_option_is_refused(
    command: tuple[str, ...], user_data: Path, tmp_path: Path
) -> None:
    code, stdout, err = _main("--database", "", *command)
    assert (code, stdout) == (1, "")
    assert err == (
        "supplier-desk: error: --database is empty: give a file path or a "
        "postgresql+psycopg:// URL\n"
    )
    assert not user_data.exists()  # not the default database either


@pytest.mark.parametrize("command", READING)
@pytest.mark.parametrize("name", ["::::", "no/such/folders/desk.sqlite3"])
def test_a_reading_command_makes_no_database_where_there_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: Path, command: tuple[str, ...], name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, err = run(Path(name), *_args(command, out))
    path = tmp_path / name
    assert (code, stdout) == (1, "")
    assert err == (
        f"supplier-desk: error: no database at {path}: check the path, or create one with "
        f"`supplier-desk --database {path} db upgrade`\n"
    )
    assert list(tmp_path.iterdir()) == []  # no file, no folder
    assert sorted(p.name for p in out.iterdir()) == ["proveedores.csv"]


@pytest.mark.parametrize("command", MAKING)
def test_a_creating_command_makes_the_database_and_its_folders(
    tmp_path: Path, out: Path, command: tuple[str, ...]
) -> None:
    db = tmp_path / "new" / "desk.sqlite3"
    ok(db, *_args(command, out))
    assert "up to date" in ok(db, "db", "upgrade")


def test_without_database_a_reading_command_names_the_default_and_makes_nothing(
    user_data: Path,
) -> None:
    code, _, err = _main("suppliers", "list")
    assert code == 1
    assert err == (
        f"supplier-desk: error: no database at {user_data / settings.DATABASE_FILE}: create "
        "it with `supplier-desk db upgrade` (or `supplier-desk demo` for the demo data)\n"
    )
    assert not user_data.exists()
    assert _main("demo")[0] == 0  # the demo makes the default database
    assert (user_data / settings.DATABASE_FILE).is_file()
    assert _main("suppliers", "list")[0] == 0


@pytest.mark.parametrize("command", READING)
def test_an_empty_file_is_refused_by_reading_commands_and_left_empty(
    tmp_path: Path, out: Path, command: tuple[str, ...]
) -> None:
    db = tmp_path / "desk.sqlite3"
    db.touch()
    code, _, err = run(db, *_args(command, out))
    assert code == 1
    assert err == (
        f"supplier-desk: error: {db} is an empty file, not a Supplier Desk database: check "
        f"the path, or create one with `supplier-desk --database {db} db upgrade`\n"
    )
    assert db.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["desk.sqlite3"]


def test_an_empty_file_becomes_a_database_by_db_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    db.touch()
    assert ok(db, "db", "upgrade").endswith("(up to date)\n")
    assert db.stat().st_size > 0


@pytest.mark.parametrize("command", [*READING, *MAKING, ("db", "restore", "{out}/backup")])
def test_another_programs_file_is_refused_and_left_byte_for_byte(
    tmp_path: Path, out: Path, command: tuple[str, ...]
) -> None:
    backup = out / "backup"
    ok(backup, "db", "upgrade")
    db = tmp_path / "other.sqlite3"
    before = _foreign_file(db)
    code, _, err = run(db, *_args(command, out))
    assert code == 1
    assert err == (
        f"supplier-desk: error: {db} is not a Supplier Desk database (it has no schema "
        "version; its tables: foo); check the path: it was left as it was\n"
    )
    assert db.read_bytes() == before
    assert _journal_mode(db) == "delete"
    assert [p.name for p in tmp_path.iterdir()] == ["other.sqlite3"]


def test_an_unknown_revision_is_called_unknown(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    ok(db, "db", "upgrade")
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
        connection.commit()
    code, _, err = run(db, "db", "info")
    assert code == 1
    assert err.startswith(
        f"supplier-desk: error: {db}: its schema revision 'zzzz' is not one Supplier Desk "
        "knows (this version knows up to "
    )
    assert "newer version" not in err
    assert err.count("\n") == 1


def test_postgresql_an_empty_database_gets_its_tables_only_from_a_creating_command(
    new_postgresql: Callable[[], str],
) -> None:
    url = new_postgresql()
    shown = make_url(url).render_as_string(hide_password=True)
    code, _, err = _main("--database", url, "suppliers", "list")
    assert code == 1
    assert err == (
        f"supplier-desk: error: {shown} holds no Supplier Desk database: check the URL, or "
        f"create one with `supplier-desk --database {shown} db upgrade`\n"
    )
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as connection:
        tables = connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone() == (0,)
    assert _main("--database", url, "db", "upgrade")[0] == 0
    assert _main("--database", url, "db", "upgrade")[1].endswith("(up to date)\n")


def test_postgresql_a_database_that_does_not_exist_is_one_line(
    new_postgresql: Callable[[], str],
) -> None:
    url = make_url(new_postgresql()).set(database="sd_no_such_database")
    code, _, err = _main("--database", url.render_as_string(hide_password=False), "db", "upgrade")
    assert code == 1
    assert err == (
        f"supplier-desk: error: cannot open {url.render_as_string(hide_password=True)}: the "
        "database 'sd_no_such_database' does not exist on the server\n"
    )
