"""Hostile-input campaign of issue 13: every point's hostile cases through the real
command line, classified, with a table per point (cases tried / refused cleanly or
handled / failed) for the issue's closing note.

    cd /work/main && .venv/bin/python -m tests.benchmarks.hostile_campaign \
        [--repo DIR] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--json FILE]

Not a pytest test. Each case runs `python main.py --database URL ...` as a subprocess with
cwd and PYTHONPATH = --repo (default: this checkout), so an older worktree's code can be
measured. HOME and the XDG folders point into a scratch folder: the default database,
settings and crash log of a run are its own. On SQLite the database is a temporary file
loaded by `demo`; with --pg a scratch database, a reader and an editor login are made on
that server (trust authentication assumed) and dropped at the end.

A case is "clean" (exit 1 or 2, one line on stderr besides argparse's usage, no
'unexpected error', traceback, SQL or panic, and the database or file unchanged where it
matters), "handled" (accepted, and the result is correct and safe), "failed" (with the
reason) or "skipped" (cannot be run here, and why). Point 8 (refusing a file larger than
free memory) holds the program to 450 MB of address space with prlimit.
Export targets that are devices are a null-device node made in the scratch folder, never
a real /dev path. A read-only SQLite file, run as root, is opened by a process without
CAP_DAC_OVERRIDE (setpriv), else root would write it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import shlex
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, make_url, text

REPO = Path(__file__).resolve().parents[2]
QUIET: dict[str, Any] = {"capture_output": True, "text": True, "stdin": subprocess.DEVNULL}
POINTS = {
    1: "CSV injection",
    2: "values past a column's limits",
    3: "dry run vs real run",
    4: "export targets",
    5: "refusals that read as crashes",
    6: "--database edge cases",
    7: "audit login",
    8: "memory refusal",
    9: "bidi controls",
}
PAYLOADS = {  # trigger -> text; the "1+N" in each finds its cells in an export
    "=": "=1+2",
    "+": "+1+3",
    "-": "-1+4",
    "@": "@SUM(1+5)",
    "tab": "\t=1+6",
    "CR": "\r=1+7",
    "' =1+8'": " =1+8",
}
OUTCOMES = ("clean", "handled", "failed", "skipped")
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
BAD_WORDS = ("unexpected error", "Traceback", "panicked", "[SQL:", "[parameters:", "sqlalche.me")
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
HUGE = "9" * 32
ROW = "Hass avocado,{},USD,kg,FOB,Valparaiso,{}"
E30, I31 = str(10**30), str(2**31)
ADD = "suppliers add --name 'Should Not Exist' --country CL"
# (point, case, command): each must be refused cleanly, the database unchanged. {name}
# stands for a file of Campaign.files; {e30} and {i31} for 10^30 and 2^31.
REFUSALS = [
    (2, "website of 100,000 characters", ADD + " --website={website}"),
    (2, "name of 5,000 characters", "suppliers add --name={long_name} --country CL"),
    (3, "--supplier 999999", "import --target price-list --supplier 999999 {good}"),
    (3, "import --country Narnia", "import --country Narnia {sheet}"),
    (3, "suppliers list --country Narnia", "suppliers list --country Narnia"),
    *[(5, f"--limit -1: {c}", f"{c} --limit -1") for c in ("suppliers list", "negotiations list")],
    *[(5, f"--limit -1: {c}", f"{c} --limit -1") for c in ("shipments list", "history supplier 1")],
    (5, "history supplier 999999", "history supplier 999999"),
    (5, "calamine panic file", "import --dry-run {corrupt}"),
]
for label, key in (("10^30", "{e30}"), ("2^31", "{i31}")):
    REFUSALS += [
        (5, f"suppliers show {label}", f"suppliers show {key}"),
        (5, f"negotiations show {label}", f"negotiations show {key}"),
        (5, f"history supplier {label}", f"history supplier {key}"),
        (5, f"export deal-sheet {label}", f"export deal-sheet {key} -o {{pdf}}"),
        (5, f"import --supplier {label}", f"import --target price-list --supplier {key} {{good}}"),
    ]
SEED = """
import json, sys
from app.store.database import open_database
from app.services.contacts import create_contact
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment
db, refused = open_database(sys.argv[1]), []
for text, supplier in json.loads(sys.argv[2]):
    deal = 1
    for kind in ("contact", "negotiation", "shipment"):
        try:
            with db.transaction() as s:
                if kind == "contact":
                    create_contact(s, supplier, {"name": text, "role": text})
                elif kind == "negotiation":
                    deal = create_negotiation(s, supplier, {"owner": text}, product_name=text).id
                else:
                    fields = ("reference", "transport_doc_no", "destination_port")
                    create_shipment(s, deal, dict.fromkeys(fields, text))
        except Exception as exc:
            refused.append([text, kind, str(exc)])
print(json.dumps(refused))
"""


@dataclass
class Case:
    database: str
    point: int
    name: str
    outcome: str  # clean | handled | failed | skipped
    reason: str = ""


@dataclass
class Proc:
    rc: int | None  # None: killed after the timeout
    out: str
    err: str

    def lines(self) -> list[str]:
        """Stderr's lines, without argparse's usage text and its indented continuations."""
        return [x for x in self.err.splitlines() if x.strip() and not x.startswith(("usage:", " "))]

    def line(self) -> str:
        return f"exit {self.rc}: " + (self.lines() or ["(no stderr)"])[0][:200]


def refusal_problem(p: Proc) -> str | None:
    """Why `p` is not a clean refusal, or None."""
    if p.rc is None:
        return "hung: killed after the timeout"
    if p.rc not in (1, 2):
        return f"exit {p.rc}" + (f": {p.out.strip()[:80]!r}" if p.rc == 0 else "")
    bad = next((w for w in BAD_WORDS if w in p.err), None)
    if bad or len(p.lines()) != 1:
        return f"{bad or f'{len(p.lines())} lines on stderr'}: {p.line()}"
    return None


def live(cell: str) -> bool:
    """A cell a spreadsheet would run as a formula: a trigger first, not a plain number."""
    if not cell.startswith(TRIGGERS):
        return False
    try:
        float(cell)
    except ValueError:
        return True
    return False


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def target_state(target: Path, victim: Path) -> tuple[int, str, str]:
    """The target's file type, its bytes (a regular file's only) and the victim's bytes."""
    kind = stat.S_IFMT(target.lstat().st_mode)
    return kind, digest(target) if stat.S_ISREG(kind) else "", digest(victim)


def make_target(kind: str, target: Path, victim: Path) -> bool:
    if kind == "read-only 0444 file":
        target.write_text("keep me")
        target.chmod(0o444)
    elif kind == "symlink":
        target.symlink_to(victim)
    elif kind == "FIFO":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    else:  # a null-device node in the scratch folder: writing to it is harmless
        try:
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except OSError:
            return False
    return True


class Campaign:
    def __init__(self, repo: Path, tmp: Path, url: str, pg: str | None, role: str | None) -> None:
        self.repo, self.tmp, self.url, self.pg, self.role = repo, tmp, url, pg, role
        self.backend = "PostgreSQL" if role else "SQLite"
        self.cases: list[Case] = []
        home = tmp / "home"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("SUPPLIER_DESK")}
        self.env |= {"PYTHONPATH": str(repo), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        for name in ("DATA", "STATE", "CONFIG", "CACHE"):
            self.env[f"XDG_{name}_HOME"] = str(home / name.lower())
        sheet = tmp / "sheet.csv"
        sheet.write_text("Name,City\nNarnia Fruits,Cair Paravel\n", encoding="utf-8")
        corrupt = next(Path("/work/shared/corpus").rglob("Test_Issue_12556_corrupt.xls"), None)
        self.files = {
            "huge": self.price_list("huge", ROW.format(HUGE, 1000)),
            "good": self.price_list("good", ROW.format("2.5", 1000)),
            "sheet": str(sheet),
            "pdf": str(tmp / "out.pdf"),
            "corrupt": str(corrupt),
            "website": "https://example.com/" + "a" * 99_980,
            "long_name": "N" * 5000,
            "e30": E30,
            "i31": I31,
        }

    def cli(self, *args: str, database: str | None = None, timeout: float = 180, **kw: Any) -> Proc:
        """main.py with `args`; kw: env (added), cwd, prefix (a command to run it under)."""
        env, cwd, prefix = kw.get("env", {}), kw.get("cwd"), kw.get("prefix", [])
        db = self.url if database is None else database
        command = [*prefix, sys.executable, str(self.repo / "main.py"), "--database", db, *args]
        run_env = {**self.env, **env}
        try:
            done = subprocess.run(
                command, cwd=cwd or self.repo, env=run_env, timeout=timeout, **QUIET
            )
        except subprocess.TimeoutExpired as exc:
            return Proc(None, str(exc.stdout or ""), str(exc.stderr or ""))
        return Proc(done.returncode, done.stdout, done.stderr)

    def record(self, point: int, name: str, outcome: str, reason: str = "") -> None:
        reason = reason.replace(str(self.tmp), "TMP")
        self.cases.append(Case(self.backend, point, name, outcome, reason))

    def refused(self, point: int, name: str, p: Proc, changed: bool = False) -> None:
        problem = refusal_problem(p) or ("left something changed" if changed else None)
        self.record(point, name, "failed" if problem else "clean", problem or "")

    def expect_refusal(self, point: int, name: str, *args: str, **kw: Any) -> None:
        before = self.snapshot()
        p = self.cli(*args, **kw)
        self.refused(point, name, p, self.snapshot() != before)

    def query(self, sql: str, **params: Any) -> list[Any]:
        sql_url = f"sqlite:///{self.url}" if self.backend == "SQLite" else self.url
        engine = create_engine(sql_url)
        try:
            with engine.begin() as conn:
                if sql == "snapshot":
                    tables = inspect(conn).get_table_names()
                    return [(t, conn.scalar(text(f'SELECT count(*) FROM "{t}"'))) for t in tables]
                result = conn.execute(text(sql), params)
                return list(result) if result.returns_rows else []
        finally:
            engine.dispose()

    def snapshot(self) -> list[Any]:
        """Rows per table: what a refused write must leave as it was."""
        return self.query("snapshot")

    def price_list(self, name: str, *rows: str) -> str:
        path = self.tmp / f"{name}.csv"
        header = "Product,Price,Currency,Unit,Incoterm,Place,Volume\n"
        path.write_text(header + "".join(f"{r}\n" for r in rows), encoding="utf-8")
        return str(path)

    def login(self, kind: str) -> str:
        url = make_url(self.url).set(username=f"{self.role}_{kind}", password=None)
        return url.render_as_string(hide_password=False)

    def added_id(self, p: Proc) -> int:
        return int(json.loads(p.out)["id"])

    def table(self, point: int) -> None:
        for case_point, name, template in REFUSALS:
            if case_point == point:
                args = [word.format(**self.files) for word in shlex.split(template)]
                self.expect_refusal(point, name, *args)

    # --- what a table cannot say ---------------------------------------------------------------

    def point1(self) -> None:
        suppliers, refused = [], {}
        for text_ in PAYLOADS.values():
            args = ["suppliers", "add", f"--name={text_}", "--country", "CL", "--json"]
            p = self.cli(*args, f"--city={text_}", f"--tax-id={text_}")
            p = p if p.rc == 0 else self.cli(*args)
            suppliers.append([text_, self.added_id(p) if p.rc == 0 else 1])
            if p.rc != 0:
                refused[text_] = f"supplier refused: {p.line()}"
        seed = [sys.executable, "-c", SEED, self.url, json.dumps(suppliers)]
        done = subprocess.run(seed, cwd=self.repo, env=self.env, check=True, **QUIET)
        for text_, kind, why in json.loads(done.stdout):
            refused.setdefault(text_, f"{kind} refused: {why[:60]}")
        for name in ("suppliers", "contacts", "negotiations", "shipments"):
            target = self.tmp / f"{name}.csv"
            p = self.cli("export", name, "-o", str(target))
            if p.rc != 0:
                self.record(1, f"{name} csv", "failed", p.line())
                continue
            with target.open(encoding="utf-8-sig", newline="") as stream:
                cells = [c for row in csv.reader(stream) for c in row]
            for label, text_ in PAYLOADS.items():
                mine = [c for c in cells if text_.strip()[-3:] in c]  # "1+N" or "+5)"
                bad = [c for c in mine if live(c)]
                case = f"{name} csv, {label}"
                if bad:
                    self.record(1, case, "failed", f"{len(bad)}/{len(mine)} cells live: {bad[0]!r}")
                elif mine or text_ in refused:
                    self.record(1, case, "handled", "" if mine else refused[text_])
                else:
                    self.record(1, case, "failed", "payload missing from the export")

    def point2(self) -> None:
        """The huge price as an import; then, on SQLite, a database written before the fix
        that holds such values (SQLite took them): every reader must still work, or refuse
        in one line naming the row."""
        name, offers = f"price-list price {HUGE}", self.query("SELECT count(*) FROM offers")
        args = ["import", "--target", "price-list", "--supplier", "1", "--json"]
        p = self.cli(*args, self.files["huge"])
        stored = self.query("SELECT count(*) FROM offers") != offers
        errors = json_field(p, "errors")
        if p.rc == 0 and not stored and errors:  # an import reports a bad row and goes on
            self.record(2, name, "handled", f"a row error: {str(errors[0])[:150]}")
        elif p.rc == 0:
            self.record(2, name, "failed", "stored" if stored else f"no error: {p.out[:80]!r}")
        else:
            self.refused(2, name, p, stored)
        if self.backend != "SQLite":
            return
        sql = "SELECT o.id, o.negotiation_id, o.price, s.website FROM offers o, suppliers s"
        (offer, deal, price, website) = self.query(sql + " WHERE s.id = 1 ORDER BY o.id DESC")[0]
        self.query("UPDATE offers SET price = 1e32 WHERE id = :i", i=offer)
        self.query("UPDATE suppliers SET website = :w WHERE id = 1", w=self.files["website"])
        pdf, xlsx = self.tmp / "legacy.pdf", self.tmp / "legacy.xlsx"
        for name, command in {
            "negotiations list": "negotiations list",
            "negotiations show": f"negotiations show {deal}",
            "deal sheet pdf": f"export deal-sheet {deal} -o {pdf}",
            "deal sheet xlsx": f"export deal-sheet {deal} -o {xlsx}",
            "suppliers show": "suppliers show 1",
        }.items():
            self.legacy(f"held 1e32 price and long website: {name}", self.cli(*command.split()))
        if self.pg:
            with scratch_pg(self.pg, "copy") as target:
                p = self.cli("db", "copy", "--from", self.url, "--to", target)
                self.legacy("held values: db copy SQLite -> PostgreSQL", p)
        # The later points must not meet these values (supplier 1 has deal sheet 1).
        sane = price if abs(float(price)) < 1e14 else 2.5
        self.query("UPDATE offers SET price = :p WHERE id = :i", p=sane, i=offer)
        self.query("UPDATE suppliers SET website = :w WHERE id = 1", w=website)

    def legacy(self, name: str, p: Proc) -> None:
        if p.rc == 0 and not any(w in p.err for w in BAD_WORDS):
            self.record(2, name, "handled")
        elif not refusal_problem(p) and not re.search(r"offers|suppliers", p.line()):
            self.record(2, name, "failed", f"does not name the bad row: {p.line()}")
        else:
            self.refused(2, name, p)

    def point3(self) -> None:
        rows = [ROW.format(*r) for r in (("2.5", 1000), ("-5", 1000), ("2.6", 0), ("2.7", -3))]
        path = self.price_list("bad_rows", *rows)
        common = ["import", "--target", "price-list", "--supplier", "1", "--json"]
        dry = self.cli(*common, "--dry-run", path)
        real = self.cli(*common, "--on-error", "skip", path)
        counts = [json_field(p, "created") for p in (dry, real)]
        why = f"dry run created {counts[0]}; real run created {counts[1]}, {real.line()}"
        ok = real.rc == 0 and counts == [1, 1]
        self.record(
            3,
            "dry run = real run (price -5, volume 0/-3)",
            "handled" if ok else "failed",
            "" if ok else why,
        )

    def point4(self) -> None:
        exports = {
            "suppliers csv": ("out.csv", ["export", "suppliers", "-o"]),
            "deal sheet pdf": ("out.pdf", ["export", "deal-sheet", "1", "-o"]),
        }
        for kind in ("read-only 0444 file", "symlink", "FIFO", "folder", "character device"):
            for export, (filename, args) in exports.items():
                name, where = f"{export} over a {kind}", self.tmp / "to" / f"{kind}-{export}"
                where.mkdir(parents=True)
                target, victim = where / filename, where / "victim.txt"
                victim.write_text("keep me")
                if not make_target(kind, target, victim):
                    self.record(4, name, "skipped", "cannot make a device node here")
                    continue
                before = target_state(target, victim)
                p = self.cli(*args, str(target), timeout=30)
                after = target_state(target, victim)
                if after[0] != before[0]:
                    self.record(4, name, "failed", f"the {kind} was replaced by a regular file")
                elif kind == "symlink" and p.rc == 0 and after[2] != before[2]:
                    self.record(4, name, "handled", "followed the symlink")
                else:
                    self.refused(4, name, p, after != before)

    def point5(self) -> None:
        add = shlex.split(ADD)
        if self.role:
            reader = self.login("reader")
            self.expect_refusal(5, "read-only PostgreSQL role adds", *add, database=reader)
        if self.backend != "SQLite":
            return
        setpriv = shutil.which("setpriv")  # root writes a 0444 file unless it drops its caps
        root = os.geteuid() == 0 and setpriv is not None
        prefix = [str(setpriv), "--bounding-set=-all", "--inh-caps=-all"] if root else []
        copy = self.tmp / "ro" / "read-only.sqlite3"
        copy.parent.mkdir()
        with sqlite3.connect(self.url) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        copy.chmod(0o444)
        before = digest(copy)
        p = self.cli(*add, database=str(copy), prefix=prefix)
        self.refused(5, "read-only SQLite file", p, digest(copy) != before)
        snapshot = self.snapshot()
        holder = sqlite3.connect(self.url, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            p = self.cli(*add, timeout=120)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        self.refused(5, "database is locked (BEGIN IMMEDIATE held)", p, self.snapshot() != snapshot)

    def point6(self) -> None:
        if self.backend == "SQLite":
            cwd, missing, empty = self.tmp / "cwd", self.tmp / "no" / "such", self.tmp / "0.db"
            cwd.mkdir()
            empty.touch()
            foreign = self.tmp / "foreign.sqlite3"
            with sqlite3.connect(foreign) as conn:
                conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            conn.close()
            data_home = Path(self.env["XDG_DATA_HOME"])

            def files(pattern: str) -> Callable[[], object]:
                return lambda: [(p.name, digest(p)) for p in sorted(self.tmp.glob(pattern))]

            for name, database, state in (
                ("--database ''", "", lambda: sorted(data_home.rglob("*"))),
                ("--database '::::'", "::::", lambda: sorted(cwd.iterdir())),
                ("a path in missing folders", str(missing / "x.sqlite3"), missing.parent.exists),
                ("a 0-byte file", str(empty), files("0.db*")),
                ("a foreign SQLite file", str(foreign), files("foreign.sqlite3*")),
            ):
                before = state()
                p = self.cli("suppliers", "list", database=database, cwd=cwd)
                self.refused(6, name, p, state() != before)
        (version,) = self.query("SELECT version_num FROM alembic_version")[0]
        self.query("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
        try:
            p = self.cli("suppliers", "list")
        finally:
            self.query("UPDATE alembic_version SET version_num = :v", v=version)
        if "written by a newer version" in p.err:
            self.record(6, "a fake alembic revision", "failed", f"called newer: {p.line()}")
        else:
            self.refused(6, "a fake alembic revision", p)

    def point7(self) -> None:
        if self.role is None:
            self.record(7, "USER=mallory", "skipped", "PostgreSQL only (SQLite keeps the OS user)")
            return
        mallory = dict.fromkeys(("USER", "LOGNAME", "USERNAME"), "mallory")
        add = ["suppliers", "add", "--name", "Mallory Fruits", "--country", "CL", "--json"]
        p = self.cli(*add, database=self.login("editor"), env=mallory)
        if p.rc != 0:
            self.record(7, "USER=mallory as a second login", "failed", p.line())
            return
        sql = "SELECT created_by FROM suppliers WHERE id = :i"
        (who,) = self.query(sql, i=self.added_id(p))[0]
        reason = f"created_by={who!r}, login {self.role}_editor"
        outcome = "handled" if who == f"{self.role}_editor" else "failed"
        self.record(7, "USER=mallory as a second login", outcome, reason)

    def point8(self) -> None:
        """A machine with less memory than the file needs: the program held to 450 MB of
        address space (`prlimit --as`, as `ulimit -v`), a 300,000-row file (~800 MB)."""
        name = "300,000 rows under a 450 MB memory limit"
        if shutil.which("prlimit") is None:
            self.record(8, name, "skipped", "prlimit (util-linux) is not installed")
            return
        big = self.tmp / "big.csv"
        with big.open("w", encoding="utf-8") as file:
            file.write("Proveedor,País,Ciudad\n")
            file.writelines(f"Proveedor {i} SA,MX,Uruapan {i % 97}\n" for i in range(300_000))
        prefix = ["prlimit", f"--as={450 * 1024 * 1024}"]
        self.expect_refusal(8, name, "import", str(big), "--dry-run", prefix=prefix)

    def point9(self) -> None:
        names = {
            "U+202E": "Evil\u202egnp.exe",
            "U+2067": "Fruta\u2067 SA",
            "U+200F": "Paltas\u200f",
        }
        for label, name in names.items():
            p = self.cli("suppliers", "add", f"--name={name}", "--country", "CL", "--json")
            sql = "SELECT name FROM suppliers WHERE id = :i"
            stored = self.query(sql, i=self.added_id(p)) if p.rc == 0 else []
            self.bidi(f"supplier name with {label}", p, [n for (n,) in stored])
        path = self.price_list("bidi", ROW.format("2.5", 1000).replace("Hass", "Hass\u202e"))
        p = self.cli("import", "--target", "price-list", "--supplier", "1", path)
        stored = self.query("SELECT name FROM products WHERE name LIKE 'Hass%avocado'")
        self.bidi("price-list product with U+202E", p, [n for (n,) in stored])

    def bidi(self, name: str, p: Proc, stored: list[str]) -> None:
        if p.rc != 0:
            self.refused(9, name, p)
        else:
            kept = any(BIDI.search(n) for n in stored)
            self.record(9, name, "failed" if kept else "handled", "stored with it" if kept else "")


def json_field(p: Proc, key: str) -> Any:
    try:
        return json.loads(p.out)[key]
    except (ValueError, KeyError, TypeError):
        return None


@contextmanager
def scratch_pg(server: str, tag: str, roles: str | None = None) -> Iterator[str]:
    """A database of its own on the --pg server (and a reader and an editor login named
    `roles`_reader/_editor), dropped on exit; yields its URL."""
    name = f"h13_campaign_{tag}_{os.getpid()}"
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for kind in ("reader", "editor") if roles else ():
                conn.execute(text(f'DROP ROLE IF EXISTS "{roles}_{kind}"'))
        engine.dispose()


def grant_roles(url: str, role: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for kind, grants in (("reader", "SELECT"), ("editor", "SELECT, INSERT, UPDATE, DELETE")):
            login = f'"{role}_{kind}"'
            conn.execute(text(f"CREATE ROLE {login} LOGIN"))
            conn.execute(text(f"GRANT {grants} ON ALL TABLES IN SCHEMA public TO {login}"))
            conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {login}"))
    engine.dispose()


def run_backend(repo: Path, backend: str, pg: str | None) -> list[Case]:
    with tempfile.TemporaryDirectory(prefix="h13_campaign_") as folder:
        if backend == "SQLite":
            return campaign(Campaign(repo, Path(folder), f"{folder}/desk.sqlite3", pg, None))
        assert pg is not None
        role = f"h13_campaign_{os.getpid()}"
        with scratch_pg(pg, "desk", role) as url:
            return campaign(Campaign(repo, Path(folder), url, pg, role))


def campaign(c: Campaign) -> list[Case]:
    demo = c.cli("demo")
    if demo.rc != 0:
        raise SystemExit(f"{c.backend}: demo failed: {demo.err.strip()}")
    if c.role:
        grant_roles(c.url, c.role)
    for point in POINTS:
        c.table(point)
        getattr(c, f"point{point}")()
    return c.cases


def report(cases: Sequence[Case]) -> str:
    out = []
    for backend in dict.fromkeys(c.database for c in cases):
        mine = [c for c in cases if c.database == backend]
        out.append(f"\n{backend}\n{'point':<36} tried  clean  handled  failed  skipped")
        for point, title in POINTS.items():
            n = [sum(c.point == point and c.outcome == o for c in mine) for o in OUTCOMES]
            out.append(f"{point} {title:<34}{sum(n[:3]):>6}{n[0]:>7}{n[1]:>9}{n[2]:>8}{n[3]:>9}")
        for outcome in ("failed", "skipped"):
            out += [
                f"  {outcome} {c.point}. {c.name}: {c.reason}" for c in mine if c.outcome == outcome
            ]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout to run")
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL server (scratch db made)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="save every case as JSON")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    probe = [sys.executable, "-c", "import app; print(app.__file__)"]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    where = subprocess.run(probe, env=env, cwd=repo, **QUIET).stdout.strip()
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], **QUIET)
    print(f"repo {repo} (HEAD {commit.stdout.strip()}); app imported from {where}")
    cases: list[Case] = []
    for backend in ("SQLite", "PostgreSQL") if args.pg else ("SQLite",):
        cases += run_backend(repo, backend, args.pg)
    print(report(cases))
    if args.json:
        meta = {
            "repo": str(repo),
            "commit": commit.stdout.strip(),
            "cases": [asdict(c) for c in cases],
        }
        args.json.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
