"""A TCP proxy on 127.0.0.1 that puts an ocean between the app and PostgreSQL (issue 18).

    cd /work/main && .venv/bin/python -m tests.benchmarks.delay_proxy --rtt 100 --port 6543

Each direction is delayed by half of the round trip asked for (0, 100, 300 ms...): bytes
read from one side at time t are written to the other at t + rtt/2, in order, without
holding back the bytes behind them (a pipelined burst arrives as a burst, as on a long
link). It counts, from the moment it starts or since reset():

- connections: client connections accepted;
- round_trips: the client's flights. A flight begins when the client sends after having
  received (or sends its first bytes on a connection) and lasts until the server's answer
  reaches it: a query, its BEGIN and a pipelined batch are one flight each time the
  client had to wait for the server before sending again. The connection's start-up
  (StartupMessage, then authentication and ReadyForQuery) counts as one;
- statements: the statements the client sent, read from the PostgreSQL protocol: each
  simple Query ('Q': BEGIN, ROLLBACK, COMMIT as psycopg sends them) and each Execute ('E':
  a statement of the extended protocol, pings included). What a server's statement log
  would show, housekeeping included; SQLAlchemy's cursor events see only part of it;
- bytes_up / bytes_down: client to server and back;
- waits: the round trips one after another, whatever the connection: the most flights
  of which each began after the one before it had its answer (flights on several
  connections at once overlap and count once). What the wall time pays: at least
  waits x the round trip.

drop_all() cuts every open connection at once (both sides, as a lost link looks to the
client: the next read or write fails), for the tests of lost connections.

From Python, as a context manager:

    with DelayProxy(rtt_ms=100) as proxy:
        url = proxy.url_for("mydb")  # postgresql+psycopg://postgres@127.0.0.1:PORT/mydb?...
        ...
        print(proxy.stats())

The URL turns TLS and GSS encryption off: the local server would otherwise be asked
first, which costs a round trip the far server's TLS would cost too but with other bytes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import Any

UPSTREAM_HOST = "127.0.0.1"
UPSTREAM_PORT = 5432
CHUNK = 65536


@dataclass(frozen=True)
class ProxyStats:
    connections: int
    round_trips: int
    statements: int
    bytes_up: int
    bytes_down: int
    open_connections: int
    waits: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
QUERY, EXECUTE = ord("Q"), ord("E")


class _Messages:
    """Reads the client's side of the PostgreSQL protocol as it passes, counting the
    statements (simple Query and Execute messages). A connection that turns to TLS is
    not read any further."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.starting = True
        """Before the StartupMessage: messages without a type byte."""
        self.blind = False

    def feed(self, data: bytes) -> int:
        if self.blind:
            return 0
        self.buffer += data
        statements = 0
        while True:
            if self.starting:
                if len(self.buffer) < 8:
                    return statements
                length = int.from_bytes(self.buffer[0:4], "big")
                code = int.from_bytes(self.buffer[4:8], "big")
                if len(self.buffer) < length:
                    return statements
                del self.buffer[:length]
                if code in (SSL_REQUEST, GSSENC_REQUEST):
                    # the server answers one byte; on 'S'/'G' the rest is encrypted
                    continue
                self.starting = False
                continue
            if len(self.buffer) < 5:
                return statements
            kind = self.buffer[0]
            length = int.from_bytes(self.buffer[1:5], "big")
            if len(self.buffer) < length + 1:
                return statements
            del self.buffer[: length + 1]
            if kind in (QUERY, EXECUTE):
                statements += 1

    def server_said(self, data: bytes) -> None:
        """The server's answer to an SSL or GSS request: 'N' keeps the stream readable."""
        if self.starting and data[:1] in (b"S", b"G") and len(data) == 1:
            self.blind = True
            self.buffer.clear()


class _Link:
    """One client connection and its server connection."""

    def __init__(self) -> None:
        self.messages = _Messages()
        self.writers: list[asyncio.StreamWriter] = []
        self.new_flight = True
        """The client's next bytes start a flight: it has received since it last sent."""
        self.flight_began: float | None = None
        """When the flight waiting for its answer began (the proxy's clock)."""
        self.tasks: list[asyncio.Task[None]] = []

    def abort(self) -> None:
        for writer in self.writers:
            with contextlib.suppress(Exception):
                writer.transport.abort()
        for task in self.tasks:
            task.cancel()


class DelayProxy:
    """The proxy, run by an event loop on a thread of its own."""

    def __init__(
        self,
        rtt_ms: float = 0.0,
        *,
        port: int = 0,
        upstream: tuple[str, int] = (UPSTREAM_HOST, UPSTREAM_PORT),
        user: str = "postgres",
    ) -> None:
        self.rtt_ms = rtt_ms
        self.requested_port = port
        self.upstream = upstream
        self.user = user
        self.port = 0
        self._lock = threading.Lock()
        self._connections = 0
        self._round_trips = 0
        self._statements = 0
        self._flights: list[tuple[float, float]] = []
        self._bytes_up = 0
        self._bytes_down = 0
        self._links: set[_Link] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None

    # --- the public side ----------------------------------------------------------------

    @property
    def delay_s(self) -> float:
        """One direction's delay: half the round trip."""
        return self.rtt_ms / 2000.0

    def start(self) -> DelayProxy:
        self._thread = threading.Thread(target=self._run, name="delay-proxy", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._failure is not None:
            raise RuntimeError(f"the delay proxy did not start: {self._failure}")
        if not self.port:
            raise RuntimeError("the delay proxy did not start in 10 s")
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is None or self._thread is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop closed already
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        self._thread.join(10)
        self._loop = None

    def __enter__(self) -> DelayProxy:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def url_for(self, database: str) -> str:
        """A SQLAlchemy URL to `database` on the server, through the proxy."""
        return (
            f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"
            "?sslmode=disable&gssencmode=disable"
        )

    def stats(self) -> ProxyStats:
        with self._lock:
            return ProxyStats(
                self._connections,
                self._round_trips,
                self._statements,
                self._bytes_up,
                self._bytes_down,
                len(self._links),
                sequential_flights(self._flights),
            )

    def reset(self) -> None:
        """Counts start again from zero (open connections stay open)."""
        with self._lock:
            self._connections = self._round_trips = self._statements = 0
            self._bytes_up = self._bytes_down = 0
            self._flights = []

    def set_rtt(self, rtt_ms: float) -> None:
        """Another round trip from now on (bytes already in flight keep theirs)."""
        self.rtt_ms = rtt_ms

    def drop_all(self) -> int:
        """Cut every open connection; returns how many were cut."""
        loop = self._loop
        if loop is None:
            return 0
        future = asyncio.run_coroutine_threadsafe(self._drop_all(), loop)
        return future.result(10)

    # --- the event loop's side ----------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._listen())
        except BaseException as exc:  # reported by start()
            self._failure = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._serve, "127.0.0.1", self.requested_port, reuse_address=True
        )
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        await self._drop_all()
        if self._server is not None:
            await self._server.wait_closed()
        asyncio.get_running_loop().call_soon(asyncio.get_running_loop().stop)

    async def _drop_all(self) -> int:
        links = list(self._links)
        for link in links:
            link.abort()
        self._links.difference_update(links)
        await asyncio.sleep(0)
        return len(links)

    async def _serve(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        with self._lock:
            self._connections += 1
        link = _Link()
        link.writers.append(client_out)
        try:
            server_in, server_out = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_out.transport.abort()
            return
        link.writers.append(server_out)
        self._links.add(link)
        up = asyncio.create_task(self._pump(link, client_in, server_out, upward=True))
        down = asyncio.create_task(self._pump(link, server_in, client_out, upward=False))
        link.tasks += [up, down]
        try:
            await asyncio.gather(up, down, return_exceptions=True)
        finally:
            link.abort()
            self._links.discard(link)

    async def _pump(
        self,
        link: _Link,
        source: asyncio.StreamReader,
        target: asyncio.StreamWriter,
        *,
        upward: bool,
    ) -> None:
        """Read from `source`, write to `target` rtt/2 later, in order; at the end of
        the source, end the target the same delay later."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        sender = asyncio.create_task(self._deliver(link, queue, target, upward=upward))
        link.tasks.append(sender)
        loop = asyncio.get_running_loop()
        try:
            while True:
                try:
                    data = await source.read(CHUNK)
                except (ConnectionError, OSError):
                    data = b""
                due = loop.time() + self.delay_s
                if data and upward:
                    statements = link.messages.feed(data)
                    with self._lock:
                        self._bytes_up += len(data)
                        self._statements += statements
                        if link.new_flight:
                            self._round_trips += 1
                            link.flight_began = loop.time()
                    link.new_flight = False
                elif data:
                    link.messages.server_said(data)
                    with self._lock:
                        self._bytes_down += len(data)
                await queue.put((due, data))
                if not data:
                    break
            await sender
        finally:
            sender.cancel()

    async def _deliver(
        self,
        link: _Link,
        queue: asyncio.Queue[tuple[float, bytes]],
        target: asyncio.StreamWriter,
        *,
        upward: bool,
    ) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                with contextlib.suppress(Exception):
                    if target.can_write_eof():
                        target.write_eof()
                    else:
                        target.close()
                link.abort()
                return
            try:
                target.write(data)
                await target.drain()
            except (ConnectionError, OSError):
                link.abort()
                return
            if not upward:
                # the client has received: whatever it sends next waited for this
                link.new_flight = True
                if link.flight_began is not None:
                    with self._lock:
                        self._flights.append((link.flight_began, loop.time()))
                    link.flight_began = None


def sequential_flights(flights: Sequence[tuple[float, float]]) -> int:
    """The most flights (begin, answered) of which each began after the one before was
    answered: the earliest answered first, then the next that began after it, and so on
    (the greedy choice is the largest such chain)."""
    count, free_from = 0, float("-inf")
    for began, answered in sorted(flights, key=lambda flight: flight[1]):
        if began >= free_from:
            count += 1
            free_from = answered
    return count


def _print_stats(proxy: DelayProxy, began: float) -> None:
    stats = proxy.stats()
    print(
        f"{time.perf_counter() - began:7.1f} s  connections {stats.connections}  "
        f"open {stats.open_connections}  round trips {stats.round_trips}  "
        f"statements {stats.statements}  "
        f"up {stats.bytes_up:,} B  down {stats.bytes_down:,} B",
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rtt", type=float, default=100.0, help="round trip in ms")
    parser.add_argument("--port", type=int, default=6543, help="port to listen on")
    parser.add_argument("--upstream", default=f"{UPSTREAM_HOST}:{UPSTREAM_PORT}")
    parser.add_argument(
        "--every", type=float, default=10.0, help="print the counts every N seconds"
    )
    args = parser.parse_args(argv)
    host, _, port = args.upstream.rpartition(":")
    proxy = DelayProxy(args.rtt, port=args.port, upstream=(host, int(port)))
    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    with proxy:
        print(
            f"delaying {args.upstream} by {args.rtt:g} ms a round trip on 127.0.0.1:{proxy.port}"
            f"\n  e.g. --database '{proxy.url_for('DBNAME')}'",
            flush=True,
        )
        began = time.perf_counter()
        while not stop.wait(args.every):
            _print_stats(proxy, began)
        _print_stats(proxy, began)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
