"""Reads that do not depend on one another, at the same time (issue 18 point 2).

A screen made of several reads (Home's figures, a deal sheet) waits for each in turn when
they run one after another: at 300 ms from the server, six reads are 1.8 s. Where they
cannot go out as one pipeline (app.queries.batched: column selects on one connection),
each runs here on its own pooled connection in a thread of its own, and the screen waits
about as long as the slowest one. On SQLite (a local file, nothing to wait for) they run
one after another in one session, as before.

Each read gets its own read session (Database.read: autocommit on PostgreSQL) and must
not share ORM objects with another; what it returns is used after its session closed
(loaded attributes only, no lazy loads)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session

Read = Callable[[Session], Any]

CONNECT_WAIT_S = 30.0
"""open_connections waits at most this long for its connections to be made together."""

MAX_AT_ONCE = 6
"""Connections one read_apart call uses at most (the pool keeps 10, lends 10 more)."""
WARM_CONNECTIONS = 8
"""Connections a window makes ahead (open_connections): as many as it reads with at once
(ui.worker.MIN_THREADS: a supplier's form and its seven tabs)."""


class Reads(Protocol):
    """What app.store.database.Database offers here."""

    engine: Engine

    def read(self) -> AbstractContextManager[Session]: ...


def read_apart(database: Reads, *reads: Read) -> list[Any]:
    """What each of `reads` returns, in order; the first error raised is raised here
    (after every read has ended)."""
    if database.engine.dialect.name != "postgresql" or len(reads) < 2:
        with database.read() as session:
            return [read(session) for read in reads]

    def one(read: Read) -> Any:
        with database.read() as session:
            return read(session)

    with ThreadPoolExecutor(
        max_workers=min(MAX_AT_ONCE, len(reads)), thread_name_prefix="read-apart"
    ) as pool:
        futures = [pool.submit(one, read) for read in reads]
    return [future.result() for future in futures]


def open_connections(database: Reads, count: int = WARM_CONNECTIONS) -> int:
    """Make `count` connections at once (no statement is sent) and leave them in the
    pool, so that the reads of the next action find them made: what a window on a far
    server does once it is up. The number of connections that were open; nothing on
    SQLite."""
    if database.engine.dialect.name != "postgresql" or count < 1:
        return 0
    together = threading.Barrier(count, timeout=CONNECT_WAIT_S)

    def connect() -> None:
        with database.read() as session:
            session.connection()
            # held until every one is made: none is handed back to be taken again here
            with contextlib.suppress(threading.BrokenBarrierError):
                together.wait()

    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="connect") as pool:
        futures = [pool.submit(connect) for _ in range(count)]
    for future in futures:
        future.result()
    return count
