"""`supplier-desk history ...` end to end on a database of the test's own."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from app.cli.dispatch import main
from app.services.contacts import create_contact, delete_contact
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


def test_history_of_a_record_that_does_not_exist_says_so(db: tuple[Path, int]) -> None:
    path, _supplier_id = db
    code, out, err = run(path, "history", "supplier", "999999")
    assert (code, out, err) == (1, "", "supplier-desk: error: Supplier 999999 does not exist\n")
    code, out, err = run(path, "history", "negotiation", "999", "--json")
    assert (code, out, err) == (1, "", "supplier-desk: error: Negotiation 999 does not exist\n")


def test_a_deleted_record_still_shows_the_history_it_left(db: tuple[Path, int]) -> None:
    path, supplier_id = db
    database = open_database(str(path), daily_backup=False, actor="ana")
    try:
        with database.transaction() as session:
            contact_id = create_contact(session, supplier_id, {"name": "Rosa Ortiz"}).id
        with database.transaction() as session:
            delete_contact(session, contact_id)
    finally:
        database.dispose()
    code, out, err = run(path, "history", "contact", str(contact_id), "--json")
    assert (code, err) == (0, "")
    assert [e["what"] for e in json.loads(out)] == ["Deleted", "Created"]


def test_a_record_with_nothing_logged_has_no_history(db: tuple[Path, int]) -> None:
    """A record from before the audit log: it exists, so an empty history is its answer."""
    path, supplier_id = db
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM audit_log")
    connection.close()
    code, out, err = run(path, "history", "supplier", str(supplier_id))
    assert (code, out, err) == (0, f"No history for supplier {supplier_id}.\n", "")


def test_history_of_an_unknown_kind_or_a_limit_below_one_is_a_usage_error(
    db: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _supplier_id = db
    for args, reason in (
        (("invoice", "1"), "KIND must be one of supplier, negotiation, shipment"),
        (("supplier", "1", "--limit", "0"), "--limit must be 1 or more, not 0"),
    ):
        with pytest.raises(SystemExit) as exit_:
            run(path, "history", *args)
        assert exit_.value.code == 2
        assert reason in capsys.readouterr().err.splitlines()[-1]
