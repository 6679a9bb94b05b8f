from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.services.products import create_product, get_product, update_product
from app.services.seasons import season_months, season_of, set_season
from models import Product, SeasonLevel, SeasonWindow

SHIPPING, PEAK = SeasonLevel.SHIPPING, SeasonLevel.PEAK


@pytest.fixture
def cherries(session: Session) -> Product:
    return create_product(session, {"name": "Cherries", "shelf_life_days": "40"})


def test_a_season_is_set_and_replaced_whole(session: Session, cherries: Product) -> None:
    rows = set_season(
        session, cherries.id, "Chile", {11: "shipping", 12: "peak", 1: "peak", 2: "shipping"}
    )
    assert [(r.month, r.level, r.origin) for r in rows] == [
        (1, PEAK, "CL"),
        (2, SHIPPING, "CL"),
        (11, SHIPPING, "CL"),
        (12, PEAK, "CL"),
    ]
    kept = {r.month: r.id for r in rows}
    set_season(session, cherries.id, "cl", {"12": "Shipping", "1": "peak", "3": "shipping"})
    assert season_of(session, cherries.id, "CL") == {12: SHIPPING, 1: PEAK, 3: SHIPPING}
    ids = dict(session.execute(select(SeasonWindow.month, SeasonWindow.id)).all())
    assert ids[12] == kept[12]
    assert ids[1] == kept[1]
    # Another origin is its own season, untouched by the first.
    set_season(session, cherries.id, "Argentina", {1: "shipping"})
    set_season(session, cherries.id, "CL", {})
    assert season_of(session, cherries.id, "CL") == {}
    assert season_of(session, cherries.id, "AR") == {1: SHIPPING}


def test_bad_fields_are_named_and_nothing_changes(session: Session, cherries: Product) -> None:
    set_season(session, cherries.id, "CL", {12: "peak"})
    with pytest.raises(ValidationError) as refused:
        set_season(session, cherries.id, "Atlantis", {13: "peak", 0: "shipping", 5: "harvest"})
    fields = [e.field for e in refused.value.errors]
    assert fields == ["origin", "month", "month", "level"]
    assert "Origin: 'Atlantis' is not a country" in str(refused.value)
    assert "Month: '13' is not a month (1 to 12)" in str(refused.value)
    assert "Level: 'harvest' is not a season level (shipping or peak)" in str(refused.value)
    assert session.scalar(select(func.count()).select_from(SeasonWindow)) == 1
    with pytest.raises(NotFoundError):
        set_season(session, 999_999, "CL", {1: "peak"})


def test_months_in_words() -> None:
    assert season_months("Nov-Feb", "Dec-Jan") == {11: SHIPPING, 12: PEAK, 1: PEAK, 2: SHIPPING}
    assert season_months("", "Mar") == {3: PEAK}
    with pytest.raises(ValidationError) as refused:
        season_months("Nov-Frimaire", "14")
    assert [e.field for e in refused.value.errors] == ["shipping", "peak"]


def test_a_product_is_marked_for_chinese_new_year(session: Session, cherries: Product) -> None:
    assert get_product(session, cherries.id).for_chinese_new_year is False
    update_product(session, cherries.id, {"for_chinese_new_year": "yes"})
    assert get_product(session, cherries.id).for_chinese_new_year is True
    update_product(session, cherries.id, {"for_chinese_new_year": "no"})
    assert get_product(session, cherries.id).for_chinese_new_year is False
    with pytest.raises(ValidationError) as refused:
        update_product(session, cherries.id, {"for_chinese_new_year": "perhaps"})
    assert str(refused.value) == "For Chinese New Year: 'perhaps' is not yes or no"
    with pytest.raises(ValidationError):
        update_product(session, cherries.id, {"for_chinese_new_year": ""})
    made = create_product(session, {"name": "Lychee", "for_chinese_new_year": "sí"})
    assert made.for_chinese_new_year is True
