"""Compare offers benchmark: time to the first screen of Compare offers for one product
over 100,000 suppliers with 500,000 offers (issue 15, performance: under 100 ms).

    cd /work/main && .venv/bin/python -m tests.benchmarks.compare_bench \
        [--suppliers N] [--offers N] [--keep DIR | --reuse DIR] [--url POSTGRES_URL]

Not a pytest test. It seeds a fresh SQLite file (or the PostgreSQL database --url names,
which must be empty) through app/services/bulk.py: N suppliers in six Latin American
countries, two negotiations each over ten products (ports of the supplier's country to
three Chinese ports, FOB, CFR, CIF or FCA), and the offers spread over them (a supplier's
offer, our counter-offer, ...) across two years, in USD, CNY, BRL or MXN per kg, box or
container; then daily rates for those currencies, a route for every port pair, a few
charges, and a tariff row for every product and origin. Then, for the product with the
most offers, it times what the Compare offers view does before it can show anything:
the picker's products (products_with_offers) and compare_offers (latest offer per
supplier, deal terms, the LandedBook, every landed figure, the sort), median of 5 after
one warm-up, with the statements each runs and the rows it returns.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import Engine, event, func, insert, select
from sqlalchemy.orm import Session

from app.queries.landed_costs import LandedSettings
from app.queries.offer_compare import compare_offers, products_with_offers
from app.services.bulk import (
    NegotiationRecord,
    OfferRecord,
    SupplierRecord,
    bulk_insert_negotiations,
    bulk_insert_offers,
    bulk_insert_suppliers,
)
from app.services.freight import add_charge, add_route
from app.services.products import create_product
from app.services.tariffs import add_tariff
from models import FxRate, Incoterm, Negotiation, NegotiationStage, Offer, OfferSide, Unit, schema
from models.engine import ACTOR_KEY, create_database_engine

TARGET_MS = 100.0
REPEATS = 5
CHUNK = 5000
START = date(2025, 1, 1)
DAYS = 730

PRODUCTS = (  # name, HS code, kg per box, kg per 40' container
    ("Hass avocado", "080440", "10", "20000"),
    ("Fresh cherries", "080929", "5", "19200"),
    ("Fresh blueberries", "081040", "1.5", "14000"),
    ("Red Globe table grapes", "080610", "8.2", "19680"),
    ("Kent mango", "080450", "4", "21000"),
    ("Frozen açaí pulp", "081190", "10", "26000"),
    ("Argentine red shrimp, frozen", "030617", "12", "24000"),
    ("Frozen hake fillets", "030474", "10", "25000"),
    ("Persian limes", "080550", "10", "20000"),
    ("Fresh plums", "080940", "5", "20000"),
)
PORTS = {
    "MX": ("Manzanillo", "Lázaro Cárdenas"),
    "CL": ("San Antonio", "Valparaíso"),
    "PE": ("Callao", "Paita"),
    "AR": ("Buenos Aires", "Mar del Plata"),
    "BR": ("Santos", "Pecém"),
    "CO": ("Cartagena", "Buenaventura"),
}
DESTINATIONS = ("Shanghai", "Shenzhen", "Hong Kong")
CURRENCIES = ("USD", "USD", "USD", "CNY", "BRL", "MXN")
TERMS = (Incoterm.FOB, Incoterm.FOB, Incoterm.CFR, Incoterm.CIF, Incoterm.FCA)
UNITS = (Unit.KG, Unit.KG, Unit.BOX, Unit.CONTAINER)
PER_KG_USD = {Unit.KG: 1, Unit.BOX: 8, Unit.CONTAINER: 20000}
USD_TO = {"USD": 1.0, "CNY": 7.1, "BRL": 5.4, "MXN": 18.2}


def suppliers(rng: Random, count: int) -> Iterator[SupplierRecord]:
    countries = tuple(PORTS)
    for i in range(count):
        yield SupplierRecord(name=f"Exportadora {i:06d} {rng.choice(('SpA', 'S.A.', 'Ltda.'))}",
                             country=countries[i % len(countries)])  # fmt: skip


def negotiations(
    rng: Random, supplier_ids: list[int], countries: list[str], product_ids: list[int]
) -> Iterator[NegotiationRecord]:
    for supplier_id, country in zip(supplier_ids, countries, strict=True):
        for product_id in rng.sample(product_ids, 2):
            port = rng.choice(PORTS[country])
            term = rng.choice(TERMS)
            yield NegotiationRecord(
                supplier_id=supplier_id,
                product_id=product_id,
                title="Season deal",
                stage=NegotiationStage.NEGOTIATING,
                currency="USD",
                price_unit=Unit.KG,
                incoterm=term,
                incoterm_place=port,
                origin_port=port,
                destination_port=rng.choice(DESTINATIONS),
            )


def offers(rng: Random, negotiation_ids: list[int], count: int) -> Iterator[OfferRecord]:
    per_deal, extra = divmod(count, len(negotiation_ids))
    for n, negotiation_id in enumerate(negotiation_ids):
        day = START + timedelta(days=rng.randrange(DAYS - 60))
        for round_ in range(per_deal + (1 if n < extra else 0)):
            currency = rng.choice(CURRENCIES)
            unit = rng.choice(UNITS)
            usd = Decimal(str(round(rng.uniform(1.5, 9.0), 2)))
            price = usd * PER_KG_USD[unit] * Decimal(str(USD_TO[currency]))
            yield OfferRecord(
                negotiation_id=negotiation_id,
                side=OfferSide.SUPPLIER if round_ % 2 == 0 else OfferSide.BUYER,
                offered_on=day,
                price=price.quantize(Decimal("0.01")),
                currency=currency,
                price_unit=unit,
                incoterm=None if rng.random() < 0.3 else rng.choice(TERMS),
            )
            day += timedelta(days=rng.randrange(1, 10))


def products(count: int) -> list[tuple[str, str, str, str]]:
    """`count` products: the ten above, then grades of them ("Hass avocado, grade 2")."""
    return [
        (name if n < len(PRODUCTS) else f"{name}, grade {n // len(PRODUCTS) + 1}", hs, box, c40)
        for n, (name, hs, box, c40) in ((n, PRODUCTS[n % len(PRODUCTS)]) for n in range(count))
    ]


def seed(
    engine: Engine, supplier_count: int, offer_count: int, product_count: int = len(PRODUCTS)
) -> dict[str, int]:
    rng = Random(15)
    with Session(engine, info={ACTOR_KEY: "bench"}) as session, session.begin():
        product_ids = [
            create_product(
                session,
                {"name": name, "hs_code": hs, "kg_per_box": box, "kg_per_container_40": c40},
            ).id
            for name, hs, box, c40 in products(product_count)
        ]
        records = list(suppliers(rng, supplier_count))
        supplier_ids = bulk_insert_suppliers(session, records, chunk_size=CHUNK)
        countries = [r.country for r in records]
        del records
        negotiation_ids = bulk_insert_negotiations(
            session, negotiations(rng, supplier_ids, countries, product_ids), chunk_size=CHUNK
        )
        written = bulk_insert_offers(
            session, offers(rng, negotiation_ids, offer_count), chunk_size=CHUNK
        )
        rates = []
        for d in range(-30, DAYS + 30):
            day = START + timedelta(days=d)
            for to, rate in (("CNY", 7.1), ("BRL", 5.4), ("MXN", 18.2)):
                drift = 1 + rng.uniform(-0.03, 0.03)
                rates.append(
                    {
                        "day": day,
                        "from_currency": "USD",
                        "to_currency": to,
                        "rate": Decimal(str(round(rate * drift, 4))),
                        "created_by": "bench",
                        "updated_by": "bench",
                    }
                )
        session.execute(insert(FxRate), rates)
        dot = {"decimal_sep": "."}
        for country, ports in PORTS.items():
            for port in ports:
                for destination in DESTINATIONS:
                    route = add_route(
                        session,
                        {
                            "origin_port": port,
                            "destination_port": destination,
                            "mode": "sea",
                            "cost": str(rng.randrange(5000, 8000)),
                            "currency": "USD",
                            "per": "container",
                            "payload_kg": "20000",
                            "insurance_rate": "0.3",
                            "valid_from": "2024-12-01",
                        },
                        **dot,
                    )
                add_charge(
                    session,
                    {
                        "side": "origin",
                        "kind": "terminal_handling",
                        "amount": "250",
                        "currency": "USD",
                        "per": "container",
                        "port": port,
                    },
                    **dot,
                )
            for _name, hs, _box, _c40 in PRODUCTS:
                add_tariff(
                    session,
                    {"hs_code": hs, "origin": country, "duty_rate": "7" if country == "MX" else "0",
                     "vat_rate": "9", "valid_from": "2024-01-01"},
                    **dot,
                )  # fmt: skip
        _ = route
        for destination in DESTINATIONS:
            add_charge(
                session,
                {
                    "side": "destination",
                    "kind": "import_clearance",
                    "amount": "1800",
                    "currency": "CNY",
                    "per": "shipment",
                    "port": destination,
                },
                **dot,
            )
    return {
        "suppliers": len(supplier_ids),
        "negotiations": len(negotiation_ids),
        "offers": written,
    }


def counting(engine: Engine) -> Callable[[], int]:
    seen = [0]

    def counted(*_args: Any) -> None:
        seen[0] += 1

    event.listen(engine, "before_cursor_execute", counted)
    return lambda: seen[0]


def timed(engine: Engine, action: Callable[[Session], object]) -> tuple[list[float], object]:
    times: list[float] = []
    result: object = None
    for attempt in range(REPEATS + 1):
        with Session(engine) as session:
            start = time.perf_counter()
            result = action(session)
            elapsed = (time.perf_counter() - start) * 1000
        if attempt:  # the first run warms the caches
            times.append(elapsed)
    return times, result


def measure(engine: Engine) -> None:
    statements = counting(engine)
    with Session(engine) as session:
        counts = {
            "negotiations": session.scalar(select(func.count()).select_from(Negotiation)) or 0,
            "offers": session.scalar(select(func.count()).select_from(Offer)) or 0,
        }
        product_id, offered = session.execute(
            select(Negotiation.product_id, func.count(Offer.id))
            .join(Offer, Offer.negotiation_id == Negotiation.id)
            .group_by(Negotiation.product_id)
            .order_by(func.count(Offer.id).desc())
            .limit(1)
        ).one()
    print(f"negotiations: {counts['negotiations']:,}, offers: {counts['offers']:,}")
    print(f"product {product_id}: {offered:,} offers")
    settings = LandedSettings()
    today = date.today()

    before = statements()
    picker_times, picker = timed(engine, products_with_offers)
    picker_statements = (statements() - before) // (REPEATS + 1)
    before = statements()
    times, result = timed(engine, lambda s: compare_offers(s, product_id, settings, today=today))
    compare_statements = (statements() - before) // (REPEATS + 1)
    rows = result.rows  # type: ignore[attr-defined]
    priced = sum(1 for r in rows if r.landed_per_kg is not None)
    picker_ms = statistics.median(picker_times)
    compare_ms = statistics.median(times)
    total = picker_ms + compare_ms
    print(
        f"products picker: {picker_ms:7.1f} ms median of {REPEATS} "
        f"({picker_statements} statement, {len(picker):,} products)"  # type: ignore[arg-type]
    )
    print(
        f"compare_offers:  {compare_ms:7.1f} ms median of {REPEATS} "
        f"(min {min(times):.1f}, max {max(times):.1f}; {compare_statements} statements, "
        f"{len(rows):,} rows, {priced:,} with a landed figure)"
    )
    verdict = "OK" if total < TARGET_MS else "MISSED"
    print(f"first screen:    {total:7.1f} ms (target < {TARGET_MS:.0f} ms) {verdict}")
    if rows:
        best = rows[0]
        print(
            f"cheapest: {best.supplier_name}, {best.price_text} {best.incoterm_text}, "
            f"landed {best.landed_shown} {result.currency}/kg"  # type: ignore[attr-defined]
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suppliers", type=int, default=100_000)
    parser.add_argument("--offers", type=int, default=500_000)
    parser.add_argument(
        "--products",
        type=int,
        default=len(PRODUCTS),
        help="products the deals spread over (10: about 20,000 suppliers offer each one)",
    )
    parser.add_argument("--keep", type=Path, help="seed into DIR/compare.sqlite3 and keep it")
    parser.add_argument("--reuse", type=Path, help="time DIR/compare.sqlite3 without seeding")
    parser.add_argument("--url", help="an empty PostgreSQL database to seed and time instead")
    args = parser.parse_args(argv)
    if args.url:
        engine = create_database_engine(args.url)
        schema.upgrade(engine)
        print(f"PostgreSQL: {engine.url.render_as_string(hide_password=True)}")
        fresh = not args.reuse
    else:
        folder = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="compare-bench-"))
        path = Path(folder) / "compare.sqlite3"
        fresh = not args.reuse
        if fresh and path.exists():
            sys.exit(f"{path} exists: remove it, or time it with --reuse {folder}")
        engine = create_database_engine(str(path))
        schema.upgrade(engine)
        print(f"SQLite: {path}")
    if fresh:
        start = time.perf_counter()
        counts = seed(engine, args.suppliers, args.offers, args.products)
        print(
            f"seeded {counts['suppliers']:,} suppliers, {counts['negotiations']:,} negotiations, "
            f"{counts['offers']:,} offers in {time.perf_counter() - start:.0f} s"
        )
    measure(engine)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
