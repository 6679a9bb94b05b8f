"""A deal sheet as a ready e-mail draft: an .eml file (RFC 5322 / MIME, written with
Python's email package) addressed to the supplier's main contact, the deal sheet PDF
attached, and the header ``X-Unsent: 1`` that asks a mail program to open it as a message
still to be sent rather than one received.

Which programs honour ``X-Unsent`` (from what is documented; none could be tried here,
where no mail program runs):
- Outlook for Windows (2003 and later, "classic" Outlook): documented by Microsoft for its
  MIME-to-MAPI converter (IConverterSession::MIMEToMAPI with CCSF_EMBEDDED_MESSAGE: a
  message with ``X-Unsent: 1`` keeps its unsent flag). The file opens as an editable
  draft with a Send button; the From is the user's own account.
- Outlook for Mac and the "new" Outlook for Windows: widely reported to do the same, but
  no Microsoft page found says so.
- Thunderbird: no documentation found that it reads ``X-Unsent``; it opens an .eml as a
  read-only message. Message > "Edit as New Message" (Ctrl+E) turns it into an editable
  draft with the attachment kept.
- Apple Mail and others: open the file as a received message to read; the user forwards
  it, or saves the PDF and attaches it. Where no program is set to open .eml files the
  system asks which one to use.
Either way the file is a complete message: nothing is lost, only a step added.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.policy import SMTP, EmailPolicy
from email.utils import formatdate, make_msgid
from pathlib import Path

from sqlalchemy.orm import Session

from app.exporting.files import atomic_write, file_name
from app.rules.parsing import without_controls
from app.services.negotiations import get_negotiation

_ONE_LINE = SMTP.clone(max_line_length=998)


class _DraftPolicy(EmailPolicy):
    """SMTP's policy (CRLF, 78-character lines), but the Subject is kept on one line up to
    RFC 5322's 998-character limit: folding it, Python 3.11's email package drops the
    space between two encoded words ('contact – Sonsón' came back 'contact –Sonsón')."""

    def fold_binary(self, name: str, value: str) -> bytes:
        if name.lower() == "subject":
            return _ONE_LINE.fold_binary(name, value)
        return super().fold_binary(name, value)


POLICY = _DraftPolicy(linesep="\r\n")
PDF_TYPE = ("application", "pdf")
SUBJECT = "Deal sheet — {title}"
BODY = "Hello,\n\nPlease find attached the deal sheet for {title}.\n\nBest regards,\n{sender}\n"


def _one_line(text: str) -> str:
    """A header value: no controls, no line breaks (they would start a new header)."""
    return re.sub(r"\s+", " ", without_controls(text)).strip()


def deal_sheet_draft(*, to: str | None, title: str, pdf: Path, sender: str = "") -> EmailMessage:
    """The draft: To the contact (left out when there is none: the user fills it in),
    Subject 'Deal sheet — <title>', a short text, the PDF attached under its own name."""
    title = _one_line(title)
    message = EmailMessage(policy=POLICY)
    if to:
        message["To"] = _one_line(to)
    message["Subject"] = SUBJECT.format(title=title)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="supplier-desk.invalid")
    message["X-Unsent"] = "1"
    text = BODY.format(title=title, sender=_one_line(sender)).rstrip() + "\n"
    message.set_content(text, cte="quoted-printable")  # 7-bit safe for any mail server
    message.add_attachment(
        pdf.read_bytes(), maintype=PDF_TYPE[0], subtype=PDF_TYPE[1], filename=pdf.name
    )
    return message


def write_draft(message: EmailMessage, target: Path) -> Path:
    """The message as an .eml file (CRLF line ends), written whole or not at all."""

    def write(path: Path) -> None:
        path.write_bytes(message.as_bytes())

    return atomic_write(target, write)


def draft_name(title: str) -> str:
    """'Deal sheet - <title>' as a file name without its extension."""
    return file_name(f"Deal sheet - {title}")


def deal_sheet_recipient(session: Session, negotiation_id: int) -> str | None:
    """The e-mail of the deal's supplier's main contact, else of the first contact that
    has one, else the supplier's own; None when nobody has an address."""
    supplier = get_negotiation(session, negotiation_id).supplier
    contacts = sorted(supplier.contacts, key=lambda c: (not c.is_primary, c.id))
    for contact in contacts:
        if contact.email:
            return contact.email
    return supplier.email or None
