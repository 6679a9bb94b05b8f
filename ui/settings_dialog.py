"""File > Preferences…: who the company is on a deal sheet, its logo, who prepared
the sheet, the label language and the paper size; and the window's own language
(QSettings, ui.i18n.LANGUAGE_KEY), installed when Supplier Desk next starts.

The fields are made from app.exporting.export_settings.setting_fields(), so a setting added
there shows up here with its label and help. The logo is checked as it is typed or
chosen (exists, is a PNG or JPEG Qt can read) with a preview, and a bad one is refused
with its reason rather than discovered at the next export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from app.exporting.export_settings import (
    LANGUAGE_NAMES,
    ExportSettings,
    SettingField,
    load_export_settings,
    save_export_settings,
    setting_fields,
)
from app.messages import translate
from app.settings import current_user
from ui.errors import show_error
from ui.i18n import LANGUAGE_KEY, LANGUAGES, normalise, shown
from ui.widgets import ErrorLabel

LOGO_FIELD = "logo_file"
LOGO_FORMATS = (b"png", b"jpeg")
PREVIEW_HEIGHT = 48
IMAGE_PATTERNS = "*.png *.jpg *.jpeg"
CHOICE_NAMES: dict[str, dict[str, str]] = {
    "label_language": LANGUAGE_NAMES,
    "paper_size": {"A4": "A4", "Letter": translate("ExportSettings", "Letter")},
    "landed_vat": {
        "include": translate("ExportSettings", "Included"),
        "exclude": translate("ExportSettings", "Left out (VAT recovered)"),
    },
    "deal_sheet_for": {
        "partner": translate("ExportSettings", "The partner (nothing internal)"),
        "internal": translate("ExportSettings", "Internal use (everything, with landed costs)"),
    },
}


def logo_problem(text: str) -> str | None:
    """Why `text` cannot be the logo, or None when it can (an empty one means no logo)."""
    if not text.strip():
        return None
    path = Path(text.strip()).expanduser()
    if not path.exists():
        return QCoreApplication.translate("ExportSettings", "No such file: {file}").format(
            file=path
        )
    if not path.is_file():
        text = QCoreApplication.translate("ExportSettings", "{file} is a folder, not an image file")
        return text.format(file=path)
    reader = QImageReader(str(path))
    image_format = bytes(reader.format().data())
    if not reader.canRead():
        text = QCoreApplication.translate(
            "ExportSettings", "{file} is not an image that can be read"
        )
        return text.format(file=path.name)
    if image_format not in LOGO_FORMATS:
        text = QCoreApplication.translate(
            "ExportSettings", "{file} is a {format} image: use a PNG or JPEG"
        )
        return text.format(file=path.name, format=image_format.decode().upper())
    return None


class LogoField(QWidget):
    """The logo's path, a Browse… button, a small preview and, in red, what is wrong."""

    changed_height = Signal()
    """The preview or the reason appeared or went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(
            placeholderText=self.tr("No logo: sheets show the company's initials")
        )
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Browse…"))
        self.preview = QLabel()
        self.preview.setObjectName("logo-preview")
        self.preview.setFixedHeight(PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        self.browse.clicked.connect(self._browse)
        self.edit.textChanged.connect(self._check)
        self._check()

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def problem(self) -> str | None:
        return logo_problem(self.text())

    def _browse(self) -> None:
        start = self.text() or str(Path.home())
        images = self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), start, images
        )
        if chosen:
            self.edit.setText(chosen)

    def _check(self) -> None:
        problem = self.problem()
        self.error.show_reason(problem)
        self.edit.setStyleSheet("border: 1px solid #c0392b;" if problem else "")
        pixmap = QPixmap() if problem or not self.text() else QPixmap(self.text())
        # Only a logo takes room: a reason sits right under the field it is about.
        if pixmap.isNull():
            self.preview.clear()
        else:
            self.preview.setPixmap(
                pixmap.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        self.preview.setVisible(not pixmap.isNull())
        self.changed_height.emit()


class ExportSettingsDialog(QDialog):
    """Edits the saved export settings and the window's language; OK checks and saves
    them, Cancel leaves them. The language goes to `settings` (the application's
    QSettings unless given)."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self.fields: dict[str, Any] = {}
        """Setting name -> its widget (QLineEdit, QComboBox or LogoField)."""
        saved = load_export_settings()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in setting_fields():
            widget = self._make(spec)
            self.fields[spec.name] = widget
            self._set(spec, widget, getattr(saved, spec.name))
            if spec.help:
                widget.setToolTip(shown(spec.help))
            form.addRow(self.tr("{label}:").format(label=shown(spec.label)), widget)
        prepared_by = self.fields.get("prepared_by")
        if isinstance(prepared_by, QLineEdit):
            prepared_by.setPlaceholderText(
                self.tr("{user} (your user name)").format(user=current_user())
            )
        intro = QLabel(
            self.tr(
                "Deal sheets and the pipeline report show these. The language, the paper and "
                "whom a deal sheet is for are the defaults of each export."
            )
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._language_box())
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.logo.changed_height.connect(lambda: QTimer.singleShot(0, self._fit_height))

    def _language_box(self) -> QGroupBox:
        """The window's language: the system's (stored as "") or one of LANGUAGES, each
        named in itself; it takes effect at the next start (ui.application installs it)."""
        box = QGroupBox(self.tr("Window"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        for key, name in LANGUAGES.items():
            self.language.addItem(name, key)
        saved = normalise(str(self.settings.value(LANGUAGE_KEY, "") or "")) or ""
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        note = QLabel(self.tr("The change takes effect the next time Supplier Desk starts."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        rows = QFormLayout(box)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows.addRow(self.tr("Language:"), self.language)
        rows.addRow("", note)
        return box

    @property
    def logo(self) -> LogoField:
        field = self.fields[LOGO_FIELD]
        assert isinstance(field, LogoField)
        return field

    def _fit_height(self) -> None:
        """Grow or shrink to the rows' height at the current width: wrapping labels make
        the layout height-for-width, which a dialog does not follow by itself."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        if height > 0 and height != self.height():
            self.setMinimumHeight(height)
            self.resize(self.width(), height)

    def _make(self, spec: SettingField) -> QWidget:
        if spec.name == LOGO_FIELD:
            return LogoField()
        if spec.choices:
            combo = QComboBox()
            names = CHOICE_NAMES.get(spec.name, {})
            for choice in spec.choices:
                combo.addItem(shown(names.get(choice, choice)), choice)
            return combo
        if spec.type is int:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            return spin
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        return edit

    def _set(self, spec: SettingField, widget: QWidget, value: Any) -> None:
        if isinstance(widget, LogoField):
            widget.set_text(str(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def values(self) -> ExportSettings:
        """The settings as the dialog shows them."""
        typed: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, LogoField):
                typed[name] = widget.text()
            elif isinstance(widget, QComboBox):
                typed[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                typed[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                typed[name] = widget.text().strip()
        return ExportSettings(**typed)

    def accept(self) -> None:
        """Refuse a logo that cannot be used (its reason is already shown), else save."""
        if self.logo.problem() is not None:
            self.logo.edit.setFocus()
            self.logo.edit.selectAll()
            return
        try:
            save_export_settings(self.values())
        except ServiceError as exc:
            show_error(self, exc, self.tr("Preferences"))
            return
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData() or "")
        self.settings.sync()
        super().accept()
