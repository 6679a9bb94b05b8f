"""The field tables of each import target: which fields a target requires, their kinds
and vocabularies, as fields.field() and TARGETS give them."""

from __future__ import annotations

import re

import pytest

from app.errors import ServiceError
from app.importing.fields import PRICE_LIST, SUPPLIERS, TARGETS, field
from models import SupplierStatus


def test_fields_of_each_target() -> None:
    assert {s.key for s in TARGETS[SUPPLIERS] if s.required} == {
        "supplier.name",
        "supplier.country",
    }
    assert {s.key for s in TARGETS[PRICE_LIST] if s.required} == {"offer.product", "offer.price"}
    assert field(SUPPLIERS, "supplier.status").vocabulary["activo"] is SupplierStatus.ACTIVE
    assert field(PRICE_LIST, "offer.price").kind == "money"
    with pytest.raises(ServiceError, match=re.escape("no field 'offer.price'")):
        field(SUPPLIERS, "offer.price")
    with pytest.raises(ServiceError, match="Unknown import target 'shipments'"):
        field("shipments", "x")
