from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.supplier_detail import (
    supplier_activities,
    supplier_certifications,
    supplier_contacts,
    supplier_countries,
    supplier_tag_names,
)
from app.services.activities import Parent, add_note, add_task, set_done
from app.services.contacts import create_contact
from app.services.suppliers import (
    archive_supplier,
    create_supplier,
    set_certification,
    set_tags,
)
from models import ActivityKind, Certification


def test_contacts_main_first_and_kept_for_an_archived_supplier(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
    create_contact(session, supplier.id, {"name": "Zoe"})
    create_contact(session, supplier.id, {"name": "ana", "phone": "9 8765 4321"})
    create_contact(session, supplier.id, {"name": "Pedro", "is_primary": "yes"})
    archive_supplier(session, supplier.id)
    lines = supplier_contacts(session, supplier.id)
    assert [c.name for c in lines] == ["Pedro", "ana", "Zoe"]
    assert lines[1].phone == "+56987654321"


def test_certifications_and_tags(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Aguacates Uruapan", "country": "MX"})
    set_certification(
        session,
        supplier.id,
        {"kind": "GlobalG.A.P.", "reference": "GGN 123", "valid_until": "2027-01-31"},
    )
    set_tags(session, supplier.id, ["Orgánico", "avocado"])
    (line,) = supplier_certifications(session, supplier.id)
    assert (line.kind, line.reference, line.valid_until) == (
        Certification.GLOBALGAP,
        "GGN 123",
        date(2027, 1, 31),
    )
    assert sorted(supplier_tag_names(session, supplier.id)) == ["Orgánico", "avocado"]


def test_activities_newest_first_with_task_state(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Camarones del Sur", "country": "AR"})
    add_note(session, Parent("supplier", supplier.id), {"subject": "Met at Fruit Logistica"})
    task = add_task(
        session,
        Parent("supplier", supplier.id),
        {"subject": "Send samples", "due_on": "2026-05-01"},
    )
    set_done(session, task.id)
    lines = supplier_activities(session, supplier.id)
    assert {a.subject for a in lines} == {"Met at Fruit Logistica", "Send samples"}
    done = next(a for a in lines if a.kind is ActivityKind.TASK)
    assert done.is_task
    assert not done.is_open_task
    assert lines == sorted(lines, key=lambda a: a.occurred_at, reverse=True)


def test_missing_supplier_is_an_error(session: Session) -> None:
    with pytest.raises(NotFoundError):
        supplier_activities(session, 999_999)


def test_countries_in_use(session: Session) -> None:
    create_supplier(session, {"name": "Uno", "country": "PE"})
    create_supplier(session, {"name": "Dos", "country": "Chile"})
    gone = create_supplier(session, {"name": "Tres", "country": "EC"})
    archive_supplier(session, gone.id)
    assert {"PE", "CL", "EC"} <= set(supplier_countries(session))
    assert "EC" not in supplier_countries(session, include_archived=False)
