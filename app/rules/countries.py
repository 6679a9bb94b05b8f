"""Countries, currencies and languages by any name people use for them (pycountry).

'México', 'Mexico', 'MX', 'mex', '墨西哥' all give 'MX'. The name tables are built
once, on first use, from pycountry's ISO data and its Spanish, Portuguese, Chinese,
French and German translations.
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from functools import cache

from app.messages import Message
from models.text import fold

_LANGUAGES = ("es", "pt", "pt_BR", "zh_CN", "zh_TW", "fr", "de", "it")
_ALIASES = {
    "usa": "US",
    "u s a": "US",
    "u s": "US",
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
    "korea": "KR",  # 'Korea' alone would otherwise be ambiguous with North Korea
    "corea": "KR",
    "coreia": "KR",
    "coree": "KR",
    "russia": "RU",
    "turkey": "TR",  # ISO now says 'Türkiye'
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
    """Name key -> code. Codes and English names win over translations, which win over
    shortened names ('Congo' is the Republic of the Congo, not the shortened 'Congo, The
    Democratic Republic of the'). A key that two countries claim at the same level is
    ambiguous ('Virgin Islands') and left out rather than given to whichever came first."""
    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _LANGUAGES
    ]
    english: defaultdict[str, set[str]] = defaultdict(set)
    translated: defaultdict[str, set[str]] = defaultdict(set)
    shortened: defaultdict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.name}
        for attr in ("official_name", "common_name"):
            if hasattr(country, attr):
                names.add(getattr(country, attr))
        local = {translation.gettext(n) for translation in translations for n in names}
        for name in {country.alpha_2, country.alpha_3} | names:
            english[_key(name)].add(code)
        for name in local:
            translated[_key(name)].add(code)
        for name in names | local:
            # 'Bolivia, Plurinational State of' is also just 'Bolivia'
            shortened[_key(name.split(",")[0].split("(")[0])].add(code)
    claims: dict[str, str | None] = {}
    for level in (english, translated, shortened):
        for key, codes in level.items():
            if key not in claims:
                claims[key] = next(iter(codes)) if len(codes) == 1 else None
    table = {key: code for key, code in claims.items() if code is not None}
    for alias, code in _ALIASES.items():
        table[_key(alias)] = code
    return table


def lookup(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code for a country name or code in any listed language."""
    key = _key(text)
    if not key:
        return None
    return _country_names().get(key)


COUNTRY_NAMES = "iso3166-1"
CURRENCY_NAMES = "iso4217"
"""Contexts of the Messages that name a country or a currency: their translations are
pycountry's own catalogs (the window looks them up there, ui.i18n.shown), not ours."""


@cache
def name(code: str | None) -> str:
    """The English short name of a country code ('MX' -> 'Mexico'), a Message the window
    shows in its language; the code if unknown."""
    if not code:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return Message(COUNTRY_NAMES, str(getattr(country, "common_name", country.name)))


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
    if tag := re.fullmatch(r"([a-z]{2})[ _][a-z]{2,4}", key):  # 'pt-BR', 'es_MX', 'zh-Hans'
        key = tag[1]
    if len(key) == 2:
        found = pycountry.languages.get(alpha_2=key)
    elif len(key) == 3:
        # terminology ('zho') or bibliographic ('chi') code
        found = pycountry.languages.get(alpha_3=key) or pycountry.languages.get(bibliographic=key)
    else:
        found = None
        try:
            found = pycountry.languages.lookup(key)
        except LookupError:
            found = None
    code = getattr(found, "alpha_2", None) if found is not None else None
    return str(code) if code else None


@cache
def all_countries() -> list[tuple[str, str]]:
    """(code, English name) of every country, by name: for pick lists."""
    import pycountry

    return sorted(
        (
            (c.alpha_2, Message(COUNTRY_NAMES, str(getattr(c, "common_name", c.name))))
            for c in pycountry.countries
        ),
        key=lambda item: str(item[1]),
    )


COMMON_CURRENCIES = ("USD", "CNY", "EUR", "MXN", "BRL", "CLP", "ARS", "PEN", "COP", "HKD")
"""Offered first in currency lists: what this trade is priced in."""


@cache
def all_currencies() -> list[tuple[str, str]]:
    """(code, name), the common trade currencies first, then the rest by code."""
    import pycountry

    names: dict[str, str] = {
        c.alpha_3: Message(CURRENCY_NAMES, str(c.name)) for c in pycountry.currencies
    }
    first = [(code, names[code]) for code in COMMON_CURRENCIES if code in names]
    rest = sorted((code, name) for code, name in names.items() if code not in COMMON_CURRENCIES)
    return first + rest
