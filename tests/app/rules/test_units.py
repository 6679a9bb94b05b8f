"""Quantities and prices to kg through a product's packaging (issue 15 point 2)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.rules.units import Packaging, kg_per_unit, price_per_kg, to_kg
from models.enums import Unit

FULL = Packaging("Hass avocado", Decimal(10), Decimal(18000), Decimal(24000), product_id=4)


@pytest.mark.parametrize(
    ("unit", "kg"),
    [
        (Unit.KG, Decimal(1)),
        (Unit.T, Decimal(1000)),
        (Unit.LB, Decimal("0.45359237")),
        (Unit.BOX, Decimal(10)),
        (Unit.CARTON, Decimal(10)),
        (Unit.CONTAINER, Decimal(24000)),
    ],
)
def test_every_unit_converts_to_kg(unit: Unit, kg: Decimal) -> None:
    assert kg_per_unit(unit, FULL) == kg
    assert to_kg(Decimal(3), unit, FULL) == 3 * kg
    assert price_per_kg(Decimal(6) * kg, unit, FULL) == Decimal(6)


def test_exact_decimal_figures() -> None:
    assert to_kg(Decimal(100), "lb") == Decimal("45.359237000")
    assert price_per_kg(Decimal("418.00"), "box", FULL) == Decimal("41.8")
    assert price_per_kg(Decimal("2450"), Unit.T) == Decimal("2.45")


def test_container_means_40_foot_else_20_foot() -> None:
    only_20 = Packaging("Bing cherries", kg_per_container_20=Decimal(12000))
    assert to_kg(Decimal(2), Unit.CONTAINER, only_20) == Decimal(24000)
    assert to_kg(Decimal(1), Unit.CONTAINER, FULL) == Decimal(24000)


def test_fixed_units_need_no_packaging() -> None:
    assert to_kg(Decimal(2), Unit.T, None) == Decimal(2000)


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        (Unit.BOX, "Hass avocado has no kg per box: set it (products set 4 --kg-per-box N)"),
        (Unit.CARTON, "Hass avocado has no kg per box: set it (products set 4 --kg-per-box N)"),
        (
            Unit.CONTAINER,
            "Hass avocado has no kg per container: set it (products set 4 --kg-per-container N)",
        ),
    ],
)
def test_missing_packaging_is_named(unit: Unit, message: str) -> None:
    bare = Packaging("Hass avocado", product_id=4)
    with pytest.raises(ValueError, match=r"^Hass avocado has no kg per ") as caught:
        to_kg(Decimal(1), unit, bare)
    assert str(caught.value) == message
    with pytest.raises(ValueError, match="no kg per"):
        price_per_kg(Decimal(1), unit, bare)


def test_unknown_unit_is_refused() -> None:
    with pytest.raises(ValueError, match="pallet"):
        to_kg(Decimal(1), "pallet")
