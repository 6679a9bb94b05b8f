"""The deal sheet as a PDF (reportlab platypus): what the company's partners see, or
(the internal sheet, marked so on every page) what the team keeps.

Only formats a DealSheet. Fonts are embedded (fonts.py) so accented and Chinese names
render and can be copied; long text wraps inside its cell; long tables continue on
the next page under their repeated header; every page carries "Confidential" and
"Page x of y". The parts live beside this module: pdf_theme (look), pdf_text (setting
text cheaply), pdf_page (page furniture), pdf_blocks, pdf_tables and pdf_chart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable, Image, SimpleDocTemplate  # type: ignore[import-untyped, unused-ignore]

from app.exporting import fonts
from app.exporting.deal_sheet import DealSheet
from app.exporting.files import atomic_write
from app.exporting.pdf_blocks import Composer, header, key_figures, notes, supplier, terms
from app.exporting.pdf_page import (
    draw_text,
    load_logo,
    numbered_canvas,
    page_decorator,
    page_of,
)
from app.exporting.pdf_tables import contacts, follow_ups, landed, offers, shipments
from app.exporting.pdf_theme import ALERT, ALERT_BG, EDGE, MARGIN, PAPER_SIZES, Paper

__all__ = ["Paper", "render_pdf"]


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
        logo_image, problem = load_logo(Path(logo))
        if problem:
            warnings.append(problem)
    page_size = PAPER_SIZES.get(paper)
    if page_size is None:
        raise ValueError(f"paper must be A4 or Letter, not {paper!r}")
    story = _story(Composer(sheet, page_size[0] - 2 * EDGE), logo_image)

    def write(path: Path) -> None:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=document_title(sheet),
            author=sheet.prepared_by or sheet.company_name,
            subject=sheet.supplier.name,
            creator="Supplier Desk",
        )
        with _binary_streams():
            doc.build(
                story,
                onFirstPage=_decorator(sheet, first=True),
                onLaterPages=_decorator(sheet, first=False),
                canvasmaker=numbered_canvas(page_of(sheet.labels), initial_font=fonts.SANS),
            )

    atomic_write(target, write)
    return warnings


def document_title(sheet: DealSheet) -> str:
    """'Deal sheet: <title>', or 'Deal sheet (Internal): <title>' for the team's."""
    labels = sheet.labels
    kind = labels.text("deal_sheet")
    if sheet.internal:
        kind += f" ({labels.text('internal')})"
    return f"{kind}: {sheet.title}"


def _story(c: Composer, logo: Image | None) -> list[Flowable]:
    story = [
        *header(c, logo),
        *key_figures(c),
        *supplier(c),
        *contacts(c),
        *terms(c),
        *offers(c),
    ]
    if c.sheet.internal and c.sheet.offers:  # no offers: the offer history says so
        story += landed(c)
    story += shipments(c)
    if c.sheet.internal:  # the partner's sheet has no follow-ups and no notes at all
        story += [*follow_ups(c), *notes(c)]
    return story


def _decorator(sheet: DealSheet, *, first: bool) -> Callable[[Any, Any], None]:
    """The page furniture; on the internal sheet also a red band across the top of
    every page saying it stays in the team, so that nobody sends it by mistake."""
    furniture = page_decorator(sheet, first=first)
    if not sheet.internal:
        return furniture
    labels = sheet.labels
    warning = labels.text("internal_warning").upper()

    def decorate(canvas: Any, doc: Any) -> None:
        furniture(canvas, doc)
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(ALERT_BG)
        canvas.rect(EDGE, height - MARGIN / 2 - 2.2 * mm, width - 2 * EDGE, 5.5 * mm, 0, 1)
        draw_text(
            canvas,
            width / 2,
            height - MARGIN / 2,
            warning,
            7.5,
            bold=True,
            align="center",
            color=ALERT,
        )
        canvas.restoreState()

    return decorate


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write compressed streams as binary, not also in ASCII85 (reportlab's default, a
    pure-Python encoding that cost a tenth of a sheet's time and a quarter more bytes).
    Both are valid PDF, so another document built meanwhile is unharmed either way."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


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
    for _key, offer in sheet.landed_offers:  # a missing route names its ports
        texts += list(offer.landed.missing) if offer.landed is not None else []
    return any(fonts.has_cjk(t) for t in texts if t)
