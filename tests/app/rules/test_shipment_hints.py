from __future__ import annotations

from datetime import date

import pytest

from app.rules.shipment_hints import status_hint
from models import ShipmentStatus as S

DAY = date(2026, 11, 1)
LATER = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("status", "atd", "ata", "expected"),
    [
        (S.PLANNED, None, None, None),
        (S.BOOKED, None, None, None),
        (S.IN_TRANSIT, DAY, None, None),
        (S.AT_CUSTOMS, DAY, LATER, None),
        (S.DELIVERED, DAY, LATER, None),
        (S.INCIDENT, None, None, None),
        (None, None, None, None),
        (S.DELIVERED, DAY, None, "no actual arrival"),
        (S.IN_TRANSIT, None, None, "no actual departure"),
        (S.BOOKED, None, LATER, "still booked"),
        (S.PLANNED, DAY, None, "still planned"),
    ],
)
def test_status_hint(
    status: S | None, atd: date | None, ata: date | None, expected: str | None
) -> None:
    hint = status_hint(status, atd, ata)
    if expected is None:
        assert hint is None
    else:
        assert hint is not None
        assert expected in hint
