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


MONEY_SCALE = 4
"""Prices carry four decimals: 2.4550 USD/kg is a real quote; sums round to cents on show."""

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
money = Annotated[Decimal, mapped_column(Numeric(18, MONEY_SCALE))]
quantity = Annotated[Decimal, mapped_column(Numeric(18, 3))]
temperature = Annotated[Decimal, mapped_column(Numeric(5, 1))]
timestamp = Annotated[datetime, mapped_column(UTCDateTime())]
enum_str = Annotated[str, mapped_column(String(30))]
