"""Import benchmark: a 100,000-row, 16-column supplier sheet with 10% duplicates.

    cd /work/main && .venv/bin/python -m tests.benchmarks.import_bench [--rows N] [--skip-pandas]
    cd /work/main && .venv/bin/python -m tests.benchmarks.import_bench --memory --rows 1000000

Not a pytest test. The sheet is generated once per run (Spanish headers, accents,
local phone numbers, decimal-comma free text) as .xlsx and as .csv; a tenth of the
rows repeat an earlier supplier with another legal suffix, case or accents. For each
format, measured in the same run, each in its own child process (so its peak memory is
its own):

(a) the bare floor: the fastest parse available in Python (python-calamine for .xlsx,
    csv.reader for .csv) plus a raw sqlite3 executemany of the rows into one table;
(b) the full import: build_preview (read, header, mapping, cleaning, matching) and
    commit_preview into a fresh migrated SQLite database, with the longest gap between
    progress reports inside either (the wizard runs them as two tasks);
(c) pandas: read_excel / read_csv then to_sql into SQLite, what a user would otherwise do
    (needs pandas: `pip install pandas`; --skip-pandas leaves it out);
(d) not a target: the same file imported again into the database (b) filled, every row
    matched to a supplier (next month's list from the same supplier).

Targets (issue 4): (b) under 2x (a) and at least 3x faster than (c), for both formats;
peak memory under 500 MB; progress at least every 0.5 s.

--memory (issue 18 point 5) measures only the CSV, two cases each in a fresh child
process: the dry run (build_preview alone, then the summary, the problems and a page of
rows read back as the wizard and `import --dry-run` do) and the import (build_preview and
commit_in_transaction into a fresh database): time and peak resident set size
(ru_maxrss of the child). Target: peak under 500 MB up to 1,048,576 rows, time linear.
Since issue 18 the rows are streamed into temporary SQLite files beside the database
(app.importing.spool, plan_store): what still grows with the rows is the matcher's keys.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import multiprocessing
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from random import Random
from typing import Any

HEADERS = [
    "Razón social",
    "Nombre comercial",
    "País",
    "Región",
    "Ciudad",
    "Dirección",
    "RUT / RFC / CUIT",
    "Sitio web",
    "Correo",
    "Teléfono",
    "Contacto",
    "Cargo",
    "Correo contacto",
    "Celular",
    "Productos",
    "Observaciones",
]
COUNTRIES = {
    "México": ("MX", ["Michoacán", "Jalisco", "Sinaloa"], ["Uruapan", "Zapopan", "Culiacán"]),
    "Chile": ("CL", ["Ñuble", "O'Higgins", "Maule"], ["Chillán", "Rancagua", "Talca"]),
    "Argentina": ("AR", ["Chubut", "Mendoza", "Río Negro"], ["Rawson", "Mendoza", "Viedma"]),
    "Perú": ("PE", ["Ica", "La Libertad", "Piura"], ["Ica", "Trujillo", "Piura"]),
    "Brasil": ("BR", ["Ceará", "Bahia", "São Paulo"], ["Fortaleza", "Juazeiro", "Campinas"]),
}
WORDS = [
    "Frutícola",
    "Agrícola",
    "Exportadora",
    "Pesquera",
    "Huertas",
    "Valle",
    "Sol",
    "Andes",
    "Pacífico",
    "Ñuble",
    "Conceição",
    "San Fernando",
    "Los Olivos",
    "Del Sur",
    "Norte",
    "Azul",
    "Verde",
    "Dorado",
    "Cumbres",
    "Río",
    "Montaña",
    "Costa",
    "Brisa",
    "Aurora",
]
SUFFIXES = ["S.A.", "S.A. de C.V.", "SpA", "Ltda.", "SRL", "S.A.C.", "S/A", "SPR de RL", ""]
PHONES = {  # (office, mobile) as people write them locally; each # is a random digit
    "MX": ("443 31# ####", "443 12# ####"),
    "CL": ("(42) 22# ####", "9 87## ####"),
    "AR": ("(280) 44#-####", "+54 9 280 45#-####"),
    "PE": ("(056) 2#####", "9## ### ###"),
    "BR": ("(85) 32##-####", "(85) 98###-####"),
}
PRODUCTS = ["Palta Hass", "Cereza", "Langostino", "Uva de mesa", "Arándano", "Mango", "Limón"]
ROLES = ["Gerente comercial", "Ventas", "Exportaciones", "Calidad", "Logística"]
FIRST = ["Ana", "Luis", "José", "María", "João", "Conceição", "Pedro", "Lucía", "Tomás", "Inés"]
LAST = ["Pérez", "Ríos", "Soto", "González", "Silva", "Muñoz", "Araújo", "Núñez"]


def make_rows(n: int, seed: int = 7) -> list[list[str]]:
    rng = Random(seed)
    rows: list[list[str]] = []
    names = list(COUNTRIES)
    for i in range(n):
        if i >= 10 and rng.random() < 0.10:
            original = rows[rng.randrange(len(rows))]
            copy = list(original)
            base = copy[0].rsplit(" ", 1)[0] if rng.random() < 0.5 else copy[0]
            copy[0] = base.upper() if rng.random() < 0.5 else base + " " + rng.choice(SUFFIXES)
            copy[12] = ""  # the same supplier listed again, without the contact's email
            rows.append(copy)
            continue
        country = rng.choice(names)
        code, regions, cities = COUNTRIES[country]
        office, mobile = PHONES[code]
        k = rng.randrange(3)
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        domain = f"prov{i}.example.com"
        rows.append(
            [
                f"{name} {rng.choice(SUFFIXES)}".strip(),
                name,
                country,
                regions[k],
                cities[k],
                f"Camino {rng.randrange(1, 9999)}, km {rng.randrange(1, 60)}",
                f"{code}-{i:08d}-{rng.randrange(10)}",
                f"https://www.{domain}",
                f"ventas@{domain}",
                _phone(rng, office),
                person,
                rng.choice(ROLES),
                f"{person.split()[0].lower()}.{i}@{domain}",
                _phone(rng, mobile),
                ", ".join(rng.sample(PRODUCTS, rng.randrange(1, 3))),
                "Certificación GlobalG.A.P. vigente" if rng.random() < 0.3 else "",
            ]
        )
    return rows


def _phone(rng: Random, template: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in template)


def write_files(rows: Sequence[Sequence[str]], folder: Path) -> tuple[Path, Path]:
    csv_path = folder / "proveedores.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    xlsx_path = folder / "proveedores.xlsx"
    from rustpy_xlsxwriter import write_worksheet

    records = (dict(zip(HEADERS, r, strict=True)) for r in rows)
    write_worksheet(records, str(xlsx_path), sheet_name="Proveedores")
    return xlsx_path, csv_path


def _status_mb(pid: int | str, field: str = "VmHWM:") -> float:
    """A line of /proc/PID/status in MB (VmHWM: peak resident set size; VmRSS: now)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_mb() -> float:
    """This process's peak resident set size. On Linux VmHWM: ru_maxrss is kept across
    exec, so a child spawned by a parent that had generated a 1,000,000-row sheet
    reported the parent's ~980 MB as its own (whichever was larger)."""
    return _status_mb("self") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class MemoryWatch:
    """This process's memory with its children's (the import's cleaning worker,
    app.importing.clean_process), read from /proc every 20 ms while it runs: the largest
    sum of their resident sets seen, and the children's own peak (VmHWM). Linux only."""

    def __init__(self) -> None:
        import threading

        self.together = 0.0
        self.worker = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        tasks = Path("/proc/self/task")
        while not self._done.wait(0.02):
            try:
                children = {
                    pid
                    for task in tasks.iterdir()
                    for pid in (task / "children").read_text().split()
                }
            except OSError:
                continue
            now = _status_mb("self", "VmRSS:")
            for pid in children:
                now += _status_mb(pid, "VmRSS:")
                self.worker = max(self.worker, _status_mb(pid))
            self.together = max(self.together, now)

    def stop(self) -> tuple[float, float]:
        """(the peak of this process and its children together, the children's peak):
        the first is this process's own peak when that is larger (between two reads)."""
        self._done.set()
        self._thread.join()
        return max(peak_mb(), self.together), self.worker


def bare(path: str, db: str) -> dict[str, float]:
    start = time.perf_counter()
    data: list[list[Any]]
    if path.endswith(".xlsx"):
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(path)
        data = book.get_sheet_by_index(0).to_python()
    else:
        with open(path, encoding="utf-8-sig", newline="") as f:
            data = list(csv.reader(f, delimiter=";"))
    parsed = time.perf_counter() - start
    connection = sqlite3.connect(db)
    columns = ", ".join(f"c{i}" for i in range(len(data[0])))
    connection.execute(f"CREATE TABLE rows ({columns})")
    marks = ", ".join("?" * len(data[0]))
    with connection:
        connection.executemany(f"INSERT INTO rows VALUES ({marks})", data[1:])
    connection.close()
    total = time.perf_counter() - start
    return {"parse": parsed, "total": total, "peak_mb": peak_mb()}


def full_import(path: str, db: str) -> dict[str, float]:
    from app.importing.commit import commit_in_transaction
    from app.importing.plan import ImportOptions
    from app.importing.preview import build_preview
    from app.store.database import open_database

    database = open_database(db, daily_backup=False)
    memory = MemoryWatch()
    stamps: list[float] = []

    def progress(_text: str, _done: int, _total: int) -> None:
        stamps.append(time.perf_counter())

    # The wizard runs the preview and the commit as two tasks, the user's look at the
    # preview between them: the gaps that count are those inside each, from its start
    # to its end (the transaction's COMMIT included).
    start = time.perf_counter()
    stamps.append(start)
    with database.sessions() as session:
        preview = build_preview(session, Path(path), ImportOptions(), progress=progress)
    previewed = time.perf_counter()
    gaps = [b - a for a, b in itertools.pairwise([*stamps, previewed])]
    stamps.clear()
    stamps.append(time.perf_counter())
    result = commit_in_transaction(database, preview, progress=progress)
    end = time.perf_counter()
    gaps += [b - a for a, b in itertools.pairwise([*stamps, end])]
    counts = preview.counts
    preview.close()  # its rows' temporary file (app.importing.plan_store)
    # The log is copied into the database file on a background thread after the COMMIT
    # (Database.transaction(large=True)); dispose waits for it. Not part of (b): the user
    # does not wait for it, but it is printed.
    database.dispose()
    checkpointed = time.perf_counter()
    peak, worker_mb = memory.stop()
    return {
        "preview": previewed - start,
        "commit": end - previewed,
        "total": end - start,
        "peak_mb": peak,
        "worker_mb": worker_mb,
        "max_gap": max(gaps),
        "checkpoint": checkpointed - end,
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "duplicates": counts["possible duplicate"],  # type: ignore[index]
        "errors": result.errors,
    }


def _files_of_any_size() -> None:
    """A 1,000,000-row CSV of this sheet is 286 MB, past the file size the import takes
    (sniff.MAX_FILE_BYTES): lifted for the memory cases, which measure the rows."""
    from app.importing import sniff

    sniff.MAX_FILE_BYTES = max(sniff.MAX_FILE_BYTES, 2 * 1024**3)


def dry_run(path: str, db: str) -> dict[str, float]:
    _files_of_any_size()
    from app.importing.plan import ImportOptions
    from app.importing.preview import build_preview
    from app.store.database import open_database

    database = open_database(db, daily_backup=False)
    memory = MemoryWatch()
    start = time.perf_counter()
    with database.sessions() as session:
        preview = build_preview(session, Path(path), ImportOptions())
    built = time.perf_counter()
    # What a dry run shows after: the summary, the problems, the first page of rows.
    preview.summary()
    problems = len(preview.problems)
    first_page = [plan.row for plan in itertools.islice(iter(preview.rows), 200)]
    shown = time.perf_counter()
    rows = len(preview.rows)
    preview.close()
    database.dispose()
    peak, worker_mb = memory.stop()
    return {
        "preview": built - start,
        "shown": shown - built,
        "total": shown - start,
        "peak_mb": peak,
        "worker_mb": worker_mb,
        "rows": rows,
        "problems": problems,
        "page": len(first_page),
    }


def import_any_size(path: str, db: str) -> dict[str, float]:
    _files_of_any_size()
    return full_import(path, db)


def memory_main(rows_wanted: Sequence[int]) -> int:
    ok = True
    summary: dict[str, Any] = {}
    for count in rows_wanted:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            start = time.perf_counter()
            csv_path = folder / "proveedores.csv"
            write_csv(csv_path, count)
            print(
                f"\n{count:,} rows: csv {csv_path.stat().st_size / 1e6:.1f} MB generated in "
                f"{time.perf_counter() - start:.1f} s"
            )
            dry = in_child(dry_run, csv_path, folder / "dry.sqlite3")
            full = in_child(import_any_size, csv_path, folder / "full.sqlite3")
            print(
                f"  dry run {dry['total']:.2f} s (preview {dry['preview']:.2f} s, summary, "
                f"{dry['problems']:.0f} problems and a page {dry['shown']:.2f} s); "
                f"peak {dry['peak_mb']:.0f} MB (cleaning worker {dry['worker_mb']:.0f})"
            )
            print(
                f"  import  {full['total']:.2f} s (preview {full['preview']:.2f} s + commit "
                f"{full['commit']:.2f} s); peak {full['peak_mb']:.0f} MB (cleaning worker "
                f"{full['worker_mb']:.0f}); longest gap "
                f"{full['max_gap']:.2f} s; created {full['created']:.0f}, updated "
                f"{full['updated']:.0f}, duplicates {full['duplicates']:.0f}"
            )
            met = dry["peak_mb"] < 500 and full["peak_mb"] < 500
            print(f"  peak under 500 MB: {'MET' if met else 'MISSED'}")
            ok = ok and met
            summary[str(count)] = {"dry_run": dry, "import": full}
    print("\n" + json.dumps(summary, default=str))
    return 0 if ok else 1


def write_csv(path: Path, count: int, chunk: int = 100_000) -> None:
    """The benchmark's CSV of `count` rows, written as make_rows makes them, without
    holding them all (make_rows' duplicates look back over the rows made so far: the
    rows are made in one pass, only the CSV text kept)."""
    rows = make_rows(count)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADERS)
        for start_at in range(0, len(rows), chunk):
            writer.writerows(rows[start_at : start_at + chunk])


def with_pandas(path: str, db: str) -> dict[str, float]:
    import pandas as pd  # type: ignore[import-untyped]

    start = time.perf_counter()
    if path.endswith(".xlsx"):
        frame = pd.read_excel(path)
    else:
        frame = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    connection = sqlite3.connect(db)
    frame.to_sql("rows", connection, index=False)
    connection.close()
    return {"total": time.perf_counter() - start, "peak_mb": peak_mb()}


def _child(fn: Callable[[str, str], dict[str, float]], path: str, db: str, out: Any) -> None:
    out.send(fn(path, db))


def in_child(fn: Callable[[str, str], dict[str, float]], path: Path, db: Path) -> dict[str, float]:
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(fn, str(path), str(db), send))
    process.start()
    result: dict[str, float] = receive.recv()
    process.join()
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--skip-pandas", action="store_true")
    parser.add_argument(
        "--memory",
        action="store_true",
        help="the CSV's dry run and import only, time and peak memory (issue 18)",
    )
    parser.add_argument(
        "--also-rows",
        type=int,
        action="append",
        default=[],
        help="with --memory: another row count to measure (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.memory:
        return memory_main([args.rows, *args.also_rows])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        rows = make_rows(args.rows)
        xlsx, csv_path = write_files(rows, folder)
        print(
            f"generated {args.rows:,} rows x {len(HEADERS)} columns in "
            f"{time.perf_counter() - start:.1f} s (xlsx {xlsx.stat().st_size / 1e6:.1f} MB, "
            f"csv {csv_path.stat().st_size / 1e6:.1f} MB)"
        )
        ok = True
        summary: dict[str, Any] = {}
        for path in (xlsx, csv_path):
            kind = path.suffix[1:]
            a = in_child(bare, path, folder / f"bare_{kind}.sqlite3")
            b = in_child(full_import, path, folder / f"full_{kind}.sqlite3")
            d = in_child(full_import, path, folder / f"full_{kind}.sqlite3")  # (d): again
            c = (
                None
                if args.skip_pandas
                else in_child(with_pandas, path, folder / f"pd_{kind}.sqlite3")
            )
            print(f"\n.{kind}")
            print(
                f"  (a) bare parse {a['parse']:.2f} s + executemany = {a['total']:.2f} s "
                f"(peak {a['peak_mb']:.0f} MB)"
            )
            print(
                f"  (b) full import {b['total']:.2f} s = preview {b['preview']:.2f} s + commit "
                f"{b['commit']:.2f} s; peak {b['peak_mb']:.0f} MB; longest gap between "
                f"progress reports {b['max_gap']:.2f} s; the background copy of the log into "
                f"the file ended {b['checkpoint']:.2f} s after the commit"
            )
            print(
                f"      created {b['created']:.0f}, updated {b['updated']:.0f}, unchanged "
                f"{b['unchanged']:.0f}, possible duplicates {b['duplicates']:.0f}, "
                f"errors {b['errors']:.0f}"
            )
            print(
                f"  (d) the same file again, into the database (b) filled: preview "
                f"{d['preview']:.2f} s + commit {d['commit']:.2f} s; peak {d['peak_mb']:.0f} MB; "
                f"longest gap {d['max_gap']:.2f} s; unchanged {d['unchanged']:.0f} (not a target)"
            )
            ratio = b["total"] / a["total"]
            line_ok = ratio < 2 and b["peak_mb"] < 500 and b["max_gap"] <= 0.5
            print(f"      (b)/(a) = {ratio:.2f} (target < 2)")
            if c is not None:
                speedup = c["total"] / b["total"]
                print(
                    f"  (c) pandas {c['total']:.2f} s (peak {c['peak_mb']:.0f} MB): "
                    f"(c)/(b) = {speedup:.1f}x (target >= 3)"
                )
                line_ok = line_ok and speedup >= 3
            print(f"  {'MET' if line_ok else 'MISSED'}")
            ok = ok and line_ok
            summary[kind] = {"bare": a, "full": b, "again": d, "pandas": c}
        print("\n" + json.dumps(summary, default=str))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
