"""The supplier matcher's fast paths find what the old matcher found: the same supplier or
file row, the same 'how', the same score, on every row of generated files (typos,
accents, legal forms, shared rare words, common words, tax ids or none, archived
suppliers, awkward names), row after row as an import asks (match, then remember what
matched nothing)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from random import Random

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.importing.matching import Match, SupplierMatcher
from app.services.bulk import SupplierRecord, bulk_insert_suppliers
from models import Supplier
from tests.app.importing.matching_reference import ReferenceMatcher

SYLLABLES = ("ba", "be", "lo", "ra", "ri", "sa", "to", "nu", "ma", "el", "an", "or")
"""Few syllables: made-up words often one typo apart, names often alike."""
PREFIXES = ("Agrícola", "Exportadora", "Frutícola", "Comercializadora", "Pesquera")
"""Common words: each in more names of a country than the fuzzy test scores at once."""
SURNAMES = ("Pérez", "Muñoz", "González", "Ibáñez", "Núñez", "Rojas", "Soto", "Peña")
PLACES = ("del Sur", "Santa Rosa", "San José", "los Andes", "O'Higgins", "del Maule")
SUFFIXES = ("S.A.", "SpA", "Ltda.", "S.A. de C.V.", "SRL", "S. de R.L.", "Cía. Ltda.", "")
AWKWARD = (
    "",
    "  ",
    "S.A.",
    "---",
    "Ltda. S.A.",
    "深圳市佳农果品有限公司",
    "深圳市佳农果品公司",
    "A B C",
    "Sociedad Agrícola",
    "J. M. Pérez & Cía.",
    "Rosa",
    "Rosas",
    "O'Higgins",
    "OHiggins Ltda",
    "Agrícola Agrícola Agrícola",
)


@dataclass(frozen=True)
class Row:
    name: str
    country: str
    tax_id: str | None
    legal_name: str | None


def word(rng: Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))


def name(rng: Random) -> str:
    shape = rng.random()
    if shape < 0.4:
        core = word(rng).capitalize()
    elif shape < 0.6:
        core = f"{rng.choice(SURNAMES)} {word(rng).capitalize()}"
    elif shape < 0.8:
        core = f"{word(rng).capitalize()} {rng.choice(PLACES)}"
    else:
        core = f"{rng.choice(SURNAMES)} & {rng.choice(SURNAMES)}"
    return f"{rng.choice(PREFIXES)} {core}"


def typo(rng: Random, text: str) -> str:
    """One letter missing, doubled, wrong, or two swapped, in a word of three letters or
    more (a short one too: the matcher must then agree that it finds nothing)."""
    words = text.split(" ")
    longer = [i for i, w in enumerate(words) if len(w) >= 3]
    if not longer:
        return text + "x"
    i = rng.choice(longer)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    how = rng.randrange(4)
    if how == 0:
        w = w[:j] + w[j + 1 :]
    elif how == 1:
        w = w[:j] + w[j] + w[j:]
    elif how == 2:
        w = w[:j] + rng.choice("aeioulnrs") + w[j + 1 :]
    else:
        w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
    words[i] = w
    return " ".join(words)


def variant(rng: Random, text: str) -> str:
    """The same name as someone else types it: case, accents, another legal form."""
    how = rng.randrange(3)
    if how == 0:
        text = text.upper()
    elif how == 1:
        text = text.lower().replace("í", "i").replace("ñ", "n")
    return f"{text} {rng.choice(SUFFIXES)}".strip()


def book(rng: Random, count: int, countries: tuple[str, ...]) -> list[SupplierRecord]:
    records = []
    for i in range(count):
        supplier = name(rng)
        legal = f"{supplier} {rng.choice(SUFFIXES)}".strip() if rng.random() < 0.5 else None
        if rng.random() < 0.1:
            legal = name(rng)  # a legal name unlike the name
        records.append(
            SupplierRecord(
                name=supplier,
                country=rng.choice(countries),
                legal_name=legal,
                tax_id=f"T-{i:06d}" if rng.random() < 0.7 else None,
            )
        )
    return records


def file_rows(
    rng: Random, records: list[SupplierRecord], count: int, countries: tuple[str, ...]
) -> Iterator[Row]:
    earlier: list[Row] = []
    for i in range(count):
        draw = rng.random()
        tax = f"F-{i:06d}" if rng.random() < 0.6 else None
        if draw < 0.25 and records:
            record = rng.choice(records)
            row = Row(typo(rng, record.name), record.country, tax, None)
        elif draw < 0.35 and records:
            record = rng.choice(records)
            row = Row(variant(rng, record.name), record.country, tax, record.legal_name)
        elif draw < 0.4 and records:
            record = rng.choice(records)  # its own tax id: a tax_id match
            row = Row(typo(rng, record.name), f" {record.country.lower()} ", record.tax_id, None)
        elif draw < 0.5 and earlier:
            before = rng.choice(earlier)
            row = Row(typo(rng, before.name), before.country, tax, None)
        elif draw < 0.55:
            row = Row(rng.choice(AWKWARD), rng.choice(countries), tax, None)
        else:
            text = name(rng)
            legal = f"{text} {rng.choice(SUFFIXES)}".strip() if rng.random() < 0.3 else None
            row = Row(text, rng.choice(countries), tax, legal)
        earlier.append(row)
        yield row


def run(matcher: SupplierMatcher, rows: list[Row]) -> list[Match | None]:
    """Match each row as an import does, remembering each that matched nothing."""
    found: list[Match | None] = []
    for number, row in enumerate(rows, start=2):
        match = matcher.match(row.name, row.country, row.tax_id, row.legal_name)
        found.append(match)
        if match is None:
            matcher.remember(number, row.name, row.country, row.tax_id, row.legal_name)
    return found


def differences(
    rows: list[Row], fast: list[Match | None], reference: list[Match | None]
) -> list[tuple[Row, Match | None, Match | None]]:
    return [(r, f, o) for r, f, o in zip(rows, fast, reference, strict=True) if f != o]


def kinds(found: list[Match | None]) -> Counter[str]:
    return Counter(
        f"{m.how} ({'file' if m.supplier_id is None else 'database'})" for m in found if m
    )


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("threshold", [90.0, 80.0])
def test_the_matcher_finds_what_the_old_one_found_in_the_database_and_the_file(
    session: Session, seed: int, threshold: float
) -> None:
    rng = Random(seed)
    countries = ("CL", "MX")
    records = book(rng, 2500, countries)
    ids = bulk_insert_suppliers(session, records)
    archived = [i for i in ids if i % 23 == 0]
    session.execute(
        update(Supplier).where(Supplier.id.in_(archived)).values(archived_at=datetime.now(UTC))
    )
    rows = list(file_rows(rng, records, 2500, countries))

    fast = run(SupplierMatcher(session, fuzzy_threshold=threshold), rows)
    reference = run(ReferenceMatcher(session, fuzzy_threshold=threshold), rows)

    assert differences(rows, fast, reference) == []
    # The files exercise every kind of match, fuzzy ones of rows with a tax id too.
    found = kinds(reference)
    for kind in ("tax_id (database)", "name (database)", "name (file)"):
        assert found[kind] > 20, found
    assert found["fuzzy (database)"] > 200, found
    assert found["fuzzy (file)"] > 20, found
    with_tax = [m for r, m in zip(rows, reference, strict=True) if r.tax_id and m]
    assert sum(m.how == "fuzzy" for m in with_tax) > 50
    assert any(m.archived for m in reference if m)


@pytest.mark.parametrize(("taxless_every", "fuzzy_at_least"), [(0, 0), (7, 20), (400, 1)])
def test_the_matcher_finds_what_the_old_one_found_in_a_file_of_numbered_names(
    taxless_every: int, fuzzy_at_least: int
) -> None:
    """Names that differ by a number ('Valle Sur 1234'), as the import benchmark's: each
    number is the name's one rare word, a few typos from many others. Rows with a tax id
    are matched only by names without one (every 7th row, every 400th, or none)."""
    rng = Random(taxless_every)
    words = ("Valle", "Sur", "Andes", "Río", "Costa", "Norte", "Azul", "Verde")
    rows: list[Row] = []
    for i in range(4000):
        country = rng.choice(("CL", "PE", "AR"))
        text = f"{rng.choice(words)} {rng.choice(words)} {i}"
        if rng.random() < 0.1 and rows:
            before = rng.choice(rows)
            text, country = typo(rng, before.name), before.country
        tax = None if taxless_every and i % taxless_every == 0 else f"{country}-{i:08d}"
        rows.append(Row(text, country, tax, f"{text} S.A." if i % 3 else text))

    fast = run(SupplierMatcher(None), rows)
    reference = run(ReferenceMatcher(None), rows)

    assert differences(rows, fast, reference) == []
    assert kinds(reference)["fuzzy (file)"] >= fuzzy_at_least


def test_the_matcher_finds_what_the_old_one_found_in_a_database_of_numbered_names(
    session: Session,
) -> None:
    """As above, the names in the database; some of them twice, as a supplier with a
    tax id and another without: rows with a tax id can match the second only."""
    rng = Random(3)
    words = ("Valle", "Sur", "Andes", "Río", "Costa", "Norte", "Azul", "Verde")
    records = []
    for i in range(3000):
        text = f"{rng.choice(words)} {rng.choice(words)} {i}"
        country = rng.choice(("CL", "PE"))
        records.append(SupplierRecord(name=text, country=country, tax_id=f"{country}-{i}"))
        if rng.random() < 0.05:
            records.append(SupplierRecord(name=f"{text.upper()} SpA", country=country))
    bulk_insert_suppliers(session, records)
    rows: list[Row] = []
    for i in range(3000):
        record = rng.choice(records)
        text = typo(rng, record.name) if rng.random() < 0.5 else f"Valle Sur {3000 + i}"
        rows.append(Row(text, record.country, f"X-{i}", None))

    fast = run(SupplierMatcher(session), rows)
    reference = run(ReferenceMatcher(session), rows)

    assert differences(rows, fast, reference) == []
    assert kinds(reference)["fuzzy (database)"] > 20


def test_rows_with_tax_ids_skip_the_fuzzy_structures_when_no_name_lacks_one(
    session: Session,
) -> None:
    bulk_insert_suppliers(
        session,
        [SupplierRecord(name=f"Valle Sur {i}", country="CL", tax_id=f"{i}") for i in range(50)],
    )
    matcher = SupplierMatcher(session)

    assert matcher.match("Valle Sur 4O", "CL", "999") is None
    matcher.remember(2, "Valle Sur 4O", "CL", "999")
    assert matcher._postings == {}
    # A row without a tax id is compared as before, and later rows with one find it.
    without_tax = matcher.match("Vallee Sur 41", "CL", None)
    assert without_tax is not None
    assert (without_tax.how, without_tax.name) == ("fuzzy", "Valle Sur 41")
    matcher.remember(3, "Agrícola Barlena", "CL", None)
    found = matcher.match("Agricola Barlna", "CL", "1000")
    assert found is not None
    assert (found.how, found.file_row) == ("fuzzy", 3)


def test_a_name_without_a_tax_id_one_typo_away_is_near() -> None:
    matcher = SupplierMatcher(None)
    matcher.remember(2, "Agrícola Barlena", "CL", None)
    matcher.remember(3, "Frutas Tancitaro", "CL", "T-1")

    assert matcher._taxless_near("CL", "agricola barlena")
    assert matcher._taxless_near("CL", "zuzu barleno")  # one letter wrong
    assert not matcher._taxless_near("CL", "frutas tancitaro")  # only a name with a tax id
    assert not matcher._taxless_near("CL", "zuzu barlenoxx")
    assert not matcher._taxless_near("PE", "agricola barlena")
