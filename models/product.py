"""What is traded: avocados, cherries, prawns... with what a reefer needs to know."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from sqlalchemy import CheckConstraint, String, false
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Audited, Base, enum_column
from models.enums import Unit
from models.types import StoredNumeric, intpk, name_str, temperature

PACKAGING_PRECISION = 12
PACKAGING_SCALE = 3
"""Net kg per box or per reefer container: up to 999,999,999.999 kg, to the gram."""
packaging = Annotated[Decimal, mapped_column(StoredNumeric(PACKAGING_PRECISION, PACKAGING_SCALE))]
PACKAGING_FIELDS = ("kg_per_box", "kg_per_container_20", "kg_per_container_40")


class Product(Audited, Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint(
            "temp_min_c IS NULL OR temp_max_c IS NULL OR temp_min_c <= temp_max_c",
            name="temp_range",
        ),
        CheckConstraint("shelf_life_days IS NULL OR shelf_life_days > 0", name="shelf_life"),
        *(
            CheckConstraint(f"{field} IS NULL OR {field} > 0", name=f"{field}_positive")
            for field in PACKAGING_FIELDS
        ),
    )

    id: Mapped[intpk]
    name: Mapped[name_str]
    key: Mapped[str] = mapped_column(String(200), unique=True)
    """Folded name: one product per spelling-insensitive name."""
    category: Mapped[str | None] = mapped_column(String(80))
    hs_code: Mapped[str | None] = mapped_column(String(12))
    default_unit: Mapped[Unit] = enum_column(Unit, default=Unit.KG)
    shelf_life_days: Mapped[int | None]
    temp_min_c: Mapped[temperature | None]
    temp_max_c: Mapped[temperature | None]
    kg_per_box: Mapped[packaging | None]
    """Net kg of product in one box (or carton): what a price per box divides by."""
    kg_per_container_20: Mapped[packaging | None]
    """Net kg in a 20' reefer container."""
    kg_per_container_40: Mapped[packaging | None]
    """Net kg in a 40' reefer container (the one a plain "container" unit means when set)."""
    for_chinese_new_year: Mapped[bool] = mapped_column(server_default=false())
    """Sold for Chinese New Year (cherries): a shipment landing after it is flagged. The
    database gives new rows False (a server default, so bulk writers need not)."""

    def __repr__(self) -> str:
        return f"<Product {self.id} {self.name!r}>"

    @property
    def cold_chain(self) -> tuple[Decimal | None, Decimal | None]:
        return self.temp_min_c, self.temp_max_c
