"""app.messages: English for the command line and tests, translatable for the window."""

from __future__ import annotations

import pickle

import pytest

from app.messages import Message, english, join, translate


def test_a_message_is_its_english_text() -> None:
    message = translate("Import", "Row {row}: {column} is not a date").format(row=12, column="ETD")
    assert message == "Row 12: ETD is not a date"
    assert isinstance(message, str)
    assert (message.context, message.source) == ("Import", "Row {row}: {column} is not a date")
    assert message.args == {"row": 12, "column": "ETD"}


@pytest.mark.parametrize(
    ("n", "text"), [(0, "0 rows skipped"), (1, "1 row skipped"), (2, "2 rows skipped")]
)
def test_english_plurals_follow_the_count(n: int, text: str) -> None:
    assert translate("Import", "%n row(s) skipped", None, n) == text
    assert english("%n row(s) skipped", n) == text


def test_formatting_keeps_the_source_and_adds_arguments() -> None:
    first = translate("C", "{a} and {b}").format(a="x")
    both = first.format(b="y")
    assert both == "x and y"
    assert both.source == "{a} and {b}"
    with pytest.raises(TypeError):
        translate("C", "{0}").format("positional")


def test_messages_survive_pickling_with_what_translates_them() -> None:
    message = translate("C", "%n file(s) in {folder}", None, 3).format(folder="docs")
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Message)
    assert again == "3 files in docs"
    assert (again.context, again.source, again.n, dict(again.args)) == (
        "C",
        "%n file(s) in {folder}",
        3,
        {"folder": "docs"},
    )


def test_join_keeps_each_part_translatable() -> None:
    a = translate("C", "Name")
    joined = join("; ", [a, "plain"])
    assert joined == "Name; plain"
    assert isinstance(joined, Message)
    assert joined.args["p0"] is a
    assert join(", ", ["x", "y"]) == "x, y"
