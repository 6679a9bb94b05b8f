"""Files attached to a registration or certificate, a shipment document or a negotiation.

The bytes live in the database (models.stored_file), so a team on PostgreSQL shares them
and `db copy` and backups carry them. The same bytes are stored once: attaching a file
whose SHA-256 is already stored adds only an attachment row. Removing the last
attachment of a stored file removes its bytes too.

Memory: a file over the size limit is refused from its size alone, before a byte of it is
read. On PostgreSQL a file is read once, straight into one buffer of its size, hashed
chunk by chunk as it is read, and that buffer is what the driver is given (no copy in
between). On SQLite it is hashed in a first pass, then written into the row chunk by chunk
(incremental blob I/O) and hashed again: no pass holds more than a chunk, where binding
the whole file would have SQLite copy it twice. Bytes already stored are never read twice:
the first pass finds them by their SHA-256.

Each function is one service call: the caller's transaction commits it whole; a refusal
(too large, no such owner, unreadable file) leaves the database as it was.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, undefer

from app.errors import FieldError, ServiceError, ValidationError
from app.messages import translate
from app.rules.parsing import without_controls
from app.services.common import flush, get_or_fail, is_id
from models import (
    Attachment,
    AttachmentOwner,
    DocumentStatus,
    Negotiation,
    ShipmentDocument,
    StoredFile,
    SupplierCertification,
)
from models.base import Base
from models.stored_file import NAME_LENGTH

LABEL = translate("Entities", "Attached file")
MB = 1024 * 1024
DEFAULT_LIMIT_BYTES = 25 * MB
CHUNK = 1024 * 1024
"""Bytes read (and hashed) at a time."""

OWNER_MODELS: dict[AttachmentOwner, tuple[type[Base], str, str]] = {
    AttachmentOwner.CERTIFICATION: (
        SupplierCertification,
        translate("Entities", "Certification"),
        "certification_id",
    ),
    AttachmentOwner.SHIPMENT_DOCUMENT: (
        ShipmentDocument,
        translate("Entities", "Shipment document"),
        "shipment_document_id",
    ),
    AttachmentOwner.NEGOTIATION: (
        Negotiation,
        translate("Entities", "Negotiation"),
        "negotiation_id",
    ),
}
"""Each kind of owner: its model, the name its NotFoundError uses, its attachment column."""

MEDIA_TYPES = {
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
}
"""What mimetypes does not know (or knows differently on each platform)."""

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp"})
"""Media types a thumbnail can be made of."""


class FileError(ServiceError):
    """A file could not be attached or saved; the message names it and says why."""


@dataclass(frozen=True)
class AttachmentInfo:
    """One attached file as a list shows it (its bytes are not read)."""

    id: int
    name: str
    media_type: str
    size: int
    sha256: str
    owner: AttachmentOwner
    owner_id: int
    attached_by: str | None
    attached_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "owner": self.owner.value,
            "owner_id": self.owner_id,
            "attached_by": self.attached_by,
            "attached_at": self.attached_at.isoformat(),
        }


def size_text(size: int) -> str:
    """'0 bytes', '812 bytes', '14.2 KB', '25.0 MB': for messages and lists."""
    if size < 1024:
        return translate("Files", "%n byte(s)", None, size)
    if size < MB:
        return f"{size / 1024:.1f} KB"
    if size < 1024 * MB:
        return f"{size / MB:.1f} MB"
    return f"{size / (1024 * MB):.1f} GB"


def media_type_of(name: str) -> str:
    """The media type a file's name says ('application/pdf'); 'application/octet-stream'
    when it says nothing known."""
    suffix = Path(name).suffix.lower()
    if suffix in MEDIA_TYPES:
        return MEDIA_TYPES[suffix]
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def clean_name(name: str) -> str:
    """The name a file is attached under: its last path part, without control characters,
    cut to the column's length keeping the extension; refused when nothing is left."""
    text = without_controls(str(name)).replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not text or text in {".", ".."}:
        raise ValidationError(
            [FieldError("name", _file_name(), translate("Validation", "is empty"), name)]
        )
    if len(text) > NAME_LENGTH:
        suffix = Path(text).suffix
        suffix = suffix if len(suffix) <= 20 else ""
        text = text[: NAME_LENGTH - len(suffix) - 1].rstrip() + "…" + suffix
    return text


def _file_name() -> str:
    return translate("Fields", "File name")


def _owner(session: Session, owner: AttachmentOwner | str, owner_id: int) -> Any:
    try:
        kind = AttachmentOwner(owner)
    except ValueError:
        choices = ", ".join(o.value for o in AttachmentOwner)
        raise ValidationError(
            [
                FieldError(
                    "owner",
                    translate("Fields", "Attach to"),
                    translate("Validation", "must be one of {choices}").format(choices=choices),
                    owner,
                )
            ]
        ) from None
    model, label, _column = OWNER_MODELS[kind]
    return kind, get_or_fail(session, model, owner_id, label)


def _too_large(name: str, size: int, limit_bytes: int) -> FileError:
    shown, limit = size_text(size), size_text(limit_bytes)
    if shown == limit:  # just over: the rounded figures alone would look equal
        shown = translate("Files", "{count} bytes").format(count=f"{size:,}")
        limit = translate("Files", "{count} bytes").format(count=f"{limit_bytes:,}")
    return FileError(
        translate(
            "Files",
            "{name} is {size}: over the limit of {limit} per file "
            "(the limit is a setting: File > Preferences…)",
        ).format(name=name, size=shown, limit=limit)
    )


def _got_shorter(name: str) -> str:
    return translate("Files", "{name} got shorter while it was read: attach it again").format(
        name=name
    )


def _grew(name: str) -> str:
    return translate(
        "Files", "{name} grew while it was read: attach it again once it is complete"
    ).format(name=name)


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    """The file open for reading; its refusals (no such file, a folder...) as FileError."""
    try:
        with open(path, "rb") as stream:
            yield stream
    except IsADirectoryError:
        raise FileError(
            translate("Files", "cannot attach {path}: it is a folder").format(path=path)
        ) from None
    except FileNotFoundError:
        raise FileError(
            translate("Files", "cannot attach {path}: no such file").format(path=path)
        ) from None
    except PermissionError:
        raise FileError(
            translate("Files", "cannot attach {path}: permission denied").format(path=path)
        ) from None
    except OSError as exc:
        raise FileError(
            translate("Files", "cannot attach {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None


def _size(stream: BinaryIO, name: str, limit_bytes: int) -> int:
    size = os.fstat(stream.fileno()).st_size
    if size > limit_bytes:
        raise _too_large(name, size, limit_bytes)
    return size


def _read(path: Path, name: str, limit_bytes: int) -> tuple[bytearray, str]:
    """The file's bytes in one buffer of its size, and their SHA-256, hashed as read."""
    with _opened(path) as stream:
        size = _size(stream, name, limit_bytes)
        return _read_stream(stream, size, name)


def _chunks(stream: BinaryIO, size: int, name: str) -> Iterator[memoryview]:
    """The next `size` bytes of `stream`, a chunk at a time (each chunk valid until the
    next is read); FileError when the file is not that size any more."""
    view = memoryview(bytearray(min(size, CHUNK)))
    done = 0
    while done < size:
        got = stream.readinto(view[: min(CHUNK, size - done)])  # type: ignore[attr-defined]
        if not got:
            raise FileError(_got_shorter(name))
        yield view[:got]
        done += got
    if stream.read(1):
        raise FileError(_grew(name))


def _stored_streaming(session: Session, path: Path, name: str, limit_bytes: int) -> StoredFile:
    """SQLite: the file hashed in a first pass; when its bytes are not stored yet, a row
    with a blob of its size is inserted and the file written into it chunk by chunk
    (SQLite's incremental blob I/O), hashed again to be sure it did not change meanwhile.
    Neither pass holds more than a chunk: binding the whole file would have SQLite copy
    it twice more."""
    with _opened(path) as stream:
        size = _size(stream, name, limit_bytes)
        digest = hashlib.sha256()
        for chunk in _chunks(stream, size, name):
            digest.update(chunk)
        sha256 = digest.hexdigest()
        existing = session.scalar(select(StoredFile).where(StoredFile.sha256 == sha256))
        if existing is not None:
            return existing
        stored = StoredFile(
            sha256=sha256, size=size, media_type=media_type_of(name), content=func.zeroblob(size)
        )
        try:
            with session.begin_nested():
                session.add(stored)
                session.flush()
                if size:
                    stream.seek(0)
                    _write_blob(session, stored.id, stream, size, sha256, name)
        except IntegrityError:
            existing = session.scalar(select(StoredFile).where(StoredFile.sha256 == sha256))
            if existing is None:
                raise
            return existing
    return stored


def _write_blob(
    session: Session, row_id: int, stream: BinaryIO, size: int, sha256: str, name: str
) -> None:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    digest = hashlib.sha256()
    with raw.blobopen(StoredFile.__tablename__, "content", row_id) as blob:
        for chunk in _chunks(stream, size, name):
            digest.update(chunk)
            blob.write(chunk)
    if digest.hexdigest() != sha256:
        raise FileError(
            translate("Files", "{name} changed while it was read: attach it again").format(
                name=name
            )
        )


def _read_stream(stream: BinaryIO, size: int, name: str) -> tuple[bytearray, str]:
    """The next `size` bytes in one buffer, read straight into it, hashed as read."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    digest = hashlib.sha256()
    done = 0
    while done < size:
        got = stream.readinto(view[done : done + CHUNK])  # type: ignore[attr-defined]
        if not got:
            raise FileError(_got_shorter(name))
        digest.update(view[done : done + got])
        done += got
    del view
    if stream.read(1):
        raise FileError(_grew(name))
    return buffer, digest.hexdigest()


def attach_file(
    session: Session,
    owner: AttachmentOwner | str,
    owner_id: int,
    path_or_bytes: str | os.PathLike[str] | bytes | bytearray,
    name: str | None = None,
    *,
    limit_bytes: int = DEFAULT_LIMIT_BYTES,
) -> Attachment:
    """Attach a file (a path, or bytes with their `name`) to one owner.

    The bytes are stored once (an existing StoredFile with the same SHA-256 is reused).
    A shipment document still "missing" becomes "received" (today); one whose status was
    set otherwise keeps it. Refused, with the database unchanged: an owner that does not
    exist, a file over `limit_bytes`, a file that cannot be read."""
    kind, record = _owner(session, owner, owner_id)
    if isinstance(path_or_bytes, bytes | bytearray):
        if name is None:
            raise ValidationError(
                [FieldError("name", _file_name(), translate("Files", "is required for bytes"))]
            )
        shown = clean_name(name)
        if len(path_or_bytes) > limit_bytes:
            raise _too_large(shown, len(path_or_bytes), limit_bytes)
        content: bytes | bytearray = path_or_bytes
        sha256 = hashlib.sha256(content).hexdigest()
        stored = _stored(session, content, sha256, media_type_of(shown))
    else:
        path = Path(path_or_bytes).expanduser()
        shown = clean_name(name if name is not None else path.name)
        if session.get_bind().dialect.name == "sqlite":
            stored = _stored_streaming(session, path, shown, limit_bytes)
        else:
            content, sha256 = _read(path, shown, limit_bytes)
            stored = _stored(session, content, sha256, media_type_of(shown))
    _model, _label, column = OWNER_MODELS[kind]
    attachment = Attachment(file_id=stored.id, name=shown, **{column: record.id})
    attachment.file = stored
    session.add(attachment)
    if isinstance(record, ShipmentDocument) and record.status is DocumentStatus.MISSING:
        record.status = DocumentStatus.RECEIVED
        if record.received_on is None:
            record.received_on = date.today()
    flush(session, LABEL, attachment)
    return attachment


def _stored(
    session: Session, content: bytes | bytearray, sha256: str, media_type: str
) -> StoredFile:
    """The StoredFile holding these bytes: the one already stored, or a new one. Another
    user storing the same file at the same moment is met by the unique SHA-256: theirs is
    then used."""
    existing = session.scalar(select(StoredFile).where(StoredFile.sha256 == sha256))
    if existing is not None:
        return existing
    stored = StoredFile(sha256=sha256, size=len(content), media_type=media_type, content=content)
    try:
        with session.begin_nested():
            session.add(stored)
            session.flush()
    except IntegrityError:
        existing = session.scalar(select(StoredFile).where(StoredFile.sha256 == sha256))
        if existing is None:
            raise
        return existing
    return stored


def info_of(attachment: Attachment) -> AttachmentInfo:
    """What a list shows of an attachment the session holds (flushed)."""
    kind, owner_id = next(
        (kind, getattr(attachment, column))
        for kind, (_model, _label, column) in OWNER_MODELS.items()
        if getattr(attachment, column) is not None
    )
    stored = attachment.file
    return AttachmentInfo(
        id=attachment.id,
        name=attachment.name,
        media_type=stored.media_type,
        size=stored.size,
        sha256=stored.sha256,
        owner=kind,
        owner_id=owner_id,
        attached_by=attachment.created_by,
        attached_at=attachment.created_at,
    )


def list_attachments(
    session: Session, owner: AttachmentOwner | str, owner_id: int
) -> list[AttachmentInfo]:
    """The files attached to one owner, oldest first (one query; no bytes read)."""
    kind, record = _owner(session, owner, owner_id)
    _model, _label, column = OWNER_MODELS[kind]
    rows = session.execute(
        select(
            Attachment.id,
            Attachment.name,
            StoredFile.media_type,
            StoredFile.size,
            StoredFile.sha256,
            Attachment.created_by,
            Attachment.created_at,
        )
        .join(StoredFile, StoredFile.id == Attachment.file_id)
        .where(getattr(Attachment, column) == record.id)
        .order_by(Attachment.created_at, Attachment.id)
    )
    return [
        AttachmentInfo(
            id=row.id,
            name=row.name,
            media_type=row.media_type,
            size=row.size,
            sha256=row.sha256,
            owner=kind,
            owner_id=record.id,
            attached_by=row.created_by,
            attached_at=row.created_at,
        )
        for row in rows
    ]


def attachment_counts(
    session: Session, owner: AttachmentOwner | str, owner_ids: list[int]
) -> dict[int, int]:
    """How many files each of `owner_ids` carries (absent: none), in one query."""
    kind = AttachmentOwner(owner)
    column = getattr(Attachment, OWNER_MODELS[kind][2])
    if not owner_ids:
        return {}
    rows = session.execute(
        select(column, func.count()).where(column.in_(owner_ids)).group_by(column)
    )
    return {int(key): int(count) for key, count in rows}


def get_attachment(session: Session, attachment_id: int) -> Attachment:
    return get_or_fail(session, Attachment, attachment_id, LABEL)


def file_bytes(session: Session, attachment_id: int) -> tuple[str, str, bytes]:
    """An attached file's name, media type and bytes."""
    attachment = get_attachment(session, attachment_id)
    stored = session.scalar(
        select(StoredFile)
        .where(StoredFile.id == attachment.file_id)
        .options(undefer(StoredFile.content))
    )
    assert stored is not None  # the foreign key keeps it
    return attachment.name, stored.media_type, stored.content


def image_bytes(
    session: Session, attachment_ids: list[int], max_size: int = DEFAULT_LIMIT_BYTES
) -> dict[int, bytes]:
    """The bytes of those of `attachment_ids` that are images no larger than `max_size`
    (for thumbnails), in one query."""
    wanted = [key for key in attachment_ids if is_id(key)]
    if not wanted:
        return {}
    rows = session.execute(
        select(Attachment.id, StoredFile.content)
        .join(StoredFile, StoredFile.id == Attachment.file_id)
        .where(
            Attachment.id.in_(wanted),
            StoredFile.media_type.in_(IMAGE_TYPES),
            StoredFile.size <= max_size,
        )
    )
    return {int(key): bytes(content) for key, content in rows}


def remove_attachment(session: Session, attachment_id: int) -> None:
    """Detach a file; its bytes go too when nothing else carries them."""
    attachment = get_attachment(session, attachment_id)
    file_id = attachment.file_id
    session.delete(attachment)
    flush(session, LABEL, attachment)
    still_used = session.scalar(select(exists().where(Attachment.file_id == file_id)))
    if not still_used:
        stored = session.get(StoredFile, file_id)  # its bytes stay deferred: not read
        if stored is not None:
            session.delete(stored)
            flush(session, LABEL)


def stored_file_count(session: Session) -> int:
    """How many distinct files the database holds."""
    return int(session.scalar(select(func.count()).select_from(StoredFile)) or 0)
