from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.exporting import export_settings
from app.exporting.export_settings import (
    ExportSettings,
    ExportSettingsError,
    load_export_settings,
    save_export_settings,
    setting_fields,
    settings_path,
)


def test_every_setting_is_declared_with_type_default_and_label() -> None:
    specs = {s.name: s for s in setting_fields()}
    assert list(specs) == [
        "company_name",
        "logo_file",
        "prepared_by",
        "label_language",
        "paper_size",
        "deal_sheet_for",
        "reporting_currency",
        "landed_vat",
        "compliance_window_days",
        "file_size_limit_mb",
        "shelf_life_margin_days",
    ]
    assert specs["shelf_life_margin_days"].type is int
    assert specs["shelf_life_margin_days"].default == 5
    assert specs["compliance_window_days"].type is int
    assert specs["compliance_window_days"].default == 90
    assert specs["file_size_limit_mb"].type is int
    assert specs["file_size_limit_mb"].default == 25
    assert ExportSettings().file_size_limit_bytes == 25 * 1024 * 1024
    assert ExportSettings(file_size_limit_mb=0).file_size_limit_bytes == 1024 * 1024
    assert specs["company_name"].label == "Company name"
    assert specs["company_name"].type is str
    assert specs["label_language"].choices == ("en", "es", "zh")
    assert specs["label_language"].default == "en"
    assert specs["paper_size"].choices == ("A4", "Letter")
    assert specs["paper_size"].default == "A4"
    assert specs["reporting_currency"].default == "CNY"
    assert {"CNY", "USD", "EUR", "MXN", "BRL"} <= set(specs["reporting_currency"].choices)
    assert specs["landed_vat"].choices == ("include", "exclude")
    assert specs["deal_sheet_for"].choices == ("partner", "internal")
    assert specs["deal_sheet_for"].default == "partner"
    assert ExportSettings().landed.currency == "CNY"
    assert ExportSettings().landed.include_vat is True
    assert all(s.label for s in specs.values())


def test_missing_or_broken_files_give_the_defaults(tmp_path: Path) -> None:
    assert load_export_settings(tmp_path / "none.json") == ExportSettings()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert load_export_settings(broken) == ExportSettings()
    broken.write_bytes(b"\xff\xfe\x00")
    assert load_export_settings(broken) == ExportSettings()
    broken.write_text("[1, 2]")
    assert load_export_settings(broken) == ExportSettings()


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "company_name": "Frutas Ñuble Import 王力",
                "paper_size": "A3",
                "label_language": 7,
                "prepared_by": None,
                "deal_sheet_for": "everyone",
                "unknown": "ignored",
            }
        )
    )
    loaded = load_export_settings(path)
    assert loaded == ExportSettings(company_name="Frutas Ñuble Import 王力")


def test_settings_round_trip_atomically(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "export-settings.json"
    settings = ExportSettings(
        company_name="Pacific Fresh Imports",
        logo_file=str(tmp_path / "logo.png"),
        prepared_by="Lucía Herrera",
        label_language="zh",
        paper_size="Letter",
        deal_sheet_for="internal",
    )
    assert save_export_settings(settings, path) == path
    assert load_export_settings(path) == settings
    assert "Lucía Herrera" in path.read_text(encoding="utf-8")
    assert [p.name for p in path.parent.iterdir()] == ["export-settings.json"]
    assert settings.logo_path == tmp_path / "logo.png"
    assert ExportSettings().logo_path is None


def test_an_unwritable_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportSettingsError, match=r"cannot save the export settings to .*file"):
        save_export_settings(ExportSettings(), blocker / "export-settings.json")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_the_file_lives_in_the_user_config_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    calls: list[tuple[str, object]] = []

    def fake(appname: str, appauthor: object = None, **_: object) -> Path:
        calls.append((appname, appauthor))
        return Path("/config/SupplierDesk")

    monkeypatch.setattr(platformdirs, "user_config_path", fake)
    assert settings_path() == Path("/config/SupplierDesk") / export_settings.SETTINGS_FILE
    assert calls == [("SupplierDesk", False)]
