"""Folding for search and matching, and tax ids normalised for duplicate checks."""

from __future__ import annotations

import pytest

from models.text import fold, tax_id_key


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("José Pérez S.A.", "jose perez s.a."),
        ("JOSÉ PÉREZ", "jose perez"),
        ("Ñandú", "nandu"),
        ("Açaí do Pará", "acai do para"),
        ("São Paulo", "sao paulo"),
        ("ÅNGSTRÖM", "angstrom"),
        ("Straße", "strasse"),
        ("Øster", "oster"),
        ("Æble", "aeble"),
        ("Œuvre", "oeuvre"),
        ("ŁÓDŹ", "lodz"),
        ("Đà Lạt", "da lat"),
        ("İstanbul", "istanbul"),
        ("ﬁnca", "finca"),  # ligature
        ("Ｆｕｌｌ", "full"),  # full-width letters from a Chinese keyboard
        ("１２３", "123"),
        ("王力", "王力"),  # Chinese passes through
        ("  many   spaces\tand\ntabs  ", "many spaces and tabs"),
        ("a\x00b", "a b"),  # NUL becomes a space
        ("a\x1bb\x7fc", "a b c"),
        ("\u00a0nbsp\u00a0", "nbsp"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text: str | None, folded: str) -> None:
    assert fold(text) == folded


def test_fold_makes_spellings_meet() -> None:
    assert fold("Frutícola Andina S.A.") == fold("FRUTICOLA  ANDINA s.a.")
    assert fold("Exportadora Ñuble") == fold("exportadora nuble")


def test_fold_is_idempotent() -> None:
    for text in ["José Pérez", "Straße", "王力", "ﬁnca  Ø"]:
        assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("tax_id", "key"),
    [
        ("30-71234567-8", "30712345678"),  # CUIT (Argentina)
        ("76.123.456-7", "761234567"),  # RUT (Chile)
        ("76.123.456-k", "76123456K"),  # RUT with a K check digit
        ("ABC-123456-XY9", "ABC123456XY9"),  # RFC (Mexico)
        ("abc 123456 xy9", "ABC123456XY9"),
        ("12.345.678/0001-90", "12345678000190"),  # CNPJ (Brazil)
        ("20123456789", "20123456789"),  # RUC (Peru)
        ("91110000MA01ABCD1X", "91110000MA01ABCD1X"),  # USCC (China)
        ("ÑAÇ-010101", "NAC010101"),
        ("１２３-４５", "12345"),
    ],
)
def test_tax_id_key(tax_id: str, key: str) -> None:
    assert tax_id_key(tax_id) == key


@pytest.mark.parametrize("tax_id", [None, "", "   ", "---", "./-", "税号"])
def test_tax_id_key_without_letters_or_digits(tax_id: str | None) -> None:
    assert tax_id_key(tax_id) is None


def test_tax_id_key_matches_differently_typed_ids() -> None:
    assert tax_id_key("30-71234567-8") == tax_id_key("30 71234567 8") == tax_id_key("30712345678")


def _reference_fold(text: str) -> str:
    """The plain definition of fold(), to check the translate-table version against."""
    import re
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(
        " " if unicodedata.category(ch) == "Cc" else ch
        for ch in decomposed
        if not unicodedata.combining(ch)
    )
    extra = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i"})
    return re.sub(r"\s+", " ", stripped.translate(extra)).strip()


def test_fold_matches_its_definition_for_every_character() -> None:
    import random

    from models.text import fold

    for start in range(0, 0x30000, 512):
        chunk = "".join(chr(c) for c in range(start, start + 512) if not 0xD800 <= c < 0xE000)
        assert fold(chunk) == _reference_fold(chunk), hex(start)
    rng = random.Random(7)
    alphabet = "aáÀçÇñÑøØßłŁ 王力\t\x00\u0301\u200bZz-./" + "".join(
        chr(c) for c in range(0x2000, 0x2070)
    )
    for _ in range(2000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert fold(sample) == _reference_fold(sample), repr(sample)


def test_fold_of_words_is_fold_of_the_text() -> None:
    """fold folds each word apart (and remembers it): the same as folding the text whole,
    whatever separates the words or sits inside them."""
    import random

    from models.text import fold

    rng = random.Random(11)
    spaces = [" ", "  ", "\t", "\n", "\xa0", "\u2003", "\u3000", "\x1f", "\x85", "\u1680", "\u2028"]
    tricky = "¨´¸ˇ˘˙˚˛˜˝\u0301\u0308ﬁﬀ½㈱ＡＢｃİıΣσςǅ\x00\x07\x7f\u200b\u200d王力ß"
    alphabet = tricky + "aAéÉñÑçÇøØ0123456789.-/&'" + "".join(chr(c) for c in range(0x2000, 0x2070))
    for _ in range(5000):
        words = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(1, 6))
        ]
        glue = [rng.choice(spaces) for _ in words]
        text = "".join(g + w for g, w in zip(glue, words, strict=True)) + rng.choice(["", " "])
        assert fold(text) == _reference_fold(text), repr(text)
        assert fold(text.lower()) == _reference_fold(text.lower()), repr(text)
    ascii_alphabet = "".join(chr(c) for c in range(128)) + "    "
    for _ in range(5000):
        text = "".join(rng.choice(ascii_alphabet) for _ in range(rng.randint(0, 12)))
        assert fold(text) == _reference_fold(text), repr(text)
    for text in ["Frutícola Agrícola 12345 S.A. de C.V.", "CL-00012345-6", "a  b", " a", "a "]:
        assert fold(text) == _reference_fold(text)
