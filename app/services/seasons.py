"""Season windows: the months a product ships from an origin country, and its peak.

set_season replaces one product's months from one origin whole (the months not named are
out of season), in the caller's transaction: rows for months that stay are updated in
place, the others added or removed, so the whole change commits or none of it does.
Whether a product is sold for Chinese New Year is a product field
(app.services.products, `for_chinese_new_year`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError, reason
from app.messages import translate
from app.rules import parsing
from app.rules import validation as v
from app.rules.seasons import MONTHS, parse_months
from app.services.common import flush
from app.services.products import get_product
from models import SeasonLevel, SeasonWindow

LABEL = translate("Entities", "Season")


def season_months(shipping: str, peak: str = "") -> dict[int, SeasonLevel]:
    """{month: level} from 'Nov-Feb' (shipping) and 'Dec-Jan' (peak): a peak month ships
    too. ValidationError naming the field that is not understood."""
    errors: list[FieldError] = []
    months: dict[int, SeasonLevel] = {}
    for field, label, text, level in (
        ("shipping", translate("Fields", "Shipping months"), shipping, SeasonLevel.SHIPPING),
        ("peak", translate("Fields", "Peak months"), peak, SeasonLevel.PEAK),
    ):
        if not text.strip():
            continue
        try:
            for month in parse_months(text):
                months[month] = level
        except ValueError as exc:
            errors.append(FieldError(field, label, reason(exc), text))
    if errors:
        raise ValidationError(errors)
    return months


def _parse_month(value: object, _ctx: Mapping[str, Any]) -> int:
    try:
        month = parsing.parse_int(value)
    except ValueError:
        month = 0
    if month not in MONTHS:
        raise ValueError(
            translate("Validation", "{value} is not a month (1 to 12)").format(
                value=repr(str(value).strip())
            )
        )
    return month


def _parse_level(value: object, _ctx: Mapping[str, Any]) -> SeasonLevel:
    try:
        return SeasonLevel(str(value).strip().lower())
    except ValueError:
        raise ValueError(
            translate("Validation", "{value} is not a season level (shipping or peak)").format(
                value=repr(str(value).strip())
            )
        ) from None


SEASON_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("origin", translate("Fields", "Origin"), v.country(), required=True),
        v.Field(
            "month",
            translate("Fields", "Month"),
            v.limited(_parse_month, v.Limit(low=1, high=12)),
            required=True,
        ),
        v.Field(
            "level",
            translate("Fields", "Level"),
            v.limited(_parse_level, v.Limit.of_enum(SeasonLevel)),
            True,
            SeasonLevel.SHIPPING,
        ),
    ],
    model=SeasonWindow,
)


def _clean(origin: object, months: Mapping[Any, Any]) -> tuple[str, dict[int, SeasonLevel]]:
    """The origin's code and {month: level}, or one ValidationError naming every bad field."""
    errors: list[FieldError] = []
    code = ""
    try:
        code = SEASON_FIELDS.clean({"origin": origin, "month": 1})["origin"]
    except ValidationError as exc:
        errors.extend(exc.errors)
    cleaned: dict[int, SeasonLevel] = {}
    for key, value in months.items():
        try:
            row = SEASON_FIELDS.clean({"origin": "CL", "month": key, "level": value})
        except ValidationError as exc:
            errors.extend(exc.errors)
            continue
        cleaned[row["month"]] = row["level"]
    if errors:
        raise ValidationError(errors)
    return code, cleaned


def set_season(
    session: Session, product_id: int, origin: str, months: Mapping[Any, Any]
) -> list[SeasonWindow]:
    """Make `months` ({month 1-12: 'shipping' | 'peak'}) the season of the product from
    `origin` (a country, as any form reads it); an empty mapping clears it. Returns the
    rows, by month."""
    product = get_product(session, product_id)
    code, wanted = _clean(origin, months)
    rows = {
        row.month: row
        for row in session.scalars(
            select(SeasonWindow).where(
                SeasonWindow.product_id == product.id, SeasonWindow.origin == code
            )
        )
    }
    for month, row in rows.items():
        if month not in wanted:
            session.delete(row)
    kept: list[SeasonWindow] = []
    for month in sorted(wanted):
        row = rows.get(month) or SeasonWindow(product_id=product.id, origin=code, month=month)
        if row.id is None:
            session.add(row)
        if row.level != wanted[month]:
            row.level = wanted[month]
        kept.append(row)
    flush(session, LABEL)
    return kept


def season_of(session: Session, product_id: int, origin: str) -> dict[int, SeasonLevel]:
    """The product's months from `origin` as stored: {month: level}."""
    code = parsing.parse_country(origin)
    return {
        month: level
        for month, level in session.execute(
            select(SeasonWindow.month, SeasonWindow.level).where(
                SeasonWindow.product_id == product_id, SeasonWindow.origin == code
            )
        )
    }
