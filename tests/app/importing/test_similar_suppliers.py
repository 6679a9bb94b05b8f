"""The suppliers a new one may already be, asked of the import's matcher for one name."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.importing.similar_suppliers import similar_suppliers
from app.services.suppliers import create_supplier


def test_the_same_name_without_accents_in_the_same_country(session: Session) -> None:
    zuniga = create_supplier(session, {"name": "Agrícola Zúñiga Hermanos", "country": "MX"})
    create_supplier(session, {"name": "Agrícola Zúñiga Hermanos", "country": "CL"})
    create_supplier(session, {"name": "Agrícola del Valle", "country": "MX"})
    found = similar_suppliers(session, "Agricola Zuniga Hermanos", "MX")
    assert [(s.id, s.name, s.country, s.how) for s in found] == [
        (zuniga.id, "Agrícola Zúñiga Hermanos", "MX", "name")
    ]
    assert similar_suppliers(session, "Agricola Zuniga Hermanos", "PE") == []


def test_a_legal_form_a_typo_and_a_tax_id(session: Session) -> None:
    nuble = create_supplier(
        session, {"name": "Frutícola Ñuble S.A.", "country": "CL", "tax_id": "76.123.456-7"}
    )
    santa_rosa = create_supplier(session, {"name": "Agrícola Santa Rosa", "country": "CL"})
    assert [s.id for s in similar_suppliers(session, "FRUTICOLA NUBLE LTDA", "cl")] == [nuble.id]
    typo = similar_suppliers(session, "Agricola Santa Rossa", "CL")
    assert [(s.id, s.how) for s in typo] == [(santa_rosa.id, "fuzzy")]
    assert typo[0].score >= 90
    by_tax = similar_suppliers(session, "Exportadora Nueva", "CL", "761234567")
    assert [(s.id, s.how) for s in by_tax] == [(nuble.id, "tax_id")]
    # Another tax id on a like name: two companies, as the import decides.
    assert similar_suppliers(session, "Frutícola Ñuble", "CL", "99.999.999-9") == []
    assert similar_suppliers(session, "Exportadora Nueva", "CL") == []


def test_several_alike_and_archived_ones_flagged(session: Session) -> None:
    first = create_supplier(session, {"name": "Mariscos Pacífico", "country": "PE"})
    second = create_supplier(session, {"name": "Mariscos Pacifico S.A.C.", "country": "PE"})
    second.archived_at = datetime.now(UTC)
    session.flush()
    found = similar_suppliers(session, "Mariscos Pacífico", "PE")
    assert [(s.id, s.archived) for s in found] == [(first.id, False), (second.id, True)]
    assert similar_suppliers(session, "", "PE") == []
    assert similar_suppliers(session, "Mariscos Pacífico", "") == []
