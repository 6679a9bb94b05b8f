"""Issue 17: the import's messages reach the window as app.messages.Message (translatable)
while their English stays what the command line and the other tests read."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importing.cleaning import CleanOptions, ColumnCleaner
from app.importing.cleaning_dates import DateReader
from app.importing.cleaning_numbers import CellError
from app.importing.plan import RowProblem
from app.importing.readers import open_source
from app.importing.source import ImportFileError
from app.importing.supplier_extras import ExtrasWritten
from app.messages import Message


def test_a_file_error_is_a_message_naming_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "list.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as caught:
        open_source(empty)
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message == "list.xlsx: is empty"
    assert message.source == "{file}: {reason}"
    assert isinstance(message.args["reason"], Message)


def test_a_cell_error_keeps_its_message() -> None:
    with pytest.raises(CellError) as caught:
        DateReader(None, False).read("05/07/2025")
    assert isinstance(caught.value.message, Message)
    assert str(caught.value) == ("'05/07/2025' could be 5 July or 7 May: choose the date order")


def test_a_row_problem_reads_as_before() -> None:
    problem = RowProblem(4, "Phone", "abc", "is not a phone number")
    assert isinstance(problem.text, Message)
    assert str(problem) == "row 4, Phone: 'abc' is not a phone number"
    assert str(RowProblem(4, "", "", "the supplier name is empty")) == (
        "row 4: the supplier name is empty"
    )


def test_the_extras_note_counts_in_english() -> None:
    written = ExtrasWritten()
    written.certifications, written.offers = 2, 1
    assert written.note() == "2 certifications and 1 offer recorded"
    written.offers = 0
    assert written.note() == "2 certifications recorded"


def test_a_phone_the_parser_refuses_is_named_as_written_and_stays_translatable() -> None:
    cleaner = ColumnCleaner("phone", [], CleanOptions())
    with pytest.raises(CellError) as caught:
        cleaner.clean_cell("  abc  ", "CL")
    message = caught.value.message
    assert isinstance(message, Message)
    assert message == "'abc' is not a phone number"
    assert message.source == "{value} is not a phone number"


def test_an_international_prefix_the_parser_refuses_is_named_as_the_cell_wrote_it() -> None:
    # Read as '+991234' (00 is the international prefix): the refusal names '0099 1234'.
    with pytest.raises(CellError) as caught:
        ColumnCleaner("phone", [], CleanOptions()).clean_cell("0099 1234", None)
    message = caught.value.message
    assert isinstance(message, Message)
    assert message == "'0099 1234' is not a phone number"
