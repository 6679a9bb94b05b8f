"""Quantities and prices in any unit, to kg: pure Decimal arithmetic, no database.

The fixed conversions: 1 t = 1000 kg, 1 lb = 0.45359237 kg (exact, by definition). A box
or a carton holds the product's net kg per box; a container holds the product's net kg
per reefer container. The unit "container" does not say which size: it means the 40'
figure when the product has one, else the 20' figure (a 40' high-cube reefer is what
most fruit and seafood ship in; a product packed only for 20' has only that figure).

A conversion that needs a figure the packaging lacks raises ValueError naming the
product and the figure, and saying how to set it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.messages import translate
from models.enums import Unit

KG_PER_T = Decimal(1000)
KG_PER_LB = Decimal("0.45359237")
FIXED_KG = {Unit.KG: Decimal(1), Unit.T: KG_PER_T, Unit.LB: KG_PER_LB}
"""Units whose kg do not depend on the product."""


@dataclass(frozen=True)
class Packaging:
    """A product's packaging figures (None: not known), with the product's name and id
    for the message that says one is missing."""

    product: str = translate("Units", "the product")
    kg_per_box: Decimal | None = None
    kg_per_container_20: Decimal | None = None
    kg_per_container_40: Decimal | None = None
    product_id: int | None = None

    @property
    def kg_per_container(self) -> Decimal | None:
        """What the unit "container" holds: the 40' figure, else the 20' one."""
        if self.kg_per_container_40 is not None:
            return self.kg_per_container_40
        return self.kg_per_container_20


def kg_per_unit(unit: Unit | str, packaging: Packaging | None = None) -> Decimal:
    """The kg in one `unit` of the product, or ValueError naming what is missing."""
    unit = Unit(unit)
    if unit in FIXED_KG:
        return FIXED_KG[unit]
    packaging = packaging or Packaging()
    per_box = unit in (Unit.BOX, Unit.CARTON)
    figure = packaging.kg_per_box if per_box else packaging.kg_per_container
    if figure is None or figure <= 0:
        ident = "ID" if packaging.product_id is None else str(packaging.product_id)
        if per_box:
            message = translate(
                "Units", "{product} has no kg per box: set it (products set {id} --kg-per-box N)"
            )
        else:
            message = translate(
                "Units",
                "{product} has no kg per container: "
                "set it (products set {id} --kg-per-container N)",
            )
        raise ValueError(message.format(product=packaging.product, id=ident))
    return figure


def to_kg(quantity: Decimal, unit: Unit | str, packaging: Packaging | None = None) -> Decimal:
    """`quantity` of `unit` in kg (exact: no rounding)."""
    return quantity * kg_per_unit(unit, packaging)


def price_per_kg(price: Decimal, unit: Unit | str, packaging: Packaging | None = None) -> Decimal:
    """A price per `unit` as a price per kg (not rounded: round only to show it)."""
    return price / kg_per_unit(unit, packaging)
