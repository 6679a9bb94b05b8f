"""Column types shared by every table, as `Annotated` aliases (SQLAlchemy 2 typed ORM)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import CHAR, Dialect, Numeric, String, Text
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import DateTime, TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite has no time zones: the value is stored as naive UTC and handed back aware,
    so application code never compares naive and aware datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


def utcnow() -> datetime:
    return datetime.now(UTC)


class StoredNumeric(Numeric[Decimal]):
    """NUMERIC(precision, scale) read back as a Decimal whatever a row holds.

    PostgreSQL refuses a value past the declared digits; SQLite stores it (as REAL: a price
    of 10^32 written before the app checked limits reads 1e+32). On SQLite such a row is
    handed back as the number it holds (Decimal('1E+32'), not 1000...05366162204393472)
    instead of breaking the read; a value SQLite keeps as text is read if it is a number
    (None if it is not). Values within the declared digits read exactly as Numeric reads
    them; PostgreSQL reads through Numeric's own reader.
    """

    @property
    def whole_digits(self) -> int:
        """Digits a value may have before the decimal point."""
        assert self.precision is not None
        assert self.scale is not None
        return self.precision - self.scale

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        if dialect.name != "sqlite" or self.precision is None or self.scale is None:
            # PostgreSQL; or an expression's type (price * 100), copied without its digits
            return super().result_processor(dialect, coltype)  # type: ignore[no-untyped-call]
        places = f".{self.scale}f"
        outside = 10.0**self.whole_digits

        def process(value: Any) -> Decimal | None:
            if value is None:
                return None
            if isinstance(value, str):
                try:
                    number = Decimal(value.strip())
                except ArithmeticError:
                    return None
                return number if number.is_finite() else None
            if isinstance(value, float) and abs(value) >= outside:
                return Decimal(repr(value))  # as stored: 1e+32
            return Decimal(format(value, places))  # what Numeric's own reader returns

        return process


MONEY_PRECISION = 18
MONEY_SCALE = 4
"""Prices carry four decimals: 2.4550 USD/kg is a real quote; sums round to cents on show."""
QUANTITY_PRECISION = 18
QUANTITY_SCALE = 3
TEMPERATURE_PRECISION = 5
TEMPERATURE_SCALE = 1
INTEGER_MIN = -(2**31)
INTEGER_MAX = 2**31 - 1
"""The range of an INTEGER column on PostgreSQL (SQLite's is wider): ids, counts, days."""

intpk = Annotated[int, mapped_column(primary_key=True)]
name_str = Annotated[str, mapped_column(String(200))]
short_str = Annotated[str, mapped_column(String(80))]
long_text = Annotated[str, mapped_column(Text)]
country_code = Annotated[str, mapped_column(CHAR(2))]
"""ISO 3166-1 alpha-2."""
currency_code = Annotated[str, mapped_column(CHAR(3))]
"""ISO 4217."""
phone_e164 = Annotated[str, mapped_column(String(20))]
email_str = Annotated[str, mapped_column(String(254))]
money = Annotated[Decimal, mapped_column(StoredNumeric(MONEY_PRECISION, MONEY_SCALE))]
quantity = Annotated[Decimal, mapped_column(StoredNumeric(QUANTITY_PRECISION, QUANTITY_SCALE))]
temperature = Annotated[
    Decimal, mapped_column(StoredNumeric(TEMPERATURE_PRECISION, TEMPERATURE_SCALE))
]
timestamp = Annotated[datetime, mapped_column(UTCDateTime())]
enum_str = Annotated[str, mapped_column(String(30))]
