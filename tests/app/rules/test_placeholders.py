"""Placeholder names: what people write where a name should be (issue 14 point 2)."""

from __future__ import annotations

import pytest

from app.rules.placeholders import is_placeholder_name, placeholder_message


@pytest.mark.parametrize(
    "name",
    ["Sin nombre", "SIN NOMBRE", "N/A", "n/a", "-", "--", "s/n", "S/N", "TBD", "tbc", "无",
     "未知", "Sem nome", "Desconocido", "?", "none", "null", "  N/A  ", "Sin  Nombre"],
)  # fmt: skip
def test_placeholders_are_not_names(name: str) -> None:
    assert is_placeholder_name(name)


@pytest.mark.parametrize(
    "name", ["Nana S.A.", "S/N Export", "Nombre Fresco", "无锡果业", "TBD Foods", "Nul Ltda", "X"]
)
def test_names_that_hold_a_placeholder_word_are_names(name: str) -> None:
    assert not is_placeholder_name(name)


def test_the_refusal_names_the_value() -> None:
    assert placeholder_message(" N/A ") == (
        "'N/A' is a placeholder, not a name: write the supplier's name"
    )
