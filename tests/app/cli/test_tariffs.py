"""`tariffs add|list|find` on the command line (issue 15 points 4 and 8)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.cli.running import ok, run


def test_add_list_and_find_as_json(db: Path) -> None:
    ok(db, "db", "upgrade")
    added = json.loads(
        ok(db, "tariffs", "add", "--hs", "0804.40", "--origin", "mx", "--duty", "7", "--vat",
           "9", "--scheme", "provisional", "--from", "2026-01-01", "--json")
    )  # fmt: skip
    assert (added["hs_code"], added["origin"], added["duty_rate"], added["vat_rate"]) == (
        "080440",
        "MX",
        "7",
        "9",
    )
    assert (added["scheme"], added["valid_from"], added["valid_until"]) == (
        "provisional",
        "2026-01-01",
        None,
    )
    ok(db, "tariffs", "add", "--hs", "080440", "--origin", "CL", "--duty", "0", "--vat", "9",
       "--scheme", "fta", "--from", "2026-01-01", "--until", "2026-12-31")  # fmt: skip
    listed = json.loads(ok(db, "tariffs", "list", "--origin", "Chile", "--json"))
    assert [(r["origin"], r["scheme"], r["valid_until"]) for r in listed] == [
        ("CL", "fta", "2026-12-31")
    ]
    found = json.loads(
        ok(db, "tariffs", "find", "--hs", "08044000", "--origin", "MX", "--date", "2026-12-01",
           "--json")
    )  # fmt: skip
    assert (found["id"], found["duty_rate"], found["date"]) == (added["id"], "7", "2026-12-01")


def test_list_as_text_carries_the_warning(db: Path) -> None:
    ok(db, "db", "upgrade")
    ok(db, "tariffs", "add", "--hs", "080929", "--origin", "CL", "--duty", "0", "--vat", "9")
    out = ok(db, "tariffs", "list")
    assert "080929   CL      0       mfn     9" in out
    assert "check every rate against the current Chinese tariff" in out


def test_find_with_no_row_names_code_origin_and_date(db: Path) -> None:
    ok(db, "db", "upgrade")
    ok(db, "tariffs", "add", "--hs", "080440", "--origin", "MX", "--duty", "7", "--vat", "9",
       "--from", "2026-01-01")  # fmt: skip
    code, out, err = run(db, "tariffs", "find", "--hs", "08044000", "--origin", "PE", "--date",
                         "2026-12-01")  # fmt: skip
    assert code != 0
    assert out == ""
    assert "no tariff for HS code 08044000 from PE on 2026-12-01" in err
    assert len(err.strip().splitlines()) == 1


def test_a_refused_row_names_its_fields_and_writes_nothing(db: Path) -> None:
    ok(db, "db", "upgrade")
    code, _out, err = run(db, "tariffs", "add", "--hs", "0804", "--origin", "MX", "--duty",
                          "170", "--vat", "9")  # fmt: skip
    assert code != 0
    assert "HS code" in err
    assert "Duty %" in err
    assert json.loads(ok(db, "tariffs", "list", "--json")) == []
