"""The stored exchange rates, listed (newest first) and as plain dicts for `--json`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.serialize import plain
from models import FxRate


def list_rates(
    session: Session,
    *,
    from_currency: str | None = None,
    to_currency: str | None = None,
    limit: int = 200,
) -> list[FxRate]:
    query = select(FxRate).order_by(FxRate.day.desc(), FxRate.from_currency, FxRate.to_currency)
    if from_currency is not None:
        query = query.where(FxRate.from_currency == from_currency)
    if to_currency is not None:
        query = query.where(FxRate.to_currency == to_currency)
    return list(session.scalars(query.limit(limit)))


def exact_text(number: Decimal) -> str:
    """Every digit that counts, none that does not: 7.1000000000 -> '7.1', 1E+2 -> '100'."""
    return format(number.normalize(), "f")


def rate_dict(rate: FxRate) -> dict[str, Any]:
    return {
        "id": rate.id,
        "date": rate.day.isoformat(),
        "from": rate.from_currency,
        "to": rate.to_currency,
        "rate": exact_text(rate.rate),
        "source": plain(rate.source),
        "updated_at": plain(rate.updated_at),
        "updated_by": rate.updated_by,
    }
