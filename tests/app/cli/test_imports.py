"""`supplier-desk import` and `import undo` through the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

from app.cli.dispatch import main


def run(db: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


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
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"Nope": "supplier.name"}}')
    ok = tmp_path / "ok.csv"
    ok.write_text("Proveedor,País\nA,CL\n")
    code, _, err = run(db, "import", str(ok), "--mapping", str(mapping))
    assert code == 1
    assert "no column named nope" in err
