"""The tariffs table's own guards: rates are percents 0..100, a row's end is not before its
start; rows carry the audit stamps (issue 15 point 4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import Tariff, TariffScheme


def _add(session: Session, **values: object) -> None:
    data: dict[str, object] = {
        "hs_code": "080440",
        "origin": "MX",
        "duty_rate": Decimal(7),
        "vat_rate": Decimal(9),
        "valid_from": date(2026, 1, 1),
    }
    session.add(Tariff(**{**data, **values}))
    with session.begin_nested():
        session.flush()


def test_a_row_keeps_four_decimals_and_its_stamps(session: Session) -> None:
    _add(session, duty_rate=Decimal("7.1234"), scheme=TariffScheme.PROVISIONAL)
    session.expire_all()
    stored = session.query(Tariff).one()
    assert stored.duty_rate == Decimal("7.1234")
    assert stored.scheme == TariffScheme.PROVISIONAL
    assert stored.created_by is not None  # the session actor, or the login on PostgreSQL


@pytest.mark.parametrize(
    "values",
    [
        {"duty_rate": Decimal(-1)},
        {"vat_rate": Decimal(101)},
        {"valid_until": date(2025, 12, 31)},
    ],
    ids=["negative duty", "VAT over 100", "ends before it starts"],
)
def test_the_table_refuses_what_no_tariff_can_be(
    session: Session, values: dict[str, object]
) -> None:
    with pytest.raises(IntegrityError):
        _add(session, **values)
