"""The Export button of each list view: the list as it is shown (its search, filters,
sort, visible columns in their order) to .xlsx or .csv, and on the Negotiations view
the selected deal's sheet and the pipeline report.

The query is read from the view's own widgets on the UI thread; the export then runs
through ui.export_flow off the UI thread with its own database session. Nothing from
app/exporting (reportlab, openpyxl) is imported until the user exports: the main
window imports this module at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QBoxLayout,
    QLayout,
    QMenu,
    QTableView,
    QToolButton,
    QWidget,
)

from app.collector import collector_paused
from app.messages import translate
from ui.export_flow import ExportCancelledError, ExportRun, Progress, choose_target, export_to_file
from ui.i18n import shown
from ui.icons import icon
from ui.table_model import HEADER_KEY_ROLE
from ui.worker import run_in_background

if TYPE_CHECKING:
    from app.exporting.export_settings import DealSheetFor
    from app.exporting.labels import Language
    from app.queries.lists import NegotiationQuery
    from app.store.database import Database

XLSX_FILTER = translate("ExportActions", "Excel workbook (*.xlsx)")
CSV_FILTER = translate("ExportActions", "CSV, UTF-8 (*.csv)")
PDF_FILTER = translate("ExportActions", "PDF document (*.pdf)")

ListExportCall = Callable[..., Any]
"""app.exporting.list_files.export_<name>(session, query, path, columns=..., progress=...)."""


# --- what a list view shows ----------------------------------------------------------------


def shown_headers(table: QTableView) -> list[str]:
    """The headers of the columns the table shows, left to right as the user arranged
    them (dragged sections keep their new place; hidden ones, including those the column
    chooser has not added, are left out). Each as written in the code, whatever language
    the header shows: the export's columns are found by it."""
    header = table.horizontalHeader()
    model = table.model()
    shown = sorted(
        (header.visualIndex(logical), logical)
        for logical in range(header.count())
        if not header.isSectionHidden(logical)
    )
    return [
        str(model.headerData(logical, Qt.Orientation.Horizontal, HEADER_KEY_ROLE))
        for _visual, logical in shown
    ]


def _sort(view: Any) -> dict[str, Any]:
    return {"sort": view.model.sort_key, "descending": view.model.descending}


def view_query(view: Any) -> Any:
    """The query a list view shows (its search, filters and sort), without its page."""
    return view.query(**_sort(view))


@dataclass(frozen=True)
class ListSource:
    """One list view's export: its query from the widgets, and the names of its export
    function and column list in app.exporting.list_files (looked up only when exporting);
    `title` is the button's tooltip and the save dialog's title ("Export suppliers")."""

    name: str
    query: Callable[[Any], Any]
    export_function: str
    columns: str
    title: str


LIST_SOURCES: dict[str, ListSource] = {
    "supplier": ListSource(
        "suppliers",
        view_query,
        "export_suppliers",
        "SUPPLIER_COLUMNS",
        translate("ExportActions", "Export suppliers"),
    ),
    "negotiation": ListSource(
        "negotiations",
        view_query,
        "export_negotiations",
        "NEGOTIATION_COLUMNS",
        translate("ExportActions", "Export negotiations"),
    ),
    "shipment": ListSource(
        "shipments",
        view_query,
        "export_shipments",
        "SHIPMENT_COLUMNS",
        translate("ExportActions", "Export shipments"),
    ),
    "contact": ListSource(
        "contacts",
        view_query,
        "export_contacts",
        "CONTACT_COLUMNS",
        translate("ExportActions", "Export contacts"),
    ),
}


# --- the exports (run off the UI thread) ---------------------------------------------------


def list_export(
    database: Database, source: ListSource, query: Any, headers: Sequence[str]
) -> Callable[[Path, Progress], list[str]]:
    """The export of one list with `query`, as the columns `headers` in that order."""

    def export(path: Path, progress: Progress) -> list[str]:
        from app.exporting import list_files

        columns = list_files.pick_columns(getattr(list_files, source.columns), headers)
        run: ListExportCall = getattr(list_files, source.export_function)
        # A transaction, not Database.read(): the rows are streamed (yield_per), and a
        # PostgreSQL server-side cursor lives only inside a transaction block.
        with database.transaction() as session:
            result = run(session, query, path, columns=columns, progress=progress)
        if result.cancelled:
            raise ExportCancelledError()
        return []

    return export


DEAL_SHEET_LANGUAGES: tuple[tuple[Language, str], ...] = (  # each named in itself, untranslated
    ("en", "English"),
    ("es", "Español"),
    ("zh", "中文"),
)


def deal_sheet_export(
    database: Database,
    negotiation_id: int,
    kind: str,
    lang: Language | None = None,
    audience: DealSheetFor | None = None,
) -> Callable[[Path, Progress], list[str]]:
    """The deal sheet of one negotiation as 'pdf' or 'xlsx', with the export settings
    (company, logo, prepared by, paper, the reporting currency of landed costs; the
    language and whom it is for unless `lang` and `audience` are given) read when the
    export starts."""
    from app.exporting.export_settings import load_export_settings
    from app.settings import current_user

    settings = load_export_settings()
    prepared_by = settings.prepared_by or current_user()

    def export(path: Path, progress: Progress) -> list[str]:
        with collector_paused():  # no full collection freezing the window meanwhile
            return _export(path, progress)

    def _export(path: Path, progress: Progress) -> list[str]:
        from app.exporting.deal_sheet import build_deal_sheet

        with database.read() as session:
            sheet = build_deal_sheet(
                session,
                negotiation_id,
                today=date.today(),
                prepared_by=prepared_by,
                company_name=settings.company_name,
                lang=lang or settings.label_language,
                audience=audience or settings.deal_sheet_for,
                landed=settings.landed,
            )
        if not progress(1, 2):
            raise ExportCancelledError()
        if kind == "pdf":
            from app.exporting.pdf_deal_sheet import render_pdf

            return render_pdf(sheet, path, logo=settings.logo_path, paper=settings.paper_size)
        from app.exporting.xlsx_deal_sheet import render_xlsx

        return render_xlsx(sheet, path, paper=settings.paper_size)

    return export


_prepared: set[bool] = set()
"""Whether the PDF renderer was prepared with (True) or without the Chinese font."""


def prepare_deal_sheets(language: Language) -> None:
    """Load the PDF renderer and its fonts off the UI thread, once, when the Export menu
    of the negotiations opens: the first deal sheet's export spent ~1 s on them (reportlab
    and the fonts read), which the user now spends choosing the entry. No SQL."""
    cjk = language == "zh"
    if cjk in _prepared or True in _prepared:  # the Chinese font prepared: all are
        return
    _prepared.add(cjk)

    def prepare() -> None:
        from app.exporting import fonts, pdf_deal_sheet  # noqa: F401 - loaded for later

        fonts.register_fonts(cjk=cjk)

    run_in_background(prepare, lambda _none: None, lambda _exc: _prepared.discard(cjk))


def pipeline_export(
    database: Database, query: NegotiationQuery
) -> Callable[[Path, Progress], list[str]]:
    """The pipeline report of the deals the Negotiations list shows (.xlsx or .pdf)."""
    from app.exporting.export_settings import load_export_settings

    settings = load_export_settings()

    def export(path: Path, progress: Progress) -> list[str]:
        from app.exporting.pipeline import export_pipeline

        with database.read() as session:
            export_pipeline(session, path, query, settings=settings)
        return []

    return export


# --- the button ----------------------------------------------------------------------------


class ExportActions(QObject):
    """The Export button of one view and what its menu entries do."""

    def __init__(self, view: Any, settings: QSettings, source: ListSource) -> None:
        super().__init__(view)
        self.view = view
        self.settings = settings
        self.source = source
        self.running: ExportRun | None = None
        """The export in progress (or the last one): tests wait on it."""
        self.menu = QMenu(view)
        self.menu.setObjectName("export-menu")
        self.deal_actions: list[QAction] = []
        self.languages = QActionGroup(self)
        self.audiences = QActionGroup(self)
        if view.kind == "negotiation":
            # The deal sheet's labels are chosen per export; the settings give the default.
            language_menu = self.menu.addMenu(self.tr("Deal sheet language"))
            for code, name in DEAL_SHEET_LANGUAGES:
                choice = language_menu.addAction(name)
                choice.setCheckable(True)
                choice.setData(code)
                self.languages.addAction(choice)
            # So is whom the sheet is for: the partner's leaves out all that is internal.
            audience_menu = self.menu.addMenu(self.tr("Deal sheet for"))
            audience_menu.setToolTipsVisible(True)
            for whom, name, tip in (
                (
                    "partner",
                    self.tr("The partner"),
                    self.tr(
                        "No target price, gap, landed cost, internal notes, follow-ups "
                        "or missing documents"
                    ),
                ),
                (
                    "internal",
                    self.tr("Internal use"),
                    self.tr("Everything, with the landed cost of the latest offers"),
                ),
            ):
                choice = audience_menu.addAction(name)
                choice.setCheckable(True)
                choice.setData(whom)
                choice.setToolTip(tip)
                self.audiences.addAction(choice)
            self.deal_actions = [
                self._add(self.tr("Deal sheet (PDF)…"), lambda: self.export_deal_sheet("pdf")),
                self._add(self.tr("Deal sheet (Excel)…"), lambda: self.export_deal_sheet("xlsx")),
                self._add(self.tr("Send deal sheet by email…"), self.send_deal_sheet),
            ]
            self._add(self.tr("Pipeline report (Excel)…"), lambda: self.export_pipeline("xlsx"))
            self._add(self.tr("Pipeline report (PDF)…"), lambda: self.export_pipeline("pdf"))
            self.menu.addSeparator()
        self._add(self.tr("This list (Excel)…"), lambda: self.export_list("xlsx"))
        self._add(self.tr("This list (CSV)…"), lambda: self.export_list("csv"))
        chooser = getattr(view, "column_chooser", None)
        if chooser is not None:  # the columns the list shows are the ones exported
            self.menu.addMenu(chooser.menu)
        self.menu.aboutToShow.connect(self._update_actions)
        if view.kind == "negotiation":
            self.menu.aboutToShow.connect(lambda: prepare_deal_sheets(self.language()))
        self.button = QToolButton(view)
        self.button.setObjectName("export-button")
        self.button.setText(self.tr("Export"))
        self.button.setIcon(icon("export"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolTip(shown(source.title))
        self.button.setMenu(self.menu)
        self._update_actions()

    def _add(self, text: str, slot: Callable[[], None]) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def action(self, text: str) -> QAction:
        """The menu entry called `text` as shown (tests and keyboard users)."""
        return next(a for a in self.menu.actions() if a.text() == text)

    def language(self) -> Language:
        """The deal sheet language ticked in the menu, else the export settings' one."""
        checked = self.languages.checkedAction()
        if checked is not None:
            # QAction.data() is an object to the stubs; the menu's are DEAL_SHEET_LANGUAGES'.
            return cast("Language", str(checked.data()))
        from app.exporting.export_settings import load_export_settings

        return load_export_settings().label_language

    def choose_language(self, code: str) -> None:
        for choice in self.languages.actions():
            choice.setChecked(choice.data() == code)

    def audience(self) -> DealSheetFor:
        """Whom the deal sheet is for as ticked in the menu, else the export settings'."""
        checked = self.audiences.checkedAction()
        if checked is not None:
            return "internal" if checked.data() == "internal" else "partner"
        from app.exporting.export_settings import load_export_settings

        return load_export_settings().deal_sheet_for

    def choose_audience(self, code: str) -> None:
        for choice in self.audiences.actions():
            choice.setChecked(choice.data() == code)

    def _update_actions(self) -> None:
        """The deal sheet needs a deal: say so instead of failing."""
        if self.languages.actions() and self.languages.checkedAction() is None:
            self.choose_language(self.language())
        if self.audiences.actions() and self.audiences.checkedAction() is None:
            self.choose_audience(self.audience())
        chosen = self.view.form.record_id is not None
        for action in self.deal_actions:
            action.setEnabled(chosen)
            action.setToolTip("" if chosen else self.tr("Select a negotiation first"))

    def _today(self) -> str:
        return date.today().isoformat()

    def _start(
        self, export: Callable[[Path, Progress], list[str]], title: str, name: str, filters: str
    ) -> None:
        target = choose_target(self.view, self.settings, title, name, shown(filters))
        if target is None:
            return
        self.running = export_to_file(self.view, self.settings, export, target)

    # --- entries -----------------------------------------------------------------------

    def export_list(self, kind: str) -> None:
        """The rows the list shows (search, filters, sort) as its visible columns."""
        query = self.source.query(self.view)
        headers = shown_headers(self.view.table)
        export = list_export(self.view.database, self.source, query, headers)
        name = f"{self.source.name}-{self._today()}.{kind}"
        filters = XLSX_FILTER if kind == "xlsx" else CSV_FILTER
        self._start(export, shown(self.source.title), name, filters)

    def export_deal_sheet(self, kind: str) -> None:
        from app.exporting.files import file_name

        negotiation_id = self.view.form.record_id
        if negotiation_id is None or not self.view.can_leave():
            return  # nothing chosen, or the user kept unsaved edits to look at
        title = self._deal_title(negotiation_id)
        audience = self.audience()
        export = deal_sheet_export(
            self.view.database, negotiation_id, kind, self.language(), audience
        )
        # the file says which sheet it is, so that nobody attaches the internal one (its
        # name, like the sheet, is not tied to the window's language)
        kind_of_sheet = "Deal sheet (internal)" if audience == "internal" else "Deal sheet"
        name = file_name(f"{kind_of_sheet} - {title}") + f".{kind}"
        filters = PDF_FILTER if kind == "pdf" else XLSX_FILTER
        self._start(export, self.tr("Export the deal sheet"), name, filters)

    def _deal_title(self, negotiation_id: int) -> str:
        row = self.view.model.row_of_id(negotiation_id)
        return self.view.model.row_at(row).title if row is not None else f"deal {negotiation_id}"

    def send_deal_sheet(self) -> None:
        """The deal sheet PDF in a ready e-mail draft to the supplier (ui.reaching):
        always the partner's sheet, whatever the menu or the settings say."""
        from ui.reaching import send_deal_sheet

        negotiation_id = self.view.form.record_id
        if negotiation_id is None or not self.view.can_leave():
            return
        title = self._deal_title(negotiation_id)
        pdf = deal_sheet_export(
            self.view.database, negotiation_id, "pdf", self.language(), "partner"
        )
        self.running = send_deal_sheet(self.view, self.view.database, negotiation_id, title, pdf)

    def export_pipeline(self, kind: str) -> None:
        """Every deal the list shows (its filters), one row each, with totals by stage."""
        export = pipeline_export(self.view.database, view_query(self.view))
        name = f"pipeline-{self._today()}.{kind}"
        filters = PDF_FILTER if kind == "pdf" else XLSX_FILTER
        self._start(export, self.tr("Export the pipeline report"), name, filters)


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    """The box layout, at any depth under `layout`, that holds `widget` directly."""
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for number in range(layout.count()):
        item = layout.itemAt(number)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


def attach_export_actions(view: Any, settings: QSettings) -> ExportActions | None:
    """Put an Export button at the right end of a list view's search row; None for views
    with nothing to export (Home, Follow-ups)."""
    source = LIST_SOURCES.get(getattr(view, "kind", ""))
    if source is None or not isinstance(getattr(view, "table", None), QTableView):
        return None
    actions = ExportActions(view, settings, source)
    layout = view.layout()
    row = _layout_holding(layout, view.search) if layout is not None else None
    if row is not None:
        row.addWidget(actions.button)
        # A layout shows a new child of a visible window only on the next event loop turn.
        actions.button.show()
    view.export_actions = actions
    return actions
