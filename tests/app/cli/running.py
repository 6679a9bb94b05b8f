"""Running the command line in-process, as the command-line tests do."""

from __future__ import annotations

import io
from pathlib import Path

from app.cli.dispatch import main


def ok(db: Path, *args: str) -> str:
    """Run a command that must succeed silently on stderr; its stdout."""
    code, out, err = run(db, *args)
    assert (code, err) == (0, ""), err
    return out


def run(db: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()
