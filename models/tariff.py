"""China import tariff rows: the duty and VAT on goods of one HS code from one origin.

`hs_code` is 6 to 10 digits (the HS heading of six, or China's 8- and 10-digit lines); a
product's code takes the row whose code is its longest prefix (app.services.tariffs). Rates
are percents (7 = 7%). A row is valid from `valid_from` until `valid_until` (inclusive;
NULL: until further notice). The rows are the user's reading of the tariff: the app checks
none against the current schedule.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from sqlalchemy import CheckConstraint, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Audited, Base, enum_column
from models.enums import TariffScheme
from models.types import StoredNumeric, country_code, intpk, short_str

RATE_PRECISION = 7
RATE_SCALE = 4
HS_MIN_DIGITS = 6
HS_MAX_DIGITS = 10

percent = Annotated[Decimal, mapped_column(StoredNumeric(RATE_PRECISION, RATE_SCALE))]


class Tariff(Audited, Base):
    __tablename__ = "tariffs"
    __table_args__ = (
        CheckConstraint("duty_rate >= 0 AND duty_rate <= 100", name="duty_rate_percent"),
        CheckConstraint("vat_rate >= 0 AND vat_rate <= 100", name="vat_rate_percent"),
        CheckConstraint(
            "valid_until IS NULL OR valid_until >= valid_from", name="valid_until_after_from"
        ),
    )

    id: Mapped[intpk]
    hs_code: Mapped[str] = mapped_column(String(HS_MAX_DIGITS), index=True)
    """Digits only, 6 to 10 (0804.40 is stored 080440)."""
    origin: Mapped[country_code]
    """ISO 3166-1 alpha-2 country of origin."""
    duty_rate: Mapped[percent]
    scheme: Mapped[TariffScheme] = enum_column(TariffScheme, default=TariffScheme.MFN)
    vat_rate: Mapped[percent]
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    source: Mapped[short_str | None]
    """Where the row was read (a tariff schedule's name and year)."""
    notes: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"<Tariff {self.hs_code} from {self.origin} {self.duty_rate}% {self.scheme}>"
