"""Files attached to negotiations, shipment documents and certifications: byte for byte,
stored once per SHA-256, refused over the size limit with the database unchanged, removed
with their last attachment (SQLite, and PostgreSQL with TEST_DATABASE_URL)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ServiceError, ValidationError
from app.exporting.attachments import save_copy
from app.services import files as svc
from app.services.shipments import create_shipment, set_document
from models import (
    Attachment,
    AttachmentOwner,
    Certification,
    DocumentKind,
    DocumentStatus,
    Negotiation,
    ShipmentDocument,
    StoredFile,
    SupplierCertification,
)

MakeNegotiation = Callable[..., Negotiation]
MB = 1024 * 1024
WORLD_NAME = "Certificado fitosanitario 北京 ñ.pdf"


def _counts(session: Session) -> tuple[int, int]:
    attachments = session.scalar(select(func.count()).select_from(Attachment))
    stored = session.scalar(select(func.count()).select_from(StoredFile))
    return int(attachments or 0), int(stored or 0)


def _document(session: Session, negotiation: Negotiation, kind: DocumentKind) -> ShipmentDocument:
    shipment = create_shipment(session, negotiation.id, {})
    return next(d for d in shipment.documents if d.kind is kind)


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_a_file_round_trips_byte_for_byte_under_its_name(
    make_negotiation: MakeNegotiation, session: Session, tmp_path: Path
) -> None:
    deal = make_negotiation()
    content = os.urandom(300_000) + b"\x00\xff" * 10
    source = _write(tmp_path / WORLD_NAME, content)
    attachment = svc.attach_file(session, AttachmentOwner.NEGOTIATION, deal.id, source)
    session.expire_all()
    name, media_type, back = svc.file_bytes(session, attachment.id)
    assert (name, media_type) == (WORLD_NAME, "application/pdf")
    assert bytes(back) == content
    listed = svc.list_attachments(session, "negotiation", deal.id)
    assert [(a.name, a.size, a.sha256) for a in listed] == [
        (WORLD_NAME, len(content), hashlib.sha256(content).hexdigest())
    ]
    assert listed[0].attached_by  # who: the session's actor or the server's login
    with pytest.raises(ServiceError, match="its folder does not exist"):
        save_copy(session, attachment.id, tmp_path / "out" / WORLD_NAME)
    (tmp_path / "out").mkdir()
    copy = save_copy(session, attachment.id, tmp_path / "out" / f"copia {WORLD_NAME}")
    assert copy.read_bytes() == content
    assert copy.name == f"copia {WORLD_NAME}"
    assert not list((tmp_path / "out").glob(".*part"))  # no temporary file left


def test_the_same_bytes_twice_are_stored_once(
    make_negotiation: MakeNegotiation, session: Session, tmp_path: Path
) -> None:
    deal = make_negotiation()
    document = _document(session, deal, DocumentKind.PHYTOSANITARY)
    content = os.urandom(50_000)
    before = _counts(session)
    first = svc.attach_file(session, "negotiation", deal.id, _write(tmp_path / "a.pdf", content))
    second = svc.attach_file(
        session, AttachmentOwner.SHIPMENT_DOCUMENT, document.id, content, "otro nombre.pdf"
    )
    assert _counts(session) == (before[0] + 2, before[1] + 1)
    assert first.file_id == second.file_id
    assert {a.name for a in svc.list_attachments(session, "shipment_document", document.id)} == {
        "otro nombre.pdf"
    }
    # Removing one keeps the bytes for the other; removing the last removes them.
    svc.remove_attachment(session, first.id)
    assert _counts(session) == (before[0] + 1, before[1] + 1)
    assert bytes(svc.file_bytes(session, second.id)[2]) == content
    svc.remove_attachment(session, second.id)
    assert _counts(session) == before
    sha = hashlib.sha256(content).hexdigest()
    assert session.scalar(select(StoredFile).where(StoredFile.sha256 == sha)) is None
    with pytest.raises(NotFoundError, match=f"Attached file {second.id} does not exist"):
        svc.file_bytes(session, second.id)


def test_a_file_over_the_limit_is_refused_and_nothing_changes(
    make_negotiation: MakeNegotiation, session: Session, tmp_path: Path
) -> None:
    deal = make_negotiation()
    document = _document(session, deal, DocumentKind.INVOICE)
    before = _counts(session)
    big = _write(tmp_path / "Factura 北京.pdf", b"x" * (2 * MB + 1))
    with pytest.raises(svc.FileError) as refused:
        svc.attach_file(session, "shipment_document", document.id, big, limit_bytes=2 * MB)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(
        "Factura 北京.pdf is 2,097,153 bytes: over the limit of 2,097,152 bytes per file"
    )
    with pytest.raises(svc.FileError, match=r"is 2\.0 KB: over the limit of 1\.0 KB"):
        svc.attach_file(session, "negotiation", deal.id, b"y" * 2048, "nota.txt", limit_bytes=1024)
    assert _counts(session) == before
    assert document.status is DocumentStatus.MISSING


def test_an_empty_file_and_a_25_mb_file(
    make_negotiation: MakeNegotiation, session: Session, tmp_path: Path
) -> None:
    deal = make_negotiation()
    empty = svc.attach_file(session, "negotiation", deal.id, _write(tmp_path / "vacío.txt", b""))
    assert bytes(svc.file_bytes(session, empty.id)[2]) == b""
    assert empty.file.size == 0
    assert empty.file.sha256 == hashlib.sha256(b"").hexdigest()
    content = os.urandom(25 * MB)  # exactly the default limit: accepted
    path = _write(tmp_path / "contrato 2026-27.pdf", content)
    big = svc.attach_file(session, "negotiation", deal.id, path)
    session.expire_all()
    assert bytes(svc.file_bytes(session, big.id)[2]) == content
    with open(path, "ab") as more:
        more.write(b"!")
    with pytest.raises(svc.FileError, match="is 26,214,401 bytes: over the limit of 26,214,400"):
        svc.attach_file(session, "negotiation", deal.id, path)


def test_media_types_come_from_the_name() -> None:
    assert svc.media_type_of("scan.PDF") == "application/pdf"
    assert svc.media_type_of("foto.jpg") == "image/jpeg"
    assert svc.media_type_of("Re: oferta.eml") == "message/rfc822"
    assert svc.media_type_of("correo.msg") == "application/vnd.ms-outlook"
    assert svc.media_type_of("hoja.xlsx") == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert svc.media_type_of("sin extension") == "application/octet-stream"


def test_names_are_kept_as_a_file_name(session: Session, make_negotiation: MakeNegotiation) -> None:
    deal = make_negotiation()
    odd = svc.attach_file(session, "negotiation", deal.id, b"1", "C:\\Docs\\Contrato\u202e.pdf")
    assert odd.name == "Contrato.pdf"
    long_name = "Certificado " + "ñ" * 400 + ".pdf"
    cut = svc.attach_file(session, "negotiation", deal.id, b"2", long_name)
    assert len(cut.name) == 255
    assert cut.name.endswith("….pdf")
    with pytest.raises(ValidationError, match="File name: is empty"):
        svc.attach_file(session, "negotiation", deal.id, b"3", "  ")


def test_the_owner_must_exist(
    make_negotiation: MakeNegotiation, session: Session, tmp_path: Path
) -> None:
    deal = make_negotiation()
    path = _write(tmp_path / "a.pdf", b"%PDF")
    before = _counts(session)
    with pytest.raises(NotFoundError, match="Negotiation 999999 does not exist"):
        svc.attach_file(session, "negotiation", 999_999, path)
    with pytest.raises(NotFoundError, match=r"Shipment document 10{30} does not exist"):
        svc.attach_file(session, "shipment_document", 10**30, path)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="Certification 999999 does not exist"):
        svc.list_attachments(session, AttachmentOwner.CERTIFICATION, 999_999)
    with pytest.raises(ValidationError, match="Attach to: must be one of"):
        svc.attach_file(session, "invoice", 1, path)
    with pytest.raises(svc.FileError, match="no such file"):
        svc.attach_file(session, "negotiation", deal.id, tmp_path / "none.pdf")
    with pytest.raises(svc.FileError, match="it is a folder"):
        svc.attach_file(session, "negotiation", deal.id, tmp_path)
    assert _counts(session) == before


def test_a_missing_document_with_a_file_is_received_unless_set_otherwise(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    deal = make_negotiation()
    shipment = create_shipment(session, deal.id, {})
    phyto = next(d for d in shipment.documents if d.kind is DocumentKind.PHYTOSANITARY)
    svc.attach_file(session, "shipment_document", phyto.id, b"%PDF-1.7", "fito.pdf")
    assert phyto.status is DocumentStatus.RECEIVED
    assert phyto.received_on == date.today()
    draft = set_document(session, shipment.id, DocumentKind.INVOICE, {"status": "draft"})
    svc.attach_file(session, "shipment_document", draft.id, b"%PDF-1.7 draft", "factura.pdf")
    assert draft.status is DocumentStatus.DRAFT
    assert draft.received_on is None
    counts = svc.attachment_counts(session, "shipment_document", [d.id for d in shipment.documents])
    assert counts == {phyto.id: 1, draft.id: 1}


def test_a_certification_carries_files(
    make_supplier: Callable[..., object], session: Session
) -> None:
    supplier = make_supplier()
    row = SupplierCertification(
        supplier_id=supplier.id,  # type: ignore[attr-defined]
        kind=Certification.GLOBALGAP,
        reference="4049928000000",
    )
    session.add(row)
    session.flush()
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(64)
    attachment = svc.attach_file(session, AttachmentOwner.CERTIFICATION, row.id, png, "cert.png")
    listed = svc.list_attachments(session, "certification", row.id)
    assert [(a.name, a.media_type, a.is_image) for a in listed] == [("cert.png", "image/png", True)]
    assert svc.image_bytes(session, [attachment.id]) == {attachment.id: png}
    assert svc.image_bytes(session, [attachment.id], max_size=10) == {}


def test_a_file_failing_half_written_leaves_nothing(
    make_negotiation: MakeNegotiation,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deal = make_negotiation()
    document = _document(session, deal, DocumentKind.PACKING_LIST)
    before = _counts(session)
    path = _write(tmp_path / "packing list.xlsx", os.urandom(3 * MB))

    def fail(*_args: object) -> None:
        raise svc.FileError("packing list.xlsx changed while it was read: attach it again")

    monkeypatch.setattr(svc, "_write_blob", fail)
    monkeypatch.setattr(svc, "_read", fail)  # PostgreSQL reads in one pass
    with pytest.raises(svc.FileError, match="changed while it was read"):
        svc.attach_file(session, "shipment_document", document.id, path)
    assert _counts(session) == before
    assert document.status is DocumentStatus.MISSING
