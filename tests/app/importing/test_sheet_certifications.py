"""A supplier sheet's certifications column: the supplier's certification rows."""

from __future__ import annotations

from datetime import date
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


NUMBERED = (
    "Razón social;País;Certificaciones;GlobalGAP N°;Vencimiento GlobalGAP;Registro GACC;有效期\n"
    "Frutícola Curicó SpA;Chile;BRC;4063061944246;30/06/2027;CCHL0000012345;31/12/2030\n"
    "Cerezas del Maule Ltda.;Chile;GlobalG.A.P.;;;Sí;\n"
    "Agrícola Teno SpA;Chile;;;15/03/2027;No;\n"
)


def rows_of(session: Session, name: str) -> list[tuple[str, str | None, date | None]]:
    supplier = session.scalars(select(Supplier).where(Supplier.name == name)).one()
    found = session.scalars(
        select(SupplierCertification).where(SupplierCertification.supplier_id == supplier.id)
    )
    return sorted((c.kind.value, c.reference, c.valid_until) for c in found)


def test_number_and_valid_until_columns_become_rows_with_preview_and_undo(
    session: Session, tmp_path: Path
) -> None:
    preview = build_preview(session, write(tmp_path, NUMBERED))
    assert {c.header: c.field for c in preview.choices} == {
        "Razón social": "supplier.name",
        "País": "supplier.country",
        "Certificaciones": "supplier.certifications",
        "GlobalGAP N°": "certificate.globalgap.number",
        "Vencimiento GlobalGAP": "certificate.globalgap.valid_until",
        "Registro GACC": "certificate.gacc.number",
        "有效期": "certificate.gacc.valid_until",  # beside the GACC number, not the offer's
    }
    curico = preview.rows[0].values["supplier.certifications"]
    assert [str(item) for item in curico] == [
        "brcgs",
        "GlobalG.A.P. 4063061944246 valid until 2027-06-30",
        "GACC registration CCHL0000012345 valid until 2030-12-31",
    ]
    result = commit_preview(session, preview)
    assert "6 certifications recorded" in result.notes
    assert rows_of(session, "Frutícola Curicó SpA") == [
        ("brcgs", None, None),
        ("gacc", "CCHL0000012345", date(2030, 12, 31)),
        ("globalgap", "4063061944246", date(2027, 6, 30)),
    ]
    assert rows_of(session, "Cerezas del Maule Ltda.") == [  # 'Sí': holds it, no number
        ("gacc", None, None),
        ("globalgap", None, None),
    ]
    assert rows_of(session, "Agrícola Teno SpA") == [("globalgap", None, date(2027, 3, 15))]
    again = commit_preview(session, build_preview(session, write(tmp_path, NUMBERED)))
    assert "certification" not in (again.notes or "")  # nothing held twice
    undo_batch(session, again.batch_id)
    undo = undo_batch(session, result.batch_id)
    assert undo.kept == []
    assert session.scalar(select(SupplierCertification.id)) is None


def test_an_existing_row_with_another_number_gains_a_second_row(
    session: Session, tmp_path: Path
) -> None:
    from app.services.compliance import add_registration

    supplier = create_supplier(session, {"name": "Frutícola Curicó SpA", "country": "CL"})
    add_registration(session, supplier.id, {"kind": "gacc", "number": "cchl0000012345"})
    add_registration(session, supplier.id, {"kind": "gacc", "number": "CCHL0000099999"})
    result = commit_preview(session, build_preview(session, write(tmp_path, NUMBERED)))
    numbers = [r[1] for r in rows_of(session, "Frutícola Curicó SpA") if r[0] == "gacc"]
    assert sorted(numbers) == ["CCHL0000099999", "cchl0000012345"]  # the same, any case
    undo_batch(session, result.batch_id)
    assert len(rows_of(session, "Frutícola Curicó SpA")) == 2


def test_settling_twice_changes_nothing_more() -> None:
    values: dict[str, object] = {
        "certificate.gacc.number": "CCHL1",
        "certificate.gacc.valid_until": date(2030, 1, 1),
        "supplier.certifications": ("GACC", "HACCP"),
    }
    assert settle_certifications(values, {}) == []
    first = values["supplier.certifications"]
    assert settle_certifications(values, {}) == []
    assert values["supplier.certifications"] == first
    assert [str(v) for v in first] == [  # type: ignore[attr-defined]
        "haccp",
        "GACC registration CCHL1 valid until 2030-01-01",
    ]
