"""The services' refusals are translatable Messages whose English is unchanged (issue 17):
not found, changed by someone else, in use, and each field's label and reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from app.errors import ConflictError, InUseError, NotFoundError, ValidationError
from app.messages import Message
from app.services import products, suppliers
from app.services.files import size_text
from models import Negotiation, Supplier


def test_not_found_names_the_entity_in_translatable_words(session: Session) -> None:
    with pytest.raises(NotFoundError) as caught:
        suppliers.get_supplier(session, 999)
    message = caught.value.args[0]
    assert message == "Supplier 999 does not exist"
    assert isinstance(message, Message)
    assert isinstance(message.args["entity"], Message)
    assert message.args["entity"].context == "Entities"


def test_a_stale_copy_is_refused_in_translatable_words(
    session: Session, make_supplier: Callable[..., Supplier]
) -> None:
    supplier = make_supplier()
    with pytest.raises(ConflictError) as caught:
        suppliers.update_supplier(session, supplier.id, {"city": "Chillán"}, expected_version=0)
    assert str(caught.value) == (
        f"Supplier {supplier.id} was changed by someone else "
        f"(it is now at version {supplier.version}, you edited version 0)"
    )
    assert isinstance(caught.value.args[0], Message)


def test_in_use_is_a_message(
    session: Session, make_negotiation: Callable[..., Negotiation]
) -> None:
    deal = make_negotiation()
    with pytest.raises(InUseError) as caught:
        suppliers.delete_supplier(session, deal.supplier_id)
    assert isinstance(caught.value.args[0], Message)
    assert str(caught.value).endswith("has negotiations and cannot be deleted; archive it instead")


def test_field_labels_and_reasons_are_messages(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        suppliers.create_supplier(session, {"name": "N/A", "country": "Atlantis"})
    errors = {e.field: e for e in caught.value.errors}
    assert str(errors["name"]) == (
        "Name: 'N/A' is a placeholder, not a name: write the supplier's name"
    )
    assert str(errors["country"]) == (
        "Country: 'Atlantis' is not a country we know (try its ISO code)"
    )
    for error in errors.values():
        assert isinstance(error.label, Message)
        assert error.label.context == "Fields"
        assert isinstance(error.message, Message)
    assert suppliers.SUPPLIER_FIELDS.label("tax_id") == "Tax id"
    with pytest.raises(ValidationError) as caught:
        products.create_product(session, {"name": "Cherries", "temp_min_c": "-80"})
    (error,) = caught.value.errors
    assert str(error) == "Lowest temperature (°C): must be between -60 and 40 °C"


def test_sizes_count_bytes_in_the_plural_form() -> None:
    assert size_text(1) == "1 byte"
    assert size_text(812) == "812 bytes"
    assert isinstance(size_text(812), Message)
    assert size_text(2048) == "2.0 KB"
