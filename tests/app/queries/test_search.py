from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from app.queries.search import SORTABLE, SupplierQuery, search_suppliers
from app.services.contacts import create_contact
from app.services.negotiations import create_negotiation
from app.services.suppliers import archive_supplier, create_supplier, update_supplier
from models import SupplierStatus


@pytest.fixture
def suppliers(session: Session) -> dict[str, int]:
    rows = {
        "nuble": {
            "name": "Frutícola Ñuble SpA",
            "country": "CL",
            "city": "Chillán",
            "tax_id": "76.123.456-7",
            "status": "active",
        },
        "uruapan": {
            "name": "Aguacates del Valle de Uruapan S.A. de C.V.",
            "country": "MX",
            "city": "Uruapan",
            "legal_name": "Aguacates del Valle SA de CV",
            "tax_id": "AVU-010203-K45",
        },
        "para": {
            "name": "Açaí do Pará Ltda.",
            "country": "BR",
            "city": "Belém",
            "tax_id": "12.345.678/0001-95",
            "status": "qualified",
        },
        "patagonia": {
            "name": "Pesquera Patagonia S.A.",
            "country": "AR",
            "city": "Puerto Madryn",
            "tax_id": "30-71234567-8",
            "status": "on hold",
        },
        "percent": {"name": "100% Natural_Fruits \\ Co", "country": "PE", "city": "Trujillo"},
    }
    ids = {key: create_supplier(session, data).id for key, data in rows.items()}
    create_contact(session, ids["uruapan"], {"name": "José Núñez"})
    create_contact(session, ids["para"], {"name": "Conceição Araújo"})
    create_contact(session, ids["patagonia"], {"name": "王力"})
    create_negotiation(session, ids["patagonia"], {}, product_name="Argentine red shrimp")
    return ids


def _ids(session: Session, **query: object) -> list[int]:
    return [r.id for r in search_suppliers(session, SupplierQuery(**query)).rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nuble", ["nuble"]),
        ("ÑUBLE", ["nuble"]),
        ("jose", ["uruapan"]),
        ("núñez josé", ["uruapan"]),
        ("conceicao", ["para"]),
        ("acai", ["para"]),
        ("王力", ["patagonia"]),
        ("belem", ["para"]),
        ("valle sa de cv", ["uruapan"]),
        ("30-7123", ["patagonia"]),
        ("307123456", ["patagonia"]),
        ("0001-95", ["para"]),
        ("shrimp", ["patagonia"]),
        ("de", ["uruapan"]),
        ("do", ["para"]),
        ("100%", ["percent"]),
        ("natural_f", ["percent"]),
        ("s \\ c", ["percent"]),
        ("%", ["percent"]),
        ("zzz", []),
        ('"', ["nuble", "uruapan", "para", "patagonia", "percent"]),
    ],
)
def test_search_finds_by_any_spelling(
    session: Session, suppliers: dict[str, int], text: str, expected: list[str]
) -> None:
    assert sorted(_ids(session, text=text)) == sorted(suppliers[k] for k in expected)


def test_every_word_must_match(session: Session, suppliers: dict[str, int]) -> None:
    assert _ids(session, text="pesquera madryn") == [suppliers["patagonia"]]
    assert _ids(session, text="pesquera uruapan") == []


def test_filters_and_archived(session: Session, suppliers: dict[str, int]) -> None:
    assert _ids(session, countries=["mx", "CL"]) == [suppliers["uruapan"], suppliers["nuble"]]
    assert _ids(session, statuses=[SupplierStatus.ON_HOLD]) == [suppliers["patagonia"]]
    archive_supplier(session, suppliers["nuble"])
    assert suppliers["nuble"] not in _ids(session, text="nuble")
    assert _ids(session, text="nuble", include_archived=True) == [suppliers["nuble"]]


def test_search_sees_edits(session: Session, suppliers: dict[str, int]) -> None:
    update_supplier(session, suppliers["nuble"], {"city": "Curicó"})
    assert _ids(session, text="curico") == [suppliers["nuble"]]
    assert _ids(session, text="chillan") == []


@pytest.mark.parametrize("sort", sorted(SORTABLE))
def test_every_sort_column_both_ways(
    session: Session, suppliers: dict[str, int], sort: str
) -> None:
    ascending = _ids(session, sort=sort)
    descending = _ids(session, sort=sort, descending=True)
    assert sorted(ascending) == sorted(suppliers.values())
    assert descending == list(reversed(ascending)) or sort in {"city", "tax_id", "status"}


def test_sort_by_name_ignores_accents_and_case(session: Session, suppliers: dict[str, int]) -> None:
    order = _ids(session, sort="name")
    assert order == [suppliers[k] for k in ("percent", "para", "uruapan", "nuble", "patagonia")]


def test_pages_and_total(session: Session, suppliers: dict[str, int]) -> None:
    first = search_suppliers(session, SupplierQuery(limit=2))
    second = search_suppliers(session, SupplierQuery(limit=2, offset=2))
    third = search_suppliers(session, SupplierQuery(limit=2, offset=4))
    assert first.total == second.total == third.total == 5
    seen = [r.id for page in (first, second, third) for r in page.rows]
    assert sorted(seen) == sorted(suppliers.values())


def test_unknown_sort_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="cannot sort suppliers by 'password'"):
        search_suppliers(session, SupplierQuery(sort="password"))


def test_walking_the_sort_index_gives_the_same_page(
    session: Session, suppliers: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.queries.search

    for text in ("uruapan", "s.a", "pesquera madryn", ""):
        for sort in SORTABLE:
            query = SupplierQuery(text=text, sort=sort, limit=2)
            sorted_page = search_suppliers(session, query)
            monkeypatch.setattr(app.queries.search, "WALK_ABOVE", 0)
            walked_page = search_suppliers(session, query)
            monkeypatch.undo()
            assert walked_page.rows == sorted_page.rows, (text, sort)
            assert walked_page.total == sorted_page.total


def test_counts_that_read_rows_stop_at_the_cap(
    session: Session, suppliers: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.queries.search

    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL counts every match (its trigram index answers the count)")
    monkeypatch.setattr(app.queries.search, "COUNT_CAP", 2)
    short_word = search_suppliers(session, SupplierQuery(text="a"))
    assert (short_word.total, short_word.exact) == (2, False)
    assert len(short_word.rows) == 5
    # A count the index answers alone stays exact, whatever the cap.
    indexed = search_suppliers(session, SupplierQuery(text="s.a"))
    assert (indexed.total, indexed.exact) == (len(indexed.rows), True)
    few = search_suppliers(session, SupplierQuery(text="nuble", countries=["CL"]))
    assert (few.total, few.exact) == (1, True)


def test_archived_matches_are_not_counted(session: Session, suppliers: dict[str, int]) -> None:
    archive_supplier(session, suppliers["uruapan"])
    page = search_suppliers(session, SupplierQuery(text="s.a"))
    assert suppliers["uruapan"] not in [r.id for r in page.rows]
    assert page.total == len(page.rows)
    everything = search_suppliers(session, SupplierQuery(text="s.a", include_archived=True))
    assert everything.total == page.total + 1


def test_total_text() -> None:
    from app.queries.search import Page

    assert Page(rows=[], total=12345, query=SupplierQuery()).total_text == "12,345"
    assert Page(rows=[], total=10000, query=SupplierQuery(), exact=False).total_text == "10,000+"


def test_filters_by_certification_tag_and_product(
    session: Session, suppliers: dict[str, int]
) -> None:
    from app.services.products import find_product
    from app.services.suppliers import set_certification, set_tags
    from models import Certification

    set_certification(session, suppliers["nuble"], {"kind": "globalgap"})
    set_certification(session, suppliers["para"], {"kind": "haccp"})
    tags = set_tags(session, suppliers["para"], ["orgánico"])
    shrimp = find_product(session, "Argentine red shrimp")
    assert shrimp is not None
    by_cert = _ids(session, certifications=[Certification.GLOBALGAP, Certification.BRCGS])
    assert by_cert == [suppliers["nuble"]]
    assert _ids(session, tag_ids=[tags[0].id]) == [suppliers["para"]]
    assert _ids(session, product_ids=[shrimp.id]) == [suppliers["patagonia"]]
    both = _ids(session, text="pesquera", product_ids=[shrimp.id])
    assert both == [suppliers["patagonia"]]
    assert _ids(session, text="nuble", tag_ids=[tags[0].id]) == []


@pytest.mark.parametrize("sort", sorted(["name", "country", "status", "updated_at", "id"]))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "s.a", "a"])
def test_continuing_after_a_row_gives_the_same_pages_as_offsets(
    session: Session, suppliers: dict[str, int], sort: str, descending: bool, text: str
) -> None:
    by_offset, by_key = [], []
    last: int | None = None
    for offset in range(0, 6, 2):
        query = SupplierQuery(text=text, sort=sort, descending=descending, limit=2)
        by_offset += search_suppliers(session, replace(query, offset=offset)).rows
        page = search_suppliers(session, replace(query, after_id=last))
        by_key += page.rows
        if page.rows:
            last = page.rows[-1].id
        if offset:
            assert (page.total, page.exact) == (-1, False)  # only the first page counts
    assert [r.id for r in by_key] == [r.id for r in by_offset]


@pytest.mark.parametrize("sort", ["name", "city", "tax_id"])
@pytest.mark.parametrize("descending", [False, True])
def test_streaming_every_match_gives_the_pages_in_order(
    session: Session, suppliers: dict[str, int], sort: str, descending: bool
) -> None:
    from app.queries.search import iter_suppliers

    query = SupplierQuery(text="s.a", sort=sort, descending=descending, limit=1000)
    assert list(iter_suppliers(session, query, chunk=2)) == search_suppliers(session, query).rows
