"""Files attached to a record (a negotiation, a shipment document, a registration or
certificate): a list with name, size, who and when, an image's thumbnail, and Attach…,
Open, Save a copy…, Remove; files dropped onto the list are attached.

Every read and write runs off the UI thread (ui.worker) and is one service call of
app.services.files; a newer list request supersedes an older one. Thumbnails are made
here from the stored bytes (a QImage, scaled). Refusals (a file over the size limit, a
file that cannot be read) are shown by ui.errors with the service's one-line message.

The pieces another screen needs:
- AttachmentsPanel: the list and its buttons, for one owner; `changed` after a file is
  attached or removed (a shipment document becomes "received").
- FilesButton: a small button with the count of files, accepting dropped files, that
  opens the panel in a dialog (the document checklist puts one on each line).
- certification_files_panel(): the panel for one registration or certificate (the
  supplier's certifications tab builds it from this).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from app.exporting.attachments import file_size_limit, save_copy
from app.services import files
from app.services.files import MB, AttachmentInfo
from app.store.database import Database
from models import AttachmentOwner
from ui.errors import show_error
from ui.i18n import error_text, moment, number
from ui.worker import run_in_background

THUMBNAIL = 40
"""Side of an image's thumbnail in the list, in pixels."""
THUMBNAIL_MAX_BYTES = 15 * 1024 * 1024
"""Larger images are listed with a plain icon: decoding them only for a thumbnail is slow."""
ID_ROLE = Qt.ItemDataRole.UserRole
_open_folder: Path | None = None


def _temporary_folder() -> Path:
    """Where Open puts the copies the system viewer reads (one folder per run)."""
    global _open_folder
    if _open_folder is None or not _open_folder.is_dir():
        _open_folder = Path(tempfile.mkdtemp(prefix="supplier-desk-files-"))
    return _open_folder


@dataclass(frozen=True)
class Listing:
    """What the list shows: the files, and the bytes of those that are images."""

    files: list[AttachmentInfo]
    images: dict[int, bytes]


def _load(database: Database, owner: AttachmentOwner, owner_id: int) -> Listing:
    with database.read() as session:
        found = files.list_attachments(session, owner, owner_id)
        wanted = [f.id for f in found if f.is_image and f.size <= THUMBNAIL_MAX_BYTES]
        images = files.image_bytes(session, wanted, THUMBNAIL_MAX_BYTES)
    return Listing(found, images)


def size_shown(size: int) -> str:
    """'812 bytes', '14.2 KB', '25.0 MB' in the window's language and the locale's digits."""
    if size < 1024:
        return QCoreApplication.translate("AttachmentsPanel", "%n byte(s)", None, size)
    for unit, scale in (("KB", 1024), ("MB", MB), ("GB", 1024 * MB)):
        if size < scale * 1024 or unit == "GB":
            return f"{number(size / scale, 1)} {unit}"
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Attached:
    """What attaching some files came to: how many went in, and each refusal (its line
    is put in the window's language on the UI thread)."""

    done: int
    refusals: list[ServiceError]
    unexpected: BaseException | None = None


def _attach_all(
    database: Database, owner: AttachmentOwner, owner_id: int, paths: Sequence[Path]
) -> Attached:
    """Each file in a transaction of its own: one refused file does not stop the others."""
    limit = file_size_limit()
    done, refusals = 0, []
    for path in paths:
        try:
            with database.transaction() as session:
                files.attach_file(session, owner, owner_id, path, limit_bytes=limit)
            done += 1
        except ServiceError as exc:
            refusals.append(exc)
        except Exception as exc:  # shown by ui.errors (logged, never a traceback)
            return Attached(done, refusals, exc)
    return Attached(done, refusals)


def attach_in_background(
    parent: QWidget,
    database: Database,
    owner: AttachmentOwner,
    owner_id: int,
    paths: Sequence[Path],
    on_done: Callable[[int], None],
) -> None:
    """Attach `paths` off the UI thread; refusals shown over `parent`; `on_done(count)`
    with how many went in (also when some were refused)."""

    def done(result: Attached) -> None:
        if not shiboken6.isValid(parent):
            return
        title = QCoreApplication.translate("AttachmentsPanel", "Files not attached")
        if result.refusals:
            QMessageBox.warning(parent, title, "\n".join(error_text(e) for e in result.refusals))
        if result.unexpected is not None:
            show_error(parent, result.unexpected, title)
        on_done(result.done)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(parent):
            title = QCoreApplication.translate("AttachmentsPanel", "Files not attached")
            show_error(parent, exc, title)
            on_done(0)

    run_in_background(lambda: _attach_all(database, owner, owner_id, list(paths)), done, failed)


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files (not folders) a drag carries."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in data.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).is_file()
    ]


def thumbnail(content: bytes, side: int = THUMBNAIL) -> QImage | None:
    """An image's bytes as a QImage no larger than side x side (None: not an image Qt reads)."""
    image = QImage.fromData(content)
    if image.isNull():
        return None
    return image.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _square(pixmap: QPixmap, side: int = THUMBNAIL) -> QPixmap:
    """`pixmap` centred on a transparent side x side square: every row of the list is as
    tall as a thumbnail, a landscape photo's or a file's icon alike."""
    square = QPixmap(side, side)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    try:
        width = pixmap.width() / pixmap.devicePixelRatio()
        height = pixmap.height() / pixmap.devicePixelRatio()
        painter.drawPixmap(int((side - width) / 2), int((side - height) / 2), pixmap)
    finally:
        painter.end()
    return square


class AttachmentsPanel(QWidget):
    """The files of one owner; drop files onto it to attach them."""

    changed = Signal()
    """A file was attached or removed."""
    loaded = Signal()
    """The list shows what the database holds now."""

    def __init__(
        self, database: Database, owner: AttachmentOwner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.owner = owner
        self.owner_id: int | None = None
        self.loading = False
        self.files: list[AttachmentInfo] = []
        self.thumbnails: dict[int, QImage] = {}
        self._request = 0
        self.setAcceptDrops(True)

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(THUMBNAIL * 3)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("Attached by"), self.tr("When")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAcceptDrops(False)
        self.tree.viewport().setAcceptDrops(False)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._enable)

        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setToolTip(self.tr("Choose files to attach (or drop them on the list)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open a copy with the system's viewer"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.attach_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status, 1)
        # The buttons above the list: under a form's fields the panel's foot can be below
        # the fold, and Attach… must be in view where the user looks for it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self._enable()
        self._say()

    # --- reading -------------------------------------------------------------------------

    def show_owner(self, owner_id: int | None) -> None:
        """Show the files of `owner_id` (None: a record not saved yet: nothing to attach to)."""
        if owner_id != self.owner_id:
            self.owner_id = owner_id
            self._show(Listing([], {}))  # another record's files never linger while loading
        self.refresh()

    def expect(self, owner_id: int) -> None:
        """The files of `owner_id` are being read elsewhere (`show_listing` brings them:
        the negotiation form reads them with its record): another owner's do not linger
        meanwhile, and the panel says it is loading."""
        self._request += 1  # a read of the panel's own still on its way is dropped
        if owner_id != self.owner_id or self.loading:
            self.owner_id = owner_id
            self.loading = True
            self._show(Listing([], {}))

    def show_listing(self, owner_id: int, listing: Listing) -> None:
        """Show the files of `owner_id` read elsewhere (with their owner)."""
        self._request += 1
        self.owner_id = owner_id
        self.loading = False
        self._show(listing)
        self.loaded.emit()

    def not_coming(self) -> None:
        """What `expect` waited for will not come (the owner could not be read)."""
        if self.loading:
            self._request += 1
            self.loading = False
            self._say()
            self._enable()

    def refresh(self) -> None:
        self._request += 1
        request = self._request
        if self.owner_id is None:
            self.loading = False
            self._show(Listing([], {}))
            return
        self.loading = True
        self._say()
        self._enable()
        database, owner, owner_id = self.database, self.owner, self.owner_id
        run_in_background(
            lambda: _load(database, owner, owner_id),
            lambda listing: self._loaded(request, listing),
            lambda exc: self._failed(request, exc),
        )

    def _current(self, request: int) -> bool:
        return shiboken6.isValid(self) and request == self._request

    def _loaded(self, request: int, listing: Listing) -> None:
        if not self._current(request):
            return
        self.loading = False
        self._show(listing)
        self.loaded.emit()

    def _failed(self, request: int, exc: BaseException) -> None:
        if not self._current(request):
            return
        self.loading = False
        self._show(Listing([], {}))
        show_error(self, exc, self.tr("Files not shown"))

    def _show(self, listing: Listing) -> None:
        selected = self.selected_id()
        self.files = listing.files
        self.thumbnails = {}
        self.tree.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        plain = QIcon(_square(file_icon.pixmap(THUMBNAIL * 3 // 5)))
        for info in listing.files:
            when = moment(info.attached_at)
            size = size_shown(info.size)
            item = QTreeWidgetItem([info.name, size, info.attached_by or "", when])
            item.setData(0, ID_ROLE, info.id)
            item.setToolTip(0, f"{info.name}\n{info.media_type} · {size}")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            image = thumbnail(listing.images[info.id]) if info.id in listing.images else None
            if image is not None:
                self.thumbnails[info.id] = image
                item.setIcon(0, QIcon(_square(QPixmap.fromImage(image))))
            else:
                item.setIcon(0, plain)
            self.tree.addTopLevelItem(item)
            if info.id == selected:
                item.setSelected(True)
        self._enable()
        self._say()

    def _say(self) -> None:
        if self.owner_id is None:
            text = self.tr("Files can be attached once the record is saved.")
        elif self.loading:
            text = self.tr("Loading…")
        elif not self.files:
            text = self.tr("No files yet: drop files here or choose Attach…")
        else:
            text = self.tr("%n file(s) · drop files here to attach them", "", len(self.files))
        self.status.setText(text)

    def _enable(self) -> None:
        chosen = self.selected_id() is not None
        self.attach_button.setEnabled(self.owner_id is not None)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen and not self.loading)

    def selected_id(self) -> int | None:
        items = self.tree.selectedItems()
        return int(items[0].data(0, ID_ROLE)) if items else None

    def selected(self) -> AttachmentInfo | None:
        chosen = self.selected_id()
        return next((f for f in self.files if f.id == chosen), None)

    def select(self, attachment_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == attachment_id:
                self.tree.setCurrentItem(item)
                return

    # --- writing -------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.owner_id is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), str(Path.home())
        )
        if chosen:
            self.attach_paths([Path(p) for p in chosen])

    def attach_paths(self, paths: Sequence[Path]) -> None:
        """Attach files off the UI thread, then show the list again."""
        if self.owner_id is None or not paths:
            return
        self.status.setText(self.tr("Attaching %n file(s)…", "", len(paths)))

        def done(count: int) -> None:
            self.refresh()
            if count:
                self.changed.emit()

        attach_in_background(self, self.database, self.owner, self.owner_id, paths, done)

    def open_selected(self) -> None:
        """A copy in a temporary folder, opened with the system's viewer."""
        info = self.selected()
        if info is None:
            return
        database = self.database
        folder = _temporary_folder() / str(info.id)

        def save() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            with database.read() as session:
                return save_copy(session, info.id, folder / info.name)

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                QMessageBox.information(
                    self,
                    self.tr("Open"),
                    self.tr("No program opens this kind of file; a copy is in {path}").format(
                        path=path
                    ),
                )

        self._run(save, opened, self.tr("File not opened"))

    def save_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path.home() / info.name)
        )
        if target:
            self.save_to(info.id, Path(target))

    def save_to(self, attachment_id: int, target: Path) -> None:
        database = self.database

        def save() -> Path:
            with database.read() as session:
                return save_copy(session, attachment_id, target)

        def saved(path: Path) -> None:
            self.status.setText(self.tr("Saved to {path}").format(path=path))

        self._run(save, saved, self.tr("Copy not saved"))

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr("Remove {name} from this record?").format(name=info.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(info.id)

    def remove(self, attachment_id: int) -> None:
        database = self.database

        def remove() -> None:
            with database.transaction() as session:
                files.remove_attachment(session, attachment_id)

        def removed(_result: None) -> None:
            self.refresh()
            self.changed.emit()

        self._run(remove, removed, self.tr("File not removed"))

    def _run(self, work: Callable[[], Any], then: Callable[[Any], None], title: str) -> None:
        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                then(result)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                show_error(self, exc, title)
                self.refresh()

        run_in_background(work, done, failed)

    # --- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.owner_id is not None and dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.owner_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = dropped_files(event)
        if self.owner_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(paths)


class AttachmentsDialog(QDialog):
    """The files of one owner in a dialog of their own (a document's line has no room)."""

    def __init__(
        self,
        database: Database,
        owner: AttachmentOwner,
        owner_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 360)
        self.panel = AttachmentsPanel(database, owner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.panel.show_owner(owner_id)


class FilesButton(QToolButton):
    """'Files (2)': how many files one owner carries; click to see them, drop files on it
    to attach them. `changed` after a file was attached or removed through it."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        owner: AttachmentOwner,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.owner = owner
        self.title = title
        self.owner_id: int | None = None
        self.count = 0
        self.setAcceptDrops(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clicked.connect(self.open_dialog)
        self.set_owner(None, 0)

    def set_owner(self, owner_id: int | None, count: int) -> None:
        self.owner_id = owner_id
        self.count = count
        self.setEnabled(owner_id is not None)
        self.setText(self.tr("Files ({count})").format(count=count) if count else self.tr("Attach"))
        self.setToolTip(
            self.tr(
                "%n file(s) attached to {title}: click to see them, or drop files here", "", count
            ).format(title=self.title)
            if count
            else self.tr("No file attached to {title}: click to attach, or drop files here").format(
                title=self.title
            )
        )

    def open_dialog(self) -> None:
        if self.owner_id is None:
            return
        dialog = AttachmentsDialog(
            self.database,
            self.owner,
            self.owner_id,
            self.tr("Files: {title}").format(title=self.title),
            self,
        )
        touched = []
        dialog.panel.changed.connect(lambda: touched.append(True))
        dialog.panel.loaded.connect(lambda: self._counted(len(dialog.panel.files)))
        dialog.exec()
        if touched:
            self.changed.emit()

    def _counted(self, count: int) -> None:
        if shiboken6.isValid(self):
            self.set_owner(self.owner_id, count)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.owner_id is not None and dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = dropped_files(event)
        if self.owner_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach(paths)

    def attach(self, paths: Sequence[Path]) -> None:
        if self.owner_id is None:
            return

        def done(count: int) -> None:
            if count and shiboken6.isValid(self):
                self.changed.emit()

        attach_in_background(self, self.database, self.owner, self.owner_id, paths, done)


def certification_files_panel(
    database: Database, certification_id: int | None, parent: QWidget | None = None
) -> AttachmentsPanel:
    """The evidence files of one registration or certificate (its scans, the GACC
    listing, the audit report): the supplier's certifications tab shows it for the row
    chosen and calls `show_owner(id)` as the choice changes."""
    panel = AttachmentsPanel(database, AttachmentOwner.CERTIFICATION, parent)
    panel.show_owner(certification_id)
    return panel
