from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.errors import FieldError, ServiceError, ValidationError
from ui.errors import install_excepthook, show_error


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, kind=kind: shown.append((kind, text))
        )
    return shown


def test_service_errors_are_shown_as_their_message(boxes: list[tuple[str, str]]) -> None:
    show_error(None, ServiceError("Supplier 42 does not exist"))
    show_error(None, ValidationError([FieldError("email", "Email", "'x@' is not an email")]))
    assert boxes == [
        ("warning", "Supplier 42 does not exist"),
        ("warning", "Please correct:\n\n• Email: 'x@' is not an email"),
    ]


def test_unexpected_exception_is_logged_and_its_file_named(
    boxes: list[tuple[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.settings

    monkeypatch.setattr(app.settings, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    kind, text = boxes[0]
    log = tmp_path / "logs" / "supplier-desk.log"
    assert kind == "critical"
    assert str(log) in text
    assert "Traceback" not in text
    assert "division by zero in a slot" in log.read_text()
    assert "Traceback" in log.read_text()


def test_a_database_refusal_is_a_warning_with_its_reason_and_no_crash_log(
    boxes: list[tuple[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from psycopg import errors as pg
    from sqlalchemy.exc import DBAPIError

    import app.settings

    monkeypatch.setattr(app.settings, "log_dir", lambda: tmp_path / "logs")
    denied = pg.InsufficientPrivilege("permission denied for table suppliers")
    locked = sqlite3.OperationalError("database is locked")
    for orig in (denied, locked):
        show_error(None, DBAPIError.instance("INSERT INTO suppliers ...", {}, orig, type(orig)))
    assert boxes == [
        ("warning", "This login may only read: ask whoever runs the database for write access"),
        ("warning", "Another program holds the database: try again or close it"),
    ]
    assert not (tmp_path / "logs").exists()


def test_an_unexpected_database_error_shows_one_line_without_the_sql(
    boxes: list[tuple[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from psycopg import errors as pg
    from sqlalchemy.exc import DBAPIError

    import app.settings

    monkeypatch.setattr(app.settings, "log_dir", lambda: tmp_path / "logs")
    orig = pg.UndefinedColumn('column "x" does not exist')
    show_error(None, DBAPIError.instance("SELECT x FROM suppliers", {"p": 1}, orig, type(orig)))
    kind, text = boxes[0]
    assert kind == "critical"
    assert text.startswith('Something went wrong: ProgrammingError: column "x" does not exist\n\n')
    assert "SELECT x" not in text
    assert "SELECT x FROM suppliers" in (tmp_path / "logs" / "supplier-desk.log").read_text()
