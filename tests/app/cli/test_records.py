"""`demo`, `suppliers`, `negotiations` and `shipments` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.cli.running import ok, run


def test_add_then_show_and_list_as_json(db: Path) -> None:
    ok(db, "db", "upgrade")
    code, out, err = run(
        db,
        "suppliers",
        "add",
        "--name",
        "Frutícola Ñuble SpA",
        "--country",
        "chile",
        "--city",
        "Chillán",
        "--tax-id",
        "76.123.456-7",
        "--website",
        "nuble.cl",
        "--json",
    )
    assert (code, err) == (0, "")
    added = json.loads(out)
    assert added["country"] == "CL"
    assert added["country_name"] == "Chile"
    assert added["website"] == "https://nuble.cl"
    assert added["status"] == "prospect"
    out = ok(db, "suppliers", "show", str(added["id"]), "--json")
    shown = json.loads(out)
    assert shown["name"] == "Frutícola Ñuble SpA"
    assert shown["contacts"] == []
    out = ok(db, "suppliers", "list", "--search", "nuble", "--country", "Chile", "--json")
    listed = json.loads(out)
    assert [s["id"] for s in listed] == [added["id"]]
    assert listed[0]["tax_id"] == "76.123.456-7"


def test_list_as_table(db: Path) -> None:
    ok(db, "db", "upgrade")
    run(db, "suppliers", "add", "--name", "王力贸易", "--country", "CN")
    run(
        db,
        "suppliers",
        "add",
        "--name",
        "Açaí do Pará Ltda.",
        "--country",
        "Brasil",
        "--status",
        "ativo",
    )
    out = ok(db, "suppliers", "list", "--status", "active")
    assert "Açaí do Pará Ltda." in out
    assert "王力贸易" not in out
    assert out.rstrip().endswith("1 of 1 suppliers")


def test_negotiation_and_shipment_commands(db: Path) -> None:
    from app.services.negotiations import add_offer, create_negotiation
    from app.services.shipments import create_shipment
    from app.services.suppliers import create_supplier
    from app.store.database import open_database

    database = open_database(str(db))
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
        deal = create_negotiation(
            session,
            supplier.id,
            {"currency": "USD", "incoterm": "CFR Shanghai"},
            product_name="Argentine red shrimp",
        )
        add_offer(
            session, deal.id, {"side": "supplier", "price": "9.80", "offered_on": "2026-09-01"}
        )
        add_offer(session, deal.id, {"side": "buyer", "price": "8.90", "offered_on": "2026-09-03"})
        create_shipment(session, deal.id, {"reference": "PRAWN-1", "status": "in transit"})
        deal_id = deal.id
    database.dispose()

    out = ok(db, "negotiations", "show", str(deal_id), "--json")
    shown = json.loads(out)
    assert shown["gap"] == {
        "amount": "0.9000",
        "percent": "9.2",
        "currency": "USD",
        "price_unit": "kg",
    }
    assert [o["price"] for o in shown["offers"]] == ["9.8000", "8.9000"]
    assert shown["shipments"][0]["reference"] == "PRAWN-1"
    out = ok(db, "negotiations", "show", str(deal_id))
    assert "gap: 0.90 USD/kg (9.2% of their price)" in out
    assert "9.80 USD/kg" in out  # every price with its currency and unit
    out = ok(db, "negotiations", "list", "--stage", "negotiating")
    assert "9.80 USD/kg" in out
    assert "8.90 USD/kg" in out
    out = ok(db, "shipments", "list", "--status", "in_transit", "--json")
    assert [s["reference"] for s in json.loads(out)] == ["PRAWN-1"]
    assert json.loads(out)[0]["missing_documents"][0] == "phytosanitary"


def test_archive_and_restore(db: Path) -> None:
    ok(db, "db", "upgrade")
    run(db, "suppliers", "add", "--name", "Limones del Sur", "--country", "AR")
    out = ok(db, "suppliers", "archive", "1", "--json")
    assert json.loads(out)["archived"] is True
    assert json.loads(run(db, "suppliers", "list", "--json")[1]) == []
    assert len(json.loads(run(db, "suppliers", "list", "--archived", "--json")[1])) == 1
    run(db, "suppliers", "restore", "1")
    assert len(json.loads(run(db, "suppliers", "list", "--json")[1])) == 1


def test_demo_loads_once(db: Path) -> None:
    first = ok(db, "demo")
    assert first.startswith("added demo data to ")
    assert "40 suppliers, 80 contacts, 25 negotiations" in first
    assert ok(db, "demo").startswith("the demo data is already in")
    listed = json.loads(ok(db, "suppliers", "list", "--json"))
    assert len(listed) == 40
