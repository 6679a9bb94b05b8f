"""Update from the ECB: download its daily reference rates and store them (EUR->X).

The download happens before any transaction is opened (the caller's: download_daily, then
store_daily inside one), so a slow network never holds the database. Offline, or with the
ECB unreachable, EcbUnreachableError says so plainly and nothing is changed.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.errors import ServiceError, reason
from app.messages import translate
from app.rules import ecb_rates
from app.services.fx_rates import ImportedRates, store_ecb_file

ECB_DAILY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
TIMEOUT_SECONDS = 10
MAX_BYTES = 1_000_000
"""The daily file is some 2 kB; more is not it."""

Opener = Callable[..., Any]
"""urllib.request.urlopen's shape: opener(url, timeout=...) -> a response with read()."""


class EcbUnreachableError(ServiceError):
    def __init__(self, reason: str) -> None:
        super().__init__(
            translate(
                "Rates",
                "could not reach the ECB ({reason}): no rates were changed; try again when online",
            ).format(reason=reason)
        )


def download_daily(opener: Opener | None = None, *, timeout: float = TIMEOUT_SECONDS) -> str:
    """The ECB's daily XML as text, or EcbUnreachableError."""
    opener = opener or urllib.request.urlopen
    try:
        with opener(ECB_DAILY_URL, timeout=timeout) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise EcbUnreachableError(
            translate("Rates", "the server answered {code} {reason}").format(
                code=exc.code, reason=exc.reason
            )
        ) from None
    except urllib.error.URLError as exc:
        raise EcbUnreachableError(str(exc.reason)) from None
    except (TimeoutError, OSError) as exc:
        raise EcbUnreachableError(str(exc) or type(exc).__name__) from None
    if len(data) > MAX_BYTES:
        raise ServiceError(
            translate(
                "Rates", "the ECB sent more than {count} bytes: no rates were changed"
            ).format(count=MAX_BYTES)
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ServiceError(
            translate(
                "Rates", "the ECB sent something that is not its rates file: no rates were changed"
            )
        ) from None


def store_daily(session: Session, text: str) -> ImportedRates:
    """Store the downloaded daily XML; anything else (a proxy's error page) is refused."""
    try:
        read = ecb_rates.read_ecb_xml(text, translate("Rates", "the ECB's answer"))
    except ecb_rates.EcbFileError as exc:
        raise ServiceError(
            translate("Rates", "{reason}: no rates were changed").format(reason=reason(exc))
        ) from None
    return store_ecb_file(session, read, "ECB daily XML")


def update_from_ecb(session: Session, opener: Opener | None = None) -> ImportedRates:
    """Download and store in one call (the download inside the caller's transaction: a
    caller that can, downloads first with download_daily)."""
    return store_daily(session, download_daily(opener))
