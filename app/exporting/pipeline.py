"""The pipeline report: every negotiation matching a filter (stage, country, product,
owner), one row each with the latest offers and the gap, and totals by stage, as .xlsx
(sheets "Pipeline" and "By stage") or as a PDF summary with a chart of value by stage.

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

from sqlalchemy.orm import Session

from app.exporting.export_settings import ExportSettings
from app.exporting.files import ExportError, atomic_output
from app.exporting.fonts import SANS, SANS_BOLD, markup, register_fonts
from app.exporting.list_files import ExportColumn, write_only_workbook, write_sheet
from app.queries.lists import NegotiationQuery, negotiation_page
from app.queries.pipeline_totals import StageTotal, group_deals, stage_totals, target_value_of
from app.rules import countries
from app.rules.vocabulary import label
from models import NegotiationStage, Product

PAGE_SIZE = 2000
STAGE_ORDER = list(NegotiationStage)
"""Lead to completed: the order of the pipeline, and of the report."""


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
    """Target price x volume, to the cent, when the units allow
    (app.queries.pipeline_totals.target_value_of)."""
    supplier_price: Decimal | None
    buyer_price: Decimal | None
    gap: Decimal | None
    offer_currency: str | None
    expected_close: date | None


@dataclass(frozen=True)
class PipelineReport:
    generated_on: date
    filters: list[tuple[str, str]]
    """What the rows were chosen by, as (label, value) for the header."""
    rows: list[PipelineRow]
    stages: list[StageTotal]
    """The totals by stage, as the Home view has them (app.queries.pipeline_totals)."""
    company_name: str = ""
    prepared_by: str = ""

    @property
    def currencies(self) -> list[str]:
        return sorted({c for s in self.stages for c in s.value})

    def total_value(self, currency: str) -> Decimal:
        return sum((s.value.get(currency, Decimal(0)) for s in self.stages), Decimal(0))


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


def build_pipeline(
    session: Session,
    query: NegotiationQuery | None = None,
    *,
    today: date | None = None,
    settings: ExportSettings | None = None,
) -> PipelineReport:
    """Every negotiation `query` matches (its limit and offset ignored), grouped by stage
    in pipeline order (the query's sort within a stage), with the totals by stage."""
    query = query or NegotiationQuery()
    settings = settings or ExportSettings()
    rows: list[PipelineRow] = []
    for page in _pages(session, query):
        for r in page:
            rows.append(
                PipelineRow(
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
                    target_value=target_value_of(r),
                    supplier_price=r.supplier_price,
                    buyer_price=r.buyer_price,
                    gap=r.gap,
                    offer_currency=r.offer_currency,
                    expected_close=r.expected_close,
                )
            )
    rows.sort(key=lambda row: STAGE_ORDER.index(row.stage))
    stages = [s for s in STAGE_ORDER if not query.stages or s in query.stages]
    return PipelineReport(
        generated_on=today or date.today(),
        filters=_describe(session, query),
        rows=rows,
        stages=stage_totals(group_deals(rows), stages),
        company_name=settings.company_name,
        prepared_by=settings.prepared_by,
    )


# --- xlsx -----------------------------------------------------------------------------------

PIPELINE_COLUMNS: list[ExportColumn[PipelineRow]] = [
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
    value: dict[str, Decimal]


def _stage_columns(currencies: Sequence[str]) -> list[ExportColumn[_StageLine]]:
    columns: list[ExportColumn[_StageLine]] = [
        ExportColumn("Stage", lambda s: s.name),
        ExportColumn("Deals", lambda s: s.count, "number"),
    ]
    for currency in currencies:
        columns.append(ExportColumn(f"Target value ({currency})", _value_in(currency), "money"))
    return columns


def _value_in(currency: str) -> Callable[[_StageLine], Decimal]:
    return lambda line: line.value.get(currency, Decimal(0))


def write_pipeline_xlsx(report: PipelineReport, path: Path) -> Path:
    title = "Pipeline report"
    lines = [_StageLine(label(s.stage), s.count, s.value) for s in report.stages]
    lines.append(
        _StageLine(
            "Total",
            sum(s.count for s in report.stages),
            {c: report.total_value(c) for c in report.currencies},
        )
    )
    with atomic_output(path) as temp, write_only_workbook(title) as book:
        if report.company_name:
            book.properties.creator = report.company_name
        if report.prepared_by:
            book.properties.lastModifiedBy = report.prepared_by
        write_sheet(book, "Pipeline", PIPELINE_COLUMNS, report.rows)
        write_sheet(book, "By stage", _stage_columns(report.currencies), lines)
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


def _value_charts(report: PipelineReport, width: float) -> list[Any]:
    """One bar chart per currency (values in different currencies share no axis)."""
    currencies = report.currencies
    per_row = min(max(len(currencies), 1), CHARTS_PER_ROW)
    chart_width = (width - 12 * (per_row - 1)) / per_row
    return [
        _value_chart(report, currency, SERIES[index % len(SERIES)], chart_width)
        for index, currency in enumerate(currencies)
    ]


def _value_chart(report: PipelineReport, currency: str, color: str, chart_width: float) -> Any:
    """The bar chart of one currency's target value by stage, with its title."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped, unused-ignore]
    from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped, unused-ignore]
    from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]

    drawing = Drawing(chart_width, 170)
    drawing.initialFontName = FONT  # the renderer's starting font, else Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 44, 46
    # About 36 points a stage: a filter down to one stage gives a slim bar, not a wall.
    chart.width = min(chart_width - 56, 330, 36 * max(len(report.stages), 2))
    chart.height = 98
    values = [float(s.value.get(currency, Decimal(0))) for s in report.stages]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [label(s.stage) for s in report.stages]
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
    chart.bars[0].fillColor = colors.HexColor(color)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: _short(v) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.barWidth = 12
    drawing.add(chart)
    title = f"Target value by stage ({currency})"
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
    facts += [f"{name}: {value}" for name, value in report.filters]
    return [
        styles.p(report.company_name or "Supplier Desk", styles.muted),
        Paragraph("Pipeline report", styles.title),
        styles.p("  ·  ".join(facts), styles.muted),
        Spacer(1, 6),
    ]


def _stage_table(report: PipelineReport, styles: _Styles) -> Any:
    """Totals by stage: one value column per currency, and a total row."""
    from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
    from reportlab.platypus import Table, TableStyle  # type: ignore[import-untyped, unused-ignore]

    p, number, currencies = styles.p, styles.number, report.currencies
    rows: list[list[Any]] = [
        [styles.th("Stage"), styles.th("Deals", right=True)]
        + [styles.th(f"Target value ({c})", right=True) for c in currencies]
    ]
    for s in report.stages:
        rows.append(
            [p(label(s.stage)), p(f"{s.count:,}", number)]
            + [p(_money(s.value.get(c)) or "–", number) for c in currencies]
        )
    rows.append(
        [p("Total"), p(f"{sum(s.count for s in report.stages):,}", number)]
        + [p(_money(report.total_value(c)), number) for c in currencies]
    )
    table = Table(
        rows,
        colWidths=[60 * mm, 30 * mm] + [38 * mm] * len(currencies),
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(TableStyle(_grid(total_row=True)))
    return table


def _chart_rows(report: PipelineReport, width: float) -> list[Any]:
    """The value charts, CHARTS_PER_ROW to a row, under a little space (none without)."""
    from reportlab.platypus import Spacer, Table, TableStyle  # type: ignore[import-untyped, unused-ignore]

    charts = _value_charts(report, width)
    if not charts:
        return []
    flowables: list[Any] = [Spacer(1, 8)]
    for start in range(0, len(charts), CHARTS_PER_ROW):
        group = charts[start : start + CHARTS_PER_ROW]
        row = Table([group], colWidths=[c.width for c in group], hAlign="LEFT")
        row.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flowables.append(row)
    return flowables


PDF_LIST_COLUMNS = (
    ("Supplier", False, 0.20),
    ("Product", False, 0.14),
    ("Stage", False, 0.08),
    ("Owner", False, 0.09),
    ("Target price", True, 0.11),
    ("Target value", True, 0.11),
    ("Latest supplier", True, 0.09),
    ("Latest buyer", True, 0.09),
    ("Gap", True, 0.09),
)
"""The PDF's list of negotiations: header, right-aligned, share of the width."""


def _negotiation_table(report: PipelineReport, styles: _Styles, width: float) -> Any:
    """The full list: one row per negotiation, or a line saying none matches."""
    from reportlab.platypus import Paragraph, Table, TableStyle  # type: ignore[import-untyped, unused-ignore]

    p, number = styles.p, styles.number
    rows: list[list[Any]] = [[styles.th(h, right=right) for h, right, _ in PDF_LIST_COLUMNS]]
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
                p(_price(r.target_value, r.currency), number),
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


def _pipeline_story(report: PipelineReport, width: float) -> list[Any]:
    """Everything the report prints, in order: title block, totals by stage (kept with
    their heading), the value charts, then the list of negotiations."""
    from reportlab.platypus import KeepTogether, Paragraph  # type: ignore[import-untyped, unused-ignore]

    styles = _paragraph_styles()
    return [
        *_title_block(report, styles),
        KeepTogether([Paragraph("By stage", styles.heading), _stage_table(report, styles)]),
        *_chart_rows(report, width),
        Paragraph("Negotiations", styles.heading),
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
            raise ExportError(f"cannot lay out the pipeline report: {exc}") from exc
    return Path(path)


def export_pipeline(
    session: Session,
    path: Path,
    query: NegotiationQuery | None = None,
    *,
    settings: ExportSettings | None = None,
    today: date | None = None,
) -> Path:
    """The pipeline report to `path`: .xlsx or .pdf, chosen by its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ExportError(f"cannot write {path}: the pipeline report exports to .xlsx or .pdf")
    report = build_pipeline(session, query, today=today, settings=settings)
    if suffix == ".pdf":
        return write_pipeline_pdf(report, path, settings)
    return write_pipeline_xlsx(report, path)
