"""Text folding for search and matching: 'José Pérez S.A.' and 'jose perez s a' meet here."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")
# Letters that NFKD does not decompose but that people type without their stroke.
_EXTRA = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i"})


class _FoldTable(dict[int, str | None]):
    """A str.translate table filled on first sight of each character: combining marks
    go, control characters become spaces, a few stroked letters lose their stroke.

    Folding runs for every supplier written (search text), so it is kept cheap: one
    translate call instead of a Python loop over the characters.
    """

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value: str | None
        if unicodedata.combining(ch):
            value = None
        elif unicodedata.category(ch) == "Cc":
            value = " "
        else:
            value = _EXTRA.get(code, ch)
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(text: str | None) -> str:
    """Lower-case, strip accents and compatibility forms, collapse whitespace.

    Chinese and other scripts without accents pass through unchanged, so '王力'
    is found by '王力'. NUL and other control characters become spaces.
    """
    if not text:
        return ""
    if text.isascii():
        lowered = text.lower()  # casefold, for ASCII; and NFKD changes nothing
        # Printable ASCII has no control character; one space between words and none at
        # the ends is already what folding leaves.
        if lowered.isprintable() and "  " not in lowered and lowered[0] != " " != lowered[-1]:
            return lowered
    if len(text) <= _CACHED_LENGTH:
        return _fold_short(text)
    return _fold(text)


_CACHED_LENGTH = 60
"""Cities, regions, products, countries and most names: values that come back again and
again in an import or a list are folded once (the cache holds at most 65,536). Plain
ASCII is lower-cased on the spot, faster than a cache."""


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    words = text.split()
    if len(words) < 2:
        return _fold_text(text)
    # Folding works character by character and whitespace separates what it makes, so
    # a text folds as its words do: names share words ('Agrícola', 'Frutícola'), and
    # each word is folded once (tested against folding the whole text).
    return " ".join(
        folded
        for word in words
        if (folded := word.lower() if word.isascii() and word.isprintable() else _fold_word(word))
    )


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return _fold_text(word)


def _fold_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _SPACES.sub(" ", decomposed.translate(_FOLD)).strip()


def tax_id_key(tax_id: str | None) -> str | None:
    """Tax id upper-cased with every separator removed: '30-71234567-8' -> '30712345678'."""
    if not tax_id:
        return None
    key = _NOT_ALNUM.sub("", fold(tax_id).upper())
    return key or None
