"""The translations are complete and match the code: every string the code marks for
translation (tr(), QCoreApplication.translate, app.messages.translate) has a finished
Chinese and Spanish translation, nothing is left over, placeholders and plural forms are
right, and the `.qm` files build from the `.ts` sources. A new string without its
translations fails here until it gets them (`python -m ui.i18n_build --update`, then
translate the unfinished entries)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui import i18n_build

PLURAL_FORMS = {"zh_CN": 1, "es": 2}
"""How many plural forms each language has (Qt's numerus rules)."""
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%L?n")
COUNTS = {"%n", "%Ln"}


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    state: str
    forms: tuple[str, ...]


def entries(ts: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type") or "finished",
                    forms,
                )
            )
    return found


@pytest.fixture(scope="module", params=i18n_build.LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_marked_string_is_in_the_ts_files_and_nothing_else(
    language: str, tmp_path: Path
) -> None:
    committed = i18n_build.ts_file(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    i18n_build.extract(fresh, language)  # lupdate over ui/ and app/ into the copy
    keys = {(e.context, e.source) for e in entries(committed)}
    from_code = {(e.context, e.source) for e in entries(fresh)}
    missing = sorted(from_code - keys)
    leftover = sorted(keys - from_code)
    name = committed.name
    assert not missing, f"{len(missing)} strings in the code, not in {name}: {missing[:20]}"
    assert not leftover, f"{len(leftover)} strings in {name}, not in the code: {leftover[:20]}"


def test_every_entry_is_finished_with_the_same_placeholders(language: str) -> None:
    problems = []
    for e in entries(i18n_build.ts_file(language)):
        where = f"[{e.context}] {e.source!r}"
        if e.state != "finished":
            problems.append(f"{where}: {e.state}")
            continue
        if e.numerus and len(e.forms) != PLURAL_FORMS[language]:
            problems.append(f"{where}: {len(e.forms)} plural forms, not {PLURAL_FORMS[language]}")
        wanted = sorted(set(PLACEHOLDER.findall(e.source)) - COUNTS)
        for form in e.forms:
            if not form.strip():
                problems.append(f"{where}: empty translation")
            elif sorted(set(PLACEHOLDER.findall(form)) - COUNTS) != wanted:
                problems.append(f"{where}: placeholders differ in {form!r}")
        if e.numerus and not COUNTS & set(PLACEHOLDER.findall(e.forms[-1])):
            problems.append(f"{where}: the plural form lacks %n")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_the_qm_files_build_and_load(tmp_path: Path) -> None:
    built = i18n_build.build(tmp_path, force=True)
    assert sorted(p.name for p in built) == sorted(
        i18n_build.qm_file(lang).name for lang in i18n_build.LANGUAGES
    )
    for path in built:
        translator = QTranslator()
        assert translator.load(str(path)), path
        assert not translator.isEmpty(), path


def test_plural_forms_come_out_right_in_every_language() -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    plurals = [e for e in entries(i18n_build.ts_file("es")) if e.numerus]
    assert plurals, "no %n strings at all: counts are not translated"
    i18n.install("en")
    for e in plurals:
        one = QCoreApplication.translate(e.context, e.source, None, 1)
        many = QCoreApplication.translate(e.context, e.source, None, 3)
        assert "(s)" not in one + many, (e.source, one, many)
        assert "1" in one, (e.source, one)
        assert "3" in many, (e.source, many)
    for language in i18n_build.LANGUAGES:
        i18n.install(language)
        for e in entries(i18n_build.ts_file(language)):
            if not e.numerus or e.state != "finished":
                continue
            one = QCoreApplication.translate(e.context, e.source, None, 1)
            many = QCoreApplication.translate(e.context, e.source, None, 3)
            assert one == e.forms[0].replace("%Ln", "1").replace("%n", "1"), (e.source, one)
            assert many == e.forms[-1].replace("%Ln", "3").replace("%n", "3"), (e.source, many)


CALL = re.compile(r'(?:\btranslate\(\s*"([^"]*)",|\.tr\()\s*"((?:[^"\\]|\\.)*)"', re.S)
"""The start of a translate("Context", "source"...) or .tr("source"...) call in the code."""


def test_no_marked_string_is_dropped_by_the_extractor() -> None:
    """lupdate's Python reader silently skips a call whose count is an expression
    (translate(c, s, None, len(rows))): such a string would never be translated and the
    comparison above could not see it. Every call found in the code must be in the file."""
    sources = {e.source for e in entries(i18n_build.ts_file("es"))}
    dropped = []
    for path in i18n_build.source_files():
        text = path.read_text(encoding="utf-8")
        for match in CALL.finditer(text):
            literal = match.group(2)
            if "\\" in literal:
                literal = literal.encode().decode("unicode_escape")
            if not any(source.startswith(literal) for source in sources):
                line = text[: match.start()].count("\n") + 1
                dropped.append(f"{path.relative_to(i18n_build.ROOT)}:{line}: {literal!r}")
    assert not dropped, "not extracted (write the count as a plain name):\n" + "\n".join(dropped)
