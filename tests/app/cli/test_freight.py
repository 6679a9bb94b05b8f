"""`freight add|list|charge add` on the command line (issue 15 points 3 and 8)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.cli.running import ok, run

ADD = ("freight", "add", "--from", "Manzanillo", "--to", "Shanghai", "--mode", "sea", "--cost",
       "8000", "--currency", "USD", "--per", "container", "--payload-kg", "20000")  # fmt: skip


def test_add_list_and_charge_as_json(db: Path) -> None:
    ok(db, "db", "upgrade")
    added = json.loads(ok(db, *ADD, "--insurance", "0.3", "--valid-from", "2026-01-01", "--json"))
    assert {k: added[k] for k in ("origin_port", "destination_port", "mode", "cost", "per")} == {
        "origin_port": "Manzanillo",
        "destination_port": "Shanghai",
        "mode": "sea",
        "cost": "8000",
        "per": "container",
    }
    assert (added["payload_kg"], added["insurance_rate"], added["cover"]) == ("20000", "0.3", "110")
    charge = json.loads(
        ok(db, "freight", "charge", "add", "--side", "origin", "--kind", "terminal_handling",
           "--amount", "250", "--currency", "USD", "--per", "container", "--route",
           str(added["id"]), "--json")
    )  # fmt: skip
    assert (charge["route_id"], charge["kind"], charge["amount"]) == (
        added["id"],
        "terminal_handling",
        "250",
    )
    listed = json.loads(ok(db, "freight", "list", "--json"))
    assert [r["id"] for r in listed] == [added["id"]]
    assert [c["id"] for c in listed[0]["charges"]] == [charge["id"]]


def test_list_as_text(db: Path) -> None:
    ok(db, "db", "upgrade")
    line = ok(db, *ADD, "--cover", "120")
    assert "Manzanillo -> Shanghai by sea, 8000 USD per container (20000 kg)" in line
    out = ok(db, "freight", "list")
    assert "Manzanillo" in out
    assert "1 route\n" in out


def test_a_refused_route_names_its_fields_and_writes_nothing(db: Path) -> None:
    ok(db, "db", "upgrade")
    code, out, err = run(db, *ADD[:-2])
    assert code != 0
    assert out == ""
    assert "Payload kg: is required when the cost is per container" in err
    assert len(err.strip().splitlines()) == 1
    code, _out, err = run(db, *ADD, "--insurance", "150")
    assert "Insurance %: '150' is not a percent from 0 to 100" in err
    code, _out, err = run(db, *ADD, "--cover", "90", "--mode", "rail")
    assert code != 0
    assert "Cover %" in err
    assert "Mode" in err
    assert json.loads(ok(db, "freight", "list", "--json")) == []
