"""The window's language: which one (the user's setting, `--lang` for one run, else the
system's), the translators that put it on screen (ours and Qt's own for its dialogs and
standard buttons), the locale numbers and dates are shown in, and `shown()`, which turns
app/'s messages (app.messages) into that language.

Strings written in ui/ go through `self.tr()` in a QObject's methods, or
`QCoreApplication.translate("Context", ...)` elsewhere; counts use `%n`
(`self.tr("%n supplier(s)", "", count)`). Nothing is translated at import time: a
module-level table of words holds `QT_TRANSLATE_NOOP("Context", "...")` marks (or
app.messages.translate, which is the same for lupdate) and is passed through `shown()`
or `QCoreApplication.translate` when a widget is built.
"""

from __future__ import annotations

import contextlib
import functools
import gettext
import subprocess
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from app.messages import PLURAL, Message, Unfilled, english
from app.rules import countries
from ui import i18n_build

LANGUAGE_KEY = "language"
"""QSettings key: "" follows the system, else one of LANGUAGES."""

LANGUAGES = {"en": "English", "zh_CN": "简体中文", "es": "Español"}
"""The window's languages, each named in itself (as a language menu shows them)."""

ALIASES = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh-cn": "zh_CN", "cn": "zh_CN"}


class EnglishPlurals(QTranslator):
    """English as the source language: a count's "(s)" resolved by the rule app/ uses
    (app.messages.english), so "%n supplier(s)" reads "1 supplier", "2 suppliers" without
    an English translation file; everything else is the source text itself."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n >= 0 and PLURAL in source:
            return english(source, n)
        return None  # a null string: Qt falls back to the source

    def isEmpty(self) -> bool:  # noqa: N802
        return False


_installed: list[QTranslator] = []
_language = ["en"]


def normalise(language: str | None) -> str | None:
    """'zh', 'zh_CN', 'es_MX', 'en-GB' -> one of LANGUAGES; None if not one of them."""
    if not language:
        return None
    key = language.strip()
    key = ALIASES.get(key.lower(), key)
    if key in LANGUAGES:
        return key
    base = key.replace("-", "_").split("_")[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else None


def chosen_language(override: str | None, settings: QSettings | None) -> str:
    """--lang, else the Preferences setting, else the system locale's language, else en."""
    for candidate in (override, settings.value(LANGUAGE_KEY, "") if settings else None):
        found = normalise(str(candidate) if candidate else None)
        if found:
            return found
    return normalise(QLocale.system().name()) or "en"


def locale_for(language: str) -> QLocale:
    """The locale numbers and dates are shown in: the system's own when it speaks the
    chosen language (a buyer in Mexico keeps es_MX's decimal point), else the language's
    usual one (es -> es_ES, zh_CN -> zh_CN)."""
    system = QLocale.system()
    if normalise(system.name()) == language:
        return system
    return QLocale(language)


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Put `language` on screen: our translations and Qt's own, and the default locale.
    Returns the language installed (English when the files cannot be found)."""
    app = app or QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    plurals = EnglishPlurals(app)  # asked last: the languages' own files come first
    app.installTranslator(plurals)
    _installed.append(plurals)
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(i18n_build.qm_file(language, qm_folder()))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            language = "en"
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(locale_for(language))
    _language[0] = language
    return language


def installed_language() -> str:
    """The language install() last put on screen ("en" before any)."""
    return _language[0]


def uninstall() -> None:
    """No translator at all: the source texts, "(s)" and all (tests of the mechanism)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _language[0] = "en"


def qm_folder() -> Path:
    """Where the built `.qm` files are: beside the `.ts` files, built there first if they
    are missing or stale; a per-user cache folder when that one is read-only."""
    try:
        i18n_build.build()
        return i18n_build.TRANSLATIONS
    except (OSError, subprocess.SubprocessError):
        pass
    from app.settings import data_dir

    folder = data_dir() / "translations"
    # no lrelease (a frozen bundle ships its .qm built): whatever is there, or English
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        i18n_build.build(folder)
    return folder


# --- app/'s messages and values, in the window's language ---------------------------------


def shown(text: object) -> str:
    """A message from app/ (app.messages.Message) in the window's language, its arguments
    translated too; anything else as str() gives it."""
    if isinstance(text, Message):
        if text.context in CATALOGS:
            return catalog(text.context, _language[0]).gettext(text.source)
        source = QCoreApplication.translate(text.context, text.source, text.disambiguation, text.n)
        if text.args:
            try:
                return source.format_map(Unfilled({k: shown(v) for k, v in text.args.items()}))
            except (ValueError, IndexError):  # a translation with broken braces: English
                return str(text)
        return source
    if isinstance(text, Sequence) and not isinstance(text, str):
        return ", ".join(shown(t) for t in text)
    return "" if text is None else str(text)


CATALOGS = (countries.COUNTRY_NAMES, countries.CURRENCY_NAMES)
"""Names the world has already translated: a Message in one of these contexts (a country
or currency name from app.rules.countries) is looked up in pycountry's own catalogs."""


@functools.cache
def catalog(domain: str, language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=[language, language.split("_")[0]], fallback=True
    )


def error_text(error: BaseException) -> str:
    """An error raised by app/ as the user reads it in the window's language."""
    from app.errors import ValidationError

    if isinstance(error, ValidationError):
        return "; ".join(shown(e.text) for e in error.errors)
    if error.args and isinstance(error.args[0], Message):
        return shown(error.args[0])
    return str(error)


def number(value: Decimal | float | int, decimals: int = 2) -> str:
    """A number in the locale's digits, group and decimal separators ('1,234.50',
    '1.234,50', '1 234,50'); whole numbers without decimals."""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def day(value: date) -> str:
    """A date in the locale's short form with a four-digit year (12/7/2026, 7/12/2026,
    2026/12/7)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), day_format())


def moment(value: datetime) -> str:
    """A date and time in the locale's short form, in local time."""
    local = value.astimezone().replace(tzinfo=None, microsecond=0)
    time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    stamp = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    return QLocale().toString(stamp, f"{day_format()} {time_format}")


def day_format() -> str:
    """The locale's short date format, its year always four digits."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")
