"""The deal sheet's page furniture: the running header of later pages, the footer
("Confidential", company and date), "Page x of y", and the logo or its monogram."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reportlab.graphics.shapes import Drawing, Rect, String  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Image  # type: ignore[import-untyped, unused-ignore]

from app.exporting import fonts
from app.exporting.deal_sheet import DealSheet
from app.exporting.labels import Labels
from app.exporting.pdf_text import text_width
from app.exporting.pdf_theme import ALERT, EDGE, MARGIN, MUTED, PRIMARY, RULE, WHITE
from app.messages import translate

if TYPE_CHECKING:
    from reportlab.platypus.doctemplate import BaseDocTemplate  # type: ignore[import-untyped, unused-ignore]


def draw_text(
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
    runs = [(piece, fonts.font_for(piece, bold)) for piece in fonts.split_runs(text)]
    widths = [text_width(piece, font, size) for piece, font in runs]
    if align == "right":
        x -= sum(widths)
    elif align == "center":
        x -= sum(widths) / 2
    canvas.setFillColor(color)
    for (piece, font), width in zip(runs, widths, strict=True):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += width


def page_decorator(sheet: DealSheet, *, first: bool) -> Callable[[Canvas, Any], None]:
    """Draws the running header (pages after the first) and the footer of a page."""
    labels = sheet.labels
    company = sheet.company_name or labels.text("default_company")

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if not first:
            top = height - MARGIN + 1 * mm
            draw_text(canvas, EDGE, top, company, 7.5, bold=True, color=PRIMARY)
            draw_text(
                canvas,
                width - EDGE,
                top,
                shorten(sheet.title, 7.5, width / 2),
                7.5,
                align="right",
            )
            canvas.line(EDGE, top - 2 * mm, width - EDGE, top - 2 * mm)
        bottom = MARGIN - 2 * mm
        canvas.line(EDGE, bottom + 4 * mm, width - EDGE, bottom + 4 * mm)
        draw_text(
            canvas,
            EDGE,
            bottom,
            labels.text("confidential").upper(),
            7,
            bold=True,
            color=ALERT,
        )
        draw_text(
            canvas,
            width / 2,
            bottom,
            f"{company} · {labels.date(sheet.prepared_on)}",
            7,
            align="center",
        )
        canvas.restoreState()

    return decorate


def shorten(text: str, size: float, width: float) -> str:
    """Shorten a header line with an ellipsis so it fits `width`."""
    font = fonts.CJK if fonts.has_cjk(text) else fonts.SANS
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def numbered_canvas(
    footer: Callable[[Canvas, int, int], None], initial_font: str | None = None
) -> type[Canvas]:
    """A canvas that draws each page's `footer(canvas, page, pages)` once the number of
    pages is known; `initial_font` stands in for the document's default (Helvetica,
    which is not embedded) when the document gives none."""

    class NumberedCanvas(Canvas):  # type: ignore[misc, unused-ignore]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if initial_font is not None:
                kwargs["initialFontName"] = kwargs.get("initialFontName") or initial_font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                footer(self, number, count)
                super().showPage()
            super().save()

    return NumberedCanvas


def page_of(labels: Labels) -> Callable[[Canvas, int, int], None]:
    """The deal sheet's 'Page x of y', ending at the right margin (a longer 'Página 1
    de 2' or '第 1 页，共 2 页' grows to the left)."""

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        text = labels.text("page_of", page=page, pages=pages)
        draw_text(canvas, canvas._pagesize[0] - EDGE, MARGIN - 2 * mm, text, 7, align="right")

    return footer


def load_logo(path: Path) -> tuple[Image | None, str | None]:
    """The logo as a flowable at most 16 mm high, or why it cannot be used."""
    if not path.is_file():
        return None, translate(
            "Exporting", "logo file {path} not found; the sheet was made without a logo"
        ).format(path=path)
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
        return None, translate(
            "Exporting",
            "logo file {path} could not be read ({reason}); the sheet was made without a logo",
        ).format(path=path, reason=reason)
    width, height = converted.size
    scale = min(16 * mm / height, 45 * mm / width)
    return Image(buffer, width=width * scale, height=height * scale), None


def monogram(name: str, size: float = 14 * mm) -> Drawing:
    """The tasteful default logo: the company's initials in a rounded square."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if words and fonts.has_cjk(words[0]):
        initials = words[0][:2]
    else:
        initials = "".join(w[0] for w in words[:2]).upper() or "SD"
    drawing = Drawing(size, size)
    drawing.initialFontName = fonts.SANS  # the renderer's starting font, else Helvetica
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
            fillColor=WHITE,
            textAnchor="middle",
        )
    )
    return drawing
