"""Attaching a file benchmark: a 25 MB file attached to a negotiation (issue 16 point 3).

    cd /work/main && .venv/bin/python -m tests.benchmarks.files_bench [--url URL] [--mb 25]

Not a pytest test. In a fresh SQLite file (and, with --url, in the empty PostgreSQL
database it names: its tables are made and dropped again), it writes a file of random
bytes (which no disk or database compresses) and attaches it RUNS times, each a fresh
file (a new SHA-256, so the bytes are really stored) in a transaction of its own, the
time counted from the call to the commit. Then, once more, the peak of the memory Python
allocates while attaching (tracemalloc), against the file's size.

Targets: under 1 s on SQLite; peak memory under 3x the file's size. The figures printed:
median, fastest and slowest time per attach, MB/s, and the peak in MB and as a multiple
of the file's size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from app.services.files import attach_file
from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from app.store.database import Database, open_database

TARGET_S = 1.0
TARGET_PEAK = 3.0
RUNS = 5
MB = 1024 * 1024


def _deal(database: Database) -> int:
    with database.transaction() as session:
        supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
        deal = create_negotiation(session, supplier.id, {}, product_name="Cherries")
        return deal.id


def _fresh_file(folder: Path, size: int, number: int) -> Path:
    path = folder / f"contrato {number} 北京 ñ.pdf"
    with open(path, "wb") as stream:
        remaining = size
        while remaining:
            part = min(remaining, 4 * MB)
            stream.write(os.urandom(part))
            remaining -= part
    return path


def _max_rss() -> int:
    """The process's resident high-water mark in bytes (Linux: ru_maxrss is in KB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _attach(database: Database, deal_id: int, path: Path, limit: int) -> None:
    with database.transaction() as session:
        attach_file(session, "negotiation", deal_id, path, limit_bytes=limit)


def measure(database: Database, folder: Path, size: int, label: str) -> tuple[float, float]:
    deal_id = _deal(database)
    limit = max(size, 25 * MB)
    # Memory first, while the process has not yet reached a higher water mark.
    path = _fresh_file(folder, size, RUNS)
    rss_before = _max_rss()
    tracemalloc.start()
    try:
        _attach(database, deal_id, path, limit)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = _max_rss() - rss_before
    path.unlink()
    times = []
    for number in range(RUNS):
        path = _fresh_file(folder, size, number)
        start = time.perf_counter()
        _attach(database, deal_id, path, limit)
        times.append(time.perf_counter() - start)
        path.unlink()
    median = statistics.median(times)
    ratio = peak / size if size else 0.0
    print(
        f"{label}: attach {size / MB:.0f} MB: median {median * 1000:.0f} ms "
        f"(fastest {min(times) * 1000:.0f}, slowest {max(times) * 1000:.0f}; "
        f"{size / MB / median:.0f} MB/s) target < {TARGET_S * 1000:.0f} ms; "
        f"peak memory {peak / MB:.1f} MB = {ratio:.2f}x the file (target < {TARGET_PEAK:.0f}x); "
        f"the process's resident high-water mark grew {rss_growth / MB:.1f} MB "
        f"= {rss_growth / size if size else 0:.2f}x (the driver's own buffers too)"
    )
    return median, ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--url", help="an empty PostgreSQL database to run on as well (emptied again after)"
    )
    parser.add_argument("--mb", type=int, default=25, help="the file's size in MB (25)")
    args = parser.parse_args(argv)
    size = args.mb * MB
    results = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = open_database(str(folder / "files.sqlite3"), daily_backup=False)
        try:
            results.append(measure(database, folder, size, "SQLite file"))
        finally:
            database.dispose()
        if args.url:
            database = open_database(args.url, daily_backup=False)
            try:
                median, ratio = measure(database, folder, size, "PostgreSQL")
                results.append((0.0, ratio))  # the time target is SQLite's
                _ = median
            finally:
                with database.engine.begin() as connection:  # leave the database empty again
                    connection.exec_driver_sql("DROP SCHEMA public CASCADE")
                    connection.exec_driver_sql("CREATE SCHEMA public")
                database.dispose()
    return 0 if all(t < TARGET_S and r < TARGET_PEAK for t, r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
