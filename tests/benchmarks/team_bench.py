"""Team benchmark: several people on one PostgreSQL database, and proof that no edit is lost.

    cd /work/main && .venv/bin/python -m tests.benchmarks.team_bench \\
        [--suppliers 100000] [--seconds 60] [--clients 4] [--server URL]

Not a pytest test. Creates a fresh PostgreSQL database on the server (default: the
local one, postgres@127.0.0.1:5432), migrates it, loads N suppliers (with their
contacts and products) from core_bench's generator through app.services.bulk, then starts
--clients processes for --seconds. Each loops a mix, as people at the list do:
- search: the list's first page for a term (search_suppliers, 200 rows), in a transaction;
- open: a supplier with its contacts (get_supplier + supplier_contacts);
- edit: read the supplier (as the form does), wait --think-ms (the user typing; not
  counted in the edit's time), then in a second transaction
  update_supplier(..., expected_version=the version read) writing a value no one else
  writes. Most edits go to a hot set of 20 suppliers every client edits, to collide.
Each client logs every successful edit (supplier, field, value, resulting version)
and every refusal. At the end: throughput per kind, search p50/p95 (target p95 <
100 ms), conflicts, and the lost-update proof: for every supplier edited, its final
version is the loaded version plus the successful edits logged for it, the logged
versions are exactly those in between (no two edits claim one), and each field holds
the value of the last edit that wrote it (ordered by resulting version).
The database is dropped at the end (--keep keeps it).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from app.errors import ConflictError
from app.queries.search import SupplierQuery, search_suppliers
from app.queries.supplier_detail import supplier_contacts
from app.services.bulk import bulk_insert_suppliers
from app.services.suppliers import get_supplier, update_supplier
from app.store.database import Database
from models import Supplier, schema
from models.engine import ACTOR_KEY, create_database_engine, make_session_factory
from tests.benchmarks.core_bench import CHUNK, SEARCHES, Book

DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
HOT = 20
EDIT_FIELDS = ("city", "region", "address")
MIX = (("search", 0.5), ("open", 0.3), ("edit", 0.2))
HOT_SHARE = 0.7
"""Of the edits, the share aimed at the hot set; the rest at random suppliers."""
P95_TARGET_MS = 100.0


# --- the database --------------------------------------------------------------------------


def admin_execute(server: URL, sql: str) -> None:
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def load(url: URL, suppliers: int) -> tuple[list[int], float]:
    engine = create_database_engine(url)
    try:
        schema.upgrade(engine)
        start = time.perf_counter()
        with Session(engine, info={ACTOR_KEY: "bench"}) as session, session.begin():
            ids = bulk_insert_suppliers(
                session, Book(suppliers).supplier_records(), chunk_size=CHUNK
            )
        seconds = time.perf_counter() - start
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("ANALYZE"))
    finally:
        engine.dispose()
    return ids, seconds


# --- one client ----------------------------------------------------------------------------


@dataclass
class ClientLog:
    client: int
    ops: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    search_ms: list[float] = field(default_factory=list)
    search_terms: list[str] = field(default_factory=list)
    """The term of each search_ms, in the same order."""
    open_ms: list[float] = field(default_factory=list)
    edit_ms: list[float] = field(default_factory=list)
    edits: list[tuple[int, str, str, int]] = field(default_factory=list)
    """(supplier id, field, value written, resulting version) of each committed edit."""
    conflicts: list[tuple[int, str, str]] = field(default_factory=list)
    """(supplier id, how it was refused, message)."""
    errors: list[str] = field(default_factory=list)


def client(
    url_text: str,
    index: int,
    seconds: float,
    start_at: float,
    ids: Sequence[int],
    seed: int,
    careless: bool = False,
    think: float = 0.0,
) -> ClientLog:
    url = make_url(url_text)
    engine = create_database_engine(url, pool_size=2)
    database = Database(url, engine, make_session_factory(engine, f"client{index}"))
    rng = random.Random(seed)
    hot = list(ids[:HOT])
    log = ClientLog(index)
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    sequence = 0
    time.sleep(max(0.0, start_at - time.time()))
    began = time.perf_counter()
    deadline = began + seconds
    try:
        while time.perf_counter() < deadline:
            kind = rng.choices(kinds, weights)[0]
            start = time.perf_counter()
            if kind == "search":
                term = rng.choice(SEARCHES)
                with database.transaction() as session:
                    search_suppliers(session, SupplierQuery(text=term, limit=200))
                log.search_ms.append((time.perf_counter() - start) * 1000)
                log.search_terms.append(term)
            elif kind == "open":
                supplier_id = rng.choice(ids)
                with database.transaction() as session:
                    get_supplier(session, supplier_id)
                    supplier_contacts(session, supplier_id)
                log.open_ms.append((time.perf_counter() - start) * 1000)
            else:
                sequence += 1
                supplier_id = rng.choice(hot) if rng.random() < HOT_SHARE else rng.choice(ids)
                name, value = rng.choice(EDIT_FIELDS), f"c{index}-{sequence}"
                if careless and index == 0 and sequence % 3 == 0:
                    careless_edit(database, log, supplier_id, name, value, think)
                else:
                    edit(database, log, supplier_id, name, value, think)
                log.edit_ms.append((time.perf_counter() - start - think) * 1000)
            log.ops[kind] += 1
    finally:
        log.seconds = time.perf_counter() - began
        engine.dispose()
    return log


def edit(
    database: Database, log: ClientLog, supplier_id: int, name: str, value: str, think: float
) -> None:
    """As a form does: load (one transaction), let the user type (`think`), then save
    with the version loaded."""
    with database.transaction() as session:
        seen = get_supplier(session, supplier_id).version
    time.sleep(think)
    try:
        with database.transaction() as session:
            supplier = update_supplier(session, supplier_id, {name: value}, expected_version=seen)
            session.flush()
            version = supplier.version
    except ConflictError as exc:
        how = "stale write" if exc.actual_version is None else "version check"
        log.conflicts.append((supplier_id, how, str(exc)))
        return
    except Exception as exc:
        log.errors.append(f"edit {supplier_id}: {exc.__class__.__name__}: {exc}")
        return
    log.edits.append((supplier_id, name, value, version))


def careless_edit(
    database: Database, log: ClientLog, supplier_id: int, name: str, value: str, think: float
) -> None:
    """--check-proof: what a program without the version check would do (read, then write
    over whatever is there, and believe the version it read + 1). Its edits clobber
    others'; the proof must say so."""
    with database.transaction() as session:
        seen = get_supplier(session, supplier_id).version
    time.sleep(think)
    with database.transaction() as session:
        session.execute(
            text(
                f"UPDATE suppliers SET {name} = :value, version = :version, "
                "updated_by = :who WHERE id = :id"
            ),
            {"value": value, "version": seen + 1, "who": f"client{log.client}", "id": supplier_id},
        )
    log.edits.append((supplier_id, name, value, seen + 1))


# --- the proof ------------------------------------------------------------------------------


def prove_no_lost_update(url: URL, logs: Sequence[ClientLog]) -> list[str]:
    """Every way the final rows disagree with the logged edits (empty: none lost)."""
    by_supplier: dict[int, list[tuple[int, str, str, str]]] = defaultdict(list)
    for log in logs:
        for supplier_id, name, value, version in log.edits:
            by_supplier[supplier_id].append((version, name, value, f"client{log.client}"))
    problems = []
    engine = create_database_engine(url)
    try:
        with Session(engine) as session:
            rows = {
                s.id: s
                for s in session.scalars(select(Supplier).where(Supplier.id.in_(by_supplier)))
            }
            for supplier_id, edits in by_supplier.items():
                edits.sort()
                row = rows[supplier_id]
                versions = [e[0] for e in edits]
                loaded = 1
                if versions != list(range(loaded + 1, loaded + 1 + len(edits))):
                    problems.append(f"supplier {supplier_id}: logged versions {versions}")
                if row.version != loaded + len(edits):
                    problems.append(
                        f"supplier {supplier_id}: version {row.version}, but {len(edits)} edits"
                    )
                last: dict[str, str] = {}
                for _version, name, value, _who in edits:
                    last[name] = value
                for name, value in last.items():
                    if getattr(row, name) != value:
                        problems.append(
                            f"supplier {supplier_id}: {name} is {getattr(row, name)!r}, "
                            f"the last edit wrote {value!r}"
                        )
                if row.updated_by != edits[-1][3]:
                    problems.append(
                        f"supplier {supplier_id}: updated by {row.updated_by}, "
                        f"last edit by {edits[-1][3]}"
                    )
    finally:
        engine.dispose()
    return problems


# --- report ---------------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(logs: Sequence[ClientLog], problems: list[str], hot_ids: set[int]) -> bool:
    seconds = max(log.seconds for log in logs)
    ops: Counter[str] = Counter()
    for log in logs:
        ops.update(log.ops)
    searches = [ms for log in logs for ms in log.search_ms]
    opens = [ms for log in logs for ms in log.open_ms]
    edits_ms = [ms for log in logs for ms in log.edit_ms]
    edits = [e for log in logs for e in log.edits]
    conflicts = [c for log in logs for c in log.conflicts]
    errors = [e for log in logs for e in log.errors]
    print(f"\n{len(logs)} clients for {seconds:.1f} s")
    print(f"  {'kind':<8}{'ops':>8}{'ops/s':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for kind, times in (("search", searches), ("open", opens), ("edit", edits_ms)):
        print(
            f"  {kind:<8}{ops[kind]:>8}{ops[kind] / seconds:>9.1f}"
            f"{statistics.median(times) if times else float('nan'):>9.1f}"
            f"{percentile(times, 0.95):>9.1f}"
        )
    total = sum(ops.values())
    print(f"  {'all':<8}{total:>8}{total / seconds:>9.1f}")
    p95 = percentile(searches, 0.95)
    search_ok = p95 < P95_TARGET_MS
    print(
        f"search p50 {statistics.median(searches):.1f} ms, p95 {p95:.1f} ms "
        f"(target < {P95_TARGET_MS:.0f} ms): {'ok' if search_ok else 'MISSED'}"
    )
    per_term: dict[str, list[float]] = defaultdict(list)
    for log in logs:
        for term, ms in zip(log.search_terms, log.search_ms, strict=True):
            per_term[term].append(ms)
    slowest = sorted(per_term.items(), key=lambda kv: -percentile(kv[1], 0.95))
    print(
        "  slowest terms (p50/p95 ms): "
        + ", ".join(
            f"{term!r} {statistics.median(ms):.0f}/{percentile(ms, 0.95):.0f}"
            for term, ms in slowest[:6]
        )
    )
    print(f"  searches under 100 ms: {sum(ms < 100 for ms in searches) / len(searches):.0%}")
    hot_edits = sum(1 for e in edits if e[0] in hot_ids)
    print(
        f"edits committed: {len(edits)} ({hot_edits} on the {len(hot_ids)} hot suppliers), "
        f"suppliers edited: {len({e[0] for e in edits})}"
    )
    kinds = Counter(c[1] for c in conflicts)
    print(f"conflicts detected: {len(conflicts)} " + str(dict(kinds)))
    print(f"unexpected errors: {len(errors)}")
    for line in errors[:10]:
        print(f"  {line}")
    if problems:
        print(f"LOST UPDATES: {len(problems)} disagreements")
        for line in problems[:20]:
            print(f"  {line}")
    else:
        print(
            "lost updates: none (every edited supplier's version = 1 + its logged edits, "
            "logged versions consecutive, fields = last edit's values, updated_by = last editor)"
        )
    return not problems and not errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suppliers", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--server", default=DEFAULT_SERVER, help="a database on the server")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=25.0,
        help="pause between loading and saving an edit (a user typing; not timed)",
    )
    parser.add_argument(
        "--alone-seconds",
        type=float,
        default=20.0,
        help="then one client alone this long, for comparison (0: skip)",
    )
    parser.add_argument("--keep", action="store_true", help="do not drop the database")
    parser.add_argument(
        "--check-proof",
        action="store_true",
        help="client 0 writes every third edit without the version check: the proof must fail",
    )
    args = parser.parse_args(argv)

    server = make_url(args.server)
    name = f"team_bench_{os.getpid()}"
    url = server.set(database=name)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    admin_execute(server, f'CREATE DATABASE "{name}"')
    try:
        print(f"database {name}: loading {args.suppliers:,} suppliers (app.services.bulk) ...")
        ids, seconds = load(url, args.suppliers)
        print(f"  loaded in {seconds:.1f} s ({len(ids) / seconds:,.0f} suppliers/s)")
        context = get_context("spawn")
        start_at = time.time() + 5.0  # every client imported and connected by then
        url_text = url.render_as_string(hide_password=False)
        with ProcessPoolExecutor(args.clients, mp_context=context) as pool:
            futures = [
                pool.submit(
                    client,
                    url_text,
                    i,
                    args.seconds,
                    start_at,
                    ids,
                    1000 + i,
                    args.check_proof,
                    args.think_ms / 1000,
                )
                for i in range(args.clients)
            ]
            logs = [f.result() for f in futures]
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        alone = None
        if args.alone_seconds > 0:
            alone = client(
                url_text,
                args.clients,
                args.alone_seconds,
                0.0,
                ids,
                999,
                think=args.think_ms / 1000,
            )
        problems = prove_no_lost_update(url, [*logs, *([alone] if alone else [])])
        ok = report(logs, problems, set(ids[:HOT]))
        if alone is not None:
            print(
                f"one client alone for {alone.seconds:.0f} s: "
                f"{sum(alone.ops.values()) / alone.seconds:.1f} ops/s, search p50 "
                f"{statistics.median(alone.search_ms):.1f} ms, p95 "
                f"{percentile(alone.search_ms, 0.95):.1f} ms, open p95 "
                f"{percentile(alone.open_ms, 0.95):.1f} ms, edit p95 "
                f"{percentile(alone.edit_ms, 0.95):.1f} ms (its edits are in the proof too)"
            )
    finally:
        if args.keep:
            print(f"kept: {url.render_as_string(hide_password=True)}")
        else:
            admin_execute(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
