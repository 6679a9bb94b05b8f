"""models.types.StoredNumeric: a SQLite database written before limits were checked may hold
a price of 10^32 (REAL) or a number as text in a NUMERIC(18,4) column; it still opens and
reads (issue 13 point 2)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from models import Negotiation, Offer, OfferSide, Product, Supplier, schema
from models.engine import create_database_engine


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_database_engine(tmp_path / "old.sqlite3")
    schema.upgrade(engine)
    yield engine
    engine.dispose()


def _offer(engine: Engine) -> tuple[int, int]:
    with Session(engine) as session:
        supplier = Supplier(name="Old SpA", country="CL")
        product = Product(name="Cherries", key="cherries")
        negotiation = Negotiation(
            supplier=supplier, product=product, title="Old deal", currency="USD"
        )
        offer = Offer(
            side=OfferSide.SUPPLIER,
            offered_on=date(2026, 1, 5),
            price=Decimal("2.8"),
            currency="USD",
        )
        negotiation.offers.append(offer)
        session.add(negotiation)
        session.commit()
        return negotiation.id, offer.id


def test_values_within_the_digits_read_as_numeric_reads_them(sqlite_engine: Engine) -> None:
    _negotiation_id, offer_id = _offer(sqlite_engine)
    with Session(sqlite_engine) as session:
        price = session.scalar(select(Offer.price).where(Offer.id == offer_id))
    assert price == Decimal("2.8")
    assert str(price) == "2.8000"  # four decimals, as Numeric(18, 4) always gave


def test_a_value_past_the_declared_digits_reads_as_stored(sqlite_engine: Engine) -> None:
    negotiation_id, offer_id = _offer(sqlite_engine)
    with sqlite_engine.begin() as connection:
        connection.execute(
            text("UPDATE offers SET price = 1e32, volume = 1e32 WHERE id = :id"), {"id": offer_id}
        )
        connection.execute(
            text(
                "UPDATE negotiations SET target_price = 1e32, target_volume = 1e20 WHERE id = :id"
            ),
            {"id": negotiation_id},
        )
    with Session(sqlite_engine) as session:
        offer = session.get(Offer, offer_id)
        negotiation = session.get(Negotiation, negotiation_id)
        assert offer is not None
        assert negotiation is not None
        assert offer.price == Decimal("1E+32")
        assert str(offer.price) == "1E+32"  # not 100000000000000005366162204393472.0000
        assert offer.volume == Decimal("1E+32")
        assert negotiation.target_price == Decimal("1E+32")
        assert negotiation.target_volume == Decimal("1E+20")


def test_a_number_written_as_text_reads_and_other_text_reads_as_none(sqlite_engine: Engine) -> None:
    negotiation_id, offer_id = _offer(sqlite_engine)
    with sqlite_engine.begin() as connection:
        connection.execute(
            text("UPDATE offers SET price = '99999999999999999999999999999999' WHERE id = :id"),
            {"id": offer_id},
        )
        connection.execute(
            text("UPDATE negotiations SET target_price = 'n/a' WHERE id = :id"),
            {"id": negotiation_id},
        )
    with Session(sqlite_engine) as session:
        # NUMERIC affinity turned the digits into REAL 1e+32: read as stored.
        assert session.scalar(select(Offer.price).where(Offer.id == offer_id)) == Decimal("1E+32")
        negotiation = session.get(Negotiation, negotiation_id)
        assert negotiation is not None
        assert negotiation.target_price is None


def test_an_expression_on_a_numeric_column_reads(sqlite_engine: Engine) -> None:
    """price * 2 takes the column's type copied without its digits (the dashboard's sums)."""
    _negotiation_id, offer_id = _offer(sqlite_engine)
    with Session(sqlite_engine) as session:
        doubled = session.scalar(select(Offer.price * 2).where(Offer.id == offer_id))
    assert doubled == Decimal("5.6")
