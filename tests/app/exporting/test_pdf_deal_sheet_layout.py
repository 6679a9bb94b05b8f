"""The deal sheet PDF's fit: the page number ends at the right margin in every language,
quantities read with plural unit words, and email addresses break only after '@' or '.'
(set smaller when a piece is too long), never inside a word."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from sqlalchemy.orm import Session

from app.exporting import fonts
from app.exporting.labels import Labels
from app.exporting.pdf_blocks import Composer
from app.exporting.pdf_deal_sheet import render_pdf
from app.exporting.pdf_page import page_of
from app.exporting.pdf_tables import columns, contacts
from app.exporting.pdf_text import TextLines, text_width
from app.exporting.pdf_theme import EDGE
from app.services.contacts import create_contact
from app.services.negotiations import get_negotiation
from models import Unit
from tests.app.exporting.test_deal_sheet import demo_negotiation_id, sheet_of
from tests.app.exporting.test_pdf_deal_sheet import pdf_text


class RecordingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that remembers where each string starts and ends."""

    def __init__(self, pagesize: tuple[float, float]) -> None:
        super().__init__(io.BytesIO(), pagesize=pagesize)
        self.strings: list[tuple[float, float, str]] = []

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        end = x + text_width(text, self._fontname, self._fontsize)
        self.strings.append((x, end, text))
        super().drawString(x, y, text, *args, **kwargs)


@pytest.mark.parametrize("lang", ["en", "es", "zh"])
@pytest.mark.parametrize("pagesize", [A4, LETTER])
@pytest.mark.parametrize(("page", "pages"), [(1, 2), (12, 12)])
def test_the_page_number_ends_at_the_right_margin(
    lang: str, pagesize: tuple[float, float], page: int, pages: int
) -> None:
    fonts.register_fonts(cjk=True)
    canvas = RecordingCanvas(pagesize)
    page_of(Labels(lang))(canvas, page, pages)  # type: ignore[arg-type]

    text = "".join(piece for _, _, piece in canvas.strings)
    assert text == Labels(lang).text("page_of", page=page, pages=pages)  # type: ignore[arg-type]
    right = pagesize[0] - EDGE  # where the footer's rule and the text frame end
    assert max(end for _, end, _ in canvas.strings) == pytest.approx(right)
    assert min(start for start, _, _ in canvas.strings) < right


def test_the_rendered_footer_stays_inside_the_page(session: Session, tmp_path: Path) -> None:
    """Read back from the PDF: '第 1 页，共 2 页' starts left of the margin, not at it."""
    from pypdf import PdfReader

    target = tmp_path / "zh.pdf"
    render_pdf(sheet_of(session, demo_negotiation_id(session), "zh"), target)
    right = A4[0] - EDGE
    starts: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.startswith("第"):
            starts.append(tm[4])

    page = PdfReader(target).pages[0]
    page.extract_text(visitor_text=visit)
    assert starts, "no page number on the first page"
    # the whole '第 1 页，共 2 页' is about 48 pt wide at 7 pt
    assert starts[-1] < right - 40


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["9,600 boxes", "1 box", "4 containers", "1 container", "12 t", "2.50 kg"]),
        ("es", ["9.600 cajas", "1 caja", "4 contenedores", "1 contenedor", "12 t", "2,50 kg"]),
        ("zh", ["9,600 箱", "1 箱", "4 集装箱", "1 集装箱", "12 吨", "2.50 kg"]),
    ],
)
def test_amounts_take_the_plural_unit_word(lang: str, expected: list[str]) -> None:
    labels = Labels(lang)  # type: ignore[arg-type]
    amounts = [
        (Decimal(9600), Unit.BOX),
        (Decimal(1), Unit.BOX),
        (Decimal(4), Unit.CONTAINER),
        (Decimal(1), Unit.CONTAINER),
        (Decimal(12), Unit.T),
        (Decimal("2.5"), Unit.KG),
    ]
    assert [labels.amount(value, unit) for value, unit in amounts] == expected
    # a price is per one unit: singular
    assert labels.money(Decimal(410), "CNY", Unit.BOX).endswith(labels.unit(Unit.BOX))


@pytest.mark.parametrize(
    ("lang", "volume"), [("en", "9,600 boxes"), ("es", "9.600 cajas"), ("zh", "9,600 箱")]
)
def test_the_pdf_prints_quantities_with_plural_units(
    session: Session, tmp_path: Path, lang: str, volume: str
) -> None:
    target = tmp_path / f"{lang}.pdf"
    render_pdf(sheet_of(session, demo_negotiation_id(session), lang), target)
    text = pdf_text(target)
    assert volume in text
    if lang == "en":
        assert "9,600 box " not in text + " "


def cell_lines(cell: Any, width: float) -> list[str]:
    """The lines a table cell's text is set in, however it was set."""
    if isinstance(cell, str):
        return cell.split("\n")
    if isinstance(cell, TextLines):
        return cell.plain_text().split("\n")
    if isinstance(cell, Paragraph):
        cell.wrap(width, 10_000)
        lines = cell.blPara.lines
        return ["".join(w if isinstance(w, str) else w.text for w in line[1]) for line in lines]
    if isinstance(cell, list):
        return [line for part in cell for line in cell_lines(part, width)]
    raise AssertionError(f"unexpected cell {cell!r}")


BREAK_AFTER = re.compile(r"[@./]$")

ADDRESSES = [
    "wangli@aguacatesuruapan.com.mx",
    "comercial.exportaciones@fruticolanublesurchile.cl",
    # a piece wider than the column at the table's size: set smaller, still whole
    "ventas@agroexportadoradelvalledeuruapanmich.com.mx",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_email_in_the_contacts_table_breaks_only_after_at_or_dot(
    session: Session, address: str
) -> None:
    negotiation_id = demo_negotiation_id(session)
    supplier_id = get_negotiation(session, negotiation_id).supplier_id
    create_contact(session, supplier_id, {"name": "Zz Long Address", "email": address})
    sheet = sheet_of(session, negotiation_id)
    fonts.register_fonts(cjk=True)
    composer = Composer(sheet, A4[0] - 2 * EDGE)
    room = columns(composer, (0.29, 0.22, 0.29, 0.20))[2]

    table = contacts(composer)[-1]
    row = next(r for r in table._cellvalues if "Zz Long Address" in str(cell_lines(r[0], 999)))
    lines = cell_lines(row[2], room)
    assert "".join(lines) == address
    assert len(lines) > 1, "the address was meant to be too long for one line"
    for line in lines[:-1]:
        assert BREAK_AFTER.search(line), f"{address!r} split inside a word: {lines}"
    size = 6.5 if address == ADDRESSES[2] else 8.5
    assert all(text_width(line, fonts.SANS, size) <= room + 1e-6 for line in lines)
