"""The compliance warning of a deal agreed or a shipment booked (no database)."""

from __future__ import annotations

from datetime import date

from app.rules.compliance_warnings import HeldRow, registration_warning, row_name
from models.enums import Certification, ComplianceStatus

TODAY = date(2026, 12, 7)
CHERRIES, PLUMS = 1, 2


def gacc(
    row_id: int = 1,
    *,
    until: date | None = date(2027, 6, 30),
    products: tuple[int, ...] = (),
    status: ComplianceStatus | None = None,
    kind: Certification = Certification.GACC,
    issued: date | None = None,
) -> HeldRow:
    return HeldRow(row_id, kind, "CHL0000012345", "Packing Curicó", status, issued, until, products)


def warn(rows: list[HeldRow], eta: date | None = None) -> str | None:
    return registration_warning(
        rows,
        supplier="Frutícola Curicó",
        product_id=CHERRIES,
        product="Cherries",
        today=TODAY,
        eta=eta,
    )


def test_an_active_registration_covering_the_product_gives_no_warning() -> None:
    assert warn([gacc()]) is None
    assert warn([gacc(products=(CHERRIES, PLUMS))]) is None
    assert warn([gacc(until=None)], eta=date(2030, 1, 1)) is None  # no end date
    assert warn([gacc(until=TODAY)]) is None  # its last day


def test_none_recorded_says_so() -> None:
    assert warn([]) == (
        "Compliance warning: Frutícola Curicó has no registration for China covering "
        "Cherries (GACC, SAG CSG/CSP, SENASICA or SENASA): none is recorded."
    )
    # A certificate is no registration; a registration of other products covers nothing.
    assert warn([gacc(kind=Certification.GLOBALGAP)]) is not None
    assert "none is recorded" in (warn([gacc(products=(PLUMS,))]) or "")


def test_an_expired_suspended_or_pending_row_is_named_with_its_state() -> None:
    assert warn([gacc(until=date(2026, 11, 25))]) == (
        "Compliance warning: Frutícola Curicó has no active registration covering Cherries: "
        "GACC registration CHL0000012345 (Packing Curicó) expired on 2026-11-25."
    )
    suspended = warn([gacc(status=ComplianceStatus.SUSPENDED)])
    assert suspended is not None
    assert suspended.endswith("(Packing Curicó) is suspended.")
    pending = warn([gacc(issued=date(2027, 1, 2))])
    assert pending is not None
    assert pending.endswith("is pending until 2027-01-02.")
    # Of two lapsed rows, the one valid longest is named.
    two = warn([gacc(1, until=date(2026, 1, 1)), gacc(2, until=date(2026, 10, 1))])
    assert two is not None
    assert "2026-10-01" in two


def test_a_row_that_runs_out_before_the_eta_is_named_with_its_last_day() -> None:
    short = gacc(until=date(2027, 1, 10), kind=Certification.SAG_CSP)
    assert warn([short]) is None  # a deal: valid today is enough
    assert warn([short], eta=date(2027, 1, 10)) is None  # through the ETA's day
    assert warn([short], eta=date(2027, 1, 20)) == (
        "Compliance warning: SAG CSP packhouse CHL0000012345 (Packing Curicó) of Frutícola "
        "Curicó, covering Cherries, expires on 2027-01-10, before the ETA 2027-01-20."
    )
    # Another active row valid through the ETA is enough.
    assert warn([short, gacc(2, until=date(2027, 3, 1))], eta=date(2027, 1, 20)) is None


def test_row_name_leaves_out_what_is_not_known() -> None:
    bare = HeldRow(3, Certification.SENASICA, None, None, None, None, None)
    assert row_name(bare) == "SENASICA packhouse"
