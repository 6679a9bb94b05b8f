"""Landed-cost benchmark: one negotiation's offers landed in China (issue 15 point 6).

    cd /work/main && .venv/bin/python -m tests.benchmarks.landed_bench [--url URL]

Not a pytest test. In a fresh SQLite file (and, with --url, in the empty PostgreSQL
database it names: its tables are made and dropped again), it loads exchange rates in
the ECB's historical shape (EUR against 30 currencies for 6,000 days: 180,000 rows),
1,000 freight routes with two charges each and 40 port charges, 1,000 tariff rows, and
one Mexican avocado deal with 10 offers in USD, CNY and MXN, per kg and per box, FOB,
CFR and CIF over two months. Then it times app.queries.landed_costs.negotiation_landed
(the offer table's landed column, the CLI's --landed): each run in a session of its own,
median of RUNS runs after two warm-ups, and counts the statements one call sends.

Target: under 5 ms. The figures printed: median, fastest and slowest wall time, the
median CPU time of this process, and the statements one call sends.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import Engine, event, insert
from sqlalchemy.orm import Session

from app.queries.landed_costs import LandedSettings, negotiation_landed
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import find_product, update_product
from app.services.suppliers import create_supplier
from app.store.database import Database, open_database
from models import FreightCharge, FreightRoute, FxRate, Tariff
from models.engine import ACTOR_KEY

TARGET_MS = 5.0
RUNS = 20
LAST_DAY = date(2026, 12, 1)
ECB_CURRENCIES = [
    *("USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF", "ISK"),
    *("NOK", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN"),
    *("MYR", "NZD", "PHP", "SGD", "THB", "ZAR"),
]
ORIGIN_PORTS = [
    *("Manzanillo", "Lázaro Cárdenas", "Veracruz", "Altamira", "Ensenada", "San Antonio"),
    *("Valparaíso", "Coquimbo", "Callao", "Paita", "Santos", "Paranaguá", "Itajaí"),
    *("Rio Grande", "Pecém", "Salvador", "Suape", "Buenos Aires", "Puerto Madryn"),
    *("Ushuaia", "Montevideo", "Guayaquil", "Cartagena", "Buenaventura", "Barranquilla"),
    *("Puerto Cortés", "Puerto Quetzal", "Corinto", "Caldera", "Balboa", "Colón"),
    *("Kingston", "Houston", "Long Beach", "Oakland", "Seattle", "Vancouver", "Mazatlán"),
]
CHINESE_PORTS = [
    *("Shanghai", "Ningbo", "Shenzhen", "Guangzhou", "Qingdao", "Tianjin", "Xiamen"),
    *("Dalian", "Hong Kong", "Fuzhou", "Nansha", "Yantian", "Shekou", "Lianyungang"),
    *("Zhanjiang", "Haikou", "Beijing", "Chengdu", "Chongqing", "Wuhan"),
]
ORIGINS = [
    *("MX", "CL", "PE", "BR", "AR", "UY", "EC", "CO", "HN", "GT"),
    *("NI", "CR", "PA", "JM", "US", "CA", "NZ", "AU", "ZA", "ES"),
]


def _rates(days: int) -> Iterator[dict[str, Any]]:
    rng = Random(15)
    base = {c: Decimal(rng.uniform(0.5, 150)).quantize(Decimal("0.0001")) for c in ECB_CURRENCIES}
    base["USD"], base["CNY"], base["MXN"] = Decimal("1.08"), Decimal("7.70"), Decimal("19.5")
    for n in range(days):
        day = LAST_DAY - timedelta(days=n)
        for currency in ECB_CURRENCIES:
            drift = Decimal(1 + (n % 97) / 10_000)
            yield {
                "day": day,
                "from_currency": "EUR",
                "to_currency": currency,
                "rate": (base[currency] * drift).quantize(Decimal("0.000001")),
                "source": "ecb",
            }


def _routes(count: int) -> list[dict[str, Any]]:
    rng = Random(16)
    routes = [
        {
            "origin_port": "Manzanillo",
            "destination_port": "Shanghai",
            "mode": "sea",
            "cost": Decimal("8000"),
            "currency": "USD",
            "per": "container",
            "payload_kg": Decimal("20000"),
            "insurance_rate": Decimal("0.3"),
            "cover": Decimal("110"),
            "valid_from": date(2020, 1, 1),
        }
    ]
    while len(routes) < count:
        sea = rng.random() < 0.8
        routes.append(
            {
                "origin_port": rng.choice(ORIGIN_PORTS),
                "destination_port": rng.choice(CHINESE_PORTS),
                "mode": "sea" if sea else "air",
                "cost": Decimal(rng.randint(3000, 12000) if sea else rng.randint(3, 9)),
                "currency": rng.choice(("USD", "USD", "EUR", "CNY")),
                "per": "container" if sea else "kg",
                "payload_kg": Decimal("20000") if sea else None,
                "insurance_rate": Decimal("0.3"),
                "cover": Decimal("110"),
                "valid_from": date(2020, 1, 1) + timedelta(days=rng.randint(0, 2000)),
            }
        )
    return routes


def _charges(route_ids: list[int]) -> list[dict[str, Any]]:
    rng = Random(17)
    rows: list[dict[str, Any]] = []
    for route_id in route_ids:
        rows.append(
            {"route_id": route_id, "port": None, "side": "origin", "kind": "terminal_handling",
             "amount": Decimal(rng.randint(150, 400)), "currency": "USD", "per": "container"}
        )  # fmt: skip
        rows.append(
            {"route_id": route_id, "port": None, "side": "destination", "kind": "port",
             "amount": Decimal(rng.randint(800, 2000)), "currency": "CNY", "per": "container"}
        )  # fmt: skip
    for port in CHINESE_PORTS:
        for kind in ("import_clearance", "inspection"):
            rows.append(
                {"route_id": None, "port": port, "side": "destination", "kind": kind,
                 "amount": Decimal(rng.randint(300, 900)), "currency": "CNY", "per": "shipment"}
            )  # fmt: skip
    return rows


def _tariffs(count: int) -> list[dict[str, Any]]:
    rng = Random(18)
    rows = [
        {"hs_code": "080440", "origin": "MX", "duty_rate": Decimal("7"), "scheme": "provisional",
         "vat_rate": Decimal("9"), "valid_from": date(2020, 1, 1), "valid_until": None}
    ]  # fmt: skip
    seen = {("080440", "MX")}
    while len(rows) < count:
        code = f"{rng.randint(100000, 999999)}{rng.choice(['', '00', '0010'])}"
        origin = rng.choice(ORIGINS)
        if (code, origin) in seen:
            continue
        seen.add((code, origin))
        rows.append(
            {"hs_code": code, "origin": origin, "duty_rate": Decimal(rng.choice((0, 5, 10, 15))),
             "scheme": rng.choice(("mfn", "fta", "provisional")), "vat_rate": Decimal("9"),
             "valid_from": date(2020, 1, 1), "valid_until": None}
        )  # fmt: skip
    return rows


OFFERS = (
    ("supplier", "6.40", "USD", "kg", "FOB Manzanillo"),
    ("buyer", "5.60", "USD", "kg", "FOB Manzanillo"),
    ("supplier", "61.0", "USD", "box", "FOB Manzanillo"),
    ("buyer", "40.00", "CNY", "kg", "CFR Shanghai"),
    ("supplier", "122.0", "MXN", "kg", "FOB Manzanillo"),
    ("buyer", "41.50", "CNY", "kg", "CIF Shanghai"),
    ("supplier", "6.10", "USD", "kg", "CFR Shanghai"),
    ("buyer", "5.80", "USD", "kg", "CFR Shanghai"),
    ("supplier", "6.00", "USD", "kg", "FOB Manzanillo"),
    ("buyer", "420", "CNY", "box", "CIF Shanghai"),
)


def load(database: Database, days: int, routes: int, tariffs: int) -> int:
    """Everything the benchmark reads; the deal's id."""
    with database.transaction() as session:
        batch: list[dict[str, Any]] = []
        for row in _rates(days):
            batch.append(row)
            if len(batch) == 10_000:
                session.execute(insert(FxRate), batch)
                batch.clear()
        if batch:
            session.execute(insert(FxRate), batch)
        ids = session.scalars(
            insert(FreightRoute).returning(FreightRoute.id), _routes(routes)
        ).all()
        session.execute(insert(FreightCharge), _charges(list(ids)))
        session.execute(insert(Tariff), _tariffs(tariffs))
        supplier = create_supplier(session, {"name": "Aguacates del Valle", "country": "MX"})
        deal = create_negotiation(
            session,
            supplier.id,
            {
                "currency": "USD",
                "incoterm": "FOB Manzanillo",
                "origin_port": "Manzanillo, MX",
                "destination_port": "Shanghai (Yangshan)",
            },
            product_name="Hass avocado",
        )
        product = find_product(session, "Hass avocado")
        assert product is not None
        update_product(
            session,
            product.id,
            {"hs_code": "0804.40", "kg_per_box": "10", "kg_per_container_40": "20000"},
        )
        for n, (side, price, currency, unit, term) in enumerate(OFFERS):
            add_offer(
                session,
                deal.id,
                {
                    "side": side,
                    "price": price,
                    "currency": currency,
                    "price_unit": unit,
                    "incoterm": term,
                    "offered_on": (LAST_DAY - timedelta(days=60 - 6 * n)).isoformat(),
                },
            )
        return deal.id


@contextmanager
def counted(engine: Engine) -> Iterator[list[tuple[str, list[int]]]]:
    """The statements sent inside the block, each with a slot its row count goes in."""
    sent: list[tuple[str, list[int]]] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append((" ".join(statement.split())[:90], []))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", before)


def measure(database: Database, deal_id: int, label: str) -> float:
    engine = database.engine
    settings = LandedSettings()

    def once() -> list[Any]:
        with Session(engine, info={ACTOR_KEY: "bench"}) as session:
            return negotiation_landed(session, deal_id, settings)

    for _ in range(2):
        once()
    times, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        once()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    with counted(engine) as sent:
        result = once()
    median = statistics.median(times)
    verdict = "ok" if median < TARGET_MS else "MISSED"
    print(f"\n{label}: negotiation_landed over {len(result)} offers")
    print(
        f"  median {median:.2f} ms (target < {TARGET_MS:.0f} ms: {verdict}), "
        f"fastest {min(times):.2f} ms, slowest {max(times):.2f} ms, {RUNS} runs"
    )
    print(
        f"  this process's CPU: median {statistics.median(cpu):.2f} ms (the rest of the wall "
        "time is the database server, or waiting for a core on a busy machine)"
    )
    print(f"  statements: {len(sent)}")
    for text, _slot in sent:
        print(f"    {text}")
    shown = [o.landed.shown or f"missing: {o.landed.missing[0]}" for o in result]
    print(f"  landed CNY/kg: {', '.join(shown)}")
    return median


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--url", help="an empty PostgreSQL database to run on as well (emptied again after)"
    )
    parser.add_argument("--days", type=int, default=6000)
    parser.add_argument("--routes", type=int, default=1000)
    parser.add_argument("--tariffs", type=int, default=1000)
    args = parser.parse_args(argv)
    medians = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "landed.sqlite3"
        database = open_database(str(path), daily_backup=False)
        start = time.perf_counter()
        deal_id = load(database, args.days, args.routes, args.tariffs)
        rates = args.days * len(ECB_CURRENCIES)
        print(
            f"SQLite: {rates:,} rates, {args.routes:,} routes, {args.tariffs:,} tariff rows "
            f"loaded in {time.perf_counter() - start:.1f} s"
        )
        medians.append(measure(database, deal_id, "SQLite file"))
        database.dispose()
    if args.url:
        database = open_database(args.url, daily_backup=False)
        try:
            deal_id = load(database, args.days, args.routes, args.tariffs)
            medians.append(measure(database, deal_id, "PostgreSQL"))
        finally:
            with database.engine.begin() as connection:  # leave the database empty again
                connection.exec_driver_sql("DROP SCHEMA public CASCADE")
                connection.exec_driver_sql("CREATE SCHEMA public")
            database.dispose()
    return 0 if all(m < TARGET_MS for m in medians) else 1


if __name__ == "__main__":
    sys.exit(main())
