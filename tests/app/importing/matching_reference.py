"""The supplier matcher's fuzzy test as it was before it was made faster (commit d442d25),
kept as the reference the fast one must agree with on every row.

Two steps of it depended on the hash seed (the order of a set of words or names): a
word's one-typo neighbours, and the names two groups have in common when a group is
narrowed. Their order decides the winner of a tie and which names a narrowing keeps,
so one file could get other possible duplicates on another run. Here, as in the
matcher now, the neighbours are taken in alphabetical order and the common names in
the smaller group's order; nothing else differs from the old code.
"""

from __future__ import annotations

from itertools import islice
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from sqlalchemy.orm import Session

from app.importing.legal_names import legal_name_key, only_legal_forms
from app.importing.matching import (
    _ARCHIVED,
    _FILE_ROW,
    _ID,
    _NAME,
    _TAX,
    Match,
    SupplierMatcher,
    _add_entry,
    _Entry,
    _tax_key,
)
from app.importing.name_index import FUZZY_CANDIDATES, TYPO_WORD_LENGTH

_LIMIT = 2 * FUZZY_CANDIDATES
_NO_GROUP = 1 << 62


class ReferenceMatcher(SupplierMatcher):
    """SupplierMatcher with the old match(), remember() and fuzzy test; the database is
    read by the matcher's own loading."""

    def __init__(self, session: Session | None, *, fuzzy_threshold: float | None = 90.0) -> None:
        super().__init__(session, fuzzy_threshold=fuzzy_threshold)
        self.ref_postings: dict[str, dict[str, dict[str, str]]] = {}
        self.ref_thirds: dict[str, Thirds] = {}

    def match(
        self, name: str, country: str, tax_id: str | None, legal_name: str | None = None
    ) -> Match | None:
        country = country.strip().upper()
        tax, keys = self.ref_row(name, tax_id, legal_name)
        if tax is not None:
            taxes = self._by_tax.get(country)
            if taxes is not None:
                entry = taxes.get(tax)
                if entry is not None:
                    return make_match("tax_id", 100.0, entry)
        names = self._by_name.get(country)
        if names is None:
            return None
        in_file: _Entry | None = None
        for key in keys:
            value = names.get(key)
            if value is not None:
                entry = pick(value, tax)
                if entry is not None:
                    if entry[_ID] is not None:
                        return make_match("name", 100.0, entry)
                    in_file = in_file or entry
        if in_file is not None:
            return make_match("name", 100.0, in_file)
        if self.fuzzy_threshold is None:
            return None
        fuzzy_in_file: tuple[_Entry, float] | None = None
        for key in keys:
            found = self.ref_fuzzy(names, country, key, tax, self.fuzzy_threshold)
            if found is not None:
                if found[0][_ID] is not None:
                    return make_match("fuzzy", found[1], found[0])
                fuzzy_in_file = fuzzy_in_file or found
        if fuzzy_in_file is not None:
            return make_match("fuzzy", fuzzy_in_file[1], fuzzy_in_file[0])
        return None

    def remember(
        self,
        file_row: int,
        name: str,
        country: str,
        tax_id: str | None,
        legal_name: str | None = None,
    ) -> None:
        country = country.strip().upper()
        tax, keys = self.ref_row(name, tax_id, legal_name)
        entry: _Entry = (None, file_row, name, False, tax)
        if tax is not None:
            self._by_tax.setdefault(country, {}).setdefault(tax, entry)
        names = self._by_name.setdefault(country, {})
        posting = self.ref_postings.get(country)
        for key in keys:
            first = names.setdefault(key, entry)
            if first is not entry:
                _add_entry(names, key, first, entry)
            elif posting is not None:
                index(posting, self.ref_thirds.get(country), key)

    def ref_row(
        self, name: str, tax_id: str | None, legal_name: str | None
    ) -> tuple[str | None, tuple[str, ...]]:
        keys: tuple[str, ...] = (legal_name_key(name),) if name.strip() else ()
        if legal_name and legal_name != name:
            tail_is_forms = False
            if legal_name.startswith(name):
                tail_is_forms = only_legal_forms(legal_name[len(name) :])
            if not tail_is_forms:
                other = legal_name_key(legal_name)
                if other and other not in keys:
                    keys = (*keys, other)
        return _tax_key(tax_id), keys

    def ref_fuzzy(
        self,
        names: dict[str, _Entry | list[_Entry]],
        country: str,
        key: str,
        tax: str | None,
        threshold: float,
    ) -> tuple[_Entry, float] | None:
        groups = self.ref_candidates(country, key)
        if not groups:
            return None
        if len(groups) > 2:
            merged: dict[str, str] = {}
            for group in groups:
                merged.update(group)
            groups = [merged]
        query = " ".join(sorted(key.split()))
        best = best_sorted(query, groups, threshold) or best_as_written(key, groups, threshold)
        if best is None:
            return None
        entry = pick(names[best[1]], tax)
        if entry is not None and entry[_ID] is not None:
            return entry, best[0]
        scores: dict[str, float] = {}
        for group in groups:
            for _form, score, other in process.extract(
                query, group, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
            ):
                scores[other] = max(score, scores.get(other, 0.0))
            for other, score, _index in process.extract(
                key, group.keys(), scorer=fuzz.ratio, score_cutoff=threshold, limit=None
            ):
                scores[other] = max(score, scores.get(other, 0.0))
        in_file: tuple[_Entry, float] | None = None
        for other, score in sorted(scores.items(), key=lambda item: item[1], reverse=True):
            entry = pick(names[other], tax)
            if entry is not None:
                if entry[_ID] is not None:
                    return entry, score
                in_file = in_file or (entry, score)
        return in_file

    def ref_candidates(self, country: str, key: str) -> list[dict[str, str]]:
        posting = self.ref_posting(country)
        known: list[tuple[int, str]] = []
        unknown: list[str] = []
        for word in set(key.split()):
            keys = posting.get(word)
            if keys is not None:
                known.append((len(keys), word))
            elif len(word) >= TYPO_WORD_LENGTH:
                unknown.append(word)
        known.sort()
        cap = FUZZY_CANDIDATES
        if unknown:
            if known and known[0][0] <= cap:
                return [posting[known[0][1]]]
            if len(unknown) > 1:
                return []
            near = self.ref_near_names(posting, country, unknown[0])
            if not near or group_size(near) <= _LIMIT:
                return near
            return [narrowed(near, posting[known[0][1]] if known else None)]
        if not known:
            return []
        rarest = posting[known[0][1]]
        if len(known) > 1 and known[1][0] <= cap:
            return [rarest, posting[known[1][1]]]
        if known[0][0] <= cap:
            near = self.ref_near_names(posting, country, known[0][1])
            return [rarest, *near] if near and group_size([rarest, *near]) <= _LIMIT else [rarest]
        return [narrowed([rarest], posting[known[1][1]])] if len(known) > 1 else []

    def ref_posting(self, country: str) -> dict[str, dict[str, str]]:
        posting = self.ref_postings.get(country)
        if posting is None:
            posting = self.ref_postings[country] = {}
            for key in self._by_name.get(country, ()):
                index(posting, None, key)
        return posting

    def ref_near_names(
        self, posting: dict[str, dict[str, str]], country: str, word: str
    ) -> list[dict[str, str]]:
        # Fixed order: alphabetical (was the set's order).
        return [posting[near] for near in sorted(self.ref_neighbours(posting, country, word))]

    def ref_neighbours(
        self, posting: dict[str, dict[str, str]], country: str, word: str
    ) -> set[str]:
        length = len(word)
        if length < TYPO_WORD_LENGTH:
            return set()
        thirds = self.ref_thirds.get(country)
        if thirds is None:
            thirds = self.ref_thirds[country] = Thirds()
            for known in posting:
                if len(known) >= TYPO_WORD_LENGTH:
                    thirds.add(known)
        first, last, ends = thirds.first, thirds.last, thirds.ends
        pool: list[str] = []
        if length > TYPO_WORD_LENGTH:
            cut = (length + 1) // 3
            pool += first.get(word[: length - 1 - cut], ())
            pool += last.get(word[cut + 1 - length :], ())
            pool += ends.get(word[:cut] + word[-cut:], ())
        cut = (length + 2) // 3
        pool += first.get(word[: length - cut], ())
        pool += last.get(word[cut - length :], ())
        pool += ends.get(word[:cut] + word[-cut:], ())
        pool += thirds.letters.get("".join(sorted(word)), ())
        cut = (length + 3) // 3
        pool += first.get(word[: length + 1 - cut], ())
        pool += last.get(word[cut - length - 1 :], ())
        pool += ends.get(word[:cut] + word[-cut:], ())
        if not pool:
            return set()
        found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=1, limit=None)
        return {near for near, _distance, _index in found if near != word}


class Thirds:
    def __init__(self) -> None:
        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        self.ends: dict[str, list[str]] = {}
        self.letters: dict[str, list[str]] = {}

    def add(self, word: str) -> None:
        length = len(word)
        cut = (length + 2) // 3
        self.first.setdefault(word[: length - cut], []).append(word)
        self.last.setdefault(word[cut:], []).append(word)
        self.ends.setdefault(word[:cut] + word[-cut:], []).append(word)
        self.letters.setdefault("".join(sorted(word)), []).append(word)


def best_sorted(
    query: str, groups: list[dict[str, str]], threshold: float
) -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    for group in groups:
        found = process.extractOne(
            query, group, scorer=fuzz.ratio, score_cutoff=best[0] if best else threshold
        )
        if found is not None and (best is None or found[1] > best[0]):
            best = found[1], found[2]
    return best


def best_as_written(
    key: str, groups: list[dict[str, str]], threshold: float
) -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    for group in groups:
        found = process.extractOne(
            key, group.keys(), scorer=fuzz.ratio, score_cutoff=best[0] if best else threshold
        )
        if found is not None and (best is None or found[1] > best[0]):
            best = found[1], found[0]
    return best


def index(posting: dict[str, dict[str, str]], thirds: Thirds | None, key: str) -> None:
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
    return sum(map(len, groups)) if groups else _NO_GROUP


def narrowed(groups: list[dict[str, str]], having: dict[str, str] | None) -> dict[str, str]:
    result: dict[str, str] = {}
    for group in groups:
        if having is None:
            result.update(islice(group.items(), FUZZY_CANDIDATES - len(result)))
        elif len(group) <= len(having):  # fixed order: the smaller one's (was a set's)
            result.update((k, v) for k, v in group.items() if k in having)
        else:
            result.update((k, group[k]) for k in having if k in group)
        if len(result) >= FUZZY_CANDIDATES:
            return dict(islice(result.items(), FUZZY_CANDIDATES))
    return result


def pick(value: _Entry | list[_Entry], tax: str | None) -> _Entry | None:
    entries = value if isinstance(value, list) else (value,)
    archived: _Entry | None = None
    for entry in entries:
        if tax is not None and entry[_TAX] is not None and entry[_TAX] != tax:
            continue
        if entry[_ID] is None:
            return archived or entry
        if not entry[_ARCHIVED]:
            return entry
        archived = archived or entry
    return archived


def make_match(how: Literal["tax_id", "name", "fuzzy"], score: float, entry: _Entry) -> Match:
    return Match(how, score, entry[_ID], entry[_FILE_ROW], entry[_NAME], bool(entry[_ARCHIVED]))
