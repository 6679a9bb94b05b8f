"""Converting an amount between currencies at a date, from the stored rates.

The rule: the latest rate on or before the date asked, never one from after it. A pair
known only the other way round is inverted (CNY->USD from USD->CNY); a pair with no rate
either way crosses through a pivot, USD first, then EUR (CNY->BRL as CNY->USD->BRL, or
through EUR with the ECB's EUR-based rates). Where a direct and an inverted rate are both
known, the later of the two is used (the direct one on the same day). A crossed rate is as
old as the older of its two legs, and that is the date reported. With no rate in reach the
conversion raises MissingRateError naming the pair and the date: it never guesses.

Arithmetic is Decimal throughout, in the default context (28 significant digits: an
inverted rate is 1/rate to 28 digits); nothing is rounded here: callers round for show.

For many conversions (every offer of a list) load a RateBook once, one query for every
rate of the currencies involved up to the latest date needed, and ask it: it answers from
memory (a binary search per pair and date).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.messages import translate
from models import FxRate

PIVOTS = ("USD", "EUR")


class MissingRateError(ServiceError):
    def __init__(self, from_currency: str, to_currency: str, on: date) -> None:
        self.from_currency, self.to_currency, self.on = from_currency, to_currency, on
        super().__init__(
            translate(
                "Rates",
                "no {from_currency}→{to_currency} rate on or before {date}: "
                "add one (fx add) or import the ECB rates (fx import, fx update)",
            ).format(from_currency=from_currency, to_currency=to_currency, date=on.isoformat())
        )


@dataclass(frozen=True)
class Quote:
    """How one unit of `path[0]` becomes `path[-1]` on a date."""

    rate: Decimal
    rate_date: date | None
    """The day of the rate used (of the older leg when crossed); None for the same currency."""
    path: tuple[str, ...]
    how: str
    """'same currency', 'direct', 'inverted', 'via USD' or 'via EUR'."""


@dataclass(frozen=True)
class Conversion:
    amount: Decimal
    """Not rounded."""
    currency: str
    quote: Quote


@dataclass(frozen=True)
class _Leg:
    rate: Decimal
    day: date
    inverted: bool


class RateBook:
    """Rates held in memory: per (from, to) pair, its days (sorted) and rates."""

    def __init__(self, rates: Iterable[tuple[str, str, date, Decimal]]) -> None:
        series: dict[tuple[str, str], list[tuple[date, Decimal]]] = {}
        for from_currency, to_currency, day, rate in rates:
            series.setdefault((from_currency, to_currency), []).append((day, rate))
        self._days: dict[tuple[str, str], list[date]] = {}
        self._rates: dict[tuple[str, str], list[Decimal]] = {}
        for pair, points in series.items():
            points.sort()
            self._days[pair] = [day for day, _ in points]
            self._rates[pair] = [rate for _, rate in points]
        self._answers: dict[tuple[str, str, date], Decimal | None] = {}

    @classmethod
    def load(
        cls,
        session: Session,
        currencies: Iterable[str] | None = None,
        *,
        until: date | None = None,
    ) -> RateBook:
        """Every rate between `currencies` and the pivots (all currencies: None) on or
        before `until` (any day: None), in one query."""
        wanted = None if currencies is None else {*currencies, *PIVOTS}
        return cls(tuple(row) for row in session.execute(rates_query(wanted, until)))  # type: ignore[misc]

    def _latest(
        self, from_currency: str, to_currency: str, on: date
    ) -> tuple[date, Decimal] | None:
        days = self._days.get((from_currency, to_currency))
        if not days:
            return None
        index = bisect_right(days, on)
        if index == 0:
            return None
        return days[index - 1], self._rates[(from_currency, to_currency)][index - 1]

    def _leg(self, from_currency: str, to_currency: str, on: date) -> _Leg | None:
        direct = self._latest(from_currency, to_currency, on)
        reverse = self._latest(to_currency, from_currency, on)
        if direct is not None and (reverse is None or direct[0] >= reverse[0]):
            return _Leg(direct[1], direct[0], inverted=False)
        if reverse is not None:
            return _Leg(1 / reverse[1], reverse[0], inverted=True)
        return None

    def quote(self, from_currency: str, to_currency: str, on: date) -> Quote:
        """The rate from `from_currency` to `to_currency` on `on`, or MissingRateError."""
        if from_currency == to_currency:
            return Quote(Decimal(1), None, (from_currency,), "same currency")
        leg = self._leg(from_currency, to_currency, on)
        if leg is not None:
            how = "inverted" if leg.inverted else "direct"
            return Quote(leg.rate, leg.day, (from_currency, to_currency), how)
        for pivot in PIVOTS:
            if pivot in (from_currency, to_currency):
                continue
            first = self._leg(from_currency, pivot, on)
            second = self._leg(pivot, to_currency, on) if first is not None else None
            if first is not None and second is not None:
                return Quote(
                    first.rate * second.rate,
                    min(first.day, second.day),
                    (from_currency, pivot, to_currency),
                    f"via {pivot}",
                )
        raise MissingRateError(from_currency, to_currency, on)

    def rate(self, from_currency: str, to_currency: str, on: date) -> Decimal | None:
        """The rate `quote` would use, or None when there is none in reach; remembered
        (a list of offers asks the same pair and day again and again)."""
        key = (from_currency, to_currency, on)
        if key in self._answers:
            return self._answers[key]
        try:
            found: Decimal | None = self.quote(from_currency, to_currency, on).rate
        except MissingRateError:
            found = None
        self._answers[key] = found
        return found

    def convert(
        self, amount: Decimal, from_currency: str, to_currency: str, on: date
    ) -> Conversion:
        quote = self.quote(from_currency, to_currency, on)
        return Conversion(amount * quote.rate, to_currency, quote)


def convert(
    session: Session, amount: Decimal, from_currency: str, to_currency: str, *, on: date
) -> Conversion:
    """One conversion (for many, load a RateBook once)."""
    book = RateBook.load(session, {from_currency, to_currency}, until=on)
    return book.convert(amount, from_currency, to_currency, on)


def rates_query(
    currencies: Iterable[str] | Select[str] | None,
    until: date | ColumnElement[date] | None,
) -> Select[str, str, date, Decimal]:
    """The rates RateBook is made of: those between `currencies` (a set, or a statement
    selecting them; all: None) on or before `until` (a day, or an expression; any: None)."""
    query = select(FxRate.from_currency, FxRate.to_currency, FxRate.day, FxRate.rate)
    if currencies is not None:
        query = query.where(
            FxRate.from_currency.in_(currencies), FxRate.to_currency.in_(currencies)
        )
    if until is not None:
        query = query.where(FxRate.day <= until)
    return query
