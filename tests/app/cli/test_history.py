"""`supplier-desk history ...` end to end on a database of the test's own."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli.dispatch import main
from app.services.contacts import create_contact
from app.services.suppliers import create_supplier, update_supplier
from app.store.database import open_database


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "history.sqlite3"
    database = open_database(str(path), daily_backup=False, actor="ana")
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Aguacates del Sur", "country": "MX"})
        supplier_id = supplier.id
    with database.transaction() as session:
        update_supplier(session, supplier_id, {"city": "Uruapan", "notes": "Visit in May"})
        create_contact(session, supplier_id, {"name": "Luis Ríos"})
    database.dispose()
    return path, supplier_id


def run(path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database", str(path), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_history_prints_when_who_and_what_newest_first(db: tuple[Path, int]) -> None:
    path, supplier_id = db
    code, out, err = run(path, "history", "supplier", str(supplier_id))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["When", "Who", "What"]
    body = lines[2:]
    assert len(body) == 4
    assert all(" ana " in line for line in body)
    whats = [line.split("ana", 1)[1].strip() for line in body]
    assert whats[-1] == "Created"
    assert set(whats[:3]) == {
        "Contact 'Luis Ríos': created",
        "City: (empty) → Uruapan",
        "Notes: (empty) → Visit in May",
    }
    assert body[0][:4].isdigit()  # 2026-...


def test_history_json_has_every_field(db: tuple[Path, int]) -> None:
    path, supplier_id = db
    code, out, _err = run(path, "history", "supplier", str(supplier_id), "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 4
    created = data[-1]
    assert created["action"] == "create"
    assert created["actor"] == "ana"
    assert created["what"] == "Created"
    assert created["entity"] == "suppliers"
    assert created["entity_id"] == supplier_id
    assert created["at"].endswith("+00:00")
    city = next(d for d in data if d["field"] == "city")
    assert (city["old_value"], city["new_value"]) == (None, "Uruapan")


def test_history_of_a_record_without_any_says_so(db: tuple[Path, int]) -> None:
    path, _supplier_id = db
    code, out, _err = run(path, "history", "shipment", "999")
    assert (code, out) == (0, "No history for shipment 999.\n")
    code, out, _err = run(path, "history", "negotiation", "999", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_history_of_an_unknown_kind_is_one_line(db: tuple[Path, int]) -> None:
    path, _supplier_id = db
    with pytest.raises(SystemExit):
        run(path, "history", "invoice", "1")
    code, _out, err = run(path, "history", "supplier", "1", "--limit", "0")
    assert code == 1
    assert err.strip() == "supplier-desk: error: --limit must be 1 or more, not 0"
