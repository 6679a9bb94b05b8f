"""Season rules: Chinese New Year's dates, and what makes a shipment late for its season.

Cherries (and whatever else a team marks `for_chinese_new_year`) are bought to be sold for
Chinese New Year: a container that lands after the festival it was meant for sells at a
loss. Fresh fruit also has a shelf life: a transit (ETA - ETD) that leaves less than a
safety margin of it leaves no time to clear customs and sell.

CHINESE_NEW_YEAR is the first day of the first lunar month, 2025-2035, as the Chinese
calendar published in China gives it. Checked against three tables that agree on every
year: topmarks.co.uk "When is Chinese New Year?" (2024-2035), excelnotes.com "Chinese New
Year" (2022-2033) and chinahighlights.com "Chinese New Year Dates" (2018-2030). (A table
on 4to40.com gives 7 Feb 2027 and 27 Jan 2028, a day late: the new moon falls on the
6th / 26th in China's time zone, UTC+8, and on the evening before in Europe.)

Pure: no database, no Qt. app.queries.seasons reads what the flags need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.messages import translate

CHINESE_NEW_YEAR: dict[int, date] = {
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}
"""Year -> the first day of the lunar new year (Spring Festival) that year."""

FIRST_YEAR = min(CHINESE_NEW_YEAR)
LAST_YEAR = max(CHINESE_NEW_YEAR)

DEFAULT_SHELF_LIFE_MARGIN_DAYS = 5
"""Days of shelf life a transit must leave (the setting shelf_life_margin_days)."""

CNY_LATE = "cny_late"
TRANSIT_TOO_LONG = "transit_too_long"

MONTHS = range(1, 13)


def chinese_new_year(year: int) -> date | None:
    """Chinese New Year in `year`, or None outside the years the table holds."""
    return CHINESE_NEW_YEAR.get(year)


def chinese_new_year_after(day: date) -> date | None:
    """The first Chinese New Year on or after `day`: the one a shipment leaving that day
    aims at. None past the table's last year."""
    for year in (day.year, day.year + 1):
        festival = CHINESE_NEW_YEAR.get(year)
        if festival is not None and festival >= day:
            return festival
    return None


@dataclass(frozen=True)
class ShipmentFlag:
    """Something wrong with a shipment's timing, and why, in words a user reads."""

    code: str
    """CNY_LATE or TRANSIT_TOO_LONG."""
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "reason": self.reason}


@dataclass(frozen=True)
class SeasonFacts:
    """What the flags of a shipment depend on besides its dates: its product's."""

    for_chinese_new_year: bool = False
    shelf_life_days: int | None = None
    margin_days: int = DEFAULT_SHELF_LIFE_MARGIN_DAYS


def shipment_flags(facts: SeasonFacts, etd: date | None, eta: date | None) -> list[ShipmentFlag]:
    """The flags of a shipment leaving on `etd` and arriving on `eta` (none without both):

    - cny_late: the product is for Chinese New Year and the ETA falls after the Chinese
      New Year the shipment aims at (the first on or after its ETD);
    - transit_too_long: ETA - ETD is more than the shelf life minus the margin."""
    if etd is None or eta is None:
        return []
    flags: list[ShipmentFlag] = []
    if facts.for_chinese_new_year:
        target = chinese_new_year_after(etd)
        if target is not None and eta > target:
            flags.append(
                ShipmentFlag(
                    CNY_LATE,
                    translate("Seasons", "ETA {eta} is after Chinese New Year ({festival})").format(
                        eta=eta.isoformat(), festival=target.isoformat()
                    ),
                )
            )
    if facts.shelf_life_days is not None:
        transit = (eta - etd).days
        allowed = facts.shelf_life_days - facts.margin_days
        if transit > allowed:
            flags.append(
                ShipmentFlag(
                    TRANSIT_TOO_LONG,
                    translate(
                        "Seasons",
                        "transit {transit} days exceeds the shelf life {shelf_life} days "
                        "minus {margin} days' margin",
                    ).format(
                        transit=transit,
                        shelf_life=facts.shelf_life_days,
                        margin=facts.margin_days,
                    ),
                )
            )
    return flags


def months_between(start: date, end: date, year: int) -> list[int]:
    """The months (1-12) of `year` that the days `start`..`end` touch (none when the span
    misses the year; a reversed span counts as its one start day)."""
    end = max(start, end)
    first, last = date(year, 1, 1), date(year, 12, 31)
    if end < first or start > last:
        return []
    low = start.month if start >= first else 1
    high = end.month if end <= last else 12
    return list(range(low, high + 1))


def parse_months(text: str) -> list[int]:
    """'Nov-Feb', '11-2', 'dec,jan', '1..12': the months named, a range wrapping the new
    year ('Nov-Feb' is 11, 12, 1, 2). ValueError naming what was not understood."""
    months: list[int] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        bounds = [b.strip() for b in part.replace("..", "-").split("-")]
        if len(bounds) > 2:
            raise ValueError(
                translate("Validation", "{value} is not a month or a range of months").format(
                    value=repr(part)
                )
            )
        low = _month(bounds[0])
        high = _month(bounds[-1])
        span = range(low, high + 1) if low <= high else [*range(low, 13), *range(1, high + 1)]
        months.extend(m for m in span if m not in months)
    if not months:
        raise ValueError(translate("Validation", "no month given"))
    return months


_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "ene", "january", "enero"),
            ("feb", "february", "febrero", "fev"),
            ("mar", "march", "marzo"),
            ("apr", "abr", "april", "abril"),
            ("may", "mayo", "mai"),
            ("jun", "june", "junio"),
            ("jul", "july", "julio"),
            ("aug", "ago", "august", "agosto"),
            ("sep", "sept", "set", "september", "septiembre", "setiembre"),
            ("oct", "out", "october", "octubre"),
            ("nov", "november", "noviembre"),
            ("dec", "dic", "dez", "december", "diciembre"),
        ),
        start=1,
    )
    for name in names
}


def _month(word: str) -> int:
    folded = word.strip().lower().rstrip(".")
    if folded.isdigit() and 1 <= int(folded) <= 12:
        return int(folded)
    number = _MONTH_NAMES.get(folded)
    if number is None:
        raise ValueError(
            translate("Validation", "{value} is not a month (1-12 or Jan..Dec)").format(
                value=repr(word.strip())
            )
        )
    return number
