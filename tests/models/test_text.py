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
