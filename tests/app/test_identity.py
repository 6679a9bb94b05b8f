"""The program's identity: one version (the package's), said by --version and the About
box, and the licences of what it is built from."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

from app import identity

ROOT = Path(__file__).resolve().parents[2]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_the_version_is_the_packages() -> None:
    assert identity.version() == project_version()


def test_version_flag_prints_the_name_and_version_and_opens_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},  # no display, no database
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"supplier-desk {project_version()}\n"
    assert list(tmp_path.iterdir()) == []


def test_components_are_the_programs_dependencies_with_their_licences() -> None:
    found = {c.name.lower().replace("_", "-"): c for c in identity.components()}
    for needed in ("pyside6-essentials", "sqlalchemy", "reportlab", "openpyxl", "psycopg"):
        assert needed in found, sorted(found)
    assert "LGPL-3.0" in found["pyside6-essentials"].licence
    assert "pytest" not in found  # a test tool, not part of the program
    assert "supplier-desk" not in found
    assert all(c.version and c.licence for c in found.values())


def test_the_licences_command_lists_the_components(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "licences", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    listed = json.loads(done.stdout)
    assert listed["version"] == project_version()
    assert [c["name"] for c in listed["components"]] == [c.name for c in identity.components()]
