"""The fuzzy test's word index: the one-typo lookup of a country's words and the
narrowing of groups of names too large to score."""

from __future__ import annotations

from random import Random

import pytest
from rapidfuzz.distance import OSA

from app.importing import name_index
from app.importing.matching import SupplierMatcher
from tests.app.importing.matching_reference import narrowed as reference_narrowed
from tests.app.importing.test_matching_fast_paths import word


def every_typo(word: str, letters: str) -> set[str]:
    """Every word one letter missing, extra or wrong, or two letters swapped from `word`."""
    edits = {word[:i] + word[i + 1 :] for i in range(len(word))}
    edits |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    edits |= {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in letters}
    edits |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return edits - {word}


@pytest.mark.parametrize("word", ["rosa", "barlena", "tancitaro", "ibanez", "frigorifico"])
def test_every_word_one_typo_away_is_a_neighbour(word: str) -> None:
    matcher = SupplierMatcher(None)
    matcher.remember(2, f"Agrícola {word}", "CL", None)
    posting = matcher._posting("CL")

    missed = [
        typo
        for typo in sorted(every_typo(word, "aeioubrnxz"))
        if len(typo) >= name_index.TYPO_WORD_LENGTH
        and typo not in posting
        and word not in matcher._neighbours(posting, "CL", typo)
    ]

    assert missed == []


def test_words_two_typos_away_are_not_neighbours() -> None:
    matcher = SupplierMatcher(None)
    matcher.remember(2, "Agrícola Barlena", "CL", None)
    posting = matcher._posting("CL")

    assert matcher._neighbours(posting, "CL", "barlena") == set()
    for far in ("barlenaxx", "bralenx", "xarlenx", "barl", "arlen"):
        assert matcher._neighbours(posting, "CL", far) == set()


def test_the_neighbours_are_every_word_one_typo_away() -> None:
    """The one-typo lookup finds what measuring every word of the country finds."""
    rng = Random(5)
    known = sorted({word(rng) for _ in range(3000)} | {"rosa", "barlena", "tancitaro"})
    matcher = SupplierMatcher(None)
    for number, text in enumerate(known):
        matcher.remember(number, f"Agrícola {text}", "CL", None)
    posting = matcher._posting("CL")
    long_words = [w for w in posting if len(w) >= name_index.TYPO_WORD_LENGTH]
    queries = {q for w in rng.sample(known, 60) for q in every_typo(w, "aelorx")}
    queries |= set(rng.sample(known, 300))

    for query in sorted(q for q in queries if len(q) >= name_index.TYPO_WORD_LENGTH):
        expected = {w for w in long_words if OSA.distance(query, w) == 1}
        assert matcher._neighbours(posting, "CL", query) == expected, query


def test_a_narrowed_group_is_the_old_narrowing() -> None:
    """The narrowing that stops at the last name kept keeps the names the old one kept,
    in its order: groups smaller and larger than the names narrowed by, overlapping."""
    rng = Random(6)
    for _ in range(400):
        universe = [f"k{i}" for i in range(rng.choice((50, 300, 1500)))]
        groups = [
            {k: k.upper() for k in rng.sample(universe, rng.randrange(1, len(universe)))}
            for _ in range(rng.randrange(1, 4))
        ]
        having = (
            None
            if rng.random() < 0.1
            else {k: "" for k in rng.sample(universe, rng.randrange(1, len(universe)))}
        )

        narrowed = name_index.narrow(groups, having)

        assert list(narrowed.items()) == list(reference_narrowed(groups, having).items())
