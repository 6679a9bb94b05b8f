"""Fixtures the app tests share: a database file for the command line (db), and a
supplier or a negotiation made through the services (make_supplier, make_negotiation)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from models import Negotiation, Supplier


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def make_supplier(session: Session) -> Callable[..., Supplier]:
    def make(**data: Any) -> Supplier:
        return create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL", **data})

    return make


@pytest.fixture
def make_negotiation(
    session: Session, make_supplier: Callable[..., Supplier]
) -> Callable[..., Negotiation]:
    def make(
        supplier: Supplier | None = None, product: str = "Cherries", **data: Any
    ) -> Negotiation:
        supplier = supplier or make_supplier()
        values = {"currency": "USD", "price_unit": "kg", "incoterm": "FOB Valparaíso", **data}
        return create_negotiation(session, supplier.id, values, product_name=product)

    return make
