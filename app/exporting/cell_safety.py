"""Text that a spreadsheet would run as a formula, and how an export keeps it text
(OWASP "CSV Injection").

A spreadsheet opening a .csv reads a cell as a formula when its first character, after
any leading white space, is '=', '+', '-' or '@' (or their full-width forms, which some
accept), or when it starts with a tab or a carriage return. A supplier called
'=HYPERLINK("http://x","y")' must reach the user as that text, never as a live link or
a command. In a .csv such a cell gets a leading single quote (OWASP's advice: the text
stays readable); a cell that is wholly a number ('-3.5', an E.164 phone
'+525512345678') runs nothing and stays as it is. In an .xlsx, text is written as a
string cell (never a formula), and `looks_like_formula` tells the writers which cells
also get Excel's quote prefix, so they stay text when edited.
"""

from __future__ import annotations

import re
from typing import overload

FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
"""'=', '+', '-', '@' and their full-width forms U+FF1D, U+FF0B, U+FF0D, U+FF20."""

WHITE_SPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character str.isspace() accepts (what str.lstrip() removes), a tab and a
carriage return among them."""

RISKY_FIRST = FORMULA_STARTS | WHITE_SPACE
"""A text whose first character is not one of these is never a formula: the one test
most cells need (`csv_safe` runs once a cell, 100,000 rows at a time)."""

_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")
"""A whole cell that is a number: optional sign, digits, an optional decimal part."""


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula: it starts with a tab or a
    carriage return, or its first character after white space is a formula start."""
    if not text or text[0] not in RISKY_FIRST:
        return False
    if text[0] in "\t\r":
        return True
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in FORMULA_STARTS


@overload
def csv_safe(text: str) -> str: ...
@overload
def csv_safe(text: None) -> None: ...
def csv_safe(text: str | None) -> str | None:
    """`text` as a .csv cell that no spreadsheet runs: prefixed with a single quote when
    it looks like a formula and is not a plain number, otherwise as it is (None, an
    empty cell, too)."""
    if not text or text[0] not in RISKY_FIRST:
        return text
    if looks_like_formula(text) and _PLAIN_NUMBER.fullmatch(text) is None:
        return "'" + text
    return text
