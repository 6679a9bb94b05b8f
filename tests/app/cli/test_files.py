"""`files attach|list|get|remove` on the command line (issue 16 point 5): a file goes in
and comes back byte for byte, the JSON shape, the size limit of the settings, and
refusals in one line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.exporting import export_settings
from app.exporting.export_settings import ExportSettings, save_export_settings
from tests.app.cli.running import ok, run

NAME = "Certificado fitosanitario 北京 ñ.pdf"


def seed(db: Path) -> dict[str, int]:
    from app.services.negotiations import create_negotiation
    from app.services.shipments import create_shipment
    from app.services.suppliers import create_supplier
    from app.store.database import open_database
    from models import Certification, SupplierCertification

    database = open_database(str(db), create=True)
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Curicó", "country": "CL"})
        deal = create_negotiation(session, supplier.id, {}, product_name="Cherries")
        shipment = create_shipment(session, deal.id, {})
        certification = SupplierCertification(supplier_id=supplier.id, kind=Certification.GACC)
        session.add(certification)
        session.flush()
        ids = {
            "negotiation": deal.id,
            "document": shipment.documents[0].id,
            "certification": certification.id,
        }
    database.dispose()
    return ids


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "export-settings.json"
    monkeypatch.setattr(export_settings, "settings_path", lambda: path)
    return path


def test_attach_list_get_remove(db: Path, tmp_path: Path) -> None:
    ids = seed(db)
    content = os.urandom(70_000)
    source = tmp_path / NAME
    source.write_bytes(content)
    attached = json.loads(
        ok(db, "files", "attach", "--to", "negotiation", str(ids["negotiation"]), str(source),
           "--json")
    )  # fmt: skip
    assert {k: attached[k] for k in ("name", "media_type", "size", "owner", "owner_id")} == {
        "name": NAME,
        "media_type": "application/pdf",
        "size": 70_000,
        "owner": "negotiation",
        "owner_id": ids["negotiation"],
    }
    assert {"id", "sha256", "attached_by", "attached_at"} <= attached.keys()
    said = ok(db, "files", "attach", "--to", "shipment-document", str(ids["document"]),
              str(source), "--name", "fito.pdf")  # fmt: skip
    assert said.startswith("Attached fito.pdf (68.4 KB, application/pdf) to shipment-document")
    photo = tmp_path / "planta.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    ok(db, "files", "attach", "--to", "compliance", str(ids["certification"]), str(photo))

    listed = json.loads(
        ok(db, "files", "list", "--to", "negotiation", str(ids["negotiation"]), "--json")
    )
    assert [(f["id"], f["name"]) for f in listed] == [(attached["id"], NAME)]
    table = ok(db, "files", "list", "--to", "compliance", str(ids["certification"]))
    assert table.splitlines()[0].split() == [
        "File",
        "Name",
        "Size",
        "Type",
        "Attached",
        "by",
        "When",
    ]
    assert "planta.png" in table
    assert "image/png" in table

    out = tmp_path / "out"
    out.mkdir()
    written = ok(db, "files", "get", str(attached["id"]), "-o", str(out / "copia.pdf"))
    assert written.startswith(f"Written to {out / 'copia.pdf'} (68.4 KB)")
    assert (out / "copia.pdf").read_bytes() == content
    ok(db, "files", "get", str(attached["id"]), "-o", str(out))  # a folder: its own name
    assert (out / NAME).read_bytes() == content

    assert ok(db, "files", "remove", str(attached["id"])) == (
        f"Removed {NAME} (file {attached['id']}).\n"
    )
    assert ok(db, "files", "list", "--to", "negotiation", str(ids["negotiation"])) == (
        f"No files attached to negotiation {ids['negotiation']}.\n"
    )


def test_the_size_limit_is_the_setting(db: Path, tmp_path: Path, settings_file: Path) -> None:
    ids = seed(db)
    save_export_settings(ExportSettings(file_size_limit_mb=1), settings_file)
    big = tmp_path / "contrato.pdf"
    big.write_bytes(b"0" * (1024 * 1024 + 10))
    code, out, err = run(db, "files", "attach", "--to", "negotiation", str(ids["negotiation"]),
                         str(big))  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        "supplier-desk: error: contrato.pdf is 1,048,586 bytes: over the limit of 1,048,576 "
        "bytes per file (the limit is a setting: File > Preferences…)\n"
    )
    assert ok(db, "files", "list", "--to", "negotiation", str(ids["negotiation"])).startswith("No")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("attach", "--to", "negotiation", "999", "x.pdf"), "Negotiation 999 does not exist"),
        (("list", "--to", "shipment-document", "0"), "Shipment document 0 does not exist"),
        (("list", "--to", "compliance", "77"), "Certification 77 does not exist"),
        (("get", "4242", "-o", "x.pdf"), "Attached file 4242 does not exist"),
        (("remove", "10000000000000"), "Attached file 10000000000000 does not exist"),
        (("attach", "--to", "negotiation", "1", "missing.pdf"), "no such file"),
    ],
)
def test_refusals_are_one_line(db: Path, args: tuple[str, ...], message: str) -> None:
    seed(db)
    code, out, err = run(db, "files", *args)
    assert (code, out) == (1, "")
    assert err.startswith("supplier-desk: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_to_must_name_a_kind_of_record(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(db, "files", "list", "--to", "invoice", "1")
    assert capsys.readouterr().err.splitlines()[-1] == (
        "supplier-desk files list: error: --to must be one of compliance, shipment-document, "
        "negotiation; not 'invoice'"
    )
