"""Countries, currencies and languages by the names people write in their sheets."""

from __future__ import annotations

import pytest

from app.rules import countries


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # codes
        ("MX", "MX"),
        ("mx", "MX"),
        ("MEX", "MX"),
        ("mex", "MX"),
        ("bra", "BR"),
        # English, Spanish, Portuguese, Chinese
        ("Mexico", "MX"),
        ("México", "MX"),
        ("MÉXICO", "MX"),
        ("墨西哥", "MX"),
        ("Brazil", "BR"),
        ("Brasil", "BR"),
        ("巴西", "BR"),
        ("Chile", "CL"),
        ("智利", "CL"),
        ("Peru", "PE"),
        ("Perú", "PE"),
        ("秘鲁", "PE"),
        ("Argentina", "AR"),
        ("阿根廷", "AR"),
        ("Colombia", "CO"),
        ("Ecuador", "EC"),
        ("Guatemala", "GT"),
        ("Costa Rica", "CR"),
        ("República Dominicana", "DO"),
        ("Republica Dominicana", "DO"),
        ("China", "CN"),
        ("中国", "CN"),
        ("中国大陆", "CN"),
        ("España", "ES"),
        ("Espanha", "ES"),
        ("Alemania", "DE"),
        ("Alemanha", "DE"),
        ("Reino Unido", "GB"),
        ("Países Bajos", "NL"),
        ("Holanda", "NL"),
        ("Japón", "JP"),
        ("日本", "JP"),
        ("Nueva Zelanda", "NZ"),
        ("Sudáfrica", "ZA"),
        # the United States, however it is written
        ("EE.UU.", "US"),
        ("EE. UU.", "US"),
        ("EEUU", "US"),
        ("EUA", "US"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("Estados Unidos", "US"),
        ("Estados Unidos da América", "US"),
        ("美国", "US"),
        # shortened official names
        ("Bolivia", "BO"),
        ("Venezuela", "VE"),
        ("Tanzania", "TZ"),
        ("Taiwan", "TW"),
        ("Hong Kong", "HK"),
        ("Korea", "KR"),
        ("Corea del Sur", "KR"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        # surrounding spaces and punctuation
        ("  Chile  ", "CL"),
        ("Chile.", "CL"),
    ],
)
def test_lookup(text: str, code: str) -> None:
    assert countries.lookup(text) == code


def test_exact_name_wins_over_a_shortened_one() -> None:
    # 'Congo' is the Republic of the Congo; 'Congo, The Democratic Republic of the' is CD
    assert countries.lookup("Congo") == "CG"
    assert countries.lookup("Congo, The Democratic Republic of the") == "CD"


@pytest.mark.parametrize("text", ["Virgin Islands", "Islas Vírgenes", "Saint Martin"])
def test_ambiguous_shortened_names_are_not_guessed(text: str) -> None:
    assert countries.lookup(text) is None


def test_the_full_names_of_ambiguous_ones_still_work() -> None:
    assert countries.lookup("Virgin Islands, British") == "VG"
    assert countries.lookup("Virgin Islands, U.S.") == "VI"


@pytest.mark.parametrize("text", ["", "   ", "...", "Narnia", "Mexicoo", "XX", "ZZZ"])
def test_lookup_unknown(text: str) -> None:
    assert countries.lookup(text) is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("MX", "Mexico"),
        ("BR", "Brazil"),
        ("mx", "Mexico"),
        ("BO", "Bolivia"),
        ("TW", "Taiwan"),
        ("KR", "South Korea"),
        ("XX", "XX"),
        ("", ""),
        (None, ""),
    ],
)
def test_name(code: str | None, name: str) -> None:
    assert countries.name(code) == name


@pytest.mark.parametrize(
    ("code", "known"),
    [
        ("USD", True),
        ("usd", True),
        ("MXN", True),
        ("BRL", True),
        ("CLP", True),
        ("PEN", True),
        ("CNY", True),
        ("XOF", True),
        ("US", False),
        ("USDD", False),
        ("ABC", False),
        ("", False),
    ],
)
def test_is_currency(code: str, known: bool) -> None:
    assert countries.is_currency(code) is known


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("es", "es"),
        ("ES", "es"),
        ("spa", "es"),
        ("Spanish", "es"),
        ("Español", "es"),
        ("castellano", "es"),
        ("pt", "pt"),
        ("Portuguese", "pt"),
        ("Português", "pt"),
        ("portugues", "pt"),
        ("pt-BR", "pt"),
        ("pt_BR", "pt"),
        ("en", "en"),
        ("English", "en"),
        ("Inglés", "en"),
        ("en-US", "en"),
        ("zh", "zh"),
        ("Chinese", "zh"),
        ("Mandarin", "zh"),
        ("chino", "zh"),
        ("chinês", "zh"),
        ("中文", "zh"),
        ("普通话", "zh"),
        ("zh-Hans", "zh"),
        ("zho", "zh"),
        ("chi", "zh"),
        ("fr", "fr"),
        ("French", "fr"),
        ("ger", "de"),
    ],
)
def test_language_code(text: str, code: str) -> None:
    assert countries.language_code(text) == code


@pytest.mark.parametrize("text", ["", "xx", "qqq", "klingon", "Elvish"])
def test_language_code_unknown(text: str) -> None:
    assert countries.language_code(text) is None
