"""Main freight and cargo insurance per kg: pure Decimal arithmetic, no rounding.

Freight per kg is the route's cost per kg, or its cost per container over the kg a
container carries. Insurance follows Incoterms 2020's minimum cover: the premium is the
rate (percent) times the cover (percent, 110 by default) times cost plus freight (CFR).
Rounding is for display only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.messages import translate

HUNDRED = Decimal(100)
DEFAULT_COVER = Decimal(110)


def freight_per_kg(cost: Decimal, *, per_container: bool, payload_kg: Decimal | None) -> Decimal:
    """`cost` per kg; per container it is divided by the container's payload (kg > 0)."""
    if not per_container:
        return cost
    if payload_kg is None or payload_kg <= 0:
        raise ValueError(
            translate("Landed", "a freight cost per container needs the container's payload in kg")
        )
    return cost / payload_kg


def insurance_premium(
    cost: Decimal, freight: Decimal, rate: Decimal, cover: Decimal = DEFAULT_COVER
) -> Decimal:
    """rate% x cover% x (cost + freight)."""
    return rate / HUNDRED * cover / HUNDRED * (cost + freight)


@dataclass(frozen=True)
class CifBuildUp:
    """An FOB cost per kg carried to CIF (all per kg, in one currency)."""

    fob: Decimal
    freight: Decimal
    insurance: Decimal

    @property
    def cfr(self) -> Decimal:
        return self.fob + self.freight

    @property
    def cif(self) -> Decimal:
        return self.cfr + self.insurance


def cif_from_fob(
    fob: Decimal, freight: Decimal, rate: Decimal, cover: Decimal = DEFAULT_COVER
) -> CifBuildUp:
    """FOB per kg plus freight per kg, insured at rate% on cover% of CFR."""
    return CifBuildUp(fob, freight, insurance_premium(fob, freight, rate, cover))
