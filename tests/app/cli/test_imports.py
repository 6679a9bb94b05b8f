"""`supplier-desk import` and `import undo` through the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.app.cli.running import ok, run

SHEET = (
    "Fornecedor;País;CNPJ;Cidade;E-mail;Telefone\n"
    "Camarões do Norte Ltda;Brasil;12.345.678/0001-95;Fortaleza;vendas@norte.com.br;"
    "(85) 3212-3456\n"
    "Conceição Pescados S/A;Brasil;98.765.432/0001-10;Natal;;\n"
    "Sem Pais;;;;;\n"
)


def test_json_dry_run_then_import_then_undo(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    path = tmp_path / "fornecedores.csv"
    path.write_bytes(SHEET.encode("utf-8-sig"))
    ok(db, "db", "upgrade")  # a dry run only reads: it makes no database
    code, out, err = run(db, "import", str(path), "--dry-run", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert set(report) == {
        "file",
        "sheet",
        "rows",
        "created",
        "updated",
        "unchanged",
        "skipped",
        "possible_duplicates",
        "errors",
        "warnings",
        "batch",
    }
    assert (report["rows"], report["created"], report["batch"]) == (3, 2, None)
    assert report["errors"] == [
        {"row": 4, "column": "País", "value": "", "message": report["errors"][0]["message"]}
    ]
    code, out, err = run(db, "import", str(path), "--json")
    report = json.loads(out)
    assert report["batch"] is not None
    assert report["created"] == 2
    code, out, _ = run(db, "suppliers", "list", "--json")
    names = sorted(s["name"] for s in json.loads(out))
    assert names == ["Camarões do Norte Ltda", "Conceição Pescados S/A"]

    code, out, err = run(db, "import", str(path), "--json")
    assert json.loads(out)["unchanged"] == 2

    code, out, err = run(db, "import", "undo", str(report["batch"]))
    assert (code, err) == (0, ""), err
    assert "undone" in out
    _, out, _ = run(db, "suppliers", "list", "--json")
    assert json.loads(out) == []


def test_mapping_file_and_text_report(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    path = tmp_path / "x.csv"
    path.write_text("Empresa,Zona,Extra\nViña Azul,Chile,abc\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(
        json.dumps(
            {"columns": {"Empresa": "supplier.name", "B": "supplier.country", "Extra": "note"}}
        )
    )
    code, out, err = run(db, "import", str(path), "--mapping", str(mapping))
    assert (code, err) == (0, ""), err
    assert "Imported as batch" in out
    assert "1 new" in out
    _, out, _ = run(db, "suppliers", "list", "--json")
    [supplier] = json.loads(out)
    assert supplier["country"] == "CL"


def test_bad_files_and_arguments_are_one_line_errors(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    pdf = tmp_path / "list.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    code, out, err = run(db, "import", str(pdf))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "list.xlsx" in err
    assert "PDF" in err
    code, _, err = run(db, "import", str(tmp_path / "missing.csv"))
    assert code == 1
    assert "no such file" in err
    code, _, err = run(db, "import", "undo", "x")
    assert code == 1
    assert "import undo BATCH" in err
    code, _, err = run(db, "import", "undo", "99")
    assert code == 1
    assert "99" in err
    code, _, err = run(db, "import", "undo", str(10**30))  # never asked of the database
    assert (code, err) == (1, f"supplier-desk: error: Import {10**30} does not exist\n")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"Nope": "supplier.name"}}')
    ok = tmp_path / "ok.csv"
    ok.write_text("Proveedor,País\nA,CL\n")
    code, _, err = run(db, "import", str(ok), "--mapping", str(mapping))
    assert code == 1
    assert "no column named nope" in err


# --- price lists: the dry run and the import agree (issue 13 point 3) ---------------------

PRICES = (
    "Proveedor,Producto,Precio,Moneda,Volumen\n"
    "Frutícola Ñuble,Uva Crimson,2.45,USD,1000\n"
    "Frutícola Ñuble,Uva Crimson,-5,USD,1000\n"
    "Frutícola Ñuble,Uva Crimson,2.50,USD,0\n"
    "Frutícola Ñuble,Uva Crimson,2.60,USD,-3\n"
    "Frutícola Ñuble,Cereza Lapins,3.10,USD,500\n"
)


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def price_list(tmp_path: Path) -> tuple[Path, Path]:
    """A database with the supplier, and its price list with three rows the services refuse."""
    db = tmp_path / "desk.sqlite3"
    ok(db, "db", "upgrade")
    ok(db, "suppliers", "add", "--name", "Frutícola Ñuble", "--country", "CL")
    path = tmp_path / "precios.csv"
    path.write_text(PRICES, encoding="utf-8")
    return db, path


def test_price_list_dry_run_counts_refused_rows_as_errors(price_list: tuple[Path, Path]) -> None:
    db, path = price_list
    before = table_counts(db)
    out = ok(db, "import", str(path), "--target", "price-list", "--dry-run", "--json")
    report = json.loads(out)
    assert (report["rows"], report["created"], report["skipped"]) == (5, 2, 3)
    assert [(e["row"], e["column"], e["value"]) for e in report["errors"]] == [
        (3, "Precio", "-5"),
        (4, "Volumen", "0"),
        (5, "Volumen", "-3"),
    ]
    assert all("must be more than zero" in e["message"] for e in report["errors"])
    assert table_counts(db) == before


def test_price_list_import_skips_the_refused_rows(price_list: tuple[Path, Path]) -> None:
    db, path = price_list
    before = table_counts(db)
    out = ok(db, "import", str(path), "--target", "price-list", "--on-error", "skip")
    assert "row 3, Precio: '-5' must be more than zero" in out
    assert "2 created" in out
    after = table_counts(db)
    assert (after["offers"] - before["offers"], after["negotiations"]) == (2, 2)
    deals = json.loads(ok(db, "negotiations", "list", "--json"))
    assert sorted(d["product"] for d in deals) == ["Cereza Lapins", "Uva Crimson"]


def test_price_list_stopping_on_errors_names_the_rows_and_changes_nothing(
    price_list: tuple[Path, Path],
) -> None:
    db, path = price_list
    before = table_counts(db)
    code, out, err = run(db, "import", str(path), "--target", "price-list", "--on-error", "abort")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "3 rows have errors, nothing was imported" in err
    for named in ("row 3, Precio: '-5'", "row 4, Volumen: '0'", "row 5, Volumen: '-3'"):
        assert named in err
    assert table_counts(db) == before


@pytest.mark.parametrize("supplier", ["999999", str(2**31), str(10**30)])
def test_price_list_for_a_supplier_that_does_not_exist(
    price_list: tuple[Path, Path], supplier: str
) -> None:
    db, path = price_list
    before = table_counts(db)
    code, out, err = run(db, "import", str(path), "--target", "price-list", "--supplier", supplier)
    assert (code, out, err) == (
        1,
        "",
        f"supplier-desk: error: Supplier {supplier} does not exist\n",
    )
    assert table_counts(db) == before


def test_an_unknown_country_is_one_line_naming_the_option(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    path = tmp_path / "s.csv"
    path.write_text("Proveedor\nViña Azul\n", encoding="utf-8")
    code, out, err = run(db, "import", str(path), "--country", "Narnia")
    assert (code, out) == (1, "")
    assert err == (
        "supplier-desk: error: --country: 'Narnia' is not a country we know (try its ISO code)\n"
    )
    assert not db.exists()  # refused before the database is opened


def test_a_header_row_below_one_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(tmp_path / "desk.sqlite3", "import", "x.csv", "--header-row", "0")
    assert exit_.value.code == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last == "supplier-desk import: error: --header-row must be 1 or more, not 0"


WARNED = (
    "Razón social,País,Teléfono,Correo\n"
    "Aguacates Tancítaro SA,México,+52 1 55 1234 5678,ventas@tancitaro\n"
    "N/A,México,,\n"
    "Limones del Golfo SA,México,12,limones@golfo.mx\n"
)


def test_a_bad_phone_or_email_is_a_warning_and_the_supplier_comes_in(tmp_path: Path) -> None:
    """Issue 14 point 1: only a row without a usable name or country is refused; a field
    that cannot be read is left empty and listed under 'warnings', shaped as 'errors'."""
    db = tmp_path / "desk.sqlite3"
    path = tmp_path / "proveedores.csv"
    path.write_text(WARNED, encoding="utf-8")
    code, out, err = run(
        db, "import", str(path), "--json", "--errors-out", str(tmp_path / "f.xlsx")
    )
    assert (code, err) == (0, ""), err
    report = json.loads(out)
    assert (report["created"], report["skipped"]) == (2, 1)
    [error] = report["errors"]
    assert (error["row"], error["value"]) == (3, "N/A")
    assert "placeholder, not a name" in error["message"]
    assert [(w["row"], w["column"], w["value"]) for w in report["warnings"]] == [
        (2, "Correo", "ventas@tancitaro"),
        (4, "Teléfono", "12"),
    ]
    assert all(set(w) == set(error) for w in report["warnings"])
    _, out, _ = run(db, "suppliers", "list", "--json")
    assert sorted(s["name"] for s in json.loads(out)) == [
        "Aguacates Tancítaro SA",
        "Limones del Golfo SA",
    ]
    _, out, _ = run(db, "suppliers", "show", "1")
    assert "phone: +525512345678" in out  # the old mobile prefix '+52 1' read
    assert "ventas@tancitaro" not in out

    code, out, err = run(db, "import", str(path), "--dry-run")
    assert "  warning: row 4, Teléfono: '12' is not a valid phone number" in out


def test_no_country_column_names_the_mapping_file_and_country_option(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    path = tmp_path / "x.csv"
    path.write_text("Empresa,Zzz\nViña Azul,CL\n", encoding="utf-8")
    ok(db, "db", "upgrade")
    code, _, err = run(db, "import", str(path), "--dry-run")
    assert code != 0
    assert "no column is mapped to Country" in err
    assert '--mapping FILE.json holding {"columns": {"COLUMN": "supplier.country"}}' in err
    assert "COLUMN being one of: Empresa, Zzz" in err
    assert "--country CODE" in err


# --- the product of a sheet's prices (issue 14 point 3) -----------------------------------

UNNAMED_PRODUCT = (
    "Razón social;País;Precio FOB USD/kg\n"
    "Agrícola Los Álamos SA de CV;México;2,45\n"
    "Frutas del Valle SA;México;1,10\n"
)


def test_product_option_is_the_import_options_offer_product() -> None:
    from app.cli.dispatch import build_parser
    from app.cli.imports import _options

    parser = build_parser()
    args = parser.parse_args(["import", "x.csv", "--product", " Aguacate Hass "])
    assert _options(args, None, None).offer_product == "Aguacate Hass"
    assert _options(parser.parse_args(["import", "x.csv"]), None, None).offer_product is None


def test_product_option_puts_a_sheets_prices_on_that_products_deal(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    path = tmp_path / "precios.csv"
    path.write_text(UNNAMED_PRODUCT, encoding="utf-8")
    without = ok(tmp_path / "other.sqlite3", "import", str(path), "--json")
    assert "no product for the price" in without
    assert "--product" in without
    report = json.loads(ok(db, "import", str(path), "--product", "Aguacate Hass", "--json"))
    assert (report["created"], report["warnings"]) == (2, [])
    deals = json.loads(ok(db, "negotiations", "list", "--json"))
    assert sorted(d["product"] for d in deals) == ["Aguacate Hass", "Aguacate Hass"]
