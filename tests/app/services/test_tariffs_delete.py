"""A tariff row deleted; the rows listed as File > Tariffs shows them: HS code as the
tariff prints it, the origin's name (issue 15 point 4)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.tariffs import hs_shown, tariff_rows
from app.services.tariffs import add_tariff, delete_tariff
from models import Tariff


def _add(session: Session, hs_code: str, origin: str) -> Tariff:
    return add_tariff(
        session,
        {
            "hs_code": hs_code,
            "origin": origin,
            "duty_rate": "7",
            "scheme": "provisional",
            "vat_rate": "9",
            "valid_from": "2026-01-01",
        },
        decimal_sep=".",
    )


def test_delete_removes_the_row_only(session: Session) -> None:
    mexico = _add(session, "080440", "MX")
    chile = _add(session, "080440", "CL")
    delete_tariff(session, mexico.id)
    assert [t.id for t in session.scalars(select(Tariff))] == [chile.id]
    with pytest.raises(NotFoundError):
        delete_tariff(session, mexico.id)


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("080440", "0804.40"),
        ("08044000", "0804.4000"),
        ("0804400010", "0804.4000.10"),
        ("0804", "0804"),
        (None, ""),
    ],
)
def test_hs_codes_are_shown_as_the_tariff_prints_them(code: str | None, shown: str) -> None:
    assert hs_shown(code) == shown


def test_rows_carry_the_printed_code_and_the_country_name(session: Session) -> None:
    _add(session, "08044000", "MX")
    (row,) = tariff_rows(session)
    assert (row["hs_code"], row["hs_shown"], row["origin"], row["origin_name"]) == (
        "08044000",
        "0804.4000",
        "MX",
        "Mexico",
    )
    assert (row["duty_rate"], row["scheme"], row["vat_rate"]) == ("7", "provisional", "9")
