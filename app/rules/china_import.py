"""China's import duty and VAT on a customs value: pure Decimal arithmetic, no rounding.

The customs value is the CIF value (cost, insurance and freight to the Chinese port).
Duty is the duty rate times CIF; VAT is the VAT rate times CIF plus duty. Rates are
percents (7 = 7%), as stored in models.tariff. Rounding is for display only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class DutyAndVat:
    customs_value: Decimal
    """CIF."""
    duty: Decimal
    vat: Decimal

    @property
    def total(self) -> Decimal:
        """Duty plus VAT: what clearing the goods costs on top of CIF."""
        return self.duty + self.vat


def duty_and_vat(cif: Decimal, duty_rate: Decimal, vat_rate: Decimal) -> DutyAndVat:
    """Duty = duty_rate% x CIF; VAT = vat_rate% x (CIF + duty)."""
    duty = cif * duty_rate / HUNDRED
    vat = (cif + duty) * vat_rate / HUNDRED
    return DutyAndVat(cif, duty, vat)
