"""Countries, currencies and languages by any name people use for them (pycountry).

'México', 'Mexico', 'MX', 'mex', '墨西哥' all give 'MX'. The name tables are built
once, on first use, from pycountry's ISO data and its Spanish, Portuguese, Chinese,
French and German translations.
"""

from __future__ import annotations

import gettext
import re
from functools import cache

from models.text import fold

_LANGUAGES = ("es", "pt", "pt_BR", "zh_CN", "zh_TW", "fr", "de", "it")
_ALIASES = {
    "usa": "US",
    "eeuu": "US",
    "ee uu": "US",
    "eua": "US",
    "united states of america": "US",
    "uk": "GB",
    "england": "GB",
    "great britain": "GB",
    "inglaterra": "GB",
    "holland": "NL",
    "holanda": "NL",
    "south korea": "KR",
    "corea del sur": "KR",
    "coreia do sul": "KR",
    "russia": "RU",
    "vietnam": "VN",
    "taiwan": "TW",
    "hong kong": "HK",
    "bolivia": "BO",
    "venezuela": "VE",
    "china continental": "CN",
    "prc": "CN",
    "中国大陆": "CN",
}


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


@cache
def _country_names() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _LANGUAGES
    ]
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.alpha_2, country.alpha_3, country.name}
        for attr in ("official_name", "common_name"):
            if hasattr(country, attr):
                names.add(getattr(country, attr))
        for translation in translations:
            for original in list(names - {country.alpha_2, country.alpha_3}):
                names.add(translation.gettext(original))
        for name in names:
            table.setdefault(_key(name), code)
            # 'Bolivia, Plurinational State of' is also just 'Bolivia'
            short = _key(name.split(",")[0].split("(")[0])
            table.setdefault(short, code)
    for alias, code in _ALIASES.items():
        table[_key(alias)] = code
    return table


def lookup(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code for a country name or code in any listed language."""
    key = _key(text)
    if not key:
        return None
    return _country_names().get(key)


@cache
def name(code: str | None) -> str:
    """The English short name of a country code ('MX' -> 'Mexico'); the code if unknown."""
    if not code:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", country.name))


@cache
def is_currency(code: str) -> bool:
    import pycountry

    return len(code) == 3 and pycountry.currencies.get(alpha_3=code.upper()) is not None


@cache
def language_code(text: str) -> str | None:
    """ISO 639-1 code from a code or an English/native name: 'Español' -> 'es'."""
    import pycountry

    key = _key(text)
    native = {
        "espanol": "es",
        "castellano": "es",
        "portugues": "pt",
        "ingles": "en",
        "chino": "zh",
        "chines": "zh",
        "mandarin": "zh",
        "中文": "zh",
        "普通话": "zh",
    }
    if key in native:
        return native[key]
    if len(key) == 2:
        found = pycountry.languages.get(alpha_2=key)
    elif len(key) == 3:
        found = pycountry.languages.get(alpha_3=key)
    else:
        found = None
        try:
            found = pycountry.languages.lookup(key)
        except LookupError:
            found = None
    code = getattr(found, "alpha_2", None) if found is not None else None
    return str(code) if code else None
