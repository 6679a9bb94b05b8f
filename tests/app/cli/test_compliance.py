"""`compliance list|add` on the command line, its JSON shape and its refusals (issue 16
point 5)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.app.cli.running import ok, run


def seed(db: Path) -> int:
    from app.services.products import create_product
    from app.services.suppliers import create_supplier
    from app.store.database import open_database

    database = open_database(str(db), create=True)
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Curicó", "country": "CL"})
        create_product(session, {"name": "Cherries"})
        supplier_id = supplier.id
    database.dispose()
    return supplier_id


def later(days: int) -> str:
    return (date.today() + timedelta(days=days)).isoformat()


def test_add_then_list_expiring_as_json(db: Path) -> None:
    supplier = seed(db)
    added = json.loads(
        ok(db, "compliance", "add", "--supplier", str(supplier), "--kind", "gacc", "--number",
           "CHL0000012345", "--site", "Packing Curico", "--valid-until", later(40),
           "--product", "cherries", "--season", "2026-27", "--json")
    )  # fmt: skip
    assert {k: added[k] for k in ("supplier_id", "kind", "number", "site", "season")} == {
        "supplier_id": supplier,
        "kind": "gacc",
        "number": "CHL0000012345",
        "site": "Packing Curico",
        "season": "2026-27",
    }
    assert (added["days_left"], added["status"], added["products"]) == (40, "active", ["Cherries"])
    ok(db, "compliance", "add", "--supplier", str(supplier), "--kind", "GlobalG.A.P.",
       "--valid-until", later(-3))  # fmt: skip
    ok(db, "compliance", "add", "--supplier", str(supplier), "--kind", "haccp",
       "--valid-until", later(200))  # fmt: skip
    rows = json.loads(ok(db, "compliance", "list", "--expiring", "90", "--json"))
    assert [(r["kind"], r["days_left"], r["status"]) for r in rows] == [
        ("globalgap", -3, "expired"),
        ("gacc", 40, "active"),
    ]
    for row in rows:
        assert {"supplier_id", "supplier", "kind", "number", "valid_until", "days_left",
                "status"} <= row.keys()  # fmt: skip
        assert row["supplier"] == "Frutícola Curicó"
    assert rows[1]["valid_until"] == later(40)
    gacc = json.loads(ok(db, "compliance", "list", "--kind", "Registro GACC", "--json"))
    assert [r["number"] for r in gacc] == ["CHL0000012345"]
    assert len(json.loads(ok(db, "compliance", "list", "--supplier", str(supplier), "--json"))) == 3


def test_list_as_text(db: Path) -> None:
    supplier = seed(db)
    line = ok(db, "compliance", "add", "--supplier", str(supplier), "--kind", "sag csp",
              "--number", "CSP 105", "--valid-until", later(-2))  # fmt: skip
    assert line.startswith("SAG CSP packhouse ")
    assert "CSP 105, valid until" in line
    assert line.rstrip().endswith("(expired)")
    out = ok(db, "compliance", "list")
    assert "2 days ago" in out
    assert "1 row\n" in out


def test_refusals_name_the_option_in_one_line(db: Path) -> None:
    supplier = seed(db)
    base = ("compliance", "add", "--supplier", str(supplier))
    code, out, err = run(db, *base, "--kind", "gacc", "--product", "Durian", "--season", "2026-28")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "--season: '2026-28': the second year must follow the first (2026-27)" in err
    assert "--product: no product 'Durian'" in err
    code, _out, err = run(db, *base, "--kind", "fairtrade")
    assert "--kind: 'fairtrade' is not one of:" in err
    code, _out, err = run(db, *base, "--kind", "gacc", "--issued-on", "2027-01-02",
                          "--valid-until", "2027-01-01")  # fmt: skip
    assert "--valid-until: is before issued on (2027-01-02)" in err
    code, _out, err = run(db, "compliance", "list", "--kind", "bogus")
    assert code == 1
    assert "--kind: 'bogus' is not one of:" in err
    code, _out, err = run(db, "compliance", "add", "--supplier", "999", "--kind", "gacc")
    assert (code, err.strip()) == (1, "supplier-desk: error: Supplier 999 does not exist")
    assert json.loads(ok(db, "compliance", "list", "--json")) == []


def test_expiring_must_be_a_number_of_days(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(db)
    with pytest.raises(SystemExit) as exit_:
        run(db, "compliance", "list", "--expiring", "-5")
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "supplier-desk compliance list: error: --expiring must be 0 or more days, not -5"
    )
