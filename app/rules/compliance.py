"""A registration's or certificate's state on a day, and what it covers (pure: no database).

The status stored on a row is one set by hand (pending while the authority decides,
suspended by it); NULL means "read it from the dates": expired once `valid_until` has
passed, pending before `issued_on`, active otherwise. A row with no products covers the
supplier's whole range. app.queries.compliance writes the same rule in SQL
(`status_case`); tests/app/rules/test_compliance.py holds the two together.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from app.messages import translate
from models.enums import ComplianceStatus

_SEASON = re.compile(r"(\d{4})\s*[-/–]\s*(\d{2}|\d{4})")


def status_of(
    status: ComplianceStatus | None,
    issued_on: date | None,
    valid_until: date | None,
    today: date,
) -> ComplianceStatus:
    """The row's state on `today`: a status set by hand wins; else expired when valid
    until a day before today, pending when issued after today, else active."""
    if status is not None:
        return status
    if valid_until is not None and valid_until < today:
        return ComplianceStatus.EXPIRED
    if issued_on is not None and issued_on > today:
        return ComplianceStatus.PENDING
    return ComplianceStatus.ACTIVE


def days_left(valid_until: date | None, today: date) -> int | None:
    """Days from `today` to `valid_until` (0: its last day; negative: expired); None when
    the row has no end date."""
    return None if valid_until is None else (valid_until - today).days


def covers(product_ids: Collection[int], product_id: int) -> bool:
    """Whether a row listing `product_ids` covers `product_id` (none listed: everything)."""
    return not product_ids or product_id in product_ids


def parse_season(value: object) -> str:
    """'2026-27', '2026/27', '2026-2027' -> '2026-27': the second year must be the next
    one (a season spans one southern summer); ValueError otherwise."""
    text = str(value).strip()
    match = _SEASON.fullmatch(text)
    if match is None:
        raise ValueError(
            translate("Validation", "{value} is not a season like 2026-27").format(value=repr(text))
        )
    first, second = int(match[1]), match[2]
    following = (first + 1) % 100 if len(second) == 2 else first + 1
    if int(second) != following:
        raise ValueError(
            translate(
                "Validation", "{value}: the second year must follow the first ({season})"
            ).format(value=repr(text), season=f"{first}-{(first + 1) % 100:02d}")
        )
    return f"{first}-{(first + 1) % 100:02d}"
