"""Export benchmark: deal sheets (PDF, .xlsx) and a large supplier list (.xlsx, .csv).

    cd /work/main && .venv/bin/python -m tests.benchmarks.export_bench [--suppliers N]

Not a pytest test. Each figure is printed beside its target and beside a bare
counterpart measured in the same run (what the library alone costs for a document of
that size), so a slow machine shows as slow on both sides.

1. Deal sheet: a negotiation with 60 offers and 25 shipments, built through the
   services (add_offer, create_shipment) in a temporary SQLite file, then timed
   in-process: build_deal_sheet + render_pdf, build_deal_sheet + render_xlsx (data
   gathering included). The first (cold) run is shown apart: it registers the fonts.
   The PDF, in English and with Chinese labels, and its bare counterpart run PDF_RUNS
   times each: the median is shown, the fastest beside it. Bare counterparts: a
   reportlab platypus document of three pages (title, key-value table, 50-row table,
   line chart) and an openpyxl workbook with as many cells as the deal sheet's.
2. Supplier list: N suppliers (default 100,000) loaded with core_bench's generator
   through app.services.bulk, then export_named_list('suppliers') to .xlsx and .csv, each in a
   child process (its peak RSS is the export's, not the loader's). Bare counterparts,
   also in child processes: one SQL query for the same rows written by csv.writer /
   by the bare xlsx writer. Each export runs LIST_RUNS times: the fastest run is shown,
   with the highest peak memory.

--keep DIR keeps the supplier database (DIR/bulk.sqlite3, the name core_bench uses);
--reuse DIR exports from it without loading again.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Supplier, schema
from models.engine import ACTOR_KEY, create_database_engine
from tests.benchmarks.core_bench import Book, fresh_database, load_bulk

PDF_TARGET_S = 0.1
XLSX_DEAL_TARGET_S = 0.3
LIST_XLSX_TARGET_S = 4.0
LIST_XLSX_MEMORY_MB = 400.0
LIST_CSV_TARGET_S = 1.0

OFFERS = 60
SHIPMENTS = 25
REPEATS = 5
TODAY = date(2026, 6, 1)


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux keeps ru_maxrss across exec (a child
    would report its parent's peak), so read the high-water mark of this image there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass
class Line:
    name: str
    seconds: float
    target: float | None = None
    bare: float | None = None
    note: str = ""
    unit: str = "s"

    def ok(self) -> bool:
        return self.target is None or self.seconds < self.target

    def show(self) -> str:
        u = self.unit
        target = f"< {self.target:g} {u}" if self.target is not None else ""
        bare = f"{self.bare:8.3f} {u:<2}" if self.bare is not None else " " * 11
        mark = verdict(self.ok()) if self.target is not None else ""
        measured = f"{self.seconds:8.3f} {u:<2}"
        return f"  {self.name:<34} {measured} {bare}  {target:<10} {mark:<7}{self.note}"


def header() -> str:
    return f"  {'':<34} {'measured':>11} {'bare':>11}  {'target':<10} verdict"


def timed(action: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    """(first run, median of the next `repeats`) in seconds."""
    start = time.perf_counter()
    action()
    first = time.perf_counter() - start
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return first, statistics.median(runs)


# --- 1. deal sheet ------------------------------------------------------------------------


def build_negotiation(session: Session) -> int:
    """A demo book plus one deal with OFFERS rounds and SHIPMENTS shipments."""
    from app.services.demo import load_demo
    from app.services.negotiations import add_offer, create_negotiation
    from app.services.shipments import create_shipment

    load_demo(session, today=TODAY)
    supplier = (
        session.scalars(
            select(Supplier).where(Supplier.name.like("Frut%")).order_by(Supplier.id)
        ).first()
        or session.scalars(select(Supplier).order_by(Supplier.id)).first()
    )
    assert supplier is not None
    negotiation = create_negotiation(
        session,
        supplier.id,
        {
            "title": "Cereza Lapins – temporada 2026/2027, contrato marco con entregas semanales",
            "stage": "negotiating",
            "grade": "XL 26-28 mm",
            "target_volume": "240000",
            "volume_unit": "kg",
            "currency": "USD",
            "target_price": "6.40",
            "price_unit": "kg",
            "incoterm": "CIF",
            "incoterm_place": "Shanghai",
            "origin_port": "San Antonio",
            "destination_port": "Shanghai",
            "payment_terms": "30% anticipo, 70% contra BL",
            "delivery_start": "2026-11-15",
            "delivery_end": "2027-02-15",
            "owner": "li.wei",
            "expected_close": "2026-07-15",
            "notes": "Visitado en Fruit Logistica; pide anticipo 30%.",
        },
        product_name="Cereza Lapins",
    )
    day = TODAY - timedelta(days=OFFERS * 2)
    theirs, ours = Decimal("8.90"), Decimal("5.10")
    for k in range(OFFERS):
        supplier_side = k % 2 == 0
        add_offer(
            session,
            negotiation.id,
            {
                "side": "supplier" if supplier_side else "buyer",
                "offered_on": day.isoformat(),
                "price": str(theirs if supplier_side else ours),
                "volume": str(20000 + 1000 * (k % 7)),
                "volume_unit": "kg",
                "valid_until": (day + timedelta(days=14)).isoformat(),
                "notes": "precio CIF, pallet incluido" if k % 5 == 0 else "",
            },
        )
        if supplier_side:
            theirs -= Decimal("0.05")
        else:
            ours += Decimal("0.04")
        day += timedelta(days=2)
    for k in range(SHIPMENTS):
        etd = TODAY - timedelta(days=200) + timedelta(days=7 * k)
        create_shipment(
            session,
            negotiation.id,
            {
                "reference": f"SH-BENCH-{k:03d}",
                "mode": "sea",
                "status": "planned",
                "carrier": "Maersk",
                "vessel": f"Maersk Sentosa {k}",
                "etd": etd.isoformat(),
                "eta": (etd + timedelta(days=32)).isoformat(),
            },
        )
    session.flush()
    return negotiation.id


def bare_pdf(path: Path) -> None:
    """Three pages with reportlab platypus: title, key-value table, 50-row table, chart."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    )
    pairs = Table([[f"Key {i}", f"Value number {i}"] for i in range(14)], style=style)
    rows = Table(
        [["Date", "Side", "Price", "Change", "Volume", "Incoterm"]]
        + [[f"2026-01-{i % 28 + 1:02d}", "Supplier", f"{5 + i / 10:.2f}", "-0.05", "20,000", "FOB"]
            for i in range(50)],
        repeatRows=1,
        style=style,
    )  # fmt: skip
    drawing = Drawing(480, 200)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 20, 420, 160
    plot.data = [[(i, 8 - i / 20) for i in range(30)], [(i, 5 + i / 25) for i in range(30)]]
    drawing.add(plot)
    story = [Paragraph("Deal sheet", styles["Title"]), pairs, PageBreak(), rows, PageBreak()]
    story.append(drawing)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def bare_xlsx(path: Path, cells: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    width = 10
    for r in range(cells // width + 1):
        sheet.append([r * width + c for c in range(min(width, cells - r * width))])
    book.save(path)


def count_cells(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path)
    return sum(
        1 for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None
    )


PDF_RUNS = 20
"""Warm runs of each deal sheet PDF: few enough to take a second, enough for a median."""


def warm_runs(action: Callable[[], object], runs: int = PDF_RUNS) -> tuple[float, float, float]:
    """(first run, fastest and median of the next `runs`) in seconds."""
    start = time.perf_counter()
    action()
    first = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return first, min(times), statistics.median(times)


def bench_deal_sheet(folder: Path) -> list[Line]:
    from app.exporting import pdf_deal_sheet, xlsx_deal_sheet
    from app.exporting.deal_sheet import build_deal_sheet
    from app.exporting.labels import Language

    _, engine = fresh_database(folder, "deal.sqlite3")
    with Session(engine, info={ACTOR_KEY: "bench"}) as session, session.begin():
        negotiation_id = build_negotiation(session)
    pdf, pdf_zh, xlsx = folder / "deal.pdf", folder / "deal-zh.pdf", folder / "deal.xlsx"

    def sheet(session: Session, lang: Language = "en") -> Any:
        return build_deal_sheet(
            session,
            negotiation_id,
            today=TODAY,
            prepared_by="Ana",
            company_name="Bench Foods",
            lang=lang,
            audience="internal",  # the fuller sheet: every note, follow-up, landed cost
        )

    with Session(engine) as session:

        def to_pdf() -> None:
            session.expire_all()  # gather the data again each time
            pdf_deal_sheet.render_pdf(sheet(session), pdf)

        def to_pdf_zh() -> None:
            session.expire_all()
            pdf_deal_sheet.render_pdf(sheet(session, "zh"), pdf_zh)

        def to_xlsx() -> None:
            session.expire_all()
            xlsx_deal_sheet.render_xlsx(sheet(session), xlsx)

        def gather() -> None:
            session.expire_all()
            sheet(session)

        pdf_cold, pdf_fastest, pdf_warm = warm_runs(to_pdf)
        pdf_zh_cold, pdf_zh_fastest, pdf_zh_warm = warm_runs(to_pdf_zh)
        xlsx_cold, xlsx_warm = timed(to_xlsx)
        _, gathering = timed(gather)
    engine.dispose()
    _, bare_fastest, bare_pdf_s = warm_runs(lambda: bare_pdf(folder / "bare.pdf"))
    cells = count_cells(xlsx)
    _, bare_xlsx_s = timed(lambda: bare_xlsx(folder / "bare.xlsx", cells))

    def note(fastest: float, path: Path) -> str:
        runs = f"median of {PDF_RUNS}, fastest {fastest:.3f} s (bare {bare_fastest:.3f})"
        return f"{_pdf_pages(path)} pages; {runs}"

    return [
        Line("deal sheet: data gathering", gathering),
        Line("deal sheet PDF (warm)", pdf_warm, PDF_TARGET_S, bare_pdf_s, note(pdf_fastest, pdf)),
        Line("deal sheet PDF (cold, first run)", pdf_cold),
        Line(
            "deal sheet PDF, Chinese (warm)",
            pdf_zh_warm,
            PDF_TARGET_S,
            bare_pdf_s,
            note(pdf_zh_fastest, pdf_zh),
        ),
        Line("deal sheet PDF, Chinese (cold)", pdf_zh_cold),
        Line(
            "deal sheet .xlsx (warm)", xlsx_warm, XLSX_DEAL_TARGET_S, bare_xlsx_s, f"{cells} cells"
        ),
        Line("deal sheet .xlsx (cold, first run)", xlsx_cold),
    ]


def _pdf_pages(path: Path) -> int | str:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a test dependency
        return "?"
    return len(PdfReader(path).pages)


# --- 2. supplier list (child processes) ---------------------------------------------------

SUPPLIER_SQL = """
SELECT name, archived_at, country, city, status, tax_id, updated_at FROM suppliers
WHERE archived_at IS NULL ORDER BY name_key, id
"""


def child(mode: str, database: Path, target: Path) -> dict[str, Any]:
    """Runs in a child process: one export, timed; returns seconds, rows and peak RSS."""
    import sqlite3

    from app.exporting.list_files import export_named_list

    rss_before = peak_rss_mb()
    start = time.perf_counter()
    if mode == "app":
        engine = create_database_engine(database)
        with Session(engine) as session:
            rows = export_named_list(session, "suppliers", target).rows
        engine.dispose()
    else:
        connection = sqlite3.connect(database)
        cursor = connection.execute(SUPPLIER_SQL)
        if mode == "bare-csv":
            rows = 0
            with target.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(["Name", "Country", "City", "Status", "Tax id", "Updated"])
                for r in cursor:
                    writer.writerow((r[0], r[2], r[3], r[4], r[5], r[6]))
                    rows += 1
        elif mode == "bare-xlsx":
            from datetime import datetime

            from rustpy_xlsxwriter import write_worksheet

            counter = [0]

            def records() -> Any:
                parse = datetime.fromisoformat
                for r in cursor:
                    counter[0] += 1
                    yield {
                        "Name": r[0],
                        "Country": r[2],
                        "City": r[3],
                        "Status": r[4],
                        "Tax id": r[5],
                        "Updated": parse(r[6]),
                    }

            write_worksheet(records(), str(target), sheet_name="Suppliers")
            rows = counter[0]
        else:
            raise SystemExit(f"unknown mode {mode}")
        connection.close()
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "rows": rows,
        "peak_mb": peak_rss_mb(),
        "before_mb": rss_before,
        "bytes": target.stat().st_size,
    }


def run_child(mode: str, database: Path, target: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.benchmarks.export_bench"]
    command += ["--child", mode, str(database), str(target)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child {mode} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def build_suppliers(folder: Path, count: int) -> Path:
    for old in folder.glob("bulk.sqlite3*"):
        old.unlink()
    path, engine = fresh_database(folder, "bulk.sqlite3")
    start = time.perf_counter()
    loaded = load_bulk(engine, Book(count))
    engine.dispose()
    print(
        f"  loaded {loaded.counts['suppliers']:,} suppliers in {time.perf_counter() - start:.1f} s"
        f" (not timed below)"
    )
    return path


LIST_RUNS = 3
"""Child processes per export: the fastest is shown (a shared machine's noise is slower,
never faster), with the highest peak memory."""


def best_child(mode: str, database: Path, target: Path, runs: int = LIST_RUNS) -> dict[str, Any]:
    results = [run_child(mode, database, target) for _ in range(runs)]
    best = min(results, key=lambda r: float(r["seconds"]))
    return {**best, "peak_mb": max(float(r["peak_mb"]) for r in results)}


def bench_supplier_list(database: Path, folder: Path) -> list[Line]:
    lines = []
    xlsx = best_child("app", database, folder / "suppliers.xlsx")
    bare_x = best_child("bare-xlsx", database, folder / "bare.xlsx")
    csv_ = best_child("app", database, folder / "suppliers.csv")
    bare_c = best_child("bare-csv", database, folder / "bare.csv")
    rows = f"{xlsx['rows']:,} rows; fastest of {LIST_RUNS}"
    lines.append(
        Line("supplier list .xlsx", xlsx["seconds"], LIST_XLSX_TARGET_S, bare_x["seconds"], rows)
    )
    memory = Line(
        "supplier list .xlsx peak RSS",
        xlsx["peak_mb"],
        LIST_XLSX_MEMORY_MB,
        bare_x["peak_mb"],
        f"{xlsx['before_mb']:.0f} MB after imports",
        unit="MB",
    )
    lines.append(memory)
    lines.append(
        Line("supplier list .csv", csv_["seconds"], LIST_CSV_TARGET_S, bare_c["seconds"], rows)
    )
    lines.append(
        Line("supplier list .csv peak RSS", csv_["peak_mb"], bare=bare_c["peak_mb"], unit="MB")
    )
    if xlsx["rows"] != bare_x["rows"] or csv_["rows"] != bare_c["rows"]:
        print(f"  ROW COUNTS DIFFER: {xlsx['rows']} / {bare_x['rows']} / {csv_['rows']}")
    return lines


# --- main ---------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--child"]:
        _, mode, database, target = args_list
        print(json.dumps(child(mode, Path(database), Path(target))))
        return 0
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--suppliers", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the supplier database here and keep it")
    parser.add_argument("--reuse", type=Path, help="export from DIR/bulk.sqlite3 (from --keep)")
    parser.add_argument("--skip-deal-sheet", action="store_true")
    parser.add_argument("--skip-list", action="store_true")
    args = parser.parse_args(args_list)
    lines: list[Line] = []
    with tempfile.TemporaryDirectory(prefix="supplier-desk-export-bench-") as tmp:
        folder = Path(tmp)
        print(f"Supplier Desk export benchmark (Python {sys.version.split()[0]})")
        if not args.skip_deal_sheet:
            print(f"  deal sheet: {OFFERS} offers, {SHIPMENTS} shipments; median of {REPEATS}")
            lines += bench_deal_sheet(folder)
        if not args.skip_list:
            if args.reuse:
                database = args.reuse / "bulk.sqlite3"
                engine = create_database_engine(database)
                schema.upgrade(engine)
                engine.dispose()
                print(f"  supplier list from {database}")
            else:
                keep = args.keep or folder
                keep.mkdir(parents=True, exist_ok=True)
                database = build_suppliers(keep, args.suppliers)
            lines += bench_supplier_list(database, folder)
    print()
    print(header())
    for line in lines:
        print(line.show())
    ok = all(line.ok() for line in lines)
    print(f"\nALL TARGETS {'MET' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
