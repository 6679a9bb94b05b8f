"""What the .xlsx scan finds that calamine does not tell: hidden rows and columns, formulas
saved without a result, error cells, the 1904 date flag and the styles that show a
duration. The workbooks are written part by part with test_readers' helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.importing.readers import open_source
from tests.app.importing.test_readers import STYLES, sheet_xml, write_xlsx, write_zip, xlsx_bytes


def formula_rows() -> str:
    return (
        '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c>'
        '<c r="C1"><f>A1*B1</f><v>6</v></c>'  # calculated
        '<c r="D1"><f>A1+B1</f></c>'  # never calculated: no <v>
        '<c r="E1"><f t="shared" ref="E1:E2" si="0">A1*2</f><v>4</v></c></row>'
        '<row r="2" hidden="1"><c r="A2"><v>5</v></c>'
        '<c r="E2"><f t="shared" si="0"/><v>10</v></c>'  # shared child, calculated
        '<c r="F2"><f t="shared" si="0"/></c>'  # shared child, not calculated
        '<c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
        '<c r="H2" t="e"><v>#N/A</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>hidden="1" is only text here</t></is></c>'
        "</row>"
    )


@pytest.mark.parametrize("prefix", ["", "x"])
def test_scan_finds_hidden_rows_columns_formulas_and_errors(tmp_path: Path, prefix: str) -> None:
    cols = '<cols><col min="2" max="3" hidden="1"/><col min="6" max="6" width="9"/></cols>'
    xml = sheet_xml(formula_rows(), before='<dimension ref="A1:H3"/>' + cols, prefix=prefix)
    path = write_xlsx(tmp_path / "formulas.xlsx", {"Cálculo & Precios": xml})
    with open_source(path) as source:
        data = source.read_sheet("Cálculo & Precios")
    assert data.hidden_rows == frozenset({2})
    assert data.hidden_columns == frozenset({1, 2})
    assert data.formulas_without_value == [(1, 3), (2, 5)]
    assert data.rows[0][:5] == [2, 3, 6, None, 4]
    assert data.rows[1][4:8] == [10, None, "#DIV/0!", "#N/A"]
    assert data.rows[2][0] == 'hidden="1" is only text here'
    assert any(note.startswith("2 formula cell(s) have no saved result") for note in data.notes)


def test_rows_and_cells_without_r_attributes(tmp_path: Path) -> None:
    rows = (
        "<row><c><v>1</v></c><c><f>A1</f></c></row>"
        '<row hidden="true"><c><v>2</v></c></row>'
        '<row><c t="e"><v>#REF!</v></c><c><v>3</v></c></row>'
    )
    path = write_xlsx(tmp_path / "sin_r.xlsx", {"Hoja1": sheet_xml(rows)})
    with open_source(path) as source:
        data = source.read_sheet()
    assert data.rows == [[1, None], [2, None], ["#REF!", 3]]
    assert data.hidden_rows == frozenset({2})
    assert data.formulas_without_value == [(1, 1)]


@pytest.mark.parametrize("flag", ['date1904="1"', 'date1904="true"'])
def test_date1904_is_flagged_and_dates_are_shifted_by_calamine(tmp_path: Path, flag: str) -> None:
    # serial 43830 is 2019-12-31 counted from 1900 and 2024-01-01 counted from 1904
    rows = '<row r="1"><c r="A1" s="1"><v>43830</v></c></row>'
    path = write_xlsx(
        tmp_path / "mac.xlsx", {"Hoja1": sheet_xml(rows)}, workbook_pr=f"<workbookPr {flag}/>"
    )
    with open_source(path) as source:
        data = source.read_sheet()
    assert data.date1904 is True
    assert data.rows == [[dt.date(2024, 1, 1)]]


def test_date1900_workbook_is_not_flagged(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1" s="1"><v>43830</v></c></row>'
    path = write_xlsx(tmp_path / "pc.xlsx", {"Hoja1": sheet_xml(rows)})
    with open_source(path) as source:
        data = source.read_sheet()
    assert data.date1904 is False
    assert data.rows == [[dt.date(2019, 12, 31)]]


def test_durations_become_a_time_or_hours_text(tmp_path: Path) -> None:
    styles = STYLES.replace(
        '<cellXfs count="2">',
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/></numFmts>'
        '<cellXfs count="3">',
    ).replace("</cellXfs>", '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs>')
    rows = '<row r="1"><c r="A1" s="2"><v>0.5</v></c><c r="B1" s="2"><v>1.5</v></c></row>'
    parts = xlsx_bytes({"Hoja1": sheet_xml(rows)})
    parts["xl/styles.xml"] = styles.encode()
    path = write_zip(tmp_path / "horas.xlsx", parts)
    with open_source(path) as source:
        assert source.read_sheet().rows == [[dt.time(12, 0), "36:00:00"]]
