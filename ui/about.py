"""Help ▸ About Supplier Desk: the program's name, version and database, and the licences
of everything it is built from (Qt's LGPL notice first: a bundle ships Qt's libraries)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import identity
from ui.icons import icon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT_LICENCES = {
    "DejaVu Sans": RESOURCES / "fonts" / "LICENSE-DejaVu.txt",
    "WenQuanYi Micro Hei": RESOURCES / "fonts" / "LICENSE-wqy.txt",
}
"""The fonts the PDFs embed, with their licence files."""
QT_SOURCES = "https://download.qt.io/official_releases/QtForPython/"
LGPL = "https://www.gnu.org/licenses/lgpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Supplier Desk"))
        picture = QLabel()
        picture.setPixmap(icon("app").pixmap(64, 64))
        title = QLabel(
            f"<h2>{escape(identity.NAME)}</h2><p>"
            + escape(self.tr("Version {version}").format(version=identity.version()))
            + "</p><p>"
            + escape(self.tr("Suppliers, contacts, negotiations and shipments."))
            + "</p><p>"
            + escape(self.tr("Database: {database}").format(database=database_name))
            + "</p>"
        )
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self.licences_html())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.licences, self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def licences_html(self) -> str:
        qt = self.tr(
            "Supplier Desk uses Qt and Qt for Python (PySide6, shiboken6) under the GNU "
            "Lesser General Public License version 3. They are separate shared libraries "
            "(the PySide6 folder beside the program in an installed copy) that you may "
            "replace with your own build of the same version. Their source code: {sources}; "
            "the licence: {licence}."
        ).format(
            sources=f'<a href="{QT_SOURCES}">{QT_SOURCES}</a>',
            licence=f'<a href="{LGPL}">{LGPL}</a>',
        )
        own = self.tr("Supplier Desk itself is under the MIT licence.")
        rows = "".join(
            f"<tr><td>{escape(c.name)}</td><td>{escape(c.version)}</td>"
            f"<td>{escape(c.licence)}</td></tr>"
            for c in identity.components()
        )
        fonts = "".join(
            f"<p><b>{escape(name)}</b></p>"
            f"<pre style='white-space: pre-wrap'>{escape(_read(path))}</pre>"
            for name, path in FONT_LICENCES.items()
        )
        columns = (self.tr("Library"), self.tr("Version"), self.tr("Licence"))
        heading = "".join(f"<th align='left'>{escape(c)}</th>" for c in columns)
        fonts_title = self.tr("Fonts embedded in PDF exports")
        return (
            f"<p>{qt}</p><p>{escape(own)}</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{heading}</tr>{rows}</table>"
            f"<h3>{escape(fonts_title)}</h3>{fonts}"
        )


def _link(address: str) -> str:
    return f'<a href="{address}">{address}</a>'


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return str(path)


def show_about(database_name: str, parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(database_name, parent)
    dialog.open()
    return dialog
