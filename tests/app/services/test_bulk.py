from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.queries.search import SupplierQuery, search_suppliers
from app.services import bulk
from app.services.bulk import (
    ContactRecord,
    NegotiationRecord,
    OfferRecord,
    SupplierRecord,
    bulk_insert_negotiations,
    bulk_insert_offers,
    bulk_insert_suppliers,
)
from app.services.contacts import create_contact
from app.services.negotiations import create_negotiation, update_negotiation
from app.services.products import create_product
from app.services.suppliers import create_supplier, set_products, update_supplier
from models import (
    Contact,
    Negotiation,
    NegotiationStage,
    OfferSide,
    Product,
    Supplier,
    SupplierKind,
    SupplierStatus,
    Unit,
    supplier_products,
)
from models.audit import server_login
from models.bulk_writer import TableWriter
from models.search_index import FTS_TABLE, refresh_supplier

SERVICE_DATA = {
    "name": "Agrícola San José de Ñuble Ltda.",
    "legal_name": "Sociedad Agrícola San José Limitada",
    "kind": "grower",
    "status": "active",
    "country": "CL",
    "region": "Región de Ñuble",
    "city": "Chillán",
    "address": "Camino a Pinto km 3",
    "tax_id": "76.543.210-k",
    "website": "https://sanjose.cl",
    "email": "ventas@SanJose.cl",
    "phone": "+56 42 222 3344",
    "notes": "Cerezas y arándanos.",
}
CONTACTS = (
    {
        "name": "María José Peña",
        "role": "Gerente",
        "email": "mjpena@sanjose.cl",
        "is_primary": True,
    },
    {"name": "João Conceição", "phone": "+56 9 8765 4321", "language": "pt"},
)


def who(session: Session) -> str:
    """The name the rows record: the session's actor on SQLite, the login on PostgreSQL."""
    return server_login(session.connection()) or "tester"


def _service_supplier(session: Session, product_names: tuple[str, ...] = ()) -> Supplier:
    supplier = create_supplier(session, SERVICE_DATA)
    for contact in CONTACTS:
        create_contact(session, supplier.id, contact)
    if product_names:
        products = [create_product(session, {"name": n}).id for n in product_names]
        set_products(session, supplier.id, products)
    return supplier


def _record_like(supplier: Supplier, **changes: Any) -> SupplierRecord:
    """The normalised values the services stored, as a bulk record."""
    values: dict[str, Any] = {
        "name": supplier.name,
        "country": supplier.country,
        "legal_name": supplier.legal_name,
        "kind": supplier.kind,
        "status": supplier.status,
        "region": supplier.region,
        "city": supplier.city,
        "address": supplier.address,
        "tax_id": supplier.tax_id,
        "website": supplier.website,
        "email": supplier.email,
        "phone": supplier.phone,
        "notes": supplier.notes,
        "contacts": tuple(
            ContactRecord(
                name=c.name,
                role=c.role,
                email=c.email,
                phone=c.phone,
                whatsapp=c.whatsapp,
                wechat=c.wechat,
                language=c.language,
                is_primary=c.is_primary,
                notes=c.notes,
            )
            for c in supplier.contacts
        ),
        "product_names": tuple(p.name for p in supplier.products),
    }
    values.update(changes)
    return SupplierRecord(**values)


def _record(name: str, country: str = "MX", **values: Any) -> SupplierRecord:
    return SupplierRecord(name=name, country=country, **values)


def _fts_ids(session: Session, query: str) -> set[int]:
    rows = session.execute(
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"), {"q": f'"{query}"'}
    )
    return {r[0] for r in rows}


def _search(session: Session, query: str) -> list[int]:
    return [r.id for r in search_suppliers(session, SupplierQuery(text=query)).rows]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


# --- equivalence with the services ----------------------------------------------------------


def test_bulk_supplier_equals_service_supplier(session: Session) -> None:
    made = _service_supplier(session, ("Cereza Lapins",))
    # Same data in another country, so the tax id does not clash.
    (bulk_id,) = bulk_insert_suppliers(session, [_record_like(made, country="AR")])
    session.expire_all()
    made = session.get_one(Supplier, made.id)
    bulk = session.get_one(Supplier, bulk_id)

    assert bulk.search_text == made.search_text
    assert bulk.name_key == made.name_key
    assert bulk.tax_id_key == made.tax_id_key == "76543210K"
    for column in ("name", "legal_name", "kind", "status", "region", "city", "address"):
        assert getattr(bulk, column) == getattr(made, column), column
    for column in ("tax_id", "website", "email", "phone", "notes", "archived_at"):
        assert getattr(bulk, column) == getattr(made, column), column
    assert bulk.version == 1  # the service's supplier was updated by each contact it got
    assert bulk.created_by == bulk.updated_by == who(session)
    assert bulk.created_at.tzinfo is UTC
    assert bulk.updated_at == bulk.created_at
    assert [p.name for p in bulk.products] == ["Cereza Lapins"]
    contact_columns = ("name", "name_key", "role", "email", "phone", "language", "is_primary")
    for ours, theirs in zip(bulk.contacts, made.contacts, strict=True):
        for column in (*contact_columns, "created_by", "updated_by"):
            assert getattr(ours, column) == getattr(theirs, column), column
        assert ours.created_at.tzinfo is UTC
        assert ours.version == 1
    assert [c.name_key for c in bulk.contacts] == ["maria jose pena", "joao conceicao"]


def test_search_text_matches_what_the_listener_computes_after_a_reload(session: Session) -> None:
    records = [
        _record(
            "Frutas del Maule",
            "CL",
            tax_id="77.111.222-3",
            city="Talca",
            region="Maule",
            product_names=("uva de mesa", "Arándano", "Cereza", "arandano"),
            contacts=(ContactRecord("Ana Núñez"), ContactRecord("Zoë Ødegård")),
        ),
        _record("Sin Nada", "PE"),
    ]
    ids = bulk_insert_suppliers(session, records)
    session.expire_all()
    for supplier_id in ids:
        supplier = session.get_one(Supplier, supplier_id)
        stored = (supplier.search_text, supplier.name_key, supplier.tax_id_key)
        refresh_supplier(supplier)
        assert (supplier.search_text, supplier.name_key, supplier.tax_id_key) == stored
    maule = session.get_one(Supplier, ids[0])
    assert [p.name for p in maule.products] == ["Arándano", "Cereza", "uva de mesa"]
    # A later edit through the services keeps what bulk wrote and bumps the version.
    update_supplier(session, ids[0], {"city": "Curicó"}, expected_version=1)
    assert maule.version == 2
    assert "curico" in maule.search_text
    assert "ana nunez | zoe odegard" in maule.search_text


def test_bulk_fills_every_column_it_can(session: Session) -> None:
    """A column added to a table must be added here too, or it silently gets its default."""
    stamps = bulk._Stamps(session)
    record = _record("Fill", contacts=(ContactRecord("Ana"),))
    products = bulk._ProductCache(session, stamps)
    columns = {
        bulk.SUPPLIERS: (bulk.SUPPLIER_COLUMNS, bulk._supplier_row(record, products)),
        bulk.CONTACTS: (
            bulk.CONTACT_COLUMNS,
            bulk._contact_row(1, record.contacts[0], bulk._Folds()),
        ),
        bulk.NEGOTIATIONS: (
            bulk.NEGOTIATION_COLUMNS,
            bulk._negotiation_row(NegotiationRecord(1, 1, "t")),
        ),
        bulk.OFFERS: (
            bulk.OFFER_COLUMNS,
            bulk._offer_row(OfferRecord(1, OfferSide.BUYER, date(2026, 1, 1), Decimal(1), "USD")),
        ),
    }
    for table, (names, row) in columns.items():
        given = {*names, *stamps.new_row}
        assert given == set(table.c.keys()) - {"id", "archived_at"}, table.name
        assert len(names) == len(set(names)) == len(row), table.name


# --- search ---------------------------------------------------------------------------------


@pytest.fixture
def bulk_ids(session: Session) -> list[int]:
    return bulk_insert_suppliers(
        session,
        [
            _record(
                "Exportadora Conceição do Vale",
                "BR",
                city="Petrolina",
                tax_id="12.345.678/0001-95",
                product_names=("Manga Tommy",),
                contacts=(ContactRecord("José Gonçalves"), ContactRecord("Iñaki Muñoz")),
            ),
            _record(
                "Pesquera Austral",
                "AR",
                city="Puerto Madryn",
                tax_id="30-71234567-8",
                product_names=("Langostino",),
            ),
            _record("Aguacates Uruapan", "MX", city="Uruapan", kind=SupplierKind.PACKER),
        ],
        chunk_size=2,
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("goncalves", [0]),
        ("inaki munoz", [0]),
        ("conceicao", [0]),
        ("0001-95", [0]),
        ("678000195", [0]),
        ("7123456", [1]),
        ("langostino", [1]),
        ("manga", [0]),
        ("madryn", [1]),
        ("ur", [2]),
        ("zzzz", []),
    ],
)
def test_search_finds_bulk_rows(
    session: Session, bulk_ids: list[int], query: str, expected: list[int]
) -> None:
    assert sorted(_search(session, query)) == sorted(bulk_ids[i] for i in expected)


def test_fts_index_stays_consistent(session: Session, bulk_ids: list[int]) -> None:
    if not _is_sqlite(session):
        pytest.skip("FTS5 is the SQLite index")
    # Raises if the FTS index disagrees with the suppliers table (external content).
    session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')"))
    assert _fts_ids(session, "goncalves") == {bulk_ids[0]}
    like = session.scalars(select(Supplier.id).where(Supplier.search_text.like("%uruapan%")))
    assert _fts_ids(session, "uruapan") == set(like) == {bulk_ids[2]}
    # Rows bulk wrote are indexed like any other: an ORM edit re-indexes them.
    update_supplier(session, bulk_ids[2], {"name": "Paltas Michoacán"})
    session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')"))
    assert _fts_ids(session, "michoacan") == {bulk_ids[2]}
    assert _fts_ids(session, "aguacates") == set()


# --- ids, products, chunks ------------------------------------------------------------------


def test_ids_come_back_in_input_order_across_chunks(session: Session) -> None:
    names = [f"Proveedor {n:03d}" for n in (5, 1, 4, 2, 3, 9, 0)]
    ids = bulk_insert_suppliers(session, [_record(n) for n in names], chunk_size=3)
    assert [session.get_one(Supplier, i).name for i in ids] == names
    assert ids == sorted(ids)


def test_products_are_found_or_created_once_by_folded_name(session: Session) -> None:
    existing = create_product(session, {"name": "Palta Hass"})
    records = [
        _record("A", product_names=("palta hass", "Arándano")),
        _record("B", product_names=("ARANDANO", "Arándano")),
        _record("C", product_names=("Palta  Hass",)),
        _record("D"),
    ]
    ids = bulk_insert_suppliers(session, records, chunk_size=2)
    products = {p.key: p for p in session.scalars(select(Product))}
    assert set(products) == {"palta hass", "arandano"}
    assert products["palta hass"].id == existing.id
    assert products["arandano"].name == "Arándano"
    assert products["arandano"].created_by == who(session)
    links = {tuple(r) for r in session.execute(select(supplier_products))}
    assert links == {
        (ids[0], existing.id),
        (ids[0], products["arandano"].id),
        (ids[1], products["arandano"].id),
        (ids[2], existing.id),
    }
    # The stored spelling is what search text shows (folded).
    assert session.get_one(Supplier, ids[1]).search_text == "b | arandano"


def test_records_are_read_a_chunk_at_a_time(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    pulled = 0
    seen_at_insert: list[int] = []

    def records() -> Iterator[SupplierRecord]:
        nonlocal pulled
        for n in range(7):
            pulled += 1
            yield _record(f"Streamed {n}")

    insert = TableWriter.insert

    def watch(writer: TableWriter, rows: Any, ids: Any = None) -> None:
        if writer.table is bulk.SUPPLIERS:
            seen_at_insert.append(pulled)
        insert(writer, rows, ids)

    monkeypatch.setattr(TableWriter, "insert", watch)
    ids = bulk_insert_suppliers(session, records(), chunk_size=3)
    assert len(ids) == 7
    assert seen_at_insert == [3, 6, 7]


def test_inserts_are_batched(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """One executemany for many rows: on SQLite a statement per row is four times slower."""
    statements: list[str] = []

    insert = TableWriter.insert

    def watch(writer: TableWriter, rows: Any, ids: Any = None) -> None:
        if rows:
            statements.append(f"{writer.table.name} x{len(rows)}")
        insert(writer, rows, ids)

    monkeypatch.setattr(TableWriter, "insert", watch)  # insert_with_ids goes through it
    suppliers = bulk_insert_suppliers(
        session,
        [_record(f"S{n}", contacts=(ContactRecord("A"), ContactRecord("B"))) for n in range(5)],
    )
    assert statements == ["suppliers x5", "contacts x10"]
    product_id = create_product(session, {"name": "Uva"}).id
    statements.clear()
    records = [NegotiationRecord(s, product_id, f"deal {s}") for s in suppliers]
    deals = bulk_insert_negotiations(session, records)
    offers = [
        OfferRecord(d, OfferSide.SUPPLIER, date(2026, 1, 2), Decimal(2), "USD") for d in deals
    ]
    bulk_insert_offers(session, offers)
    assert statements == ["negotiations x5", "supplier_products x5", "offers x5"]
    titles = [session.get_one(Negotiation, d).title for d in deals]
    assert titles == [f"deal {s}" for s in suppliers]


def test_no_actor_leaves_who_empty(session: Session) -> None:
    """Empty on SQLite; on PostgreSQL the server's login all the same."""
    session.info.pop("actor")
    (supplier_id,) = bulk_insert_suppliers(session, [_record("Anónimo")])
    supplier = session.get_one(Supplier, supplier_id)
    assert supplier.created_by == server_login(session.connection())
    assert supplier.updated_by == server_login(session.connection())
    assert supplier.status is SupplierStatus.PROSPECT


def test_nothing_to_insert(session: Session) -> None:
    assert bulk_insert_suppliers(session, []) == []
    assert bulk_insert_negotiations(session, []) == []
    assert bulk_insert_offers(session, []) == 0


# --- sanity checks --------------------------------------------------------------------------


def test_bad_records_are_refused_by_index_and_field(session: Session) -> None:
    records = [
        _record("Buena SA", "MX"),
        _record("Mala SA", "Mexico"),
        _record("  ", "mx"),
        _record("Otra", "M1", contacts=(ContactRecord(" "),)),
        _record("Dos jefes", contacts=(ContactRecord("A", is_primary=True),) * 2),
    ]
    before = session.scalar(select(func.count()).select_from(Supplier))
    with pytest.raises(ValidationError) as caught:
        bulk_insert_suppliers(session, records)
    fields = [e.field for e in caught.value.errors]
    assert fields == [
        "1.country",
        "2.name",
        "2.country",
        "3.country",
        "3.contacts.0.name",
        "4.contacts",
    ]
    assert caught.value.for_field("1.country") is not None
    assert "Record 1, country" in str(caught.value)
    assert session.scalar(select(func.count()).select_from(Supplier)) == before


def test_bad_negotiations_and_offers_are_refused(session: Session) -> None:
    (supplier_id,) = bulk_insert_suppliers(session, [_record("X", product_names=("Kiwi",))])
    product_id = session.scalars(select(Product.id)).one()
    with pytest.raises(ValidationError) as caught:
        bulk_insert_negotiations(
            session,
            [
                NegotiationRecord(supplier_id, product_id, "ok"),
                NegotiationRecord(supplier_id, product_id, " ", currency="usd"),
            ],
        )
    assert [e.field for e in caught.value.errors] == ["1.title", "1.currency"]
    with pytest.raises(ValidationError) as caught:
        bulk_insert_offers(
            session,
            [OfferRecord(1, OfferSide.SUPPLIER, date(2026, 1, 5), Decimal("2.4"), "US$")],
        )
    assert [e.field for e in caught.value.errors] == ["0.currency"]


# --- negotiations and offers ----------------------------------------------------------------


def test_bulk_negotiation_links_product_like_the_service(session: Session) -> None:
    made = _service_supplier(session)
    create_negotiation(session, made.id, {}, product_name="Cereza Santina")
    product_id = session.scalars(select(Product.id).where(Product.key == "cereza santina")).one()
    (bulk_supplier,) = bulk_insert_suppliers(
        session, [_record_like(made, country="AR", product_names=())]
    )
    ids = bulk_insert_negotiations(
        session,
        [
            NegotiationRecord(
                bulk_supplier,
                product_id,
                "Cereza Santina temporada 2026",
                stage=NegotiationStage.SAMPLING,
                currency="USD",
                price_unit=Unit.KG,
                target_price=Decimal("6.2500"),
                target_volume=Decimal("40000"),
                volume_unit=Unit.KG,
                incoterm=None,
                delivery_start=date(2026, 11, 15),
                delivery_end=date(2027, 1, 15),
            ),
            NegotiationRecord(bulk_supplier, product_id, "Second deal, same product"),
        ],
    )
    session.expire_all()
    made = session.get_one(Supplier, made.id)
    bulk = session.get_one(Supplier, bulk_supplier)
    assert bulk.search_text == made.search_text
    assert "cereza santina" in bulk.search_text
    assert bulk.version == 2
    assert [p.id for p in bulk.products] == [product_id]
    deal = session.get_one(Negotiation, ids[0])
    assert deal.supplier_id == bulk_supplier
    assert deal.target_price == Decimal("6.2500")
    assert deal.delivery_end == date(2027, 1, 15)
    assert deal.stage is NegotiationStage.SAMPLING
    assert deal.created_by == who(session)
    assert deal.version == 1
    assert _search(session, "santina") == sorted([made.id, bulk_supplier])


def test_bulk_offers_advance_early_deals(session: Session) -> None:
    (supplier_id,) = bulk_insert_suppliers(session, [_record("Y", product_names=("Mango",))])
    product_id = session.scalars(select(Product.id)).one()
    lead, agreed, quiet = bulk_insert_negotiations(
        session,
        [
            NegotiationRecord(supplier_id, product_id, "lead", currency="USD"),
            NegotiationRecord(supplier_id, product_id, "agreed", stage=NegotiationStage.AGREED),
            NegotiationRecord(supplier_id, product_id, "quiet"),
        ],
    )
    loaded = session.get_one(Negotiation, lead)  # held by the session while bulk updates it
    offers = [
        OfferRecord(
            lead,
            OfferSide.SUPPLIER,
            date(2026, 3, 1),
            Decimal("2.4550"),
            "USD",
            volume=Decimal("20000"),
            volume_unit=Unit.KG,
            valid_until=date(2026, 3, 15),
        ),
        OfferRecord(lead, OfferSide.BUYER, date(2026, 3, 3), Decimal("2.30"), "USD"),
        OfferRecord(agreed, OfferSide.SUPPLIER, date(2026, 3, 2), Decimal("3"), "EUR"),
    ]
    assert bulk_insert_offers(session, offers, chunk_size=2) == 3
    assert loaded.stage is NegotiationStage.NEGOTIATING
    assert loaded.version == 2
    assert [(o.side, o.price) for o in loaded.offers] == [
        (OfferSide.SUPPLIER, Decimal("2.4550")),
        (OfferSide.BUYER, Decimal("2.3000")),
    ]
    assert loaded.offers[0].created_by == who(session)
    assert session.get_one(Negotiation, agreed).stage is NegotiationStage.AGREED
    assert session.get_one(Negotiation, agreed).version == 1
    assert session.get_one(Negotiation, quiet).stage is NegotiationStage.LEAD
    # The session's copy was refreshed, so a service edit is not refused as stale.
    update_negotiation(session, lead, {"grade": "Cat I"}, expected_version=2)
    assert session.get_one(Negotiation, lead).version == 3


def test_contacts_of_bulk_suppliers_are_ordinary_rows(session: Session) -> None:
    (supplier_id,) = bulk_insert_suppliers(
        session,
        [
            _record(
                "Z",
                contacts=(
                    ContactRecord("Li Wei", wechat="liwei88", language="zh"),
                    ContactRecord("Ana", whatsapp="+5215512345678", is_primary=True),
                ),
            )
        ],
    )
    contacts = session.scalars(select(Contact).where(Contact.supplier_id == supplier_id)).all()
    assert [(c.name, c.is_primary) for c in contacts] == [("Li Wei", False), ("Ana", True)]
    assert [c.name_key for c in contacts] == ["li wei", "ana"]
    create_contact(session, supplier_id, {"name": "Nuevo Contacto"})
    supplier = session.get_one(Supplier, supplier_id)
    assert supplier.search_text == "z | li wei | ana | nuevo contacto"


def test_a_thousand_suppliers_at_once_are_searchable_at_once(session: Session) -> None:
    """Past PENDING_LIST_FLUSH, PostgreSQL's trigram index merges its pending list in
    the same transaction (SQLite indexes them in one statement)."""
    from app.queries.search import SupplierQuery, search_suppliers
    from models.search_index import PENDING_LIST_FLUSH

    records = [
        SupplierRecord(name=f"Pendiente {i:04d} Exportadora", country="CL")
        for i in range(PENDING_LIST_FLUSH)
    ]
    bulk_insert_suppliers(session, records)
    page = search_suppliers(session, SupplierQuery(text="pendiente exportadora"))
    assert page.total == PENDING_LIST_FLUSH


def test_stopping_midway_leaves_no_thread_and_the_transaction_rolls_back(
    session: Session,
) -> None:
    """on_chunk may raise (Cancel): the inserting thread is waited for and let go, and
    rolling back leaves none of the suppliers."""
    import sys
    import threading

    class StopError(Exception):
        pass

    def stop_at_third(done: int) -> None:
        if done >= 6:
            raise StopError

    interval = sys.getswitchinterval()
    savepoint = session.begin_nested()
    with pytest.raises(StopError):
        bulk_insert_suppliers(
            session,
            [_record(f"Parado {n}", contacts=(ContactRecord("Ana"),)) for n in range(10)],
            chunk_size=2,
            on_chunk=stop_at_third,
        )
    assert not any(t.name == "bulk-insert" for t in threading.enumerate())
    assert sys.getswitchinterval() == interval
    savepoint.rollback()
    names = select(func.count()).where(Supplier.name.like("Parado %"))
    assert session.execute(names).scalar() == 0
    # The triggers are back: a supplier saved now is found by search at once.
    create_supplier(session, {"name": "Después del parón", "country": "CL"})
    session.flush()
    found = search_suppliers(session, SupplierQuery(text="parón"))
    assert [s.name for s in found.rows] == ["Después del parón"]
