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
from tests.app.queries.test_pipeline_totals import IN_CNY, add_rates, add_rounding_deals

TODAY = date(2026, 3, 2)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_xlsx_totals_by_stage_match_the_dashboard(session: Session, tmp_path: Path) -> None:
    load_demo(session)
    target = tmp_path / "pipeline.xlsx"
    export_pipeline(session, target, today=TODAY)
    book = load_workbook(target)
    assert book.sheetnames == ["Pipeline", "By stage", "Rates"]
    by_stage = list(book["By stage"].iter_rows(values_only=True))
    headers = list(by_stage[0])
    assert headers[:3] == ["Stage", "Deals", "Total (CNY)"]
    assert headers[-1] == "Notes"
    currencies = [h.removeprefix("Target value (").removesuffix(")") for h in headers[3:-1]]
    lines = {row[0]: row for row in by_stage[1:]}
    dashboard = build_dashboard(session, TODAY)
    assert len(dashboard.pipeline) == len(OPEN_STAGES)
    for figures in dashboard.pipeline:
        row = lines[label(figures.stage)]
        assert row[1] == figures.count
        assert Decimal(str(row[2])).quantize(Decimal("0.01")) == figures.total
        exported = {
            c: Decimal(str(v)).quantize(Decimal(1))
            for c, v in zip(currencies, row[3:-1], strict=True)
            if v
        }
        assert exported == figures.value
    total = lines["Total (closed lost excluded)"]
    lost = session.scalar(
        select(func.count(Negotiation.id)).where(
            Negotiation.archived_at.is_(None),
            Negotiation.stage == NegotiationStage.CLOSED_LOST,
        )
    )
    assert (
        total[1]
        == session.scalar(
            select(func.count(Negotiation.id)).where(Negotiation.archived_at.is_(None))
        )
        - lost
    )
    assert sum(lines[label(s)][1] for s in NegotiationStage) == total[1] + lost
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
    assert "Total (CNY)" in text
    assert f"{report.totals.total:,.2f}" in text
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
    add_rates(session)
    export_pipeline(session, tmp_path / "pipeline.xlsx", today=TODAY)
    lines = list(load_workbook(tmp_path / "pipeline.xlsx")["By stage"].iter_rows(values_only=True))
    assert lines[0][2:] == (
        "Total (CNY)", *(f"Target value ({c})" for c in ("CNY", "EUR", "USD")), "Notes",
    )  # fmt: skip
    values = {
        row[0]: [None if v is None else Decimal(str(v)) for v in row[2:6]] for row in lines[1:]
    }
    # To the cent, half up: 1.225 -> 1.23, 1.005 -> 1.01, 0.805 -> 0.81 (were 1.22, 1.00, 0.80)
    assert values["Lead"] == [Decimal("8.70"), 0, 0, Decimal("1.23")]
    assert values["Sampling"] == [Decimal("7.14"), 0, 0, Decimal("1.01")]
    assert values["Agreed"] == [Decimal("6.17"), 0, Decimal("0.81"), 0]
    assert values["Contracted"] == [Decimal("6613.87"), Decimal("6613.87"), 0, 0]
    assert values["Closed lost"] == [None, None, None, None]
    total = sum(IN_CNY.values())
    assert values["Total (closed lost excluded)"] == [
        total, Decimal("6613.87"), Decimal("0.81"), Decimal("4.74"),
    ]  # fmt: skip
    dashboard = build_dashboard(session, TODAY)
    for figures in dashboard.pipeline:
        assert values[label(figures.stage)] == [
            figures.total,
            *(figures.value.get(c, Decimal(0)) for c in ("CNY", "EUR", "USD")),
        ]
    export_pipeline(session, tmp_path / "pipeline.pdf", today=TODAY)
    text = _pdf_text(tmp_path / "pipeline.pdf")
    for shown in ("1.23", "1.01", "0.81", "6,613.87", "4.74", f"{total:,.2f}", "8.70"):
        assert shown in text


def _packed_and_priced(session: Session) -> None:
    """A boxed deal converted through its packaging, one whose product lacks the figure,
    one in a currency with no rate, one lost."""
    from app.services.negotiations import create_negotiation
    from app.services.products import get_or_create_product, update_product
    from app.services.suppliers import create_supplier

    supplier = create_supplier(session, {"name": "Vale do São Francisco Ltda.", "country": "BR"})
    mango = get_or_create_product(session, "Kent mango")
    update_product(session, mango.id, {"kg_per_container_40": "21000"})  # no kg per box
    grapes = get_or_create_product(session, "Red Globe table grapes")
    update_product(session, grapes.id, {"kg_per_box": "8.2", "kg_per_container_40": "19680"})
    deals = [
        ("Red Globe table grapes", "agreed", "USD", "17", "box", "5", "container"),
        ("Kent mango", "lead", "USD", "28", "box", "4", "container"),
        ("Fresh plums", "sampling", "ARS", "100", "kg", "1000", "kg"),
        ("Fresh figs", "closed lost", "USD", "3", "kg", "1000", "kg"),
    ]
    for product, stage, currency, price, per, volume, unit in deals:
        values = {"stage": stage, "currency": currency, "target_price": price,
                  "price_unit": per, "target_volume": volume, "volume_unit": unit}  # fmt: skip
        create_negotiation(session, supplier.id, values, product_name=product)


def test_the_report_says_why_a_value_is_blank_or_left_out(session: Session, tmp_path: Path) -> None:
    _packed_and_priced(session)
    add_rates(session)
    report = build_pipeline(session, today=TODAY)
    # 17 USD a box of 8.2 kg x 5 containers of 19,680 kg = 12,000 boxes: 204,000 USD
    grapes = next(r for r in report.rows if r.product == "Red Globe table grapes")
    assert grapes.target_value == Decimal("204000.00")
    assert grapes.reporting_value == Decimal("1448400.00")
    assert grapes.value_note is None
    assert report.totals.total == Decimal("1448400.00")
    assert report.totals.not_converted == {"ARS": 1}
    assert report.totals.missing_packaging[0].startswith("Kent mango has no kg per box")
    target = tmp_path / "pipeline.xlsx"
    export_pipeline(session, target, today=TODAY)
    book = load_workbook(target)
    rows = list(book["Pipeline"].iter_rows(values_only=True))
    headers = list(rows[0])
    at = {h: headers.index(h) for h in ("Product", "Target value", "Target value (CNY)")}
    notes = {r[at["Product"]]: r[headers.index("Value note")] for r in rows[1:]}
    assert str(notes["Kent mango"]).startswith("Kent mango has no kg per box: set it")
    assert notes["Fresh plums"] == "no ARS→CNY rate on or before 2026-03-02"
    assert notes["Fresh figs"] == "outside the totals (closed lost)"
    assert notes["Red Globe table grapes"] is None
    plums = next(r for r in rows[1:] if r[at["Product"]] == "Fresh plums")
    assert plums[at["Target value"]] == 100000
    assert plums[at["Target value (CNY)"]] is None
    by_stage = {row[0]: row for row in book["By stage"].iter_rows(values_only=True)}
    assert by_stage["Sampling"][-1] == "+1 deal without a ARS→CNY rate"
    assert str(by_stage["Lead"][-1]).startswith("Kent mango has no kg per box")
    assert str(by_stage["Total (closed lost excluded)"][-1]).startswith(
        "+1 deal without a ARS→CNY rate; Kent mango has no kg per box"
    )
    assert by_stage["Total (closed lost excluded)"][1] == 3
    rates = list(book["Rates"].iter_rows(values_only=True))
    assert rates[0] == ("From", "To", "Rate", "Rate date", "How")
    assert rates[1][:2] == ("USD", "CNY")
    assert Decimal(str(rates[1][2])) == Decimal("7.1")  # not tomorrow's 9.99
    pdf = tmp_path / "pipeline.pdf"
    export_pipeline(session, pdf, today=TODAY)
    text = " ".join(_pdf_text(pdf).split())
    assert "Total (CNY)" in text
    assert "1,448,400.00" in text
    assert "+1 deal without a ARS→CNY rate" in text
    assert "Kent mango has no kg per box" in text
    assert "outside the totals" in text
    assert "Totals in CNY at the latest rates on or before 2026-03-02: USD→CNY 7.1000" in text
    assert "9.99" not in text


def test_the_reporting_currency_comes_from_the_settings_or_the_caller(
    session: Session, tmp_path: Path
) -> None:
    _packed_and_priced(session)
    add_rates(session)
    in_usd = build_pipeline(session, today=TODAY, settings=ExportSettings(reporting_currency="USD"))
    assert in_usd.currency == "USD"
    assert in_usd.totals.total == Decimal("204000.00")
    assert build_pipeline(session, today=TODAY, currency="USD").totals == in_usd.totals
