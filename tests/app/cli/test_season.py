"""`season show` on the command line: the season calendar of a year (issue 16 points 4, 5)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

import app.exporting.export_settings
from app.exporting.export_settings import ExportSettings, save_export_settings
from tests.app.cli.running import ok, run


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


def test_one_product_as_json(db: Path) -> None:
    ok(db, "demo")
    # The demo's planned cherry shipment: ETD today+9, ETA today+42 (33 days; 35 days'
    # shelf life less 5 days' margin leaves 30).
    year = (date.today() + timedelta(days=9)).year
    data = json.loads(
        ok(db, "season", "show", "--product", "fresh CHERRIES", "--year", str(year), "--json")
    )
    assert data["year"] == year
    assert data["shelf_life_margin_days"] == 5
    assert [(r["product"], r["origin"]) for r in data["rows"]] == [("Fresh cherries", "CL")]
    row = data["rows"][0]
    assert row["for_chinese_new_year"] is True
    assert (row["months"]["12"], row["months"]["2"], row["months"]["6"]) == (
        "peak",
        "shipping",
        None,
    )
    planned = next(s for s in row["shipments"] if s["reference"] == "SD-26-0106")
    assert planned["status"] == "planned"
    assert {f["code"] for f in planned["flags"]} >= {"transit_too_long"}
    assert "transit 33 days exceeds the shelf life 35 days minus 5 days' margin" in [
        f["reason"] for f in planned["flags"]
    ]
    assert {n["title"] for n in row["negotiations"]}  # the contracted cherry deals


def test_the_margin_setting_is_used(db: Path, settings_file: Path) -> None:
    ok(db, "demo")
    save_export_settings(ExportSettings(shelf_life_margin_days=0), settings_file)
    year = (date.today() + timedelta(days=9)).year
    data = json.loads(
        ok(db, "season", "show", "--product", "Fresh cherries", "--year", str(year), "--json")
    )
    planned = next(s for s in data["rows"][0]["shipments"] if s["reference"] == "SD-26-0106")
    assert "transit_too_long" not in {f["code"] for f in planned["flags"]}  # 33 <= 35


def test_the_whole_year_as_a_table(db: Path) -> None:
    ok(db, "demo")
    table = ok(db, "season", "show", "--year", "2027")
    lines = table.splitlines()
    assert (
        lines[0] == "Season 2027 · Chinese New Year 2027-02-06 (Feb, *) · shelf-life margin 5 days"
    )
    header = lines[2].split()
    assert header[:3] == ["Product", "Origin", "Jan"]
    assert "Feb*" in header
    cherries = next(line for line in lines if line.startswith("Fresh cherries"))
    assert "Chile" in cherries
    avocado = [line for line in lines if line.startswith("Hass avocado")]
    assert len(avocado) >= 2  # Mexico and Peru at least
    assert "P peak · s shipping · . out of season" in table


def test_refusals(db: Path) -> None:
    ok(db, "demo")
    code, _out, err = run(db, "season", "show", "--product", "durian")
    assert code == 1
    assert err.strip() == "supplier-desk: error: Product 'durian' does not exist"
    with pytest.raises(SystemExit):
        run(db, "season", "show", "--year", "twenty")
    with pytest.raises(SystemExit):
        run(db, "season", "show", "--year", "99999")


def test_an_empty_year(db: Path) -> None:
    ok(db, "db", "upgrade")
    out = ok(db, "season", "show", "--year", "2030")
    assert "No season recorded" in out
    assert json.loads(ok(db, "season", "show", "--year", "2030", "--json"))["rows"] == []


def test_products_set_for_cny(db: Path) -> None:
    ok(db, "demo")
    listed = json.loads(ok(db, "products", "list", "--search", "hass", "--json"))
    pid = str(listed[0]["id"])
    assert listed[0]["for_chinese_new_year"] is False
    shown = json.loads(ok(db, "products", "set", pid, "--for-cny", "yes", "--json"))
    assert shown["for_chinese_new_year"] is True
    assert "for chinese new year: True" in ok(db, "products", "show", pid)
    code, _out, err = run(db, "products", "set", pid, "--for-cny", "maybe")
    assert code == 1
    assert err.strip() == "supplier-desk: error: For Chinese New Year: 'maybe' is not yes or no"
    year = json.loads(ok(db, "season", "show", "--product", pid, "--year", "2027", "--json"))
    assert {r["for_chinese_new_year"] for r in year["rows"]} == {True}
