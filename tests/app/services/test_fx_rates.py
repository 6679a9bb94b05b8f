"""Rates entered: typed (validated), a CSV file (all or nothing, bad rows named), the ECB's
daily XML and historical CSV (issue 15 point 1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ServiceError, ValidationError
from app.services.fx_rates import add_rate, import_rates
from models import FxRate, RateSource

ECB_DAILY = """<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
  <Cube>
    <Cube time="2026-12-18">
      <Cube currency="USD" rate="1.0850"/>
      <Cube currency="JPY" rate="161.52"/>
      <Cube currency="BRL" rate="6.3140"/>
      <Cube currency="CNY" rate="7.8650"/>
      <Cube currency="MXN" rate="21.085"/>
    </Cube>
  </Cube>
</gesmes:Envelope>
"""

ECB_HISTORY = (
    "Date,USD,JPY,CYP,CNY,MXN,BRL,\n"
    "2026-12-18,1.0850,161.52,N/A,7.8650,21.085,6.3140,\n"
    "2026-12-17,1.0825,160.90,N/A,7.8500,N/A,6.3000,\n"
    "1999-01-04,1.1789,133.73,0.58231,N/A,N/A,N/A,\n"
)


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FxRate)) or 0


def _stored(session: Session) -> set[tuple[str, str, str, Decimal, RateSource]]:
    return {
        (r.day.isoformat(), r.from_currency, r.to_currency, r.rate, r.source)
        for r in session.scalars(select(FxRate))
    }


def test_add_rate_validates_every_field(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        add_rate(
            session,
            {"day": "2026-13-01", "from_currency": "XXY", "to_currency": "CNY", "rate": "-1"},
        )
    fields = {e.field for e in refused.value.errors}
    assert fields == {"day", "from_currency", "rate"}
    with pytest.raises(ValidationError, match="To: is the same currency as From"):
        add_rate(
            session, {"day": "2026-12-01", "from_currency": "usd", "to_currency": "USD", "rate": 1}
        )
    with pytest.raises(ValidationError, match="Rate: has 11 digits before the decimal point"):
        add_rate(
            session,
            {"day": "2026-12-01", "from_currency": "USD", "to_currency": "CNY", "rate": 10**10},
        )
    assert _count(session) == 0


def test_add_rate_replaces_the_same_day_and_pair(session: Session) -> None:
    data = {"day": "2026-12-01", "from_currency": "USD", "to_currency": "CNY", "rate": "7.10"}
    first = add_rate(session, data)
    assert first.replaced is None
    again = add_rate(session, {**data, "rate": "7.105"}, decimal_sep=".")
    assert again.replaced == Decimal("7.1")
    assert again.rate.id == first.rate.id
    assert _stored(session) == {("2026-12-01", "USD", "CNY", Decimal("7.105"), RateSource.MANUAL)}


def test_a_csv_of_rates_is_imported(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("Date,From,To,Rate\n2026-12-01,USD,CNY,7.10\n2026-12-01,usd,MXN,20.5\n")
    result = import_rates(session, path)
    assert (result.kind, result.added, result.changed, result.unchanged) == ("CSV", 2, 0, 0)
    path.write_text("date,from,to,rate\n2026-12-01,USD,CNY,7.12\n2026-12-01,USD,MXN,20.5\n")
    again = import_rates(session, path)
    assert (again.added, again.changed, again.unchanged) == (0, 1, 1)
    assert _stored(session) == {
        ("2026-12-01", "USD", "CNY", Decimal("7.12"), RateSource.CSV),
        ("2026-12-01", "USD", "MXN", Decimal("20.5"), RateSource.CSV),
    }


def test_a_csv_with_a_bad_row_is_refused_whole(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(
        "date,from,to,rate\n"
        "2026-12-01,USD,CNY,7.10\n"
        "2026-12-02,USD,CNY,abc\n"
        "2026-12-03,USD,XQQ,7.1\n"
    )
    with pytest.raises(ServiceError) as refused:
        import_rates(session, path)
    message = str(refused.value)
    assert message.startswith("rates.csv: 2 bad rows, nothing was imported: row 3, column rate:")
    assert "row 4, column to: 'XQQ' is not an ISO 4217 currency code" in message
    assert _count(session) == 0


def test_a_csv_without_the_header_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("2026-12-01,USD,CNY,7.10\n")
    with pytest.raises(ServiceError, match="the first row must be the header 'date,from,to,rate'"):
        import_rates(session, path)


def test_the_ecb_daily_xml_is_stored_eur_based(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "eurofxref-daily.xml"
    path.write_text(ECB_DAILY)
    result = import_rates(session, path)
    assert (result.kind, result.added, result.first_day) == ("ECB daily XML", 5, date(2026, 12, 18))
    assert ("2026-12-18", "EUR", "MXN", Decimal("21.085"), RateSource.ECB) in _stored(session)
    assert import_rates(session, path).unchanged == 5
    assert _count(session) == 5


def test_the_ecb_history_csv_skips_na_cells_and_retired_currencies(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(ECB_HISTORY)
    result = import_rates(session, path)
    assert result.kind == "ECB historical CSV"
    assert result.skipped_currencies == ["CYP"]
    assert (result.added, result.first_day, result.last_day) == (
        11,
        date(1999, 1, 4),
        date(2026, 12, 18),
    )
    stored = _stored(session)
    assert ("2026-12-17", "EUR", "BRL", Decimal("6.3"), RateSource.ECB) in stored
    assert not any(r[0] == "2026-12-17" and r[2] == "MXN" for r in stored)


def test_a_broken_ecb_file_is_refused_whole(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(ECB_HISTORY.replace("7.8500", "7.85x"))
    with pytest.raises(ServiceError, match=r"eurofxref-hist\.csv row 3, column CNY: '7\.85x'"):
        import_rates(session, path)
    assert _count(session) == 0
