"""`products list|show|set` on the command line: packaging (issue 15 points 2 and 8)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.cli.running import ok, run


def _avocado(db: Path) -> int:
    ok(db, "demo")
    listed = json.loads(ok(db, "products", "list", "--search", "hass", "--json"))
    assert [p["name"] for p in listed] == ["Hass avocado"]
    return int(listed[0]["id"])


def test_set_then_show_and_list(db: Path) -> None:
    pid = _avocado(db)
    shown = json.loads(
        ok(db, "products", "set", str(pid), "--kg-per-box", "10", "--kg-per-container",
           "20000", "--kg-per-container-20", "12000.5", "--json")
    )  # fmt: skip
    assert (shown["kg_per_box"], shown["kg_per_container_20"], shown["kg_per_container_40"]) == (
        "10",
        "12000.5",
        "20000",
    )
    assert json.loads(ok(db, "products", "show", str(pid), "--json")) == shown
    table = ok(db, "products", "list", "--search", "hass")
    shown_words = {"Hass", "avocado", "12000.5", "20000"}
    assert [w for w in table.split() if w in shown_words] == ["Hass", "avocado", "12000.5", "20000"]
    assert "kg per box: 10" in ok(db, "products", "show", str(pid))


def test_refusals_name_the_option_and_leave_the_product(db: Path) -> None:
    pid = _avocado(db)
    ok(db, "products", "set", str(pid), "--kg-per-box", "10")
    code, _out, err = run(db, "products", "set", str(pid), "--kg-per-box", "-1")
    assert code == 1
    assert "Net kg per box: '-1' must be more than zero" in err
    code, _out, err = run(db, "products", "set", str(pid))
    assert code == 1
    assert "nothing to set" in err
    code, _out, err = run(
        db, "products", "set", str(pid), "--kg-per-container", "1", "--kg-per-container-40", "2"
    )
    assert code == 1
    assert "say the same" in err
    assert json.loads(ok(db, "products", "show", str(pid), "--json"))["kg_per_box"] == "10"
