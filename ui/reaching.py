"""Reaching a supplier's people from the window: an e-mail address opens a new mail
(``mailto:``), a WhatsApp number opens a chat (``https://wa.me/<digits>``), a WeChat id is
copied (WeChat has no link that opens a chat with an id), and a deal sheet goes out as a
ready e-mail draft with the PDF attached (app.exporting.mail_draft says which mail programs
open it as an editable draft).

Everything is opened with QDesktopServices.openUrl: the user's own mail program, browser
or WhatsApp; nothing is sent from here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QMainWindow, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.messages import translate
from ui.i18n import shown

if TYPE_CHECKING:
    from app.store.database import Database
    from ui.export_flow import Export, ExportRun, Progress

STATUS_MS = 5000


def mail_url(email: str) -> QUrl:
    """mailto:<address> (the address as stored: trimmed and checked when saved)."""
    return QUrl(f"mailto:{email.strip()}")


def whatsapp_url(number: str) -> QUrl:
    """https://wa.me/<digits>: the number in international form, digits only (WhatsApp's
    documented click-to-chat link takes no '+', spaces or dashes)."""
    digits = re.sub(r"\D", "", number)
    return QUrl(f"https://wa.me/{digits}")


def say(widget: QWidget, text: str) -> None:
    """A passing message in the window's status bar (nothing when there is no window)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def open_mail(widget: QWidget, email: str | None) -> bool:
    if not email:
        return False
    opened = QDesktopServices.openUrl(mail_url(email))
    if not opened:
        text = QCoreApplication.translate(
            "Reaching", "No mail program opened: copy the address {address}"
        )
        say(widget, text.format(address=email))
    return bool(opened)


def open_whatsapp(widget: QWidget, number: str | None) -> bool:
    if not number:
        return False
    opened = QDesktopServices.openUrl(whatsapp_url(number))
    if not opened:
        text = QCoreApplication.translate("Reaching", "No browser opened: WhatsApp number {number}")
        say(widget, text.format(number=number))
    return bool(opened)


def copy_text(widget: QWidget, text: str | None, what: str) -> bool:
    """`text` on the clipboard, and the status bar says what was copied."""
    if not text:
        return False
    QGuiApplication.clipboard().setText(text)
    copied = QCoreApplication.translate("Reaching", "Copied {what} {text} to the clipboard")
    say(widget, copied.format(what=shown(what), text=text))
    return True


class LinkDelegate(QStyledItemDelegate):
    """Cells drawn as links (the palette's link colour, underlined): a click opens them."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.font.setUnderline(True)
            link = option.palette.color(QPalette.ColorRole.Link)
            option.palette.setColor(QPalette.ColorRole.Text, link)


# --- the deal sheet by e-mail ------------------------------------------------------------


def drafts_folder() -> Path:
    """Where the PDF and the .eml are written: the user's cache folder (the mail program
    copies the attachment into its own draft; the files may be cleaned away later)."""
    from platformdirs import user_cache_path

    from app.settings import APP_NAME

    folder = user_cache_path(APP_NAME, appauthor=False) / "mail-drafts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def deal_sheet_mail(
    database: Database, negotiation_id: int, title: str, pdf_export: Export
) -> Export:
    """The export run in the background: the deal sheet PDF by `pdf_export` (the one
    Export > Deal sheet (PDF) runs), then the .eml beside it with the PDF attached."""

    def export(eml: Path, progress: Progress) -> list[str]:
        from app.exporting.export_settings import load_export_settings
        from app.exporting.mail_draft import deal_sheet_draft, deal_sheet_recipient, write_draft
        from app.settings import current_user

        pdf = eml.with_suffix(".pdf")
        warnings = pdf_export(pdf, progress)
        with database.read() as session:
            to = deal_sheet_recipient(session, negotiation_id)
        sender = load_export_settings().prepared_by or current_user()
        write_draft(deal_sheet_draft(to=to, title=title, pdf=pdf, sender=sender), eml)
        if to is None:
            nobody = translate("Reaching", "Nobody at the supplier has an e-mail: fill in To")
            warnings = [*warnings, nobody]
        return warnings

    return export


def send_deal_sheet(
    view: Any, database: Database, negotiation_id: int, title: str, pdf_export: Export
) -> ExportRun:
    """Write the PDF and the draft off the UI thread, then open the draft in the user's
    mail program; the status bar says where the files are."""
    from app.exporting.mail_draft import draft_name
    from ui.errors import show_error
    from ui.export_flow import ExportCancelledError, ExportRun

    eml = drafts_folder() / f"{draft_name(title)}.eml"

    def finished(path: Path, warnings: list[str]) -> None:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if opened:
            text = QCoreApplication.translate("Reaching", "E-mail draft opened: {file}")
            text = text.format(file=path.name)
        else:
            text = QCoreApplication.translate(
                "Reaching", "No mail program opened the draft: it is saved as {file}"
            )
            text = text.format(file=path)
        say(view, "; ".join([text, *(shown(w) for w in warnings)]))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, ExportCancelledError):
            show_error(
                view, exc, QCoreApplication.translate("Reaching", "E-mail draft not written")
            )

    export = deal_sheet_mail(database, negotiation_id, title, pdf_export)
    return ExportRun(view, export, eml, finished=finished, failed=failed)
