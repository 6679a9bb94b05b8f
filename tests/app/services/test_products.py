from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.errors import InUseError, ValidationError
from app.services import products as svc
from models import Negotiation, Unit


def test_product_with_cold_chain(session: Session) -> None:
    product = svc.create_product(
        session,
        {
            "name": "Hass avocado",
            "category": "Fresh fruit",
            "hs_code": "0804.40",
            "default_unit": "caja",
            "shelf_life_days": "28",
            "temp_min_c": "5",
            "temp_max_c": "7 °C",
        },
    )
    assert product.hs_code == "080440"
    assert product.default_unit is Unit.BOX
    assert product.cold_chain == (Decimal("5"), Decimal("7"))
    assert product.key == "hass avocado"


def test_bad_product_values(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_product(
            session,
            {
                "name": "Cherries",
                "hs_code": "12",
                "shelf_life_days": "0",
                "temp_min_c": "4",
                "temp_max_c": "-1",
            },
        )
    fields = {e.field: e.message for e in caught.value.errors}
    assert set(fields) == {"hs_code", "shelf_life_days", "temp_max_c"}
    assert "below the lowest temperature" in fields["temp_max_c"]


def test_product_names_are_unique_ignoring_accents(session: Session) -> None:
    svc.create_product(session, {"name": "Açaí pulp"})
    with pytest.raises(ValidationError, match="already exists"):
        svc.create_product(session, {"name": "ACAI PULP"})
    assert svc.get_or_create_product(session, "acai pulp").name == "Açaí pulp"


def test_product_in_use_cannot_be_deleted(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation(product="Blueberries")
    with pytest.raises(InUseError):
        svc.delete_product(session, negotiation.product_id)
    unused = svc.create_product(session, {"name": "Lemons"})
    svc.delete_product(session, unused.id)
    assert svc.find_product(session, "lemons") is None


def test_renaming_a_product_updates_supplier_search_text(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation(product="Prawns")
    svc.update_product(session, negotiation.product_id, {"name": "Langostino"})
    session.flush()
    assert "langostino" in negotiation.supplier.search_text
    assert [p.name for p in svc.search_products(session, "LANGOST")] == ["Langostino"]
