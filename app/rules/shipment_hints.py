"""Gentle hints about a shipment whose status and dates disagree.

The service accepts such a shipment (the user may know better, or be mid-update);
the form shows the hint so nobody records 'delivered' and forgets the arrival date.
"""

from __future__ import annotations

from datetime import date

from app.rules.vocabulary import label
from models import ShipmentStatus

_MOVING = {ShipmentStatus.IN_TRANSIT, ShipmentStatus.AT_CUSTOMS, ShipmentStatus.DELIVERED}
_NOT_YET_LEFT = {ShipmentStatus.PLANNED, ShipmentStatus.BOOKED}


def status_hint(status: ShipmentStatus | None, atd: date | None, ata: date | None) -> str | None:
    """Why `status` looks odd with the actual departure `atd` and arrival `ata`, or None."""
    if status is None:
        return None
    if status is ShipmentStatus.DELIVERED and ata is None:
        return "Delivered, but no actual arrival date yet: add it under Dates."
    if status in _MOVING and atd is None:
        return f"{label(status)}, but no actual departure date yet: add it under Dates."
    if status in _NOT_YET_LEFT and ata is not None:
        return f"An actual arrival is recorded, yet the status is still {label(status).lower()}."
    if status in _NOT_YET_LEFT and atd is not None:
        return f"An actual departure is recorded, yet the status is still {label(status).lower()}."
    return None
