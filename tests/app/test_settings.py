"""Where the database is: --database, then SUPPLIER_DESK_DATABASE_URL, then the data folder."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

import pytest

from app import settings

REAL_DATA_DIR = settings.data_dir
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(settings.DATABASE_ENV, raising=False)
    monkeypatch.setattr(settings, "data_dir", lambda: tmp_path / "data")


def test_default_is_the_file_in_the_user_data_folder(tmp_path: Path) -> None:
    expected = tmp_path / "data" / "supplier-desk.sqlite3"
    assert settings.default_database_path() == expected
    assert settings.database_url() == str(expected)
    assert not expected.parent.exists()  # asking does not create anything


def test_environment_wins_over_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.DATABASE_ENV, "postgresql+psycopg://desk@server/team")
    assert settings.database_url() == "postgresql+psycopg://desk@server/team"


def test_environment_is_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.DATABASE_ENV, "  /srv/desk.sqlite3 \n")
    assert settings.database_url() == "/srv/desk.sqlite3"


@pytest.mark.parametrize("value", ["", "   "])
def test_blank_environment_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    monkeypatch.setenv(settings.DATABASE_ENV, value)
    assert settings.database_url() == str(tmp_path / "data" / "supplier-desk.sqlite3")


def test_override_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.DATABASE_ENV, "postgresql+psycopg://desk@server/team")
    assert settings.database_url("/home/ana/desk.sqlite3") == "/home/ana/desk.sqlite3"
    assert settings.database_url(" sqlite:///x.sqlite3 ") == "sqlite:///x.sqlite3"


def test_no_override_falls_through_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.DATABASE_ENV, "/srv/team.sqlite3")
    assert settings.database_url(None) == "/srv/team.sqlite3"


@pytest.mark.parametrize("override", ["", "  "])
def test_a_blank_override_is_kept_to_be_refused_not_taken_for_the_environment(
    monkeypatch: pytest.MonkeyPatch, override: str
) -> None:
    """`--database ''` is a mistake (app.store.database refuses it), not the default."""
    monkeypatch.setenv(settings.DATABASE_ENV, "/srv/team.sqlite3")
    assert settings.database_url(override) == ""


@linux_only
def test_data_dir_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(settings, "data_dir", REAL_DATA_DIR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert settings.data_dir() == tmp_path / "xdg" / "SupplierDesk"
    assert settings.database_url() == str(
        tmp_path / "xdg" / "SupplierDesk" / "supplier-desk.sqlite3"
    )
    assert not (tmp_path / "xdg").exists()


@linux_only
def test_log_dir_follows_xdg_state_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert settings.log_dir().is_relative_to(tmp_path / "state" / "SupplierDesk")
    assert not (tmp_path / "state").exists()


def test_current_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "ana")
    assert settings.current_user() == "ana"


@pytest.mark.parametrize("error", [KeyError("uid"), OSError("no login name")])
def test_current_user_unknown(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    def fail() -> str:
        raise error

    monkeypatch.setattr(getpass, "getuser", fail)
    assert settings.current_user() == "unknown"
