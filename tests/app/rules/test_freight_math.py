"""Freight per kg and insurance per Incoterms 2020's minimum cover (issue 15 point 3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.rules.freight_math import cif_from_fob, freight_per_kg, insurance_premium


def test_the_issues_worked_example_exactly() -> None:
    freight = freight_per_kg(Decimal(8000), per_container=True, payload_kg=Decimal(20000))
    assert freight == Decimal("0.4")
    built = cif_from_fob(Decimal("6.00"), freight, Decimal("0.3"))
    assert built.cfr == Decimal("6.40")
    assert built.insurance == Decimal("0.02112")
    assert built.cif == Decimal("6.42112")


def test_freight_per_kg_is_the_cost_itself() -> None:
    assert freight_per_kg(Decimal("0.35"), per_container=False, payload_kg=None) == Decimal("0.35")


def test_a_container_cost_without_payload_says_so() -> None:
    with pytest.raises(ValueError, match="payload in kg"):
        freight_per_kg(Decimal(8000), per_container=True, payload_kg=None)


def test_cover_defaults_to_110_and_can_be_raised() -> None:
    assert insurance_premium(Decimal(100), Decimal(0), Decimal(1)) == Decimal("1.1")
    assert insurance_premium(Decimal(100), Decimal(0), Decimal(1), Decimal(120)) == Decimal("1.2")
