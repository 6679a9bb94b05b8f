"""Attached files travel with the database: `db copy` (SQLite -> PostgreSQL -> SQLite) and
a backup restored keep every attachment and its bytes, identical."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import files
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from app.store import backup
from app.store.database import Database, open_database
from app.store.db_copy import copy_database
from models import AttachmentOwner, DocumentKind

NAME = "Certificado fitosanitario 北京 ñ.pdf"


def _open(url: str | Path) -> Database:
    return open_database(str(url), daily_backup=False, actor="tester")


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[tuple[Database, dict[str, bytes]]]:
    """A SQLite database with a negotiation carrying two files (one also on a shipment
    document: stored once) and a third, larger file on the document."""
    database = _open(tmp_path / "laptop.sqlite3")
    contents = {
        NAME: os.urandom(200_000),
        "foto.png": b"\x89PNG\r\n\x1a\n" + os.urandom(5_000),
        "bl.pdf": os.urandom(3 * 1024 * 1024),
    }
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        deal = create_negotiation(
            session, supplier.id, {"currency": "USD"}, product_name="Cherries"
        )
        shipment = create_shipment(session, deal.id, {})
        document = next(d for d in shipment.documents if d.kind is DocumentKind.BILL_OF_LADING)
        files.attach_file(session, AttachmentOwner.NEGOTIATION, deal.id, contents[NAME], NAME)
        files.attach_file(session, "negotiation", deal.id, contents["foto.png"], "foto.png")
        files.attach_file(session, "shipment_document", document.id, contents[NAME], NAME)
        files.attach_file(session, "shipment_document", document.id, contents["bl.pdf"], "bl.pdf")
    yield database, contents
    database.dispose()


def _carried(database: Database) -> list[tuple[str, str, int, str]]:
    """Every attachment: owner, name, size and the SHA-256 of the bytes read back."""
    from models import Attachment

    found = []
    with database.transaction() as session:
        for attachment in session.scalars(select(Attachment).order_by(Attachment.id)):
            name, _type, content = files.file_bytes(session, attachment.id)
            owner = "negotiation" if attachment.negotiation_id else "shipment_document"
            found.append((owner, name, len(content), hashlib.sha256(content).hexdigest()))
        assert files.stored_file_count(session) == 3
    return found


def _expected(contents: dict[str, bytes]) -> list[tuple[str, str, int, str]]:
    def row(owner: str, name: str) -> tuple[str, str, int, str]:
        return owner, name, len(contents[name]), hashlib.sha256(contents[name]).hexdigest()

    return [
        row("negotiation", NAME),
        row("negotiation", "foto.png"),
        row("shipment_document", NAME),
        row("shipment_document", "bl.pdf"),
    ]


def test_db_copy_carries_the_files_there_and_back(
    laptop: tuple[Database, dict[str, bytes]],
    new_postgresql: Callable[[], str],
    tmp_path: Path,
) -> None:
    source, contents = laptop
    expected = _expected(contents)
    assert _carried(source) == expected
    team_url = new_postgresql()
    copied = copy_database(str(source.path), team_url, chunk=2)
    by_table = {t.name: t for t in copied.tables}
    assert (by_table["stored_files"].copied, by_table["attachments"].copied) == (3, 4)
    team = _open(team_url)
    try:
        assert _carried(team) == expected
    finally:
        team.dispose()
    back = tmp_path / "back.sqlite3"
    copy_database(team_url, str(back))
    again = _open(back)
    try:
        assert _carried(again) == expected
    finally:
        again.dispose()


def test_a_restored_backup_has_the_files(
    laptop: tuple[Database, dict[str, bytes]], tmp_path: Path
) -> None:
    database, contents = laptop
    path = database.path
    assert path is not None
    copy = backup.backup_to(database.engine, tmp_path / "copy.sqlite3")
    with database.transaction() as session:
        for info in files.list_attachments(session, "negotiation", 1):
            files.remove_attachment(session, info.id)
    assert len(_carried_ids(database)) == 2
    backup.restore(database.engine, path, copy)
    restored = _open(path)
    try:
        assert _carried(restored) == _expected(contents)
    finally:
        restored.dispose()


def _carried_ids(database: Database) -> list[int]:
    from models import Attachment

    with database.transaction() as session:
        return list(session.scalars(select(Attachment.id)))
