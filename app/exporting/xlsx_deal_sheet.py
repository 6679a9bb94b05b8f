"""The deal sheet as an .xlsx workbook (openpyxl): the copy people work on.

Sheets Summary, Offers, Shipments and Contacts, and on the internal sheet Landed cost
(the breakdown of the latest offers), its tabs red and every printed page headed
"Internal – do not send to the supplier"; the partner's has nothing internal (see
app.exporting.deal_sheet). Numbers, money and dates are real
number and date cells with formats (a price stays a number, shown as 'CNY 410.00');
data sheets have a frozen header, an autofilter and widths that fit; the Offers sheet
carries a native line chart of both sides' prices, its price axis starting near the
data. Each sheet prints as a document: a print area, fitted to the page's width (as many
pages down as it needs), the header row repeated on every page, the wide sheets in
landscape. Text is always text: a supplier called '=HYPERLINK(...)' is stored as a
string, never run as a formula.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell  # type: ignore[import-untyped, unused-ignore]
from openpyxl.chart import LineChart, Reference  # type: ignore[import-untyped, unused-ignore]
from openpyxl.chart.axis import DateAxis  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped, unused-ignore]
from reportlab.graphics.charts.utils import nextRoundNumber  # type: ignore[import-untyped, unused-ignore]

from app.exporting.cell_safety import looks_like_formula
from app.exporting.deal_sheet import DealSheet, landed_breakdown, price_axis_range
from app.exporting.files import atomic_write
from app.exporting.labels import Labels
from models import OfferSide, Unit

SHEETS = ("Summary", "Offers", "Shipments", "Contacts")
LANDED_SHEET = "Landed cost"
"""The internal workbook's fifth sheet."""
INTERNAL_TAB = "B3261E"
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
Paper = Literal["A4", "Letter"]
PAPER_CODES: dict[str, str] = {"A4": "9", "Letter": "1"}
"""The sheets' paper, as spreadsheets number it (ST_PaperSize)."""
ROW_HEIGHT = 15
"""Points per line of text in the default font (the default row height)."""
CHART_ROWS = 17
"""Rows the Offers sheet's price chart covers (8 cm at the default 15 pt row height)."""

HEADER_FILL = PatternFill("solid", fgColor="1F4E5A")
HEADER_FONT = Font(bold=True, color="FFFFFF")
SECTION_FONT = Font(bold=True, size=12, color="1F4E5A")
TITLE_FONT = Font(bold=True, size=15)
LABEL_FONT = Font(color="5F6B73")
ALERT_FILL = PatternFill("solid", fgColor="FBE9E7")
ALERT_FONT = Font(bold=True, color="B3261E")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def money_format(currency: str, unit: str | None = None) -> str:
    """'"CNY" #,##0.00' or '"CNY" #,##0.00" / box"': the value stays a number."""
    per = f'" / {unit}"' if unit else ""
    return f'"{currency}" #,##0.00{per}'


def put(ws: Worksheet, row: int, column: int, value: Any, number_format: str | None = None) -> Cell:
    """Write one cell: text always as text (never a formula), numbers and dates as such."""
    cell: Cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = text
        cell.data_type = "s"
        if looks_like_formula(text):
            cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal | int | float):
        cell.value = value
    elif value is not None:
        raise TypeError(f"cannot write {type(value).__name__} to a cell")
    if number_format is not None and value is not None:
        cell.number_format = number_format
    return cell


def render_xlsx(sheet: DealSheet, target: Path, *, paper: Paper = "A4") -> list[str]:
    """Write the workbook to `target` (atomically), set to print on `paper`; return
    warnings (none so far)."""
    if paper not in PAPER_CODES:
        raise ValueError(f"paper must be A4 or Letter, not {paper!r}")
    workbook = _workbook(sheet)
    for ws in workbook.worksheets:
        ws.page_setup.paperSize = PAPER_CODES[paper]
    atomic_write(target, lambda path: workbook.save(str(path)))
    return []


def _workbook(sheet: DealSheet) -> Workbook:
    labels = sheet.labels
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = SHEETS[0]
    _summary(summary, sheet, labels)
    _offers(workbook.create_sheet(SHEETS[1]), sheet, labels)
    _shipments(workbook.create_sheet(SHEETS[2]), sheet, labels)
    _contacts(workbook.create_sheet(SHEETS[3]), sheet, labels)
    kind = labels.text("deal_sheet")
    if sheet.internal:
        _landed(workbook.create_sheet(LANDED_SHEET), sheet, labels)
        kind += f" ({labels.text('internal')})"
        for ws in workbook.worksheets:  # seen on every tab and every printed page
            ws.sheet_properties.tabColor = INTERNAL_TAB
            ws.oddHeader.center.text = labels.text("internal_warning").upper()
            ws.oddHeader.center.color = INTERNAL_TAB
    props = workbook.properties
    props.title = f"{kind}: {sheet.title}"
    props.subject = sheet.supplier.name
    props.creator = sheet.prepared_by or sheet.company_name or "Supplier Desk"
    props.lastModifiedBy = props.creator
    props.keywords = ", ".join(
        p for p in (sheet.supplier.name, sheet.terms.product, sheet.terms.stage.value) if p
    )
    props.description = labels.text("internal_warning" if sheet.internal else "confidential")
    props.category = labels.text("deal_sheet")
    created = datetime.combine(sheet.prepared_on, time(12))
    props.created = created
    props.modified = created
    return workbook


# --- helpers -------------------------------------------------------------------------------


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime | date):
        return 11
    if isinstance(value, Decimal | int | float):
        return len(f"{value:,.2f}") + 5
    text = str(value).split("\n")[0]
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit_columns(ws: Worksheet, *, minimum: int = 8, maximum: int = 60) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or not isinstance(cell, Cell):
                continue
            widths[cell.column] = max(widths.get(cell.column, 0), _width(cell.value))
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = max(
            minimum, min(maximum, width + 2)
        )


def _table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A header row (frozen, filtered) and the rows under it; formats go on afterwards."""
    for column, header in enumerate(headers, start=1):
        cell = put(ws, 1, column, header)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for r, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            put(ws, r, column, value).alignment = TOP
    ws.freeze_panes = "A2"
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"
    _fit_columns(ws)


def _fit_rows(ws: Worksheet) -> None:
    """Rows as tall as their wrapped text: LibreOffice keeps the default height of a row
    the file gives none, and wrapped lines then print over the next row."""
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            width = ws.column_dimensions[get_column_letter(cell.column)].width or 8.43
            room = max(1.0, (width - 1) * 0.85)  # words wrap whole; bold is wider
            lines = max(
                lines,
                sum(max(1, math.ceil(_width(part) / room)) for part in cell.value.split("\n")),
            )
        if lines > 1:
            ws.row_dimensions[row[0].row].height = ROW_HEIGHT * lines


def _print_setup(ws: Worksheet, columns: int, rows: int, *, landscape: bool) -> None:
    """Print `columns` x `rows` from A1 as one page wide and as many long as it takes,
    row 1 repeated on each page, with narrow margins and page numbers in the footer;
    rows of wrapped text made tall enough to show it."""
    _fit_rows(ws)
    ws.print_area = f"A1:{get_column_letter(columns)}{max(1, rows)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.print_options.horizontalCentered = True
    margins = ws.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    ws.oddFooter.right.text = "&P / &N"
    ws.oddFooter.left.text = "&A"


def _word(labels: Labels, unit: Unit | None) -> str | None:
    return labels.word(unit) if unit is not None else None


# --- sheets --------------------------------------------------------------------------------


def _summary(ws: Worksheet, sheet: DealSheet, labels: Labels) -> None:
    t = labels.text
    row = 1
    put(ws, row, 1, sheet.title).font = TITLE_FONT
    row += 1
    put(ws, row, 1, sheet.company_name or t("default_company")).font = Font(bold=True)
    kind = f"{t('deal_sheet')} · {t('internal')}" if sheet.internal else t("deal_sheet")
    put(ws, row, 2, kind).font = ALERT_FONT if sheet.internal else LABEL_FONT
    row += 1
    put(ws, row, 1, t("date")).font = LABEL_FONT
    put(ws, row, 2, sheet.prepared_on).alignment = Alignment(horizontal="left")
    row += 1
    put(ws, row, 1, t("prepared_by")).font = LABEL_FONT
    put(ws, row, 2, sheet.prepared_by or None)
    row += 1
    put(ws, row, 1, t("internal_warning" if sheet.internal else "confidential")).font = ALERT_FONT
    internal = sheet.internal

    def section(key: str) -> None:
        nonlocal row
        row += 2
        put(ws, row, 1, t(key)).font = SECTION_FONT

    def pair(key: str, value: Any, number_format: str | None = None, bold: bool = False) -> None:
        nonlocal row
        row += 1
        put(ws, row, 1, t(key)).font = LABEL_FONT
        cell = put(ws, row, 2, value, number_format)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        if bold:
            cell.font = Font(bold=True)

    s = sheet.supplier
    section("supplier")
    pair("supplier", s.name, bold=True)
    pair("legal_name", s.legal_name)
    pair("country", s.country_name)
    pair("region", s.region)
    pair("city", s.city)
    pair("tax_id", s.tax_id)
    if s.status is not None:
        pair("status", labels.word(s.status))
    pair("kind", labels.word(s.kind) or None)
    pair("website", s.website)
    pair("email", s.email)
    pair("phone", s.phone)
    if internal:
        pair("notes", s.notes)
    section("certifications")
    for c in s.certifications:
        row += 1
        put(ws, row, 1, labels.word(c.kind))
        put(ws, row, 2, c.reference)
        put(ws, row, 3, c.valid_until)

    terms = sheet.terms
    section("terms")
    pair("product", terms.product, bold=True)
    pair("grade", terms.grade)
    pair(
        "target_volume",
        terms.target_volume,
        _quantity_format(labels, terms.target_volume, terms.volume_unit),
    )
    price_format = (
        money_format(terms.currency, _word(labels, terms.price_unit)) if terms.currency else None
    )
    if internal:
        pair("target_price", terms.target_price, price_format)
    pair("incoterm", " ".join(p for p in (terms.incoterm, terms.incoterm_place) if p) or None)
    pair("origin_port", terms.origin_port)
    pair("destination_port", terms.destination_port)
    pair("payment_terms", terms.payment_terms)
    pair("delivery_window", terms.delivery_start)
    put(ws, row, 3, terms.delivery_end)
    pair("stage", labels.word(terms.stage), bold=True)
    pair("owner", terms.owner)
    if internal:
        pair("expected_close", terms.expected_close)
        pair("notes", terms.notes)

    section("offers")
    for key, offer in (
        ("supplier_latest", sheet.latest_supplier),
        ("our_latest", sheet.latest_buyer),
    ):
        if offer is None:
            pair(key, None)
        else:
            pair(key, offer.price, money_format(offer.currency, labels.word(offer.price_unit)))
            put(ws, row, 3, offer.offered_on)
    if sheet.agreed is not None:  # agreed, contracted, completed: the price, not a gap
        agreed = sheet.agreed
        pair(
            "agreed_price",
            agreed.price,
            money_format(agreed.currency, labels.word(agreed.price_unit)),
        )
        put(ws, row, 3, agreed.offered_on)
        put(ws, row, 4, t("landed_round", round=agreed.round))
    elif not internal:
        pass
    elif sheet.gap is not None:
        pair(
            "gap_landed" if sheet.gap.landed else "gap",
            sheet.gap.amount,
            money_format(sheet.gap.currency, labels.unit(sheet.gap.price_unit)),
        )
        put(ws, row, 3, sheet.gap.percent / 100, PERCENT_FORMAT)
    else:
        pair("gap", t(sheet.gap_reason or "gap_not_comparable"))
    if sheet.landed_offers:
        section("landed_per_kg")
    for key, offer in sheet.landed_offers:
        cost = offer.landed
        per_kg = cost.per_kg if cost is not None else None
        pair(key, per_kg, money_format(sheet.landed_currency or "", "kg"))
        put(ws, row, 3, t("landed_round", round=offer.round))
        if per_kg is None:
            put(ws, row, 4, t("landed_missing")).font = ALERT_FONT

    if not internal:  # the partner's sheet ends with the offers: no follow-ups, no notes
        _finish_summary(ws, row)
        return

    section("follow_ups")
    if not sheet.follow_ups:
        row += 1
        put(ws, row, 1, t("no_follow_ups")).font = LABEL_FONT
    for f in sheet.follow_ups:
        row += 1
        put(ws, row, 1, f.due_on)
        put(ws, row, 2, f.subject).alignment = WRAP
        put(ws, row, 3, f.about)
        put(ws, row, 4, f.assignee)
        if f.overdue:
            ws.cell(row, 1).font = ALERT_FONT
            put(ws, row, 5, t("overdue")).font = ALERT_FONT

    section("latest_notes")
    if not sheet.notes:
        row += 1
        put(ws, row, 1, t("no_notes")).font = LABEL_FONT
    for n in sheet.notes:
        row += 1
        put(ws, row, 1, n.occurred_at.astimezone().date())
        subject = put(ws, row, 2, n.subject)
        subject.font = Font(bold=True)
        put(ws, row, 3, n.about)
        if n.body:
            row += 1
            put(ws, row, 2, n.body).alignment = WRAP

    _finish_summary(ws, row)


def _finish_summary(ws: Worksheet, row: int) -> None:
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 16
    ws.column_dimensions["E"].width = 12
    _print_setup(ws, 5, row, landscape=False)


def _quantity_format(labels: Labels, value: Decimal | None, unit: Unit | None) -> str:
    """'#,##0" t"', or '[=1]#,##0" box";#,##0" boxes"' where the unit's word has a plural:
    the cell stays a number and the word follows it; no decimals when it is whole."""
    whole = value is None or value == value.to_integral_value()
    number = "#,##0" if whole else "#,##0.##"
    if unit is None:
        return number
    one, many = labels.unit(unit), labels.unit(unit, count=Decimal(2))
    if one == many:
        return f'{number}" {one}"'
    return f'[=1]{number}" {one}";{number}" {many}"'


def _offers(ws: Worksheet, sheet: DealSheet, labels: Labels) -> None:
    """One row per offer; the internal sheet adds each offer's notes and its landed cost
    per kg in the reporting currency."""
    t = labels.text
    internal = sheet.internal
    landed_header = t("landed_per_kg_in", currency=sheet.landed_currency or "")
    columns: list[tuple[str, Any]] = [
        (t("round"), lambda o: o.round),
        (t("date"), lambda o: o.offered_on),
        (t("side"), lambda o: labels.word(o.side)),
        (t("price"), lambda o: o.price),
        (t("currency"), lambda o: o.currency),
        (t("per"), lambda o: labels.word(o.price_unit)),
        (t("change"), lambda o: o.change),
        (
            t("change_percent"),
            lambda o: o.change_percent / 100 if o.change_percent is not None else None,
        ),
        (t("volume"), lambda o: o.volume),
        (t("volume_unit"), lambda o: _word(labels, o.volume_unit)),
        ("Incoterm", lambda o: o.incoterm.value if o.incoterm else None),
        (t("place"), lambda o: o.incoterm_place),
        (t("valid_until"), lambda o: o.valid_until),
        *([(t("notes"), lambda o: o.notes)] if internal else []),
        (t("supplier_price"), lambda o: o.price if o.side is OfferSide.SUPPLIER else None),
        (t("our_price"), lambda o: o.price if o.side is OfferSide.BUYER else None),
        *(
            [(landed_header, lambda o: o.landed.per_kg if o.landed is not None else None)]
            if internal
            else []
        ),
    ]
    headers = [header for header, _value in columns]
    rows = [[value(o) for _header, value in columns] for o in sheet.offers]
    _table(ws, headers, rows)
    at = {header: number for number, header in enumerate(headers, start=1)}
    prices = [at[t(k)] for k in ("price", "change", "supplier_price", "our_price")]
    for r, offer in enumerate(sheet.offers, start=2):
        price_format = money_format(offer.currency)
        for column in prices:
            ws.cell(r, column).number_format = price_format
        ws.cell(r, at[t("change_percent")]).number_format = PERCENT_FORMAT
        ws.cell(r, at[t("volume")]).number_format = "#,##0.##"
        if internal:
            ws.cell(r, at[t("notes")]).alignment = WRAP
            landed = ws.cell(r, at[landed_header])
            landed.number_format = money_format(sheet.landed_currency or "", "kg")
    if internal:
        notes = get_column_letter(at[t("notes")])
        ws.column_dimensions[notes].width = min(ws.column_dimensions[notes].width or 10, 40)
    last_row = len(sheet.offers) + 1
    if sheet.offers and sheet.prices is not None:
        _price_chart(ws, sheet, labels, len(sheet.offers), at[t("supplier_price")])
        last_row = len(sheet.offers) + 3 + CHART_ROWS
    _print_setup(ws, len(headers), last_row, landscape=True)


def _price_chart(
    ws: Worksheet, sheet: DealSheet, labels: Labels, count: int, first_series: int
) -> None:
    """A native line chart of the supplier's and our prices by date (gaps spanned): the
    two columns from `first_series` on."""
    assert sheet.prices is not None
    chart = LineChart()
    chart.title = labels.text("price_chart")
    chart.style = 12
    chart.height = 8
    chart.width = 18
    chart.y_axis.title = f"{sheet.prices.currency} / {labels.word(sheet.prices.price_unit)}"
    chart.y_axis.number_format = "#,##0.00"
    chart.y_axis.scaling.min = price_axis_minimum([o.price for o in sheet.offers])
    chart.y_axis.majorGridlines = chart.y_axis.majorGridlines  # keep the default grid
    chart.x_axis = DateAxis(crossAx=100)
    chart.x_axis.number_format = "d-mmm"
    chart.x_axis.majorTimeUnit = "days"
    chart.x_axis.title = labels.text("date")
    chart.dispBlanksAs = "span"
    data = Reference(
        ws, min_col=first_series, max_col=first_series + 1, min_row=1, max_row=count + 1
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=count + 1))
    for series, colour in zip(chart.series, ("D9822B", "1F6FB2"), strict=True):
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575  # 2.25 pt
        series.marker.symbol = "circle"
        series.marker.size = 6
        series.marker.graphicalProperties.solidFill = colour
        series.marker.graphicalProperties.line.solidFill = colour
        series.smooth = False
    # Excel hides the axes of a chart loaded without these
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    ws.add_chart(chart, f"B{count + 4}")


def price_axis_minimum(prices: Sequence[Decimal]) -> float:
    """Where the chart's price axis starts: a round step below the lowest price (the
    PDF chart's room below it), never below zero."""
    low, high = price_axis_range(prices)
    step = float(nextRoundNumber(float(high - low) / 5))
    return max(0.0, math.floor(float(low) / step) * step)


def _shipments(ws: Worksheet, sheet: DealSheet, labels: Labels) -> None:
    t = labels.text
    headers = [
        t("reference"),
        t("mode"),
        t("status"),
        t("container"),
        t("vessel"),
        t("etd"),
        t("eta"),
        t("atd"),
        t("ata"),
    ]
    rows = [
        [
            s.reference,
            labels.word(s.mode),
            labels.word(s.status),
            s.container_no or s.transport_doc_no,
            s.vessel,
            s.etd,
            s.eta,
            s.atd,
            s.ata,
        ]
        for s in sheet.shipments
    ]
    if not sheet.internal:  # the partner's sheet has no missing documents' column
        _table(ws, headers, rows)
        _print_setup(ws, len(headers), len(rows) + 1, landscape=True)
        return
    headers.append(t("missing_documents"))
    for values, s in zip(rows, sheet.shipments, strict=True):
        values.append(", ".join(labels.word(d) for d in s.missing_documents) or None)
    _table(ws, headers, rows)
    for r, shipment in enumerate(sheet.shipments, start=2):
        cell = ws.cell(r, 10)
        cell.alignment = WRAP
        if shipment.missing_documents:
            cell.fill = ALERT_FILL
            cell.font = ALERT_FONT
    ws.column_dimensions["J"].width = min(ws.column_dimensions["J"].width or 10, 50)
    _print_setup(ws, len(headers), len(rows) + 1, landscape=True)


def _contacts(ws: Worksheet, sheet: DealSheet, labels: Labels) -> None:
    t = labels.text
    headers = [
        t("name"),
        t("role"),
        t("email"),
        t("phone"),
        t("whatsapp"),
        t("wechat"),
        t("language"),
        t("main_contact"),
    ]
    rows = [
        [
            c.name,
            c.role,
            c.email,
            c.phone,
            c.whatsapp,
            c.wechat,
            c.language,
            t("yes") if c.is_primary else None,
        ]
        for c in sheet.supplier.contacts
    ]
    _table(ws, headers, rows)
    _print_setup(ws, len(headers), len(rows) + 1, landscape=True)


def _landed(ws: Worksheet, sheet: DealSheet, labels: Labels) -> None:
    """The internal workbook's breakdown of the latest offers' landed costs: one row per
    cost, per kg in the reporting currency, the landed cost under them; then what is
    missing for an offer that cannot be costed."""
    t = labels.text
    currency = sheet.landed_currency or ""
    offers = sheet.landed_offers
    headers = [t("landed_unit", currency=currency)]
    for key, offer in offers:
        term = offer.incoterm.value if offer.incoterm else ""
        headers.append(f"{t(key)} · {t('landed_round', round=offer.round)} {term}".strip())
    rows: list[list[Any]] = [[line.label, *line.amounts] for line in landed_breakdown(sheet)]
    rows.append(
        [
            t("landed_per_kg"),
            *[o.landed.per_kg if o.landed is not None else None for _key, o in offers],
        ]
    )
    _table(ws, headers, rows)
    amount_format = money_format(currency)
    for r in range(2, len(rows) + 2):
        for column in range(2, len(headers) + 1):
            ws.cell(r, column).number_format = "#,##0.0000" if r < len(rows) + 1 else amount_format
    last = len(rows) + 1
    for column in range(1, len(headers) + 1):
        ws.cell(last, column).font = Font(bold=True)
    ws.auto_filter.ref = None  # a breakdown, not a list to filter
    row = last + 1
    for key, offer in offers:
        missing = offer.landed.missing if offer.landed is not None else ()
        if missing:
            row += 1
            put(ws, row, 1, f"{t('landed_missing')} ({t(key)})").font = ALERT_FONT
            for text in missing:
                row += 1
                put(ws, row, 1, f"• {text}")
    if not offers:
        row += 1
        put(ws, row, 1, t("landed_none")).font = LABEL_FONT
    row += 2
    put(ws, row, 1, t("landed_note", currency=currency)).font = LABEL_FONT
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 10, 28)
    _print_setup(ws, len(headers), row, landscape=False)
