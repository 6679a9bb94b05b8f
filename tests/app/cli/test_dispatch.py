"""The command line as a whole: its errors, the real entry point in a subprocess, a crash
logged and not shown, no display, a reader that goes away."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.dispatch import main
from tests.app.cli.running import ok, run

ROOT = Path(__file__).resolve().parents[3]


def test_bad_input_is_one_line_on_stderr_and_nothing_is_written(db: Path) -> None:
    ok(db, "db", "upgrade")
    code, out, err = run(
        db, "suppliers", "add", "--name", "X", "--country", "Narnia", "--email", "bad@"
    )
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("supplier-desk: error: Country: 'Narnia' is not a country")
    assert "Email:" in err
    out = ok(db, "suppliers", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("suppliers", "show", "42"), "Supplier 42 does not exist"),
        (("negotiations", "show", "42"), "Negotiation 42 does not exist"),
        (("suppliers", "list", "--country", "Atlantis"), "'Atlantis' is not a country"),
        (("suppliers", "list", "--status", "sleepy"), "'sleepy' is not one of"),
        (("suppliers", "list", "--sort", "secret"), "--sort must be one of"),
    ],
)
def test_errors(db: Path, args: tuple[str, ...], message: str) -> None:
    ok(db, "db", "upgrade")
    code, _, err = run(db, *args)
    assert code == 1
    assert message in err


def test_real_subprocess_entry_point(tmp_path: Path) -> None:
    env = {**os.environ, "SUPPLIER_DESK_DATABASE_URL": str(tmp_path / "env.sqlite3")}
    ok(tmp_path / "env.sqlite3", "db", "upgrade")  # a command that adds makes no database
    add = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "suppliers",
            "add",
            "--name",
            "Conceição Frutas",
            "--country",
            "BR",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert add.returncode == 0, add.stderr
    assert json.loads(add.stdout)["country"] == "BR"
    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "suppliers", "show", "999"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 1
    assert bad.stderr == "supplier-desk: error: Supplier 999 does not exist\n"
    assert (tmp_path / "env.sqlite3").exists()


def test_unexpected_error_is_logged_not_shown(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.cli.common
    import app.settings

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.settings, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(app.cli.common, "open_database", explode)
    code, out, err = run(db, "suppliers", "list")
    assert (code, out) == (1, "")
    assert err.startswith("supplier-desk: unexpected error (RuntimeError: disk on fire)")
    assert "Traceback" not in err
    log = (tmp_path / "logs" / "supplier-desk.log").read_text()
    assert "Traceback" in log
    assert "disk on fire" in log


def test_no_command_without_a_display_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no display to open the window on" in result.stderr


def test_a_reader_that_goes_away_is_not_an_error(db: Path) -> None:
    """`supplier-desk suppliers list | head`: the pipe closes, nothing is reported."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    assert main(["--database", str(db), "db", "roles"], out=ClosedPipe(), err=err) == 0
    assert err.getvalue() == ""


def test_an_unexpected_database_error_is_one_line_without_the_sql(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from psycopg import errors as pg
    from sqlalchemy.exc import DBAPIError

    import app.cli.common
    import app.settings

    def fails(*args: object, **kwargs: object) -> None:
        orig = pg.UndefinedColumn('column "x" does not exist\nLINE 1: SELECT x')
        raise DBAPIError.instance("SELECT x FROM suppliers", {"p": 1}, orig, type(orig))

    monkeypatch.setattr(app.settings, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(app.cli.common, "open_database", fails)
    code, out, err = run(db, "suppliers", "list")
    assert (code, out) == (1, "")
    log = tmp_path / "logs" / "supplier-desk.log"
    assert err == (
        f'supplier-desk: unexpected error (ProgrammingError: column "x" does not exist); '
        f"details in {log}\n"
    )
    assert "SELECT x FROM suppliers" in log.read_text()


def test_a_command_closes_the_databases_it_opened(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing of a finished command is left to write its file later (a pooled connection
    closing would checkpoint the write-ahead log into it), even when it failed."""
    from app.store.database import Database

    ok(db, "db", "upgrade")
    closed: list[str] = []
    real = Database.dispose

    def dispose(self: Database) -> None:
        closed.append(self.display_name)
        real(self)

    monkeypatch.setattr(Database, "dispose", dispose)
    ok(db, "suppliers", "list")
    assert closed == [str(db)]
    run(db, "suppliers", "show", "42")  # refused: closed all the same
    assert closed == [str(db)] * 2


def test_the_window_language_flag_leaves_commands_in_english(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang is the window's language for one run; a command still answers in English
    (and an export's own --lang still picks its labels)."""
    import main as entry

    ok(db, "db", "upgrade")
    bad = ("suppliers", "add", "--name", "X", "--country", "Narnia")
    code, _out, err = run(db, "--lang", "zh", *bad)
    assert code == 1
    assert err.startswith("supplier-desk: error: Country: 'Narnia' is not a country")
    ok(db, "demo")
    listing = run(db, "--lang", "es", "suppliers", "list")[1]
    assert listing == ok(db, "suppliers", "list")
    started: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(entry, "has_display", lambda: True)

    def run_window(url: str | None, language: str | None) -> int:
        started.append((url, language))
        return 0

    monkeypatch.setattr("ui.application.run", run_window)
    assert entry.main(["--database", str(db), "--lang", "zh"]) == 0
    assert started == [(str(db), "zh")]
