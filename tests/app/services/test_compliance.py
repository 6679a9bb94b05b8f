"""Registrations and certificates: any number per kind, every field checked, products by
name or id, versions, and the import's and demo's one-per-kind set_certification still
working beside them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError
from app.services import compliance as svc
from app.services.products import create_product
from app.services.suppliers import set_certification
from models import Certification, Supplier, SupplierCertification
from models.enums import ComplianceStatus, SiteKind

MakeSupplier = Callable[..., Supplier]


def test_two_gacc_rows_for_two_plants_with_every_field(
    session: Session, make_supplier: MakeSupplier
) -> None:
    supplier = make_supplier()
    cherries = create_product(session, {"name": "Cherries"})
    create_product(session, {"name": "Plums"})
    first = svc.add_registration(
        session,
        supplier.id,
        {
            "kind": "Registro GACC",
            "number": " CCHL0000012345 ",
            "site_name": "Packing Curicó",
            "site_kind": "packing",
            "site_address": "Ruta 5 Sur km 186, Curicó",
            "season": "2026/27",
            "issued_on": "01/07/2026",
            "valid_until": "2031-06-30",
            "notes": "Decree 248",
            "products": ["cherries"],
        },
    )
    second = svc.add_registration(
        session,
        supplier.id,
        {"kind": "GACC", "number": "CCHL0000067890", "products": [cherries.id]},
    )
    rows = session.scalars(
        select(SupplierCertification).where(SupplierCertification.supplier_id == supplier.id)
    ).all()
    assert {r.id for r in rows} == {first.id, second.id}
    assert first.kind is second.kind is Certification.GACC
    assert first.reference == "CCHL0000012345"
    assert first.site_kind is SiteKind.PACKHOUSE
    assert first.season == "2026-27"
    assert (first.issued_on, first.valid_until) == (date(2026, 7, 1), date(2031, 6, 30))
    assert first.status is None  # derived from the dates
    assert [p.name for p in first.products] == ["Cherries"]
    assert [p.name for p in second.products] == ["Cherries"]


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("GACC", Certification.GACC),
        ("Registro GACC", Certification.GACC),
        ("GlobalG.A.P.", Certification.GLOBALGAP),
        ("SAG CSP", Certification.SAG_CSP),
        ("sag_csg", Certification.SAG_CSG),
        ("SENASICA", Certification.SENASICA),
        ("Rainforest Alliance", Certification.RAINFOREST_ALLIANCE),
        ("IFS Food", Certification.IFS),
    ],
)
def test_kind_in_its_words(
    session: Session, make_supplier: MakeSupplier, word: str, kind: Certification
) -> None:
    assert svc.add_registration(session, make_supplier().id, {"kind": word}).kind is kind


def test_every_bad_field_is_named_in_one_refusal(
    session: Session, make_supplier: MakeSupplier
) -> None:
    supplier = make_supplier()
    with pytest.raises(ValidationError) as refused:
        svc.add_registration(
            session,
            supplier.id,
            {
                "kind": "Fairtrade",
                "season": "2026-28",
                "issued_on": "2027-01-01",
                "valid_until": "2026-12-31",
                "site_kind": "garage",
                "products": ["Cherries", "Durian"],
            },
        )
    fields = [e.field for e in refused.value.errors]
    assert fields == ["kind", "site_kind", "season", "valid_until", "products", "products"]
    message = str(refused.value)
    assert "Valid until: is before issued on (2027-01-01)" in message
    assert "Products: no product 'Cherries'" in message
    assert "Products: no product 'Durian'" in message
    assert "Season: '2026-28': the second year must follow the first (2026-27)" in message
    assert session.scalar(select(SupplierCertification.id)) is None


def test_kind_is_required_and_unknown_fields_refused(
    session: Session, make_supplier: MakeSupplier
) -> None:
    supplier = make_supplier()
    with pytest.raises(ValidationError, match="Kind: is required"):
        svc.add_registration(session, supplier.id, {"number": "1"})
    with pytest.raises(ValidationError, match="colour: is not a field of registration"):
        svc.add_registration(session, supplier.id, {"kind": "gacc", "colour": "red"})
    with pytest.raises(NotFoundError, match="Supplier 999999 does not exist"):
        svc.add_registration(session, 999_999, {"kind": "gacc"})


def test_update_checks_dates_against_the_stored_ones_and_versions(
    session: Session, make_supplier: MakeSupplier
) -> None:
    row = svc.add_registration(
        session, make_supplier().id, {"kind": "globalgap", "valid_until": "2027-06-30"}
    )
    with pytest.raises(ValidationError, match=r"Issued on: is after valid until \(2027-06-30\)"):
        svc.update_registration(session, row.id, {"issued_on": "2027-07-01"})
    with pytest.raises(ValidationError, match=r"Valid until: is before issued on"):
        svc.update_registration(
            session, row.id, {"issued_on": "2027-01-01", "valid_until": "2026-01-01"}
        )
    version = row.version
    svc.update_registration(
        session,
        row.id,
        {"status": "suspendido", "number": "4063061944246"},
        expected_version=version,
    )
    assert row.status is ComplianceStatus.SUSPENDED
    assert row.reference == "4063061944246"
    with pytest.raises(ConflictError):
        svc.update_registration(session, row.id, {"notes": "x"}, expected_version=version)
    svc.update_registration(session, row.id, {"status": None})
    assert row.status is None


def test_products_alone_change_the_version_and_empty_means_whole_range(
    session: Session, make_supplier: MakeSupplier
) -> None:
    create_product(session, {"name": "Hass avocado"})
    row = svc.add_registration(session, make_supplier().id, {"kind": "senasica"})
    version = row.version
    svc.update_registration(session, row.id, {"products": ["HASS AVOCADO"]})
    assert [p.name for p in row.products] == ["Hass avocado"]
    assert row.version == version + 1
    svc.update_registration(session, row.id, {"products": []})
    assert row.products == []


def test_delete_removes_the_row(session: Session, make_supplier: MakeSupplier) -> None:
    row = svc.add_registration(session, make_supplier().id, {"kind": "haccp"})
    svc.delete_registration(session, row.id)
    assert session.get(SupplierCertification, row.id) is None
    with pytest.raises(NotFoundError, match=f"Registration {row.id} does not exist"):
        svc.delete_registration(session, row.id)


def test_set_certification_still_keeps_one_per_kind_beside_added_rows(
    session: Session, make_supplier: MakeSupplier
) -> None:
    supplier = make_supplier()
    set_certification(session, supplier.id, {"kind": "GlobalG.A.P.", "reference": "1"})
    set_certification(session, supplier.id, {"kind": "GlobalG.A.P.", "reference": "2"})
    svc.add_registration(session, supplier.id, {"kind": "gacc", "number": "A"})
    svc.add_registration(session, supplier.id, {"kind": "gacc", "number": "B"})
    kinds = sorted(
        (c.kind.value, c.reference)
        for c in session.scalars(
            select(SupplierCertification).where(SupplierCertification.supplier_id == supplier.id)
        )
    )
    assert kinds == [("gacc", "A"), ("gacc", "B"), ("globalgap", "2")]
