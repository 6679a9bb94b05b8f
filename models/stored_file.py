"""Files kept in the database: certificates' evidence, shipping documents, contracts, mail.

A file's bytes are stored once (`stored_files`, keyed by their SHA-256: the same file
attached twice is stored once), so a team on PostgreSQL shares them and `db copy` and
backups carry them. An `attachments` row ties one stored file, under the name it was
attached with, to exactly one owner: a registration or certificate, a shipment document or
a negotiation (deleted with it). Who attached it and when are its audit stamps.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Audited, Base
from models.types import intpk

SHA256_LENGTH = 64
NAME_LENGTH = 255


class StoredFile(Audited, Base):
    __tablename__ = "stored_files"
    __table_args__ = (CheckConstraint("size >= 0", name="size_not_negative"),)

    id: Mapped[intpk]
    sha256: Mapped[str] = mapped_column(String(SHA256_LENGTH), unique=True)
    """Hex digest of the bytes: what makes two files the same file."""
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    """'application/pdf', 'image/jpeg', 'message/rfc822'... ('application/octet-stream')."""
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    """The bytes; deferred: a list of files never reads them."""

    def __repr__(self) -> str:
        return f"<StoredFile {self.id} {self.size} bytes {self.sha256[:12]}>"


class Attachment(Audited, Base):
    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN certification_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN shipment_document_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN negotiation_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_owner",
        ),
    )

    id: Mapped[intpk]
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_files.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    """The file's name as it was attached ('Certificado fitosanitario 北京.pdf')."""
    certification_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("supplier_certifications.id", ondelete="CASCADE"), index=True
    )
    shipment_document_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("shipment_documents.id", ondelete="CASCADE"), index=True
    )
    negotiation_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("negotiations.id", ondelete="CASCADE"), index=True
    )

    file: Mapped[StoredFile] = relationship()

    def __repr__(self) -> str:
        return f"<Attachment {self.id} {self.name!r}>"
