"""Products: what is traded, with the cold chain a reefer needs.

A product's `key` is its folded name (models.text.fold): one product per
spelling-insensitive name, found by it (find_product, the importer) and searched in it.
Folding can make a name longer ('ß' becomes 'ss', 'ﷺ' U+FDFA 18 characters), so a name
that fits its column can fold past the key's: such a name is refused, naming the field,
before the database sees it (`fitting_key`). Cutting the key to its column instead would
be unsound: the key is UNIQUE and matched whole, so two different names that fold alike
for their first 200 characters ('ß' * 200 and 'ß' * 100) would become one product.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from app.errors import FieldError, InUseError, ServiceError, ValidationError, reason
from app.messages import translate
from app.rules import parsing, units
from app.rules import validation as v
from app.rules.vocabulary import UNIT_SYNONYMS
from app.services.common import (
    apply_changes,
    current_values,
    flush,
    get_for_update,
    get_or_fail,
    like_pattern,
)
from models import Negotiation, Product, Unit, supplier_products
from models.product import PACKAGING_PRECISION, PACKAGING_SCALE
from models.text import fold

LABEL = translate("Entities", "Product")
NAME_LENGTH = 200


def fitting_key(key: str, column: ColumnElement[Any], purpose: str) -> str:
    """`key` if `column` holds it, else ValueError saying how long it is and what fits.

    A key is what the program derives from what was typed (fold, tax_id_key) to find
    and match records by; it can be longer than the text it comes from, so the text's
    own limit does not cover it. The column's limit is read through validation.Limit,
    the one source of every column's limits."""
    limit = v.Limit.of_column(column.type)
    length = limit.length if limit is not None else None
    if length is not None and len(key) > length:
        if purpose == "matching":
            message = translate(
                "Validation",
                "is too long once written for matching ({length} characters; "
                "at most {limit} fit): shorten it",
            )
        else:
            message = translate(
                "Validation",
                "is too long once written for search ({length} characters; "
                "at most {limit} fit): shorten it",
            )
        raise ValueError(message.format(length=len(key), limit=length))
    return key


KEY_COLUMN: ColumnElement[Any] = Product.__table__.c["key"]


def product_key(name: str) -> str:
    """`Product.key` of a name: fold(name), or ValueError when that is past the column."""
    return fitting_key(fold(name), KEY_COLUMN, "search")


def _parse_name(value: object, _ctx: Mapping[str, Any]) -> str:
    name = parsing.parse_text(value, NAME_LENGTH)
    product_key(name)
    return name


def _parse_hs_code(value: object, _ctx: Mapping[str, Any]) -> str:
    code = "".join(ch for ch in str(value) if ch.isdigit())
    if len(code) not in (4, 6, 8, 10):
        raise ValueError(
            translate("Validation", "{value} is not an HS code (4 to 10 digits)").format(
                value=repr(str(value).strip())
            )
        )
    return code


def _temperature(value: object, _ctx: Mapping[str, Any]) -> Any:
    number = v.decimal_number(v.TEMPERATURE)(str(value).replace("°C", "").replace("ºC", ""), _ctx)
    if not -60 <= number <= 40:
        raise ValueError(translate("Validation", "must be between -60 and 40 °C"))
    return number


PACKAGING = v.Limit(whole_digits=PACKAGING_PRECISION - PACKAGING_SCALE, scale=PACKAGING_SCALE)
_packaging = v.positive_decimal(PACKAGING)
_hs_code = v.limited(_parse_hs_code, v.Limit(length=10))
_name = v.limited(_parse_name, v.Limit(length=NAME_LENGTH))


def _temperature_max(value: object, ctx: Mapping[str, Any]) -> Any:
    number = _temperature(value, ctx)
    low = ctx.get("temp_min_c")
    if low is not None and number < low:
        raise ValueError(
            translate("Validation", "is below the lowest temperature ({low} °C)").format(low=low)
        )
    return number


PRODUCT_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("name", translate("Fields", "Name"), _name, required=True),
        v.Field("category", translate("Fields", "Category"), v.text(80)),
        v.Field("hs_code", translate("Fields", "HS code"), _hs_code),
        v.Field(
            "default_unit",
            translate("Fields", "Unit"),
            v.choice(Unit, UNIT_SYNONYMS),
            True,
            Unit.KG,
        ),
        v.Field(
            "shelf_life_days", translate("Fields", "Shelf life (days)"), v.whole_number(minimum=1)
        ),
        v.Field(
            "temp_min_c",
            translate("Fields", "Lowest temperature (°C)"),
            v.limited(_temperature, v.TEMPERATURE),
        ),
        v.Field(
            "temp_max_c",
            translate("Fields", "Highest temperature (°C)"),
            v.limited(_temperature_max, v.TEMPERATURE),
        ),
        v.Field("kg_per_box", translate("Fields", "Net kg per box"), _packaging),
        v.Field("kg_per_container_20", translate("Fields", "Net kg per 20' container"), _packaging),
        v.Field("kg_per_container_40", translate("Fields", "Net kg per 40' container"), _packaging),
        # Required with a default: a new product is not for it unless said; an edit
        # cannot blank it (the column holds yes or no).
        v.Field(
            "for_chinese_new_year",
            translate("Fields", "For Chinese New Year"),
            v.boolean(),
            True,
            False,
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
    product = Product(key=product_key(values["name"]), **values)
    session.add(product)
    flush(session, LABEL, product)
    return product


def get_or_create_product(session: Session, name: str) -> Product:
    """The product called `name` (by key), created if there is none. A name refused is
    a ValidationError on the field "product" (the caller's: a negotiation's product)."""
    found = find_product(session, name)
    if found is not None:
        return found
    try:
        return create_product(session, {"name": name})
    except ValidationError as exc:
        raise ValidationError(
            FieldError("product", translate("Fields", "Product"), e.message, e.value)
            for e in exc.errors
        ) from None


def update_product(
    session: Session,
    product_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Product:
    product = get_for_update(session, Product, product_id, LABEL, expected_version)
    values = PRODUCT_FIELDS.clean(changes, current=current_values(product))
    if "name" in values:
        _check_name_free(session, values["name"], product.id)
        values["key"] = product_key(values["name"])
    apply_changes(product, values)
    flush(session, LABEL, product)
    return product


def _check_name_free(session: Session, name: str, own_id: int | None) -> None:
    clash = find_product(session, name)
    if clash is not None and clash.id != own_id:
        raise ValidationError(
            [
                FieldError(
                    "name",
                    PRODUCT_FIELDS.label("name"),
                    translate("Products", "a product called {name} already exists").format(
                        name=repr(clash.name)
                    ),
                    name,
                )
            ]
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
        raise InUseError(
            translate("Products", "{name} is used by suppliers or negotiations").format(
                name=product.name
            )
        )
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


def packaging_of(product: Product) -> units.Packaging:
    """The product's packaging figures, for app.rules.units."""
    return units.Packaging(
        product=product.name,
        kg_per_box=product.kg_per_box,
        kg_per_container_20=product.kg_per_container_20,
        kg_per_container_40=product.kg_per_container_40,
        product_id=product.id,
    )


def product_kg_per_unit(session: Session, product_id: int, unit: Unit | str) -> Decimal:
    """The kg in one `unit` of the product; ServiceError naming the packaging it lacks."""
    try:
        return units.kg_per_unit(unit, packaging_of(get_product(session, product_id)))
    except ValueError as exc:
        raise ServiceError(reason(exc)) from None
