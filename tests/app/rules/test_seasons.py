from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.rules.seasons import (
    CHINESE_NEW_YEAR,
    CNY_LATE,
    TRANSIT_TOO_LONG,
    SeasonFacts,
    chinese_new_year,
    chinese_new_year_after,
    months_between,
    parse_months,
    shipment_flags,
)

CHERRIES = SeasonFacts(for_chinese_new_year=True, shelf_life_days=45, margin_days=5)
AVOCADO = SeasonFacts(for_chinese_new_year=False, shelf_life_days=35, margin_days=5)


def test_the_table_covers_2025_to_2035_with_the_first_lunar_day() -> None:
    assert sorted(CHINESE_NEW_YEAR) == list(range(2025, 2036))
    assert chinese_new_year(2025) == date(2025, 1, 29)
    assert chinese_new_year(2026) == date(2026, 2, 17)
    assert chinese_new_year(2027) == date(2027, 2, 6)
    assert chinese_new_year(2028) == date(2028, 1, 26)
    assert chinese_new_year(2031) == date(2031, 1, 23)
    assert chinese_new_year(2034) == date(2034, 2, 19)
    assert chinese_new_year(2035) == date(2035, 2, 8)
    assert chinese_new_year(2024) is None
    # Always between 21 January and 20 February, as a lunisolar new year must be.
    for year, day in CHINESE_NEW_YEAR.items():
        assert day.year == year
        assert date(year, 1, 21) <= day <= date(year, 2, 20)
        # Twelve or thirteen lunar months apart: 354-355 or 383-385 days.
        following = CHINESE_NEW_YEAR.get(year + 1)
        if following is not None:
            assert (following - day).days in {353, 354, 355, 383, 384, 385}


def test_the_next_chinese_new_year_on_or_after_a_day() -> None:
    assert chinese_new_year_after(date(2026, 12, 1)) == date(2027, 2, 6)
    assert chinese_new_year_after(date(2027, 2, 6)) == date(2027, 2, 6)
    assert chinese_new_year_after(date(2027, 2, 7)) == date(2028, 1, 26)
    assert chinese_new_year_after(date(2027, 1, 10)) == date(2027, 2, 6)
    assert chinese_new_year_after(date(2035, 3, 1)) is None


def test_a_cny_product_landing_after_the_festival_it_aims_at_is_flagged() -> None:
    flags = shipment_flags(CHERRIES, date(2027, 1, 5), date(2027, 2, 10))
    assert [f.code for f in flags] == [CNY_LATE]
    assert flags[0].reason == "ETA 2027-02-10 is after Chinese New Year (2027-02-06)"


def test_landing_before_or_on_the_day_is_not_flagged() -> None:
    assert shipment_flags(CHERRIES, date(2027, 1, 2), date(2027, 2, 1)) == []
    assert shipment_flags(CHERRIES, date(2027, 1, 2), date(2027, 2, 6)) == []


def test_a_shipment_leaving_after_the_festival_aims_at_the_next_one() -> None:
    # Leaves 10 Feb 2027, after that year's festival: it aims at 26 Jan 2028.
    assert shipment_flags(CHERRIES, date(2027, 2, 10), date(2027, 3, 1)) == []


def test_a_product_not_for_chinese_new_year_is_never_cny_late() -> None:
    flags = shipment_flags(AVOCADO, date(2027, 1, 20), date(2027, 2, 10))
    assert CNY_LATE not in [f.code for f in flags]


def test_a_transit_longer_than_shelf_life_minus_margin_is_flagged_the_boundary_not() -> None:
    etd = date(2027, 1, 1)
    assert shipment_flags(AVOCADO, etd, etd + timedelta(days=30)) == []  # 35 - 5: just fits
    flags = shipment_flags(AVOCADO, etd, etd + timedelta(days=31))
    assert [f.code for f in flags] == [TRANSIT_TOO_LONG]
    assert flags[0].reason == (
        "transit 31 days exceeds the shelf life 35 days minus 5 days' margin"
    )
    longer = shipment_flags(
        SeasonFacts(shelf_life_days=35, margin_days=5), etd, etd + timedelta(days=38)
    )
    assert longer[0].reason == (
        "transit 38 days exceeds the shelf life 35 days minus 5 days' margin"
    )


def test_both_flags_and_none_without_dates_or_shelf_life() -> None:
    both = shipment_flags(SeasonFacts(True, 35, 5), date(2027, 1, 1), date(2027, 2, 10))
    assert [f.code for f in both] == [CNY_LATE, TRANSIT_TOO_LONG]
    assert shipment_flags(CHERRIES, None, date(2027, 3, 1)) == []
    assert shipment_flags(CHERRIES, date(2027, 1, 1), None) == []
    assert shipment_flags(SeasonFacts(), date(2027, 1, 1), date(2028, 1, 1)) == []


def test_the_months_a_span_touches_in_a_year() -> None:
    assert months_between(date(2026, 11, 20), date(2027, 2, 3), 2026) == [11, 12]
    assert months_between(date(2026, 11, 20), date(2027, 2, 3), 2027) == [1, 2]
    assert months_between(date(2025, 1, 1), date(2028, 1, 1), 2027) == list(range(1, 13))
    assert months_between(date(2027, 5, 5), date(2027, 5, 5), 2027) == [5]
    assert months_between(date(2027, 5, 5), date(2027, 6, 5), 2028) == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Nov-Feb", [11, 12, 1, 2]),
        ("dic-ene", [12, 1]),
        ("1-12", list(range(1, 13))),
        ("Oct-Dec, Feb-Apr", [10, 11, 12, 2, 3, 4]),
        ("8", [8]),
        ("setiembre..noviembre", [9, 10, 11]),
    ],
)
def test_months_read_from_words(text: str, months: list[int]) -> None:
    assert parse_months(text) == months


@pytest.mark.parametrize("text", ["", "13", "Nov-Feb-Mar", "Brumaire"])
def test_months_not_understood_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="month"):
        parse_months(text)
