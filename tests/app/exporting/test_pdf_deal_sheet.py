"""The PDF deal sheet, read back with pypdf: every value there, names intact, to the cent."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from sqlalchemy.orm import Session

from app.cli.dispatch import main
from app.exporting import fonts
from app.exporting import pdf_text as typesetting
from app.exporting.files import ExportError, atomic_write
from app.exporting.pdf_chart import y_ticks
from app.exporting.pdf_deal_sheet import render_pdf
from app.exporting.pdf_text import Span, TextLines, Typesetter
from app.exporting.pdf_theme import ALERT, MUTED, paragraph_styles
from app.services.activities import Parent, add_note
from app.services.negotiations import add_offer
from tests.app.exporting.test_deal_sheet import (
    CHERRIES,
    demo_negotiation_id,
    empty_negotiation_id,
    sheet_of,
)


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").split())  # wrapped lines read as one


def qpdf_check(path: Path) -> None:
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)


def test_demo_deal_sheet_pdf_holds_every_value(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "cherries.pdf"
    sheet = sheet_of(session, demo_negotiation_id(session))

    assert render_pdf(sheet, target) == []

    qpdf_check(target)
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert CHERRIES in str(reader.metadata.title)
    text = pdf_text(target)
    pages = len(reader.pages)
    for expected in (
        "Pacific Fresh Imports Ltd.",
        "DEAL SHEET",
        "Prepared by: María José Contreras",
        CHERRIES,
        "Frutícola Ñuble SpA",
        "Sociedad Frutícola Ñuble SpA",
        "Chillán, Ñuble, Chile",
        "76.485.144-7",
        "GlobalG.A.P.",
        "GACC registration",
        "Ignacio Muñoz Sepúlveda",
        "陈静",
        "chenjing@fruticolanuble.cl",
        "+56968939494",
        "Fresh cherries",
        "Lapins / Regina, 2J-3J, 5 kg",
        "9,600 box",
        "CIF Shanghai",
        "San Antonio, CL",
        "Shanghai (Yangshan)",
        "Contracted",
        "Li Wei",
        "CNY 460.00 / box",
        "CNY 380.00 / box",
        "CNY 430.00 / box",
        "CNY 400.00 / box",
        "CNY 418.00 / box",
        "CNY 410.00 / box",
        "−30.00 (−6.5 %)",
        "Agreed price: CNY 410.00 / box (round 6,",  # contracted: the price, not a gap
        "Agreed at 410 per 5 kg box, 2J-3J mix.",
        "Price over time",
        "SD-26-0105",
        "SD-26-0106",
        "CXRU6306288",
        "Health certificate",
        "Bill of lading",
        "In transit",
        "Send booking request to ONE",
        "overdue",
        "Price indexed to Yangshan market",
        "CONFIDENTIAL",
        f"Page 1 of {pages}",
        f"Page {pages} of {pages}",
    ):
        assert expected in text, expected


def test_chinese_labels_render_and_extract(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "cherries-zh.pdf"
    render_pdf(sheet_of(session, demo_negotiation_id(session), "zh"), target)

    text = pdf_text(target)
    for expected in ("交易概要", "供应商", "报价历史", "陈静", "Frutícola Ñuble SpA", "已签约"):
        assert expected in text, expected
    assert "CNY 418.00 / 箱" in text
    assert "第 1 页" in text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_font_of_the_sheet_is_embedded(
    session: Session, tmp_path: Path, language: str
) -> None:
    """No page names reportlab's starting font, Helvetica, which is not embedded (a
    viewer without it substitutes another, and PDF/A checkers refuse the file)."""
    target = tmp_path / f"sheet-{language}.pdf"
    render_pdf(sheet_of(session, demo_negotiation_id(session), language), target)
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(target).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts
    assert all("+" in f for f in fonts), fonts  # each an embedded subset


def test_a_deal_with_nothing_yet_gives_a_clean_sheet(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"

    assert render_pdf(sheet_of(session, empty_negotiation_id(session)), target) == []

    qpdf_check(target)
    text = pdf_text(target)
    for expected in (
        "Higos del Sur S.A.C.",
        "No contacts recorded.",
        "No offers yet.",
        "No shipments yet.",
        "No open follow-ups.",
        "No notes yet.",
        "No offer from the supplier yet",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_long_history_splits_with_repeated_header_and_long_notes_wrap(
    session: Session, tmp_path: Path
) -> None:
    negotiation_id = empty_negotiation_id(session)
    start = date.today() - timedelta(days=200)
    for number in range(60):
        add_offer(
            session,
            negotiation_id,
            {
                "side": "supplier" if number % 2 == 0 else "buyer",
                "price": f"USD {3 + number / 100:.2f}",
                "offered_on": start + timedelta(days=3 * number),
                "notes": "Calibre 12-14, " * 12 if number == 7 else None,
            },
        )
    add_note(
        session,
        Parent("negotiation", negotiation_id),
        {"subject": "Long", "body": "Conceição visited the packhouse. " * 60},
    )
    target = tmp_path / "long.pdf"

    render_pdf(sheet_of(session, negotiation_id), target, paper="Letter")

    reader = PdfReader(target)
    assert len(reader.pages) >= 3
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)
    per_page = [page.extract_text() for page in reader.pages]
    with_header = [text for text in per_page if "Valid until" in text and "USD 3.59" in text]
    assert with_header or sum("Valid until" in t for t in per_page) >= 2
    assert sum("Valid until" in text for text in per_page) >= 2  # header repeated
    text = pdf_text(target)
    assert "USD 3.00 / kg" in text
    assert "USD 3.59 / kg" in text
    assert "Conceição visited the packhouse." in text


def test_missing_or_broken_logo_warns_and_still_makes_the_sheet(
    session: Session, tmp_path: Path
) -> None:
    sheet = sheet_of(session, empty_negotiation_id(session))
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nthis is not an image")

    warnings = render_pdf(sheet, tmp_path / "a.pdf", logo=broken)
    assert len(warnings) == 1
    assert "logo.png" in warnings[0]
    assert "without a logo" in warnings[0]
    assert "Higos del Sur" in pdf_text(tmp_path / "a.pdf")

    warnings = render_pdf(sheet, tmp_path / "b.pdf", logo=tmp_path / "nowhere.png")
    assert len(warnings) == 1
    assert "not found" in warnings[0]
    assert (tmp_path / "b.pdf").stat().st_size > 0


def test_a_good_logo_is_drawn(session: Session, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 90)).save(logo)

    assert (
        render_pdf(sheet_of(session, empty_negotiation_id(session)), tmp_path / "x.pdf", logo=logo)
        == []
    )

    page = PdfReader(tmp_path / "x.pdf").pages[0]
    assert len(page.images) == 1


def test_unwritable_target_is_a_clear_error_and_leaves_nothing(
    session: Session, tmp_path: Path
) -> None:
    sheet = sheet_of(session, empty_negotiation_id(session))
    folder = tmp_path / "out"
    folder.mkdir()

    with pytest.raises(ExportError, match="does not exist") as missing:
        render_pdf(sheet, folder / "no-such-folder" / "deal.pdf")
    assert "no-such-folder" in str(missing.value)
    with pytest.raises(ExportError, match="is a folder"):
        render_pdf(sheet, folder)
    assert list(folder.iterdir()) == []


def test_a_write_that_fails_half_way_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "deal.pdf"
    target.write_bytes(b"the previous export")

    def fail(path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        atomic_write(target, fail)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["deal.pdf"]


def test_cli_exports_the_deal_sheet_as_pdf_and_xlsx(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = tmp_path / "desk.sqlite3"

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--database", str(db), *args], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    assert run("demo")[0] == 0
    code, out, _ = run("negotiations", "list", "--search", "Ñuble")
    assert code == 0
    negotiation = next(line.split()[0] for line in out.splitlines() if "Cherries" in line)

    pdf = tmp_path / "deal.pdf"
    code, out, err = run(
        "export",
        "deal-sheet",
        negotiation,
        "--format",
        "pdf",
        "--lang",
        "es",
        "-o",
        str(pdf),
        "--company",
        "Pacific Fresh",
        "--prepared-by",
        "Ana",
    )
    assert (code, err) == (0, ""), err
    assert str(pdf) in out
    text = pdf_text(pdf)
    assert "Ficha de negociación".upper() in text
    assert "Frutícola Ñuble SpA" in text
    assert "陈静" in text
    assert "CNY 418,00 / caja" in text

    xlsx = tmp_path / "deal.xlsx"
    code, _, err = run("export", "deal-sheet", negotiation, "-o", str(xlsx))
    assert (code, err) == (0, "")
    assert load_workbook(xlsx).sheetnames == ["Summary", "Offers", "Shipments", "Contacts"]

    code, _, err = run("export", "deal-sheet", negotiation, "-o", str(tmp_path / "x" / "d.pdf"))
    assert code == 1
    assert "cannot write" in err
    assert "d.pdf" in err
    code, _, err = run("export", "deal-sheet", negotiation, "-o", str(tmp_path / "deal.txt"))
    assert code == 1
    assert "--format" in err


# --- text set without Paragraphs where it fits, wrapped where it does not ---------------


@pytest.fixture
def typesetter() -> Typesetter:
    fonts.register_fonts(cjk=True)
    return Typesetter(paragraph_styles(cjk_wrap=False), paragraph_styles(cjk_wrap=True))


def paragraph_lines(text: str, style: str, width: float) -> list[str]:
    paragraph = Paragraph(text, paragraph_styles(cjk_wrap=False)[style])
    paragraph.wrap(width, 1000)
    return [" ".join(words) for _, words in paragraph.blPara.lines]


def test_a_line_that_fits_is_plain_cell_text_or_text_lines(typesetter: Typesetter) -> None:
    assert typesetter.text(" CIF   Shanghai ", "cell", 100, plain=True) == "CIF Shanghai"
    assert typesetter.text("16.0\u00a0%", "cell", 100, plain=True) == "16.0\u00a0%"
    assert typesetter.text(None, "cell", 100, plain=True) == "—"
    lines = typesetter.text("CIF Shanghai", "cell", 100)
    assert isinstance(lines, TextLines)
    assert lines.plain_text() == "CIF Shanghai"
    assert lines.height == 10.5  # one leading of the "cell" style, as a Paragraph's
    assert typesetter.paragraphs == 0


def test_a_line_too_long_breaks_between_words_where_a_paragraph_would(
    typesetter: Typesetter,
) -> None:
    text = "Phytosanitary certificate of origin, packed and sealed"

    cell = typesetter.text(text, "cell", 60, plain=True)

    assert isinstance(cell, str)
    assert cell.split("\n") == paragraph_lines(text, "cell", 60)
    assert all(stringWidth(line, fonts.SANS, 8) <= 60 for line in cell.split("\n"))
    bold = typesetter.text(Span(text, bold=True, color=ALERT), "base", 80)
    assert isinstance(bold, TextLines)
    assert len(bold.lines) > 1
    assert all(line.width <= 80 for line in bold.lines)
    assert {run.font for line in bold.lines for run in line.runs} == {fonts.SANS_BOLD}
    assert typesetter.paragraphs == 0


def test_spans_break_at_spaces_keeping_their_colours_and_no_break_spaces(
    typesetter: Typesetter,
) -> None:
    date_then_mark = [Span("15\u00a0may\u00a02026"), Span(" (real)", color=MUTED)]

    cell = typesetter.text([date_then_mark], "base", 60)

    assert isinstance(cell, TextLines)
    assert cell.plain_text() == "15\u00a0may\u00a02026\n(real)"
    assert cell.lines[1].runs[0].color is MUTED
    assert cell.lines[0].runs[0].color is not MUTED
    assert typesetter.paragraphs == 0


def test_a_word_wider_than_its_column_or_wrapping_chinese_is_a_paragraph(
    typesetter: Typesetter,
) -> None:
    email = typesetter.text("jesus.perez@frutasfinasjalisco.mx", "base", 80, plain=True)
    chinese = typesetter.text("陈静负责上海洋山港的清关和冷链运输" * 3, "base", 80)

    assert isinstance(email, Paragraph)  # splits the word rather than overflow
    assert isinstance(chinese, Paragraph)
    assert typesetter.paragraphs == 2


def test_mixed_lines_keep_each_run_in_a_font_with_its_glyphs(typesetter: Typesetter) -> None:
    price = typesetter.text("CNY 418.00 / 箱", "cell_right", 100, plain=True)
    documents = typesetter.text(
        [Span("Health certificate", bold=True), Span("Phytosanitary certificate", bold=True)],
        "base",
        95,
    )

    assert isinstance(price, TextLines)  # never plain: the table's font has no 箱
    assert [(run.text, run.font) for run in price.lines[0].runs] == [
        ("CNY 418.00 / ", fonts.SANS),
        ("箱", fonts.CJK),
    ]
    assert isinstance(documents, TextLines)
    assert documents.plain_text() == "Health certificate\nPhytosanitary\ncertificate"


def test_price_chart_ticks_are_those_of_reportlabs_own_axis() -> None:
    from reportlab.graphics.charts.axes import YValueAxis

    for low, high, length in ((4.6, 9.4, 130), (0.031, 0.052, 130), (380, 460, 90), (7, 7.2, 40)):
        axis = YValueAxis()
        axis.valueMin, axis.valueMax, axis.maximumTicks = low, high, 6
        axis.setPosition(0, 0, length)
        axis.configure([(low, high)])
        assert y_ticks(low, high, length) == pytest.approx(axis._tickValues)


def long_deal(session: Session) -> int:
    """60 offers (a note on every fifth), 25 shipments with every document missing, one
    reference too long for its column."""
    from app.services.shipments import create_shipment

    negotiation_id = demo_negotiation_id(session)
    start = date(2026, 1, 5)
    for number in range(60):
        add_offer(
            session,
            negotiation_id,
            {
                "side": "supplier" if number % 2 == 0 else "buyer",
                "price": f"CNY {470 - number / 2:.2f}",
                "price_unit": "box",
                "offered_on": start + timedelta(days=2 * number),
                "volume": str(2000 + 100 * (number % 7)),
                "notes": "precio CIF, pallet incluido" if number % 5 == 0 else None,
            },
        )
    for number in range(25):
        create_shipment(
            session,
            negotiation_id,
            {
                "reference": "SH-2026-LONGREFERENCE-0001" if number == 0 else f"SH-{number:03d}",
                "mode": "sea",
                "status": "planned",
                "vessel": f"Maersk Sentosa {number}",
                "etd": (start + timedelta(days=7 * number)).isoformat(),
                "eta": (start + timedelta(days=7 * number + 32)).isoformat(),
            },
        )
    return negotiation_id


def test_a_long_deal_needs_few_paragraphs_and_repeats_headers_on_every_page(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab import rl_config

    made: list[str] = []

    class CountedParagraph(Paragraph):  # type: ignore[misc]
        def __init__(self, text: str, *args: object, **kwargs: object) -> None:
            made.append(text)
            super().__init__(text, *args, **kwargs)

    monkeypatch.setattr(typesetting, "Paragraph", CountedParagraph)
    negotiation_id = long_deal(session)
    pages_text: dict[str, list[str]] = {}
    for lang in ("en", "zh"):
        target = tmp_path / f"long-{lang}.pdf"
        made.clear()
        render_pdf(sheet_of(session, negotiation_id, lang), target)
        qpdf_check(target)
        assert len(made) <= 6, made  # the title, the long reference, e-mails, ...
        pages_text[lang] = [page.extract_text() for page in PdfReader(target).pages]
    assert rl_config.useA85 == 1  # the setting other documents use is left as it was

    english = pages_text["en"]
    whole = " ".join(" ".join(english).split())
    assert "SH-2026-LONGREFERENCE-0001" in whole.replace(" ", "")
    assert "Phytosanitary certificate" in whole
    assert "precio CIF, pallet incluido" in whole
    assert "CNY 440.50 / box" in whole
    for page in english:
        if re.search(r"CNY \d{3}\.\d\d / box", page) and "Page 1 of" not in page:
            assert "Valid until" in page  # an offer's price, under the repeated header
        if "Maersk Sentosa" in page:
            assert "Missing documents" in page
    assert sum("Missing documents" in page for page in english) >= 2
    chinese = pages_text["zh"]
    assert sum("缺少的单证" in page for page in chinese) >= 2
    assert sum("有效期至" in page for page in chinese) >= 2
    assert f"第{len(chinese)}页，共{len(chinese)}页" in "".join(chinese[-1].split())


def test_a_deal_with_one_offer_draws_its_chart(session: Session, tmp_path: Path) -> None:
    negotiation_id = empty_negotiation_id(session)
    add_offer(session, negotiation_id, {"side": "supplier", "price": "USD 2.10"})
    target = tmp_path / "one.pdf"

    render_pdf(sheet_of(session, negotiation_id), target)

    qpdf_check(target)
    text = pdf_text(target)
    assert "Price over time" in text
    assert "2.10" in text  # the point's own label and the axis's
