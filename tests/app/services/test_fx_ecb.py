"""Update from the ECB: downloaded and stored; offline, said plainly with nothing changed
(no network in tests: the opener is replaced) (issue 15 point 1)."""

from __future__ import annotations

import io
import urllib.error
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.services import fx_ecb
from models import FxRate
from tests.app.services.test_fx_rates import ECB_DAILY


def test_update_downloads_the_daily_file_and_stores_it(session: Session) -> None:
    asked: list[tuple[str, float]] = []

    def opener(url: str, timeout: float) -> Any:
        asked.append((url, timeout))
        return io.BytesIO(ECB_DAILY.encode())

    result = fx_ecb.update_from_ecb(session, opener)
    assert asked == [(fx_ecb.ECB_DAILY_URL, 10)]
    assert (result.kind, result.added) == ("ECB daily XML", 5)


def test_offline_says_so_and_changes_nothing(session: Session) -> None:
    def opener(url: str, timeout: float) -> Any:
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    with pytest.raises(fx_ecb.EcbUnreachableError) as refused:
        fx_ecb.update_from_ecb(session, opener)
    assert str(refused.value) == (
        "could not reach the ECB ([Errno -3] Temporary failure in name resolution): "
        "no rates were changed; try again when online"
    )
    assert session.scalar(select(func.count()).select_from(FxRate)) == 0


def test_a_page_that_is_not_the_rates_file_is_refused(session: Session) -> None:
    def opener(url: str, timeout: float) -> Any:
        return io.BytesIO(b"<html><body>Sign in to the hotel wifi</body></html>")

    with pytest.raises(ServiceError, match=r"no <Cube time=\.\.\.> with rates in it"):
        fx_ecb.update_from_ecb(session, opener)
