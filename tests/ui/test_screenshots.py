"""Every main view at 1366x768 (the smallest laptop screen we support) with the demo data:
rendered offscreen, saved as a PNG under the test's tmp folder, and checked for things
cut off. Written over window.views, so a new view is covered without touching this file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtBotTimeout
from pytestqt.qtbot import QtBot

from app.services.demo import load_demo
from app.store.database import Database
from ui import i18n, i18n_build
from ui.main_window import MainWindow

SCREEN = (1366, 768)
VIEW_COUNT = 6
SETTLE_MS = 3000
SQUEEZED = 60
UNBREAKABLE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+")
"""What a wrapped label cannot break: a run of Latin letters and digits, or one CJK
character (with its punctuation)."""
"""A text box narrower than this (px) has been squeezed out by its neighbours."""
"""How long a view may take to show its first record after it is opened."""


def _visible_children(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window) and w.isVisible()]


def _inside_a_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Content of a scroll area may be larger than its viewport: it scrolls, it is not cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and widget is not parent:
            return True
        parent = parent.parentWidget()
    return False


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(names[:5])


def _plain_text(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    ):
        document = QTextDocument()
        document.setHtml(label.text())
        return document.toPlainText()
    return label.text()


def label_problem(label: QLabel) -> str | None:
    """A label too small to show its text: nothing at all, or (unwrapped) clipped."""
    text = _plain_text(label).strip()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    metrics = QFontMetrics(label.font())
    if room.width() <= 0 or room.height() < metrics.height() - 2:
        return f"label {text!r} has no room ({room.width()}x{room.height()})"
    lines = text.splitlines()
    if label.wordWrap():
        words = UNBREAKABLE.findall(text)  # Chinese wraps between any two characters
        longest_word = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if room.width() < longest_word - 2:
            return f"wrapped label {text!r}: {room.width()} px < its longest word"
        return None
    needed = max(metrics.horizontalAdvance(line) for line in lines)
    if room.width() < needed - 2:
        return f"label {text!r} is clipped: {room.width()} px shown of {needed} px"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    """A push or tool button whose text does not fit (Chinese and Spanish run longer or
    wider than English)."""
    text = button.text().replace("&&", "&").replace("&", "")
    if not text or not isinstance(button, QPushButton):
        return None
    needed = QFontMetrics(button.font()).horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if button.contentsRect().width() < needed - 2:
        return f"button {text!r} is clipped: {button.contentsRect().width()} px of {needed} px"
    return None


def _header_problems(table: QTableView) -> list[str]:
    """Column headers cut short (elided) at the width they open with."""
    header = table.horizontalHeader()
    model = table.model()
    problems = []
    if model is None:
        return problems
    metrics = QFontMetrics(header.font())
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.sectionSize(column) <= 0:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = max((metrics.horizontalAdvance(line) for line in title.splitlines()), default=0)
        # Qt sizes a section to its text plus 4 px and elides only below that
        if title and header.sectionSize(column) < needed + 4:
            problems.append(
                f"header {title!r} is clipped: {header.sectionSize(column)} px of {needed + 4} px"
            )
    return problems


def _table_problems(table: QTableView) -> list[str]:
    problems = _header_problems(table)
    header = table.horizontalHeader()
    model = table.model()
    if model is None or model.rowCount() == 0:
        problems.append("table has no rows")
    if model is not None:
        for column in range(model.columnCount()):
            if not header.isSectionHidden(column) and header.sectionSize(column) <= 0:
                title = model.headerData(column, Qt.Orientation.Horizontal)
                problems.append(f"column {column} ({title}) has zero width")
    return problems


def _select_first_row(view: Any) -> None:
    table = getattr(view, "table", None)
    if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount():
        table.selectRow(0)


@functools.cache
def loading_words() -> frozenset[str]:
    """What a view shows while it reads ("Loading…", "Loading the season calendar…"), in
    every language the window speaks."""
    words = set()
    for language in i18n_build.LANGUAGES:
        for message in ET.parse(i18n_build.ts_file(language)).getroot().iter("message"):
            source = message.findtext("source") or ""
            if source.startswith("Loading") and source.endswith("…"):
                words |= {source, message.findtext("translation") or ""}
    return frozenset(words)


def loading(window: QWidget) -> bool:
    """A view still reading its first page or record (its quiet "Loading…" is showing)."""
    words = loading_words()
    return any(label.text() in words for label in window.findChildren(QLabel) if label.isVisible())


def _problems(window: MainWindow) -> list[str]:
    problems: list[str] = []
    frame = window.rect()
    if (window.width(), window.height()) != SCREEN:
        problems.append(f"window is {window.width()}x{window.height()}, not {SCREEN}")
    for widget in _visible_children(window):
        if widget.isWindow():
            continue  # popups and dialogs are not part of the window
        where = _where(widget)
        if not _inside_a_scroll_area(widget, window):
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not frame.contains(rect):
                problems.append(f"{where} at {rect.getRect()} goes past the window {SCREEN}")
        if isinstance(widget, QTableView):
            problems += [f"{where}: {p}" for p in _table_problems(widget)]
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
            if problem:
                problems.append(f"{where}: {problem}")
        in_a_box = isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
        if isinstance(widget, QLineEdit) and widget.width() < SQUEEZED and not in_a_box:
            problems.append(f"{where}: text box squeezed to {widget.width()} px")
        if isinstance(widget, QAbstractButton):
            problem = button_problem(widget)
            if problem:
                problems.append(f"{where}: {problem}")
    return problems


@pytest.fixture(params=["en", "zh_CN", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window in each of its languages (Spanish runs longest, Chinese widest)."""
    assert i18n.install(str(request.param)) == request.param
    yield str(request.param)
    i18n.install("en")


@pytest.fixture
def window(qtbot: QtBot, database: Database, settings: QSettings, language: str) -> MainWindow:
    with database.transaction() as session:
        load_demo(session)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    # The offscreen screen is small, so the window opens maximised to it: the layout is
    # checked at the laptop's size instead.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_view_at_1366x768_shows_everything(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, language: str
) -> None:
    assert len(window.views) >= VIEW_COUNT
    failures: dict[str, list[str]] = {}
    for number, view in enumerate(window.views):
        window.show_view(number)
        assert window.current is view
        # The list's first page is read off the UI thread: its rows come before one is chosen.
        with contextlib.suppress(QtBotTimeout):
            qtbot.waitUntil(lambda: not loading(window), timeout=SETTLE_MS)
        _select_first_row(view)
        # Records and lists load off the UI thread: give the reads and the layouts they
        # change up to SETTLE_MS to land; what is still cut off then is a failure.
        with contextlib.suppress(QtBotTimeout):
            qtbot.waitUntil(
                lambda: not loading(window) and not _problems(window), timeout=SETTLE_MS
            )
        picture = window.grab()
        path = shots_folder(tmp_path) / f"{language}-{number}-{view.kind}.png"
        assert picture.save(str(path)), path
        assert picture.width() >= SCREEN[0]
        assert picture.height() >= SCREEN[1]
        problems = _problems(window)
        if loading(window):
            problems.append(f"still loading after {SETTLE_MS} ms")
        if problems:
            failures[f"{number} {view.title}"] = problems
    report = "\n".join(
        f"{view}:\n  " + "\n  ".join(problems) for view, problems in failures.items()
    )
    assert not failures, f"cut off at {SCREEN} (PNGs in {tmp_path}):\n{report}"


def shots_folder(tmp_path: Path) -> Path:
    """Where the pictures go: $SUPPLIER_DESK_SHOTS to keep them for a look, else the
    test's own tmp folder."""
    folder = Path(os.environ.get("SUPPLIER_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_checks_catch_what_they_should(qtbot: QtBot, window: MainWindow) -> None:
    """The checker itself: a clipped label, an empty table, a widget past the edge."""
    view = window.current
    label = QLabel("A label much too long for the eleven pixels it is given", view)
    label.setGeometry(10, 10, 11, 20)
    label.show()
    table = QTableView(view)
    table.setGeometry(SCREEN[0] - 20, 40, 200, 100)
    table.show()
    qtbot.wait(10)
    found = "\n".join(_problems(window))
    assert "is clipped" in found
    assert "goes past the window" in found
    assert "table has no rows" in found
    model = QStandardItemModel(1, 1, view)
    model.setHorizontalHeaderLabels(["Fecha estimada de llegada"])
    headed = QTableView(view)
    headed.setModel(model)
    headed.setGeometry(10, 80, 200, 80)
    headed.horizontalHeader().resizeSection(0, 40)
    headed.show()
    button = QPushButton("Guardar y cerrar la ficha de negociación", view)
    button.setGeometry(10, 40, 30, 24)
    button.show()
    qtbot.wait(10)
    found = "\n".join(_problems(window))
    assert "button 'Guardar y cerrar la ficha de negociación' is clipped" in found
    assert "header 'Fecha estimada de llegada' is clipped" in found
