"""Conversion at a date: latest rate on or before it, never after; inverse; cross via USD
then EUR; a missing pair named (issue 15 point 1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.services.fx_convert import MissingRateError, RateBook, convert
from app.services.fx_rates import add_rate

D = Decimal


def _rate(session: Session, day: str, pair: str, rate: str) -> None:
    from_currency, to_currency = pair.split("-")
    add_rate(
        session,
        {"day": day, "from_currency": from_currency, "to_currency": to_currency, "rate": rate},
        decimal_sep=".",
    )


def test_the_latest_rate_on_or_before_the_date_and_never_one_after(session: Session) -> None:
    _rate(session, "2026-11-20", "USD-CNY", "7.05")
    _rate(session, "2026-12-01", "USD-CNY", "7.10")
    _rate(session, "2026-12-10", "USD-CNY", "7.30")
    on_the_day = convert(session, D("100"), "USD", "CNY", on=date(2026, 12, 1))
    assert on_the_day.amount == D("710")
    assert on_the_day.quote.rate_date == date(2026, 12, 1)
    between = convert(session, D("100"), "USD", "CNY", on=date(2026, 12, 9))
    assert (between.amount, between.quote.rate_date) == (D("710"), date(2026, 12, 1))
    assert between.quote.how == "direct"
    with pytest.raises(MissingRateError) as missing:
        convert(session, D("1"), "USD", "CNY", on=date(2026, 11, 19))
    assert str(missing.value).startswith("no USD→CNY rate on or before 2026-11-19: add one")


def test_a_pair_known_only_the_other_way_is_inverted(session: Session) -> None:
    _rate(session, "2026-12-01", "USD-CNY", "8")
    result = convert(session, D("100"), "CNY", "USD", on=date(2026, 12, 2))
    assert result.amount == D("12.5")
    assert result.quote.how == "inverted"
    assert result.quote.path == ("CNY", "USD")


def test_the_later_of_a_direct_and_an_inverted_rate_is_used(session: Session) -> None:
    _rate(session, "2026-11-01", "CNY-USD", "0.125")
    _rate(session, "2026-12-01", "USD-CNY", "10")
    result = convert(session, D("100"), "CNY", "USD", on=date(2026, 12, 2))
    assert (result.amount, result.quote.how) == (D("10"), "inverted")
    older = convert(session, D("100"), "CNY", "USD", on=date(2026, 11, 15))
    assert (older.amount, older.quote.how) == (D("12.5"), "direct")


def test_cross_through_usd_first(session: Session) -> None:
    _rate(session, "2026-12-01", "USD-CNY", "7.10")
    _rate(session, "2026-11-28", "USD-MXN", "20")
    _rate(session, "2026-12-01", "EUR-MXN", "21")
    _rate(session, "2026-12-01", "EUR-CNY", "7.5")
    result = convert(session, D("200"), "MXN", "CNY", on=date(2026, 12, 2))
    assert result.quote.path == ("MXN", "USD", "CNY")
    assert result.quote.how == "via USD"
    assert result.amount == D("71")
    assert result.quote.rate_date == date(2026, 11, 28)  # the older leg's


def test_cross_through_eur_when_usd_cannot(session: Session) -> None:
    """The ECB's rates are all EUR->X: CNY->BRL goes through EUR."""
    _rate(session, "2026-12-01", "EUR-CNY", "8")
    _rate(session, "2026-12-01", "EUR-BRL", "6")
    result = convert(session, D("80"), "CNY", "BRL", on=date(2026, 12, 1))
    assert result.quote.path == ("CNY", "EUR", "BRL")
    assert result.quote.how == "via EUR"
    assert result.amount == D("60")


def test_usd_to_cny_from_eur_based_rates(session: Session) -> None:
    _rate(session, "2026-12-01", "EUR-USD", "1.25")
    _rate(session, "2026-12-01", "EUR-CNY", "8.875")
    result = convert(session, D("100"), "USD", "CNY", on=date(2026, 12, 1))
    assert result.quote.path == ("USD", "EUR", "CNY")
    assert result.amount == D("710")


def test_a_pivot_leg_after_the_date_is_not_used(session: Session) -> None:
    _rate(session, "2026-12-01", "EUR-CNY", "8")
    _rate(session, "2026-12-03", "EUR-BRL", "6")
    with pytest.raises(MissingRateError, match=r"no CNY→BRL rate on or before 2026-12-02"):
        convert(session, D("80"), "CNY", "BRL", on=date(2026, 12, 2))


def test_the_same_currency_needs_no_rate(session: Session) -> None:
    result = convert(session, D("3.5"), "CNY", "CNY", on=date(2026, 12, 2))
    assert (result.amount, result.quote.how, result.quote.rate_date) == (
        D("3.5"),
        "same currency",
        None,
    )


def test_a_rate_book_answers_many_conversions_from_one_load(session: Session) -> None:
    _rate(session, "2026-12-01", "USD-CNY", "7.10")
    _rate(session, "2026-12-05", "USD-CNY", "7.20")
    book = RateBook.load(session, {"USD", "CNY"}, until=date(2026, 12, 31))
    session.close()  # answers from memory
    assert book.convert(D(1), "USD", "CNY", date(2026, 12, 4)).amount == D("7.1")
    assert book.convert(D(1), "USD", "CNY", date(2026, 12, 5)).amount == D("7.2")
    assert book.quote("CNY", "USD", date(2026, 12, 5)).rate == 1 / D("7.2")
