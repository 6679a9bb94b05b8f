from __future__ import annotations

from app.rules.conflicts import compare, merged
from app.services.suppliers import SUPPLIER_FIELDS


def test_compare_and_merge() -> None:
    original = {"name": "Frutícola Ñuble", "city": "Chillán", "phone": None, "notes": "a"}
    theirs = {**original, "city": "Curicó", "notes": "b"}
    yours = {**original, "city": "Talca", "phone": "+56965432109", "notes": "b"}
    changes = {c.field: c for c in compare(SUPPLIER_FIELDS, original, theirs, yours)}
    assert set(changes) == {"city", "phone", "notes"}
    assert changes["city"].clash
    assert changes["city"].label == "City"
    assert not changes["phone"].clash
    assert changes["phone"].you_changed
    assert not changes["notes"].clash  # both wrote the same thing
    assert merged(list(changes.values()), keep_yours=set()) == {"phone": "+56965432109"}
    assert merged(list(changes.values()), keep_yours={"city"}) == {
        "city": "Talca",
        "phone": "+56965432109",
    }
