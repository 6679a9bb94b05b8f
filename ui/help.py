"""Help ▸ User guide and Help ▸ Keyboard shortcuts.

The guide is bundled HTML (resources/guide/guide.html) shown in a QTextBrowser dialog:
it opens offline and never in a web browser. The shortcuts are read from the window's own
QActions when the dialog opens, so the list is always the keys the window answers to.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import installed_language

GUIDE = Path(__file__).resolve().parent.parent / "resources" / "guide" / "guide.html"
"""The English guide; a translation sits beside it as guide.<language>.html."""


def guide_file(language: str | None = None) -> Path:
    """The guide in `language` (the window's installed language when None):
    guide.zh_CN.html, guide.es.html; guide.html for English or a language without one."""
    language = language or installed_language()
    translated = GUIDE.with_name(f"guide.{language}.html")
    return translated if language != "en" and translated.is_file() else GUIDE


class GuideDialog(QDialog):
    """The user guide: its contents links jump within the page; outside links are not
    followed (the guide is read offline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supplier Desk: user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)  # '#import' scrolls to the section
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        _fit_screen(self)


MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&\s]\)")
"""A mnemonic written after a translation ('新建(&N)'), as Chinese menus write them."""


def plain_text(text: str) -> str:
    """A menu text without its '&' mnemonic marks ('&&' stays one '&'; '新建(&N)' is
    '新建')."""
    text = MNEMONIC_SUFFIX.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window's menus that has a shortcut, in menu
    order, keys as the platform writes them ('Ctrl+N', 'Del')."""
    found: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
                continue
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if k]
            if keys:
                found.append((plain_text(action.text()).rstrip("…").strip(), ", ".join(keys)))

    menu_bar = getattr(window, "menuBar", None)
    walk(menu_bar().actions() if callable(menu_bar) else window.actions())
    return found


class ShortcutsDialog(QDialog):
    """A two-column table: what the key does, and the key."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.resize(440, min(640, 110 + 24 * len(rows)))
        _fit_screen(self)

    def shown(self) -> list[tuple[str, str]]:
        items = [
            (self.table.item(r, 0), self.table.item(r, 1)) for r in range(self.table.rowCount())
        ]
        return [(a.text(), b.text()) for a, b in items if a is not None and b is not None]


def _fit_screen(dialog: QDialog) -> None:
    """No taller or wider than the screen's free area (a 1280x720 laptop)."""
    screen = dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    dialog.resize(min(dialog.width(), room.width() - 40), min(dialog.height(), room.height() - 60))


def show_guide(parent: QWidget) -> GuideDialog:
    dialog = GuideDialog(parent)
    dialog.open()
    return dialog


def show_shortcuts(window: QWidget) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.open()
    return dialog


def add_help_actions(window: QWidget, menu: QMenu) -> None:
    """Help ▸ User guide (F1) and Help ▸ Keyboard shortcuts, before About."""
    first = menu.actions()[0] if menu.actions() else None
    guide = QAction(QCoreApplication.translate("Help", "&User guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: show_guide(window))
    keys = QAction(QCoreApplication.translate("Help", "&Keyboard shortcuts"), window)
    keys.triggered.connect(lambda: show_shortcuts(window))
    menu.insertActions(first, [guide, keys])  # type: ignore[arg-type]  # None: at the end
    if first is not None:
        menu.insertSeparator(first)
