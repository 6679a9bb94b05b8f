"""Pipeline benchmark: the pipeline total per stage in the reporting currency over 100,000
negotiations (issue 15, performance: under 300 ms).

    cd /work/main && .venv/bin/python -m tests.benchmarks.pipeline_bench \
        [--negotiations N] [--keep DIR | --reuse DIR] [--url POSTGRES_URL] [--currency CNY]

Not a pytest test. It seeds a fresh SQLite file in a temporary folder (or the PostgreSQL
database --url names, which must be empty) through app/services/bulk.py: N/4 suppliers
with four negotiations each over eleven products (ten packed, one with no packaging),
spread over every stage, in USD, CNY, BRL, MXN, EUR and GBP (GBP has no rate: counted
and named, never converted), priced and sized in kg, t, lb, box and container (a quarter
of them in units that need the product's packaging); and two years of daily rates for
USD->CNY/BRL/MXN and EUR->USD, with a week of rates dated after today (never used). Then
ANALYZE, as PostgreSQL's autovacuum would do soon after such a load (without statistics
its planner sorts 71,000 rows on disk instead of hashing them: twice as slow).

Then it times, median of 5 after one warm-up, each in a session of its own:
- pipeline_totals over the open stages in the reporting currency at today's rates (what
  the Home view shows),
- pipeline_totals over every stage (the pipeline report's totals),
- build_dashboard (the whole Home read),
with the statements each runs, and prints the figures beside the 300 ms target.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import Engine, event, func, insert, select, text
from sqlalchemy.orm import Session

from app.queries.dashboard import OPEN_STAGES, build_dashboard
from app.queries.pipeline_totals import PipelineTotals, not_converted_text, pipeline_totals
from app.services.bulk import (
    NegotiationRecord,
    SupplierRecord,
    bulk_insert_negotiations,
    bulk_insert_suppliers,
)
from app.services.products import create_product
from models import FxRate, Negotiation, NegotiationStage, Unit, schema
from models.engine import ACTOR_KEY, create_database_engine

TARGET_MS = 300.0
REPEATS = 5
CHUNK = 5000
TODAY = date.today()
HISTORY_DAYS = 730

PRODUCTS = (  # name, kg per box, kg per 40' container
    ("Hass avocado", "10", "20000"),
    ("Fresh cherries", "5", "19200"),
    ("Fresh blueberries", "1.5", "14000"),
    ("Red Globe table grapes", "8.2", "19680"),
    ("Kent mango", "4", "21000"),
    ("Frozen açaí pulp", "10", "26000"),
    ("Argentine red shrimp, frozen", "12", "24000"),
    ("Frozen hake fillets", "10", "25000"),
    ("Persian limes", "10", "20000"),
    ("Fresh plums", "5", "20000"),
    ("Dragon fruit", None, None),  # no packaging: its boxed deals have no value
)
COUNTRIES = ("MX", "CL", "PE", "AR", "BR", "CO")
CURRENCIES = ("USD", "USD", "USD", "CNY", "CNY", "BRL", "MXN", "EUR", "GBP")
USD_TO = {"USD": 1.0, "CNY": 7.1, "BRL": 5.4, "MXN": 18.2, "EUR": 0.92, "GBP": 0.79}
UNIT_PAIRS = (  # price unit, volume unit: three quarters need no packaging
    (Unit.KG, Unit.KG),
    (Unit.KG, Unit.KG),
    (Unit.KG, Unit.T),
    (Unit.KG, Unit.T),
    (Unit.BOX, Unit.BOX),
    (Unit.LB, Unit.KG),
    (Unit.BOX, Unit.CONTAINER),
    (Unit.KG, Unit.CONTAINER),
)
PER_KG = {Unit.KG: 1, Unit.T: 1000, Unit.LB: Decimal("0.4536"), Unit.BOX: 8, Unit.CONTAINER: 20000}
VOLUME = {
    Unit.KG: (5_000, 60_000),
    Unit.T: (5, 80),
    Unit.BOX: (500, 9_000),
    Unit.CONTAINER: (1, 12),
}
STAGES = list(NegotiationStage)


def suppliers(count: int) -> Iterator[SupplierRecord]:
    for i in range(count):
        yield SupplierRecord(name=f"Exportadora {i:06d} S.A.", country=COUNTRIES[i % 6])


def negotiations(
    rng: Random, supplier_ids: list[int], product_ids: list[int], count: int
) -> Iterator[NegotiationRecord]:
    for n in range(count):
        price_unit, volume_unit = rng.choice(UNIT_PAIRS)
        currency = rng.choice(CURRENCIES)
        usd_per_kg = Decimal(str(round(rng.uniform(1.5, 9.0), 2)))
        price = usd_per_kg * Decimal(str(PER_KG[price_unit])) * Decimal(str(USD_TO[currency]))
        low, high = VOLUME[volume_unit]
        yield NegotiationRecord(
            supplier_id=supplier_ids[n % len(supplier_ids)],
            product_id=rng.choice(product_ids),
            title=f"Season deal {n}",
            stage=rng.choice(STAGES),
            currency=currency,
            price_unit=price_unit,
            target_price=price.quantize(Decimal("0.01")),
            target_volume=Decimal(rng.randrange(low, high)),
            volume_unit=volume_unit,
        )


def rates(rng: Random) -> list[dict[str, Any]]:
    """Daily rates for two years up to a week after today (those never used today)."""
    rows = []
    for back in range(-7, HISTORY_DAYS):
        day = TODAY - timedelta(days=back)
        for pair, rate in ((("USD", "CNY"), 7.1), (("USD", "BRL"), 5.4),
                           (("USD", "MXN"), 18.2), (("EUR", "USD"), 1.09)):  # fmt: skip
            drift = 1 + rng.uniform(-0.03, 0.03)
            rows.append(
                {
                    "day": day,
                    "from_currency": pair[0],
                    "to_currency": pair[1],
                    "rate": Decimal(str(round(rate * drift, 4))),
                    "created_by": "bench",
                    "updated_by": "bench",
                }
            )
    return rows


def seed(engine: Engine, negotiation_count: int) -> dict[str, int]:
    rng = Random(15)
    with Session(engine, info={ACTOR_KEY: "bench"}) as session, session.begin():
        product_ids = []
        for name, box, c40 in PRODUCTS:
            values: dict[str, Any] = {"name": name}
            if box is not None:
                values |= {"kg_per_box": box, "kg_per_container_40": c40}
            product_ids.append(create_product(session, values).id)
        supplier_ids = bulk_insert_suppliers(
            session, suppliers(max(negotiation_count // 4, 1)), chunk_size=CHUNK
        )
        negotiation_ids = bulk_insert_negotiations(
            session,
            negotiations(rng, supplier_ids, product_ids, negotiation_count),
            chunk_size=CHUNK,
        )
        rate_rows = rates(rng)
        session.execute(insert(FxRate), rate_rows)
    with engine.begin() as connection:  # as autovacuum would soon after a bulk load
        connection.execute(text("ANALYZE"))
    return {
        "suppliers": len(supplier_ids),
        "negotiations": len(negotiation_ids),
        "rates": len(rate_rows),
    }


def counting(engine: Engine) -> Callable[[], int]:
    seen = [0]

    def counted(*_args: Any) -> None:
        seen[0] += 1

    event.listen(engine, "before_cursor_execute", counted)
    return lambda: seen[0]


@dataclass(frozen=True)
class Timing:
    wall: list[float]
    cpu: list[float]
    """This process's CPU time (SQLite works inside it; a PostgreSQL server's is not here)."""
    statements: int
    result: object

    def line(self, name: str, *, target: bool) -> str:
        median = statistics.median(self.wall)
        text = (
            f"{name:34s} {median:7.1f} ms median of {REPEATS} "
            f"(min {min(self.wall):.1f}, max {max(self.wall):.1f}; "
            f"CPU {statistics.median(self.cpu):.1f} ms; {self.statements} statements)"
        )
        if target:
            verdict = "OK" if median < TARGET_MS else "MISSED"
            text += f" target < {TARGET_MS:.0f} ms: {verdict}"
        return text


def timed(
    engine: Engine, statements: Callable[[], int], action: Callable[[Session], object]
) -> Timing:
    wall: list[float] = []
    cpu: list[float] = []
    result: object = None
    before = statements()
    for attempt in range(REPEATS + 1):
        with Session(engine) as session:
            start, start_cpu = time.perf_counter(), time.process_time()
            result = action(session)
            elapsed = (time.perf_counter() - start) * 1000
            elapsed_cpu = (time.process_time() - start_cpu) * 1000
        if attempt:  # the first run warms the caches
            wall.append(elapsed)
            cpu.append(elapsed_cpu)
    per_run = (statements() - before) // (REPEATS + 1)
    return Timing(wall, cpu, per_run, result)


def describe(totals: PipelineTotals) -> None:
    for stage in totals.stages:
        left_out = [
            not_converted_text(c, n, totals.currency) for c, n in stage.not_converted.items()
        ]
        if stage.missing_packaging:
            left_out.append(f"{len(stage.missing_packaging)} product(s) without packaging")
        figure = (
            f"{totals.currency} {stage.total:>18,.2f}" if stage.counted else "outside the totals"
        )
        print(f"  {stage.stage.value:12s} {stage.count:7,} deals  {figure}  {'; '.join(left_out)}")
    print(f"  total        {totals.deals:7,} deals  {totals.currency} {totals.total:>18,.2f}")
    rates = ", ".join(f"{'->'.join(q.path)} {q.rate:.5g} ({q.rate_date})" for q in totals.rates)
    print(f"  rates of {totals.on}: {rates}")


def measure(engine: Engine, currency: str) -> None:
    statements = counting(engine)
    with Session(engine) as session:
        deals = session.scalar(select(func.count()).select_from(Negotiation)) or 0
        rate_rows = session.scalar(select(func.count()).select_from(FxRate)) or 0
    print(f"negotiations: {deals:,}, rates: {rate_rows:,}; reporting currency {currency}")
    home = timed(
        engine,
        statements,
        lambda s: pipeline_totals(s, OPEN_STAGES, currency=currency, on=TODAY),
    )
    every = timed(
        engine,
        statements,
        lambda s: pipeline_totals(s, list(NegotiationStage), currency=currency, on=TODAY),
    )
    board = timed(engine, statements, lambda s: build_dashboard(s, TODAY, currency))
    print(home.line("pipeline total, open stages (Home)", target=True))
    print(every.line("pipeline total, every stage", target=True))
    print(board.line("build_dashboard (all of Home)", target=False))
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs while timing)")
    result = every.result
    assert isinstance(result, PipelineTotals)
    describe(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--negotiations", type=int, default=100_000)
    parser.add_argument("--currency", default="CNY", help="the reporting currency")
    parser.add_argument("--keep", type=Path, help="seed into DIR/pipeline.sqlite3 and keep it")
    parser.add_argument("--reuse", type=Path, help="time DIR/pipeline.sqlite3 without seeding")
    parser.add_argument("--url", help="an empty PostgreSQL database to seed and time instead")
    args = parser.parse_args(argv)
    if args.url:
        engine = create_database_engine(args.url)
        schema.upgrade(engine)
        print(f"PostgreSQL: {engine.url.render_as_string(hide_password=True)}")
        fresh = not args.reuse
    else:
        folder = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
        path = Path(folder) / "pipeline.sqlite3"
        fresh = not args.reuse
        if fresh and path.exists():
            sys.exit(f"{path} exists: remove it, or time it with --reuse {folder}")
        engine = create_database_engine(str(path))
        schema.upgrade(engine)
        print(f"SQLite: {path}")
    if fresh:
        start = time.perf_counter()
        counts = seed(engine, args.negotiations)
        print(
            f"seeded {counts['suppliers']:,} suppliers, {counts['negotiations']:,} negotiations, "
            f"{counts['rates']:,} rates in {time.perf_counter() - start:.0f} s"
        )
    measure(engine, args.currency.upper())
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
