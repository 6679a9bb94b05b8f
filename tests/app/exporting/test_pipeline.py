from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.exporting.export_settings import ExportSettings
from app.exporting.list_files import ExportError
from app.exporting.pipeline import build_pipeline, export_pipeline
from app.queries.dashboard import OPEN_STAGES, build_dashboard
from app.queries.lists import NegotiationQuery
from app.rules.vocabulary import label
from app.services.demo import load_demo
from models import Negotiation, NegotiationStage, Product
from tests.app.queries.test_pipeline_totals import add_rounding_deals

TODAY = date(2026, 3, 2)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_xlsx_totals_by_stage_match_the_dashboard(session: Session, tmp_path: Path) -> None:
    load_demo(session)
    target = tmp_path / "pipeline.xlsx"
    export_pipeline(session, target, today=TODAY)
    book = load_workbook(target)
    assert book.sheetnames == ["Pipeline", "By stage"]
    by_stage = list(book["By stage"].iter_rows(values_only=True))
    headers = list(by_stage[0])
    assert headers[:2] == ["Stage", "Deals"]
    currencies = [h.removeprefix("Target value (").removesuffix(")") for h in headers[2:]]
    lines = {row[0]: row for row in by_stage[1:]}
    dashboard = build_dashboard(session, TODAY)
    assert len(dashboard.pipeline) == len(OPEN_STAGES)
    for figures in dashboard.pipeline:
        row = lines[label(figures.stage)]
        assert row[1] == figures.count
        exported = {
            c: Decimal(str(v)).quantize(Decimal(1))
            for c, v in zip(currencies, row[2:], strict=True)
            if v
        }
        assert exported == figures.value
    total = lines["Total"]
    assert total[1] == session.scalar(
        select(func.count(Negotiation.id)).where(Negotiation.archived_at.is_(None))
    )
    assert sum(lines[label(s)][1] for s in NegotiationStage) == total[1]
    value_cell = book["By stage"].cell(2, 3)
    assert value_cell.data_type == "n"
    assert value_cell.number_format == "#,##0.00"


def test_the_pipeline_sheet_has_one_typed_row_per_negotiation(
    session: Session, tmp_path: Path
) -> None:
    load_demo(session)
    report = build_pipeline(session, today=TODAY)
    target = tmp_path / "pipeline.xlsx"
    export_pipeline(session, target, today=TODAY)
    sheet = load_workbook(target)["Pipeline"]
    rows = list(sheet.iter_rows(values_only=True))
    headers = list(rows[0])
    assert headers[:6] == ["Supplier", "Country", "Product", "Negotiation", "Stage", "Owner"]
    assert len(rows) - 1 == len(report.rows) == 25
    stages = [r[headers.index("Stage")] for r in rows[1:]]
    order = [label(s) for s in NegotiationStage]
    assert stages == sorted(stages, key=order.index)  # grouped in pipeline order
    chincha = next(r for r in rows[1:] if r[0] == "Paltas de Chincha S.A.C.")
    assert chincha[headers.index("Country")] == "Peru"
    assert chincha[headers.index("Offer currency")] == "CNY"
    supplier = Decimal(str(chincha[headers.index("Latest supplier offer")]))
    buyer = Decimal(str(chincha[headers.index("Latest buyer offer")]))
    assert Decimal(str(chincha[headers.index("Gap")])) == supplier - buyer
    gap_cell = sheet.cell(2, headers.index("Gap") + 1)
    assert gap_cell.data_type == "n"
    assert sheet.freeze_panes == "A2"
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_the_filter_chooses_the_rows_and_the_stages(session: Session, tmp_path: Path) -> None:
    load_demo(session)
    avocado = session.scalar(select(Product).where(Product.name == "Hass avocado"))
    assert avocado is not None
    query = NegotiationQuery(
        stages=[NegotiationStage.SAMPLING, NegotiationStage.CONTRACTED],
        countries=["MX"],
        product_id=avocado.id,
    )
    report = build_pipeline(session, query, today=TODAY)
    assert [s.stage for s in report.stages] == [
        NegotiationStage.SAMPLING,
        NegotiationStage.CONTRACTED,
    ]
    assert report.rows
    assert all(r.country == "Mexico" and r.product == "Hass avocado" for r in report.rows)
    assert sum(s.count for s in report.stages) == len(report.rows)
    assert ("Product", "Hass avocado") in report.filters
    assert ("Country", "Mexico") in report.filters
    owned = build_pipeline(session, NegotiationQuery(owner="Li Wei"), today=TODAY)
    assert owned.rows
    assert {r.owner for r in owned.rows} == {"Li Wei"}


def test_the_pdf_holds_the_stages_the_suppliers_and_the_totals(
    session: Session, tmp_path: Path
) -> None:
    load_demo(session)
    target = tmp_path / "pipeline.pdf"
    settings = ExportSettings(company_name="Pacific Fresh Imports", prepared_by="Lucía Herrera")
    export_pipeline(session, target, today=TODAY, settings=settings)
    assert target.read_bytes().startswith(b"%PDF")
    text = _pdf_text(target)
    for stage in NegotiationStage:
        assert label(stage) in text
    for name in ("Frutícola Ñuble SpA", "Conceição Frutas Tropicais Ltda.", "Açaí do Pará Ltda."):
        assert name in text
    assert "Pipeline report" in text
    assert "Pacific Fresh Imports" in text
    assert "Prepared by: Lucía Herrera" in text
    assert "2026-03-02" in text
    report = build_pipeline(session, today=TODAY)
    assert f"{report.total_value('CNY'):,.2f}" in text
    pages = len(PdfReader(target).pages)
    assert pages >= 2
    assert f"Page {pages} of {pages}" in text
    assert "Confidential" in text
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)


def test_an_empty_pipeline_still_gives_a_clean_report(session: Session, tmp_path: Path) -> None:
    report = build_pipeline(session, NegotiationQuery(text="no such deal"), today=TODAY)
    assert report.rows == []
    assert all(s.count == 0 for s in report.stages)
    export_pipeline(session, tmp_path / "empty.pdf", NegotiationQuery(text="no such deal"))
    assert "No negotiation matches." in _pdf_text(tmp_path / "empty.pdf")
    export_pipeline(session, tmp_path / "empty.xlsx", NegotiationQuery(text="no such deal"))
    book = load_workbook(tmp_path / "empty.xlsx")
    assert book["Pipeline"].max_row == 1


def test_an_unwritable_target_gives_a_clear_error(session: Session, tmp_path: Path) -> None:
    load_demo(session)
    for name in ("pipeline.pdf", "pipeline.xlsx"):
        with pytest.raises(ExportError, match=f"cannot write .*missing.*{name}"):
            export_pipeline(session, tmp_path / "missing" / name)
    with pytest.raises(ExportError, match=r"\.xlsx or \.pdf"):
        export_pipeline(session, tmp_path / "pipeline.csv")
    assert list(tmp_path.iterdir()) == []


def test_chinese_and_accented_names_are_text_in_the_pdf(session: Session, tmp_path: Path) -> None:
    from app.services.negotiations import create_negotiation
    from app.services.suppliers import create_supplier

    supplier = create_supplier(session, {"name": "王力果业 Frutícola", "country": "CL"})
    create_negotiation(
        session,
        supplier.id,
        {
            "currency": "CNY",
            "target_price": "60.25",
            "price_unit": "kg",
            "target_volume": "2",
            "volume_unit": "t",
            "owner": "王力",
            "stage": "agreed",
        },
        product_name="Conceição cherries",
    )
    target = tmp_path / "cjk.pdf"
    export_pipeline(session, target, today=TODAY)
    text = _pdf_text(target)
    assert "王力果业 Frutícola" in text
    assert "王力" in text
    assert "Conceição cherries" in text
    assert "120,500.00 CNY" in text
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(target).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("WenQuanYi" in f or "DroidSans" in f for f in fonts)  # the CJK font, embedded
    assert all("+" in f for f in fonts)  # every font an embedded subset


def test_the_report_rounds_its_totals_as_home_does(session: Session, tmp_path: Path) -> None:
    add_rounding_deals(session)
    export_pipeline(session, tmp_path / "pipeline.xlsx", today=TODAY)
    lines = list(load_workbook(tmp_path / "pipeline.xlsx")["By stage"].iter_rows(values_only=True))
    assert lines[0][2:] == tuple(f"Target value ({c})" for c in ("CNY", "EUR", "USD"))
    values = {row[0]: [Decimal(str(v)) for v in row[2:]] for row in lines[1:]}
    # To the cent, half up: 1.225 -> 1.23, 1.005 -> 1.01, 0.805 -> 0.81 (were 1.22, 1.00, 0.80)
    assert values["Lead"] == [0, 0, Decimal("1.23")]
    assert values["Sampling"] == [0, 0, Decimal("1.01")]
    assert values["Agreed"] == [0, Decimal("0.81"), 0]
    assert values["Contracted"] == [Decimal("6613.87"), 0, 0]
    assert values["Total"] == [Decimal("6613.87"), Decimal("0.81"), Decimal("5.86")]
    dashboard = build_dashboard(session, TODAY)
    for figures in dashboard.pipeline:
        assert values[label(figures.stage)] == [
            figures.value.get(c, Decimal(0)) for c in ("CNY", "EUR", "USD")
        ]
    export_pipeline(session, tmp_path / "pipeline.pdf", today=TODAY)
    text = _pdf_text(tmp_path / "pipeline.pdf")
    for shown in ("1.23", "1.01", "0.81", "6,613.87", "5.86"):
        assert shown in text
