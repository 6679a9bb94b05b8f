"""The settings of deal sheets and exports: who the company is, who prepared the sheet,
the label language, the paper size and whom a deal sheet is for by default (the partner
or the team); and the reporting currency of landed costs and
pipeline totals, with or without import VAT.

Each setting is declared once, as a field of ExportSettings with its type, default and
label (the settings dialog builds itself from `setting_fields()`). They are kept as
JSON in the user's config folder, apart from the window's remembered state (QSettings):
a missing or broken file, or a bad value in it, gives the defaults for what is wrong;
saving writes a temporary file and renames it, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args, get_type_hints

from app.errors import ServiceError
from app.messages import translate
from app.queries.landed_costs import LandedSettings
from app.settings import APP_NAME

SETTINGS_FILE = "export-settings.json"

LabelLanguage = Literal["en", "es", "zh"]
PaperSize = Literal["A4", "Letter"]
ReportingCurrency = Literal[
    "CNY", "USD", "EUR", "HKD", "JPY", "GBP", "MXN", "BRL", "CLP", "PEN", "ARS", "COP"
]
LandedVat = Literal["include", "exclude"]
DealSheetFor = Literal["partner", "internal"]
"""Whom a deal sheet is for (app.exporting.deal_sheet.Audience)."""

LANGUAGE_NAMES = {"en": "English", "es": "Español", "zh": "中文"}

FILE_LIMIT_MB = (1, 500)
"""The range of the size limit per attached file, in MB (app.services.files)."""


class ExportSettingsError(ServiceError):
    """The settings could not be saved: the message names the file and the reason."""


@dataclass(frozen=True)
class ExportSettings:
    company_name: str = field(
        default="",
        metadata={
            "label": translate("ExportSettings", "Company name"),
            "help": translate("ExportSettings", "In the header of every sheet"),
        },
    )
    logo_file: str = field(
        default="",
        metadata={
            "label": translate("ExportSettings", "Logo file"),
            "help": translate("ExportSettings", "A PNG or JPEG image; none if empty"),
        },
    )
    prepared_by: str = field(
        default="",
        metadata={
            "label": translate("ExportSettings", "Prepared by"),
            "help": translate("ExportSettings", "Your name as sheets show it"),
        },
    )
    label_language: LabelLanguage = field(
        default="en",
        metadata={"label": translate("ExportSettings", "Default label language"), "help": ""},
    )
    paper_size: PaperSize = field(
        default="A4", metadata={"label": translate("ExportSettings", "Paper size"), "help": ""}
    )
    deal_sheet_for: DealSheetFor = field(
        default="partner",
        metadata={
            "label": translate("ExportSettings", "Deal sheets are for"),
            "help": translate(
                "ExportSettings",
                "The partner's sheet leaves out the target price, gap, landed cost, "
                "internal notes, follow-ups and missing documents; the internal one has them all",
            ),
        },
    )
    reporting_currency: ReportingCurrency = field(
        default="CNY",
        metadata={
            "label": translate("ExportSettings", "Reporting currency"),
            "help": translate("ExportSettings", "Landed costs and pipeline totals are given in it"),
        },
    )
    landed_vat: LandedVat = field(
        default="include",
        metadata={
            "label": translate("ExportSettings", "Import VAT in landed cost"),
            "help": translate(
                "ExportSettings", "Leave it out when the importer recovers input VAT"
            ),
        },
    )
    compliance_window_days: int = field(
        default=90,
        metadata={
            "label": translate("ExportSettings", "Compliance warning window (days)"),
            "help": translate(
                "ExportSettings",
                "A registration or certificate that runs out within this many days "
                "is due (amber, Home's Compliance card, the suppliers' marker)",
            ),
        },
    )
    file_size_limit_mb: int = field(
        default=25,
        metadata={
            "label": translate("ExportSettings", "Largest attached file (MB)"),
            "help": translate(
                "ExportSettings",
                "A file over this size is refused when attached to a record ({low} to {high} MB; "
                "every file is kept in the database)",
            ).format(low=FILE_LIMIT_MB[0], high=FILE_LIMIT_MB[1]),
        },
    )
    shelf_life_margin_days: int = field(
        default=5,
        metadata={
            "label": translate("ExportSettings", "Shelf-life margin (days)"),
            "help": translate(
                "ExportSettings",
                "A shipment whose transit (ETA - ETD) leaves fewer days than this of "
                "its product's shelf life is flagged (Season view, the shipment form)",
            ),
        },
    )

    @property
    def landed(self) -> LandedSettings:
        """The landed-cost settings these hold."""
        return LandedSettings(self.reporting_currency, self.landed_vat == "include")

    @property
    def file_size_limit_bytes(self) -> int:
        """The size limit per attached file, in bytes (a value out of range is taken as
        its nearest bound)."""
        low, high = FILE_LIMIT_MB
        return min(max(self.file_size_limit_mb, low), high) * 1024 * 1024

    @property
    def logo_path(self) -> Path | None:
        return Path(self.logo_file).expanduser() if self.logo_file.strip() else None


@dataclass(frozen=True)
class SettingField:
    name: str
    label: str
    help: str
    type: type
    """str for every setting so far; a choice setting lists its `choices`."""
    default: Any
    choices: tuple[str, ...] = ()


def setting_fields() -> list[SettingField]:
    """Every export setting with its label, type, default and (for a choice) choices."""
    hints = get_type_hints(ExportSettings)
    result = []
    for f in fields(ExportSettings):
        hint = hints[f.name]
        choices = tuple(get_args(hint))
        result.append(
            SettingField(
                name=f.name,
                label=f.metadata["label"],
                help=f.metadata["help"],
                type=str if choices else hint,
                default=f.default,
                choices=choices,
            )
        )
    return result


def settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False, ensure_exists=False) / SETTINGS_FILE


def _valid(spec: SettingField, value: Any) -> bool:
    if not isinstance(value, spec.type):
        return False
    return not spec.choices or value in spec.choices


def from_dict(data: Any) -> ExportSettings:
    """Settings from stored values: what is missing, unknown or invalid falls back to
    its default (the rest is kept)."""
    if not isinstance(data, dict):
        return ExportSettings()
    values = {
        spec.name: data[spec.name]
        for spec in setting_fields()
        if spec.name in data and _valid(spec, data[spec.name])
    }
    return replace(ExportSettings(), **values)


def to_dict(settings: ExportSettings) -> dict[str, Any]:
    return {f.name: getattr(settings, f.name) for f in fields(settings)}


def load_export_settings(path: Path | None = None) -> ExportSettings:
    """The saved settings, or the defaults when there are none or the file is unreadable."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return ExportSettings()
    return from_dict(data)


def save_export_settings(settings: ExportSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (temporary file, then rename); return the file."""
    path = path or settings_path()
    text = json.dumps(to_dict(settings), ensure_ascii=False, indent=2) + "\n"
    temp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        temp = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise ExportSettingsError(
            translate(
                "ExportSettings", "cannot save the export settings to {path}: {reason}"
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc
    return path
