"""A product's packaging, set through the service and used to convert (issue 15 point 2)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.errors import ServiceError, ValidationError
from app.services.products import (
    create_product,
    get_product,
    product_kg_per_unit,
    update_product,
)


def test_packaging_is_stored_and_converts(session: Session) -> None:
    product = create_product(session, {"name": "Hass avocado"})
    update_product(
        session,
        product.id,
        {"kg_per_box": "10", "kg_per_container_20": "18000.5", "kg_per_container_40": "24000"},
    )
    session.expire_all()
    stored = get_product(session, product.id)
    assert stored.kg_per_box == Decimal("10.000")
    assert stored.kg_per_container_20 == Decimal("18000.500")
    assert product_kg_per_unit(session, product.id, "box") == Decimal(10)
    assert product_kg_per_unit(session, product.id, "container") == Decimal(24000)
    assert product_kg_per_unit(session, product.id, "lb") == Decimal("0.45359237")


def test_missing_packaging_names_the_product(session: Session) -> None:
    product = create_product(session, {"name": "Hass avocado"})
    with pytest.raises(ServiceError) as caught:
        product_kg_per_unit(session, product.id, "box")
    assert str(caught.value) == (
        f"Hass avocado has no kg per box: set it (products set {product.id} --kg-per-box N)"
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kg_per_box", "-3", "Net kg per box: '-3' must be more than zero"),
        ("kg_per_container_20", "0", "Net kg per 20' container: '0' must be more than zero"),
        (
            "kg_per_container_40",
            "1234567890",
            "Net kg per 40' container: has 10 digits before the decimal point, but at most 9 fit",
        ),
    ],
)
def test_bad_figures_are_refused_naming_the_field(
    session: Session, field: str, value: str, message: str
) -> None:
    product = create_product(session, {"name": "Hass avocado", "kg_per_box": "10"})
    with pytest.raises(ValidationError) as caught:
        update_product(session, product.id, {field: value})
    assert str(caught.value).startswith(message)
    session.expire_all()
    assert get_product(session, product.id).kg_per_box == Decimal(10)
    assert getattr(get_product(session, product.id), field) == (
        Decimal(10) if field == "kg_per_box" else None
    )
