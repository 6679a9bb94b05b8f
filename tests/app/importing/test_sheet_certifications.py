"""A supplier sheet's certifications column: the supplier's certification rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.importing.commit import commit_preview
from app.importing.plan import RowStatus
from app.importing.preview import build_preview
from app.importing.supplier_certs import settle_certifications
from app.importing.undo import undo_batch
from app.services.suppliers import create_supplier, set_certification
from models import Certification, Supplier, SupplierCertification

SHEET = (
    "Razón social;País;Certificaciones\n"
    "Agrícola Los Álamos SA de CV;México;GlobalG.A.P., HACCP\n"
    "Frutas del Valle SA;México;BRC, Fairtrade\n"
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "proveedores.csv"
    path.write_bytes(text.encode("utf-8"))
    return path


def kinds(session: Session, name: str) -> set[Certification]:
    supplier = session.scalars(select(Supplier).where(Supplier.name == name)).one()
    return set(
        session.scalars(
            select(SupplierCertification.kind).where(
                SupplierCertification.supplier_id == supplier.id
            )
        )
    )


def test_certifications_column_becomes_certification_rows_and_undo_removes_them(
    session: Session, tmp_path: Path
) -> None:
    preview = build_preview(session, write(tmp_path, SHEET))
    assert {c.header: c.field for c in preview.choices}["Certificaciones"] == (
        "supplier.certifications"
    )
    assert [r.status for r in preview.rows] == [RowStatus.CREATE, RowStatus.CREATE]
    result = commit_preview(session, preview)
    assert "3 certifications recorded" in result.notes
    assert kinds(session, "Agrícola Los Álamos SA de CV") == {
        Certification.GLOBALGAP,
        Certification.HACCP,
    }
    assert kinds(session, "Frutas del Valle SA") == {Certification.BRCGS}
    valle = session.scalars(select(Supplier).where(Supplier.name == "Frutas del Valle SA")).one()
    assert valle.notes == "Certificaciones: Fairtrade"  # an unknown kind is kept
    undo = undo_batch(session, result.batch_id)
    assert undo.kept == []
    assert session.scalar(select(SupplierCertification.id)) is None


def test_an_existing_supplier_gains_only_the_kinds_it_lacks(
    session: Session, tmp_path: Path
) -> None:
    supplier = create_supplier(session, {"name": "Agrícola Los Álamos SA de CV", "country": "MX"})
    set_certification(session, supplier.id, {"kind": "haccp", "reference": "H-1"})
    result = commit_preview(session, build_preview(session, write(tmp_path, SHEET)))
    assert kinds(session, "Agrícola Los Álamos SA de CV") == {
        Certification.GLOBALGAP,
        Certification.HACCP,
    }
    undo_batch(session, result.batch_id)
    assert kinds(session, "Agrícola Los Álamos SA de CV") == {Certification.HACCP}


def test_a_column_named_for_one_kind_reads_yes_and_no() -> None:
    headers = {"supplier.certifications": "GlobalG.A.P."}
    yes: dict[str, object] = {"supplier.certifications": ("Sí",)}
    no: dict[str, object] = {"supplier.certifications": ("No",)}
    assert settle_certifications(yes, headers) == []
    assert yes["supplier.certifications"] == (Certification.GLOBALGAP,)
    assert settle_certifications(no, headers) == []
    assert "supplier.certifications" not in no
    assert "supplier.notes" not in no


def test_unknown_kinds_are_warned_about_and_kept_in_the_notes() -> None:
    values: dict[str, object] = {
        "supplier.certifications": ("HACCP", "Fair Trade"),
        "supplier.notes": "Visit in May",
    }
    warnings = settle_certifications(values, {"supplier.certifications": "Certificações"})
    assert [k for k, _ in warnings] == ["supplier.certifications"]
    assert "'Fair Trade' is not a certification kind" in warnings[0][1]
    assert values["supplier.notes"] == "Visit in May\nCertificações: Fair Trade"
    assert values["supplier.certifications"] == (Certification.HACCP,)
    assert settle_certifications(values, {}) == []
