"""Whether a supplier may ship a product to China when a deal is agreed or a shipment
booked (pure: no database; app.services.compliance_checks reads the rows and records the
warning).

Only the registrations count (models.enums.REGISTRATIONS: GACC, SAG CSG/CSP, SENASICA,
SENASA): a certificate a buyer asks for never stops a container at the port. A row
covers the product when it lists it or lists none (the supplier's whole range). The
answer is a warning, never a refusal: the user may go on, and the warning names the row
that falls short, or says that none is recorded.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from app.messages import join, translate
from app.rules.compliance import covers, status_of
from app.rules.vocabulary import label
from models.enums import REGISTRATIONS, Certification, ComplianceStatus

WARNING_PREFIX = "Compliance warning: "
"""How a warning begins, in the window, the command line and the history note (each
translatable sentence below starts with it)."""


@dataclass(frozen=True)
class HeldRow:
    """One registration or certificate of the supplier, as the rule needs it."""

    id: int
    kind: Certification
    number: str | None
    site: str | None
    status: ComplianceStatus | None
    """Set by hand; None: derived from the dates."""
    issued_on: date | None
    valid_until: date | None
    product_ids: Collection[int] = ()
    """The products it covers; none: the supplier's whole range."""


def row_name(row: HeldRow) -> str:
    """ "GACC registration CHL0000012345 (Packing Curicó)": the row as a user finds it
    (its kind's words translatable)."""
    parts: list[object] = [label(row.kind)]
    if row.number:
        parts.append(row.number)
    if row.site:
        parts.append(f"({row.site})")
    return join(" ", parts) if len(parts) > 1 else label(row.kind)


def _state(row: HeldRow, today: date) -> str:
    """'expired on 2026-11-25', 'is pending until 2027-01-02', 'is suspended'."""
    status = status_of(row.status, row.issued_on, row.valid_until, today)
    if status is ComplianceStatus.EXPIRED and row.valid_until is not None:
        return translate("ComplianceWarnings", "expired on {date}").format(
            date=row.valid_until.isoformat()
        )
    if status is ComplianceStatus.PENDING and row.status is None and row.issued_on is not None:
        return translate("ComplianceWarnings", "is pending until {date}").format(
            date=row.issued_on.isoformat()
        )
    if status is ComplianceStatus.PENDING:
        return translate("ComplianceWarnings", "is pending")
    if status is ComplianceStatus.SUSPENDED:
        return translate("ComplianceWarnings", "is suspended")
    if status is ComplianceStatus.EXPIRED:
        return translate("ComplianceWarnings", "is expired")
    return translate("ComplianceWarnings", "is active")


def registration_warning(
    rows: Sequence[HeldRow],
    *,
    supplier: str,
    product_id: int,
    product: str,
    today: date,
    eta: date | None = None,
) -> str | None:
    """The warning for shipping `product` from `supplier`, or None when an active
    registration covers it (through `eta`, when a shipment gives one).

    Without an active covering row, the best of the others is named (the one valid
    longest) with its state; with active rows that all run out before the ETA, the one
    valid longest is named with its last day."""
    covering = [r for r in rows if r.kind in REGISTRATIONS and covers(r.product_ids, product_id)]
    active = [
        r
        for r in covering
        if status_of(r.status, r.issued_on, r.valid_until, today) is ComplianceStatus.ACTIVE
    ]
    if not active:
        if not covering:
            return translate(
                "ComplianceWarnings",
                "Compliance warning: {supplier} has no registration for China covering "
                "{product} (GACC, SAG CSG/CSP, SENASICA or SENASA): none is recorded.",
            ).format(supplier=supplier, product=product)
        best = _longest(covering)
        return translate(
            "ComplianceWarnings",
            "Compliance warning: {supplier} has no active registration covering {product}: "
            "{row} {state}.",
        ).format(supplier=supplier, product=product, row=row_name(best), state=_state(best, today))
    if eta is None or any(r.valid_until is None or r.valid_until >= eta for r in active):
        return None
    best = _longest(active)
    assert best.valid_until is not None  # every active row ends before the ETA
    return translate(
        "ComplianceWarnings",
        "Compliance warning: {row} of {supplier}, covering {product}, expires on "
        "{date}, before the ETA {eta}.",
    ).format(
        row=row_name(best),
        supplier=supplier,
        product=product,
        date=best.valid_until.isoformat(),
        eta=eta.isoformat(),
    )


def _longest(rows: Sequence[HeldRow]) -> HeldRow:
    """The row valid longest (no end date: longest of all), the newest id on a tie."""
    return max(rows, key=lambda r: (r.valid_until is None, r.valid_until or date.min, r.id))
