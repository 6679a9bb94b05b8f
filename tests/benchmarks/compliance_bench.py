"""Compliance benchmark: the Home card's counts, the Suppliers list's marker and the
expiring list over 100,000 suppliers holding 300,000 registrations and certificates
(issue 16, performance).

    cd /work/main && .venv/bin/python -m tests.benchmarks.compliance_bench [--url URL]

Not a pytest test. In a fresh SQLite file (and, with --url, in the empty PostgreSQL
database it names: its tables are made and dropped again), it bulk-inserts the suppliers
(2% archived) and three rows each on average (kinds mixed, valid until from two years
ago to three years ahead, 2% with a status set by hand, a tenth covering a product), then
times, each in a session of its own, median of RUNS runs after two warm-ups:
- app.queries.compliance.compliance_counts (expired, suspended, due in 30/60/90 days);
- app.queries.compliance.suppliers_with_problems (within 90 days), every supplier and
  among a page of 200 ids (what the Suppliers list's marker asks);
- app.queries.compliance.compliance_rows(expiring_days=90) as a page of 200 rows (what
  a screen reads) and whole (what `compliance list --expiring 90 --limit 0`... reads).

Target: under 50 ms each for what a screen asks (the card's counts, a page's markers, a
page of the list). The whole problem set and the whole list are printed for information:
they return tens of thousands of ids and rows, and cost what carrying those costs.

The counts read ranges of the index ix_supplier_certifications_state (revision 0012);
--explain prints PostgreSQL's plan of them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from app.queries.compliance import compliance_counts, compliance_rows, suppliers_with_problems
from app.store.database import Database, open_database
from models import Certification, Product, Supplier, SupplierCertification
from models.engine import ACTOR_KEY
from models.enums import ComplianceStatus, SiteKind
from models.supplier import certification_products
from models.types import utcnow

TARGET_MS = 50.0
RUNS = 15
TODAY = date(2026, 12, 7)
BATCH = 20_000
PAGE = range(1_001, 100_000, 500)
"""200 supplier ids spread over the table: a Suppliers list page asking for its markers."""


def _suppliers(count: int) -> Iterator[dict[str, Any]]:
    rng = Random(16)
    now = utcnow()
    for n in range(count):
        name = f"Proveedor {n:06d} SpA"
        yield {
            "name": name,
            "name_key": name.lower(),
            "search_text": name.lower(),
            "country": rng.choice(("CL", "MX", "PE", "AR", "BR", "CO")),
            "status": "active",
            "archived_at": now if rng.random() < 0.02 else None,
        }


def _rows(supplier_ids: list[int], count: int) -> Iterator[dict[str, Any]]:
    rng = Random(17)
    kinds = list(Certification)
    by_hand = [ComplianceStatus.SUSPENDED, ComplianceStatus.PENDING, ComplianceStatus.EXPIRED]
    for n in range(count):
        until = TODAY + timedelta(days=rng.randint(-730, 1095))
        yield {
            "supplier_id": supplier_ids[n % len(supplier_ids)],
            "kind": rng.choice(kinds),
            "reference": f"REG{n:09d}",
            "site_name": f"Planta {n % 7}" if rng.random() < 0.5 else None,
            "site_kind": rng.choice(list(SiteKind)) if rng.random() < 0.5 else None,
            "issued_on": until - timedelta(days=rng.choice((365, 730, 1095))),
            "valid_until": until,
            "status": rng.choice(by_hand) if rng.random() < 0.02 else None,
        }


def load(database: Database, suppliers: int, rows: int) -> None:
    with database.transaction() as session:
        batch: list[dict[str, Any]] = []
        for row in _suppliers(suppliers):
            batch.append(row)
            if len(batch) == BATCH:
                session.execute(insert(Supplier), batch)
                batch.clear()
        if batch:
            session.execute(insert(Supplier), batch)
            batch.clear()
        ids = list(session.scalars(select(Supplier.id).order_by(Supplier.id)))
        product_ids = list(
            session.scalars(
                insert(Product).returning(Product.id),
                [{"name": f"Product {n}", "key": f"product {n}"} for n in range(50)],
            )
        )
        for row in _rows(ids, rows):
            batch.append(row)
            if len(batch) == BATCH:
                session.execute(insert(SupplierCertification), batch)
                batch.clear()
        if batch:
            session.execute(insert(SupplierCertification), batch)
        cert_ids = list(session.scalars(select(SupplierCertification.id)))
        rng = Random(18)
        links = [
            {"certification_id": cid, "product_id": rng.choice(product_ids)}
            for cid in cert_ids
            if rng.random() < 0.1
        ]
        session.execute(insert(certification_products), links)


def measure(database: Database, label: str, name: str, call: Callable[[Session], Any]) -> float:
    def once() -> Any:
        with Session(database.engine, info={ACTOR_KEY: "bench"}) as session:
            return call(session)

    for _ in range(2):
        once()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        result = once()
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    verdict = "ok" if median < TARGET_MS else "MISSED"
    shown = result if not isinstance(result, (list, set)) else f"{len(result):,} rows"
    print(
        f"  {label} {name}: median {median:.1f} ms (target < {TARGET_MS:.0f}: {verdict}), "
        f"fastest {min(times):.1f}, slowest {max(times):.1f}  -> {shown}"
    )
    return median


def explain(database: Database) -> None:
    """The plan of the counts' statement (PostgreSQL), to see which parts read the index."""
    from app.queries import compliance as queries

    with Session(database.engine, info={ACTOR_KEY: "bench"}) as session:
        captured: list[Any] = []
        real = session.execute

        def capture(statement: Any, *args: Any, **kwargs: Any) -> Any:
            captured.append(statement)
            return real(statement, *args, **kwargs)

        session.execute = capture  # type: ignore[method-assign]
        queries.compliance_counts(session, TODAY)
        compiled = captured[0].compile(
            dialect=database.engine.dialect, compile_kwargs={"literal_binds": True}
        )
        for (line,) in real(text(f"EXPLAIN (ANALYZE, BUFFERS) {compiled}")):
            print(f"    {line}")


def run(database: Database, label: str) -> list[float]:
    medians = [
        measure(database, label, "compliance_counts", lambda s: compliance_counts(s, TODAY)),
        measure(
            database,
            label,
            "suppliers_with_problems(90, among a page of 200 ids)",
            lambda s: suppliers_with_problems(s, TODAY, 90, among=PAGE),
        ),
        measure(
            database,
            label,
            "compliance_rows(expiring 90, page of 200)",
            lambda s: compliance_rows(s, today=TODAY, expiring_days=90, limit=200),
        ),
    ]
    measure(
        database,
        label,
        "suppliers_with_problems(90, every supplier; information only)",
        lambda s: suppliers_with_problems(s, TODAY, 90),
    )
    measure(
        database,
        label,
        "compliance_rows(expiring 90, every row; information only)",
        lambda s: compliance_rows(s, today=TODAY, expiring_days=90),
    )
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an empty PostgreSQL database to run on as well")
    parser.add_argument("--suppliers", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument(
        "--keep", metavar="FILE", help="SQLite file to load once and reuse on the next runs"
    )
    parser.add_argument("--explain", action="store_true", help="PostgreSQL: the counts' plan")
    args = parser.parse_args(argv)
    medians: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "compliance.sqlite3"
        fresh = not path.exists()
        database = open_database(str(path), daily_backup=False)
        if fresh:
            start = time.perf_counter()
            load(database, args.suppliers, args.rows)
            print(
                f"SQLite: {args.suppliers:,} suppliers, {args.rows:,} rows loaded in "
                f"{time.perf_counter() - start:.1f} s"
            )
        with database.engine.begin() as connection:  # statistics for the planner
            connection.exec_driver_sql("ANALYZE")
        medians += run(database, "SQLite")
        database.dispose()
    if args.url:
        database = open_database(args.url, daily_backup=False)
        try:
            start = time.perf_counter()
            load(database, args.suppliers, args.rows)
            with database.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            ) as connection:  # what autovacuum does soon after: index-only scans need it
                connection.exec_driver_sql("VACUUM ANALYZE")
            print(f"PostgreSQL: loaded in {time.perf_counter() - start:.1f} s")
            medians += run(database, "PostgreSQL")
            if args.explain:
                explain(database)
        finally:
            with database.engine.begin() as connection:  # leave the database empty again
                connection.exec_driver_sql("DROP SCHEMA public CASCADE")
                connection.exec_driver_sql("CREATE SCHEMA public")
            database.dispose()
    return 0 if all(m < TARGET_MS for m in medians) else 1


if __name__ == "__main__":
    sys.exit(main())
