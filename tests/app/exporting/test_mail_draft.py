"""The deal sheet's e-mail draft: an .eml a mail program can open, read back here with
the email package: headers, the draft marker, the PDF attached byte for byte."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from sqlalchemy.orm import Session

from app.exporting.mail_draft import deal_sheet_draft, deal_sheet_recipient, write_draft
from app.services.contacts import create_contact
from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier

PDF = b"%PDF-1.4\n% a tiny stand-in for the deal sheet\n%%EOF\n\x00\xff\x10"


def _read(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        parsed = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_eml_is_an_unsent_draft_with_the_pdf_attached(tmp_path: Path) -> None:
    pdf = tmp_path / "Deal sheet - Cherries – Ñuble.pdf"
    pdf.write_bytes(PDF)
    message = deal_sheet_draft(
        to="li.wei@nuble.cl", title="Cherries – Ñuble", pdf=pdf, sender="Ana"
    )
    eml = write_draft(message, tmp_path / "draft.eml")

    raw = eml.read_bytes()
    assert b"\r\n" in raw
    assert raw.isascii()
    parsed = _read(eml)
    assert parsed["To"] == "li.wei@nuble.cl"
    assert parsed["Subject"] == "Deal sheet — Cherries – Ñuble"
    assert parsed["X-Unsent"] == "1"
    assert parsed["MIME-Version"] == "1.0"
    assert parsed["Date"]
    assert parsed["Message-ID"]
    assert parsed.get_content_type() == "multipart/mixed"
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None
    assert "Cherries – Ñuble" in body.get_content()
    attachments = list(parsed.iter_attachments())
    assert len(attachments) == 1
    (attachment,) = attachments
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == pdf.name
    assert attachment.get_content() == PDF


def test_a_long_accented_or_chinese_title_comes_back_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(PDF)
    for title in (
        "Hass avocado first contact – Sonsón, Antioquia: Agrícola Zúñiga Hermanos S.A. de C.V.",
        "智利车厘子 春节 2027 – Frutícola Ñuble SpA 第二轮报价 " * 2,
    ):
        message = deal_sheet_draft(to=None, title=title, pdf=pdf)
        parsed = _read(write_draft(message, tmp_path / "draft.eml"))
        assert parsed["Subject"] == f"Deal sheet — {title.strip()}"


def test_no_address_leaves_to_out_and_a_title_cannot_add_headers(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(PDF)
    message = deal_sheet_draft(to=None, title="Figs\r\nBcc: spy@example.com", pdf=pdf)
    parsed = _read(write_draft(message, tmp_path / "draft.eml"))
    assert "To" not in parsed
    assert "Bcc" not in parsed
    assert parsed["Subject"] == "Deal sheet — Figs Bcc: spy@example.com"


def test_recipient_is_the_main_contact_else_another_else_the_supplier(session: Session) -> None:
    supplier = create_supplier(
        session, {"name": "Higos del Sur S.A.C.", "country": "PE", "email": "ventas@higos.pe"}
    )
    deal = create_negotiation(session, supplier.id, {"title": "Figs"}, product_name="Fresh figs")
    assert deal_sheet_recipient(session, deal.id) == "ventas@higos.pe"
    create_contact(session, supplier.id, {"name": "Rosa", "email": "rosa@higos.pe"})
    assert deal_sheet_recipient(session, deal.id) == "rosa@higos.pe"
    create_contact(
        session, supplier.id, {"name": "Jorge", "email": "jorge@higos.pe", "is_primary": True}
    )
    session.expire_all()
    assert deal_sheet_recipient(session, deal.id) == "jorge@higos.pe"
