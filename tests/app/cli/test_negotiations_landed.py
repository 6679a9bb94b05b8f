"""`negotiations show ID --landed [--currency CODE] [--json]` (issue 15 point 8): the
worked example built with the commands a user types (fx add, freight add, tariffs add,
products set), the deal and its offers through the services (no command makes them)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.app.cli.running import ok, run
from tests.postgres import libpq, server_url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """A SQLite file, and a PostgreSQL database of the test's own when TEST_DATABASE_URL
    names a server."""
    if request.param == "sqlite":
        yield tmp_path / "desk.sqlite3"
        return
    if not os.environ.get("TEST_DATABASE_URL", "").startswith("postgres"):
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL")
    server = server_url()
    name = f"landed_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(libpq(server), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        from app.cli.common import close_databases

        close_databases()
        with psycopg.connect(libpq(server), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _deal(db: Any, *, with_route: bool = True) -> int:
    from app.services.negotiations import add_offer, create_negotiation
    from app.services.products import find_product, update_product
    from app.services.suppliers import create_supplier
    from app.store.database import open_database

    ok(db, "db", "upgrade")
    database = open_database(str(db))
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Aguacates del Valle", "country": "MX"})
        deal = create_negotiation(
            session,
            supplier.id,
            {
                "currency": "USD",
                "incoterm": "FOB Manzanillo",
                "origin_port": "Manzanillo",
                "destination_port": "Shanghai",
            },
            product_name="Hass avocado",
        )
        product = find_product(session, "Hass avocado")
        assert product is not None
        update_product(session, product.id, {"hs_code": "080440"})  # no command sets it
        add_offer(
            session,
            deal.id,
            {"side": "supplier", "price": "6.00", "offered_on": "2026-12-01"},
        )
        add_offer(
            session,
            deal.id,
            {
                "side": "buyer",
                "price": "420",
                "currency": "CNY",
                "price_unit": "box",
                "offered_on": "2026-12-02",
            },
        )
        deal_id, product_id = deal.id, product.id
    database.dispose()
    ok(db, "products", "set", str(product_id), "--kg-per-box", "10", "--kg-per-container",
       "20000")  # fmt: skip
    ok(db, "fx", "add", "--date", "2026-11-30", "--from", "USD", "--to", "CNY", "--rate", "7.10")
    if with_route:
        ok(db, "freight", "add", "--from", "Manzanillo", "--to", "Shanghai", "--mode", "sea",
           "--cost", "8000", "--currency", "USD", "--per", "container", "--payload-kg",
           "20000", "--insurance", "0.3", "--cover", "110",
           "--valid-from", "2026-01-01")  # fmt: skip
    ok(db, "tariffs", "add", "--hs", "080440", "--origin", "MX", "--duty", "0", "--vat", "9",
       "--from", "2026-01-01")  # fmt: skip
    return deal_id


def test_the_worked_example_as_json(db: Any) -> None:
    deal_id = _deal(db)
    shown = json.loads(ok(db, "negotiations", "show", str(deal_id), "--landed", "--json"))
    theirs, ours = shown["offers"]
    assert theirs["landed"] == {
        "currency": "CNY",
        "per_kg": "49.69",
        "lines": [
            {"item": "price", "label": "Price FOB", "amount": "42.6000"},
            {"item": "freight", "label": "Main freight", "amount": "2.8400"},
            {"item": "insurance", "label": "Insurance", "amount": "0.1500"},
            {"item": "cif", "label": "CIF (customs value)", "amount": "45.5900"},
            {"item": "duty", "label": "Duty (MFN 0%)", "amount": "0.0000"},
            {"item": "vat", "label": "VAT 9%", "amount": "4.1031"},
        ],
        "missing": [],
    }
    # CNY 420 per 10 kg box, FOB: (42.00 + 2.84) x 1.0033 x 1.09
    assert ours["landed"]["per_kg"] == "49.04"
    # The sides differ in currency and unit: the gap is on landed cost.
    assert shown["gap"]["currency"] == "CNY"
    assert shown["gap_note"] == "gap on landed cost, CNY/kg"
    # Without --landed the offers are as before.
    plain = json.loads(ok(db, "negotiations", "show", str(deal_id), "--json"))
    assert "landed" not in plain["offers"][0]


def test_another_reporting_currency(db: Any) -> None:
    deal_id = _deal(db)
    shown = json.loads(
        ok(db, "negotiations", "show", str(deal_id), "--landed", "--currency", "usd", "--json")
    )
    landed = shown["offers"][0]["landed"]
    assert (landed["currency"], landed["per_kg"]) == ("USD", "7.00")  # 6.40 x 1.0033 x 1.09


def test_plain_output_prints_landed_beside_each_offer_and_the_breakdown(db: Any) -> None:
    deal_id = _deal(db)
    out = ok(db, "negotiations", "show", str(deal_id), "--landed")
    assert "LANDED CNY/KG" in out
    offers = out[out.index("\nOffers\n") :]
    assert "6.00 USD/kg" in offers
    assert "420.00 CNY/box" in offers
    assert "49.69" in offers
    assert "49.04" in offers
    assert "Landed cost of the latest supplier offer (round 1), CNY/kg" in out
    assert "VAT 9%               4.1031" in out
    assert "Landed               49.69" in out
    assert "check them against the current Chinese tariff" in out
    # 49.69304768 - 49.03688... (not the difference of the figures as rounded)
    assert "gap on landed cost: 0.66 CNY/kg (1.3% of their landed cost)" in out
    assert "latest supplier price: 6.00 USD/kg" in out
    assert "latest buyer price: 420.00 CNY/box" in out


def test_a_missing_input_is_named(db: Any) -> None:
    deal_id = _deal(db, with_route=False)
    shown = json.loads(ok(db, "negotiations", "show", str(deal_id), "--landed", "--json"))
    landed = shown["offers"][0]["landed"]
    assert landed["per_kg"] is None
    assert landed["lines"] == []
    assert landed["missing"] == ["sea freight route Manzanillo → Shanghai valid on 2026-12-01"]
    out = ok(db, "negotiations", "show", str(deal_id), "--landed")
    assert "missing: sea freight route Manzanillo → Shanghai valid on 2026-12-01" in out


@pytest.mark.parametrize("code", ["XYZ", "dollars"])
def test_a_bad_currency_is_refused_in_one_line(db: Any, code: str) -> None:
    deal_id = _deal(db)
    status, out, err = run(db, "negotiations", "show", str(deal_id), "--landed", "--currency", code)
    assert status != 0
    assert out == ""
    assert err.startswith("supplier-desk: error: --currency: ")
    assert "ISO 4217" in err
    assert len(err.strip().splitlines()) == 1
