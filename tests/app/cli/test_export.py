"""`supplier-desk export ...` end to end, on a demo database of the test's own."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli.dispatch import main
from app.services.demo import load_demo
from app.store.database import Database, open_database
from tests.app.cli.refusing import DATABASES, PG_URL, closing, run_on
from tests.demo_file import write_demo_file

__all__ = ["closing"]  # a fixture


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo_file(tmp_path_factory.mktemp("cli-export") / "demo.sqlite3")


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


@pytest.fixture(params=DATABASES)
def demo_url(request: pytest.FixtureRequest, demo_db: Path) -> Iterator[str]:
    """The demo database's URL: the module's SQLite file, or a database of the test's
    own on the PostgreSQL test server (dropped at the end)."""
    if request.param == "sqlite":
        yield str(demo_db)
        return
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"sd_export_{uuid.uuid4().hex[:8]}"
    server = make_url(PG_URL)
    admin = psycopg.connect(
        server.set(drivername="postgresql").render_as_string(False), autocommit=True
    )
    admin.execute(f'CREATE DATABASE "{name}"')
    url = server.set(database=name).render_as_string(False)
    try:
        database = open_database(url, daily_backup=False)
        with database.transaction() as session:
            load_demo(session)
        database.dispose()
        yield url
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_deal_sheet_for_the_partner_or_for_internal_use(
    demo_url: str,
    tmp_path: Path,
    export_settings_file: Path,
    capsys: pytest.CaptureFixture[str],
    closing: list[Database],
) -> None:
    """--for partner (the default) leaves out the target price and the notes; --for
    internal has them and the landed cost; a bad value is refused naming the option;
    the export settings give the default. On SQLite and PostgreSQL."""
    from pypdf import PdfReader

    from app.exporting.export_settings import ExportSettings, save_export_settings

    def text_of(path: Path) -> str:
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        return " ".join(text.replace("\u00a0", " ").split())

    code, out, _ = run_on(demo_url, "negotiations", "list", "--search", "Ñuble")
    assert code == 0
    # the demo's cherries: target CNY 410 / box, contracted at 410
    cherries = next(line.split()[0] for line in out.splitlines() if "Cherries" in line)
    note = "We agreed to review if market drops below RMB 350/box"
    partner, internal = tmp_path / "partner.pdf", tmp_path / "internal.pdf"
    code, out, err = run_on(demo_url, "export", "deal-sheet", cherries, "-o", str(partner))
    assert (code, err) == (0, ""), err
    assert out == f"wrote the deal sheet of negotiation {cherries} for the partner to {partner}\n"
    args = ("export", "deal-sheet", cherries, "--for", "internal", "-o", str(internal))
    code, out, err = run_on(demo_url, *args)
    assert (code, err) == (0, ""), err
    assert "for internal use" in out

    shown, kept = text_of(partner), text_of(internal)
    for internal_only in ("Target price", note, "Landed cost in China", "Current gap"):
        assert internal_only not in shown, internal_only
    for everything in ("Target price", note, "Landed cost in China", "DO NOT SEND"):
        assert everything in kept, everything
    for both in ("Frutícola Ñuble SpA", "Agreed price: CNY 410.00 / box (round 6,"):
        assert both in shown, both
        assert both in kept, both

    workbook = tmp_path / "partner.xlsx"
    args = ("export", "deal-sheet", cherries, "--for", "partner", "-o", str(workbook))
    assert run_on(demo_url, *args)[0] == 0
    assert load_workbook(workbook).sheetnames == ["Summary", "Offers", "Shipments", "Contacts"]

    with pytest.raises(SystemExit) as exit_:  # argparse's convention: usage, status 2
        run_on(demo_url, "export", "deal-sheet", cherries, "--for", "everyone", "-o", "x.pdf")
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "supplier-desk export deal-sheet: error: --for must be one of partner, internal; "
        "not 'everyone'"
    )

    save_export_settings(ExportSettings(deal_sheet_for="internal"), export_settings_file)
    default = tmp_path / "default.xlsx"
    code, out, err = run_on(demo_url, "export", "deal-sheet", cherries, "-o", str(default))
    assert (code, err) == (0, ""), err
    assert "for internal use" in out
    assert load_workbook(default).sheetnames[-1] == "Landed cost"
