"""The window's language: chosen by --lang, Preferences or the system; our translations
and Qt's own installed together; app/'s messages shown in it; numbers and dates in the
chosen locale while what is stored stays locale-free."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from app.errors import FieldError, ValidationError
from app.messages import translate
from ui import i18n


@pytest.mark.parametrize(
    ("given", "expected"),
    [("zh", "zh_CN"), ("zh_CN", "zh_CN"), ("zh-TW", "zh_CN"), ("es", "es"), ("es_MX", "es"),
     ("en-GB", "en"), ("EN", "en"), ("fr", None), ("", None), (None, None)],
)  # fmt: skip
def test_language_names_are_normalised(given: str | None, expected: str | None) -> None:
    assert i18n.normalise(given) == expected


def test_the_flag_beats_the_setting_which_beats_the_system(settings: QSettings) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "es")
    assert i18n.chosen_language("zh", settings) == "zh_CN"
    assert i18n.chosen_language(None, settings) == "es"
    assert i18n.chosen_language("klingon", settings) == "es"
    settings.setValue(i18n.LANGUAGE_KEY, "")
    system = i18n.normalise(QLocale.system().name()) or "en"
    assert i18n.chosen_language(None, settings) == system


@pytest.mark.parametrize(
    ("language", "cancel"), [("zh_CN", "取消"), ("es", "Cancelar"), ("en", "Cancel")]
)
def test_qt_own_buttons_come_in_the_same_language(language: str, cancel: str) -> None:
    assert i18n.install(language) == language
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button.text().replace("&", "") == cancel


def test_numbers_and_dates_follow_the_language() -> None:
    shown = {}
    for language in ("en", "es", "zh_CN"):
        i18n.install(language)
        shown[language] = (i18n.number(Decimal("1234567.5")), i18n.day(date(2026, 12, 7)))
    if QLocale.system().language() not in (QLocale.Language.Spanish, QLocale.Language.Chinese):
        assert shown["es"] == ("1.234.567,50", "7/12/2026")
    assert shown["zh_CN"] == ("1,234,567.50", "2026/12/7")
    assert i18n.number(7) == "7"


def test_english_plurals_without_a_translation_file() -> None:
    i18n.install("en")
    for n, text in ((0, "0 files"), (1, "1 file"), (2, "2 files")):
        assert QCoreApplication.translate("Nowhere", "%n file(s)", None, n) == text
        assert i18n.shown(translate("Nowhere", "%n file(s)", None, n)) == text


def test_an_untranslated_message_shows_its_english() -> None:
    i18n.install("zh_CN")
    message = translate("Nowhere", "No {thing} here").format(thing="rate")
    assert i18n.shown(message) == "No rate here"
    assert i18n.shown(None) == ""
    assert i18n.shown(12) == "12"


def test_validation_errors_read_field_by_field() -> None:
    error = ValidationError(
        [FieldError("price", "Price", "is not a number"), FieldError("etd", "ETD", "is required")]
    )
    assert i18n.error_text(error) == "Price: is not a number; ETD: is required"
    assert i18n.error_text(ValueError("plain")) == "plain"
