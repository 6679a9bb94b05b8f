"""Products: what is traded, with the cold chain a reefer needs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from app.errors import FieldError, InUseError, ValidationError
from app.rules import validation as v
from app.rules.vocabulary import UNIT_SYNONYMS
from app.services.common import (
    apply_changes,
    check_version,
    current_values,
    flush,
    get_or_fail,
    like_pattern,
)
from models import Negotiation, Product, Unit, supplier_products
from models.text import fold

LABEL = "Product"


def _parse_hs_code(value: object, _ctx: Mapping[str, Any]) -> str:
    code = "".join(ch for ch in str(value) if ch.isdigit())
    if len(code) not in (4, 6, 8, 10):
        raise ValueError(f"{str(value).strip()!r} is not an HS code (4 to 10 digits)")
    return code


def _temperature(value: object, _ctx: Mapping[str, Any]) -> Any:
    number = v.decimal_number(v.TEMPERATURE)(str(value).replace("°C", "").replace("ºC", ""), _ctx)
    if not -60 <= number <= 40:
        raise ValueError("must be between -60 and 40 °C")
    return number


_hs_code = v.limited(_parse_hs_code, v.Limit(length=10))


def _temperature_max(value: object, ctx: Mapping[str, Any]) -> Any:
    number = _temperature(value, ctx)
    low = ctx.get("temp_min_c")
    if low is not None and number < low:
        raise ValueError(f"is below the lowest temperature ({low} °C)")
    return number


PRODUCT_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("name", "Name", v.text(200), required=True),
        v.Field("category", "Category", v.text(80)),
        v.Field("hs_code", "HS code", _hs_code),
        v.Field("default_unit", "Unit", v.choice(Unit, UNIT_SYNONYMS), True, Unit.KG),
        v.Field("shelf_life_days", "Shelf life (days)", v.whole_number(minimum=1)),
        v.Field("temp_min_c", "Lowest temperature (°C)", v.limited(_temperature, v.TEMPERATURE)),
        v.Field(
            "temp_max_c",
            "Highest temperature (°C)",
            v.limited(_temperature_max, v.TEMPERATURE),
        ),
    ],
    model=Product,
)


def get_product(session: Session, product_id: int) -> Product:
    return get_or_fail(session, Product, product_id, LABEL)


def find_product(session: Session, name: str) -> Product | None:
    return session.scalar(select(Product).where(Product.key == fold(name)))


def create_product(session: Session, data: Mapping[str, Any]) -> Product:
    values = PRODUCT_FIELDS.clean(data)
    _check_name_free(session, values["name"], None)
    product = Product(key=fold(values["name"]), **values)
    session.add(product)
    flush(session, LABEL, product)
    return product


def get_or_create_product(session: Session, name: str) -> Product:
    return find_product(session, name) or create_product(session, {"name": name})


def update_product(
    session: Session,
    product_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Product:
    product = get_product(session, product_id)
    check_version(product, expected_version, LABEL)
    values = PRODUCT_FIELDS.clean(changes, current=current_values(product))
    if "name" in values:
        _check_name_free(session, values["name"], product.id)
        values["key"] = fold(values["name"])
    apply_changes(product, values)
    flush(session, LABEL, product)
    return product


def _check_name_free(session: Session, name: str, own_id: int | None) -> None:
    clash = find_product(session, name)
    if clash is not None and clash.id != own_id:
        raise ValidationError(
            [FieldError("name", "Name", f"a product called {clash.name!r} already exists", name)]
        )


def delete_product(session: Session, product_id: int) -> None:
    product = get_product(session, product_id)
    used = session.scalar(
        select(
            exists().where(Negotiation.product_id == product.id)
            | exists().where(supplier_products.c.product_id == product.id)
        )
    )
    if used:
        raise InUseError(f"{product.name} is used by suppliers or negotiations")
    session.delete(product)
    flush(session, LABEL)


def search_products(session: Session, text: str = "", limit: int = 200) -> list[Product]:
    query = select(Product).order_by(Product.key).limit(limit)
    if text.strip():
        pattern = like_pattern(fold(text))
        query = query.where(
            or_(
                Product.key.like(pattern, escape="\\"), Product.category.ilike(pattern, escape="\\")
            )
        )
    return list(session.scalars(query))
