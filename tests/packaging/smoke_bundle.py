"""Smoke test of the installable folder (issue 19): what a user's first hour asks of it.

    .venv/bin/python -m tests.packaging.smoke_bundle build/dist/supplier-desk/supplier-desk

PROGRAM is the frozen program (or, to try the script itself, the source install's
.venv/bin/supplier-desk). Each step runs PROGRAM in a child with a fresh home folder, no
Python of the build on its PATH, and Qt offscreen; each must end with status 0 and
nothing on stderr:

1. --version names the package's version, and `licences` lists the same libraries, at the
   same versions, as the source it was built from;
2. a new database gets the demo data (the migrations run from the bundle);
3. a database made at an old schema revision is upgraded;
4. a deal sheet exported as PDF, every font in it embedded (pypdf reads it), and as
   .xlsx (openpyxl reads it); the supplier list as .xlsx;
5. a small CSV imported, its suppliers then listed;
6. a PostgreSQL connection (`db info`) when SMOKE_POSTGRES_URL is set;
7. the window opened on the database, up until its day's backup is written, then sent
   SIGTERM (as a session ending): it closes as a user would close it (its layout saved)
   and quits with status 0.

Prints one line per step and the seconds each took; exit status 1 on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.packaging.launching import NotReadyError, until_ready_then_terminate

ROOT = Path(__file__).resolve().parents[2]
OLD_REVISION = "0003"
"""A schema revision well behind the newest: the bundle must bring it up to date."""


class SmokeError(Exception):
    pass


class Smoke:
    def __init__(self, program: Path, home: Path) -> None:
        self.program = program
        self.home = home
        self.database = home / "desk.sqlite3"
        self.env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",  # no virtual environment's python
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }

    def run(self, *args: str, database: Path | str | None = None, timeout: float = 120) -> str:
        where = [] if database is None else ["--database", str(database)]
        done = subprocess.run(
            [str(self.program), *where, *args],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.home,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0 or done.stderr:
            raise SmokeError(
                f"{' '.join(args)}: status {done.returncode}\n{done.stderr or done.stdout}"
            )
        return done.stdout

    # --- the steps -------------------------------------------------------------------

    def version(self) -> str:
        from app import identity

        said = self.run("--version").strip()
        if said != f"supplier-desk {identity.version()}":
            raise SmokeError(f"--version said {said!r}")
        return said

    def licences(self) -> str:
        from app import identity

        listed = json.loads(self.run("licences", "--json"))["components"]
        carried = {(c["name"], c["version"]) for c in listed}
        needed = {(c.name, c.version) for c in identity.components()}
        if carried != needed:
            raise SmokeError(
                f"licences listed differ: missing {needed - carried}, extra {carried - needed}"
            )
        return f"{len(carried)} libraries listed with their licences, as the source's"

    def demo(self) -> str:
        self.run("db", "upgrade", database=self.database)
        return self.run("demo", database=self.database).strip().splitlines()[-1][:90]

    def old_database(self) -> str:
        from models import schema

        old = self.home / "old.sqlite3"
        engine = create_engine(f"sqlite:///{old}")
        schema.upgrade(engine, OLD_REVISION)
        engine.dispose()
        self.run("db", "upgrade", database=old)
        with create_engine(f"sqlite:///{old}").connect() as connection:
            revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
        if revision != schema.head_revision():
            raise SmokeError(f"the old database is at {revision}, not {schema.head_revision()}")
        return f"{OLD_REVISION} -> {revision}"

    def exports(self) -> str:
        from openpyxl import load_workbook
        from pypdf import PdfReader

        pdf, xlsx, listed = (self.home / n for n in ("deal.pdf", "deal.xlsx", "list.xlsx"))
        db = self.database
        self.run("export", "deal-sheet", "3", "-o", str(pdf), "--lang", "zh", database=db)
        self.run("export", "deal-sheet", "3", "-o", str(xlsx), database=db)
        self.run("export", "suppliers", "-o", str(listed), database=db)
        fonts: dict[str, bool] = {}
        for page in PdfReader(str(pdf)).pages:
            resources = page.get("/Resources")
            for font in (resources.get_object().get("/Font") or {}).values() if resources else ():
                font = font.get_object()
                descendants = font.get("/DescendantFonts")
                inner = descendants[0].get_object() if descendants else font
                descriptor = inner.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[str(font.get("/BaseFont"))] = embedded
        if not fonts or not all(fonts.values()):
            raise SmokeError(f"fonts in the deal sheet, embedded or not: {fonts}")
        sheets = load_workbook(xlsx, read_only=True).sheetnames
        rows = load_workbook(listed, read_only=True).active.max_row  # type: ignore[union-attr]
        embedded = ", ".join(sorted(fonts))
        return f"PDF fonts embedded: {embedded}; xlsx sheets {sheets}; list {rows} rows"

    def import_sheet(self) -> str:
        sheet = self.home / "proveedores.csv"
        sheet.write_text(
            "Razón social;País;Ciudad;Correo\n"
            "Cerezas del Maule SpA;Chile;Curicó;ventas@cerezasmaule.cl\n"
            "Langostinos Patagónicos S.A.;Argentina;Puerto Madryn;info@langostinos.com.ar\n"
            "Arándanos del Norte S.A.C.;Perú;Trujillo;ventas@arandanosnorte.pe\n",
            encoding="utf-8",
        )
        self.run("import", str(sheet), "--json", database=self.database)
        listed = self.run(
            "suppliers", "list", "--search", "Cerezas del Maule", "--json", database=self.database
        )
        found = [s["name"] for s in json.loads(listed)]
        if "Cerezas del Maule SpA" not in found:
            raise SmokeError(f"the imported supplier is not listed: {found}")
        peru = json.loads(
            self.run(
                "suppliers",
                "list",
                "--search",
                "Arándanos del Norte",
                "--json",
                database=self.database,
            )
        )
        if [s["country"] for s in peru] != ["PE"]:  # 'Perú': a Spanish name (pycountry's)
            raise SmokeError(f"'Perú' was not read as PE: {peru}")
        return "imported 3 rows; Cerezas del Maule SpA listed, 'Perú' read as PE"

    def big_import(self) -> str:
        """A sheet big enough for the cleaning worker (app.importing.clean_process): the
        bundle starts itself again as the worker. Had the worker not started or died, its
        warning on stderr fails the step."""
        from app.importing.clean_process import PARALLEL_ROWS
        from tests.benchmarks.import_bench import write_csv

        rows = PARALLEL_ROWS + 5000
        sheet = self.home / "lista grande.csv"
        write_csv(sheet, rows)
        said = json.loads(
            self.run("import", str(sheet), "--dry-run", "--json", database=self.database)
        )
        if said["rows"] != rows or said["errors"] or said["created"] + said["unchanged"] != rows:
            raise SmokeError(f"the {rows}-row dry run said {said}")
        return f"{rows} rows: {said['created']} to create, {said['unchanged']} folded"

    def postgres(self) -> str:
        url = os.environ.get("SMOKE_POSTGRES_URL", "")
        if not url:
            return "skipped: SMOKE_POSTGRES_URL is not set"
        self.run("db", "upgrade", database=url)
        return self.run("db", "info", database=url).strip().splitlines()[0][:90]

    def window(self) -> str:
        backups = self.database.parent / "backups"
        before = set(backups.glob("*")) if backups.exists() else set()
        # the window's daily backup is made once a day: today's earlier ones are removed
        for old in before:
            old.unlink()
        try:
            ended = until_ready_then_terminate(
                [str(self.program), "--database", str(self.database)],
                env=self.env,
                cwd=self.home,
                ready=lambda: any(p.suffix == ".sqlite3" for p in backups.glob("*")),
                poll_s=0.1,
            )
        except NotReadyError as exc:
            raise SmokeError(f"the window did not come up: {exc}") from None
        settings = list((self.home / "config").rglob("*.conf")) + list(
            (self.home / "config").rglob("*.ini")
        )
        if ended.status != 0 or ended.stderr:
            raise SmokeError(f"the window quit with status {ended.status}: {ended.stderr}")
        if not any("window" in p.read_text(errors="replace") for p in settings):
            raise SmokeError(f"the window did not save its layout on closing: {settings}")
        return f"up (its backup written) in {ended.ready_after:.1f} s; SIGTERM: closed, status 0"


STEPS = (
    "version",
    "licences",
    "demo",
    "old_database",
    "exports",
    "import_sheet",
    "big_import",
    "postgres",
    "window",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program", type=Path)
    parser.add_argument("--only", choices=STEPS, action="append", help="run only these steps")
    args = parser.parse_args(argv)
    program = args.program.resolve()
    if not program.is_file():
        print(f"smoke: {program} does not exist (build it first)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="supplier-desk-smoke-") as folder:
        smoke = Smoke(program, Path(folder))
        for step in args.only or STEPS:
            started = time.monotonic()
            try:
                said = getattr(smoke, step)()
            except (SmokeError, subprocess.TimeoutExpired) as exc:
                print(f"FAILED {step}: {exc}", flush=True)
                return 1
            print(f"ok {step} ({time.monotonic() - started:.1f} s): {said}", flush=True)
    print(f"smoke test of {program}: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
