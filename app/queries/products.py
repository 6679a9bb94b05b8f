"""The products as File > Products shows them: every field, the packaging figures as exact
decimal strings, and which packaging figure each one lacks.

A product without kg per box cannot turn a price or volume per box (or carton) into kg,
and one without a container figure cannot turn one per container: its landed cost then
says which is missing (app.rules.units). `missing_packaging` names them up front.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.queries.fx_rates import exact_text
from app.queries.tariffs import hs_shown
from app.services.products import packaging_of, search_products
from models import Product

KG_PER_BOX = "kg per box"
KG_PER_CONTAINER = "kg per container"


def missing_packaging(product: Product) -> list[str]:
    """The packaging figures the product lacks, in the words the landed cost uses."""
    packaging = packaging_of(product)
    missing = []
    if packaging.kg_per_box is None:
        missing.append(KG_PER_BOX)
    if packaging.kg_per_container is None:
        missing.append(KG_PER_CONTAINER)
    return missing


def _text(number: Decimal | None) -> str | None:
    return None if number is None else exact_text(number)


def product_row(product: Product) -> dict[str, Any]:
    return {
        "id": product.id,
        "version": product.version,
        "name": product.name,
        "category": product.category,
        "hs_code": product.hs_code,
        "hs_shown": hs_shown(product.hs_code),
        "default_unit": product.default_unit.value,
        "shelf_life_days": product.shelf_life_days,
        "temp_min_c": _text(product.temp_min_c),
        "temp_max_c": _text(product.temp_max_c),
        "kg_per_box": _text(product.kg_per_box),
        "kg_per_container_20": _text(product.kg_per_container_20),
        "kg_per_container_40": _text(product.kg_per_container_40),
        "missing_packaging": missing_packaging(product),
        "for_chinese_new_year": product.for_chinese_new_year,
    }


def product_rows(session: Session, text: str = "", *, limit: int = 500) -> list[dict[str, Any]]:
    """The products whose name or category holds `text` (all when empty), by name: one
    query."""
    return [product_row(p) for p in search_products(session, text, limit=limit)]
