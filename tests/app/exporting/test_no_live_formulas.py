"""No export carries a live formula from user text (issue 13): user text that starts like
a formula, in every field the services take, through every .csv and .xlsx the program
writes: the four lists, the deal sheet, the pipeline report and an import's rows to fix.

The program writes no formula of its own in any of them, so any formula cell is a fault.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from app.exporting.cell_safety import looks_like_formula
from app.exporting.deal_sheet import build_deal_sheet
from app.exporting.list_files import LIST_NAMES, export_named_list
from app.exporting.pipeline import export_pipeline
from app.exporting.xlsx_deal_sheet import render_xlsx
from app.importing.preview import build_preview
from app.importing.problems import save_problem_rows
from tests.app.exporting.hostile import (
    OLD_DATABASE_TEXTS,
    SERVICE_TEXTS,
    Hostile,
    as_older_database,
    live_formula,
    read_csv,
    seed,
)

HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(1)", *SERVICE_TEXTS]
"""What the services keep; OLD_DATABASE_TEXTS are added as an older database holds them."""


@pytest.fixture
def hostile(session: Session) -> list[Hostile]:
    made = [seed(session, text, key=f"-{i}") for i, text in enumerate(HOSTILE)]
    for i, text in enumerate(OLD_DATABASE_TEXTS):
        as_older_database(session, seed(session, f"old {i}", key=f"-old{i}"), text)
    return made


def _cells(path: Path) -> Iterator[tuple[str, object, str, bool]]:
    """(where, value, data type, quote prefix) of every cell of every sheet."""
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    where = f"{path.name}!{sheet.title}!{cell.coordinate}"
                    yield where, cell.value, cell.data_type, bool(cell.quotePrefix)


def _assert_no_formula(path: Path, *, quote_prefixed: bool) -> set[str]:
    """No formula cell; user text kept as text (with Excel's quote prefix when the writer
    sets one); returns the text of the cells."""
    texts = set()
    for where, value, data_type, quoted in _cells(path):
        assert data_type != "f", f"{where} is a formula: {value!r}"
        if isinstance(value, str):
            texts.add(value)
            if quote_prefixed and looks_like_formula(value):
                assert quoted, f"{where} ({value!r}) has no quote prefix"
    return texts


@pytest.mark.parametrize("name", LIST_NAMES)
def test_no_list_xlsx_holds_a_formula_from_user_text(
    session: Session, tmp_path: Path, hostile: list[Hostile], name: str
) -> None:
    target = tmp_path / f"{name}.xlsx"
    export_named_list(session, name, target)
    texts = _assert_no_formula(target, quote_prefixed=True)
    # The streamed writer escapes a carriage return as OOXML's _x000D_ (Excel shows a
    # line break); openpyxl reads the escape back as it is.
    assert {t.replace("\r", "_x000D_") for t in HOSTILE + OLD_DATABASE_TEXTS} <= texts


@pytest.mark.parametrize("name", LIST_NAMES)
def test_no_list_csv_holds_a_live_formula_from_user_text(
    session: Session, tmp_path: Path, hostile: list[Hostile], name: str
) -> None:
    target = tmp_path / f"{name}.csv"
    export_named_list(session, name, target)
    rows = read_csv(target)
    live = [(n, cell) for n, row in enumerate(rows, 1) for cell in row if live_formula(cell)]
    assert live == []
    cells = {cell for row in rows for cell in row}
    assert {"'" + t for t in HOSTILE + OLD_DATABASE_TEXTS} <= cells


def test_the_deal_sheet_xlsx_holds_no_formula_from_user_text(
    session: Session, tmp_path: Path, hostile: list[Hostile]
) -> None:
    for found in hostile:
        sheet = build_deal_sheet(
            session,
            found.negotiation.id,
            today=date(2026, 1, 10),
            prepared_by="=1+1",
            company_name="@SUM(1)",
        )
        target = tmp_path / f"deal-{found.negotiation.id}.xlsx"
        render_xlsx(sheet, target)
        texts = _assert_no_formula(target, quote_prefixed=True)
        assert found.supplier.name in texts


def test_the_pipeline_xlsx_holds_no_formula_from_user_text(
    session: Session, tmp_path: Path, hostile: list[Hostile]
) -> None:
    target = export_pipeline(session, tmp_path / "pipeline.xlsx", today=date(2026, 1, 10))
    texts = _assert_no_formula(target, quote_prefixed=True)
    assert set(HOSTILE) <= texts


def test_the_rows_to_fix_of_an_import_hold_no_formula_from_user_text(
    session: Session, tmp_path: Path
) -> None:
    source = tmp_path / "suppliers.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Name", "Country", "City", "Notes"])
        for text in HOSTILE + OLD_DATABASE_TEXTS:
            writer.writerow([text, "", text, text])  # no country: every row is an error
    preview = build_preview(session, source)
    target = tmp_path / "to_fix.xlsx"
    assert save_problem_rows(preview, target) == len(HOSTILE + OLD_DATABASE_TEXTS)
    texts = _assert_no_formula(target, quote_prefixed=True)
    assert set(HOSTILE) <= texts
