"""The deal sheet's blocks: the header, the key figures, the supplier with its
certificates, the terms, the latest notes; and the `Composer` every part lays out with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle  # type: ignore[import-untyped, unused-ignore]

from app.exporting import fonts
from app.exporting.deal_sheet import DealSheet, OfferRound
from app.exporting.pdf_page import monogram
from app.exporting.pdf_text import (
    DASH,
    Cell,
    Span,
    SpanLine,
    Text,
    TextLines,
    Typesetter,
    address_lines,
)
from app.exporting.pdf_theme import (
    ALERT,
    BUYER_COLOR,
    MUTED,
    PANEL,
    PRIMARY,
    SUPPLIER_COLOR,
    WHITE,
    ZEBRA,
    paragraph_styles,
)

KEY_VALUE_PADDING = 6
"""Right padding of a key-value table's cells (left: none)."""


@cache
def cell_style(
    style: ParagraphStyle,
    *,
    left: float = 6,
    right: float = 6,
    top: float = 3,
    bottom: float = 3,
    valign: str = "TOP",
    align: str = "LEFT",
) -> type[CellStyle]:
    """A table cell style drawing plain text as `style` would, with these paddings.

    Given to a Table as its cells' styles, it spares a TableStyle command per cell and
    attribute (fonts, colours, paddings), which a long table paid on every cell."""
    return type(
        f"{style.name.title()}Cell",
        (CellStyle,),
        {
            "fontname": style.fontName,
            "fontsize": style.fontSize,
            "leading": style.leading,
            "color": style.textColor,
            "leftPadding": left,
            "rightPadding": right,
            "topPadding": top,
            "bottomPadding": bottom,
            "valign": valign,
            "alignment": align,
        },
    )


def styled_table(
    rows: list[list[Cell]],
    widths: Sequence[float],
    columns: Sequence[type[CellStyle]],
    *,
    rows_styled: Mapping[int, Sequence[type[CellStyle]]] | None = None,
    commands: Sequence[tuple[Any, ...]] = (),
    row_heights: bool = False,
    **table_options: Any,
) -> Table:
    """A Table whose cells take their style from `columns` (or, for the rows named in
    `rows_styled`, from those), plus TableStyle `commands` for lines and backgrounds.

    row_heights: give the table the height of each row whose texts are all laid out
    already, so that it measures only the others (no row may span rows)."""
    rows_styled = rows_styled or {}
    kinds = [rows_styled.get(i, columns) for i in range(len(rows))]
    styles = [[kind("") for kind in row] for row in kinds]
    heights = None
    if row_heights:
        heights = [
            _known_height(row, row_kinds) for row, row_kinds in zip(rows, kinds, strict=True)
        ]
    table = Table(
        rows, colWidths=list(widths), rowHeights=heights, cellStyles=styles, **table_options
    )
    if commands:
        table.setStyle(TableStyle(list(commands)))
    return table


def _known_height(row: Sequence[Cell], kinds: Sequence[type[CellStyle]]) -> float | None:
    """A row's height as the table would measure it, or None while one of its cells
    holds a Paragraph (its height is known once it is wrapped)."""
    tallest = 0.0
    for cell, kind in zip(row, kinds, strict=False):  # a spanned row may be short
        if isinstance(cell, str):
            height = kind.leading * (cell.count("\n") + 1)
        else:
            parts = cell if isinstance(cell, list) else [cell]
            if not all(isinstance(part, TextLines) for part in parts):
                return None
            height = sum(part.height + part.spaceBefore + part.spaceAfter for part in parts)
            if parts:
                height -= parts[0].spaceBefore + parts[-1].spaceAfter
        tallest = max(tallest, height + kind.topPadding + kind.bottomPadding)
    return tallest


def stack(*cells: Cell) -> list[Flowable]:
    """Several texts one under the other in one table cell."""
    out: list[Flowable] = []
    for cell in cells:
        if isinstance(cell, list):
            out += cell
        elif isinstance(cell, str):
            raise TypeError("plain cell text cannot be stacked")
        else:
            out.append(cell)
    return out


class Heading(Flowable):  # type: ignore[misc, unused-ignore]
    """A section title over a rule the width of the page."""

    def __init__(self, title: Flowable, width: float) -> None:
        super().__init__()
        self.title = title
        self.width = width
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, title_height = self.title.wrap(self.width, availHeight)
        self.height = title_height + 3 + 2  # padding above the title and above the rule
        return self.width, self.height

    def draw(self) -> None:
        self.title.drawOn(self.canv, 0, 2)
        self.canv.setStrokeColor(PRIMARY)
        self.canv.setLineWidth(0.8)
        self.canv.setLineCap(1)  # round, as a table's rules
        self.canv.line(0, 0, self.width, 0)


class Composer:
    """One sheet being laid out: its data and labels, the width of the text, and the
    helpers every part of the sheet uses."""

    def __init__(self, sheet: DealSheet, width: float) -> None:
        self.sheet = sheet
        self.labels = sheet.labels
        self.width = width
        self.styles = paragraph_styles(cjk_wrap=False)
        self.typesetter = Typesetter(self.styles, paragraph_styles(cjk_wrap=True))

    def fit(self, text: Text, style: str, width: float, *, plain: bool = False) -> Cell:
        """A table cell's text, `width` its room inside the padding (see Typesetter.text)."""
        return self.typesetter.text(text, style, width, plain=plain)

    def address(self, address: str | None, style: str, width: float) -> Cell:
        """An email or web address in a cell drawn in `style`: broken only after '@', '.'
        or '/', and set smaller ("tight") when a piece between them is wider than the
        column; split inside a word only when even that does not fit."""
        if not address:
            return self.fit(None, style, width, plain=True)
        for name in (style, "tight"):
            lines = address_lines(address, self.styles[name].fontSize, width)
            if lines is not None:
                return self.fit(lines, name, width, plain=name == style)
        return self.fit(address, "tight", width)

    def block(self, text: Text, style: str = "base") -> list[Flowable]:
        """Text across the page."""
        return self.typesetter.flowables(text, style, self.width)

    def t(self, key: str, **values: object) -> str:
        return self.labels.text(key, **values)

    def cell_style(self, style: str, **options: Any) -> type[CellStyle]:
        return cell_style(self.styles[style], **options)

    def section(self, key: str) -> list[Flowable]:
        title = self.block(self.t(key), "section")
        heading = Heading(title[0], self.width) if len(title) == 1 else title[0]
        return [CondPageBreak(40 * mm), heading, Spacer(1, 3 * mm)]

    def key_values(self, pairs: Sequence[tuple[str, SpanLine | None]], width: float) -> Table:
        """Label/value pairs in two columns of pairs; a value is plain text or spans."""
        widths = [w * width for w in (0.17, 0.33, 0.17, 0.33)]
        room = [w - KEY_VALUE_PADDING for w in widths]
        rows: list[list[Cell]] = []
        half = (len(pairs) + 1) // 2
        left, right = pairs[:half], pairs[half:]
        for index in range(half):
            row: list[Cell] = []
            for column, side in ((0, left), (2, right)):
                if index < len(side):
                    label, value = side[index]
                    row.append(self.fit(label, "label", room[column], plain=True))
                    row.append(self.fit(value, "base", room[column + 1], plain=True))
                else:
                    row += ["", ""]
            rows.append(row)
        padding = {"left": 0, "right": KEY_VALUE_PADDING, "top": 2, "bottom": 2}
        kinds = [self.cell_style(style, **padding) for style in ("label", "base")]
        return styled_table(rows, widths, kinds * 2, hAlign="LEFT")

    def price(self, offer: OfferRound | None) -> str:
        if offer is None:
            return DASH
        return self.labels.money(offer.price, offer.currency, offer.price_unit)


def header(c: Composer, logo: Image | None) -> list[Flowable]:
    """Logo, company and date over a rule; the deal's title and who it is with."""
    sheet, labels = c.sheet, c.labels
    company = sheet.company_name or labels.text("default_company")
    mark: Flowable = logo if logo is not None else monogram(company)
    mark_width = max(16 * mm, float(getattr(mark, "drawWidth", 0) or mark.width)) + 4 * mm
    name_width, meta_width = c.width * 0.62 - mark_width, c.width * 0.38
    meta: list[SpanLine] = [
        [Span(f"{c.t('date')}: "), Span(labels.date(sheet.prepared_on), bold=True)]
    ]
    if sheet.prepared_by:
        meta.append([Span(f"{c.t('prepared_by')}: "), Span(sheet.prepared_by, bold=True)])
    kicker = c.t("deal_sheet").upper()
    if sheet.internal:  # said where the eye starts, as well as on every page's band
        kicker += f" · {c.t('internal').upper()}"
    name = stack(
        c.fit(company, "company", name_width),
        c.fit(kicker, "kicker", name_width),
    )
    top = Table(
        [[mark, name, c.fit(meta, "right", meta_width)]],
        colWidths=[mark_width, name_width, meta_width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # not Helvetica (not embedded)
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, PRIMARY),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    terms = sheet.terms
    subtitle = " · ".join(
        part for part in (sheet.supplier.name, terms.product, labels.word(terms.stage)) if part
    )
    return [
        top,
        Spacer(1, 5 * mm),
        *c.block(sheet.title, "title"),
        Spacer(1, 1 * mm),
        *c.block(subtitle, "subtitle"),
        Spacer(1, 4 * mm),
    ]


def key_figures(c: Composer) -> list[Flowable]:
    """Panels: both sides' latest prices; then the agreed price once there is one, else
    (internal sheet) the gap between the sides; and (internal) the target price. The
    partner's sheet shows neither gap nor target."""
    sheet, labels = c.sheet, c.labels
    terms = sheet.terms

    def detail(offer: OfferRound | None) -> str:
        return labels.date(offer.offered_on) if offer else ""

    figures = [
        ("supplier_latest", c.price(sheet.latest_supplier), detail(sheet.latest_supplier)),
        ("our_latest", c.price(sheet.latest_buyer), detail(sheet.latest_buyer)),
    ]
    accents = [SUPPLIER_COLOR, BUYER_COLOR]
    if sheet.agreed is not None:
        round_text = c.t("landed_round", round=sheet.agreed.round)
        figures.append(
            ("agreed_price", c.price(sheet.agreed), f"{round_text} · {detail(sheet.agreed)}")
        )
        accents.append(PRIMARY)
    elif sheet.internal:
        if sheet.gap is not None:
            gap = labels.money(sheet.gap.amount, sheet.gap.currency, sheet.gap.price_unit)
            gap_detail = f"{labels.number(sheet.gap.percent, 1)}\u00a0%"
        else:
            gap, gap_detail = DASH, c.t(sheet.gap_reason) if sheet.gap_reason else ""
        gap_label = "gap_landed" if sheet.gap is not None and sheet.gap.landed else "gap"
        figures.append((gap_label, gap, gap_detail))
        accents.append(ALERT if sheet.gap else MUTED)
    if sheet.internal:
        target = (
            labels.money(terms.target_price, terms.currency, terms.price_unit)
            if terms.target_price is not None and terms.currency
            else DASH
        )
        figures.append(("target_price", target, ""))
        accents.append(PRIMARY)
    panel = c.width / max(4, len(figures))  # the partner's two or three keep their size
    room = panel - 7 - 6  # left padding 7, right 6 (the default)
    cells = [
        stack(
            c.fit(c.t(key), "label", room),
            c.fit(value, "figure", room),
            c.fit(extra or " ", "small", room),
        )
        for key, value, extra in figures
    ]
    table = Table(
        [cells],
        colWidths=[panel] * len(cells),
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEAFTER", (0, 0), (-2, -1), 2, WHITE),
                *[("LINEABOVE", (i, 0), (i, 0), 2.2, accent) for i, accent in enumerate(accents)],
            ]
        ),
    )
    return [table]


def supplier(c: Composer) -> list[Flowable]:
    """The supplier's details beside its certificates, in one table: the certificates'
    column spans the details' rows."""
    s, labels = c.sheet.supplier, c.labels
    place = ", ".join(part for part in (s.city, s.region, s.country_name) if part)
    pairs: list[tuple[str, SpanLine | None]] = [
        (c.t("supplier"), Span(s.name, bold=True)),
        (c.t("legal_name"), s.legal_name),
        (c.t("country"), place),
        (c.t("tax_id"), s.tax_id),
        *([(c.t("status"), labels.word(s.status))] if s.status is not None else []),
        (c.t("kind"), labels.word(s.kind) or None),
        (c.t("website"), s.website),
        (c.t("email"), s.email),
        (c.t("phone"), s.phone),
    ]
    info_width = c.width * 0.6
    widths = [info_width * 0.3, info_width * 0.7, c.width - info_width]
    room = [widths[0] - 6, widths[1] - 6, widths[2] - 8 - 6]
    addresses = {c.t("website"): s.website, c.t("email"): s.email}
    rows: list[list[Cell]] = [
        [
            c.fit(k, "label", room[0], plain=True),
            c.address(addresses[k], "base", room[1])
            if k in addresses
            else c.fit(v, "base", room[1], plain=True),
            "",
        ]
        for k, v in pairs
    ]
    certificates = stack(c.fit(c.t("certifications"), "sub", room[2]))
    if s.certifications:
        for certificate in s.certifications:
            details = " · ".join(
                part
                for part in (
                    certificate.reference,
                    f"{c.t('valid_until')} {labels.date(certificate.valid_until)}"
                    if certificate.valid_until
                    else None,
                )
                if part
            )
            certificates += stack(c.fit(labels.word(certificate.kind), "bold", room[2]))
            if details:
                certificates += stack(c.fit(details, "small", room[2]))
            certificates.append(Spacer(1, 1.5 * mm))
    else:
        certificates += stack(c.fit(DASH, "empty", room[2]))
    rows[0][2] = certificates

    # rows 1.5 pt apart; 3 pt more above the first and below the last, as a block's edge
    def info(top: float, bottom: float) -> list[type[CellStyle]]:
        return [c.cell_style(kind, left=0, top=top, bottom=bottom) for kind in ("label", "base")]

    panel = c.cell_style("base", left=8, top=0)
    block = styled_table(
        rows,
        widths,
        [*info(1.5, 1.5), panel],
        rows_styled={0: [*info(4.5, 1.5), panel], len(rows) - 1: [*info(1.5, 4.5), panel]},
        commands=[("SPAN", (2, 0), (2, -1)), ("BACKGROUND", (2, 0), (2, -1), ZEBRA)],
        hAlign="LEFT",
    )
    return [*c.section("supplier"), block]


def terms(c: Composer) -> list[Flowable]:
    """The deal's terms as label/value pairs, and its notes."""
    terms, labels = c.sheet.terms, c.labels
    volume = (
        labels.amount(terms.target_volume, terms.volume_unit)
        if terms.target_volume is not None
        else None
    )
    target = (
        labels.money(terms.target_price, terms.currency, terms.price_unit)
        if terms.target_price is not None and terms.currency
        else None
    )
    incoterm = " ".join(p for p in (terms.incoterm, terms.incoterm_place) if p) or None
    window = None
    if terms.delivery_start or terms.delivery_end:
        window = f"{labels.date(terms.delivery_start)} – {labels.date(terms.delivery_end)}"
    left: list[tuple[str, SpanLine | None]] = [
        (c.t("product"), Span(terms.product, bold=True)),
        (c.t("target_volume"), volume),
        (c.t("incoterm"), incoterm),
        (c.t("origin_port"), terms.origin_port),
        (c.t("delivery_window"), window),
        (c.t("owner"), terms.owner),
    ]
    right: list[tuple[str, SpanLine | None]] = [
        (c.t("grade"), terms.grade),
        (c.t("payment_terms"), terms.payment_terms),
        (c.t("destination_port"), terms.destination_port),
        (c.t("stage"), Span(labels.word(terms.stage), bold=True)),
    ]
    if c.sheet.internal:  # our target and forecast stay in the team
        right.insert(1, (c.t("target_price"), target))
        right.append((c.t("expected_close"), labels.date(terms.expected_close) or None))
    else:  # two columns of five: the owner goes to the foot of the right one
        right.append(left.pop())
    pairs = left + right
    out = [*c.section("terms"), c.key_values(pairs, c.width)]
    if terms.notes:
        out += [*c.block(c.t("notes"), "sub"), *c.block(terms.notes)]
    return out


def notes(c: Composer) -> list[Flowable]:
    """The latest notes, newest first, each kept on one page with its heading."""
    sheet, labels = c.sheet, c.labels
    out = c.section("latest_notes")
    if not sheet.notes:
        out += c.block(c.t("no_notes"), "empty")
        return out
    for note in sheet.notes:
        when = labels.date(note.occurred_at.astimezone().date())
        heading = [Span(note.subject, bold=True), Span(f" · {when} · {note.about}", color=MUTED)]
        parts = c.block([heading])
        if note.body:
            parts += c.block(note.body)
        parts.append(Spacer(1, 2.5 * mm))
        out.append(KeepTogether(parts))
    return out
