"""Gentle hints about a shipment whose status and dates disagree.

The service accepts such a shipment (the user may know better, or be mid-update);
the form shows the hint so nobody records 'delivered' and forgets the arrival date.
"""

from __future__ import annotations

from datetime import date

from app.messages import translate
from models import ShipmentStatus

_MOVING = {ShipmentStatus.IN_TRANSIT, ShipmentStatus.AT_CUSTOMS, ShipmentStatus.DELIVERED}
_NOT_YET_LEFT = {ShipmentStatus.PLANNED, ShipmentStatus.BOOKED}


def status_hint(status: ShipmentStatus | None, atd: date | None, ata: date | None) -> str | None:
    """Why `status` looks odd with the actual departure `atd` and arrival `ata`, or None."""
    if status is None:
        return None
    if status is ShipmentStatus.DELIVERED and ata is None:
        return translate(
            "ShipmentHints", "Delivered, but no actual arrival date yet: add it under Dates."
        )
    if status in _MOVING and atd is None:
        return _NO_DEPARTURE[status]()
    if status in _NOT_YET_LEFT and ata is not None:
        return _ARRIVED[status]()
    if status in _NOT_YET_LEFT and atd is not None:
        return _DEPARTED[status]()
    return None


# One whole sentence per status (the status's word inside it is not the label's case in
# every language): functions, so nothing is made at import time.
_NO_DEPARTURE = {
    ShipmentStatus.IN_TRANSIT: lambda: translate(
        "ShipmentHints", "In transit, but no actual departure date yet: add it under Dates."
    ),
    ShipmentStatus.AT_CUSTOMS: lambda: translate(
        "ShipmentHints", "At customs, but no actual departure date yet: add it under Dates."
    ),
    ShipmentStatus.DELIVERED: lambda: translate(
        "ShipmentHints", "Delivered, but no actual departure date yet: add it under Dates."
    ),
}
_ARRIVED = {
    ShipmentStatus.PLANNED: lambda: translate(
        "ShipmentHints", "An actual arrival is recorded, yet the status is still planned."
    ),
    ShipmentStatus.BOOKED: lambda: translate(
        "ShipmentHints", "An actual arrival is recorded, yet the status is still booked."
    ),
}
_DEPARTED = {
    ShipmentStatus.PLANNED: lambda: translate(
        "ShipmentHints", "An actual departure is recorded, yet the status is still planned."
    ),
    ShipmentStatus.BOOKED: lambda: translate(
        "ShipmentHints", "An actual departure is recorded, yet the status is still booked."
    ),
}
