"""A plan written by PlanCodec reads back equal: by marshal when it holds plain values
(its problems, conflicts and match included), by pickle when it does not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.importing.matching import Match
from app.importing.plan import Conflict, Decision, RowPlan, RowProblem, RowStatus
from app.importing.plan_codec import PlanCodec
from app.messages import translate


def plain(row: int, **changes: object) -> RowPlan:
    plan = RowPlan(
        "Hoja1",
        row,
        RowStatus.CREATE,
        {
            "supplier.name": f"Frutícola {row}",
            "supplier.country": "CL",
            "supplier.products": ("Cereza", "Palta Hass"),
        },
        index=row - 2,
    )
    for name, value in changes.items():
        setattr(plan, name, value)
    return plan


def test_a_plain_plan_goes_by_marshal_and_reads_back_equal() -> None:
    codec = PlanCodec()
    plan = plain(
        7,
        status=RowStatus.UNCHANGED,
        match=Match("tax_id", 100.0, None, 5, "Frutícola 5"),
        merged_into=5,
        conflicts=[Conflict("supplier.city", "City", "Talca", "Curicó")],
        warnings=(RowProblem(7, "Teléfono", "12", "is not a phone number", "Hoja1", warning=True),),
        take_new={"supplier.city"},
        decision=Decision.MERGE,
        new_products=["Cereza"],
        fills={"supplier.region": "Maule"},
    )
    data = codec.dump(plan)
    assert data[:1] == b"m"
    back = codec.load(data)
    assert back == plan
    assert back is not plan
    assert back.values is not plan.values
    assert type(back.status) is RowStatus
    assert type(back.decision) is Decision
    assert type(back.match) is Match
    assert type(back.warnings[0]) is RowProblem


def test_what_marshal_cannot_write_goes_by_pickle() -> None:
    codec = PlanCodec()
    offer = plain(3)
    offer.values["offer.price"] = Decimal("2.35")
    offer.values["offer.valid_until"] = date(2027, 1, 31)
    city = translate("Fields", "City")
    labelled = plain(4, conflicts=[Conflict("supplier.city", city, "a", "b")])
    refused = plain(
        5,
        status=RowStatus.ERROR,
        problems=[RowProblem(5, "País", "", translate("Importing", "is required"), "Hoja1")],
        raw=["Frutícola 5", None, 3.5],
    )
    for plan in (offer, labelled, refused):
        data = codec.dump(plan)
        assert data[:1] == b"p"
        assert codec.load(data) == plan
    assert codec.load(codec.dump(offer)).values["offer.price"] == Decimal("2.35")


def test_plans_with_the_same_fields_share_their_keys() -> None:
    codec = PlanCodec()
    first, second = (codec.load(codec.dump(plain(row))) for row in (2, 3))
    assert list(first.values) == list(plain(2).values)  # the order kept
    for a, b in zip(first.values, second.values, strict=True):
        assert a is b
    other = plain(4)
    other.values["supplier.city"] = "Talca"
    assert codec.load(codec.dump(other)).values == other.values
    assert codec.load(codec.dump(plain(5))) == plain(5)
