"""The stored tariff rows, listed (by HS code and origin) and as plain dicts for `--json`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.fx_rates import exact_text
from models import Tariff


def list_tariffs(session: Session, *, origin: str | None = None, limit: int = 500) -> list[Tariff]:
    query = select(Tariff).order_by(Tariff.hs_code, Tariff.origin, Tariff.valid_from.desc())
    if origin is not None:
        query = query.where(Tariff.origin == origin)
    return list(session.scalars(query.limit(limit)))


def tariff_dict(tariff: Tariff) -> dict[str, Any]:
    """A row as plain values for `--json` (rates as exact decimal strings)."""
    return {
        "id": tariff.id,
        "hs_code": tariff.hs_code,
        "origin": tariff.origin,
        "duty_rate": exact_text(tariff.duty_rate),
        "scheme": tariff.scheme.value,
        "vat_rate": exact_text(tariff.vat_rate),
        "valid_from": tariff.valid_from.isoformat(),
        "valid_until": None if tariff.valid_until is None else tariff.valid_until.isoformat(),
        "source": tariff.source,
        "notes": tariff.notes,
    }
