"""The stored tariff rows, listed (by HS code and origin) and as plain dicts for `--json`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.fx_rates import exact_text
from app.rules import countries
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


def hs_shown(code: str | None) -> str:
    """An HS code as the tariff prints it: '080440' -> '0804.40', '08044000' -> '0804.4000',
    '0804400010' -> '0804.4000.10' (stored digits only)."""
    if not code:
        return ""
    if len(code) <= 4:
        return code
    head, rest = code[:4], code[4:]
    return f"{head}.{rest[:4]}" + (f".{rest[4:]}" if len(rest) > 4 else "")


def tariff_row(tariff: Tariff) -> dict[str, Any]:
    """tariff_dict with the HS code as printed and the origin's country name."""
    return {
        **tariff_dict(tariff),
        "hs_shown": hs_shown(tariff.hs_code),
        "origin_name": countries.name(tariff.origin),
    }


def tariff_rows(session: Session, *, limit: int = 500) -> list[dict[str, Any]]:
    """The rows File > Tariffs shows, in one query (see tariff_row)."""
    return [tariff_row(t) for t in list_tariffs(session, limit=limit)]
