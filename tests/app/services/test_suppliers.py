from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, InUseError, NotFoundError, ValidationError
from app.services import suppliers as svc
from app.services.contacts import create_contact
from models import Certification, Supplier, SupplierStatus, Tag

MakeSupplier = Callable[..., Supplier]


def test_create_normalises_every_field(session: Session) -> None:
    supplier = svc.create_supplier(
        session,
        {
            "name": "  Aguacates   del Valle de Uruapan S.A. de C.V. ",
            "country": "México",
            "city": "Uruapan",
            "region": "Michoacán",
            "tax_id": "avu-010203-k45",
            "website": "www.aguacatesdelvalle.mx",
            "email": " Ventas@AguacatesDelValle.MX ",
            "phone": "452 123 4567",
            "status": "activo",
            "kind": "empacadora",
        },
    )
    assert supplier.id is not None
    assert supplier.name == "Aguacates del Valle de Uruapan S.A. de C.V."
    assert supplier.country == "MX"
    assert supplier.phone == "+524521234567"
    assert supplier.email == "Ventas@aguacatesdelvalle.mx"
    assert supplier.website == "https://www.aguacatesdelvalle.mx"
    assert supplier.status is SupplierStatus.ACTIVE
    assert supplier.kind == "packer"
    assert supplier.tax_id == "avu-010203-k45"
    assert supplier.tax_id_key == "AVU010203K45"
    assert supplier.version == 1
    assert supplier.created_by == supplier.updated_by == "tester"
    assert supplier.created_at.tzinfo is not None


def test_create_defaults_status_to_prospect(make_supplier: MakeSupplier) -> None:
    assert make_supplier().status is SupplierStatus.PROSPECT


def test_create_lists_every_bad_field_at_once(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_supplier(
            session,
            {"name": "", "country": "Narnia", "email": "ventas@", "status": "dormant", "x": 1},
        )
    errors = {e.field: e for e in caught.value.errors}
    assert set(errors) == {"name", "country", "email", "status", "x"}
    assert errors["name"].message == "is required"
    assert "Narnia" in errors["country"].message
    assert errors["status"].label == "Status"
    assert "not one of" in errors["status"].message
    assert session.scalars(select(Supplier)).all() == []


def test_local_phone_needs_the_country_it_is_read_in(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_supplier(session, {"name": "X", "country": "Chile", "phone": "123"})
    assert "not a valid phone number for Chile" in str(caught.value)


def test_same_tax_id_in_same_country_is_refused(make_supplier: MakeSupplier) -> None:
    first = make_supplier(tax_id="76.123.456-7")
    with pytest.raises(ValidationError) as caught:
        make_supplier(name="Otra", tax_id="76123456-7")
    message = caught.value.for_field("tax_id")
    assert message is not None
    assert first.name in message.message


def test_same_tax_id_in_another_country_is_allowed(make_supplier: MakeSupplier) -> None:
    make_supplier(tax_id="12345678")
    other = make_supplier(country="PE", tax_id="12345678")
    assert other.country == "PE"


def test_update_changes_only_given_fields_and_bumps_version(
    make_supplier: MakeSupplier, session: Session
) -> None:
    supplier = make_supplier(city="Chillán", phone="+56 9 6543 2109")
    updated = svc.update_supplier(
        session, supplier.id, {"city": "Curicó"}, expected_version=supplier.version
    )
    assert updated.city == "Curicó"
    assert updated.phone == "+56965432109"
    assert updated.version == 2


def test_update_reads_the_supplier_with_its_children_in_one_statement(
    make_supplier: MakeSupplier, session: Session
) -> None:
    """Issue 18: one SELECT before the UPDATE (the supplier, its products and contacts,
    which its search text is made of), and no tax-id check when country and tax id stay
    as they were: each statement is a round trip to a far server."""
    supplier = make_supplier(name="Agrícola Sur", tax_id="76.123.456-7")
    create_contact(session, supplier.id, {"name": "Ana Soto"})
    session.flush()
    supplier_id, version = supplier.id, supplier.version
    session.expunge_all()
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if not statement.startswith(("SAVEPOINT", "RELEASE")):
            sent.append(statement.split()[0].upper())

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", note)
    try:
        updated = svc.update_supplier(
            session, supplier_id, {"city": "Talca"}, expected_version=version
        )
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert updated.city == "Talca"
    assert sent[: sent.index("UPDATE")] == ["SELECT"], sent
    search_text = session.scalar(select(Supplier.search_text).where(Supplier.id == supplier_id))
    assert search_text is not None
    assert "ana soto" in search_text


def test_update_on_a_stale_copy_is_a_conflict(
    make_supplier: MakeSupplier, session: Session
) -> None:
    supplier = make_supplier()
    svc.update_supplier(session, supplier.id, {"city": "Talca"}, expected_version=1)
    with pytest.raises(ConflictError) as caught:
        svc.update_supplier(session, supplier.id, {"city": "Linares"}, expected_version=1)
    assert caught.value.actual_version == 2
    assert session.get(Supplier, supplier.id).city == "Talca"


def test_update_reads_a_new_phone_in_the_new_country(
    make_supplier: MakeSupplier, session: Session
) -> None:
    supplier = make_supplier()
    updated = svc.update_supplier(
        session, supplier.id, {"country": "Brasil", "phone": "(11) 98765-4321"}
    )
    assert updated.phone == "+5511987654321"


def test_update_refuses_blank_required_field(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    with pytest.raises(ValidationError, match="Name: is required"):
        svc.update_supplier(session, supplier.id, {"name": "  "})


def test_missing_supplier_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError, match="Supplier 999 does not exist"):
        svc.update_supplier(session, 999, {"city": "X"})


def test_archive_and_restore(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    svc.archive_supplier(session, supplier.id)
    assert supplier.is_archived
    assert svc.count_suppliers(session) == 0
    assert svc.count_suppliers(session, include_archived=True) == 1
    svc.restore_supplier(session, supplier.id)
    assert not supplier.is_archived
    assert svc.count_suppliers(session) == 1


def test_delete_refused_while_a_negotiation_refers_to_it(
    make_negotiation: Callable[..., object], make_supplier: MakeSupplier, session: Session
) -> None:
    supplier = make_supplier()
    make_negotiation(supplier)
    with pytest.raises(InUseError, match="archive it instead"):
        svc.delete_supplier(session, supplier.id)
    assert session.get(Supplier, supplier.id) is not None


def test_delete_takes_contacts_with_it(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    create_contact(session, supplier.id, {"name": "Ana"})
    svc.delete_supplier(session, supplier.id)
    assert session.get(Supplier, supplier.id) is None


def test_tags_are_shared_case_and_accent_insensitively(
    make_supplier: MakeSupplier, session: Session
) -> None:
    first = make_supplier()
    second = make_supplier(name="Otro", country="MX")
    svc.set_tags(session, first.id, ["Orgánico", "premium", "PREMIUM"])
    svc.set_tags(session, second.id, ["organico"])
    assert [t.name for t in first.tags] == ["Orgánico", "premium"]
    assert second.tags[0] is first.tags[0]
    assert len(session.scalars(select(Tag)).all()) == 2


def test_certification_is_added_then_updated(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    svc.set_certification(session, supplier.id, {"kind": "Global GAP", "valid_until": "2027-03-01"})
    svc.set_certification(session, supplier.id, {"kind": "globalgap", "reference": "4063061"})
    assert len(supplier.certifications) == 1
    cert = supplier.certifications[0]
    assert cert.kind is Certification.GLOBALGAP
    assert cert.reference == "4063061"
    assert cert.valid_until == date(2027, 3, 1)
    assert svc.expiring_certifications(session, date(2027, 6, 1)) == [cert]
    svc.remove_certification(session, supplier.id, Certification.GLOBALGAP)
    assert supplier.certifications == []


def test_bad_certification_kind_is_named(make_supplier: MakeSupplier, session: Session) -> None:
    supplier = make_supplier()
    with pytest.raises(ValidationError, match="Certification: 'ISO 9001' is not one of"):
        svc.set_certification(session, supplier.id, {"kind": "ISO 9001"})


@pytest.mark.parametrize("name", ["N/A", "Sin nombre", "无", "s/n", " TBD "])
def test_a_placeholder_name_is_refused_as_the_import_refuses_it(
    session: Session, make_supplier: MakeSupplier, name: str
) -> None:
    with pytest.raises(ValidationError, match="is a placeholder, not a name"):
        svc.create_supplier(session, {"name": name, "country": "MX"})
    supplier = make_supplier()
    with pytest.raises(ValidationError, match=r"Name: .* is a placeholder"):
        svc.update_supplier(session, supplier.id, {"name": name})
    assert svc.SUPPLIER_FIELDS.check_field("name", name, {}) is not None  # the form says so
