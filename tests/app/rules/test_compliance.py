"""A registration's state on a day, its days left, what it covers and its season."""

from __future__ import annotations

from datetime import date

import pytest

from app.rules.compliance import covers, days_left, parse_season, status_of
from models.enums import ComplianceStatus

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("status", "issued", "until", "expected"),
    [
        (None, None, date(2026, 12, 6), ComplianceStatus.EXPIRED),
        (None, None, TODAY, ComplianceStatus.ACTIVE),  # its last day still counts
        (None, date(2026, 12, 8), date(2027, 6, 30), ComplianceStatus.PENDING),
        (None, TODAY, date(2027, 6, 30), ComplianceStatus.ACTIVE),
        (None, None, None, ComplianceStatus.ACTIVE),
        (ComplianceStatus.SUSPENDED, None, date(2027, 6, 30), ComplianceStatus.SUSPENDED),
        (ComplianceStatus.ACTIVE, None, date(2026, 1, 1), ComplianceStatus.ACTIVE),  # by hand
        (ComplianceStatus.PENDING, None, None, ComplianceStatus.PENDING),
    ],
)
def test_status_set_by_hand_wins_else_the_dates_decide(
    status: ComplianceStatus | None,
    issued: date | None,
    until: date | None,
    expected: ComplianceStatus,
) -> None:
    assert status_of(status, issued, until, TODAY) is expected


def test_days_left_is_negative_once_expired() -> None:
    assert days_left(date(2026, 12, 31), TODAY) == 24
    assert days_left(TODAY, TODAY) == 0
    assert days_left(date(2026, 11, 25), TODAY) == -12
    assert days_left(None, TODAY) is None


def test_no_products_covers_the_whole_range() -> None:
    assert covers([], 7)
    assert covers([3, 7], 7)
    assert not covers([3], 7)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-27", "2026-27"),
        ("2026/27", "2026-27"),
        ("2026-2027", "2026-27"),
        ("2099-00", "2099-00"),
    ],
)
def test_season_reads_both_years(typed: str, stored: str) -> None:
    assert parse_season(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2026-28", "the second year must follow the first (2026-27)"),
        ("2026", "is not a season like 2026-27"),
        ("26-27", "is not a season like 2026-27"),
    ],
)
def test_season_refused(typed: str, reason: str) -> None:
    with pytest.raises(ValueError, match=r"\(?" + reason.replace("(", r"\(").replace(")", r"\)")):
        parse_season(typed)
