"""The window in Chinese and in Spanish shows no English left behind: every view (with each
tab of its form), every menu and the dialogs reached from them are walked with the demo
data loaded, and every piece of text a user can read (labels, buttons, tabs, group
titles, column headers, placeholders, tooltips, menu items, combo items, window titles,
enum words in table cells) is checked.

* Chinese: any word in Latin letters must be data (a supplier's name, a product, a port:
  words found in the database) or on the short list of words that are the same in every
  language (Incoterms, currency codes, B/L, kg...). This catches a string that never went
  through tr() at all.
* Spanish: no text may be an English source whose Spanish translation differs (a string
  marked but not looked up, or shown before the translator was installed).

Layout in every language is the screenshot test's (tests/ui/test_screenshots.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtBotTimeout
from pytestqt.qtbot import QtBot
from sqlalchemy import String, Text, select

from app.services.demo import load_demo
from app.store.database import Database
from models.base import Base
from tests.ui.test_screenshots import button_problem, label_problem, loading
from ui import i18n, i18n_build
from ui.main_window import MainWindow

SAME_IN_EVERY_LANGUAGE = frozenset(
    [
        "WhatsApp",
        "WeChat",
        "LibreOffice",
        "tsv",
        "pem",
        "crt",
        "db",
        "example",
        "com",
        # the newest currencies, not yet in pycountry's Chinese catalog (shown in English)
        "Arab",
        "Accounting",
        "Dinar",
        "Caribbean",
        "Guilder",
        "Zimbabwe",
        "Gold",
        "EXW",
        "FCA",
        "FAS",
        "FOB",
        "CFR",
        "CIF",
        "CPT",
        "CIP",
        "DAP",
        "DPU",
        "DDP",
        "Incoterm",
        "Incoterms",
        "USD",
        "CNY",
        "EUR",
        "MXN",
        "BRL",
        "CLP",
        "PEN",
        "ARS",
        "COP",
        "GBP",
        "JPY",
        "HKD",
        "RMB",
        "ECB",
        "kg",
        "KG",
        "lb",
        "box",
        "HS",
        "GACC",
        "SAG",
        "CSG",
        "CSP",
        "SENASICA",
        "SENASA",
        "CIFER",
        "HACCP",
        "BRCGS",
        "Primus",
        "GFS",
        "IFS",
        "USDA",
        "EU",
        "GlobalG",
        "ETD",
        "ETA",
        "PDF",
        "Excel",
        "CSV",
        "xlsx",
        "csv",
        "pdf",
        "png",
        "jpg",
        "jpeg",
        "txt",
        "ods",
        "xls",
        "SQLite",
        "PostgreSQL",
        "URL",
        "ID",
        "Ctrl",
        "Shift",
        "Alt",
        "Del",
        "Esc",
        "Enter",
        "Tab",
        "Home",
        "PgUp",
        "PgDown",
        "Supplier",
        "Desk",
        "English",
        "Español",
        "yyyy",
        "mm",
        "dd",
        "VAT",
        "TLS",
        "SSL",
        "CA",
        "Qt",
        "LGPL",
        "GPL",
        "DejaVu",
        "WenQuanYi",
        "Noto",
        "UTF",
        "utf",
        "BOM",
    ]
)
"""Words a Chinese window shows in Latin letters on purpose (codes, names, file kinds)."""

LANGUAGE_NAMES = frozenset(i18n.LANGUAGES.values())
"""Each language named in itself (the Language choice): the same in every window."""
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
SETTLE_MS = 3000


# --- what a user can read -----------------------------------------------------------------


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _plain(label: QLabel) -> str:
    text = label.text()
    if "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def readable(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of text shown by `root` and its visible children."""
    if root.windowTitle():
        yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = widget.objectName() or type(widget).__name__
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield where, _plain(widget)
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where} tab", widget.tabText(i)
                yield f"{where} tab tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _item_view_texts(widget, where)


def _item_view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    columns = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header:
            yield f"{where} header", str(header)
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for column in range(columns):
            value = model.data(model.index(row, column))
            if isinstance(value, str):
                yield f"{where} cell", value


def menu_texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
        yield path, menu.title()
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu(), f"{path} > {_clean(action.text())}")
            elif not action.isSeparator():
                yield f"{path} item", action.text()
                if action.toolTip() and action.toolTip() != _clean(action.text()):
                    yield f"{path} item tooltip", action.toolTip()

    for action in window.menuBar().actions():
        if action.menu() is not None:
            yield from walk(action.menu(), "menu")


# --- what counts as English left behind ----------------------------------------------------


def vocabulary_texts() -> frozenset[str]:
    """The stored vocabularies' words as stored and as labelled in English ('container',
    'on_hold', 'On hold'): a cell or item that reads exactly so was shown untranslated,
    even though the same word may also be data elsewhere."""
    import models.enums
    import models.freight
    import models.fx_rate
    from app.rules.vocabulary import CODES, label

    found: set[str] = set()
    for module in (models.enums, models.freight, models.fx_rate):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum:
                for member in value:
                    if not isinstance(member, CODES) or label(member) != member.value:
                        found.update({member.value, str(label(member))})
    return frozenset(found)


def data_words(database: Database) -> frozenset[str]:
    """Every word stored in a text column of the database (names, ports, products, notes)."""
    words: set[str] = set()
    with database.transaction() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, (String, Text)):
                    for value in session.execute(select(column).where(column.is_not(None))):
                        words.update(LATIN_WORD.findall(str(value[0])))
    return frozenset(words)


def english_sources_translated_away(language: str) -> frozenset[str]:
    """English sources whose translation in `language` differs from them."""
    found = set()
    for message in ET.parse(i18n_build.ts_file(language)).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [translation.text or ""]
        if translation is not None and message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        if source and all(f and _clean(f) != _clean(source) for f in forms):
            found.add(_clean(source))
    return frozenset(found)


PATH = re.compile(r"^(/|[A-Za-z]:\\|~/)\S*$")


def _same_everywhere(word: str, allowed: frozenset[str]) -> bool:
    """A word a Chinese window may show in Latin letters: allowed, or a code in capitals
    (RFC, RUT, ATA, MSKU: tax ids, container prefixes, country codes)."""
    return word in allowed or (word.isupper() and len(word) <= 5)


def translations(language: str) -> frozenset[str]:
    """Every translation (each plural form) the language's file holds."""
    found = set()
    for translation in ET.parse(i18n_build.ts_file(language)).getroot().iter("translation"):
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found.update(_clean(f) for f in forms)
    return frozenset(found)


def untranslated(
    texts: list[tuple[str, str]],
    language: str,
    allowed: frozenset[str],
) -> list[str]:
    """What in `texts` is English left behind in `language` (see the module note); a
    text that is exactly a vocabulary word ('container', 'On hold') counts even when the
    database holds the same word (allowed as data)."""
    problems = []
    vocabulary = vocabulary_texts()
    texts = [(w, t) for w, t in texts if _clean(t) not in LANGUAGE_NAMES]
    if language == "zh_CN":
        for where, text in texts:
            if PATH.match(text.strip()):
                continue  # a file's path is data
            words = LATIN_WORD.findall(_clean(text))
            words = [w for w in words if not _same_everywhere(w, allowed)]
            if _clean(text) in vocabulary:  # as stored or labelled: data does not excuse it
                own = LATIN_WORD.findall(_clean(text))
                words = words or [w for w in own if not _same_everywhere(w, SAME_IN_EVERY_LANGUAGE)]
            if words:
                problems.append(f"{where}: {text!r} ({' '.join(words[:4])})")
    else:
        english = english_sources_translated_away(language)
        spanish = translations(language)
        for where, text in texts:
            if _clean(text) in english or (
                _clean(text) in vocabulary and _clean(text) not in spanish
            ):
                problems.append(f"{where}: {text!r}")
    return sorted(set(problems))


# --- the walk -----------------------------------------------------------------------------


def clipped(dialog: QWidget) -> list[str]:
    """A dialog's labels and buttons too narrow for their text at the size it opens with
    (the main window's views are checked by tests/ui/test_screenshots.py)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = button_problem(widget)
        if problem:
            found.append(f"{widget.objectName() or type(widget).__name__}: {problem}")
    return found


def _settle(qtbot: QtBot, window: QWidget) -> None:
    with contextlib.suppress(QtBotTimeout):
        qtbot.wait(50)
        qtbot.waitUntil(lambda: not loading(window), timeout=SETTLE_MS)


def every_tab_of(root: QWidget) -> Iterator[None]:
    """Show each tab of each tab widget in turn (forms keep panels behind tabs)."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield


def dialogs(
    window: MainWindow, database: Database, settings: QSettings
) -> list[Callable[[], QDialog]]:
    from ui.connect_dialog import ConnectDialog
    from ui.freight_dialog import AddRouteDialog, FreightDialog
    from ui.help import GuideDialog, ShortcutsDialog
    from ui.importing.history_dialog import ImportHistoryDialog
    from ui.importing.wizard import ImportWizard
    from ui.products_dialog import ProductsDialog
    from ui.rates_dialog import AddRateDialog, RatesDialog
    from ui.settings_dialog import ExportSettingsDialog
    from ui.tariffs_dialog import AddTariffDialog, TariffsDialog
    from ui.views.compliance_list import ComplianceListDialog

    return [
        lambda: ExportSettingsDialog(window),
        lambda: RatesDialog(database, window),
        lambda: AddRateDialog(database, window),
        lambda: ProductsDialog(database, window),
        lambda: FreightDialog(database, window),
        lambda: AddRouteDialog(database, window),
        lambda: TariffsDialog(database, window),
        lambda: AddTariffDialog(database, window),
        lambda: ImportHistoryDialog(database, window),
        lambda: ImportWizard(database, settings, window),
        lambda: ConnectDialog(settings, window, current=database),
        lambda: GuideDialog(window),
        lambda: ShortcutsDialog(window),
        lambda: ComplianceListDialog(database, date.today(), "expired", None, 60, window),  # type: ignore[arg-type]
    ]


@pytest.fixture(params=["zh_CN", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    installed = i18n.install(str(request.param))
    assert installed == request.param
    yield installed
    i18n.install("en")


def test_no_english_is_left_on_screen(
    qtbot: QtBot, database: Database, settings: QSettings, language: str
) -> None:
    with database.transaction() as session:
        load_demo(session)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    allowed = SAME_IN_EVERY_LANGUAGE | data_words(database)
    texts: list[tuple[str, str]] = list(menu_texts(window))
    cut: list[str] = []  # dialogs' labels and buttons too small for their words
    for number, view in enumerate(window.views):
        window.show_view(number)
        table = getattr(view, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)
        _settle(qtbot, window)
        texts += [(f"{view.kind}: {w}", t) for w, t in readable(window)]
        for _ in every_tab_of(view):
            _settle(qtbot, window)
            texts += [(f"{view.kind} tab: {w}", t) for w, t in readable(view)]
    for make in dialogs(window, database, settings):
        dialog = make()
        dialog.show()
        _settle(qtbot, dialog)
        name = type(dialog).__name__
        texts += [(f"{name}: {w}", t) for w, t in readable(dialog)]
        cut += [f"{name}: {p}" for p in clipped(dialog)]
        for _ in every_tab_of(dialog):
            texts += [(f"{name} tab: {w}", t) for w, t in readable(dialog)]
            cut += [f"{name} tab: {p}" for p in clipped(dialog)]
        dialog.reject()
        dialog.deleteLater()
    shown = [(w, t) for w, t in texts if t and t.strip()]
    problems = untranslated(shown, language, allowed) + sorted(set(cut))
    if os.environ.get("SUPPLIER_DESK_I18N_REPORT"):  # every problem, for a translator
        Path(os.environ["SUPPLIER_DESK_I18N_REPORT"]).write_text("\n".join(problems) + "\n")
    assert not problems, (
        f"{len(problems)} English texts or clipped words in the {language} window:\n"
        + "\n".join(problems[:80])
    )


def test_the_check_finds_english_left_behind(database: Database) -> None:
    allowed = SAME_IN_EVERY_LANGUAGE | frozenset({"Uruapan"})
    found = untranslated(
        [("a", "保存"), ("b", "Save"), ("c", "FOB 到岸 Uruapan"), ("d", "Closed lost")],
        "zh_CN",
        allowed,
    )
    assert found == ["b: 'Save' (Save)", "d: 'Closed lost' (Closed lost)"]
    assert untranslated([("e", "/tmp/desk.sqlite3"), ("f", "RUT 12")], "zh_CN", allowed) == []
    # a vocabulary word shown as stored is caught even when data uses the same word
    data = frozenset({"container"})
    found = untranslated([("g", "container")], "zh_CN", allowed | data)
    assert found == ["g: 'container' (container)"]


def test_menus_are_read_whole(qtbot: QtBot, database: Database, settings: QSettings) -> None:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    texts = dict((t, w) for w, t in menu_texts(window))
    assert "&File" in texts
    assert any(_clean(t).startswith("Quit") for t in texts)
