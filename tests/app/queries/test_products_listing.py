"""The products as File > Products lists them: packaging as exact decimal strings and the
figures a product lacks named in the landed cost's words (issue 15 point 2)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.queries.products import product_rows
from app.services.products import create_product


def test_a_product_lacking_packaging_names_what_it_lacks(session: Session) -> None:
    create_product(
        session,
        {"name": "Hass avocado", "hs_code": "0804.40", "kg_per_box": "10",
         "kg_per_container_40": "20000"},
    )  # fmt: skip
    create_product(session, {"name": "Kent mango", "kg_per_container_20": "19000"})
    create_product(session, {"name": "Fresh cherries", "kg_per_box": "5"})
    create_product(session, {"name": "Frozen squid"})
    rows = {r["name"]: r for r in product_rows(session)}
    assert rows["Hass avocado"]["missing_packaging"] == []
    assert (rows["Hass avocado"]["hs_shown"], rows["Hass avocado"]["kg_per_box"]) == (
        "0804.40",
        "10",
    )
    assert rows["Hass avocado"]["kg_per_container_40"] == "20000"
    assert rows["Kent mango"]["missing_packaging"] == ["kg per box"]
    assert rows["Fresh cherries"]["missing_packaging"] == ["kg per container"]
    assert rows["Frozen squid"]["missing_packaging"] == ["kg per box", "kg per container"]
    assert [r["name"] for r in product_rows(session, "mango")] == ["Kent mango"]
