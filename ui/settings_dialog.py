"""File > Export settings…: who the company is on a deal sheet, its logo, who prepared
the sheet, the label language and the paper size.

The fields are made from app.exporting.export_settings.setting_fields(), so a setting added
there shows up here with its label and help. The logo is checked as it is typed or
chosen (exists, is a PNG or JPEG Qt can read) with a preview, and a bad one is refused
with its reason rather than discovered at the next export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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
from app.settings import current_user
from ui.errors import show_error
from ui.widgets import ErrorLabel

LOGO_FIELD = "logo_file"
LOGO_FORMATS = (b"png", b"jpeg")
PREVIEW_HEIGHT = 48
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"
CHOICE_NAMES = {
    "label_language": LANGUAGE_NAMES,
    "paper_size": {"A4": "A4", "Letter": "Letter"},
    "landed_vat": {"include": "Included", "exclude": "Left out (VAT recovered)"},
    "deal_sheet_for": {
        "partner": "The partner (nothing internal)",
        "internal": "Internal use (everything, with landed costs)",
    },
}


def logo_problem(text: str) -> str | None:
    """Why `text` cannot be the logo, or None when it can (an empty one means no logo)."""
    if not text.strip():
        return None
    path = Path(text.strip()).expanduser()
    if not path.exists():
        return f"No such file: {path}"
    if not path.is_file():
        return f"{path} is a folder, not an image file"
    reader = QImageReader(str(path))
    image_format = bytes(reader.format().data())
    if not reader.canRead():
        return f"{path.name} is not an image that can be read"
    if image_format not in LOGO_FORMATS:
        return f"{path.name} is a {image_format.decode().upper()} image: use a PNG or JPEG"
    return None


class LogoField(QWidget):
    """The logo's path, a Browse… button, a small preview and, in red, what is wrong."""

    changed_height = Signal()
    """The preview or the reason appeared or went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(placeholderText="No logo: sheets show the company's initials")
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton("Browse…")
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
        chosen, _filter = QFileDialog.getOpenFileName(self, "Choose the logo", start, IMAGE_FILTER)
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
    """Edits the saved export settings; OK checks and saves them, Cancel leaves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export settings")
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
                widget.setToolTip(spec.help)
            form.addRow(f"{spec.label}:", widget)
        prepared_by = self.fields.get("prepared_by")
        if isinstance(prepared_by, QLineEdit):
            prepared_by.setPlaceholderText(f"{current_user()} (your user name)")
        intro = QLabel(
            "Deal sheets and the pipeline report show these. The language, the paper and "
            "whom a deal sheet is for are the defaults of each export."
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
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.logo.changed_height.connect(lambda: QTimer.singleShot(0, self._fit_height))

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
                combo.addItem(names.get(choice, choice), choice)
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
            show_error(self, exc, "Export settings")
            return
        super().accept()
