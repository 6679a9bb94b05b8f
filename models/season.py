"""Season calendar: the months a product ships from an origin.

One row per product, origin country and month it ships in, with its level (shipping, or
peak). A month without a row is out of season. Chinese New Year's dates are rules, not
data (app.rules.seasons).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, SmallInteger, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Audited, Base, enum_column
from models.enums import SeasonLevel
from models.types import country_code, intpk


class SeasonWindow(Audited, Base):
    __tablename__ = "season_windows"
    __table_args__ = (
        UniqueConstraint("product_id", "origin", "month"),
        CheckConstraint("month >= 1 AND month <= 12", name="month_of_year"),
    )

    id: Mapped[intpk]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    origin: Mapped[country_code]
    """ISO 3166-1 alpha-2 country the product ships from."""
    month: Mapped[int] = mapped_column(SmallInteger)
    level: Mapped[SeasonLevel] = enum_column(SeasonLevel, default=SeasonLevel.SHIPPING)

    def __repr__(self) -> str:
        return f"<SeasonWindow product {self.product_id} {self.origin} {self.month} {self.level}>"
