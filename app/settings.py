"""Where things live on the user's machine, and the settings that are not UI state."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

APP_NAME = "SupplierDesk"
DATABASE_ENV = "SUPPLIER_DESK_DATABASE_URL"
DATABASE_FILE = "supplier-desk.sqlite3"


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=False)


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False, ensure_exists=False)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def database_url(override: str | None = None) -> str:
    """`--database` wins, then SUPPLIER_DESK_DATABASE_URL, then the file in the data folder.

    An override that is given is used even when blank (`--database ''` is a mistake to
    refuse, not a wish for the default); a blank environment variable counts as unset."""
    if override is not None:
        return override.strip()
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return from_env
    return str(default_database_path())


def current_user() -> str:
    """Who is making changes: recorded on every row they create or edit."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
