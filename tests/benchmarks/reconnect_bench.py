"""Lost connections at a distance (issue 18 point 4): through the delaying proxy, each
connection cut mid-action, how long a read takes to come back on a new connection (its
retries, app.store.reconnect) and how long a save takes to be reported as lost.

    cd /work/main && .venv/bin/python -m tests.benchmarks.reconnect_bench --rtt 0 100 300

Needs the local PostgreSQL server (127.0.0.1:5432, user postgres); makes and drops a
database of its own. Prints figures; asserts only that nothing of a lost save was kept.
"""

from __future__ import annotations

import argparse
import time
import uuid
from collections.abc import Callable, Sequence

import psycopg
from sqlalchemy import text

from app.services.suppliers import create_supplier
from app.store import reconnect
from app.store.database import open_database
from app.store.reconnect import ConnectionLostError, run_read
from tests.benchmarks.delay_proxy import DelayProxy

ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def measure(rtt_ms: float, name: str) -> None:
    with DelayProxy(rtt_ms=rtt_ms) as proxy:
        database = open_database(proxy.url_for(name), create=False, daily_backup=False)
        heard: list[str] = []

        class Listener:
            def reconnecting(self, attempt: int, tries: int, delay: float) -> None:
                heard.append("reconnecting")

            def reconnected(self) -> None:
                heard.append("reconnected")

            def gave_up(self, error: BaseException) -> None:
                heard.append("gave_up")

        stop = reconnect.listen(Listener())
        try:

            def read() -> int:
                with database.transaction() as session:
                    return int(session.execute(text("SELECT count(*) FROM suppliers")).scalar_one())

            def timed(fn: Callable[[], object]) -> float:
                began = time.perf_counter()
                fn()
                return time.perf_counter() - began

            timed(read)  # connected, warm
            warm = timed(read)
            proxy.drop_all()
            heard.clear()
            after_drop = timed(lambda: run_read(read))
            tries = heard.count("reconnecting")

            cut: list[int] = []

            def save() -> None:
                with database.transaction() as session:
                    create_supplier(session, {"name": f"Lost {rtt_ms}", "country": "MX"})
                    if not cut:
                        cut.append(proxy.drop_all())
                    session.execute(text("SELECT 1"))

            began = time.perf_counter()
            try:
                save()
            except ConnectionLostError as exc:
                reported = time.perf_counter() - began
                if not exc.saving:
                    raise AssertionError(f"a save reported as a read: {exc}") from exc
            else:
                raise AssertionError("the save was not cut")
            with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{name}") as direct:
                row = direct.execute(
                    "SELECT count(*) FROM suppliers WHERE name = %s", (f"Lost {rtt_ms}",)
                ).fetchone()
            if row is None or row[0] != 0:
                raise AssertionError("a lost save left a row")
            next_read = timed(read)
        finally:
            stop()
            database.dispose()
    print(
        f"rtt {rtt_ms:>4.0f} ms | warm read {warm * 1000:7.0f} ms | read after a drop "
        f"{after_drop * 1000:7.0f} ms ({tries} retr{'y' if tries == 1 else 'ies'}) | "
        f"save cut midway reported in {reported * 1000:7.0f} ms, nothing kept | "
        f"next read {next_read * 1000:7.0f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rtt", type=float, nargs="+", default=[0.0, 100.0, 300.0])
    args = parser.parse_args(argv)
    name = f"reconnect_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        open_database(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}").dispose()
        for rtt in args.rtt:
            measure(rtt, name)
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
