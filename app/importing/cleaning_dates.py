"""Dates in imported cells: the column's date order, Excel serial numbers, month names.

'12/05/2025' is 12 May in Santiago and December 5 in Miami. The order is decided once
per column: a first part above 12 proves day-month-year, a second part above 12 proves
month-day-year. When nothing proves either, or both are proved (a column mixing the
two), a value that reads both ways is refused (CellError.ambiguous), never guessed; the
values that read one way only are still taken.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Literal

from app.importing.cleaning_numbers import PLACEHOLDERS, CellError, number_text, tidy
from app.importing.source import CellValue
from app.messages import translate
from app.rules.parsing import MONTHS, parse_date
from models.text import fold

DateOrder = Literal["dmy", "mdy", "ymd"]

EARLIEST = date(1990, 1, 1)
LATEST = date(2100, 12, 31)
"""A date serial outside these years is a number that landed in a date column."""

_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[tT ]+\d{1,2}:\d{2}.*)?")
_SERIAL = re.compile(r"\d{1,8}(?:\.\d+)?")
_COMPACT = re.compile(r"(19|20)(\d{2})(\d{2})(\d{2})")  # 20250512
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_NO_DAY_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{4})")
_NO_DAY_WORD = re.compile(r"([a-z]+)\.?(?:\s+(?:de|del))?[\s\-/.,]+(\d{2}|\d{4})")
_MONTH_NAMES = (
    translate("Importing", "January"),
    translate("Importing", "February"),
    translate("Importing", "March"),
    translate("Importing", "April"),
    translate("Importing", "May"),
    translate("Importing", "June"),
    translate("Importing", "July"),
    translate("Importing", "August"),
    translate("Importing", "September"),
    translate("Importing", "October"),
    translate("Importing", "November"),
    translate("Importing", "December"),
)
_EPOCH_1900 = date(1899, 12, 30)  # serial 61 is 1 March 1900: Excel counts a 29 Feb 1900
_EPOCH_1904 = date(1904, 1, 1)
_LAST_SERIAL = 2958465  # 9999-12-31
_SERIALS = {
    date1904: ((EARLIEST - epoch).days, (LATEST - epoch).days)
    for date1904, epoch in ((False, _EPOCH_1900), (True, _EPOCH_1904))
}
"""The serials of EARLIEST and LATEST in each date system."""


def date_evidence(values: Iterable[CellValue]) -> tuple[int, int]:
    """How many distinct dd/mm/yyyy-shaped texts prove day-first and month-first."""
    day_first = month_first = 0
    seen: set[str] = set()
    for value in values:
        if type(value) is not str or value in seen:
            continue
        seen.add(value)
        match = _NUMERIC.fullmatch(value.strip())
        if match is None:
            continue
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return day_first, month_first


def detect_date_order(values: Iterable[CellValue]) -> Literal["dmy", "mdy"] | None:
    """'dmy' or 'mdy' when the column's values prove one order and not the other; None
    when none proves anything or both orders are proved."""
    day_first, month_first = date_evidence(values)
    if day_first and not month_first:
        return "dmy"
    if month_first and not day_first:
        return "mdy"
    return None


def from_serial(serial: float, date1904: bool) -> date:
    """The day an Excel serial number stands for, within 1990-2100."""
    days = math.floor(serial)
    epoch = _EPOCH_1904 if date1904 else _EPOCH_1900
    if _SERIALS[date1904][0] <= days <= _SERIALS[date1904][1]:
        return epoch + timedelta(days)
    shown = number_text(float(serial))
    if not 1 <= days <= _LAST_SERIAL:
        raise CellError(
            translate("Importing", "{value} is a number, not a date").format(value=repr(shown))
        )
    if not date1904 and days == 60:
        raise CellError(
            translate(
                "Importing", "{value} is 29 February 1900 in Excel, a day that never existed"
            ).format(value=repr(shown))
        )
    if not date1904 and days < 60:
        days += 1  # before Excel's phantom 29 February 1900
    day = epoch + timedelta(days)
    raise CellError(
        translate(
            "Importing",
            "{value} is a number, not a date (as an Excel date it would be {day}, outside "
            "{earliest}-{latest})",
        ).format(value=repr(shown), day=day.isoformat(), earliest=EARLIEST.year, latest=LATEST.year)
    )


class DateReader:
    """Reads the dates of one column in its order (None: undecided)."""

    def __init__(self, order: DateOrder | None, date1904: bool, *, mixed: bool = False) -> None:
        self.order = order
        self.date1904 = date1904
        self.mixed = mixed
        """Both orders were proved by the column's values."""

    def read(self, raw: CellValue) -> date | None:
        if isinstance(raw, str):
            return self._text(raw)
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        if isinstance(raw, bool | time) or raw is None:
            raise CellError(
                translate("Importing", "{value} is not a date").format(value=repr(str(raw)))
            )
        return from_serial(raw, self.date1904)

    def _text(self, raw: str) -> date | None:
        text = tidy(raw)
        if not text or text.lower() in PLACEHOLDERS:
            return None
        if match := _NUMERIC.fullmatch(text):
            return self._numeric(text, match)
        if _SERIAL.fullmatch(text):
            if match := _COMPACT.fullmatch(text):
                return self._make(text, int(match[1] + match[2]), int(match[3]), int(match[4]))
            return from_serial(float(text), self.date1904)
        if match := _CHINESE.fullmatch(text):
            return self._make(text, int(match[1]), int(match[2]), int(match[3]))
        try:
            return parse_date(text)
        except ValueError as exc:
            reason = str(exc)
        if _NO_DAY_NUMERIC.fullmatch(text) or (
            (match := _NO_DAY_WORD.fullmatch(fold(text))) and match[1] in MONTHS
        ):
            reason = translate(
                "Importing", "{value} has no day: write the whole date (yyyy-mm-dd)"
            ).format(value=repr(text))
        raise CellError(reason)

    def _numeric(self, text: str, match: re.Match[str]) -> date:
        first, second, last = int(match[1]), int(match[2]), match[3]
        year = _full_year(last)
        order = self.order
        if order == "ymd":
            if len(last) == 4:
                raise CellError(
                    translate(
                        "Importing", "{value} does not fit the column's date order (yy/mm/dd)"
                    ).format(value=repr(text))
                )
            return self._make(text, _full_year(match[1]), second, int(last))
        if order is None:
            if first > 12 or first == second:
                order = "dmy"
            elif second > 12:
                order = "mdy"
            else:
                why = (
                    translate(
                        "Importing", "the column mixes dd/mm and mm/dd dates, choose the date order"
                    )
                    if self.mixed
                    else translate("Importing", "choose the date order")
                )
                raise CellError(
                    translate(
                        "Importing", "{value} could be {day1} {month1} or {day2} {month2}: {why}"
                    ).format(
                        value=repr(text),
                        day1=first,
                        month1=_MONTH_NAMES[second - 1],
                        day2=second,
                        month2=_MONTH_NAMES[first - 1],
                        why=why,
                    ),
                    ambiguous=True,
                )
        if order == "dmy":
            return self._make(text, year, second, first)
        return self._make(text, year, first, second)

    @staticmethod
    def _make(text: str, year: int, month: int, day: int) -> date:
        try:
            return date(year, month, day)
        except ValueError as exc:
            raise CellError(
                translate("Importing", "{value} is not a real date ({reason})").format(
                    value=repr(text), reason=exc
                )
            ) from None


def _full_year(text: str) -> int:
    """A two-digit year is this century's, as app.rules.parsing reads it: 25 -> 2025."""
    year = int(text)
    return year + 2000 if len(text) == 2 else year
