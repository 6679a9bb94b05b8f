"""The suppliers a new one being typed may already be: the import's duplicate matching
(matching.SupplierMatcher: same tax id, same legal-suffix-free name, close name, all
within one country), asked about one name instead of a file.

Not the whole book is read, as an import does: only the suppliers of the country that
have the tax id typed or share a word (or a word's first letters) with the name, the
closest CANDIDATES of them. These are given to a matcher as if they were earlier rows of
a file, and it says which one the new supplier duplicates; asked again without that one,
the next, up to `limit`.

It lives here rather than in app/queries because it calls the import's matcher, which
app/queries may not import (tests/test_architecture.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, case, or_, select
from sqlalchemy.orm import Session

from app.importing.legal_names import legal_name_key
from app.importing.matching import SupplierMatcher
from app.services.common import like_pattern
from models import Supplier
from models.text import tax_id_key

CANDIDATES = 500
"""Suppliers read for one question at most, those sharing the most words first."""
PREFIX = 4
"""A word is also looked for by its first letters, so a typo later in it ('Zunigo' for
'Zúñiga') still brings the supplier to the matcher."""


@dataclass(frozen=True, slots=True)
class SimilarSupplier:
    id: int
    name: str
    country: str
    archived: bool
    how: Literal["tax_id", "name", "fuzzy"]
    score: float
    """100 for tax_id and name; the fuzzy ratio (0-100) otherwise."""


def _patterns(name: str) -> list[str]:
    """LIKE patterns over Supplier.name_key (the folded name) for the name's words."""
    patterns: list[str] = []
    for word in legal_name_key(name).split():
        for part in (word, word[:PREFIX]):
            if len(part) >= 3 and like_pattern(part) not in patterns:
                patterns.append(like_pattern(part))
    return patterns


def similar_suppliers(
    session: Session, name: str, country: str, tax_id: str | None = None, *, limit: int = 3
) -> list[SimilarSupplier]:
    """The existing suppliers (archived ones too, flagged) that a new supplier called
    `name` in `country` (ISO code), with `tax_id`, is likely to be: strongest match first."""
    country = country.strip().upper()
    if not country or not (name.strip() or (tax_id and tax_id.strip())):
        return []
    patterns = _patterns(name)
    tax = tax_id_key(tax_id) if tax_id else None
    wanted: list[ColumnElement[bool]] = [Supplier.name_key.like(p, escape="\\") for p in patterns]
    if tax:
        wanted.append(Supplier.tax_id_key == tax)
    if not wanted:
        return []
    # How many of the words (and the tax id) a supplier has: the most first.
    shared = sum((case((w, 1), else_=0) for w in wanted[1:]), start=case((wanted[0], 1), else_=0))
    statement = (
        select(
            Supplier.id,
            Supplier.name,
            Supplier.legal_name,
            Supplier.tax_id,
            Supplier.archived_at.is_not(None),
        )
        .where(Supplier.country == country, or_(*wanted))
        .order_by(shared.desc(), Supplier.id)
        .limit(CANDIDATES)
    )
    candidates = list(session.execute(statement).all())
    found: list[SimilarSupplier] = []
    while candidates and len(found) < limit:
        matcher = SupplierMatcher(None)
        for index, (_id, other, legal_name, other_tax, _archived) in enumerate(candidates):
            matcher.remember(index, other, country, other_tax, legal_name)
        match = matcher.match(name, country, tax_id)
        if match is None or match.file_row is None:
            break
        supplier_id, other, _legal, _tax, archived = candidates.pop(match.file_row)
        found.append(
            SimilarSupplier(supplier_id, other, country, bool(archived), match.how, match.score)
        )
    return found
