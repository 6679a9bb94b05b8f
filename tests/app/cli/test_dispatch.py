"""The command line, in-process for most cases and once as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.dispatch import main

ROOT = Path(__file__).resolve().parents[3]


def ok(db: Path, *args: str) -> str:
    """Run a command that must succeed silently on stderr; its stdout."""
    code, out, err = run(db, *args)
    assert (code, err) == (0, ""), err
    return out


def run(db: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_add_then_show_and_list_as_json(db: Path) -> None:
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


def test_bad_input_is_one_line_on_stderr_and_nothing_is_written(db: Path) -> None:
    code, out, err = run(
        db, "suppliers", "add", "--name", "X", "--country", "Narnia", "--email", "bad@"
    )
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("supplier-desk: error: Country: 'Narnia' is not a country")
    assert "Email:" in err
    out = ok(db, "suppliers", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("suppliers", "show", "42"), "Supplier 42 does not exist"),
        (("negotiations", "show", "42"), "Negotiation 42 does not exist"),
        (("suppliers", "list", "--country", "Atlantis"), "'Atlantis' is not a country"),
        (("suppliers", "list", "--status", "sleepy"), "'sleepy' is not one of"),
        (("suppliers", "list", "--sort", "secret"), "--sort must be one of"),
    ],
)
def test_errors(db: Path, args: tuple[str, ...], message: str) -> None:
    code, _, err = run(db, *args)
    assert code == 1
    assert message in err


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
    assert "gap: USD 0.90/kg (9.2% of their price)" in out
    out = ok(db, "negotiations", "list", "--stage", "negotiating")
    assert "USD 9.80/kg" in out
    assert "USD 8.90/kg" in out
    out = ok(db, "shipments", "list", "--status", "in_transit", "--json")
    assert [s["reference"] for s in json.loads(out)] == ["PRAWN-1"]
    assert json.loads(out)[0]["missing_documents"][0] == "phytosanitary"


def test_archive_and_restore(db: Path) -> None:
    run(db, "suppliers", "add", "--name", "Limones del Sur", "--country", "AR")
    out = ok(db, "suppliers", "archive", "1", "--json")
    assert json.loads(out)["archived"] is True
    assert json.loads(run(db, "suppliers", "list", "--json")[1]) == []
    assert len(json.loads(run(db, "suppliers", "list", "--archived", "--json")[1])) == 1
    run(db, "suppliers", "restore", "1")
    assert len(json.loads(run(db, "suppliers", "list", "--json")[1])) == 1


def test_real_subprocess_entry_point(tmp_path: Path) -> None:
    env = {**os.environ, "SUPPLIER_DESK_DATABASE_URL": str(tmp_path / "env.sqlite3")}
    add = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "suppliers",
            "add",
            "--name",
            "Conceição Frutas",
            "--country",
            "BR",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert add.returncode == 0, add.stderr
    assert json.loads(add.stdout)["country"] == "BR"
    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "suppliers", "show", "999"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 1
    assert bad.stderr == "supplier-desk: error: Supplier 999 does not exist\n"
    assert (tmp_path / "env.sqlite3").exists()


def test_unexpected_error_is_logged_not_shown(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.cli.dispatch
    import app.settings

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.settings, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(app.cli.dispatch, "open_database", explode)
    code, out, err = run(db, "suppliers", "list")
    assert (code, out) == (1, "")
    assert err.startswith("supplier-desk: unexpected error (RuntimeError: disk on fire)")
    assert "Traceback" not in err
    log = (tmp_path / "logs" / "supplier-desk.log").read_text()
    assert "Traceback" in log
    assert "disk on fire" in log


def test_no_command_without_a_display_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no display to open the window on" in result.stderr


def test_demo_loads_once(db: Path) -> None:
    first = ok(db, "demo")
    assert first.startswith("added demo data to ")
    assert "40 suppliers, 80 contacts, 25 negotiations" in first
    assert ok(db, "demo").startswith("the demo data is already in")
    listed = json.loads(ok(db, "suppliers", "list", "--json"))
    assert len(listed) == 40


def test_a_reader_that_goes_away_is_not_an_error(db: Path) -> None:
    """`supplier-desk suppliers list | head`: the pipe closes, nothing is reported."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    assert main(["--database", str(db), "db", "roles"], out=ClosedPipe(), err=err) == 0
    assert err.getvalue() == ""
