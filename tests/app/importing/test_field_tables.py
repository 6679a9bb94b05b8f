"""The field tables of each import target: which fields a target requires, their kinds
and vocabularies, as fields.field() and TARGETS give them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.importing.fields import PRICE_LIST, SUPPLIERS, TARGETS, field
from app.importing.mapping import suggest_mapping
from app.importing.preview import build_preview
from models import SupplierStatus


def test_fields_of_each_target() -> None:
    assert {s.key for s in TARGETS[SUPPLIERS] if s.required} == {
        "supplier.name",
        "supplier.country",
    }
    assert {s.key for s in TARGETS[PRICE_LIST] if s.required} == {"offer.product", "offer.price"}
    assert field(SUPPLIERS, "supplier.status").vocabulary["activo"] is SupplierStatus.ACTIVE
    assert field(PRICE_LIST, "offer.price").kind == "money"
    with pytest.raises(ServiceError, match=re.escape("no field 'offer.grade'")):
        field(SUPPLIERS, "offer.grade")
    with pytest.raises(ServiceError, match="Unknown import target 'shipments'"):
        field("shipments", "x")


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Ctry", "supplier.country"),
        ("Cty.", "supplier.country"),
        ("Addr", "supplier.address"),
        ("Reg.", "supplier.region"),
        ("Ph", "supplier.phone"),
        ("Mob", "contact.phone"),
        ("Cont.", "contact.name"),
        ("Web", "supplier.website"),
        ("URL", "supplier.website"),
    ],
)
def test_english_abbreviations_are_recognised(header: str, key: str) -> None:
    choices = suggest_mapping(["Company", header], SUPPLIERS)
    assert (choices[1].field, choices[1].confidence) == (key, 1.0)


def test_a_sheet_with_ctry_maps_it_to_the_country(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text("Company;Ctry;Tel;E-mail\nAndes Berries SpA;Chile;+56 2 2345 6789;a@b.cl\n")
    preview = build_preview(session, path)
    assert {c.header: c.field for c in preview.choices}["Ctry"] == "supplier.country"
    assert preview.rows[0].values["supplier.country"] == "CL"


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Certificaciones", "supplier.certifications"),
        ("Certificações", "supplier.certifications"),
        ("GlobalG.A.P.", "supplier.certifications"),
        ("认证", "supplier.certifications"),
        ("Precio FOB USD/kg", "offer.price"),
        ("Preço FOB", "offer.price"),
        ("价格", "offer.price"),
        ("Fecha precio", "offer.date"),
        ("Data do preço", "offer.date"),
        ("Volumen anual", "offer.volume"),
        ("Volume anual", "offer.volume"),
        ("年产量", "offer.volume"),
    ],
)
def test_a_supplier_sheets_other_columns_have_targets(header: str, key: str) -> None:
    choices = suggest_mapping(["Razón social", "País", header], SUPPLIERS)
    assert choices[2].field == key
