"""The fx_rates table's own guards: one rate per day and pair, a rate above zero, two
different currencies (issue 15 point 1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import FxRate


def _add(session: Session, **values: object) -> None:
    data = {"day": date(2026, 12, 1), "from_currency": "USD", "to_currency": "CNY"}
    session.add(FxRate(**{**data, "rate": Decimal("7.1"), **values}))
    with session.begin_nested():
        session.flush()


def test_a_rate_keeps_ten_decimals(session: Session) -> None:
    _add(session, rate=Decimal("0.1408450704"))
    session.expire_all()
    stored = session.query(FxRate).one()
    assert stored.rate == Decimal("0.1408450704")
    assert stored.created_by is not None  # the session actor, or the login on PostgreSQL


@pytest.mark.parametrize(
    "values",
    [
        {"rate": Decimal(0)},
        {"to_currency": "USD"},
    ],
    ids=["zero rate", "same currency"],
)
def test_the_table_refuses_what_no_rate_can_be(session: Session, values: dict[str, object]) -> None:
    with pytest.raises(IntegrityError):
        _add(session, **values)


def test_one_rate_per_day_and_pair(session: Session) -> None:
    _add(session)
    _add(session, to_currency="MXN")
    with pytest.raises(IntegrityError):
        _add(session, rate=Decimal("7.2"))
