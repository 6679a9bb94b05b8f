"""Exchange rates by date: one rate per day and ordered pair of currencies.

`rate` is what one unit of `from_currency` costs in `to_currency` on `day` (EUR->USD
1.0850: 1 EUR = 1.0850 USD). Ten decimals keep an inverted or crossed rate of the ECB's
(five or six significant digits) exact enough for any price; ten whole digits hold any
rate between currencies in use (1 EUR is some 17,000 IDR).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from sqlalchemy import CheckConstraint, Date, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Audited, Base, enum_column
from models.types import StoredNumeric, currency_code, intpk

RATE_PRECISION = 20
RATE_SCALE = 10

fx_rate = Annotated[Decimal, mapped_column(StoredNumeric(RATE_PRECISION, RATE_SCALE))]


class RateSource(StrEnum):
    MANUAL = "manual"
    """Typed in (the window's Rates dialog, `fx add`)."""
    CSV = "csv"
    """Read from a `date,from,to,rate` file."""
    ECB = "ecb"
    """The European Central Bank's reference rates (a file or `fx update`)."""
    DEMO = "demo"
    """Example rates of the demo data set: replace them with real ones."""


class FxRate(Audited, Base):
    __tablename__ = "fx_rates"
    __table_args__ = (
        UniqueConstraint("from_currency", "to_currency", "day"),
        CheckConstraint("rate > 0", name="rate_positive"),
        CheckConstraint("from_currency <> to_currency", name="two_currencies"),
    )

    id: Mapped[intpk]
    day: Mapped[date] = mapped_column(Date)
    """The day the rate is for: used from that day until a later one is entered."""
    from_currency: Mapped[currency_code]
    to_currency: Mapped[currency_code]
    rate: Mapped[fx_rate]
    """Units of to_currency for one unit of from_currency."""
    source: Mapped[RateSource] = enum_column(RateSource, default=RateSource.MANUAL)

    def __repr__(self) -> str:
        return f"<FxRate {self.day} {self.from_currency}->{self.to_currency} {self.rate}>"
