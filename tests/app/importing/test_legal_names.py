"""The legal-name key: accents, case, punctuation and the legal forms of each country
left out of a company's name, so that two spellings of one company match."""

from __future__ import annotations

import pytest

from app.importing import legal_names
from app.importing.legal_names import legal_name_key


@pytest.mark.parametrize(
    "name",
    [
        "Frutícola Ñuble S.A.",
        "FRUTICOLA NUBLE SA",
        "Fruticola Ñuble, S.A.",
        "fruticola  nuble",
        "Frutícola Ñuble Ltda.",
        "  Frutícola   Ñuble  SpA ",
    ],
)
def test_key_ignores_accents_case_punctuation_and_the_legal_form(name: str) -> None:
    assert legal_name_key(name) == "fruticola nuble"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # Mexico
        ("Avocados del Sur S.A. de C.V.", "avocados del sur"),
        ("Avocados del Sur SA de CV", "avocados del sur"),
        ("Aguacates Tancítaro S. de R.L. de C.V.", "aguacates tancitaro"),
        ("Huerta La Loma S.P.R. de R.L.", "huerta la loma"),
        ("Huerta La Loma SPR de RL", "huerta la loma"),
        ("Empaque Uruapan S.C.", "empaque uruapan"),
        ("Grupo Limonero S.A.P.I. de C.V.", "grupo limonero"),
        # Chile
        ("Cerezas del Maule SpA", "cerezas del maule"),
        ("Cerezas del Maule Ltda", "cerezas del maule"),
        ("Cerezas del Maule Limitada", "cerezas del maule"),
        ("Cerezas del Maule E.I.R.L.", "cerezas del maule"),
        ("Sociedad Agrícola Los Andes Ltda.", "agricola los andes"),
        ("Pérez y Cía. Ltda.", "perez"),
        # Argentina
        ("Langostinos Patagónicos S.R.L.", "langostinos patagonicos"),
        ("Langostinos Patagónicos SRL", "langostinos patagonicos"),
        ("Langostinos Patagónicos S.A.S.", "langostinos patagonicos"),
        ("Langostinos Patagónicos SAU", "langostinos patagonicos"),
        # Brazil
        ("Açaí do Pará Ltda. ME", "acai do para"),
        ("Açaí do Pará S/A", "acai do para"),
        ("Açaí do Pará EPP", "acai do para"),
        ("Açaí do Pará EIRELI", "acai do para"),
        # Peru
        ("Arándanos Trujillo S.A.C.", "arandanos trujillo"),
        ("Arándanos Trujillo SAC", "arandanos trujillo"),
        ("Arándanos Trujillo S.A.A.", "arandanos trujillo"),
        ("Arándanos Trujillo EIRL", "arandanos trujillo"),
        # United States and elsewhere
        ("Pacific Produce LLC", "pacific produce"),
        ("Pacific Produce, L.L.C.", "pacific produce"),
        ("Pacific Produce Inc.", "pacific produce"),
        ("Pacific Produce Corp", "pacific produce"),
        ("Pacific Produce Co., Ltd.", "pacific produce"),
        ("Pacific Produce Limited", "pacific produce"),
        ("Frische Früchte GmbH", "frische fruchte"),
        ("Vers Fruit B.V.", "vers fruit"),
        # China, written apart or run into the name
        ("深圳市佳农果品有限公司", "深圳市佳农果品"),
        ("深圳市佳农果品 有限公司", "深圳市佳农果品"),
        ("深圳市佳农果品股份有限公司", "深圳市佳农果品"),
        ("深圳市佳农果品有限责任公司", "深圳市佳农果品"),
        ("深圳市佳农果品公司", "深圳市佳农果品"),
        ("Qingdao Fresh Fruit Co., Ltd.", "qingdao fresh fruit"),
    ],
)
def test_key_removes_every_family_of_legal_forms(name: str, key: str) -> None:
    assert legal_name_key(name) == key


@pytest.mark.parametrize(
    "name",
    ["Comercializadora del Valle", "Exportadora Andina", "Agrícola San José", "Pesquera Sur"],
)
def test_key_keeps_business_words(name: str) -> None:
    assert legal_name_key(name).split()[0] == name.split()[0].lower().replace("í", "i")


def test_a_legal_form_inside_the_name_stays() -> None:
    assert legal_name_key("SA Frutas del Valle") == "sa frutas del valle"
    assert legal_name_key("Inca Frutas SA") == "inca frutas"


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (("S.A.", "SA", "s a", "S. A."), "sa"),
        (("S.A. de C.V.", "SA de CV"), "sadecv"),
        (("Ltda.", "LTDA"), "ltda"),
        (("有限公司",), "有限公司"),
    ],
)
def test_a_name_that_is_only_a_legal_form_keeps_it(names: tuple[str, ...], key: str) -> None:
    assert {legal_name_key(name) for name in names} == {key}


def test_key_is_never_empty_for_a_name_with_something_in_it() -> None:
    assert legal_name_key("---") == "---"
    assert legal_name_key("Ltda. S.A.") == "ltda"
    assert legal_name_key("") == ""


def test_key_of_the_stored_folded_name_is_the_key_of_the_name() -> None:
    """The matcher reads Supplier.name_key (fold(name)) instead of folding again."""
    from models.text import fold

    for name in ("Frutícola Ñuble S.A.", "Søndergaard Frugt ApS", "O'Higgins Export SpA"):
        assert legal_names.key_of_folded(fold(name)) == legal_name_key(name)
