"""What is traded: avocados, cherries, prawns... with what a reefer needs to know."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Audited, Base, enum_column
from models.enums import Unit
from models.types import intpk, name_str, temperature


class Product(Audited, Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint(
            "temp_min_c IS NULL OR temp_max_c IS NULL OR temp_min_c <= temp_max_c",
            name="temp_range",
        ),
        CheckConstraint("shelf_life_days IS NULL OR shelf_life_days > 0", name="shelf_life"),
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

    def __repr__(self) -> str:
        return f"<Product {self.id} {self.name!r}>"

    @property
    def cold_chain(self) -> tuple[Decimal | None, Decimal | None]:
        return self.temp_min_c, self.temp_max_c
