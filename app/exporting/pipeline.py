"""The pipeline report: every negotiation matching a filter (stage, country, product,
owner), one row each with the latest offers and the gap, and totals by stage, as .xlsx
(sheets "Pipeline", "By stage" and "Rates") or as a PDF summary with a chart of value by
stage.

Totals are those of app.queries.pipeline_totals, the Home view's: one total per stage in
the reporting currency (the export settings' `landed.currency`, CNY by default) at today's
rates, with each deal currency's own figure beside it. A deal whose value cannot be
computed (its units need packaging the product lacks) or converted (no rate in reach) is
counted, and its row and the totals say why. Closed-lost deals are listed, and counted at
their stage, but are outside every total.

`build_pipeline` gathers the data once (the queries); the renderers only format it.
openpyxl and reportlab are imported inside the renderers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exporting.export_settings import ExportSettings
from app.exporting.files import ExportError, atomic_output
from app.exporting.fonts import SANS, SANS_BOLD, markup, register_fonts
from app.exporting.list_files import ExportColumn, write_only_workbook, write_sheet
from app.messages import translate
from app.queries.lists import NegotiationQuery, NegotiationRow, negotiation_page
from app.queries.pipeline_totals import (
    OUTSIDE_THE_TOTALS,
    PipelineTotals,
    ReportingRates,
    StageTotal,
    group_deals,
    load_rates,
    not_converted_text,
    stage_totals,
    to_cents,
    valued,
)
from app.rules import countries
from app.rules.units import Packaging
from app.rules.vocabulary import label
from app.services.fx_convert import Quote
from models import NegotiationStage, Product, Unit

PAGE_SIZE = 2000
STAGE_ORDER = list(NegotiationStage)
"""Lead to completed: the order of the pipeline, and of the report."""
OUTSIDE_NOTE = "outside the totals (closed lost)"


@dataclass(frozen=True)
class PipelineRow:
    negotiation_id: int
    title: str
    supplier: str
    country: str
    """The country's name."""
    product: str
    stage: NegotiationStage
    owner: str | None
    target_price: Decimal | None
    currency: str | None
    price_unit: str | None
    target_volume: Decimal | None
    volume_unit: str | None
    target_value: Decimal | None
    """Target price x volume, to the cent, the volume converted to the price's unit through
    the product's packaging where the units differ (app.queries.pipeline_totals.valued)."""
    supplier_price: Decimal | None
    buyer_price: Decimal | None
    gap: Decimal | None
    offer_currency: str | None
    expected_close: date | None
    packaging: Packaging | None = None
    """The product's packaging (kg per box, per container)."""
    reporting_value: Decimal | None = None
    """The target value in the reporting currency at today's rate, to the cent."""
    value_note: str | None = None
    """Why a value is blank (packaging lacking, no rate) or outside the totals."""


@dataclass(frozen=True)
class PipelineReport:
    generated_on: date
    filters: list[tuple[str, str]]
    """What the rows were chosen by, as (label, value) for the header."""
    rows: list[PipelineRow]
    totals: PipelineTotals
    """The totals by stage, as the Home view has them (app.queries.pipeline_totals)."""
    company_name: str = ""
    prepared_by: str = ""

    @property
    def stages(self) -> list[StageTotal]:
        return self.totals.stages

    @property
    def currency(self) -> str:
        """The reporting currency."""
        return self.totals.currency

    @property
    def currencies(self) -> list[str]:
        """The deal currencies with a value inside the totals."""
        return self.totals.currencies

    def total_value(self, currency: str) -> Decimal:
        """The value in one deal currency of every stage inside the totals."""
        return self.totals.value_in(currency)


# --- gathering ------------------------------------------------------------------------------


def _pages(session: Session, query: NegotiationQuery) -> Iterator[list[Any]]:
    offset = 0
    while True:
        page = negotiation_page(session, replace(query, limit=PAGE_SIZE, offset=offset))
        if page.rows:
            yield page.rows
        if len(page.rows) < PAGE_SIZE:
            return
        offset += PAGE_SIZE


def _describe(session: Session, query: NegotiationQuery) -> list[tuple[str, str]]:
    filters = []
    if query.stages:
        filters.append(("Stage", ", ".join(label(s) for s in query.stages)))
    if query.countries:
        filters.append(("Country", ", ".join(countries.name(c) for c in query.countries)))
    if query.product_id is not None:
        product = session.get(Product, query.product_id)
        filters.append(("Product", product.name if product else f"#{query.product_id}"))
    if query.owner:
        filters.append(("Owner", query.owner))
    if query.text.strip():
        filters.append(("Search", query.text.strip()))
    return filters


def _packaging_of_products(session: Session, names: set[str]) -> dict[str, Packaging]:
    """The packaging of the products the rows name, in one query (a product's name is
    its own: the key it folds to is unique)."""
    if not names:
        return {}
    rows = session.execute(
        select(
            Product.name,
            Product.kg_per_box,
            Product.kg_per_container_20,
            Product.kg_per_container_40,
            Product.id,
        ).where(Product.name.in_(sorted(names)))
    )
    return {name: Packaging(name, box, c20, c40, pid) for name, box, c20, c40, pid in rows}


def _unit(value: str | None) -> Unit | None:
    return None if value is None else Unit(value)


def _row(r: NegotiationRow, packaging: Packaging | None, rates: ReportingRates) -> PipelineRow:
    value, why = valued(
        r.target_price, _unit(r.price_unit), r.target_volume, _unit(r.volume_unit), packaging
    )
    reporting = None
    if value is not None and r.currency:
        converted = rates.convert(value, r.currency)
        if converted is None:
            why = rates.missing_text(r.currency)
        else:
            reporting = to_cents(converted)
    if r.stage in OUTSIDE_THE_TOTALS:
        why = OUTSIDE_NOTE if why is None else f"{why}; {OUTSIDE_NOTE}"
    return PipelineRow(
        negotiation_id=r.id,
        title=r.title,
        supplier=r.supplier,
        country=countries.name(r.country),
        product=r.product,
        stage=r.stage,
        owner=r.owner,
        target_price=r.target_price,
        currency=r.currency,
        price_unit=r.price_unit,
        target_volume=r.target_volume,
        volume_unit=r.volume_unit,
        target_value=None if value is None else to_cents(value),
        supplier_price=r.supplier_price,
        buyer_price=r.buyer_price,
        gap=r.gap,
        offer_currency=r.offer_currency,
        expected_close=r.expected_close,
        packaging=packaging,
        reporting_value=reporting,
        value_note=why,
    )


def build_pipeline(
    session: Session,
    query: NegotiationQuery | None = None,
    *,
    today: date | None = None,
    settings: ExportSettings | None = None,
    currency: str | None = None,
) -> PipelineReport:
    """Every negotiation `query` matches (its limit and offset ignored), grouped by stage
    in pipeline order (the query's sort within a stage), with the totals by stage in
    `currency` (else the settings' reporting currency) at the rates of `today`."""
    query = query or NegotiationQuery()
    settings = settings or ExportSettings()
    today = today or date.today()
    listed = [r for page in _pages(session, query) for r in page]
    packaging = _packaging_of_products(session, {r.product for r in listed})
    rates = load_rates(session, currency or settings.landed.currency, today)
    rows = [_row(r, packaging.get(r.product), rates) for r in listed]
    rows.sort(key=lambda row: STAGE_ORDER.index(row.stage))
    stages = [s for s in STAGE_ORDER if not query.stages or s in query.stages]
    return PipelineReport(
        generated_on=today,
        filters=_describe(session, query),
        rows=rows,
        totals=stage_totals(group_deals(rows), stages, rates),
        company_name=settings.company_name,
        prepared_by=settings.prepared_by,
    )


# --- what the totals leave out, in words --------------------------------------------------


def stage_notes(stage: StageTotal) -> list[str]:
    """Why a stage's total leaves deals out: closed lost, no rate, packaging lacking."""
    if not stage.counted:
        return ["outside the totals"] if stage.count else []
    notes = [not_converted_text(c, n, stage.currency) for c, n in stage.not_converted.items()]
    return notes + list(stage.missing_packaging)


def total_notes(totals: PipelineTotals) -> list[str]:
    notes = [not_converted_text(c, n, totals.currency) for c, n in totals.not_converted.items()]
    return notes + list(totals.missing_packaging)


def rate_text(quote: Quote) -> str:
    """ "USD→CNY 7.1000 (2026-12-05)", "BRL→CNY 1.3148 via USD (2026-12-05)"."""
    text = f"{quote.path[0]}→{quote.path[-1]} {quote.rate:.5g}"
    if len(quote.path) > 2:
        text += f" via {quote.path[1]}"
    if quote.rate_date is not None:
        text += f" ({quote.rate_date.isoformat()})"
    return text


def rates_line(totals: PipelineTotals) -> str:
    """The sentence saying which rates made the totals."""
    line = f"Totals in {totals.currency} at the latest rates on or before {totals.on.isoformat()}"
    if totals.rates:
        return f"{line}: " + ", ".join(rate_text(q) for q in totals.rates) + "."
    return line + "."


# --- xlsx -----------------------------------------------------------------------------------


def pipeline_columns(currency: str) -> list[ExportColumn[PipelineRow]]:
    return [
        ExportColumn("Supplier", lambda r: r.supplier),
        ExportColumn("Country", lambda r: r.country),
        ExportColumn("Product", lambda r: r.product),
        ExportColumn("Negotiation", lambda r: r.title),
        ExportColumn("Stage", lambda r: r.stage),
        ExportColumn("Owner", lambda r: r.owner),
        ExportColumn("Target price", lambda r: r.target_price, "money"),
        ExportColumn("Currency", lambda r: r.currency),
        ExportColumn("Per", lambda r: r.price_unit),
        ExportColumn("Target volume", lambda r: r.target_volume, "number"),
        ExportColumn("Volume unit", lambda r: r.volume_unit),
        ExportColumn("Target value", lambda r: r.target_value, "money"),
        ExportColumn(f"Target value ({currency})", lambda r: r.reporting_value, "money"),
        ExportColumn("Value note", lambda r: r.value_note),
        ExportColumn("Latest supplier offer", lambda r: r.supplier_price, "money"),
        ExportColumn("Latest buyer offer", lambda r: r.buyer_price, "money"),
        ExportColumn("Gap", lambda r: r.gap, "money"),
        ExportColumn("Offer currency", lambda r: r.offer_currency),
        ExportColumn("Expected close", lambda r: r.expected_close, "date"),
    ]


@dataclass(frozen=True)
class _StageLine:
    name: str
    count: int
    total: Decimal | None
    value: dict[str, Decimal]
    notes: str


def _stage_columns(currency: str, currencies: Sequence[str]) -> list[ExportColumn[_StageLine]]:
    columns: list[ExportColumn[_StageLine]] = [
        ExportColumn("Stage", lambda s: s.name),
        ExportColumn("Deals", lambda s: s.count, "number"),
        ExportColumn(f"Total ({currency})", lambda s: s.total, "money"),
    ]
    for deal_currency in currencies:
        columns.append(
            ExportColumn(f"Target value ({deal_currency})", _value_in(deal_currency), "money")
        )
    columns.append(ExportColumn("Notes", lambda s: s.notes))
    return columns


def _value_in(currency: str) -> Callable[[_StageLine], Decimal | None]:
    return lambda line: line.value.get(currency, Decimal(0)) if line.total is not None else None


def total_label(report: PipelineReport) -> str:
    """ "Total", or "Total (closed lost excluded)" when the report has closed-lost deals."""
    if any(not s.counted and s.count for s in report.stages):
        return "Total (closed lost excluded)"
    return "Total"


def _stage_lines(report: PipelineReport) -> list[_StageLine]:
    totals = report.totals
    lines = [
        _StageLine(
            label(s.stage),
            s.count,
            s.total if s.counted else None,
            s.value,
            "; ".join(stage_notes(s)),
        )
        for s in report.stages
    ]
    lines.append(
        _StageLine(
            total_label(report),
            totals.deals,
            totals.total,
            {c: totals.value_in(c) for c in totals.currencies},
            "; ".join(total_notes(totals)),
        )
    )
    return lines


RATE_COLUMNS: list[ExportColumn[Quote]] = [
    ExportColumn("From", lambda q: q.path[0]),
    ExportColumn("To", lambda q: q.path[-1]),
    ExportColumn("Rate", lambda q: q.rate, "number"),
    ExportColumn("Rate date", lambda q: q.rate_date, "date"),
    ExportColumn("How", lambda q: q.how),
]


def write_pipeline_xlsx(report: PipelineReport, path: Path) -> Path:
    title = "Pipeline report"
    with atomic_output(path) as temp, write_only_workbook(title) as book:
        if report.company_name:
            book.properties.creator = report.company_name
        if report.prepared_by:
            book.properties.lastModifiedBy = report.prepared_by
        write_sheet(book, "Pipeline", pipeline_columns(report.currency), report.rows)
        write_sheet(
            book,
            "By stage",
            _stage_columns(report.currency, report.currencies),
            _stage_lines(report),
        )
        write_sheet(book, "Rates", RATE_COLUMNS, report.totals.rates)
        book.save(temp)
    return Path(path)


# --- pdf ------------------------------------------------------------------------------------

FONT = SANS
FONT_BOLD = SANS_BOLD
INK = "#1F2A37"
ACCENT = "#2F5D8C"
MUTED = "#6B7280"
LINE = "#D1D5DB"
BAND = "#F3F6FA"
SERIES = ("#2F5D8C", "#E07A2F", "#3E9A5B", "#8E5EA2", "#C23B4B", "#7A7A7A")


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


CHARTS_PER_ROW = 3


def _short(value: float) -> str:
    """Axis labels: 1.2M, 350k."""
    magnitude = abs(value)
    if magnitude >= 1_000_000:
        return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
    if magnitude >= 1_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:.0f}"


def _price(value: Decimal | None, currency: str | None, unit: str | None = None) -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}"
    if currency:
        text += f" {currency}"
    if unit:
        text += f"/{unit}"
    return text


def _page_size(settings: ExportSettings) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, landscape, letter  # type: ignore[import-untyped, unused-ignore]

    return landscape(letter if settings.paper_size == "Letter" else A4)  # type: ignore[no-any-return, unused-ignore]


def _value_chart(report: PipelineReport, width: float) -> Any | None:
    """The bar chart of the target value by stage in the reporting currency (the stages
    inside the totals), with its title; None when no stage is inside them."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped, unused-ignore]
    from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped, unused-ignore]
    from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]

    stages = report.totals.counted
    if not stages:
        return None
    chart_width = min(width, 420)
    drawing = Drawing(chart_width, 170)
    drawing.initialFontName = FONT  # the renderer's starting font, else Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 44, 46
    # About 36 points a stage: a filter down to one stage gives a slim bar, not a wall.
    chart.width = min(chart_width - 56, 330, 36 * max(len(stages), 2))
    chart.height = 98
    values = [float(s.total) for s in stages]  # drawing only: the figures are in the table
    chart.data = [values]
    chart.categoryAxis.categoryNames = [label(s.stage) for s in stages]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dx = 4
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = colors.HexColor(LINE)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _short
    chart.valueAxis.strokeColor = colors.HexColor(LINE)
    chart.valueAxis.gridStrokeColor = colors.HexColor(LINE)
    chart.valueAxis.visibleGrid = True
    if max(values, default=0) == 0:
        chart.valueAxis.valueMax = 1
    chart.bars[0].fillColor = colors.HexColor(SERIES[0])
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: _short(v) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.barWidth = 12
    drawing.add(chart)
    title = f"Target value by stage ({report.currency})"
    drawing.add(
        String(chart.x, 156, title, fontName=FONT_BOLD, fontSize=9, fillColor=colors.HexColor(INK))
    )
    return drawing


@dataclass(frozen=True)
class _Styles:
    """The report's paragraph styles (reportlab ParagraphStyle)."""

    small: Any
    number: Any
    muted: Any
    title: Any
    heading: Any
    header: Any
    header_number: Any

    def p(self, text: str | None, style: Any = None) -> Any:
        """A paragraph of plain text (escaped), small unless another style is given."""
        from reportlab.platypus import Paragraph  # type: ignore[import-untyped, unused-ignore]

        return Paragraph(markup(text or ""), self.small if style is None else style)

    def th(self, text: str, *, right: bool = False) -> Any:
        """A column header cell, right-aligned over numbers."""
        from reportlab.platypus import Paragraph  # type: ignore[import-untyped, unused-ignore]

        return Paragraph(markup(text), self.header_number if right else self.header)


def _paragraph_styles() -> _Styles:
    from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]
    from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]

    body = ParagraphStyle("body", fontName=FONT, fontSize=8, leading=10, textColor=INK)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    header = ParagraphStyle("th", parent=small, fontName=FONT_BOLD, textColor=colors.white)
    return _Styles(
        small=small,
        number=ParagraphStyle("number", parent=small, alignment=TA_RIGHT),
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        header=header,
        header_number=ParagraphStyle("thn", parent=header, alignment=TA_RIGHT),
    )


def _grid(header_rows: int = 1, *, total_row: bool = False) -> list[tuple[Any, ...]]:
    """A table's style commands: a coloured header, banded rows, a bold total row."""
    from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]

    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(ACCENT)),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor(BAND)]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(LINE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        commands += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor(INK)),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    return commands


def _title_block(report: PipelineReport, styles: _Styles) -> list[Any]:
    """Company, title, and one line of facts: date, author, count, filters."""
    from reportlab.platypus import Paragraph, Spacer  # type: ignore[import-untyped, unused-ignore]

    facts = [f"Date: {report.generated_on.isoformat()}"]
    if report.prepared_by:
        facts.append(f"Prepared by: {report.prepared_by}")
    facts.append(f"Negotiations: {len(report.rows):,}")
    facts.append(f"Totals in {report.currency}")
    facts += [f"{name}: {value}" for name, value in report.filters]
    return [
        styles.p(report.company_name or "Supplier Desk", styles.muted),
        Paragraph("Pipeline report", styles.title),
        styles.p("  ·  ".join(facts), styles.muted),
        Spacer(1, 6),
    ]


def _stage_table(report: PipelineReport, styles: _Styles, width: float) -> Any:
    """Totals by stage: the reporting-currency total, each deal currency's own figure (one
    line each, so that any number of currencies fits), what the totals leave out, and a
    total row."""
    from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
    from reportlab.platypus import Table, TableStyle  # type: ignore[import-untyped, unused-ignore]

    p, number = styles.p, styles.number
    rows: list[list[Any]] = [
        [
            styles.th("Stage"),
            styles.th("Deals", right=True),
            styles.th(f"Total ({report.currency})", right=True),
            styles.th("In the deals' currencies", right=True),
            styles.th("Notes"),
        ]
    ]

    def figures(values: dict[str, Decimal]) -> Any:
        lines = [f"{c} {_money(v)}" for c, v in sorted(values.items())]
        return _lines(lines or ["–"], number)

    for s in report.stages:
        rows.append(
            [
                p(label(s.stage)),
                p(f"{s.count:,}", number),
                p(_money(s.total) if s.counted else "–", number),
                figures(s.value) if s.counted else p("–", number),
                p("; ".join(stage_notes(s))),
            ]
        )
    totals = report.totals
    rows.append(
        [
            p(total_label(report)),
            p(f"{totals.deals:,}", number),
            p(_money(totals.total), number),
            figures({c: report.total_value(c) for c in report.currencies}),
            p("; ".join(total_notes(totals))),
        ]
    )
    widths = [48 * mm, 18 * mm, 34 * mm, 44 * mm]
    widths.append(width - sum(widths))
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle(_grid(total_row=True)))
    return table


def _lines(lines: Sequence[str], style: Any) -> Any:
    """Short texts one under the other in one cell."""
    from reportlab.platypus import Paragraph  # type: ignore[import-untyped, unused-ignore]

    return Paragraph("<br/>".join(markup(line) for line in lines), style)


def _chart_rows(report: PipelineReport, width: float) -> list[Any]:
    """The value chart under a little space (nothing without a stage inside the totals)."""
    from reportlab.platypus import Spacer  # type: ignore[import-untyped, unused-ignore]

    chart = _value_chart(report, width)
    return [] if chart is None else [Spacer(1, 8), chart]


PDF_LIST_COLUMNS = (
    ("Supplier", False, 0.20),
    ("Product", False, 0.12),
    ("Stage", False, 0.08),
    ("Owner", False, 0.07),
    ("Target price", True, 0.10),
    ("Target value", True, 0.12),
    ("Value ({currency})", True, 0.10),
    ("Latest supplier", True, 0.07),
    ("Latest buyer", True, 0.07),
    ("Gap", True, 0.07),
)
"""The PDF's list of negotiations: header, right-aligned, share of the width."""


def _negotiation_table(report: PipelineReport, styles: _Styles, width: float) -> Any:
    """The full list: one row per negotiation, or a line saying none matches."""
    from reportlab.platypus import Paragraph, Table, TableStyle  # type: ignore[import-untyped, unused-ignore]

    p, number = styles.p, styles.number
    rows: list[list[Any]] = [
        [
            styles.th(h.format(currency=report.currency), right=right)
            for h, right, _ in PDF_LIST_COLUMNS
        ]
    ]
    for r in report.rows:
        rows.append(
            [
                Paragraph(
                    f"{markup(r.supplier)}<br/><font color='{MUTED}'>{markup(r.country)}</font>",
                    styles.small,
                ),
                p(r.product),
                p(label(r.stage)),
                p(r.owner),
                p(_price(r.target_price, r.currency, r.price_unit), number),
                _value_cell(r, styles),
                p(_money(r.reporting_value), number),
                p(_price(r.supplier_price, r.offer_currency), number),
                p(_price(r.buyer_price, r.offer_currency), number),
                p(_price(r.gap, r.offer_currency), number),
            ]
        )
    if not report.rows:
        rows.append([p("No negotiation matches.", styles.muted)] + [""] * (len(rows[0]) - 1))
    widths = [width * share for _, _, share in PDF_LIST_COLUMNS]
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = _grid()
    if not report.rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def replace_style(style: Any, **changes: Any) -> Any:
    """A copy of a reportlab ParagraphStyle with some attributes changed."""
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]

    return ParagraphStyle(f"{style.name}-", parent=style, **changes)


def _value_cell(row: PipelineRow, styles: _Styles) -> Any:
    """The target value in the deal's currency, and under it why it is blank or left out."""
    from reportlab.platypus import Paragraph  # type: ignore[import-untyped, unused-ignore]

    text = markup(_price(row.target_value, row.currency))
    if row.value_note:
        note = f"<font color='{MUTED}' size='6.5'>{markup(row.value_note)}</font>"
        text = f"{text}<br/>{note}" if text else note
    return Paragraph(text, styles.number)


def _pipeline_story(report: PipelineReport, width: float) -> list[Any]:
    """Everything the report prints, in order: title block, totals by stage (kept with
    their heading), the value charts, then the list of negotiations."""
    from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer  # type: ignore[import-untyped, unused-ignore]

    styles = _paragraph_styles()
    return [
        *_title_block(report, styles),
        KeepTogether(
            [
                Paragraph("By stage", styles.heading),
                _stage_table(report, styles, width),
                Spacer(1, 3),
                styles.p(rates_line(report.totals), styles.muted),
            ]
        ),
        *_chart_rows(report, width),
        # A new page only when little is left: the list splits across pages (its header
        # repeats), so keeping the heading with all of it would leave a page blank.
        CondPageBreak(40 * mm),
        Paragraph("Negotiations", replace_style(styles.heading, keepWithNext=0)),
        _negotiation_table(report, styles, width),
    ]


def _page_footer(
    report: PipelineReport, page: tuple[float, float], margin: float
) -> Callable[[Any, int, int], None]:
    """Draws "Confidential · company · Pipeline report date" and "Page x of y"."""
    from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]
    from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]

    def footer(canvas: Any, number_: int, count: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.setStrokeColor(colors.HexColor(LINE))
        canvas.line(margin, 10 * mm, page[0] - margin, 10 * mm)
        left = "Confidential"
        if report.company_name:
            left += f" · {report.company_name}"
        canvas.drawString(margin, 6.5 * mm, f"{left} · Pipeline report {report.generated_on}")
        canvas.drawRightString(page[0] - margin, 6.5 * mm, f"Page {number_} of {count}")
        canvas.restoreState()

    return footer


def write_pipeline_pdf(
    report: PipelineReport, path: Path, settings: ExportSettings | None = None
) -> Path:
    from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
    from reportlab.platypus import SimpleDocTemplate  # type: ignore[import-untyped, unused-ignore]
    from reportlab.platypus.doctemplate import LayoutError  # type: ignore[import-untyped, unused-ignore]

    from app.exporting.pdf_page import numbered_canvas

    settings = settings or ExportSettings()
    register_fonts()
    page = _page_size(settings)
    margin = 14 * mm
    story = _pipeline_story(report, page[0] - 2 * margin)
    footer = _page_footer(report, page, margin)
    with atomic_output(path) as temp:
        document = SimpleDocTemplate(
            str(temp),
            pagesize=page,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=16 * mm,
            title="Pipeline report",
            author=report.prepared_by or report.company_name or "Supplier Desk",
            creator="Supplier Desk",
            initialFontName=FONT,
        )
        try:
            document.build(story, canvasmaker=numbered_canvas(footer, initial_font=FONT))
        except LayoutError as exc:
            raise ExportError(
                translate("Exporting", "cannot lay out the pipeline report: {reason}").format(
                    reason=exc
                )
            ) from exc
    return Path(path)


def export_pipeline(
    session: Session,
    path: Path,
    query: NegotiationQuery | None = None,
    *,
    settings: ExportSettings | None = None,
    today: date | None = None,
    currency: str | None = None,
) -> Path:
    """The pipeline report to `path`: .xlsx or .pdf, chosen by its suffix; totals in
    `currency` (else the settings' reporting currency) at the rates of `today`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ExportError(
            translate(
                "Exporting", "cannot write {path}: the pipeline report exports to .xlsx or .pdf"
            ).format(path=path)
        )
    report = build_pipeline(session, query, today=today, settings=settings, currency=currency)
    if suffix == ".pdf":
        return write_pipeline_pdf(report, path, settings)
    return write_pipeline_xlsx(report, path)
