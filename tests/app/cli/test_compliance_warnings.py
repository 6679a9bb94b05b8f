"""`negotiations stage` and `shipments status` print a compliance warning and go on."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.cli.running import ok, run


def seed(db: Path) -> tuple[int, int]:
    from app.services.negotiations import create_negotiation
    from app.services.shipments import create_shipment
    from app.services.suppliers import create_supplier
    from app.store.database import open_database

    database = open_database(str(db))
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Curicó", "country": "CL"})
        deal = create_negotiation(session, supplier.id, {}, product_name="Cherries")
        shipment = create_shipment(session, deal.id, {"reference": "CHERRY-1"})
        ids = deal.id, shipment.id
    database.dispose()
    return ids


def test_stage_and_status_print_the_warning(db: Path) -> None:
    deal_id, shipment_id = seed(db)
    out = ok(db, "negotiations", "stage", str(deal_id), "agreed")
    first, warning = out.splitlines()
    assert first == f"negotiation {deal_id} (Cherries – Frutícola Curicó) is now agreed"
    assert warning.startswith("Compliance warning: Frutícola Curicó has no registration")
    out = ok(db, "shipments", "status", str(shipment_id), "booked", "--json")
    shown = json.loads(out)
    assert shown["status"] == "booked"
    assert len(shown["warnings"]) == 1
    assert "none is recorded" in shown["warnings"][0]
    history = ok(db, "history", "shipment", str(shipment_id))
    assert "Compliance warning" in history
    quiet = ok(db, "negotiations", "stage", str(deal_id), "lead", "--json")
    assert json.loads(quiet)["warnings"] == []


def test_a_bad_stage_is_named(db: Path) -> None:
    deal_id, _ = seed(db)
    code, out, err = run(db, "negotiations", "stage", str(deal_id), "signed")
    assert code != 0
    assert out == ""
    assert "Stage" in err
    assert len(err.strip().splitlines()) == 1
