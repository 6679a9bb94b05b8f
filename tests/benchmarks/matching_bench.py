"""Duplicate-matching benchmark: load a book of suppliers, match a file against it.

    cd /work/main && .venv/bin/python -m tests.benchmarks.matching_bench [--suppliers N]

Not a pytest test. On a fresh SQLite file in a temporary folder (migrated to head) it
inserts N suppliers (default 100,000) through app.services.bulk, archives 2% of them, then
builds a SupplierMatcher (timed: the one streamed query and the in-memory indexes) and
matches N file rows the way an import does: match() each row, remember() each row
that matched nothing.

The file's rows: 10% are planted duplicates of distinct existing suppliers, without a
tax id (so only the name can find them): half the same name written differently
(another legal form of the country, case, accents, punctuation), half the name with one
typo (a letter dropped, doubled, replaced, or two letters swapped) in one of its words.
The other 90% are new suppliers drawn from the same vocabulary with a different seed.

Names are a business word ('Agrícola', 'Fazenda'...) with one or two words: made-up
words (hundreds of thousands possible), surnames and places (a few dozen each, so
'Pérez & Muñoz' and 'Muñoz & Pérez' are two suppliers). Most names are unique, as in
a real book; how many new rows look like an existing name depends on how alike the
names of distinct companies are, which a generator can only guess. 80% of the
suppliers have a tax id.

Two passes over the same rows: new rows with their tax id (an id that contradicts a
similar name stops a name or fuzzy match), then without any tax id (the worst case for
false positives). Figures: load time, match time per row, recall of the planted
duplicates (matched to the very supplier, or to one whose legal_name_key is the same)
and false positives (a match for a row not planted as a duplicate; those whose key
equals an existing supplier's are counted apart: the generator drew a name already in
the book). Times are wall clock, with CPU time beside them (the machine may be shared).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from random import Random

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.importing.matching import Match, SupplierMatcher, legal_name_key
from app.services.bulk import SupplierRecord, bulk_insert_suppliers
from models import schema
from models.engine import ACTOR_KEY, create_database_engine
from tests.benchmarks.core_bench import (
    COUNTRIES,
    COUNTRY_WEIGHTS,
    LANGUAGE,
    PLACES,
    PREFIXES,
    SUFFIXES,
    SURNAMES,
)

LOAD_TARGET_S = 0.5
EXACT_TARGET_US = 10.0
"""Exact paths (tax id, name) per row: "a few microseconds"."""

SYLLABLES = tuple(
    f"{onset}{vowel}{coda}"
    for onset in (*"bcdfgjlmnprstvz", "ch", "ll", "br", "tr", "gu")
    for vowel in ("a", "e", "i", "o", "u", "ia", "ue")
    for coda in ("", "n", "r", "s", "l")
)
"""700 syllables: made-up words two or three of them long are seldom one typo apart,
as the names of two real companies seldom are."""


@dataclass(frozen=True)
class Row:
    name: str
    country: str
    tax_id: str | None
    legal_name: str | None
    planted: int | None
    """Index (0-based, insertion order) of the supplier this row duplicates."""
    kind: str
    """'new', 'variant' (same name written differently) or 'typo'."""


def made_up_word(rng: Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    return word.capitalize()


def supplier_name(rng: Random) -> tuple[str, str]:
    country = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
    lang = LANGUAGE.get(country, "es")
    prefix = rng.choice(PREFIXES[lang])
    shape = rng.random()
    if shape < 0.4:
        core = made_up_word(rng)
    elif shape < 0.7:
        core = f"{rng.choice(SURNAMES[lang])} {made_up_word(rng)}"
    elif shape < 0.9:
        core = f"{made_up_word(rng)} {rng.choice(PLACES[lang])}"
    else:
        core = f"{rng.choice(SURNAMES[lang])} & {rng.choice(SURNAMES[lang])}"
    return f"{prefix} {core}", country


def tax_id(country: str, k: int) -> str:
    """A tax id in the country's usual typed form, unique for each k."""
    return f"{country}-{k:09d}-{k % 7}"


def book(count: int, seed: int) -> Iterator[SupplierRecord]:
    rng = Random(seed)
    for i in range(count):
        name, country = supplier_name(rng)
        legal = f"{name} {rng.choice(SUFFIXES[country])}" if rng.random() < 0.7 else None
        yield SupplierRecord(
            name=name,
            country=country,
            legal_name=legal,
            tax_id=tax_id(country, i) if rng.random() < 0.8 else None,
        )


def variant(rng: Random, record: SupplierRecord) -> str:
    """The same name as another person types it: other legal form, case, accents, commas."""
    name = record.name
    how = rng.randrange(4)
    if how == 0:
        name = name.upper()
    elif how == 1:
        name = name.lower()
    elif how == 2:
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if c.isascii())
    suffix = rng.choice(SUFFIXES[record.country])
    if rng.random() < 0.5:
        suffix = suffix.replace(".", "").upper()
    return f"{name}, {suffix}" if rng.random() < 0.3 else f"{name} {suffix}"


def typo(rng: Random, name: str) -> str:
    """One typo in one word of four letters or more."""
    words = name.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 4]
    i = rng.choice(long_words)
    word = words[i]
    j = rng.randrange(1, len(word) - 1)
    how = rng.randrange(4)
    if how == 0:
        word = word[:j] + word[j + 1 :]
    elif how == 1:
        word = word[:j] + word[j] + word[j:]
    elif how == 2:
        word = word[:j] + rng.choice("aeiourstnl".replace(word[j].lower(), "")) + word[j + 1 :]
    else:
        word = word[: j - 1] + word[j] + word[j - 1] + word[j + 1 :]
    words[i] = word
    return " ".join(words)


def file_rows(records: list[SupplierRecord], count: int, seed: int) -> list[Row]:
    rng = Random(seed)
    planted = rng.sample(range(len(records)), count // 10)
    half = len(planted) // 2
    rows: list[Row] = []
    for n, index in enumerate(planted):
        record = records[index]
        if n < half:
            rows.append(Row(variant(rng, record), record.country, None, None, index, "variant"))
        else:
            rows.append(Row(typo(rng, record.name), record.country, None, None, index, "typo"))
    new = book(count - len(planted), seed + 1)
    for k, record in enumerate(new):
        tax = tax_id(record.country, 10 * count + k) if record.tax_id else None
        rows.append(Row(record.name, record.country, tax, record.legal_name, None, "new"))
    rng.shuffle(rows)
    return rows


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = clocks()
    return wall - start[0], cpu - start[1]


def run_pass(
    session: Session,
    rows: list[Row],
    records: list[SupplierRecord],
    ids: list[int],
    *,
    with_tax: bool,
) -> None:
    label = "new rows with their tax id" if with_tax else "no tax ids at all"
    print(f"\n-- pass: {label}")
    start = clocks()
    matcher = SupplierMatcher(session)
    wall, cpu = since(start)
    print(f"load {matcher.supplier_count:,} suppliers: {wall:.3f} s (CPU {cpu:.3f} s)", end="")
    print(f"  [target < {LOAD_TARGET_S} s]")

    start = clocks()
    for country in COUNTRIES:  # the first fuzzy question of a country builds its word index
        matcher.match("Zzyzxqwerty", country, None)
    wall, cpu = since(start)
    print(f"word indexes of {len(COUNTRIES)} countries (built on first use): {wall:.3f} s", end="")
    print(f" (CPU {cpu:.3f} s)")

    exact = SupplierMatcher(session, fuzzy_threshold=None)
    start = clocks()
    for row in rows:
        exact.match(row.name, row.country, row.tax_id if with_tax else None, row.legal_name)
    wall, cpu = since(start)
    per_row = wall / len(rows) * 1e6
    print(
        f"exact paths only, {len(rows):,} rows: {wall:.3f} s, {per_row:.1f} µs/row "
        f"(CPU {cpu / len(rows) * 1e6:.1f} µs)  [target < {EXACT_TARGET_US} µs]"
    )

    key_of_id = {ids[i]: legal_name_key(r.name) for i, r in enumerate(records)}
    results: list[Match | None] = []
    start = clocks()
    for number, row in enumerate(rows, start=2):
        tax = row.tax_id if with_tax else None
        found = matcher.match(row.name, row.country, tax, row.legal_name)
        results.append(found)
        if found is None:
            matcher.remember(number, row.name, row.country, tax, row.legal_name)
    wall, cpu = since(start)
    print(
        f"match + remember, {len(rows):,} rows: {wall:.3f} s, {wall / len(rows) * 1e6:.1f} µs/row "
        f"(CPU {cpu:.3f} s)"
    )

    found_by_kind: Counter[str] = Counter()
    planted_by_kind: Counter[str] = Counter()
    how_by_kind: Counter[tuple[str, str]] = Counter()
    false_positive: Counter[str] = Counter()
    existing_keys = {(records[i].country, k) for i, k in enumerate(key_of_id.values())}
    for row, found in zip(rows, results, strict=True):
        if row.planted is not None:
            planted_by_kind[row.kind] += 1
            if found is None or found.supplier_id is None:
                continue
            right = ids[row.planted]
            if found.supplier_id == right or key_of_id[found.supplier_id] == key_of_id[right]:
                found_by_kind[row.kind] += 1
                how_by_kind[row.kind, found.how] += 1
        elif found is not None:
            in_book = (row.country, legal_name_key(row.name)) in existing_keys
            where = "file" if found.supplier_id is None else "database"
            reason = "name already in the book" if in_book else "other"
            false_positive[f"{found.how} ({where}, {reason})"] += 1
    for kind in ("variant", "typo"):
        hows = ", ".join(f"{h}: {n}" for (k, h), n in sorted(how_by_kind.items()) if k == kind)
        print(
            f"recall, {kind}: {found_by_kind[kind]:,} of {planted_by_kind[kind]:,} "
            f"({found_by_kind[kind] / planted_by_kind[kind]:.1%}) [{hows}]"
        )
    new_rows = sum(1 for r in rows if r.planted is None)
    total = sum(false_positive.values())
    print(f"matches among {new_rows:,} new rows: {total:,} ({total / new_rows:.2%})")
    for reason, n in false_positive.most_common():
        print(f"    {reason}: {n:,}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--suppliers", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        engine = create_database_engine(Path(folder) / "matching.sqlite3")
        schema.upgrade(engine)
        records = list(book(args.suppliers, seed=20261127))
        start = clocks()
        with Session(engine, info={ACTOR_KEY: "bench"}) as session, session.begin():
            ids = bulk_insert_suppliers(session, records)
            session.execute(
                text("UPDATE suppliers SET archived_at = CURRENT_TIMESTAMP WHERE id % 50 = 0")
            )
        print(f"inserted {len(ids):,} suppliers in {since(start)[0]:.1f} s (untimed setup)")
        rows = file_rows(records, args.suppliers, seed=7)
        with Session(engine) as session:
            run_pass(session, rows, records, ids, with_tax=True)
            run_pass(session, rows, records, ids, with_tax=False)
        engine.dispose()


if __name__ == "__main__":
    main()
