"""A lost connection during a command (issue 18 point 4): a command that only reads is run
again on a fresh connection, a few times, one line on stderr per try; a command that
changes something is never sent again, and says nothing was saved (or, lost during the
COMMIT, that it may have been). Deterministic: on SQLite a read that fails the first
time; on PostgreSQL the delay proxy cutting the connection (drop_all) mid-command. The
waits between tries are made zero: nothing here is timed."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cli import reading
from app.cli.dispatch import main
from app.queries import serialize
from app.services import suppliers
from app.store import reconnect
from app.store.connection import LOST, LOST_IN_DOUBT, LOST_SAVING
from app.store.database import open_database
from app.store.reconnect import ConnectionLostError
from models import Supplier
from tests.app.store.test_round_trips import POSTGRES, demo_server
from tests.demo_file import write_demo_file

__all__ = ["demo_server"]

RECONNECTING = "supplier-desk: Connection lost; reconnecting ({n}/3)…\n"


@pytest.fixture(autouse=True)
def no_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reconnect, "DELAYS_S", (0.0, 0.0, 0.0))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo_file(tmp_path_factory.mktemp("lost") / "demo.sqlite3", daily_backup=True)


def _main(database: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database", database, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _failing(
    real: Callable[..., Any], failures: int, error: Callable[[], BaseException]
) -> tuple[Callable[..., Any], list[int]]:
    """`real`, raising `error()` on its first `failures` calls; the list counts calls."""
    calls: list[int] = []

    def fake(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) <= failures:
            raise error()
        return real(*args, **kwargs)

    return fake, calls


def _suppliers(database: str) -> int:
    opened = open_database(database, daily_backup=False)
    try:
        with opened.read() as session:
            return int(session.scalar(select(func.count()).select_from(Supplier)) or 0)
    finally:
        opened.dispose()


# --- SQLite: a read that fails ------------------------------------------------------------


def test_a_read_that_lost_its_connection_is_run_again(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _main(str(demo_file), "suppliers", "show", "12")
    fake, calls = _failing(serialize.supplier_detail_dict, 1, lambda: ConnectionLostError(LOST))
    monkeypatch.setattr(serialize, "supplier_detail_dict", fake)
    code, out, err = _main(str(demo_file), "suppliers", "show", "12")
    assert (code, out) == (0, expected[1])  # the answer, printed once
    assert err == RECONNECTING.format(n=1)
    assert len(calls) == 2


def test_a_read_gives_up_after_three_more_tries(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, calls = _failing(serialize.supplier_detail_dict, 99, lambda: ConnectionLostError(LOST))
    monkeypatch.setattr(serialize, "supplier_detail_dict", fake)
    code, out, err = _main(str(demo_file), "suppliers", "show", "12")
    assert (code, out) == (1, "")
    assert err == "".join(RECONNECTING.format(n=n) for n in (1, 2, 3)) + (
        f"supplier-desk: error: {reading.READ_LOST}\n"
    )
    assert len(calls) == 4


def test_a_refusal_is_not_taken_for_a_lost_connection(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = _main(str(demo_file), "suppliers", "show", "9999")
    assert code == 1
    assert "reconnecting" not in err


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (lambda: ConnectionLostError(LOST_SAVING, saving=True), reading.WRITE_LOST),
        (lambda: ConnectionLostError(LOST), reading.WRITE_LOST),
        (lambda: ConnectionLostError(LOST_IN_DOUBT, in_doubt=True), reading.WRITE_IN_DOUBT),
    ],
)
def test_a_change_that_lost_its_connection_is_never_sent_again(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Callable[[], BaseException],
    said: str,
) -> None:
    path = tmp_path / "d.sqlite3"
    open_database(str(path)).dispose()

    def create_then_lose(session: Session, data: Any) -> Any:
        calls.append(1)
        real(session, data)
        session.flush()  # the INSERT sent: then the connection is lost
        raise error()

    real = suppliers.create_supplier
    calls: list[int] = []
    monkeypatch.setattr(suppliers, "create_supplier", create_then_lose)
    code, out, err = _main(str(path), "suppliers", "add", "--name", "Finca", "--country", "MX")
    assert (code, out) == (1, "")
    assert err == f"supplier-desk: error: {said}\n"
    assert "reconnecting" not in err
    assert len(calls) == 1  # sent once, never again
    assert _suppliers(str(path)) == 0  # its transaction rolled back: nothing saved


class _Args(argparse.Namespace):
    command = "suppliers"
    action = "list"


def test_a_read_that_printed_part_of_its_answer_is_not_run_again() -> None:
    calls: list[int] = []

    def handler(args: argparse.Namespace, out: TextIO) -> int:
        calls.append(1)
        out.write("first line\n")
        raise ConnectionLostError(LOST)

    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(ConnectionLostError):
        reading.run_command(handler, _Args(), out, err)
    assert len(calls) == 1
    assert (out.getvalue(), err.getvalue()) == ("first line\n", "")


# --- PostgreSQL: the proxy cuts the connection --------------------------------------------


@pytest.fixture
def proxied(demo_server: str) -> Iterator[tuple[Any, str]]:
    if not POSTGRES:
        pytest.skip("needs TEST_DATABASE_URL on PostgreSQL")
    from sqlalchemy.engine import make_url

    from tests.benchmarks.delay_proxy import DelayProxy

    server = make_url(demo_server)
    with DelayProxy(0, upstream=(server.host or "127.0.0.1", server.port or 5432)) as proxy:
        yield proxy, proxy.url_for(server.database or "")


def _cut_first(proxy: Any, real: Callable[..., Any]) -> tuple[Callable[..., Any], list[int]]:
    """`real(session, ...)`, whose first call has its connection cut before it reads."""
    calls: list[int] = []

    def cut(session: Session, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            session.connection().exec_driver_sql("SELECT 1")  # connected, opening answered
            assert proxy.drop_all() == 1
        return real(session, *args, **kwargs)

    return cut, calls


def test_postgresql_a_read_cut_midway_is_run_again_on_a_new_connection(
    proxied: tuple[Any, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, url = proxied
    expected = _main(url, "suppliers", "show", "12")
    assert expected[0] == 0
    cut, calls = _cut_first(proxy, serialize.supplier_detail_dict)
    monkeypatch.setattr(serialize, "supplier_detail_dict", cut)
    proxy.reset()
    code, out, err = _main(url, "suppliers", "show", "12")
    assert (code, out, err) == (0, expected[1], RECONNECTING.format(n=1))
    assert len(calls) == 2
    assert proxy.stats().connections == 2  # the cut one, and the one that answered


def test_postgresql_a_change_cut_midway_is_not_sent_again_and_nothing_is_saved(
    proxied: tuple[Any, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, url = proxied
    before = _suppliers(url)

    def add_then_flush(session: Session, data: Any) -> Any:
        supplier = real(session, data)
        session.flush()
        return supplier

    real = suppliers.create_supplier
    cut, calls = _cut_first(proxy, add_then_flush)
    monkeypatch.setattr(suppliers, "create_supplier", cut)
    code, out, err = _main(url, "suppliers", "add", "--name", "Finca Cortada", "--country", "MX")
    assert (code, out) == (1, "")
    assert err == f"supplier-desk: error: {reading.WRITE_LOST}\n"
    assert len(calls) == 1
    assert _suppliers(url) == before
