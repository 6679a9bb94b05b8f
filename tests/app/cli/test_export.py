"""`supplier-desk export ...` end to end, on a demo database of the test's own."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli.dispatch import main
from app.services.demo import load_demo
from app.store.database import open_database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-export") / "demo.sqlite3"
    database = open_database(str(path), daily_backup=False)
    with database.transaction() as session:
        load_demo(session)
    database.dispose()
    return path


@pytest.fixture(autouse=True)
def export_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import app.exporting.export_settings

    settings_file = tmp_path / "export-settings.json"
    monkeypatch.setattr(app.exporting.export_settings, "settings_path", lambda: settings_file)
    return settings_file


def run(db: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_supplier_list_to_csv_with_a_search(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "chile.csv"
    code, out, err = run(demo_db, "export", "suppliers", "--search", "nuble", "-o", str(target))
    assert (code, err) == (0, "")
    assert out.startswith("wrote 1 suppliers to ")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Name"
    assert rows[1][0] == "Frutícola Ñuble SpA"


def test_pipeline_to_excel_filtered_by_stage(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "pipeline.xlsx"
    code, out, err = run(demo_db, "export", "pipeline", "--stage", "contracted", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"wrote the pipeline report to {target}\n"
    book = load_workbook(target, read_only=True)
    rows = list(book["Pipeline"].iter_rows(values_only=True))
    book.close()
    assert len(rows) - 1 == 6  # the demo has six contracted deals
    assert all("ontracted" in str(row) for row in rows[1:])


def test_deal_sheet_takes_the_export_settings(
    demo_db: Path, tmp_path: Path, export_settings_file: Path
) -> None:
    from pypdf import PdfReader

    from app.exporting.export_settings import ExportSettings, save_export_settings

    save_export_settings(
        ExportSettings(company_name="Importadora Pacífico", prepared_by="Lucía Herrera"),
        export_settings_file,
    )
    target = tmp_path / "deal.pdf"
    code, _out, err = run(demo_db, "export", "deal-sheet", "3", "-o", str(target))
    assert (code, err) == (0, "")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Importadora Pacífico" in text
    assert "Lucía Herrera" in text


def test_unwritable_target_is_one_line(demo_db: Path, tmp_path: Path) -> None:
    code, out, err = run(demo_db, "export", "contacts", "-o", str(tmp_path / "missing" / "c.xlsx"))
    assert (code, out) == (1, "")
    assert err.startswith("supplier-desk: error: cannot write ")
    assert err.count("\n") == 1


def test_an_excel_deal_sheet_prints_on_the_paper_asked(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "deal.xlsx"
    args = ("export", "deal-sheet", "3", "--format", "xlsx", "--paper", "Letter", "-o")
    code, _out, err = run(demo_db, *args, str(target))
    assert (code, err) == (0, ""), err
    sheets = load_workbook(target).worksheets
    assert {int(sheet.page_setup.paperSize) for sheet in sheets} == {1}  # Letter, not A4 (9)
