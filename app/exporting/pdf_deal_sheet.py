"""The deal sheet as a PDF (reportlab platypus): what the company's partners see.

Only formats a DealSheet. Fonts are embedded (fonts.py) so accented and Chinese names
render and can be copied; long text wraps inside its cell; long tables continue on
the next page under their repeated header; every page carries "Confidential" and
"Page x of y".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reportlab.graphics.charts.lineplots import LinePlot  # type: ignore[import-untyped, unused-ignore]
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.pagesizes import A4, LETTER  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.exporting import fonts
from app.exporting.deal_sheet import DealSheet, OfferRound, PriceSeries
from app.exporting.files import atomic_write
from app.exporting.labels import Labels
from app.exporting.pdf_text import DASH, Cell, Span, SpanLine, Text, Typesetter
from models import OfferSide

if TYPE_CHECKING:
    from reportlab.platypus.doctemplate import BaseDocTemplate  # type: ignore[import-untyped, unused-ignore]

Paper = Literal["A4", "Letter"]
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

INK = colors.HexColor("#1E2A32")
MUTED = colors.HexColor("#5F6B73")
PRIMARY = colors.HexColor("#1F4E5A")
RULE = colors.HexColor("#C9D3D8")
ZEBRA = colors.HexColor("#F3F6F7")
PANEL = colors.HexColor("#EAF0F2")
SUPPLIER_COLOR = colors.HexColor("#D9822B")
BUYER_COLOR = colors.HexColor("#1F6FB2")
ALERT = colors.HexColor("#B3261E")
ALERT_BG = colors.HexColor("#FBE9E7")

MARGIN = 16 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside the margins; rules line up with text
EDGE = MARGIN + FRAME_PADDING


def render_pdf(
    sheet: DealSheet,
    target: Path,
    *,
    logo: Path | None = None,
    paper: Paper = "A4",
) -> list[str]:
    """Write the sheet to `target` (atomically); return warnings for the user, such as a
    logo file that could not be read (the sheet is then made without it)."""
    warnings: list[str] = []
    fonts.register_fonts(cjk=sheet.language == "zh" or _sheet_has_cjk(sheet))
    logo_image = None
    if logo is not None:
        logo_image, problem = _load_logo(Path(logo), sheet.labels)
        if problem:
            warnings.append(problem)
    page_size = PAPER_SIZES.get(paper)
    if page_size is None:
        raise ValueError(f"paper must be A4 or Letter, not {paper!r}")
    builder = _Builder(sheet, page_size[0] - 2 * EDGE)
    story = builder.story(logo_image)

    def write(path: Path) -> None:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=f"{sheet.labels.text('deal_sheet')}: {sheet.title}",
            author=sheet.prepared_by or sheet.company_name,
            subject=sheet.supplier.name,
            creator="Supplier Desk",
        )
        doc.build(
            story,
            onFirstPage=_page_decorator(sheet, first=True),
            onLaterPages=_page_decorator(sheet, first=False),
            canvasmaker=_numbered_canvas(sheet.labels),
        )

    atomic_write(target, write)
    return warnings


# --- fonts and text ----------------------------------------------------------------------


def _sheet_has_cjk(sheet: DealSheet) -> bool:
    texts: list[str | None] = [sheet.title, sheet.company_name, sheet.prepared_by]
    supplier = sheet.supplier
    texts += [supplier.name, supplier.legal_name, supplier.city, supplier.region]
    for contact in supplier.contacts:
        texts += [contact.name, contact.role, contact.email]
    terms = sheet.terms
    texts += [terms.product, terms.grade, terms.payment_terms, terms.owner, terms.notes]
    texts += [terms.incoterm_place, terms.origin_port, terms.destination_port]
    texts += [o.notes for o in sheet.offers] + [o.incoterm_place for o in sheet.offers]
    texts += [s.vessel for s in sheet.shipments]
    texts += [f.subject for f in sheet.follow_ups] + [f.assignee for f in sheet.follow_ups]
    texts += [f.about for f in sheet.follow_ups] + [n.about for n in sheet.notes]
    texts += [n.subject for n in sheet.notes] + [n.body for n in sheet.notes]
    return any(fonts.has_cjk(t) for t in texts if t)


def _draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Literal["left", "right", "center"] = "left",
    color: Any = MUTED,
) -> None:
    """Draw one line mixing Latin and Chinese, each run in a font that has its glyphs."""
    runs: list[tuple[str, str]] = []
    for piece in fonts.split_runs(text):
        runs.append((piece, fonts.font_for(piece, bold)))
    width = sum(stringWidth(piece, font, size) for piece, font in runs)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    canvas.setFillColor(color)
    for piece, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)


def _styles(*, cjk_wrap: bool) -> dict[str, ParagraphStyle]:
    wrap = "CJK" if cjk_wrap else None
    base = ParagraphStyle(
        "base",
        fontName=fonts.SANS,
        fontSize=8.5,
        leading=11,
        textColor=INK,
        wordWrap=wrap,
        splitLongWords=True,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "base": base,
        "small": derive("small", fontSize=7.5, leading=9.5, textColor=MUTED),
        "label": derive("label", fontSize=7.5, leading=9.5, textColor=MUTED),
        "bold": derive("bold", fontName=fonts.SANS_BOLD),
        "right": derive("right", alignment=TA_RIGHT),
        "cell": derive("cell", fontSize=8, leading=10.5),
        "cell_right": derive("cell_right", fontSize=8, leading=10.5, alignment=TA_RIGHT),
        "head": derive(
            "head", fontName=fonts.SANS_BOLD, fontSize=7.5, leading=9.5, textColor=colors.white
        ),
        "head_right": derive(
            "head_right",
            fontName=fonts.SANS_BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "company": derive("company", fontName=fonts.SANS_BOLD, fontSize=13, leading=16),
        "kicker": derive(
            "kicker", fontName=fonts.SANS_BOLD, fontSize=8, leading=10, textColor=PRIMARY
        ),
        "title": derive("title", fontName=fonts.SANS_BOLD, fontSize=17, leading=21),
        "subtitle": derive("subtitle", fontSize=9.5, leading=12.5, textColor=MUTED),
        "section": derive(
            "section",
            fontName=fonts.SANS_BOLD,
            fontSize=11,
            leading=14,
            textColor=PRIMARY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "sub": derive(
            "sub",
            fontName=fonts.SANS_BOLD,
            fontSize=9,
            leading=12,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "figure": derive("figure", fontName=fonts.SANS_BOLD, fontSize=11, leading=14),
        "note": derive("note", fontSize=7.5, leading=9.5, textColor=MUTED),
        "empty": derive("empty", textColor=MUTED),
    }


# --- page furniture ----------------------------------------------------------------------


def _page_decorator(sheet: DealSheet, *, first: bool) -> Callable[[Canvas, Any], None]:
    labels = sheet.labels
    company = sheet.company_name or labels.text("default_company")

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if not first:
            top = height - MARGIN + 1 * mm
            _draw_text(canvas, EDGE, top, company, 7.5, bold=True, color=PRIMARY)
            _draw_text(
                canvas,
                width - EDGE,
                top,
                _fit(sheet.title, 7.5, width / 2),
                7.5,
                align="right",
            )
            canvas.line(EDGE, top - 2 * mm, width - EDGE, top - 2 * mm)
        bottom = MARGIN - 2 * mm
        canvas.line(EDGE, bottom + 4 * mm, width - EDGE, bottom + 4 * mm)
        _draw_text(
            canvas,
            EDGE,
            bottom,
            labels.text("confidential").upper(),
            7,
            bold=True,
            color=ALERT,
        )
        _draw_text(
            canvas,
            width / 2,
            bottom,
            f"{company} · {labels.date(sheet.prepared_on)}",
            7,
            align="center",
        )
        canvas.restoreState()

    return decorate


def _fit(text: str, size: float, width: float) -> str:
    """Shorten a header line with an ellipsis so it fits `width`."""
    font = fonts.CJK if fonts.has_cjk(text) else fonts.SANS
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _numbered_canvas(labels: Labels) -> type[Canvas]:
    """A canvas that writes 'Page x of y' once the number of pages is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc, unused-ignore]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width = self._pagesize[0]
                _draw_text(
                    self,
                    width - EDGE,
                    MARGIN - 2 * mm,
                    labels.text("page_of", page=self._pageNumber, pages=total),
                    7,
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def _load_logo(path: Path, labels: Labels) -> tuple[Image | None, str | None]:
    """The logo as a flowable at most 16 mm high, or why it cannot be used."""
    if not path.is_file():
        return None, f"logo file {path} not found; the sheet was made without a logo"
    try:
        from PIL import Image as PILImage

        with PILImage.open(path) as picture:
            picture.load()
            converted = picture.convert("RGBA")
        buffer = io.BytesIO()
        converted.save(buffer, format="PNG")
        buffer.seek(0)
    except Exception as exc:  # any decoder error: the logo is optional
        reason = str(exc) or type(exc).__name__
        return None, (
            f"logo file {path} could not be read ({reason}); the sheet was made without a logo"
        )
    width, height = converted.size
    scale = min(16 * mm / height, 45 * mm / width)
    return Image(buffer, width=width * scale, height=height * scale), None


def _monogram(name: str, size: float = 14 * mm) -> Drawing:
    """The tasteful default logo: the company's initials in a rounded square."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if words and fonts.has_cjk(words[0]):
        initials = words[0][:2]
    else:
        initials = "".join(w[0] for w in words[:2]).upper() or "SD"
    drawing = Drawing(size, size)
    drawing.add(
        Rect(0, 0, size, size, rx=2.5 * mm, ry=2.5 * mm, fillColor=PRIMARY, strokeColor=None)
    )
    font = fonts.font_for(initials, bold=True)
    font_size = size * 0.4
    drawing.add(
        String(
            size / 2,
            size / 2 - font_size * 0.36,
            initials,
            fontName=font,
            fontSize=font_size,
            fillColor=colors.white,
            textAnchor="middle",
        )
    )
    return drawing


# --- the story -----------------------------------------------------------------------------


GRID_PADDING = 4
"""Left and right padding of a data table's cells."""
KEY_VALUE_PADDING = 6
"""Right padding of a key-value table's cells (left: none)."""


def _cell_font(style: ParagraphStyle, start: tuple[int, int], end: tuple[int, int]) -> list[Any]:
    """Table style commands that draw plain cell text as `style` would."""
    return [
        ("FONTNAME", start, end, style.fontName),
        ("FONTSIZE", start, end, style.fontSize),
        ("LEADING", start, end, style.leading),
        ("TEXTCOLOR", start, end, style.textColor),
    ]


def _flowables(*cells: Cell) -> list[Flowable]:
    """Several texts stacked in one table cell."""
    out: list[Flowable] = []
    for cell in cells:
        if isinstance(cell, list):
            out += cell
        elif isinstance(cell, str):
            raise TypeError("plain cell text cannot be stacked")
        else:
            out.append(cell)
    return out


class _Heading(Flowable):  # type: ignore[misc, unused-ignore]
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


class _Builder:
    def __init__(self, sheet: DealSheet, width: float) -> None:
        self.sheet = sheet
        self.labels = sheet.labels
        self.width = width
        self.styles = _styles(cjk_wrap=False)
        self.typesetter = Typesetter(self.styles, _styles(cjk_wrap=True))

    # small helpers

    def fit(self, lines: Text, style: str, width: float, *, plain: bool = False) -> Cell:
        """A table cell's text, `width` its room inside the padding (see Typesetter.text)."""
        return self.typesetter.text(lines, style, width, plain=plain)

    def block(self, lines: Text, style: str = "base") -> list[Flowable]:
        """Text across the page."""
        return self.typesetter.flowables(lines, style, self.width)

    def t(self, key: str, **values: object) -> str:
        return self.labels.text(key, **values)

    def section(self, key: str) -> list[Flowable]:
        title = self.typesetter.flowables(self.t(key), "section", self.width)
        heading = _Heading(title[0], self.width) if len(title) == 1 else title[0]
        return [CondPageBreak(40 * mm), heading, Spacer(1, 3 * mm)]

    def columns(self, widths: Sequence[float]) -> list[float]:
        """A data table's column widths and the room for text inside each."""
        return [w * self.width - 2 * GRID_PADDING for w in widths]

    def grid(
        self,
        header: Sequence[str],
        rows: list[list[Cell]],
        widths: Sequence[float],
        *,
        right: Sequence[int] = (),
        extra: Sequence[tuple[Any, ...]] = (),
        zebra: Sequence[bool] | None = None,
        body: str = "cell",
    ) -> Table:
        """A data table: a coloured header repeated on every page, light zebra rows.
        Plain text cells are drawn in the `body` style."""
        room = self.columns(widths)
        head = [
            self.fit(text, "head_right" if index in right else "head", room[index], plain=True)
            for index, text in enumerate(header)
        ]
        table = Table(
            [head, *rows],
            colWidths=[w * self.width for w in widths],
            repeatRows=1,
            hAlign="LEFT",
        )
        commands: list[tuple[Any, ...]] = [
            *_cell_font(self.styles["head"], (0, 0), (-1, 0)),
            *_cell_font(self.styles[body], (0, 1), (-1, -1)),
            *[("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right],
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), GRID_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), GRID_PADDING),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        stripes = zebra if zebra is not None else [i % 2 == 1 for i in range(len(rows))]
        for index, striped in enumerate(stripes, start=1):
            if striped:
                commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
        table.setStyle(TableStyle([*commands, *extra]))
        return table

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
        return Table(
            rows,
            colWidths=widths,
            hAlign="LEFT",
            style=TableStyle(
                [
                    *_cell_font(self.styles["label"], (0, 0), (0, -1)),
                    *_cell_font(self.styles["label"], (2, 0), (2, -1)),
                    *_cell_font(self.styles["base"], (1, 0), (1, -1)),
                    *_cell_font(self.styles["base"], (3, 0), (3, -1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), KEY_VALUE_PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            ),
        )

    def price(self, offer: OfferRound | None) -> str:
        if offer is None:
            return DASH
        return self.labels.money(offer.price, offer.currency, offer.price_unit)

    # sections

    def story(self, logo: Image | None) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.header(logo)
        story += self.key_figures()
        story += self.supplier()
        story += self.terms()
        story += self.offers()
        story += self.shipments()
        story += self.follow_ups()
        story += self.notes()
        return story

    def header(self, logo: Image | None) -> list[Flowable]:
        sheet, labels = self.sheet, self.labels
        company = sheet.company_name or labels.text("default_company")
        mark: Flowable = logo if logo is not None else _monogram(company)
        mark_width = max(16 * mm, float(getattr(mark, "drawWidth", 0) or mark.width)) + 4 * mm
        name_width, meta_width = self.width * 0.62 - mark_width, self.width * 0.38
        meta: list[SpanLine] = [
            [Span(f"{self.t('date')}: "), Span(labels.date(sheet.prepared_on), bold=True)]
        ]
        if sheet.prepared_by:
            meta.append([Span(f"{self.t('prepared_by')}: "), Span(sheet.prepared_by, bold=True)])
        top = Table(
            [
                [
                    mark,
                    _flowables(
                        self.fit(company, "company", name_width),
                        self.fit(self.t("deal_sheet").upper(), "kicker", name_width),
                    ),
                    self.fit(meta, "right", meta_width),
                ]
            ],
            colWidths=[mark_width, name_width, meta_width],
            style=TableStyle(
                [
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
            *self.block(sheet.title, "title"),
            Spacer(1, 1 * mm),
            *self.block(subtitle, "subtitle"),
            Spacer(1, 4 * mm),
        ]

    def key_figures(self) -> list[Flowable]:
        sheet, labels = self.sheet, self.labels
        if sheet.gap is not None:
            gap = labels.money(sheet.gap.amount, sheet.gap.currency, sheet.gap.price_unit)
            gap_detail = f"{labels.number(sheet.gap.percent, 1)}\u00a0%"
        else:
            gap, gap_detail = DASH, self.t(sheet.gap_reason) if sheet.gap_reason else ""
        terms = sheet.terms
        target = (
            labels.money(terms.target_price, terms.currency, terms.price_unit)
            if terms.target_price is not None and terms.currency
            else DASH
        )

        def detail(offer: OfferRound | None) -> str:
            return labels.date(offer.offered_on) if offer else ""

        figures = [
            ("supplier_latest", self.price(sheet.latest_supplier), detail(sheet.latest_supplier)),
            ("our_latest", self.price(sheet.latest_buyer), detail(sheet.latest_buyer)),
            ("gap", gap, gap_detail),
            ("target_price", target, ""),
        ]
        room = self.width / 4 - 7 - 6  # left padding 7, right 6 (the default)
        cells = [
            _flowables(
                self.fit(self.t(key), "label", room),
                self.fit(value, "figure", room),
                self.fit(extra or " ", "small", room),
            )
            for key, value, extra in figures
        ]
        accents = [SUPPLIER_COLOR, BUYER_COLOR, ALERT if sheet.gap else MUTED, PRIMARY]
        table = Table(
            [cells],
            colWidths=[self.width / 4] * 4,
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                    *[
                        ("LINEABOVE", (i, 0), (i, 0), 2.2, accent)
                        for i, accent in enumerate(accents)
                    ],
                ]
            ),
        )
        return [table]

    def supplier(self) -> list[Flowable]:
        s, labels = self.sheet.supplier, self.labels
        place = ", ".join(part for part in (s.city, s.region, s.country_name) if part)
        pairs: list[tuple[str, SpanLine | None]] = [
            (self.t("supplier"), Span(s.name, bold=True)),
            (self.t("legal_name"), s.legal_name),
            (self.t("country"), place),
            (self.t("tax_id"), s.tax_id),
            (self.t("status"), labels.word(s.status)),
            (self.t("kind"), labels.word(s.kind) or None),
            (self.t("website"), s.website),
            (self.t("email"), s.email),
            (self.t("phone"), s.phone),
        ]
        info_width = self.width * 0.6
        widths = [info_width * 0.3, info_width * 0.7]
        room = [w - 6 for w in widths]  # the default right padding
        certificates_room = self.width - info_width - 8 - 6
        rows: list[list[Cell]] = [
            [self.fit(k, "label", room[0], plain=True), self.fit(v, "base", room[1], plain=True)]
            for k, v in pairs
        ]
        certificates = _flowables(self.fit(self.t("certifications"), "sub", certificates_room))
        if s.certifications:
            for c in s.certifications:
                details = " · ".join(
                    part
                    for part in (
                        c.reference,
                        f"{self.t('valid_until')} {labels.date(c.valid_until)}"
                        if c.valid_until
                        else None,
                    )
                    if part
                )
                certificates += _flowables(self.fit(labels.word(c.kind), "bold", certificates_room))
                if details:
                    certificates += _flowables(self.fit(details, "small", certificates_room))
                certificates.append(Spacer(1, 1.5 * mm))
        else:
            certificates += _flowables(self.fit(DASH, "empty", certificates_room))
        # one table: the certificates column spans the supplier's rows
        rows[0].append(certificates)
        for row in rows[1:]:
            row.append("")
        block = Table(
            rows,
            colWidths=[*widths, self.width - info_width],
            hAlign="LEFT",
            style=TableStyle(
                [
                    *_cell_font(self.styles["label"], (0, 0), (0, -1)),
                    *_cell_font(self.styles["base"], (1, 0), (1, -1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (1, -1), 0),
                    ("TOPPADDING", (0, 0), (1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (1, 0), 4.5),  # 3 above the block, 1.5 in the row
                    ("BOTTOMPADDING", (0, -1), (1, -1), 4.5),
                    ("SPAN", (2, 0), (2, -1)),
                    ("LEFTPADDING", (2, 0), (2, -1), 8),
                    ("TOPPADDING", (2, 0), (2, -1), 0),
                    ("BACKGROUND", (2, 0), (2, -1), ZEBRA),
                ]
            ),
        )
        out = [*self.section("supplier"), block, *self.block(self.t("contacts"), "sub")]
        if not s.contacts:
            out += self.block(self.t("no_contacts"), "empty")
            return out
        contact_widths = (0.29, 0.22, 0.29, 0.20)
        room = self.columns(contact_widths)
        contact_rows: list[list[Cell]] = []
        for contact in s.contacts:
            name = self.fit(Span(contact.name, bold=True), "base", room[0])
            if contact.is_primary:
                name = _flowables(name, self.fit(self.t("main_contact"), "small", room[0]))
            phones = contact.phone or ""
            if contact.wechat:
                phones += ("\n" if phones else "") + f"{self.t('wechat')}: {contact.wechat}"
            contact_rows.append(
                [
                    name,
                    self.fit(contact.role, "base", room[1], plain=True),
                    self.fit(contact.email, "base", room[2], plain=True),
                    self.fit(phones or None, "base", room[3], plain=True),
                ]
            )
        out.append(
            self.grid(
                [self.t("name"), self.t("role"), self.t("email"), self.t("phone")],
                contact_rows,
                contact_widths,
                body="base",
            )
        )
        return out

    def terms(self) -> list[Flowable]:
        terms, labels = self.sheet.terms, self.labels
        volume = (
            f"{labels.quantity(terms.target_volume)} {labels.word(terms.volume_unit)}".strip()
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
        pairs: list[tuple[str, SpanLine | None]] = [
            (self.t("product"), Span(terms.product, bold=True)),
            (self.t("target_volume"), volume),
            (self.t("incoterm"), incoterm),
            (self.t("origin_port"), terms.origin_port),
            (self.t("delivery_window"), window),
            (self.t("owner"), terms.owner),
            (self.t("grade"), terms.grade),
            (self.t("target_price"), target),
            (self.t("payment_terms"), terms.payment_terms),
            (self.t("destination_port"), terms.destination_port),
            (self.t("stage"), Span(labels.word(terms.stage), bold=True)),
            (self.t("expected_close"), labels.date(terms.expected_close) or None),
        ]
        out = [*self.section("terms"), self.key_values(pairs, self.width)]
        if terms.notes:
            out += [*self.block(self.t("notes"), "sub"), *self.block(terms.notes)]
        return out

    def offers(self) -> list[Flowable]:
        sheet, labels = self.sheet, self.labels
        out = self.section("offers")
        if not sheet.offers:
            out += self.block(self.t("no_offers"), "empty")
            return out
        widths = (0.045, 0.13, 0.105, 0.175, 0.165, 0.11, 0.135, 0.135)
        room = self.columns(widths)
        note_room = sum(w * self.width for w in widths[1:]) - 2 * GRID_PADDING
        note_style = self.styles["note"]
        rows: list[list[Cell]] = []
        extra: list[tuple[Any, ...]] = []
        zebra: list[bool] = []
        for number, offer in enumerate(sheet.offers):
            color = SUPPLIER_COLOR if offer.side is OfferSide.SUPPLIER else BUYER_COLOR
            change = None
            if offer.change is not None:
                change = labels.signed(offer.change)
                if offer.change_percent is not None:
                    change += f" ({labels.percent(offer.change_percent)})"
            volume = (
                f"{labels.quantity(offer.volume)} {labels.word(offer.volume_unit)}".strip()
                if offer.volume is not None
                else None
            )
            incoterm = " ".join(p for p in (offer.incoterm, offer.incoterm_place) if p) or None
            side = [Span("●", color=color), Span(f" {labels.word(offer.side)}")]
            price = labels.money(offer.price, offer.currency, offer.price_unit)
            rows.append(
                [
                    self.fit(str(offer.round), "cell", room[0], plain=True),
                    self.fit(labels.date(offer.offered_on), "cell", room[1], plain=True),
                    self.fit([side], "cell", room[2]),
                    self.fit(price, "cell_right", room[3], plain=True),
                    self.fit(change, "cell_right", room[4], plain=True),
                    self.fit(volume, "cell_right", room[5], plain=True),
                    self.fit(incoterm, "cell", room[6], plain=True),
                    self.fit(labels.date(offer.valid_until) or None, "cell", room[7], plain=True),
                ]
            )
            zebra.append(number % 2 == 1)
            if offer.notes:
                rows.append(["", self.fit(offer.notes, "note", note_room, plain=True)])
                row = len(rows)
                extra += [
                    ("SPAN", (1, row), (-1, row)),
                    *_cell_font(note_style, (1, row), (-1, row)),
                    ("ALIGN", (1, row), (-1, row), "LEFT"),
                    ("LINEABOVE", (0, row), (-1, row), 0, colors.white),
                    ("TOPPADDING", (0, row), (-1, row), 0),
                    ("NOSPLIT", (0, row - 1), (-1, row)),  # never part an offer from its note
                ]
                zebra.append(number % 2 == 1)
                # the offer's own row carries no line under it: the note belongs to it
                extra.append(("LINEBELOW", (0, row - 1), (-1, row - 1), 0, colors.white))
        out.append(
            self.grid(
                [
                    "#",
                    self.t("date"),
                    self.t("side"),
                    self.t("price"),
                    self.t("change"),
                    self.t("volume"),
                    self.t("incoterm"),
                    self.t("valid_until"),
                ],
                rows,
                widths,
                right=(3, 4, 5),
                extra=extra,
                zebra=zebra,
            )
        )
        out.append(Spacer(1, 3 * mm))
        if sheet.gap is not None:
            gap_text = self.t(
                "gap_value",
                amount=labels.money(sheet.gap.amount, sheet.gap.currency, sheet.gap.price_unit),
                percent=labels.number(sheet.gap.percent, 1),
            )
        else:
            gap_text = self.t(sheet.gap_reason or "gap_not_comparable")
        out += self.block([[Span(f"{self.t('gap')}:", bold=True), Span(f" {gap_text}")]])
        if sheet.prices is not None:
            chart = _price_chart(sheet.prices, labels, self.width)
            out.append(
                KeepTogether([Spacer(1, 3 * mm), *self.block(self.t("price_chart"), "sub"), chart])
            )
        return out

    def shipments(self) -> list[Flowable]:
        sheet, labels = self.sheet, self.labels
        out = self.section("shipments")
        if not sheet.shipments:
            out += self.block(self.t("no_shipments"), "empty")
            return out
        # room for 'SH-BENCH-000' in bold, 'Marítimo', 'Planificado' on one line
        widths = (0.165, 0.09, 0.17, 0.13, 0.13, 0.105, 0.21)
        room = self.columns(widths)
        rows: list[list[Cell]] = []
        extra: list[tuple[Any, ...]] = []

        def when(value: tuple[date | None, bool], width: float) -> Cell:
            """The actual date where known, marked so, else the estimate."""
            day, actual = value
            if day is None:
                return self.fit(None, "base", width)
            if not actual:
                return self.fit(labels.date(day), "cell", width, plain=True)
            marked = [Span(labels.date(day)), Span(f" ({self.t('actual')})", color=MUTED)]
            return self.fit([marked], "base", width)

        for index, s in enumerate(sheet.shipments, start=1):
            transport = self.fit(s.container_no or s.transport_doc_no, "base", room[2])
            if s.vessel:
                transport = _flowables(transport, self.fit(s.vessel, "small", room[2]))
            if s.missing_documents:
                missing = self.fit(
                    [
                        Span(labels.word(document), bold=True, color=ALERT)
                        for document in s.missing_documents
                    ],
                    "base",
                    room[6],
                )
                extra.append(("BACKGROUND", (6, index), (6, index), ALERT_BG))
            else:
                missing = self.fit(self.t("documents_complete"), "small", room[6])
            rows.append(
                [
                    self.fit(s.reference, "bold", room[0]),
                    self.fit(labels.word(s.mode), "cell", room[1], plain=True),
                    transport,
                    when(s.departure, room[3]),
                    when(s.arrival, room[4]),
                    self.fit(labels.word(s.status), "cell", room[5], plain=True),
                    missing,
                ]
            )
        out.append(
            self.grid(
                [
                    self.t("reference"),
                    self.t("mode"),
                    self.t("container"),
                    self.t("etd"),
                    self.t("eta"),
                    self.t("status"),
                    self.t("missing_documents"),
                ],
                rows,
                widths,
                extra=extra,
            )
        )
        return out

    def follow_ups(self) -> list[Flowable]:
        sheet, labels = self.sheet, self.labels
        out = self.section("follow_ups")
        if not sheet.follow_ups:
            out += self.block(self.t("no_follow_ups"), "empty")
            return out
        widths = (0.16, 0.46, 0.2, 0.18)
        room = self.columns(widths)
        rows: list[list[Cell]] = []
        for f in sheet.follow_ups:
            due: Cell
            if f.overdue:
                due = self.fit(
                    [
                        Span(labels.date(f.due_on) or DASH, bold=True, color=ALERT),
                        Span(self.t("overdue"), color=ALERT),
                    ],
                    "base",
                    room[0],
                )
            else:
                due = self.fit(labels.date(f.due_on) or None, "base", room[0], plain=True)
            rows.append(
                [
                    due,
                    self.fit(f.subject, "base", room[1], plain=True),
                    self.fit(f.about, "base", room[2], plain=True),
                    self.fit(f.assignee, "base", room[3], plain=True),
                ]
            )
        out.append(
            self.grid(
                [self.t("due"), self.t("subject"), self.t("about"), self.t("assignee")],
                rows,
                widths,
                body="base",
            )
        )
        return out

    def notes(self) -> list[Flowable]:
        sheet, labels = self.sheet, self.labels
        out = self.section("latest_notes")
        if not sheet.notes:
            out += self.block(self.t("no_notes"), "empty")
            return out
        for note in sheet.notes:
            when = labels.date(note.occurred_at.astimezone().date())
            heading = [
                Span(note.subject, bold=True),
                Span(f" · {when} · {note.about}", color=MUTED),
            ]
            parts = self.block([heading])
            if note.body:
                parts += self.block(note.body)
            parts.append(Spacer(1, 2.5 * mm))
            out.append(KeepTogether(parts))
        return out


# --- the price chart -------------------------------------------------------------------------


def _price_chart(prices: PriceSeries, labels: Labels, width: float) -> Drawing:
    """Both sides' prices over time (and the target as a dashed line), with a legend."""
    height = 62 * mm
    drawing = Drawing(width, height)
    points = [*prices.supplier, *prices.buyer]
    days = sorted({d.toordinal() for d, _ in points})
    values = [v for _, v in points] + ([prices.target] if prices.target else [])
    low, high = min(values), max(values)
    pad = (high - low) * Decimal("0.12") or high * Decimal("0.05") or Decimal(1)
    y_min, y_max = float(low - pad), float(high + pad)
    x_min, x_max = days[0], days[-1]
    if x_min == x_max:
        x_min, x_max = x_min - 3, x_max + 3
    else:
        margin = max(1, round((x_max - x_min) * 0.04))
        x_min, x_max = x_min - margin, x_max + margin

    plot = LinePlot()
    plot.x, plot.y = 16 * mm, 10 * mm
    plot.width, plot.height = width - 20 * mm, height - 22 * mm
    series: list[list[tuple[float, float]]] = []
    colours = []
    for data, colour in ((prices.supplier, SUPPLIER_COLOR), (prices.buyer, BUYER_COLOR)):
        if data:
            series.append([(d.toordinal(), float(v)) for d, v in data])
            colours.append(colour)
    if prices.target is not None:
        series.append([(x_min, float(prices.target)), (x_max, float(prices.target))])
        colours.append(MUTED)
    plot.data = series
    from reportlab.graphics.widgets.markers import makeMarker  # type: ignore[import-untyped, unused-ignore]

    for index, colour in enumerate(colours):
        line = plot.lines[index]
        line.strokeColor = colour
        line.strokeWidth = 1.8
        is_target = prices.target is not None and index == len(colours) - 1
        if is_target:
            line.strokeDashArray = (3, 2)
            line.strokeWidth = 0.8
        else:
            line.symbol = makeMarker("FilledCircle", size=4.5)
            line.symbol.fillColor = colour
            line.symbol.strokeColor = colors.white
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    x_axis.valueMin, x_axis.valueMax = x_min, x_max
    step = max(1, -(-len(days) // 7))
    x_axis.valueSteps = days[::step]
    x_axis.labelTextFormat = lambda value: labels.short_date(date.fromordinal(int(value)))
    axis_font = fonts.CJK if labels.language == "zh" else fonts.SANS
    x_axis.labels.fontName = axis_font
    x_axis.labels.fontSize = 6.5
    x_axis.labels.fillColor = MUTED
    x_axis.strokeColor = RULE
    x_axis.tickDown = 2
    y_axis.valueMin, y_axis.valueMax = y_min, y_max
    y_axis.labelTextFormat = lambda value: labels.number(Decimal(str(value)))
    y_axis.labels.fontName = fonts.SANS
    y_axis.labels.fontSize = 6.5
    y_axis.labels.fillColor = MUTED
    y_axis.strokeColor = RULE
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor = colors.HexColor("#E4EAED")
    y_axis.gridStrokeWidth = 0.4
    y_axis.maximumTicks = 6
    drawing.add(plot)

    def at(day: int, value: Decimal) -> tuple[float, float]:
        x = plot.x + (day - x_min) / (x_max - x_min) * plot.width
        y = plot.y + (float(value) - y_min) / (y_max - y_min) * plot.height
        return x, y

    if len(points) <= 16:  # small enough to print each price beside its point
        for data, colour, offset in (
            (prices.supplier, SUPPLIER_COLOR, 5),
            (prices.buyer, BUYER_COLOR, -9),
        ):
            for day, value in data:
                x, y = at(day.toordinal(), value)
                drawing.add(
                    String(
                        x,
                        y + offset,
                        labels.number(value),
                        fontName=fonts.SANS,
                        fontSize=6.5,
                        fillColor=colour,
                        textAnchor="middle",
                    )
                )

    unit = f"{prices.currency} / {labels.word(prices.price_unit)}"
    drawing.add(
        String(
            plot.x - 14 * mm,
            height - 6 * mm,
            unit,
            fontName=fonts.font_for(unit),
            fontSize=7,
            fillColor=MUTED,
        )
    )
    legend: list[tuple[str, Any, bool]] = [
        (labels.text("supplier_price"), SUPPLIER_COLOR, False),
        (labels.text("our_price"), BUYER_COLOR, False),
    ]
    if prices.target is not None:
        legend.append((labels.text("target_price"), MUTED, True))
    x = width
    for text, colour, dashed in reversed(legend):
        font = fonts.font_for(text)
        x -= stringWidth(text, font, 7)
        drawing.add(String(x, height - 6 * mm, text, fontName=font, fontSize=7, fillColor=INK))
        x -= 10 * mm
        y = height - 6 * mm + 2.3
        drawing.add(
            Line(
                x,
                y,
                x + 8 * mm,
                y,
                strokeColor=colour,
                strokeWidth=0.8 if dashed else 1.8,
                strokeDashArray=(3, 2) if dashed else None,
            )
        )
        if not dashed:
            drawing.add(Circle(x + 4 * mm, y, 1.8, fillColor=colour, strokeColor=colors.white))
        x -= 5 * mm
    return drawing
