"""Duplicate matching: the supplier matcher (tax id, name, fuzzy; the database and the
file's earlier rows), and contacts. The legal-name key and the word index have their
own tests (test_legal_names, test_name_index)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from rapidfuzz import fuzz
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.importing import name_index
from app.importing.matching import Match, SupplierMatcher, match_contact
from app.services.bulk import SupplierRecord, bulk_insert_suppliers
from app.services.suppliers import create_supplier
from models import Supplier

# --- the matcher ------------------------------------------------------------------------------


def add(session: Session, name: str, country: str, **fields: object) -> Supplier:
    return create_supplier(session, {"name": name, "country": country, **fields})


def test_same_tax_id_with_separators_matches(session: Session) -> None:
    supplier = add(session, "Langostinos del Sur", "AR", tax_id="30-71234567-8")
    matcher = SupplierMatcher(session)

    found = matcher.match("Otro nombre S.A.", "AR", "30712345678")

    assert found == Match("tax_id", 100.0, supplier.id, None, "Langostinos del Sur")


def test_same_tax_id_in_another_country_is_another_company(session: Session) -> None:
    add(session, "Langostinos del Sur", "AR", tax_id="30-71234567-8")
    matcher = SupplierMatcher(session)

    assert matcher.match("Otro nombre", "CL", "30712345678") is None


def test_same_name_in_another_country_is_another_company(session: Session) -> None:
    add(session, "Frutícola Ñuble S.A.", "CL")
    add(session, "Agricola San Fernando", "CL")
    matcher = SupplierMatcher(session)

    assert matcher.match("Fruticola Nuble Ltda", "PE", None) is None
    assert matcher.match("Agrícola San Fernado", "PE", None) is None


def test_same_name_without_its_legal_form_matches_by_name(session: Session) -> None:
    supplier = add(session, "Frutícola Ñuble S.A.", "CL")
    matcher = SupplierMatcher(session)

    found = matcher.match("FRUTICOLA NUBLE LTDA", "cl", None)

    assert found is not None
    assert (found.how, found.score, found.supplier_id) == ("name", 100.0, supplier.id)


def test_the_legal_name_matches_too_on_either_side(session: Session) -> None:
    supplier = add(
        session, "Huerta La Loma", "MX", legal_name="Aguacates Loma Verde S.P.R. de R.L."
    )
    matcher = SupplierMatcher(session)

    by_legal = matcher.match("Aguacates Loma Verde SPR de RL", "MX", None)
    by_row_legal = matcher.match("Loma Verde", "MX", None, legal_name="Huerta La Loma S.A.")

    assert by_legal is not None
    assert by_legal.supplier_id == supplier.id
    assert by_row_legal is not None
    assert by_row_legal.supplier_id == supplier.id


def test_a_typo_is_a_fuzzy_match(session: Session) -> None:
    supplier = add(session, "Agricola San Fernando", "CL")
    matcher = SupplierMatcher(session)

    found = matcher.match("Agrícola San Fernado", "CL", None)

    assert found is not None
    assert (found.how, found.supplier_id, found.name) == ("fuzzy", supplier.id, supplier.name)
    expected = fuzz.token_sort_ratio("agricola san fernado", "agricola san fernando")
    assert found.score == pytest.approx(expected)
    assert 90 <= found.score < 100


def test_a_name_below_the_threshold_does_not_match(session: Session) -> None:
    add(session, "Agricola San Fernando", "CL")
    matcher = SupplierMatcher(session)

    assert fuzz.token_sort_ratio("agricola san fer", "agricola san fernando") < 90
    assert matcher.match("Agricola San Fer", "CL", None) is None
    assert matcher.match("Agricola Santa Rosa", "CL", None) is None


def test_the_threshold_is_the_callers(session: Session) -> None:
    supplier = add(session, "Agricola San Fernando", "CL")

    lenient = SupplierMatcher(session, fuzzy_threshold=80)
    exact_only = SupplierMatcher(session, fuzzy_threshold=None)

    found = lenient.match("Agricola San Fer", "CL", None)
    assert found is not None
    assert found.supplier_id == supplier.id
    assert exact_only.match("Agricola San Fernado", "CL", None) is None
    assert exact_only.match("AGRICOLA SAN FERNANDO SpA", "CL", None) is not None
    with pytest.raises(ValueError, match="fuzzy_threshold"):
        SupplierMatcher(session, fuzzy_threshold=120)


def test_a_typo_in_the_first_letter_is_found_though_it_moves_in_the_sorted_order(
    session: Session,
) -> None:
    supplier = add(session, "Fazenda Simões & Falcão", "BR")
    matcher = SupplierMatcher(session)

    found = matcher.match("Faenda Simões & Falcão", "BR", None)

    assert found is not None
    assert (found.how, found.supplier_id) == ("fuzzy", supplier.id)


def test_a_tax_id_beats_a_name_and_an_exact_name_skips_the_fuzzy_test(session: Session) -> None:
    by_tax = add(session, "Cerezas del Maule", "CL", tax_id="76.123.456-7")
    by_name = add(session, "Cerezas Andinas", "CL")
    add(session, "Cerezas Andina", "CL")
    matcher = SupplierMatcher(session)

    found_by_tax = matcher.match("Cerezas Andinas SpA", "CL", "76123456-7")
    found_by_name = matcher.match("Cerezas Andinas SpA", "CL", None)

    assert found_by_tax is not None
    assert found_by_tax.supplier_id == by_tax.id
    assert found_by_name is not None
    assert (found_by_name.how, found_by_name.supplier_id) == ("name", by_name.id)


def test_a_different_tax_id_stops_a_name_or_fuzzy_match(session: Session) -> None:
    add(session, "Agrícola Santa Rosa Ltda.", "CL", tax_id="76.111.111-1")
    add(session, "Agricola San Fernando", "CL", tax_id="76.222.222-2")
    matcher = SupplierMatcher(session)

    assert matcher.match("Agrícola Santa Rosa SpA", "CL", "77.333.333-3") is None
    assert matcher.match("Agrícola San Fernado", "CL", "77.333.333-3") is None
    # Without a tax id on the row there is nothing to contradict the name.
    assert matcher.match("Agrícola Santa Rosa SpA", "CL", None) is not None


def test_of_two_suppliers_with_one_name_the_one_without_a_contradicting_tax_id_wins(
    session: Session,
) -> None:
    add(session, "Agrícola Santa Rosa", "CL", tax_id="76.111.111-1")
    second = add(session, "Agrícola Santa Rosa S.A.", "CL")
    matcher = SupplierMatcher(session)

    found = matcher.match("Agricola Santa Rosa", "CL", "77.333.333-3")

    assert found is not None
    assert found.supplier_id == second.id


def archive(session: Session, supplier: Supplier) -> None:
    session.execute(
        update(Supplier).where(Supplier.id == supplier.id).values(archived_at=datetime.now(UTC))
    )


def test_archived_suppliers_match_and_are_flagged(session: Session) -> None:
    archived = add(session, "Pesquera Austral", "AR", tax_id="30-70000001-1")
    archive(session, archived)
    matcher = SupplierMatcher(session)

    by_tax = matcher.match("Pesquera Austral", "AR", "30700000011")
    by_name = matcher.match("PESQUERA AUSTRAL SRL", "AR", None)
    by_typo = matcher.match("Pesquera Austrl", "AR", None)

    for found in (by_tax, by_name, by_typo):
        assert found is not None
        assert (found.supplier_id, found.archived) == (archived.id, True)
    assert [f.how for f in (by_tax, by_name, by_typo) if f] == ["tax_id", "name", "fuzzy"]


def test_a_supplier_not_archived_is_preferred_to_an_archived_twin(session: Session) -> None:
    old = add(session, "Pesquera Austral", "AR")
    archive(session, old)
    current = add(session, "Pesquera Austral S.A.", "AR")
    matcher = SupplierMatcher(session)

    found = matcher.match("Pesquera Austral", "AR", None)

    assert found is not None
    assert (found.supplier_id, found.archived) == (current.id, False)


def test_rows_of_the_file_match_later_rows() -> None:
    matcher = SupplierMatcher(None)
    assert matcher.match("Frutícola Ñuble S.A.", "CL", "76.543.210-K") is None
    matcher.remember(2, "Frutícola Ñuble S.A.", "CL", "76.543.210-K")
    matcher.remember(3, "Agricola San Fernando", "CL", None)

    by_tax = matcher.match("Otra", "CL", "76543210k")
    by_name = matcher.match("Fruticola Nuble Ltda", "CL", None)
    by_typo = matcher.match("Agrícola San Fernado", "CL", None)

    assert by_tax == Match("tax_id", 100.0, None, 2, "Frutícola Ñuble S.A.")
    assert by_name == Match("name", 100.0, None, 2, "Frutícola Ñuble S.A.")
    assert by_typo is not None
    assert (by_typo.how, by_typo.file_row) == ("fuzzy", 3)
    assert matcher.match("Fruticola Nuble", "PE", None) is None


def test_the_database_wins_over_the_file(session: Session) -> None:
    supplier = add(session, "Agricola San Fernando", "CL")
    matcher = SupplierMatcher(session)
    matcher.remember(2, "Agrícola San Fernando", "CL", None)
    matcher.remember(3, "Agricola San Fernado", "CL", None)

    by_name = matcher.match("AGRICOLA SAN FERNANDO", "CL", None)
    by_typo = matcher.match("Agricola Sn Fernando", "CL", None)

    assert by_name is not None
    assert (by_name.supplier_id, by_name.file_row) == (supplier.id, None)
    assert by_typo is not None
    assert (by_typo.supplier_id, by_typo.file_row) == (supplier.id, None)


def test_the_file_is_matched_when_the_database_has_nothing(session: Session) -> None:
    add(session, "Agricola San Fernando", "CL")
    matcher = SupplierMatcher(session)
    # Fuzzy structures built before the row is remembered are kept up to date.
    assert matcher.match("Cerezas Bonitas", "CL", None) is None
    matcher.remember(7, "Cerezas Bonitas", "CL", None)

    found = matcher.match("Cerezas Bonittas", "CL", None)

    assert found is not None
    assert (found.how, found.file_row) == ("fuzzy", 7)


def test_suppliers_not_yet_flushed_are_read(session: Session) -> None:
    session.add(Supplier(name="Pesquera Austral S.A.", country="AR"))

    found = SupplierMatcher(session).match("Pesquera Austral", "AR", None)

    assert found is not None
    assert found.name == "Pesquera Austral S.A."


def test_a_blank_name_matches_nothing() -> None:
    matcher = SupplierMatcher(None)
    matcher.remember(2, "  ", "CL", None)

    assert matcher.match("", "CL", None) is None
    assert matcher.match(" ", "CL", None, legal_name=" ") is None


def test_session_none_matches_the_file_only() -> None:
    matcher = SupplierMatcher(None)
    assert matcher.supplier_count == 0
    assert matcher.match("Anything", "CL", "1") is None


# --- blocking: the fuzzy test compares a row with few names -----------------------------------


WORDS = [
    f"{a}{b}{c}"
    for a in ("di", "fo", "gu", "ki", "mo", "pu", "si", "vo", "du", "fi")
    for b in ("ko", "mu", "pi", "so", "vu")
    for c in ("gi", "do", "ku", "mi", "vo")
]  # fmt: skip
"""250 made-up words, far from 'barlena' and its typos."""


@pytest.fixture
def crowded(session: Session) -> Session:
    """A country where 'agricola', 'santa' and 'rosa' are common words (more names
    have them than the fuzzy test scores for one row), but 'santa rosa' is not."""
    records = [
        *(SupplierRecord(name=f"Agrícola Santa Rosa {w}", country="CL") for w in WORDS[:100]),
        *(SupplierRecord(name=f"Agrícola Santa Ana {w}", country="CL") for w in WORDS[100:]),
        *(SupplierRecord(name=f"Agrícola Rosa Blanca {w}", country="CL") for w in WORDS[100:]),
        SupplierRecord(name="Agrícola Santa Rosa Barlena", country="CL"),
        SupplierRecord(name="Agrícola Santa Ana Barleno", country="CL"),
        SupplierRecord(name="Agrícola Santa Rosa", country="CL"),
    ]
    bulk_insert_suppliers(session, records)
    return session


def test_the_crowded_country_is_crowded(crowded: Session) -> None:
    matcher = SupplierMatcher(crowded)
    posting = matcher._posting("CL")
    for word in ("agricola", "santa", "rosa"):
        assert len(posting[word]) > name_index.FUZZY_CANDIDATES


def test_the_fuzzy_test_scores_few_names(crowded: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    matcher = SupplierMatcher(crowded)
    scored: list[int] = []
    real_candidates = matcher._candidates

    def counting(country: str, key: str) -> list[dict[str, str]]:
        groups = real_candidates(country, key)
        scored.append(sum(map(len, groups)))
        return groups

    monkeypatch.setattr(matcher, "_candidates", counting)

    typo = matcher.match("Agricola Santa Rosa Barelna", "CL", None)
    new = matcher.match("Agricola Santa Rosa Zuzuzu", "CL", None)
    common = matcher.match("Agricola Santa Rosa Blanca Ana", "CL", None)

    assert typo is not None
    assert typo.name == "Agrícola Santa Rosa Barlena"
    assert new is None
    assert common is None
    assert scored[0] == 1  # the one name with 'barlena', one swap from 'barelna'
    assert scored[1] == 0  # no word is one typo from 'zuzuzu'
    assert 0 < scored[2] <= 2 * name_index.FUZZY_CANDIDATES


@pytest.mark.parametrize(
    "row",
    [
        "Agricola Santa Rosa Barleña",  # an accent: the same key
        "Agricola Santa Rosa Barlna",  # a letter missing
        "Agricola Santa Rosa Barrlena",  # a letter doubled
        "Agricola Santa Rosa Barleba",  # a letter wrong
        "Agricola Santa Rosa Balrena",  # two letters swapped
        "Agricola Santa Rosa Barlean",  # the last two swapped
        "Agricola Santa Rosa Bralena",  # the first letters swapped
        "Agricola Sant Rosa Barlena",  # a typo in a common word
    ],
)
def test_one_typo_in_the_only_rare_word_is_found_among_common_ones(
    crowded: Session, row: str
) -> None:
    found = SupplierMatcher(crowded).match(row, "CL", None)

    assert found is not None
    assert found.name == "Agrícola Santa Rosa Barlena"


def test_a_typo_that_makes_another_known_word_is_found(crowded: Session) -> None:
    # 'barleno' is a word of the country (of 'Agrícola Santa Ana Barleno').
    found = SupplierMatcher(crowded).match("Agrícola Santa Rosa Barleno", "CL", None)

    assert found is not None
    assert (found.how, found.name) == ("fuzzy", "Agrícola Santa Rosa Barlena")


def test_a_name_of_common_words_only_is_compared_with_names_having_them_all(
    crowded: Session,
) -> None:
    found = SupplierMatcher(crowded).match("Agricola La Santa Rosa", "CL", None)

    assert found is not None
    assert found.name == "Agrícola Santa Rosa"


# --- contacts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: int | None
    name: str
    email: str | None
    phone: str | None


PEOPLE: Sequence[Person] = (
    Person(1, "María José Pérez", "MJ.Perez@fruticola.cl", "+56912345678"),
    Person(2, "Juan Pablo Muñoz", None, "+56987654321"),
    Person(3, "Begoña Ibáñez", None, None),
    Person(4, "Iñaki Zúñiga", "inaki@fruticola.cl", None),
)


def test_contact_by_email_ignoring_case() -> None:
    found = match_contact(PEOPLE, email=" mj.perez@FRUTICOLA.cl ", phone=None)
    assert found is PEOPLE[0]


def test_contact_by_phone() -> None:
    assert match_contact(PEOPLE, email="nuevo@fruticola.cl", phone="+56987654321") is PEOPLE[1]


def test_email_is_tried_before_phone() -> None:
    found = match_contact(PEOPLE, email="inaki@fruticola.cl", phone="+56912345678")
    assert found is PEOPLE[3]


def test_a_name_alone_matches_only_a_contact_with_neither_email_nor_phone() -> None:
    assert match_contact(PEOPLE, email=None, phone=None, name="BEGONA IBANEZ") is PEOPLE[2]
    assert match_contact(PEOPLE, email=None, phone=None, name="Maria Jose Perez") is None
    assert match_contact(PEOPLE, email="otra@x.cl", phone=None, name="Iñaki Zúñiga") is None


def test_no_contact_matches() -> None:
    assert match_contact(PEOPLE, email=None, phone=None) is None
    assert match_contact(PEOPLE, email="", phone="  ", name="") is None
    assert match_contact([], email="a@b.cl", phone="+56912345678", name="Ana") is None


def test_contacts_of_the_model_match(session: Session) -> None:
    from app.services.contacts import create_contact

    supplier = add(session, "Frutícola Ñuble", "CL")
    contact = create_contact(session, supplier.id, {"name": "Ana", "email": "ana@nuble.cl"})
    session.refresh(supplier)

    assert match_contact(supplier.contacts, email="ANA@nuble.cl", phone=None) is contact
