"""China duty and VAT on the CIF value: the issue's worked example, exactly (issue 15 point 4)."""

from __future__ import annotations

from decimal import Decimal

from app.rules.china_import import duty_and_vat

CIF_CNY_PER_KG = Decimal("45.5900")


def test_duty_free_fruit_pays_vat_on_cif_only() -> None:
    result = duty_and_vat(CIF_CNY_PER_KG, Decimal(0), Decimal(9))
    assert result.duty == 0
    assert result.vat == Decimal("4.1031")
    assert result.total == Decimal("4.1031")


def test_vat_is_charged_on_cif_plus_duty() -> None:
    result = duty_and_vat(CIF_CNY_PER_KG, Decimal(7), Decimal(9))
    assert result.customs_value == CIF_CNY_PER_KG
    assert result.duty == Decimal("3.1913")
    assert result.vat == Decimal("4.390317")  # 9% of 48.7813, not rounded inside
    assert round(result.vat, 4) == Decimal("4.3903")
    assert CIF_CNY_PER_KG + result.total == Decimal("53.171617")
