"""`fx add|import|list|convert|update` on the command line (issue 15 points 1 and 8)."""

from __future__ import annotations

import json
import urllib.error
from pathlib import Path
from typing import Any

import pytest

from app.services import fx_ecb
from tests.app.cli.running import ok, run
from tests.app.services.test_fx_rates import ECB_DAILY


def test_add_list_and_convert_as_json(db: Path) -> None:
    ok(db, "db", "upgrade")
    added = json.loads(
        ok(db, "fx", "add", "--date", "2026-12-01", "--from", "usd", "--to", "CNY", "--rate",
           "7.10", "--json")
    )  # fmt: skip
    assert (added["from"], added["to"], added["rate"], added["source"]) == (
        "USD",
        "CNY",
        "7.1",
        "manual",
    )
    ok(db, "fx", "add", "--date", "2026-11-01", "--from", "EUR", "--to", "MXN", "--rate", "21")
    listed = json.loads(ok(db, "fx", "list", "--from", "USD", "--json"))
    assert [(r["date"], r["to"]) for r in listed] == [("2026-12-01", "CNY")]
    converted = json.loads(
        ok(db, "fx", "convert", "100", "USD", "CNY", "--date", "2026-12-01", "--json")
    )
    assert converted == {
        "amount": "710.0000",
        "currency": "CNY",
        "rate": "7.1",
        "rate_date": "2026-12-01",
        "path": ["USD", "CNY"],
        "how": "direct",
        "date": "2026-12-01",
    }
    inverted = json.loads(
        ok(db, "fx", "convert", "710", "CNY", "USD", "--date", "2026-12-31", "--json")
    )
    assert (inverted["amount"], inverted["path"], inverted["how"]) == (
        "100.0000",
        ["CNY", "USD"],
        "inverted",
    )


def test_convert_and_list_as_text(db: Path) -> None:
    ok(db, "db", "upgrade")
    ok(db, "fx", "add", "--date", "2026-12-01", "--from", "USD", "--to", "CNY", "--rate", "7.10")
    out = ok(db, "fx", "convert", "2.5", "USD", "CNY", "--date", "2026-12-05")
    assert out == "2.5 USD = 17.75 CNY (rate 7.1 of 2026-12-01, direct)\n"
    out = ok(db, "fx", "list")
    assert "2026-12-01  USD   CNY  7.1   manual" in out
    assert out.endswith("1 rate\n")


def test_a_missing_rate_is_one_line_naming_the_pair_and_date(db: Path) -> None:
    ok(db, "db", "upgrade")
    code, out, err = run(db, "fx", "convert", "100", "USD", "CNY", "--date", "2026-12-01")
    assert (code, out) == (1, "")
    assert err == (
        "supplier-desk: error: no USD→CNY rate on or before 2026-12-01: add one (fx add) "
        "or import the ECB rates (fx import, fx update)\n"
    )


def test_import_a_csv_and_an_ecb_file(db: Path, tmp_path: Path) -> None:
    ok(db, "db", "upgrade")
    rates = tmp_path / "rates.csv"
    rates.write_text("date,from,to,rate\n2026-12-01,USD,CNY,7.10\n")
    out = ok(db, "fx", "import", str(rates))
    assert out == (
        "rates.csv (CSV, 2026-12-01): 1 rates read, 1 added, 0 changed, 0 already there\n"
    )
    daily = tmp_path / "eurofxref-daily.xml"
    daily.write_text(ECB_DAILY)
    result = json.loads(ok(db, "fx", "import", str(daily), "--json"))
    assert (result["kind"], result["added"], result["first_date"]) == (
        "ECB daily XML",
        5,
        "2026-12-18",
    )
    crossed = json.loads(
        ok(db, "fx", "convert", "100", "MXN", "BRL", "--date", "2026-12-18", "--json")
    )
    assert (crossed["path"], crossed["how"]) == (["MXN", "EUR", "BRL"], "via EUR")


def test_a_bad_csv_is_refused_in_one_line_and_nothing_is_kept(db: Path, tmp_path: Path) -> None:
    ok(db, "db", "upgrade")
    rates = tmp_path / "rates.csv"
    rates.write_text("date,from,to,rate\n2026-12-01,USD,CNY,7.10\n2026-12-02,USD,CNY,0\n")
    code, _out, err = run(db, "fx", "import", str(rates))
    assert code == 1
    assert err == (
        "supplier-desk: error: rates.csv: 1 bad row, nothing was imported: "
        "row 3, column rate: '0' must be more than zero\n"
    )
    assert json.loads(ok(db, "fx", "list", "--json")) == []


def test_update_offline_says_so(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok(db, "db", "upgrade")

    def offline(url: str, timeout: float) -> Any:
        raise urllib.error.URLError("Network is unreachable")

    monkeypatch.setattr(fx_ecb.urllib.request, "urlopen", offline)
    code, _out, err = run(db, "fx", "update")
    assert code == 1
    assert err == (
        "supplier-desk: error: could not reach the ECB (Network is unreachable): "
        "no rates were changed; try again when online\n"
    )
