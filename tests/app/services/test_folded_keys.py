"""Keys folded from what is typed can be longer than it ('ß' folds to 'ss', 'ﷺ' U+FDFA to
18 characters): a name or tax id that fits its column but whose key would not is refused
on its field, never a PostgreSQL DataError nor a key stored past its column on SQLite;
the supplier's and contact's name_key (not unique) is cut to its column instead
(issue 13 point 2). Run on SQLite and on PostgreSQL (TEST_DATABASE_URL)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.services.contacts import create_contact
from app.services.negotiations import create_negotiation
from app.services.products import PRODUCT_FIELDS, create_product, update_product
from app.services.suppliers import create_supplier, set_tags, update_supplier
from models import Contact, Product, Supplier, Tag
from models.text import fold

LIGATURE = "\ufdfa"  # ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM: folds to 18 characters


def _count(session: Session, model: type[Product] | type[Tag]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(
    ("name", "folded"), [(LIGATURE * 200, 3600), ("ß" * 200, 400)], ids=["ligature", "eszett"]
)
def test_a_product_name_folding_past_its_key_is_refused_on_the_name(
    session: Session, name: str, folded: int
) -> None:
    before = _count(session, Product)
    with pytest.raises(ValidationError) as refused:
        create_product(session, {"name": name})
    assert str(refused.value) == (
        f"Name: is too long once written for search ({folded} characters; "
        "at most 200 fit): shorten it"
    )
    assert refused.value.for_field("name") is not None
    assert _count(session, Product) == before
    # The form says so as the user types.
    assert PRODUCT_FIELDS.check_field("name", name, {}) == (
        f"is too long once written for search ({folded} characters; at most 200 fit): shorten it"
    )


def test_a_product_name_folding_to_exactly_its_key_is_kept_and_a_rename_past_it_refused(
    session: Session,
) -> None:
    product = create_product(session, {"name": "ß" * 100})
    assert product.key == "ss" * 100
    with pytest.raises(ValidationError, match="400 characters; at most 200 fit"):
        update_product(session, product.id, {"name": "ß" * 200})
    session.refresh(product)
    assert product.name == "ß" * 100
    assert product.key == "ss" * 100


def test_a_negotiation_naming_such_a_product_is_refused_on_its_product(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Frutícola Llave", "country": "CL"})
    with pytest.raises(ValidationError) as refused:
        create_negotiation(session, supplier.id, {}, product_name=LIGATURE * 200)
    assert str(refused.value) == (
        "Product: is too long once written for search (3600 characters; "
        "at most 200 fit): shorten it"
    )


@pytest.mark.parametrize(
    ("tag", "folded"), [(LIGATURE * 60, 1080), ("ß" * 60, 120)], ids=["ligature", "eszett"]
)
def test_a_tag_folding_past_its_key_is_refused(session: Session, tag: str, folded: int) -> None:
    supplier = create_supplier(session, {"name": "Agrícola Etiqueta", "country": "CL"})
    set_tags(session, supplier.id, ["orgánico"])
    before = _count(session, Tag)
    with pytest.raises(ValidationError) as refused:
        set_tags(session, supplier.id, ["fresco", tag])
    assert str(refused.value) == (
        f"Tags: {tag!r} is too long once written for search ({folded} characters; "
        "at most 60 fit): shorten it"
    )
    assert _count(session, Tag) == before
    session.refresh(supplier)
    assert [t.name for t in supplier.tags] == ["orgánico"]
    assert [t.key for t in set_tags(session, supplier.id, ["ß" * 30])] == ["ss" * 30]


def test_a_tax_id_whose_matching_key_is_past_its_column_is_refused(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        create_supplier(
            session, {"name": "Exportadora Eszett", "country": "CL", "tax_id": "ß" * 40}
        )
    assert str(refused.value) == (
        "Tax id: is too long once written for matching (80 characters; at most 40 fit): shorten it"
    )
    supplier = create_supplier(session, {"name": "Exportadora Eszett", "country": "CL"})
    with pytest.raises(ValidationError, match="80 characters; at most 40 fit"):
        update_supplier(session, supplier.id, {"tax_id": "ß" * 40})
    session.refresh(supplier)
    assert supplier.tax_id is None
    # Twenty fold to forty: the most its key holds.
    assert update_supplier(session, supplier.id, {"tax_id": "ß" * 20}).tax_id_key == "SS" * 20


def test_a_tax_id_of_letters_matching_ignores_is_kept_and_names_are_cut_for_search(
    session: Session,
) -> None:
    """'ﷺ' * 40 folds to Arabic letters, which the matching key leaves out: no key, kept.
    A supplier's or contact's name folding past 200 is kept, its name_key (a sort key
    and a duplicate hint, not unique) cut to the column; its product, whose key is
    unique, is refused."""
    supplier = create_supplier(
        session, {"name": LIGATURE * 200, "country": "CL", "tax_id": LIGATURE * 40}
    )
    contact = create_contact(session, supplier.id, {"name": "ß" * 200})
    session.flush()
    session.expire_all()
    stored = session.get_one(Supplier, supplier.id)
    assert stored.tax_id == LIGATURE * 40
    assert stored.tax_id_key is None
    assert stored.name_key == fold(LIGATURE * 200)[:200]
    assert session.get_one(Contact, contact.id).name_key == "ss" * 100
    with pytest.raises(ValidationError, match="3600 characters; at most 200 fit"):
        create_product(session, {"name": stored.name})
