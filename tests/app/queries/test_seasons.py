from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.seasons import season_grid, shipment_flags, shipment_season_facts
from app.rules.seasons import CNY_LATE, TRANSIT_TOO_LONG
from app.services.negotiations import update_negotiation
from app.services.products import update_product
from app.services.seasons import season_months, set_season
from app.services.shipments import create_shipment
from models import Negotiation, SeasonLevel, Supplier

MakeNegotiation = Callable[..., Negotiation]
MakeSupplier = Callable[..., Supplier]


@pytest.fixture
def world(
    session: Session, make_supplier: MakeSupplier, make_negotiation: MakeNegotiation
) -> dict[str, int]:
    """Chilean cherries (for Chinese New Year, 40 days' shelf life) Nov-Feb, a Mexican
    avocado without a season recorded, deals and shipments on them."""
    chile = make_supplier()
    mexico = make_supplier(name="Aguacates Uruapan", country="México")
    deal = make_negotiation(
        chile,
        product="Cherries",
        title="Cherries 2026-27",
        delivery_start="2026-11-20",
        delivery_end="2027-02-03",
    )
    update_product(
        session, deal.product_id, {"for_chinese_new_year": "yes", "shelf_life_days": "40"}
    )
    set_season(session, deal.product_id, "CL", season_months("Nov-Feb", "Dec-Jan"))
    by_close = make_negotiation(
        chile, product="Cherries", title="Cherries spot", expected_close="2027-01-15"
    )
    lost = make_negotiation(
        chile,
        product="Cherries",
        title="Lost",
        delivery_start="2027-01-01",
        delivery_end="2027-01-31",
    )
    update_negotiation(session, lost.id, {"stage": "closed_lost"})
    avocado = make_negotiation(
        mexico,
        product="Avocado",
        title="Hass",
        delivery_start="2027-03-01",
        delivery_end="2027-04-30",
    )
    late = create_shipment(session, deal.id, {"etd": "2027-01-12", "eta": "2027-02-10"})
    fine = create_shipment(session, deal.id, {"etd": "2026-12-20", "eta": "2027-01-24"})
    create_shipment(
        session,
        deal.id,
        {
            "etd": "2027-01-02",
            "eta": "2027-01-30",
            "status": "delivered",
            "atd": "2026-01-02",
            "ata": "2026-01-30",
        },
    )
    return {
        "cherries": deal.product_id,
        "avocado": avocado.product_id,
        "deal": deal.id,
        "by_close": by_close.id,
        "late": late.id,
        "fine": fine.id,
    }


def test_the_grid_of_a_year(session: Session, world: dict[str, int]) -> None:
    grid = season_grid(session, year=2027)
    assert grid.chinese_new_year == date(2027, 2, 6)
    assert [(r.product, r.origin, r.has_season) for r in grid.rows] == [
        ("Avocado", "MX", False),
        ("Cherries", "CL", True),
    ]
    cherries = grid.rows[1]
    assert cherries.for_chinese_new_year is True
    assert [cherries.level(m) for m in (1, 2, 3, 11, 12)] == [
        SeasonLevel.PEAK,
        SeasonLevel.SHIPPING,
        None,
        SeasonLevel.SHIPPING,
        SeasonLevel.PEAK,
    ]
    deals = {n.title: n for n in cherries.negotiations}
    assert set(deals) == {"Cherries 2026-27", "Cherries spot"}  # the lost one is not open
    assert deals["Cherries 2026-27"].months == (1, 2)
    assert deals["Cherries spot"].months == (1,)
    assert deals["Cherries spot"].by_expected_close
    shipments = {s.id: s for s in cherries.shipments}
    assert set(shipments) == {world["late"], world["fine"]}  # the delivered one has arrived
    late, fine = shipments[world["late"]], shipments[world["fine"]]
    assert late.months == (1, 2)
    assert [f.code for f in late.flags] == [CNY_LATE]
    assert late.flags[0].reason == "ETA 2027-02-10 is after Chinese New Year (2027-02-06)"
    assert fine.flags == ()
    assert fine.months == (1,)
    assert [s.id for s in grid.flagged] == [world["late"]]
    assert [r.product for r in grid.rows[:1]] == ["Avocado"]
    assert grid.rows[0].negotiations[0].months == (3, 4)
    assert [name for _id, name in grid.products] == ["Avocado", "Cherries"]


def test_the_year_before_and_one_product(session: Session, world: dict[str, int]) -> None:
    grid = season_grid(session, year=2026, product_id=world["cherries"])
    assert [r.product for r in grid.rows] == ["Cherries"]
    row = grid.rows[0]
    assert [n.months for n in row.negotiations] == [(11, 12)]
    assert [s.months for s in row.shipments] == [(12,)]
    assert grid.chinese_new_year == date(2026, 2, 17)
    far = season_grid(session, year=2040)
    assert far.chinese_new_year is None
    assert [(r.product, r.negotiations, r.shipments) for r in far.rows] == [("Cherries", [], [])]


def test_the_margin_is_a_setting(session: Session, world: dict[str, int]) -> None:
    # fine: 35 days of transit, 40 days' shelf life.
    assert shipment_flags(session, world["fine"], margin_days=5) == []
    flags = shipment_flags(session, world["fine"], margin_days=6)
    assert [f.code for f in flags] == [TRANSIT_TOO_LONG]
    assert flags[0].reason == "transit 35 days exceeds the shelf life 40 days minus 6 days' margin"
    grid = season_grid(session, year=2027, margin_days=10)
    late = next(s for s in grid.rows[1].shipments if s.id == world["late"])
    assert [f.code for f in late.flags] == [CNY_LATE]  # 29 days fit in 40 - 10
    facts = shipment_season_facts(session, world["late"], 7)
    assert (facts.for_chinese_new_year, facts.shelf_life_days, facts.margin_days) == (True, 40, 7)
    with pytest.raises(NotFoundError):
        shipment_flags(session, 999_999)


def test_four_queries_whatever_the_rows(session: Session, world: dict[str, int]) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", count)
    try:
        season_grid(session, year=2027)
    finally:
        event.remove(connection, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 4


def test_the_grid_as_json(session: Session, world: dict[str, int]) -> None:
    data = season_grid(session, year=2027, product_id=world["cherries"]).as_dict()
    assert data["chinese_new_year"] == "2027-02-06"
    assert data["shelf_life_margin_days"] == 5
    row = data["rows"][0]
    assert row["months"]["1"] == "peak"
    assert row["months"]["3"] is None
    late = next(s for s in row["shipments"] if s["id"] == world["late"])
    assert late["flags"] == [
        {"code": "cny_late", "reason": "ETA 2027-02-10 is after Chinese New Year (2027-02-06)"}
    ]
