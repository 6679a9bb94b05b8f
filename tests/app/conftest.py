"""Fixtures the command-line tests share (test_cli, test_cli_db)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"
