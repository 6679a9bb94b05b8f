"""The legal-name key of duplicate matching: a supplier's name folded and stripped of its
legal forms, so that 'Frutícola Ñuble S.A.' and 'FRUTICOLA NUBLE LTDA' meet.

The key is computed for every supplier of the database and every row of an import, so
most names are settled with a set lookup at each end: only a name that ends (or starts)
with a word a legal form can end (or start) with has its last words compared.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from models.text import fold

LEGAL_FORMS_AT_END = (
    # Mexico
    "S.A. de C.V.", "S.A.P.I. de C.V.", "S.A.B. de C.V.", "S. de R.L. de C.V.", "S. de R.L.",
    "S.P.R. de R.L.", "S.P.R. de R.I.", "S.C. de R.L. de C.V.", "S.C. de R.L.", "S.C.",
    "A.C.", "S. en C.", "S. en C.S.", "S.A.P.I.",
    # Chile, Argentina, Colombia, Ecuador, Peru (and Spanish-speaking generally)
    "S.A.", "S.A.U.", "S.A.S.", "S.R.L.", "S.L.", "S.L.U.", "SpA", "Ltda.", "Limitada",
    "Cía. Ltda.", "y Cía. Ltda.", "y Cía.", "Cía.", "E.I.R.L.", "S.A.C.", "S.A.A.",
    "Sociedad Anónima", "Sociedad Anónima Cerrada", "Sociedad Limitada",
    # Brazil
    "S/A", "ME", "EPP", "MEI", "EIRELI", "e Cia. Ltda.", "Cia. Ltda.",
    # English-speaking, Europe
    "LLC", "L.L.C.", "Inc.", "Incorporated", "Corp.", "Corporation", "Co.", "Co. Ltd.",
    "Company", "Company Limited", "Ltd.", "Limited", "LLP", "L.P.", "PLC", "GmbH", "B.V.",
    "S.p.A.", "S.r.l.",
    # China (written apart from the name; written together is handled below)
    "有限公司", "股份有限公司", "有限责任公司", "有限責任公司", "公司",
)  # fmt: skip
"""Legal forms removed from the end of a name, as people write them. Punctuation and
spacing do not matter: 'S.A. de C.V.', 'SA de CV' and 'S A DE C V' are one form."""

LEGAL_FORMS_AT_START = ("Sociedad Anónima", "Sociedad", "Compañía", "Cía.")
"""Legal forms removed from the start of a name ('Sociedad Agrícola Los Andes')."""

CHINESE_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "公司")
"""Chinese legal forms, longest first: Chinese names run into them without a space."""

_APOSTROPHES = frozenset("'’`ʼ")


class _KeyTable(dict[int, str | None]):
    """A str.translate table that finishes models.text.fold's work for matching: marks go,
    apostrophes go ('O'Higgins' is 'OHiggins'), any other character that is not a letter
    or a digit becomes a space. Filled on first sight of each character."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value: str | None
        if ch in _APOSTROPHES or unicodedata.combining(ch):
            value = None
        else:
            folded = fold(ch) or " "
            value = "".join(c if c.isalnum() else " " for c in folded)
        self[code] = value
        return value


_KEY = _KeyTable()


def _tokens(folded: str) -> list[str]:
    """The words of a folded text, punctuation gone."""
    return folded.translate(_KEY).split()


def _forms(names: Iterable[str]) -> frozenset[str]:
    """Each legal form as its words run together: 'S. de R.L.' -> 'sderl'."""
    return frozenset("".join(_tokens(fold(name))) for name in names)


_END_FORMS = _forms(LEGAL_FORMS_AT_END)
_START_FORMS = _forms(LEGAL_FORMS_AT_START)
_END_WORDS = frozenset(form[i:] for form in _END_FORMS for i in range(len(form)))
"""Every word a name ending in a legal form can end with ('v' of 'S.A. de C.V.'):
most names end with none of them and are done after one set lookup."""
_START_WORDS = frozenset(form[:i] for form in _START_FORMS for i in range(1, len(form) + 1))
_MAX_FORM_WORDS = max(len(_tokens(fold(name))) for name in LEGAL_FORMS_AT_END)
_MAX_START_WORDS = max(len(_tokens(fold(name))) for name in LEGAL_FORMS_AT_START)


def legal_name_key(name: str) -> str:
    """The name as duplicate matching compares it: folded (accents, case, punctuation),
    its legal forms removed from the end (and the few common at the start), spaces
    collapsed. Initials stay apart ('J. M.' is 'j m', not 'jm': the fuzzy test sees
    them alike).

    'Frutícola Ñuble S.A.', 'FRUTICOLA NUBLE SA' and 'Fruticola Ñuble, S.A.' give
    'fruticola nuble'; 'Avocados del Sur S.A. de C.V.' gives 'avocados del sur'.
    Business words ('Comercializadora', 'Exportadora', 'Agrícola') stay. A name that is
    nothing but legal forms keeps its words ('S.A.' gives 'sa'); a name of punctuation
    alone gives its folded self: the key is never empty unless the name is blank.
    """
    return key_of_folded(_decompose(name)) or fold(name)


def _decompose(name: str) -> str:
    """The name case-folded, its accents split off (NFKD) or, when every character
    outside ASCII is an ASCII letter with marks, already gone: the common case of a
    Spanish or Portuguese name costs one bytes round trip instead of a slow translate."""
    folded = name.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = decomposed.encode("ascii", "ignore")
    # Each non-ASCII character gave exactly one ASCII letter: only marks were dropped.
    return plain.decode("ascii") if len(plain) == len(folded) else decomposed


def key_of_folded(folded: str) -> str:
    """legal_name_key of a case-folded, decomposed name (Supplier.name_key holds one), or
    '' when it has no letter or digit."""
    words = folded.translate(_KEY).split()
    if not words:
        return ""
    # One set lookup at each end settles most names: no legal form there.
    if words[-1] in _END_WORDS or words[-1][-1] == "司" or words[0] in _START_WORDS:
        words = _without_legal_forms(words)
    return " ".join(words)


def _without_legal_forms(words: list[str]) -> list[str]:
    """The words without the legal forms at their end (as many as there are: 'Frutas
    Ltda. ME') and at their start; one word always stays. A form may be split into
    words anyhow ('S. A.', 'S.A.', 'SA'): the last words are compared run together.
    A name that is one legal form and nothing else is that form ('S. A.' is 'sa')."""
    whole = "".join(words)
    if whole in _END_FORMS:
        return [whole]
    end = len(words)
    while end > 1 and words[end - 1] in _END_WORDS:
        for size in range(min(_MAX_FORM_WORDS, end - 1), 0, -1):
            if "".join(words[end - size : end]) in _END_FORMS:
                end -= size
                break
        else:
            break
    last = words[end - 1]
    if last[-1] == "司":
        for form in CHINESE_LEGAL_FORMS:
            if last.endswith(form) and len(last) > len(form):
                words = [*words[: end - 1], last[: -len(form)]]
                break
    start = 0
    if end > 1 and words[0] in _START_WORDS:
        for size in range(min(_MAX_START_WORDS, end - 1), 0, -1):
            if "".join(words[:size]) in _START_FORMS:
                start = size
                break
    return words[start:end]


def only_legal_forms(tail: str) -> bool:
    """Whether what a legal name adds to the name (' S.A.', ', Ltda.') is nothing but
    legal forms: the legal name then has the name's key."""
    words = "".join(_decompose(tail).translate(_KEY).split())
    return not words or words in _END_FORMS
