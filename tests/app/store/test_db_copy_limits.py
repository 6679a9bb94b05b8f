"""`db copy` of a SQLite file that holds values past its columns' limits (written before the
app checked them): the copy is refused naming the row, and the target is left as it was
(issue 13 point 2)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import dispatch as cli
from app.store.database import Database
from app.store.db_copy import CopyError, copy_database
from tests.app.store.test_db_copy import _open, source, table_digests

__all__ = ["source"]  # a fixture (new_postgresql comes from conftest)


def _spoil(database: Database, statement: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement))


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        (
            "UPDATE suppliers SET website = 'https://x.mx/' || printf('%.100000c', 'a') "
            "WHERE id = 3",
            "suppliers 3, website: is 100013 characters long, but at most 300 fit",
        ),
        (
            "UPDATE offers SET price = 1e32 WHERE id = 2",
            "offers 2, price: has 33 digits before the decimal point, but at most 14 fit",
        ),
        (
            "UPDATE products SET shelf_life_days = 10000000000 WHERE id = 1",
            "products 1, shelf_life_days: 10000000000 is too large: it must be at most 2147483647",
        ),
    ],
)
def test_a_value_past_its_column_names_its_row_and_copies_nothing(
    source: Database, tmp_path: Path, statement: str, message: str
) -> None:
    _spoil(source, statement)
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(CopyError) as caught:
        copy_database(str(source.path), str(target))
    assert str(caught.value) == (
        f"{message}; nothing was copied (correct it in the source and copy again)"
    )
    left = _open(target)
    assert all(count == 0 for count, _ in table_digests(left).values())
    left.dispose()


def test_a_long_website_copied_to_postgresql_is_one_line_and_the_target_stays_empty(
    source: Database, new_postgresql: Callable[[], str]
) -> None:
    _spoil(
        source,
        "UPDATE suppliers SET website = 'https://x.mx/' || printf('%.100000c', 'a') WHERE id = 3",
    )
    target = new_postgresql()
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["db", "copy", "--from", str(source.path), "--to", target], out=out, err=err)
    assert code == 1
    assert err.getvalue() == (
        "supplier-desk: error: suppliers 3, website: is 100013 characters long, but at most "
        "300 fit; nothing was copied (correct it in the source and copy again)\n"
    )
    left = _open(target)
    assert all(count == 0 for count, _ in table_digests(left).values())
    left.dispose()
