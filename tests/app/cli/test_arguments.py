"""The command line's arguments: ids no record can have are refused as missing records
without asking the database, limits are 1 or more, and argparse's complaints end in a
line a person can act on (status 2, usage above it)."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.cli.common
from app.cli.arguments import MAX_ID, readable
from app.store.database import Database
from tests.app.cli.refusing import DATABASES, PG_URL, closing, crash_log, run_on
from tests.app.cli.running import ok, run

__all__ = ["closing", "crash_log"]  # fixtures

HUGE = "1" + "0" * 30


@pytest.fixture(params=DATABASES)
def target(request: pytest.FixtureRequest, tmp_path: Path, closing: list[Database]) -> str:
    """A database with the schema: a SQLite file, or the test server's database (left
    as it is: the other tests share it)."""
    if request.param == "postgresql":
        request.getfixturevalue("engine")  # the schema, made once per run
        return PG_URL
    url = str(tmp_path / "desk.sqlite3")
    code, _out, err = run_on(url, "db", "upgrade")
    assert code == 0, err
    return url


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("suppliers", "show", HUGE), f"Supplier {HUGE} does not exist"),
        (("suppliers", "archive", HUGE), f"Supplier {HUGE} does not exist"),
        (("suppliers", "restore", "0"), "Supplier 0 does not exist"),
        (("negotiations", "show", str(MAX_ID + 1)), "Negotiation 2147483648 does not exist"),
        (("negotiations", "list", "--supplier", HUGE), f"Supplier {HUGE} does not exist"),
        (("shipments", "list", "--negotiation", "-3"), "Negotiation -3 does not exist"),
        (("history", "supplier", HUGE), f"Supplier {HUGE} does not exist"),
        (("history", "offer", str(MAX_ID + 1)), "Offer 2147483648 does not exist"),
        (("export", "deal-sheet", HUGE, "-o", "x.pdf"), f"Negotiation {HUGE} does not exist"),
        (
            ("export", "pipeline", "--product", HUGE, "-o", "p.xlsx"),
            f"Product {HUGE} does not exist",
        ),
    ],
)
def test_an_id_no_record_can_have_is_a_missing_record_on_both_databases(
    target: str,
    args: tuple[str, ...],
    message: str,
    crash_log: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_database(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the database was asked")

    monkeypatch.setattr(app.cli.common, "open_database", no_database)
    code, out, err = run_on(target, *args)
    assert (code, out) == (1, "")
    assert err == f"supplier-desk: error: {message}\n"
    assert not crash_log.exists()


def test_the_largest_id_is_asked_of_the_database(target: str, crash_log: Path) -> None:
    code, _out, err = run_on(target, "negotiations", "show", str(MAX_ID))
    assert (code, err) == (1, f"supplier-desk: error: Negotiation {MAX_ID} does not exist\n")
    assert not crash_log.exists()


def test_a_number_too_long_for_python_is_a_missing_record_named_shortly(db: Path) -> None:
    code, _out, err = run(db, "suppliers", "show", "9" * 5000)
    assert code == 1
    assert err == f"supplier-desk: error: Supplier {'9' * 39}… does not exist\n"


@pytest.mark.parametrize("value", ["-1", "0"])
@pytest.mark.parametrize(
    "command",
    [
        ("suppliers", "list"),
        ("negotiations", "list"),
        ("shipments", "list"),
        ("history", "supplier", "1"),
    ],
)
def test_a_limit_below_one_is_a_usage_error(
    db: Path, command: tuple[str, ...], value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(db, *command, "--limit", value)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: ")
    assert err.splitlines()[-1].endswith(f": error: --limit must be 1 or more, not {value}")


def test_a_limit_past_any_table_lists_everything(db: Path) -> None:
    ok(db, "demo")
    everything = ok(db, "suppliers", "list", "--limit", "1000")
    assert ok(db, "suppliers", "list", "--limit", HUGE) == everything


COMMANDS = (
    "demo, suppliers, negotiations, shipments, products, export, import, history, fx, tariffs, "
    "freight, offers, season, compliance, licences, files, db"
)
KINDS = "supplier, negotiation, shipment, contact, offer, product"


@pytest.mark.parametrize(
    ("args", "prog", "reason"),
    [
        (("suppliers", "show", "abc"), "suppliers show", "ID must be a whole number, not 'abc'"),
        (("history", "supplier", "1.5"), "history", "ID must be a whole number, not '1.5'"),
        (
            ("suppliers", "list", "--limit", "ten"),
            "suppliers list",
            "--limit must be a whole number, not 'ten'",
        ),
        (("history", "invoice", "1"), "history", f"KIND must be one of {KINDS}; not 'invoice'"),
        (
            ("export", "deal-sheet", "1", "-o", "x", "--format", "doc"),
            "export deal-sheet",
            "--format must be one of pdf, xlsx; not 'doc'",
        ),
        (("suplliers",), "", f"COMMAND must be one of {COMMANDS}; not 'suplliers'"),
        (("suppliers", "show"), "suppliers show", "ID is missing (see --help)"),
        (
            ("export", "deal-sheet"),
            "export deal-sheet",
            "NEGOTIATION and --output are missing (see --help)",
        ),
        (("export", "deal-sheet", "1", "-o"), "export deal-sheet", "--output needs a value"),
        (
            ("suppliers", "list", "--bogus"),
            "",
            "unknown argument --bogus (see --help for what this command takes)",
        ),
    ],
)
def test_usage_errors_keep_argparse_convention_with_a_readable_last_line(
    db: Path, args: tuple[str, ...], prog: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(db, *args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: supplier-desk")
    assert err.splitlines()[-1] == f"supplier-desk{' ' if prog else ''}{prog}: error: {reason}"


def test_messages_readable_does_not_know_are_kept() -> None:
    assert readable("argument --x: not allowed with argument --y") == (
        "--x: not allowed with argument --y"
    )
    assert readable("ambiguous option: --s could match --search, --sort") == (
        "ambiguous option: --s could match --search, --sort"
    )
