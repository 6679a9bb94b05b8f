"""Every file of the shared edge-case corpus (430 spreadsheets and text files from the
test suites of calamine, xlrd, openpyxl, SheetJS, readxl, csvkit...): each sheet reads,
or the file is refused with one line; nothing else may escape, and no file may take
more than 10 seconds (the robustness limit of issue 4)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.importing.readers import open_source
from app.importing.source import ImportFileError

CORPUS = Path("/work/shared/corpus/spreadsheets")
FILES = (
    sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md")
    if CORPUS.is_dir()
    else []
)


@pytest.mark.skipif(not FILES, reason="the shared spreadsheet corpus is not on this machine")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_file_reads_or_is_refused_in_one_line(path: Path) -> None:
    started = time.perf_counter()
    try:
        with open_source(path) as source:
            assert source.kind in {"xlsx", "xlsm", "xls", "ods", "csv"}
            assert source.sheets
            for sheet in source.sheets:
                data = source.read_sheet(sheet.name)
                assert data.name == sheet.name
                assert all(isinstance(row, list) for row in data.rows)
    except ImportFileError as refused:
        message = str(refused)
        assert message.startswith(f"{path.name}: ")
        assert "\n" not in message
        assert "Traceback" not in message
    assert time.perf_counter() - started < 10
