"""Tariff rows entered (validated) and looked up: longest HS prefix, origin, validity
dates; none found names HS code, origin and date (issue 15 point 4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ServiceError, ValidationError
from app.services.tariffs import add_tariff, tariff_for
from models import Tariff, TariffScheme

ON = date(2026, 12, 1)


def _add(session: Session, **data: Any) -> Tariff:
    row = {"hs_code": "080440", "origin": "MX", "duty_rate": "7", "vat_rate": "9"}
    return add_tariff(session, {**row, "valid_from": "2026-01-01", **data}, decimal_sep=".")


def test_add_cleans_the_code_country_rates_and_scheme(session: Session) -> None:
    row = _add(session, hs_code="0804.40", origin="mexico", scheme="provisional")
    assert (row.hs_code, row.origin, row.scheme) == ("080440", "MX", TariffScheme.PROVISIONAL)
    assert (row.duty_rate, row.vat_rate) == (Decimal(7), Decimal(9))
    assert row.valid_until is None
    assert _add(session, origin="CL", duty_rate="0").scheme == TariffScheme.MFN


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("hs_code", "08044", "has 5 digits"),
        ("hs_code", "08044000001", "has 11 digits"),
        ("hs_code", "0804AB", "digits only"),
        ("origin", "Atlantis", "not a country"),
        ("duty_rate", "101", "0 to 100"),
        ("vat_rate", "-1", "0 to 100"),
        ("valid_until", "2025-12-31", "before Valid from"),
        ("scheme", "gsp", ""),
    ],
)
def test_a_bad_field_is_refused_by_name_and_nothing_is_written(
    session: Session, field: str, value: str, says: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _add(session, **{field: value})
    assert [e.field for e in caught.value.errors] == [field]
    assert says in caught.value.errors[0].message
    assert session.scalar(select(func.count()).select_from(Tariff)) == 0


def test_the_longest_prefix_of_the_products_code_wins(session: Session) -> None:
    _add(session, hs_code="080440", duty_rate="10")
    line = _add(session, hs_code="08044000", duty_rate="7")
    _add(session, hs_code="0804400010", origin="PE", duty_rate="0")
    assert tariff_for(session, "0804.4000", "MX", on=ON) is line
    assert tariff_for(session, "0804400090", "MX", on=ON) is line
    assert tariff_for(session, "08044099", "MX", on=ON).duty_rate == 10


def test_the_origin_matters(session: Session) -> None:
    _add(session, origin="MX", duty_rate="7")
    chile = _add(session, origin="CL", duty_rate="0", scheme="fta")
    assert tariff_for(session, "08044000", "Chile", on=ON) is chile
    with pytest.raises(ServiceError, match="from PE"):
        tariff_for(session, "08044000", "PE", on=ON)


def test_the_row_valid_on_the_date_is_taken(session: Session) -> None:
    old = _add(session, duty_rate="10", valid_from="2025-01-01", valid_until="2025-12-31")
    new = _add(session, duty_rate="7", valid_until="2026-12-31")
    assert tariff_for(session, "080440", "MX", on=date(2025, 6, 30)) is old
    assert tariff_for(session, "080440", "MX", on=date(2026, 1, 1)) is new
    assert tariff_for(session, "080440", "MX", on=date(2026, 12, 31)) is new
    with pytest.raises(ServiceError, match="on 2027-01-01"):
        tariff_for(session, "080440", "MX", on=date(2027, 1, 1))


def test_none_found_names_code_origin_and_date(session: Session) -> None:
    _add(session, hs_code="080929", origin="CL")
    with pytest.raises(ServiceError) as caught:
        tariff_for(session, "0804.40.00", "MX", on=ON)
    message = str(caught.value)
    assert "HS code 08044000" in message
    assert "from MX" in message
    assert "2026-12-01" in message
    assert "\n" not in message


def test_the_database_refuses_an_end_before_the_start(session: Session) -> None:
    row = _add(session)
    row.valid_until = date(2025, 1, 1)
    with pytest.raises(Exception):  # noqa: B017,PT011 - IntegrityError on both databases
        session.flush()
