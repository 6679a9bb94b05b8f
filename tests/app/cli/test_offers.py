"""`offers compare` on the command line (issue 15 points 6 and 8): JSON, a table, another
reporting currency, an .xlsx file, and a product that does not exist refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.freight import add_route
from app.services.fx_rates import add_rate
from app.services.negotiations import add_offer, create_negotiation
from app.services.products import find_product, update_product
from app.services.suppliers import create_supplier
from app.services.tariffs import add_tariff
from app.store.database import open_database
from tests.app.cli.running import ok, run


def _seed(db: Path) -> int:
    database = open_database(str(db), create=True, daily_backup=False)
    try:
        with database.transaction() as session:
            for name, country, port, price in (
                ("Aguacates del Valle", "MX", "Manzanillo", "6.00"),
                ("Empacadora Tancítaro", "MX", "Manzanillo", "5.40"),
                ("Hass Andina", "CO", "Cartagena", "2.65"),
            ):
                supplier = create_supplier(session, {"name": name, "country": country})
                deal = create_negotiation(
                    session,
                    supplier.id,
                    {
                        "incoterm": f"FOB {port}",
                        "origin_port": port,
                        "destination_port": "Shanghai",
                    },
                    product_name="Hass avocado",
                )
                add_offer(
                    session,
                    deal.id,
                    {
                        "side": "supplier",
                        "offered_on": "2026-12-01",
                        "price": price,
                        "currency": "USD",
                        "price_unit": "kg",
                        "incoterm": f"FOB {port}",
                    },
                )
            product = find_product(session, "Hass avocado")
            assert product is not None
            update_product(session, product.id, {"hs_code": "080440", "kg_per_box": "10"})
            add_rate(
                session,
                {"day": "2026-11-30", "from_currency": "USD", "to_currency": "CNY", "rate": "7.10"},
                decimal_sep=".",
            )
            add_route(
                session,
                {
                    "origin_port": "Manzanillo",
                    "destination_port": "Shanghai",
                    "mode": "sea",
                    "cost": "8000",
                    "currency": "USD",
                    "per": "container",
                    "payload_kg": "20000",
                    "insurance_rate": "0.3",
                    "valid_from": "2026-01-01",
                },
                decimal_sep=".",
            )
            for origin in ("MX", "CO"):
                add_tariff(
                    session,
                    {
                        "hs_code": "080440",
                        "origin": origin,
                        "duty_rate": "0",
                        "vat_rate": "9",
                        "valid_from": "2026-01-01",
                    },
                    decimal_sep=".",
                )
            return product.id
    finally:
        database.dispose()


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's settings (reporting currency, VAT) are read from a file of the test's."""
    import app.exporting.export_settings

    path = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: path)
    return path


@pytest.fixture
def product_id(db: Path, settings_file: Path) -> int:
    return _seed(db)


def test_json_lists_each_supplier_cheapest_landed_first(db: Path, product_id: int) -> None:
    rows = json.loads(ok(db, "offers", "compare", "--product", "hass avocado", "--json"))
    assert [r["supplier"]["name"] for r in rows] == [
        "Empacadora Tancítaro",
        "Aguacates del Valle",
        "Hass Andina",
    ]
    worked = rows[1]
    assert worked["landed"] == {"per_kg": "49.69", "missing": []}
    assert (worked["origin"], worked["incoterm"], worked["incoterm_place"]) == (
        "MX",
        "FOB",
        "Manzanillo",
    )
    assert (worked["currency"], worked["unit"], worked["offered_on"]) == ("USD", "kg", "2026-12-01")
    assert isinstance(worked["price"], str)
    assert rows[2]["landed"] == {
        "per_kg": None,
        "missing": ["sea freight route Cartagena → Shanghai valid on 2026-12-01"],
    }
    assert json.loads(ok(db, "offers", "compare", "--product", str(product_id), "--json")) == rows


def test_another_reporting_currency_for_the_run(db: Path, product_id: int) -> None:
    rows = json.loads(
        ok(db, "offers", "compare", "--product", "Hass avocado", "--currency", "usd", "--json")
    )
    assert rows[1]["landed"]["per_kg"] == "7.00"
    code, out, err = run(db, "offers", "compare", "--product", "1", "--currency", "XYZ")
    assert (code, out) == (1, "")
    assert err.startswith("supplier-desk: error: --currency: 'XYZ'")
    assert len(err.strip().splitlines()) == 1


def test_the_settings_give_the_currency_and_vat_unless_overridden(
    db: Path, product_id: int, settings_file: Path
) -> None:
    from app.exporting.export_settings import ExportSettings, save_export_settings

    save_export_settings(
        ExportSettings(reporting_currency="USD", landed_vat="exclude"), settings_file
    )
    out = ok(db, "offers", "compare", "--product", "Hass avocado")
    assert out.splitlines()[0] == (
        "Hass avocado: latest offer of each supplier, landed per kg in USD, VAT left out"
    )
    rows = json.loads(ok(db, "offers", "compare", "--product", "Hass avocado", "--json"))
    assert rows[1]["landed"]["per_kg"] == "6.42"  # CIF in USD, no VAT
    rows = json.loads(
        ok(db, "offers", "compare", "--product", "Hass avocado", "--currency", "CNY", "--json")
    )
    assert rows[1]["landed"]["per_kg"] == "45.59"


def test_plain_table(db: Path, product_id: int) -> None:
    out = ok(db, "offers", "compare", "--product", "Hass avocado")
    lines = out.splitlines()
    assert lines[0] == "Hass avocado: latest offer of each supplier, landed per kg in CNY"
    assert "Landed/kg CNY" in lines[1]
    assert lines[4].startswith("2  Aguacates del Valle")
    assert lines[4].rstrip().endswith("49.69")
    assert "USD 6.00/kg" in lines[4]
    assert "FOB Manzanillo" in lines[4]
    assert lines[5].startswith("-  Hass Andina")
    assert "missing: sea freight route Cartagena → Shanghai" in lines[5]
    assert lines[-1] == "3 suppliers, 1 without a landed figure (their missing inputs shown)"


def test_a_product_that_does_not_exist_is_refused_naming_it(db: Path, product_id: int) -> None:
    for given in ("Durian", "999"):
        code, out, err = run(db, "offers", "compare", "--product", given)
        assert (code, out) == (1, "")
        assert err == f"supplier-desk: error: Product '{given}' does not exist\n"


def test_xlsx_file_reads_back(db: Path, product_id: int, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "compare.xlsx"
    out = ok(db, "offers", "compare", "--product", "Hass avocado", "--xlsx", str(target))
    assert f"Written to {target}" in out
    sheet = load_workbook(target).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == [
        "Rank",
        "Supplier",
        "Origin",
        "Incoterm",
        "Offer date",
        "Price",
        "Currency",
        "Per",
        "Landed per kg (CNY)",
        "Missing inputs",
    ]
    assert rows[2][:2] == [2, "Aguacates del Valle"]
    assert rows[2][3] == "FOB Manzanillo"
    assert rows[2][5] == 6
    assert rows[2][8] == pytest.approx(49.69)
    assert rows[3][0] is None
    assert rows[3][8] is None
    assert rows[3][9] == "sea freight route Cartagena → Shanghai valid on 2026-12-01"
