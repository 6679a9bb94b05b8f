"""Duplicate matching for the import: is this row a supplier we already have (in the
database, or on an earlier row of the same file)?

Three tests, strongest first, all within one country:
1. the same tax id once its separators are gone ('30-71234567-8' == '30712345678');
2. the same name once folded and stripped of its legal form ('Frutícola Ñuble S.A.' ==
   'FRUTICOLA NUBLE LTDA');
3. a close name (rapidfuzz token-sort ratio at or above a threshold): a possible
   duplicate the user decides about.

A name or fuzzy match is refused when both sides carry a tax id and the ids differ:
two companies of one country with different tax ids are two companies, however alike
their names ('Agrícola Santa Rosa' is a common name in Chile).

Speed matters: an import of 100,000 rows has a few seconds in all. The database's
suppliers are read with one streamed query into dictionaries; the fuzzy test compares
a row only with the names that share its rarest word (or a word one typo away from
it), never with every name of the country.

The legal-name key of test 2 is legal_names' (legal_name_key is importable from here
too); the word index the fuzzy test finds its candidates with is name_index's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Protocol, TypeVar

from sqlalchemy import ClauseElement, null, select
from sqlalchemy.orm import Session

from app.collector import free_gradually
from app.importing.legal_names import key_of_folded, legal_name_key, only_legal_forms
from app.importing.name_index import (
    FUZZY_CANDIDATES,
    TYPO_WORD_LENGTH,
    Taxless,
    Thirds,
    group_size,
    index_name_key,
    narrow,
    one_typo_from,
)
from models import Supplier
from models.text import fold, tax_id_key

__all__ = [
    "ContactLike",
    "Match",
    "SupplierMatcher",
    "legal_name_key",
    "match_contact",
]

# --- suppliers --------------------------------------------------------------------------------

_LIMIT = 2 * FUZZY_CANDIDATES
"""Names scored for one row, at most."""
_NAME_KEY_LENGTH = 200
"""Supplier.name_key is fold(name) cut to 200 characters (String(200)): one that long
may have been cut short, so the name is folded again."""
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")

_Entry = tuple[Any, ...]
"""A supplier or an earlier row of the file: (supplier id or None, file row or None,
name, archived, tax id key). A database supplier's entry is the very row the driver
returned (it has more columns after these): no tuple is built per supplier."""
_ID, _FILE_ROW, _NAME, _ARCHIVED, _TAX = range(5)


@dataclass(frozen=True, slots=True)
class Match:
    """A supplier (or an earlier row of the file) that an imported row duplicates."""

    how: Literal["tax_id", "name", "fuzzy"]
    score: float
    """100 for tax_id and name; the rapidfuzz token-sort ratio (0-100) for fuzzy."""
    supplier_id: int | None
    """The existing supplier, or None when the match is an earlier row of the file."""
    file_row: int | None
    """That earlier row's spreadsheet row number (None for a database match)."""
    name: str
    """The matched supplier's (or row's) name, to show the user."""
    archived: bool = False
    """The matched supplier is archived: the user may want to restore it, not add a twin."""


class SupplierMatcher:
    """Finds the supplier an imported row duplicates, in the database or earlier in the
    file. Build one per import (it holds every supplier's keys in memory), then call
    match() for each row and remember() for each row that will become a new supplier.

    Precedence: a tax id match beats a name match, which beats a fuzzy one; at the same
    level the database beats the file. The fuzzy test runs only when no exact match was
    found. Archived suppliers are matched too, and flagged (Match.archived), after the
    suppliers not archived that match as well.

    In memory, per country: tax id key -> entry; name key -> entry (or a list of them
    when several share the key, database first); and for the fuzzy test, word -> {name
    key: its words sorted}, with the words' one-letter deletions. The fuzzy structures
    of a country are built on its first fuzzy question (an import whose rows all match
    by tax id never pays for them) and kept up to date as rows are remembered.
    """

    def __init__(
        self,
        session: Session | None,
        *,
        fuzzy_threshold: float | None = 90.0,
        file_names: bool = True,
    ) -> None:
        """Read every supplier (archived ones included) with one streamed query; a
        session of None matches rows against the file only. A fuzzy_threshold of None
        turns the fuzzy test off (exact matches only). With file_names False the rows
        remembered keep only their keys, not their names (a Match with an earlier row
        then has the name ""): the import, which has the rows at hand, names them itself
        and saves ~75 bytes a row (75 MB for 1,000,000 rows)."""
        if fuzzy_threshold is not None and not 0 <= fuzzy_threshold <= 100:
            raise ValueError(f"fuzzy_threshold must be within 0-100, not {fuzzy_threshold}")
        self.fuzzy_threshold = fuzzy_threshold
        self.file_names = file_names
        self.supplier_count = 0
        """How many database suppliers were read."""
        self._by_tax: dict[str, dict[str, _Entry]] = {}
        self._by_name: dict[str, dict[str, _Entry | list[_Entry]]] = {}
        self._postings: dict[str, dict[str, dict[str, str]]] = {}
        self._thirds: dict[str, Thirds] = {}
        self._taxless: dict[str, Taxless] = {}
        """The words of the names that have a supplier (or row) without a tax id, by
        country: the only names a row with a tax id can match by name."""
        self._tails: dict[str, bool] = {}
        """' S.A.' -> True: what a legal name adds to the name, and whether that is only
        legal forms (a few dozen distinct tails serve 100,000 suppliers)."""
        self._last_row: tuple[object, tuple[str | None, tuple[str, ...]]] = (None, (None, ()))
        if session is not None:
            self._load(session)

    def _load(self, session: Session) -> None:
        s = Supplier
        statement = select(
            s.id, null(), s.name, s.archived_at.is_not(None), s.tax_id_key,  # the _Entry
            s.name_key, s.legal_name, s.country,
        ).order_by(s.id)  # fmt: skip
        by_tax = self._by_tax
        by_name = self._by_name
        key_of = key_of_folded
        only_forms = self._tails
        count = 0
        for batch in _batches(session, statement):
            count += len(batch)
            for entry in batch:
                _id, _row, name, _archived, tax, name_key, legal_name, country = entry
                names = by_name.get(country)
                if names is None:
                    names = by_name[country] = {}
                    by_tax[country] = {}
                if tax is not None:
                    by_tax[country][tax] = entry
                # name_key is fold(name), kept by the ORM and the bulk insert: reuse it.
                if name_key and len(name_key) < _NAME_KEY_LENGTH:
                    key = key_of(name_key) or name_key
                else:
                    key = legal_name_key(name)
                first = names.setdefault(key, entry)
                if first is not entry:
                    _add_entry(names, key, first, entry)
                if legal_name is None or legal_name == name:
                    continue
                if legal_name.startswith(name):
                    tail = legal_name[len(name) :]
                    same = only_forms.get(tail)
                    if same is None:
                        same = only_forms[tail] = only_legal_forms(tail)
                    if same:
                        continue
                other = legal_name_key(legal_name)
                if other != key:
                    first = names.setdefault(other, entry)
                    if first is not entry:
                        _add_entry(names, other, first, entry)
        self.supplier_count = count

    def match(
        self, name: str, country: str, tax_id: str | None, legal_name: str | None = None
    ) -> Match | None:
        """The supplier (or earlier row) this row duplicates, or None.

        1. the same tax id key (models.text.tax_id_key) in the same country: "tax_id"
           (another country's company with that id is another company);
        2. else the same legal_name_key (of the name or the legal name) in the same
           country, and no contradicting tax id: "name";
        3. else a name whose key scores at least fuzzy_threshold (rapidfuzz token-sort
           ratio) in the same country, and no contradicting tax id: "fuzzy", a possible
           duplicate for the user to decide.
        """
        country = country.strip().upper()
        tax, keys = self._row(name, tax_id, legal_name)
        if tax is not None:
            taxes = self._by_tax.get(country)
            if taxes is not None:
                entry = taxes.get(tax)
                if entry is not None:
                    return _match("tax_id", 100.0, entry)
        names = self._by_name.get(country)
        if names is None:
            return None
        in_file: _Entry | None = None
        for key in keys:
            value = names.get(key)
            if value is not None:
                entry = _pick(value, tax)
                if entry is not None:
                    if entry[_ID] is not None:
                        return _match("name", 100.0, entry)
                    in_file = in_file or entry
        if in_file is not None:
            return _match("name", 100.0, in_file)
        if self.fuzzy_threshold is None:
            return None
        fuzzy_in_file: tuple[_Entry, float] | None = None
        for key in keys:
            if tax is not None and not self._taxless_near(country, key):
                continue
            found = self._fuzzy(names, country, key, tax, self.fuzzy_threshold)
            if found is not None:
                if found[0][_ID] is not None:
                    return _match("fuzzy", found[1], found[0])
                fuzzy_in_file = fuzzy_in_file or found
        if fuzzy_in_file is not None:
            return _match("fuzzy", fuzzy_in_file[1], fuzzy_in_file[0])
        return None

    def close(self) -> None:
        """Let go of every key, a batch at a time (app.collector.free_gradually): the
        matcher of a 1,000,000-row import held the GIL ~0.5 s when dropped at once."""
        roots: list[object] = [self._by_tax, self._by_name, self._postings, self._tails]
        for thirds in [*self._thirds.values(), *(t.thirds for t in self._taxless.values())]:
            roots += [thirds.first, thirds.last, thirds.ends]
        roots += [t.words for t in self._taxless.values()]
        self._thirds.clear()
        self._taxless.clear()
        free_gradually(roots)

    def remember(
        self,
        file_row: int,
        name: str,
        country: str,
        tax_id: str | None,
        legal_name: str | None = None,
    ) -> None:
        """Add a row of the file being imported, so that later rows match it."""
        country = country.strip().upper()
        tax, keys = self._row(name, tax_id, legal_name)
        entry: _Entry = (None, file_row, name if self.file_names else "", False, tax)
        if tax is not None:
            self._by_tax.setdefault(country, {}).setdefault(tax, entry)
        names = self._by_name.setdefault(country, {})
        posting = self._postings.get(country)
        taxless = self._taxless.get(country) if tax is None else None
        for key in keys:
            first = names.setdefault(key, entry)
            if first is not entry:
                _add_entry(names, key, first, entry)
            elif posting is not None:
                index_name_key(posting, self._thirds.get(country), key)
            if taxless is not None:
                taxless.add_words(key)

    def _row(
        self, name: str, tax_id: str | None, legal_name: str | None
    ) -> tuple[str | None, tuple[str, ...]]:
        """The row's tax id key and name keys; remember() after match() of the same row
        reuses them."""
        if self._last_row[0] == (name, tax_id, legal_name):
            return self._last_row[1]
        keys: tuple[str, ...] = (legal_name_key(name),) if name.strip() else ()
        if legal_name and legal_name != name:
            tail_is_forms = False
            if legal_name.startswith(name):
                tail = legal_name[len(name) :]
                cached = self._tails.get(tail)
                if cached is None:
                    cached = self._tails[tail] = only_legal_forms(tail)
                tail_is_forms = cached
            if not tail_is_forms:
                other = legal_name_key(legal_name)
                if other and other not in keys:
                    keys = (*keys, other)
        found = (_tax_key(tax_id), keys)
        self._last_row = ((name, tax_id, legal_name), found)
        return found

    # --- the fuzzy test ---------------------------------------------------------------------

    def _fuzzy(
        self,
        names: dict[str, _Entry | list[_Entry]],
        country: str,
        key: str,
        tax: str | None,
        threshold: float,
    ) -> tuple[_Entry, float] | None:
        """The closest name at or above the threshold, a database supplier's if any.

        The score is the token-sort ratio (the plain ratio of the words sorted, sorted
        once per name in advance) or, when that finds nothing, the plain ratio of the
        keys as written: a typo in a word's first letter moves it in the sorted order."""
        groups = self._candidates(country, key)
        if not groups:
            return None
        if len(groups) > 2:  # a word's neighbours: many small groups, scored in one call
            merged: dict[str, str] = {}
            for group in groups:
                merged.update(group)
            groups = [merged]
        query = " ".join(sorted(key.split()))
        best = _best(query, groups, threshold) or _best_as_written(key, groups, threshold)
        if best is None:
            return None
        entry = _pick(names[best[1]], tax)
        if entry is not None and entry[_ID] is not None:
            return entry, best[0]
        # Seldom: the closest is a row of the file, or a company with another tax id.
        fuzz, process = _rapidfuzz()
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
        for other, score in sorted(scores.items(), key=_by_score, reverse=True):
            entry = _pick(names[other], tax)
            if entry is not None:
                if entry[_ID] is not None:
                    return entry, score
                in_file = in_file or (entry, score)
        return in_file

    def _candidates(self, country: str, key: str) -> list[dict[str, str]]:
        """The names worth scoring against `key`, in groups ({name key: its words
        sorted}), never every name of the country.

        A name scoring 90 or more differs from the row by a letter or two, so it has
        all the row's words but perhaps one. A word never seen in the country is then
        the misspelt one, and the names of the rarest known word hold the duplicate
        (or, when every known word is common, the names of the unseen word's one-typo
        neighbours; a row with two unseen words is a new name). When every word is
        known, the misspelling may have made another known word ('Fernanda' for
        'Fernando'): the names of the two rarest words are taken, or of the rarest and
        its neighbours'; when all are common, the names having the two rarest (at most
        FUZZY_CANDIDATES of them).
        """
        posting = self._posting(country)
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
                return []  # two new words: a new name, not one typo from a known one
            # Only common words besides: the misspelt word's neighbours find the names
            # (without any, no name is a typo away), with the rarest word if many.
            near = self._near_names(posting, country, unknown[0])
            if not near or group_size(near) <= _LIMIT:
                return near
            return [narrow(near, posting[known[0][1]] if known else None)]
        if not known:
            return []
        rarest = posting[known[0][1]]
        if len(known) > 1 and known[1][0] <= cap:
            return [rarest, posting[known[1][1]]]
        if known[0][0] <= cap:
            near = self._near_names(posting, country, known[0][1])
            return [rarest, *near] if near and group_size([rarest, *near]) <= _LIMIT else [rarest]
        # Only common words: the names having the two rarest (one common word alone
        # tells no name apart).
        return [narrow([rarest], posting[known[1][1]])] if len(known) > 1 else []

    def _taxless_near(self, country: str, key: str) -> bool:
        """Whether a name of the country that has a supplier (or row) without a tax id
        shares a word with `key`, or has a word one typo from one of its words.

        A row with a tax id is refused by every name of its country that has only
        suppliers with a tax id (theirs differ from the row's, or the tax id test would
        have matched): when no name without one is near, the fuzzy test would find
        nothing, and is skipped. An import whose rows and suppliers all have tax ids
        never builds its fuzzy structures."""
        taxless = self._taxless.get(country)
        if taxless is None:
            taxless = self._taxless[country] = Taxless()
            for name_key, value in self._by_name.get(country, {}).items():
                if isinstance(value, list):
                    if any(entry[_TAX] is None for entry in value):
                        taxless.add_words(name_key)
                elif value[_TAX] is None:
                    taxless.add_words(name_key)
        words = taxless.words
        if not words:
            return False
        split = key.split()
        return not words.isdisjoint(split) or any(
            one_typo_from(taxless.thirds, word) for word in split if len(word) >= TYPO_WORD_LENGTH
        )

    def _posting(self, country: str) -> dict[str, dict[str, str]]:
        posting = self._postings.get(country)
        if posting is None:
            posting = self._postings[country] = {}
            for key in self._by_name.get(country, ()):
                index_name_key(posting, None, key)
        return posting

    def _near_names(
        self, posting: dict[str, dict[str, str]], country: str, word: str
    ) -> list[dict[str, str]]:
        """The names of the country's words one typo away from `word`, a group each, the
        words in alphabetical order (the same groups, and the same winner of a tie, on
        every run)."""
        return [posting[near] for near in sorted(self._neighbours(posting, country, word))]

    def _neighbours(self, posting: dict[str, dict[str, str]], country: str, word: str) -> set[str]:
        """The country's other words one typo away from `word` (one letter missing, extra
        or wrong, or two letters swapped)."""
        if len(word) < TYPO_WORD_LENGTH:
            return set()
        thirds = self._thirds.get(country)
        if thirds is None:
            thirds = self._thirds[country] = Thirds()
            for known in posting:
                if len(known) >= TYPO_WORD_LENGTH:
                    thirds.add(known)
        return one_typo_from(thirds, word)


@cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's fuzz and process, imported on first use (9 ms that opening the window,
    whose supplier form imports this module, need not pay)."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def _best(query: str, groups: list[dict[str, str]], threshold: float) -> tuple[float, str] | None:
    """(score, name key) of the group member whose sorted words are closest to `query`."""
    fuzz, process = _rapidfuzz()
    best: tuple[float, str] | None = None
    for group in groups:
        found = process.extractOne(
            query, group, scorer=fuzz.ratio, score_cutoff=best[0] if best else threshold
        )
        if found is not None and (best is None or found[1] > best[0]):
            best = found[1], found[2]
    return best


def _best_as_written(
    key: str, groups: list[dict[str, str]], threshold: float
) -> tuple[float, str] | None:
    """(score, name key) of the group member closest to `key`, words as written."""
    fuzz, process = _rapidfuzz()
    best: tuple[float, str] | None = None
    for group in groups:
        found = process.extractOne(
            key, group.keys(), scorer=fuzz.ratio, score_cutoff=best[0] if best else threshold
        )
        if found is not None and (best is None or found[1] > best[0]):
            best = found[1], found[0]
    return best


def _by_score(item: tuple[str, float]) -> float:
    return item[1]


def _batches(session: Session, statement: ClauseElement) -> Iterator[Sequence[_Entry]]:
    """The statement's rows as the driver gives them (tuples), a batch at a time:
    SQLAlchemy's Row objects would cost as much as all the rest of the load. (On
    PostgreSQL the driver's cursor holds the whole result: 100,000 suppliers' keys are
    a few megabytes.) The session's pending changes are flushed first, as a query
    through the session would."""
    session.flush()
    connection = session.connection()
    sql = str(statement.compile(dialect=connection.dialect))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(5000):
            yield batch
    finally:
        cursor.close()


def _add_entry(
    names: dict[str, _Entry | list[_Entry]], key: str, first: _Entry | list[_Entry], entry: _Entry
) -> None:
    """A second (third...) supplier with this key: the key's entries become a list."""
    if isinstance(first, list):
        first.append(entry)
    else:
        names[key] = [first, entry]


def _pick(value: _Entry | list[_Entry], tax: str | None) -> _Entry | None:
    """Of the suppliers sharing a key, the first whose tax id does not contradict the
    row's: a database supplier not archived, else an archived one, else a file row."""
    entries = value if isinstance(value, list) else (value,)
    archived: _Entry | None = None
    for entry in entries:
        if tax is not None and entry[_TAX] is not None and entry[_TAX] != tax:
            continue
        if entry[_ID] is None:  # the file's rows come after the database's suppliers
            return archived or entry
        if not entry[_ARCHIVED]:
            return entry
        archived = archived or entry
    return archived


def _tax_key(tax_id: str | None) -> str | None:
    """models.text.tax_id_key, without its folding when the id is plain ASCII (as tax
    ids are): the same key for a third of the time."""
    if not tax_id:
        return None
    if tax_id.isascii():
        return _NOT_ALNUM.sub("", tax_id.upper()) or None
    return tax_id_key(tax_id)


def _match(how: Literal["tax_id", "name", "fuzzy"], score: float, entry: _Entry) -> Match:
    return Match(how, score, entry[_ID], entry[_FILE_ROW], entry[_NAME], bool(entry[_ARCHIVED]))


# --- contacts ---------------------------------------------------------------------------------


class ContactLike(Protocol):
    """What match_contact reads of a contact (models.Contact has it)."""

    @property
    def id(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...


C = TypeVar("C", bound=ContactLike)


def match_contact(
    contacts: Sequence[C], *, email: str | None, phone: str | None, name: str | None = None
) -> C | None:
    """The contact of one supplier that an imported contact is: the same email (case
    ignored), else the same phone (E.164, as stored), else None.

    A name alone identifies nobody ('María González' can be two people), with one
    exception: a stored contact that has neither email nor phone is matched by the same
    folded name, since there is nothing else to tell it by (the import then fills in
    what the row brings).
    """
    wanted_email = email.strip().casefold() if email and email.strip() else None
    wanted_phone = phone.strip() if phone and phone.strip() else None
    if wanted_email is not None:
        for contact in contacts:
            if contact.email and contact.email.strip().casefold() == wanted_email:
                return contact
    if wanted_phone is not None:
        for contact in contacts:
            if contact.phone and contact.phone.strip() == wanted_phone:
                return contact
    wanted_name = fold(name)
    if wanted_name:
        for contact in contacts:
            if not contact.email and not contact.phone and fold(contact.name) == wanted_name:
                return contact
    return None
