"""The .xlsx deal sheet on paper: print areas, one page wide, header rows repeated, the
wide sheets in landscape, rows tall enough for their wrapped text, the chart's price
axis starting near the prices, and quantities with plural unit words."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from app.exporting.xlsx_deal_sheet import price_axis_minimum, render_xlsx
from tests.app.exporting.test_deal_sheet import demo_negotiation_id, sheet_of


@pytest.mark.parametrize(("paper", "code"), [("A4", 9), ("Letter", 1)])
def test_every_sheet_prints_one_page_wide_with_its_header_row_repeated(
    session: Session, tmp_path: Path, paper: str, code: int
) -> None:
    target = tmp_path / "cherries.xlsx"
    render_xlsx(sheet_of(session, demo_negotiation_id(session)), target, paper=paper)  # type: ignore[arg-type]

    wb = load_workbook(target)
    expected = {
        # sheet: (orientation, print area)
        "Summary": ("portrait", "'Summary'!$A$1:$E$"),
        "Offers": ("landscape", "'Offers'!$A$1:$Q$"),  # internal: with landed per kg
        "Shipments": ("landscape", "'Shipments'!$A$1:$J$3"),
        "Contacts": ("landscape", "'Contacts'!$A$1:$H$"),
    }
    for name, (orientation, area) in expected.items():
        ws = wb[name]
        assert ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), name
        assert ws.page_setup.orientation == orientation, name
        assert int(ws.page_setup.paperSize) == code, name
        assert ws.print_title_rows == "$1:$1", name
        assert ws.print_area.startswith(area), (name, ws.print_area)
        last_row = int(ws.print_area.rsplit("$", 1)[1])
        assert last_row >= ws.max_row, name  # nothing written is left off the paper

    offers = wb["Offers"]
    chart = offers._charts[0]
    chart_top = chart.anchor._from.row + 1
    chart_rows = round(chart.height / 0.53)  # cm at the default row height
    assert int(offers.print_area.rsplit("$", 1)[1]) >= chart_top + chart_rows


def test_an_unknown_paper_is_refused(session: Session, tmp_path: Path) -> None:
    sheet = sheet_of(session, demo_negotiation_id(session))
    with pytest.raises(ValueError, match="A4 or Letter"):
        render_xlsx(sheet, tmp_path / "x.xlsx", paper="A3")  # type: ignore[arg-type]
    assert not (tmp_path / "x.xlsx").exists()


def test_wrapped_text_rows_are_tall_enough_to_print(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "cherries.xlsx"
    render_xlsx(sheet_of(session, demo_negotiation_id(session)), target)

    shipments = load_workbook(target)["Shipments"]
    for row in range(2, shipments.max_row + 1):
        missing = shipments.cell(row, 10).value
        width = shipments.column_dimensions["J"].width
        if missing and len(missing) > width:
            assert (shipments.row_dimensions[row].height or 15) >= 30, (row, missing)


def test_the_price_axis_starts_a_round_step_below_the_lowest_price(
    session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "cherries.xlsx"
    render_xlsx(sheet_of(session, demo_negotiation_id(session)), target)

    # the demo's cherries: offers from CNY 380 to CNY 460 a box
    axis = load_workbook(target)["Offers"]._charts[0].y_axis
    assert axis.scaling.min == 360
    assert axis.scaling.max is None  # the top is left to the spreadsheet


@pytest.mark.parametrize(
    ("prices", "minimum"),
    [
        (["2.80", "2.20", "2.55", "2.35", "2.42"], 2.0),  # the avocado deal: not 0
        (["410", "410"], 380),  # all equal: 5 % below, rounded down to a step
        (["0.40", "3.00"], 0),  # never below zero
    ],
)
def test_price_axis_minimum(prices: list[str], minimum: float) -> None:
    assert price_axis_minimum([Decimal(p) for p in prices]) == pytest.approx(minimum)


@pytest.mark.parametrize(
    ("lang", "word_format"),
    [
        ("en", '[=1]#,##0" box";#,##0" boxes"'),
        ("es", '[=1]#,##0" caja";#,##0" cajas"'),
        ("zh", '#,##0" 箱"'),
    ],
)
def test_the_target_volume_reads_with_a_plural_unit(
    session: Session, tmp_path: Path, lang: str, word_format: str
) -> None:
    target = tmp_path / "cherries.xlsx"
    render_xlsx(sheet_of(session, demo_negotiation_id(session), lang), target)

    summary = load_workbook(target)["Summary"]
    cell = next(row[1] for row in summary.iter_rows() if row[1].value == 9600)
    assert cell.data_type == "n"
    assert cell.number_format == word_format
