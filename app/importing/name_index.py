"""The word index that the fuzzy test of duplicate matching narrows its candidates with:
word -> the names having it, the one-typo lookup of words, and the narrowing of groups of
names too large to score.

A name scoring 90 or more differs from a row by a letter or two, so it shares all the
row's words but perhaps one, which is one typo away: the names worth scoring are found
through the words, never by scoring every name of a country.
"""

from __future__ import annotations

from itertools import filterfalse, islice

from rapidfuzz import process
from rapidfuzz.distance import OSA

FUZZY_CANDIDATES = 200
"""A word that more names have is common: its names are scored only when narrowed
down by another word's. No row is scored against more than twice this many names."""
TYPO_WORD_LENGTH = 4
"""Words this long or longer are also looked up with one typo (a letter missing, extra,
wrong, or two letters swapped); shorter ones must be spelled alike."""


class Thirds:
    """A country's words (of TYPO_WORD_LENGTH letters or more) by three keys each: the
    first two thirds, the last two thirds, and the first and last thirds run together.
    A third is a third of the word's length, rounded up."""

    __slots__ = ("ends", "first", "last")

    def __init__(self) -> None:
        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        self.ends: dict[str, list[str]] = {}

    def add(self, word: str) -> None:
        length = len(word)
        cut = (length + 2) // 3
        self.first.setdefault(word[: length - cut], []).append(word)
        self.last.setdefault(word[cut:], []).append(word)
        self.ends.setdefault(word[:cut] + word[-cut:], []).append(word)


def one_typo_from(thirds: Thirds, word: str) -> set[str]:
    """The words of `thirds` one typo away from `word` (of TYPO_WORD_LENGTH letters or
    more).

    A word is filed under three keys (Thirds): its first two thirds, its last two
    thirds, and its first and last thirds: one typo leaves one of them as it was, but
    for two letters swapped across the edge of a third, which are swapped back and
    looked up. The few words under these keys, for `word`'s length and one more or
    less, hold every neighbour; they are measured."""
    length = len(word)
    first, last, ends = thirds.first, thirds.last, thirds.ends
    pool: list[str] = []
    if length > TYPO_WORD_LENGTH:  # a letter too many
        cut = (length + 1) // 3
        pool += first.get(word[: length - 1 - cut], ())
        pool += last.get(word[cut + 1 - length :], ())
        pool += ends.get(word[:cut] + word[-cut:], ())
    cut = (length + 2) // 3  # a letter wrong, or two swapped
    pool += first.get(word[: length - cut], ())
    pool += last.get(word[cut - length :], ())
    pool += ends.get(word[:cut] + word[-cut:], ())
    for edge in (cut - 1, length - cut - 1):
        swapped = word[:edge] + word[edge + 1] + word[edge] + word[edge + 2 :]
        pool += first.get(swapped[: length - cut], ())
    cut = (length + 3) // 3  # a letter missing
    pool += first.get(word[: length + 1 - cut], ())
    pool += last.get(word[cut - length - 1 :], ())
    pool += ends.get(word[:cut] + word[-cut:], ())
    if not pool:
        return set()
    found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=1, limit=None)
    return {near for near, _distance, _index in found if near != word}


class Taxless:
    """A country's words of the names that have a supplier (or row) without a tax id,
    with the longer ones filed for the one-typo lookup."""

    __slots__ = ("thirds", "words")

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.thirds = Thirds()

    def add_words(self, key: str) -> None:
        for word in key.split():
            if word not in self.words:
                self.words.add(word)
                if len(word) >= TYPO_WORD_LENGTH:
                    self.thirds.add(word)


def index_name_key(
    posting: dict[str, dict[str, str]],
    thirds: Thirds | None,
    key: str,
) -> None:
    """Add a name key to a country's fuzzy structures."""
    words = key.split()
    sorted_form = " ".join(sorted(words))
    for word in words:
        keys = posting.get(word)
        if keys is not None:
            keys[key] = sorted_form
            continue
        posting[word] = {key: sorted_form}
        if thirds is not None and len(word) >= TYPO_WORD_LENGTH:
            thirds.add(word)


def group_size(groups: list[dict[str, str]]) -> int:
    """How many names a list of groups holds; an empty list counts as endless."""
    return sum(map(len, groups)) if groups else _NO_GROUP


_NO_GROUP = 1 << 62


def narrow(groups: list[dict[str, str]], having: dict[str, str] | None) -> dict[str, str]:
    """The names of `groups` that are in `having` too, at most FUZZY_CANDIDATES."""
    narrowed: dict[str, str] = {}
    for group in groups:
        if having is None:
            narrowed.update(islice(group.items(), FUZZY_CANDIDATES - len(narrowed)))
        else:
            # In the smaller one's order: the same names on every run (a set's order
            # changes with the hash seed, and the narrowing keeps the first ones). The
            # walk stops at the last name kept.
            small, large = (group, having) if len(group) <= len(having) else (having, group)
            common = filter(large.__contains__, small)
            new = list(
                islice(filterfalse(narrowed.__contains__, common), FUZZY_CANDIDATES - len(narrowed))
            )
            narrowed.update(zip(new, map(group.__getitem__, new), strict=True))
        if len(narrowed) >= FUZZY_CANDIDATES:
            return dict(islice(narrowed.items(), FUZZY_CANDIDATES))
    return narrowed
