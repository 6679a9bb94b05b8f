"""A database written before limits were checked may hold a price of 10^32 stored as REAL
on SQLite: every command that shows or exports that deal still works, beside normal
prices (the gap and change percents included)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.app.cli.running import ok


@pytest.fixture
def old_file(tmp_path: Path) -> tuple[Path, int]:
    """The demo, with the supplier's latest offer on a deal at 10^32."""
    db = tmp_path / "old.sqlite3"
    ok(db, "demo")
    with closing(sqlite3.connect(db)) as connection:
        (negotiation,) = connection.execute(
            "SELECT negotiation_id FROM offers WHERE side = 'supplier' "
            "GROUP BY negotiation_id HAVING COUNT(*) >= 2 ORDER BY negotiation_id LIMIT 1"
        ).fetchone()
        # The supplier's latest round: its change from their previous one and its gap to
        # ours are percents of some 34 digits.
        connection.execute(
            "UPDATE offers SET price = 1e32 WHERE id = (SELECT MAX(id) FROM offers "
            "WHERE negotiation_id = ? AND side = 'supplier')",
            (negotiation,),
        )
        connection.commit()
    return db, int(negotiation)


def test_lists_and_shows_a_deal_with_a_huge_price_beside_normal_ones(
    old_file: tuple[Path, int],
) -> None:
    db, negotiation = old_file
    listed = json.loads(ok(db, "negotiations", "list", "--json"))
    assert negotiation in {row["id"] for row in listed}
    shown = ok(db, "negotiations", "show", str(negotiation))
    assert "100000000000000000000000000000000" in shown.replace(",", "")


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_exports_the_deal_sheet(old_file: tuple[Path, int], tmp_path: Path, kind: str) -> None:
    db, negotiation = old_file
    target = tmp_path / f"deal.{kind}"
    ok(db, "export", "deal-sheet", str(negotiation), "--format", kind, "-o", str(target))
    assert target.stat().st_size > 0
    if kind == "xlsx":
        numbers = [
            cell.value
            for sheet in load_workbook(target)
            for row in sheet.iter_rows()
            for cell in row
            if isinstance(cell.value, int | float)
        ]
        assert 1e32 in numbers  # the offer's price, on the Offers sheet
